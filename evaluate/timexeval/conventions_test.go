package timexeval

import (
	"strings"
	"testing"
)

func TestConventions(t *testing.T) {
	const aq, tb = "APW19980807.0261", "wsj_0001" // an AQUAINT and a TimeBank document
	tx := func(text, value string, start int) Timex {
		return Timex{Start: start, End: start + len(text), Text: text, Value: value}
	}
	docs := []Doc{
		{ID: tb, Text: "It rallied Friday night and Friday.", Timexes: []Timex{
			tx("Friday night", "1998-08-07TNI", 11), tx("Friday", "1998-08-07", 28)}},
		{ID: aq, Text: "Crowds marched Friday night, as in 1949, and Friday.", Timexes: []Timex{
			tx("Friday", "1998-08-07", 15), tx("1949", "1949-XX", 35), tx("Friday", "1998-08-14", 45)}},
		{ID: aq, Text: "Last week and the 1980s and Sunday morning.", Timexes: []Timex{
			tx("Last week", "1998-10", 0), tx("1980s", "198X", 18)}},
		{ID: tb, Text: "Last week and the 1980s and 1949.", Timexes: []Timex{
			tx("Last week", "1998-W08", 0), tx("the 1980s", "198", 14), tx("1949", "1949", 28)}},
	}
	want := map[[2]string][2]int{ // kind, form -> TimeBank, AQUAINT
		{"weekday + part of day (Friday night)", "with the part (TNI)"}:   {1, 0},
		{"weekday + part of day (Friday night)", "span without the part"}: {0, 1},
		{"weekday + part of day (Friday night)", "not tagged"}:            {0, 1},
		{"year alone (in 1949)", "YYYY"}:                                  {1, 0},
		{"year alone (in 1949)", "YYYY-XX"}:                               {0, 1},
		{"decade (the 1980s)", "3 digits (198)"}:                          {1, 0},
		{"decade (the 1980s)", "with X (198X)"}:                           {0, 1},
		{"last/this/next week", "ISO week (1998-W08)"}:                    {1, 0},
		{"last/this/next week", "a month"}:                                {0, 1},
		{"weekday named twice or more in an article", "one date"}:         {1, 0},
		{"weekday named twice or more in an article", "several dates"}:    {0, 1},
	}
	got := Conventions(docs)
	if len(got) != len(want) {
		t.Errorf("got %d rows, want %d: %+v", len(got), len(want), got)
	}
	for _, c := range got {
		if w, ok := want[[2]string{c.Kind, c.Form}]; !ok || w != [2]int{c.TimeBank, c.AQUAINT} {
			t.Errorf("%s / %s: TimeBank %d, AQUAINT %d; want %v (listed: %v)", c.Kind, c.Form, c.TimeBank, c.AQUAINT, w, ok)
		}
	}
	var b strings.Builder
	if err := WriteConventions(&b, got); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "kind") || strings.Count(b.String(), "\n") != len(got)+1 {
		t.Errorf("table:\n%s", b.String())
	}
}
