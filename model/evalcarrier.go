package model

// caseCarrier is the commissioning carrier recorded on c ("" for the
// settings' default).
func caseCarrier(c *Case) string { return "" }
