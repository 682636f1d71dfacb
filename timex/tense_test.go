package timex

import (
	"strings"
	"testing"
)

func TestTense(t *testing.T) {
	cases := []struct {
		name, text, expr string
		want             tense
	}{
		{"past", "Putin met Tillerson on Wednesday.", "Wednesday", tensePast},
		{"future", "The ministers will meet on Wednesday.", "Wednesday", tenseFuture},
		{"said is weak", "They will meet on Wednesday, officials said.", "Wednesday", tenseFuture},
		{"said next to the date", "Officials said Friday that they will meet.", "Friday", tensePast},
		{"will be held", "The summit will be held at the White House on April 24.", "April 24", tenseFuture},
		{"is heard", "The case is heard in May.", "May", tensePresent},
		{"had been scheduled", "The offer had been scheduled to expire Friday.", "Friday", tensePast},
		{"plans to", "He plans to travel in March.", "March", tenseFuture},
		{"deadline", "The deal should be done by May.", "May", tenseFuture},
		{"past deadline", "Prices had fallen by May.", "May", tensePast},
		{"adjective", "It will be paid on an unspecified date in January.", "January", tenseFuture},
		{"none", "Friday.", "Friday", tenseUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &sent{text: c.text, lower: strings.ToLower(c.text)}
			l := strings.Index(c.text, c.expr)
			if got := tenseAt(s, l, l+len(c.expr)); got != c.want {
				t.Errorf("tense = %d, want %d", got, c.want)
			}
		})
	}
}
