package timex

import (
	"strings"
)

// Days of the week, anchored to the DCT by tense, or to the text's last
// date ("the following Friday"):
//
//	Wednesday | on Wednesday (tags "Wednesday") | last Friday | next Monday
//	this coming Sunday | Friday night | early Tuesday | earlier Sunday
//	the previous Friday | Mondays (a set)
func weekdayRules() []*rule {
	return []*rule{
		newRule("weekday", cueWeekday, 6,
			`\b(?:(last|this|next|this past|this coming|the coming|coming|past|the following|the previous|previous|the next|early|late|earlier|later|midday|mid-?morning|mid-?afternoon)\s+)?(`+reWeekday+`)(?:\s+(morning|afternoon|evening|night|overnight|midday))?\b`,
			readWeekday),
		newRule("weekday-plural", cueWeekday, 6,
			`\b(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:mornings|afternoons|evenings|nights)))(?:\s+(mornings|afternoons|evenings|nights))?\b`,
			readWeekdays),
	}
}

// weekdayRef is a day of the week relative to the DCT or to the narrative.
type weekdayRef struct {
	wd        int // time.Weekday
	dir       int // 0: by tense; -1 last; +1 next; 2: "this" (the DCT's week)
	narrative bool
	tod       string
	mod       string
	// past: "Wednesday's ruling", "Friday's close": a weekday that owns
	// something reports it, so it is not ahead of the DCT.
	past bool
}

func readWeekday(m *match) (meaning, bool) {
	if o := m.orig(2); o == "" || o[0] < 'A' || o[0] > 'Z' {
		return nil, false
	}
	// "Good Friday", "Black Monday", "Ash Wednesday" are holidays or names.
	if p := lastWord(m.before(16)); p == "good" || p == "black" || p == "ash" || p == "holy" || p == "super" || p == "cyber" || p == "maundy" {
		return nil, false
	}
	w := weekdayRef{wd: weekdays[m.g(2)]}
	switch m.g(1) {
	case "last", "this past", "past", "previous":
		w.dir = -1
	case "next", "this coming", "the coming", "coming":
		w.dir = 1
	case "this":
		w.dir = 2
	case "the following", "the next":
		w.dir, w.narrative = 1, true
	case "the previous":
		w.dir, w.narrative = -1, true
	case "early", "earlier":
		w.mod = "START"
		if m.g(1) == "earlier" {
			w.mod = ""
		}
	case "late", "later":
		w.mod = "END"
		if m.g(1) == "later" {
			w.mod = ""
		}
	case "midday":
		w.tod = "MI"
	case "mid-morning", "midmorning":
		w.tod = "MO"
	case "mid-afternoon", "midafternoon":
		w.tod = "AF"
	}
	w.past = strings.HasPrefix(m.after(2), "'s") && !m.has(3)
	if m.has(3) {
		w.tod = partOfDay[m.g(3)]
		if m.g(3) == "midday" {
			w.tod = "MI"
		}
	}
	return w, true
}

func (w weekdayRef) resolve(r *resolver) (result, bool) {
	typ := Date
	if w.tod != "" {
		typ = Time
	}
	if !r.hasDCT && !(w.narrative && r.hasAnchor) {
		v := "XXXX-WXX-" + itoa(isoWeekday(w.wd))
		if w.tod != "" {
			v += "T" + w.tod
		}
		return result{typ: typ, value: v, mod: w.mod, relative: true, noAnchor: true}, true
	}
	ref := r.dct
	if w.narrative {
		if a, ok := r.narrative(); ok {
			ref = a.t
		}
	}
	cur := int(ref.Weekday())
	var delta int
	dir := w.dir
	if dir == 0 && !w.narrative {
		switch r.weekdayDir[w.wd] {
		case -1:
			dir = -3
		case 1:
			dir = 3
		}
	}
	if dir == 0 {
		if !w.past && r.tense() == tenseFuture {
			dir = 3 // the next one, today included
		} else {
			dir = -3 // the last one, today included
		}
	}
	switch dir {
	case -1:
		delta = -((cur-w.wd+7)%7 + 7*b2i(cur == w.wd))
	case -3:
		delta = -((cur - w.wd + 7) % 7)
	case 1:
		delta = (w.wd-cur+7)%7 + 7*b2i(cur == w.wd)
	case 3:
		delta = (w.wd - cur + 7) % 7
	case 2:
		delta = isoWeekday(w.wd) - isoWeekday(cur)
	}
	t := ref.AddDate(0, 0, delta)
	pt := point{gran: GranDay, t: t}
	if w.tod != "" {
		pt = point{gran: GranTime, t: t, tod: w.tod}
	}
	res := pointResult(pt, true)
	res.mod = w.mod
	return res, true
}

// isoWeekday numbers Monday 1 .. Sunday 7.
func isoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func readWeekdays(m *match) (meaning, bool) {
	if o := m.orig(1); o == "" || o[0] < 'A' || o[0] > 'Z' {
		return nil, false
	}
	f := strings.Fields(m.g(1))
	wd := weekdays[strings.TrimSuffix(f[0], "s")]
	v := "XXXX-WXX-" + itoa(isoWeekday(wd))
	switch {
	case len(f) > 1:
		v += "T" + partOfDay[strings.TrimSuffix(f[1], "s")]
	case m.has(2):
		v += "T" + partOfDay[strings.TrimSuffix(m.g(2), "s")]
	}
	return fixed{typ: Set, value: v}, true
}

// weekdayVotes reads the tense around every bare mention of a day of the
// week ("Wednesday", "Friday night", not "last Friday") and returns, for
// each day, the direction most of them point to: an article that names
// Wednesday three times almost always means one Wednesday (in TempEval-3's
// training data, every day named twice or more in an article but three
// kept one date), so a mention whose clause reads the other way ("could be
// located Wednesday" in a story about Wednesday's ruling) follows the
// majority. A tie leaves each mention to its own clause.
func weekdayVotes(cands []candidate) [7]int {
	var past, future [7]int
	var buf []string // tenseAtBuf's words
	for _, c := range cands {
		w, ok := c.mean.(weekdayRef)
		if !ok || w.dir != 0 || w.narrative || c.sent == nil {
			continue
		}
		switch {
		case w.past:
			past[w.wd]++
		default:
			switch tenseAtBuf(c.sent, c.start-c.sent.off, c.end-c.sent.off, &buf) {
			case tenseFuture:
				future[w.wd]++
			case tensePast:
				past[w.wd]++
			}
		}
	}
	var dir [7]int
	for wd := range dir {
		switch {
		case past[wd] > future[wd]:
			dir[wd] = -1
		case future[wd] > past[wd]:
			dir[wd] = 1
		}
	}
	return dir
}
