package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timex"
)

// TestSeeds tags the seed articles of ../shared/seeds with their dates and
// checks the expressions the issue names.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "seeds")
	type want struct {
		text, value       string
		nth               int // which occurrence of text (0 = first)
		ivStart, ivEnd    string
		fullDate, isRange bool
	}
	cases := []struct {
		file, dct string
		want      []want
	}{
		{"001_d7072838551941bf.txt", "2017-04-13", []want{
			{text: "last week", value: "2017-W14", ivStart: "2017-04-03", ivEnd: "2017-04-09"},
			{text: "Wednesday", value: "2017-04-12", ivStart: "2017-04-12", ivEnd: "2017-04-12"},
			{text: "Thursday", value: "2017-04-13", ivStart: "2017-04-13", ivEnd: "2017-04-13"},
			{text: "April 12, 2017", value: "2017-04-12", ivStart: "2017-04-12", ivEnd: "2017-04-12", fullDate: true},
		}},
		{"002_ca0eda4c4917258e.txt", "2017-04-16", []want{
			{text: "Wednesday", value: "2017-04-12", ivStart: "2017-04-12", ivEnd: "2017-04-12"},
			{text: "last week", value: "2017-W14", ivStart: "2017-04-03", ivEnd: "2017-04-09"},
		}},
		{"003_82d72fdd3463876a.txt", "2017-05-11", []want{
			{text: "May 10", value: "2017-05-10", ivStart: "2017-05-10", ivEnd: "2017-05-10"},
			{text: "June 7-8", value: "2017-06-07", ivStart: "2017-06-07", ivEnd: "2017-06-08", isRange: true},
			{text: "July 1, 2024", value: "2024-07-01", ivStart: "2024-07-01", ivEnd: "2024-07-01", fullDate: true},
			{text: "Yesterday", value: "2017-05-10", ivStart: "2017-05-10", ivEnd: "2017-05-10"},
			{text: "next month", value: "2017-06", ivStart: "2017-06-01", ivEnd: "2017-06-30"},
		}},
	}
	tg := timex.New()
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			got := tg.Tag(string(raw), day(t, c.dct))
			for _, w := range c.want {
				var found *timex.Timex
				n := 0
				for i := range got {
					if got[i].Text == w.text {
						if n == w.nth {
							found = &got[i]
							break
						}
						n++
					}
				}
				if found == nil {
					t.Errorf("%q (occurrence %d) not found", w.text, w.nth)
					continue
				}
				iv := found.Interval.Start.Format(time.DateOnly) + ".." + found.Interval.End.Format(time.DateOnly)
				if found.Value != w.value || iv != w.ivStart+".."+w.ivEnd || found.FullDate != w.fullDate || found.Range != w.isRange {
					t.Errorf("%q = %s %s full=%v range=%v, want %s %s..%s full=%v range=%v",
						w.text, found.Value, iv, found.FullDate, found.Range, w.value, w.ivStart, w.ivEnd, w.fullDate, w.isRange)
				}
				if string(raw[found.Start:found.End]) != found.Text || strings.TrimSpace(found.Text) != found.Text {
					t.Errorf("%q: span %d..%d does not hold the text", w.text, found.Start, found.End)
				}
			}
		})
	}
}
