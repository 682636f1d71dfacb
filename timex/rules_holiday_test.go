package timex_test

import "testing"

func TestHolidays(t *testing.T) {
	runCases(t, []tagCase{
		{"thanksgiving", "Relatives gathered on Thanksgiving Day.", "1998-11-30", []string{"Thanksgiving Day=1998-11-26"}},
		{"christmas ahead", "The troops will be home by Christmas.", "1998-11-30", []string{"Christmas=1998-12-25"}},
		{"easter", "Protesters marched on Easter Sunday.", "2000-04-24", []string{"Easter Sunday=2000-04-23"}},
		{"easter week", "Protesters prayed as Easter week began.", "2000-04-17", []string{"Easter week=2000-W16"}},
		{"day, then week", "The Labor Day week was quiet.", "1998-09-20", []string{"Labor Day=1998-09-07"}},
		{"new year alone is no date", "The New Year brought hope.", "2000-01-04", nil},
		{"the September 11 attacks", "Markets reopened after the September 11th terrorist attacks.", "2007-02-27", []string{"September 11th=2001-09-11"}},
		{"the 9/11 commission", "The 9/11 commission met again.", "2004-07-22", []string{"9/11=2001-09-11"}},
		{"before 2001 it is that year's", "The September 11 attack on the embassy was condemned.", "1998-09-20", []string{"September 11=1998-09-11"}},
		{"a September 11 with no attack", "Talks ended on September 11.", "2007-02-27", []string{"September 11=2006-09-11"}},
	})
}
