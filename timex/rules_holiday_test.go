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
	})
}
