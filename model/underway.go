package model

// UnderWay reports whether the case is past its intake and not yet
// closed: the stretch of the control loop a Verlaufsbericht (progress
// report) speaks of. During the intake there is no progress to report yet;
// a closed case has its closure documentation, or its feedback to the
// commissioning body. The window offers the report and the command line
// prints it only then.
func (c *Case) UnderWay() bool {
	return c.Phase != PhaseIntake && c.Phase != PhaseClosed
}
