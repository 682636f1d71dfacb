package timex

import (
	"strings"
	"testing"
)

// prefixTexts are starts of sentences on which the rules match or nearly
// match.
var prefixTexts = []string{
	"last week", "Wednesday, April 12, 2017, at 10:35 a.m.", "the june 7-8 summit", "2 1/2 years ago",
	"the third-quarter of 1990s' '80s", "mid-november 5 p.m. est", "nov. 6 noon friday", "jan. 2 — dec. 31, 1999",
	"12/31/99", "1999-12-31", "the year two thousand", "may may may. sat sat.", "1/2 555-1234 $1,999",
	"three days later", "a year earlier", "the day before yesterday", "every monday", "twice a week",
	"this morning", "christmas eve", "fiscal 1987", "year-end", "the 1980s", "19th century", "now", "x",
	"\xff\xfe wednesday", "‘last week’", "ünïcödé friday", "t", "", "-", " last", "1", "1987",
}

// checkPrefix fails when rule r's pre-filter rejects a text on which its
// anchored regexp finds a non-empty match.
func checkPrefix(t *testing.T, r *rule, text string) {
	t.Helper()
	if r.pre.may(text) {
		return
	}
	if idx := r.anch.FindStringSubmatchIndex(text); idx != nil && idx[1] > idx[0] {
		t.Fatalf("rule %s: pre-filter rejects %q, which matches %q", r.name, text, text[idx[0]:idx[1]])
	}
}

// TestPrefixNeverRejectsAMatch checks every rule's pre-filter on texts
// that match, and on every suffix of them.
func TestPrefixNeverRejectsAMatch(t *testing.T) {
	rules := allRules()
	matched := 0
	for _, text := range prefixTexts {
		lower := lowerASCII(text)
		for i := range lower {
			for _, r := range rules {
				checkPrefix(t, r, lower[i:])
				if idx := r.anch.FindStringIndex(lower[i:]); idx != nil && idx[1] > idx[0] {
					matched++
				}
			}
		}
	}
	if matched < 50 {
		t.Errorf("only %d matches: the texts no longer exercise the rules", matched)
	}
}

// TestPrefixRejects checks that the pre-filter rejects what it should: a
// word that begins no rule's match.
func TestPrefixRejects(t *testing.T) {
	tests := []struct {
		name, rule, text string
	}{
		{"word", "month", "summit"},
		{"second byte", "month", "mx"},
		{"punctuation", "year", ", and"},
	}
	rules := map[string]*rule{}
	for _, r := range allRules() {
		rules[r.name] = r
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rules[tt.rule]
			if r == nil {
				t.Fatalf("no rule %q", tt.rule)
			}
			if r.pre.may(tt.text) {
				t.Errorf("rule %s: pre-filter accepts %q", tt.rule, tt.text)
			}
		})
	}
}

// FuzzPrefix checks that no rule's pre-filter rejects a text its regexp
// matches.
func FuzzPrefix(f *testing.F) {
	for _, s := range prefixTexts {
		f.Add(s)
	}
	rules := allRules()
	f.Fuzz(func(t *testing.T, text string) {
		text = lowerASCII(strings.ToValidUTF8(text, "\uFFFD"))
		for _, r := range rules {
			checkPrefix(t, r, text)
		}
	})
}
