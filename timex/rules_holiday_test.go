package timex_test

import "testing"

func TestHolidays(t *testing.T) {
	runCases(t, []tagCase{
		{"thanksgiving", "Relatives gathered on Thanksgiving Day.", "1998-11-30", []string{"Thanksgiving Day=1998-11-26"}},
		{"christmas ahead", "The troops will be home by Christmas.", "1998-11-30", []string{"Christmas=1998-12-25"}},
		{"easter", "Protesters marched on Easter Sunday.", "2000-04-24", []string{"Easter Sunday=2000-04-23"}},
		{"new year alone is no date", "The New Year brought hope.", "2000-01-04", nil},
	})
}
