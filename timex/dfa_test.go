package timex

import (
	"strings"
	"testing"
)

// startTexts are starts of sentences on which the rules match or nearly
// match.
var startTexts = []string{
	"last week", "Wednesday, April 12, 2017, at 10:35 a.m.", "the june 7-8 summit", "2 1/2 years ago",
	"the third-quarter of 1990s' '80s", "mid-november 5 p.m. est", "nov. 6 noon friday", "jan. 2 — dec. 31, 1999",
	"12/31/99", "1999-12-31", "the year two thousand", "may may may. sat sat.", "1/2 555-1234 $1,999",
	"three days later", "a year earlier", "the day before yesterday", "every monday", "twice a week",
	"this morning", "christmas eve", "fiscal 1987", "year-end", "the 1980s", "19th century", "now", "x",
	"\xff\xfe wednesday", "‘last week’", "ünïcödé friday", "t", "", "-", " last", "1", "1987",
}

// checkStart fails when rule r's automaton rejects a text on which its
// anchored regexp finds a non-empty match.
func checkStart(t *testing.T, r *rule, text string) {
	t.Helper()
	if r.start.get(r.anch.String()).may(text) {
		return
	}
	if idx := r.anch.FindStringSubmatchIndex(text); idx != nil && idx[1] > idx[0] {
		t.Fatalf("rule %s: automaton rejects %q, which matches %q", r.name, text, text[idx[0]:idx[1]])
	}
}

// TestStartNeverRejectsAMatch checks every rule's automaton on texts
// that match, and on every suffix of them.
func TestStartNeverRejectsAMatch(t *testing.T) {
	rules := allRules()
	matched := 0
	for _, text := range startTexts {
		lower := lowerASCII(text)
		for i := range lower {
			for _, r := range rules {
				checkStart(t, r, lower[i:])
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

// TestStartRejects checks that the automaton rejects what it should: text
// that begins no match of the rule.
func TestStartRejects(t *testing.T) {
	tests := []struct {
		name, rule, text string
	}{
		{"word", "month", "summit"},
		{"second byte", "month", "mx"},
		{"punctuation", "year", ", and"},
		{"no unit after the number", "duration", "the company said last week"},
		{"a month without a day", "month-day-year", "march was cold"},
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
			if r.start.get(r.anch.String()).may(tt.text) {
				t.Errorf("rule %s: automaton accepts %q", tt.rule, tt.text)
			}
		})
	}
}

// FuzzStart checks that no rule's automaton rejects a text its regexp
// matches.
func FuzzStart(f *testing.F) {
	for _, s := range startTexts {
		f.Add(s)
	}
	rules := allRules()
	f.Fuzz(func(t *testing.T, text string) {
		text = lowerASCII(strings.ToValidUTF8(text, "\uFFFD"))
		for _, r := range rules {
			checkStart(t, r, text)
		}
	})
}
