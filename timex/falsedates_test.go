package timex_test

import "testing"

// TestNoFalseDates lists words and numbers that look like dates and are
// not.
func TestNoFalseDates(t *testing.T) {
	runCases(t, []tagCase{
		{"modal may", "The talks may resume, and they may not.", "2017-04-13", nil},
		{"verb sat", "He sat down and we spoke.", "2017-04-13", nil},
		{"the Sun", "The Sun reported the story.", "2017-04-13", nil},
		{"march the verb", "Thousands march on the capital.", "2017-04-13", nil},
		{"fraction", "Prices rose 1/2 point.", "2017-04-13", nil},
		{"phone number", "Call 555-1234 or (212) 555-1999.", "2017-04-13", nil},
		{"price", "The stock closed at $2,017.50, up $1,998.", "2017-04-13", nil},
		{"count of people", "Police said 2000 people attended.", "2017-04-13", nil},
		{"percent", "Output grew 1999% in a decade of nothing.", "2017-04-13", []string{"a decade=P10Y"}},
		{"score", "The Bulls won 98-87.", "2017-04-13", nil},
		{"flight number", "He boarded Flight 1999 to Paris.", "2017-04-13", nil},
		{"ages", "The 44-year-old suspect is 52 years old.", "2017-04-13", nil},
		{"capitalized month in a name", "She shops at the May Company.", "2017-04-13", nil},
		{"a level reached is no decade", "The stock can go to the mid 30s, an analyst said.", "2017-04-13", nil},
		{"temperatures are no decade", "Readings will be in the 80s across southern Arizona.", "2017-04-13", nil},
		{"an index level is no year", "The Dow fell 508 points to 1738, and the index rose 12 points to 2000.", "1987-10-20", nil},
		{"a year after a year in a range stays", "The plan was extended from 1985 to 1990.", "1987-10-20", []string{"1985=1985", "1990=1990"}},
		{"a clock time is no year", "The press conference is set to begin at 1530 EST.", "2017-04-13", []string{"1530 EST=2017-04-13T15:30"}},
	})
}
