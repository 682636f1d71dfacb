package timex

import "strings"

// Ranges written as two expressions: "from March to May", "between 2001
// and 2004", "Sept. 14 to Thursday", "1991-1997". TimeML tags each end on
// its own; both ends then carry the whole range as their Interval.

// rangeJoins are the words between the two ends of a range.
var rangeJoins = []string{"-", "–", "to", "through", "thru", "until", "till", "and"}

// rangeJoin reports whether the text between expression a and offset
// start joins them as a range.
func rangeJoin(text string, a Timex, start int) bool {
	if start < a.End {
		return false
	}
	between := strings.TrimSpace(text[a.End:start])
	// ToLower maps rune to rune (an invalid byte to U+FFFD), and no join
	// has more than 7 runes of at most 4 bytes: a longer text, often a
	// paragraph or more, joins nothing and need not be copied.
	if len(between) > 4*7 {
		return false
	}
	between = strings.ToLower(between)
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

// markRanges finds pairs of dates joined as a range and widens their
// intervals to the whole range.
func markRanges(text string, out []Timex) {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if a.Interval.IsZero() || b.Interval.IsZero() || a.Type == Duration || b.Type == Duration {
			continue
		}
		if !rangeJoin(text, *a, b.Start) {
			continue
		}
		if b.Interval.End.Before(a.Interval.Start) {
			continue
		}
		iv := Interval{a.Interval.Start, b.Interval.End}
		a.Interval, b.Interval = iv, iv
		a.Range, b.Range = true, true
	}
}
