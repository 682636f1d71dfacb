package timex_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/timex"
)

// FuzzTag checks that Tag never panics and that every expression lies
// inside its text, holds the text it claims, and comes in order without
// overlap.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Putin met Tillerson on Wednesday, April 12, 2017, at 10:35 a.m. last week.",
		"The June 7-8 summit, from March to May, between 2001 and 2004, 2 1/2 years ago.",
		"the third-quarter of 1990s' '80s mid-November 5 p.m. EST, Nov. 6 noon Friday",
		"Jan. 2 — Dec. 31, 1999 — 12/31/99 — 1999-12-31 — the year two thousand",
		"May may May. Sat sat. The Sun. 1/2 555-1234 $1,999",
		"\xff\xfe Wednesday\x00 ‘last week’ — ünïcödé Friday",
		"",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2017, 4, 13, 0, 0, 0, 0, time.UTC).Unix())
	}
	tg := timex.New()
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var dct time.Time
		if sec != 0 {
			dct = time.Unix(sec%(1<<34), 0).UTC()
		}
		prev := 0
		for _, x := range tg.Tag(text, dct) {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad span %d..%d (previous end %d, text length %d)", x.Start, x.End, prev, len(text))
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("span %d..%d holds %q, Text is %q", x.Start, x.End, text[x.Start:x.End], x.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(x.Text) {
				t.Fatalf("span %d..%d cuts a character", x.Start, x.End)
			}
			if x.Value == "" || x.Type == "" {
				t.Fatalf("%q has no value or type", x.Text)
			}
			if !x.Interval.IsZero() && x.Interval.End.Before(x.Interval.Start) {
				t.Fatalf("%q: interval ends before it starts", x.Text)
			}
			prev = x.End
		}
	})
}
