package timex_test

import (
	"testing"
	"time"

	"github.com/olebedev/when"
	"github.com/timelinehq/timeline/timex"
)

// TestWhenParser runs the tagger's rules inside a when.Parser.
func TestWhenParser(t *testing.T) {
	w := when.New(nil)
	w.Add(timex.New().Rules()...)
	base := time.Date(2017, 4, 13, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		text, match string
		want        time.Time
	}{
		{"Putin met Tillerson on Wednesday", "Wednesday", time.Date(2017, 4, 12, 9, 0, 0, 0, time.UTC)},
		{"the attack came last week", "last week", time.Date(2017, 4, 3, 9, 0, 0, 0, time.UTC)},
		{"on April 12, 2017, in Moscow", "April 12, 2017", time.Date(2017, 4, 12, 9, 0, 0, 0, time.UTC)},
		{"the offer ends at 5 p.m. EST, April 18", "5 p.m. EST, April 18", time.Date(2017, 4, 18, 17, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		r, err := w.Parse(c.text, base)
		if err != nil || r == nil {
			t.Errorf("Parse(%q) = %v, %v", c.text, r, err)
			continue
		}
		if r.Text != c.match || !r.Time.Equal(c.want) {
			t.Errorf("Parse(%q) = %q %v, want %q %v", c.text, r.Text, r.Time, c.match, c.want)
		}
	}
	if r, _ := w.Parse("the minister may visit the Sun newsroom", base); r != nil {
		t.Errorf("found %q in a text with no date", r.Text)
	}
}
