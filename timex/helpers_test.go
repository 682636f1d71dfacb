package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timex"
)

// tagCase is one text to tag and the expressions it must give, each as
// "text=VALUE" (or "text=VALUE (TYPE)" when the type matters), in order.
type tagCase struct {
	name string
	text string
	dct  string // 2006-01-02; empty means unknown
	want []string
}

// day parses a 2006-01-02 date, or returns the zero time for "".
func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// show formats what a case checks of an expression.
func show(x timex.Timex, withType bool) string {
	if withType {
		return fmt.Sprintf("%s=%s (%s)", x.Text, x.Value, x.Type)
	}
	return x.Text + "=" + x.Value
}

// runCases tags each case's text and compares every expression found with
// the expected list: a miss and an extra expression both fail.
func runCases(t *testing.T, cases []tagCase) {
	t.Helper()
	tg := timex.New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tg.Tag(c.text, day(t, c.dct))
			var g []string
			for i, x := range got {
				withType := i < len(c.want) && strings.HasSuffix(c.want[i], ")")
				g = append(g, show(x, withType))
			}
			if strings.Join(g, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("Tag(%q, %s)\n got  %q\n want %q", c.text, c.dct, g, c.want)
			}
		})
	}
}
