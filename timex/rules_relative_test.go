package timex_test

import (
	"testing"

	"github.com/timelinehq/timeline/timex"
)

func TestRelative(t *testing.T) {
	runCases(t, []tagCase{
		{"last week", "A chemical attack killed 80 people last week.", "2017-04-13", []string{"last week=2017-W14"}},
		{"this year", "Sales rose 5% this year.", "1989-11-02", []string{"this year=1989"}},
		{"the week after a year compared with", "The streak is the best since 1993. Both indexes gained over the course of the week.", "2009-04-04",
			[]string{"1993=1993", "the week=2009-W14"}},
		{"the month after a year is the article's", "Sales rose 5 pct in 1986. Traffic for the month rose.", "1987-03-02",
			[]string{"1986=1986", "the month=1987-03"}},
		{"a year compared with does not anchor", "Output in 1984 was the lowest since 1974. Good conditions the following year raised it.", "1987-03-12",
			[]string{"1984=1984", "1974=1974", "the following year=1985"}},
		{"since the start of this year anchors", "Sales since January fell 5 pct from a year earlier.", "1987-03-04",
			[]string{"January=1987-01", "a year earlier=1986-01"}},
		{"the previous week after a year is the article's week before", "There were 111 rigs at this time last year. In the previous week, the area gained three rigs.", "1987-04-09",
			[]string{"at this time=PRESENT_REF", "last year=1986", "the previous week=1987-W14"}},
		{"next month", "The G20 summit in Hamburg is next month.", "2017-05-11", []string{"next month=2017-06"}},
		{"earlier this year", "Trump and Putin began talks earlier this year.", "2017-05-11", []string{"earlier this year=2017"}},
		{"early next year", "A decision is expected early next year.", "1989-11-02", []string{"early next year=1990"}},
		{"last fall", "The surge began last fall.", "1998-02-06", []string{"last fall=1997-FA"}},
		{"this summer", "He will run this summer.", "1998-02-06", []string{"this summer=1998-SU"}},
		{"years ago", "The court ruled two years ago.", "1998-04-24", []string{"two years ago=1996"}},
		{"months ago", "UNOS was told five months ago.", "1998-03-31", []string{"five months ago=1997-10"}},
		{"days ago", "He met Blair 10 days ago.", "1998-03-22", []string{"10 days ago=1998-03-12"}},
		{"vague ago", "The rules changed several years ago.", "1998-02-13", []string{"several years ago=PAST_REF"}},
		{"the weekend past", "Officials said over the weekend that talks failed.", "1990-08-13", []string{"the weekend=1990-W32-WE"}},
		{"the following year", "He was promoted in May 1995, and the following year he retired.", "1998-04-18", []string{"May 1995=1995-05", "the following year=1996"}},
		{"the next day", "They met on March 3. The next day, talks failed.", "1998-03-22", []string{"March 3=1998-03-03", "The next day=1998-03-04"}},
		{"that day of a month", "He was killed last October. His name was crossed out that same day.", "1999-02-06", []string{"last October=1998-10", "that same day=1998-10-XX"}},
		{"days later", "The bomb exploded on Aug. 7. Two days later, police arrested him.", "1998-08-20", []string{"Aug. 7=1998-08-07", "Two days later=1998-08-09"}},
		{"that week", "The talks opened on March 3, 2015. Protests grew that week.", "2017-04-13", []string{"March 3, 2015=2015-03-03", "that week=2015-W10"}},
		{"without the narrative", "They met on March 3. The next day, talks failed.", "", []string{"March 3=XXXX-03-03", "The next day=XXXX-XX-XX"}},
		{"that year", "Imports totaled $37 million in 1988, a share of imports that year.", "1989-11-02", []string{"1988=1988", "that year=1988"}},
		{"year end", "The deal should close by year-end.", "1989-11-02", []string{"year-end=1989-12-31"}},
		{"name not a time", `James Baker said on ABC's "This Week" that talks failed.`, "1990-08-13", nil},
	})
}

func TestWithoutNarrative(t *testing.T) {
	text := "They met on March 3, 2015. The next day, talks failed."
	dct := day(t, "2017-04-13")
	for _, c := range []struct {
		narrative bool
		want      string
	}{{true, "2015-03-04"}, {false, "2017-04-14"}} {
		got := timex.New(timex.WithNarrative(c.narrative)).Tag(text, dct)
		if len(got) != 2 || got[1].Value != c.want {
			t.Errorf("WithNarrative(%v): got %v, want the next day = %s", c.narrative, got, c.want)
		}
	}
}
