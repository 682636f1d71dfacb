package timex_test

import (
	"fmt"
	"time"

	"github.com/timelinehq/timeline/timex"
)

func ExampleTagger_Tag() {
	text := "Putin met Tillerson on Wednesday. A chemical attack killed 80 people last week, " +
		"and the two sides will meet again next month."
	dct := time.Date(2017, 4, 13, 0, 0, 0, 0, time.UTC) // a Thursday
	for _, x := range timex.New().Tag(text, dct) {
		fmt.Printf("%-10s %-4s %-10s %-6s %s..%s\n", x.Text, x.Type, x.Value, x.Granularity,
			x.Interval.Start.Format(time.DateOnly), x.Interval.End.Format(time.DateOnly))
	}
	// Output:
	// Wednesday  DATE 2017-04-12 day    2017-04-12..2017-04-12
	// last week  DATE 2017-W14   week   2017-04-03..2017-04-09
	// next month DATE 2017-05    month  2017-05-01..2017-05-31
}

func ExampleTagger_Tag_unknownDate() {
	// Without a DCT, relative values keep their placeholders.
	for _, x := range timex.New().Tag("The vote is on Wednesday, three years after the 2014 poll.", time.Time{}) {
		fmt.Println(x.Text, x.Type, x.Value, x.Interval.IsZero())
	}
	// Output:
	// Wednesday DATE XXXX-WXX-3 true
	// three years DURATION P3Y true
	// 2014 DATE 2014 false
}

func ExampleTimex_FullDate() {
	// A dateline spells out a whole date; a weekday does not.
	for _, x := range timex.New().Tag("MOSCOW, April 13, 2017 - Putin met Tillerson on Wednesday.", time.Time{}) {
		fmt.Println(x.Text, x.FullDate, x.Relative)
	}
	// Output:
	// April 13, 2017 true false
	// Wednesday false true
}
