package timex_test

import "testing"

func TestYears(t *testing.T) {
	runCases(t, []tagCase{
		{"end- before a year", "Debt rose to 60 pct at end-1986.", "1987-03-09", []string{"end-1986=1986"}},
		{"a split year", "Investment fell to 9.8 pct in 1985/86.", "1987-03-09", []string{"1985/86=1985"}},
		{"a split year after a month pair", "Output rose in April/January 1986/87.", "1987-03-09", []string{"April=1986-04", "1986/87=1986"}},
		{"two years that do not follow each other", "The ratio was 1985/99.", "1987-03-09", nil},
		{"year", "Lockerbie was bombed in 1988.", "", []string{"1988=1988"}},
		{"mid year", "The group fell apart in mid-1996.", "", []string{"mid-1996=1996"}},
		{"fiscal year", "In fiscal 1989, Elco earned $7.8 million.", "", []string{"fiscal 1989=1989"}},
		{"decade", "The policy changed in the 1990s.", "", []string{"the 1990s=199"}},
		{"late decade", "They held power in the late 1970s.", "", []string{"the late 1970s=197"}},
		{"decade in words", "Hate groups dropped through the nineties.", "", []string{"the nineties=199"}},
		{"apostrophe decade", "It peaked in the '80s.", "", []string{"the '80s=198"}},
		{"a decade without its century", "He grew up in the 60s and moved to Paris in the late 70s.", "", []string{"the 60s=196", "the late 70s=197"}},
		{"century", "She is a 20th century democrat.", "", []string{"20th century=19"}},
		{"ordinal century", "The eleventh century temple stands.", "", []string{"eleventh century=10"}},
		{"year in words", "In nineteen ninety-one Keating was convicted.", "", []string{"nineteen ninety-one=1991"}},
		{"the year two thousand", "Unemployment halved by the year two thousand.", "", []string{"the year two thousand=2000"}},
		{"count is not a year", "About 1500 people and 2000 troops were there.", "", nil},
		{"price is not a year", "It costs $1999, up 2001%.", "", nil},
		{"age is not a decade", "A man in his sixties was hurt.", "", nil},
	})
}
