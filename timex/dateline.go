package timex

import (
	"strings"
	"time"
)

// storyDate returns the date of the article's own dateline ("WASHINGTON,
// March 12 (Xinhua) --") when it differs from the DCT by one to seven
// days: a wire story re-dated by the archive that holds it still speaks
// from its dateline, so its "Friday" and "today" count from there. The
// dateline must be the article's first expression, at the start of a line
// after a place name and a comma, and followed by "(", "--", "_" or "-".
func storyDate(text string, dct time.Time, cands []candidate) (time.Time, bool) {
	if dct.IsZero() || len(cands) == 0 {
		return time.Time{}, false
	}
	c := cands[0]
	if c.start > 300 || c.rule == nil || (c.rule.name != "month-day-year" && c.rule.name != "day-month-year") {
		return time.Time{}, false
	}
	line := text[strings.LastIndexByte(text[:c.start], '\n')+1 : c.start]
	if !placeName(line) {
		return time.Time{}, false
	}
	after := strings.TrimLeft(text[c.end:], " \t")
	if !strings.HasPrefix(after, "(") && !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "_") {
		return time.Time{}, false
	}
	rs := newResolver(text, dct)
	rs.cur = c
	res, ok := c.mean.resolve(rs)
	if !ok || res.pt.gran != GranDay {
		return time.Time{}, false
	}
	days := res.pt.t.Sub(dayOf(dct)).Hours() / 24
	if days == 0 || days < -7 || days > 7 {
		return time.Time{}, false
	}
	return res.pt.t, true
}

// placeName reports a dateline's place: "WASHINGTON, ", "NAIROBI, Kenya, ",
// "Kansas City, Mo., ": capitalized words, commas and periods, ending in a
// comma and a space.
func placeName(s string) bool {
	s = strings.TrimLeft(s, " \t")
	if !strings.HasSuffix(s, ", ") || len(s) < 4 || s[0] < 'A' || s[0] > 'Z' || len(s) > 60 {
		return false
	}
	for _, w := range strings.Fields(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		for i := 0; i < len(w); i++ {
			if b := w[i]; !isLetter(b) && b != '.' && b != ',' && b != '-' && b != '\'' {
				return false
			}
		}
	}
	return true
}
