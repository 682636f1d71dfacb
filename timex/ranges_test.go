package timex_test

import (
	"testing"
	"time"

	"github.com/timelinehq/timeline/timex"
)

func TestRanges(t *testing.T) {
	d := func(s string) time.Time { return day(t, s) }
	cases := []struct {
		name, text, dct string
		want            []timex.Interval // per expression
	}{
		{"days of a month", "The June 7-8 conference would be a good occasion.", "2017-05-11",
			[]timex.Interval{{Start: d("2017-06-07"), End: d("2017-06-08")}}},
		{"from month to month", "Prices rose from March to May.", "2017-07-11",
			[]timex.Interval{{Start: d("2017-03-01"), End: d("2017-05-31")}, {Start: d("2017-03-01"), End: d("2017-05-31")}}},
		{"between years", "He was jailed between 2001 and 2004.", "2017-07-11",
			[]timex.Interval{{Start: d("2001-01-01"), End: d("2004-12-31")}, {Start: d("2001-01-01"), End: d("2004-12-31")}}},
		{"and without between is no range", "He visited in 2001 and 2004.", "2017-07-11",
			[]timex.Interval{{Start: d("2001-01-01"), End: d("2001-12-31")}, {Start: d("2004-01-01"), End: d("2004-12-31")}}},
	}
	tg := timex.New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tg.Tag(c.text, d(c.dct))
			if len(got) != len(c.want) {
				t.Fatalf("got %d expressions %v, want %d", len(got), got, len(c.want))
			}
			for i, x := range got {
				if x.Interval != c.want[i] {
					t.Errorf("%q: interval %v..%v, want %v..%v", x.Text, x.Interval.Start.Format(time.DateOnly), x.Interval.End.Format(time.DateOnly),
						c.want[i].Start.Format(time.DateOnly), c.want[i].End.Format(time.DateOnly))
				}
				if wantRange := len(c.want) == 1 || c.want[0] == c.want[1]; x.Range != wantRange {
					t.Errorf("%q: Range = %v, want %v", x.Text, x.Range, wantRange)
				}
			}
		})
	}
}
