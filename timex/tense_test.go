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
		{"a participle that shares will be", "The bill will be wrapped into other legislation and voted on in the House in April.", "April", tenseFuture},
		{"a participle after and in the past", "The bill was wrapped into other legislation and voted on in April.", "April", tensePast},
		{"is heard", "The case is heard in May.", "May", tensePresent},
		{"had been scheduled", "The offer had been scheduled to expire Friday.", "Friday", tensePast},
		{"plans to", "He plans to travel in March.", "March", tenseFuture},
		{"deadline", "The deal should be done by May.", "May", tenseFuture},
		{"past deadline", "Prices had fallen by May.", "May", tensePast},
		{"deadline in a relative clause", "The governments, which want the talks to conclude by May, invited him.", "May", tenseFuture},
		{"deadline opening the sentence", "Until Thursday, they had not called him a suspect.", "Thursday", tensePast},
		{"had far before by", "Members had filed compliance reports by Wednesday, and all were honoring it.", "Wednesday", tensePast},
		{"adjective", "It will be paid on an unspecified date in January.", "January", tenseFuture},
		{"planned to, then the date", "The team planned to leave Nairobi on Thursday.", "Thursday", tenseFuture},
		{"date, then planned to", "On Friday, the government planned to pay the claims.", "Friday", tenseUnknown},
		{"had planned to", "He had planned to leave on Thursday.", "Thursday", tensePast},
		{"planned a rally", "Protesters planned a rally on Saturday.", "Saturday", tenseFuture},
		{"agreed a deal", "They agreed a deal on Friday.", "Friday", tensePast},
		{"was expected to", "A rally on Saturday was expected to draw thousands.", "Saturday", tenseFuture},
		{"were planning to", "Rallies on Saturday were planning to block roads.", "Saturday", tenseFuture},
		{"is to", "It is to resume trading in Paris Tuesday.", "Tuesday", tenseFuture},
		{"was scheduled", "The carrier was scheduled to return in March.", "March", tenseFuture},
		{"since", "It has been on patrol since March and was scheduled to return.", "March", tensePast},
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
