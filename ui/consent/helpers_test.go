package consent

import "teilhabelotse/model"

func cats(cs ...model.InfoCategory) []model.InfoCategory { return cs }
