package timex

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRangeJoinBound checks what rangeJoin's length bound rests on: no
// join is longer than 7 runes, and lower-casing keeps the number of runes.
func TestRangeJoinBound(t *testing.T) {
	for _, j := range rangeJoins {
		if n := utf8.RuneCountInString(j); n > 7 {
			t.Errorf("join %q has %d runes: raise rangeJoin's bound", j, n)
		}
	}
	for _, s := range []string{"THROUGH", "İİİİİİİ", "\xff\xfe\xfd", "ǅǅ", "ΣΑΣ", "ẞ", "Kelvin"} {
		if a, b := utf8.RuneCountInString(s), utf8.RuneCountInString(strings.ToLower(s)); a != b {
			t.Errorf("ToLower(%q) has %d runes, %q %d", s, a, strings.ToLower(s), b)
		}
	}
}

// TestRangeJoin checks rangeJoin against its reference, which lowers the
// whole text between the two expressions.
func TestRangeJoin(t *testing.T) {
	ref := func(text string, a Timex, start int) bool {
		if start < a.End {
			return false
		}
		between := strings.ToLower(strings.TrimSpace(text[a.End:start]))
		if !contains(rangeJoins, between) {
			return false
		}
		lead := strings.ToLower(lastWord(text[max(0, a.Start-12):a.Start]))
		switch between {
		case "and":
			return lead == "between"
		case "to", "until", "till":
			return lead == "from" || lead == "between"
		}
		return true
	}
	for _, mid := range []string{" to ", " TO ", "-", " – ", " through ", " THROUGH ", "  \t through\n ", " and ", " until ",
		" or ", " İn ", " to the end of the meeting, which lasted until ", ""} {
		for _, lead := range []string{"from ", "between ", "in ", ""} {
			text := "It ran " + lead + "March" + mid + "May."
			a := Timex{Start: len("It ran " + lead), End: len("It ran " + lead + "March")}
			start := a.End + len(mid)
			if got, want := rangeJoin(text, a, start), ref(text, a, start); got != want {
				t.Errorf("rangeJoin(%q) = %v, want %v", text, got, want)
			}
		}
	}
}
