package timex

import (
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// Times of the day, alone or with their day:
//
//	10:35 a.m. | 5 p.m. | noon | midnight | 10 p.m. Wednesday | noon Thursday
//	5 p.m. EST Nov. 9 | around 7:15 p.m. | mid-afternoon | overnight
//	1530 EST | 0900 GMT
//
// The clock itself is read by when's stock rules (en.HourMinute, en.Hour),
// which fill a when context with the hour and minute.
func timeRules() []*rule {
	const clock = `(\d{1,2}(?::\d{2})?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\d{1,2}:\d{2}\b|noon|midnight|midday|\d{1,2} o'clock)`
	const zone = `(?:\s+\(?(?:est|edt|gmt|utc|pst|pdt|cst|cdt|bst|cet)\)?)?`
	// The day is read loosely and checked by dayMeaning.
	const day = `(?:,?\s+(?:on\s+)?([a-z]+\.?\s*\d{1,2}(?:,\s*\d{4})?|[a-z]+\.?(?:,?\s+[a-z]+\.?\s*\d{1,2})?(?:,\s*\d{4})?))?`
	return []*rule{
		newRule("clock", cueClock, 8,
			`\b(?:(around|about|approximately|roughly|shortly after|shortly before|just after|just before|some time after)\s+)?`+clock+zone+day,
			readClock),
		newRule("day-clock", cueClock, 8,
			`\b(`+reWeekday+`|today|yesterday|tomorrow)(?:,?\s+at)?\s+`+clock+zone,
			readDayClock),
		// "1530 EST", "0900 GMT": a 24-hour clock, only with its zone.
		newRule("clock-zone", cueYear|cueClock, 8,
			`\b(?:(around|about|approximately|roughly|shortly after|shortly before|just after|just before|some time after)\s+)?`+
				`((?:[01][0-9]|2[0-3])[0-5][0-9])\s+(?:hrs\b`+zone+`|gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|local time)\b`+day,
			readClock),
		newRule("part-of-day", cueDayPart, 3,
			`\b(mid-?afternoon|mid-?morning|midday|overnight|early morning|late (?:at )?night|late afternoon|early afternoon|early evening)(?:\s+(`+reWeekday+`|today|yesterday|tomorrow))?\b`,
			readPartOfDay),
	}
}

// clockRules are when's stock rules for clock times.
var clockRules = []rules.Rule{en.HourMinute(rules.Override), en.Hour(rules.Override)}

// readClockText reads "10:35 a.m.", "5 pm", "noon" with when's rules.
func readClockText(s string) (hour, min int, ok bool) {
	s = strings.TrimSpace(s)
	switch s {
	case "noon", "midday":
		return 12, 0, true
	case "midnight":
		return 24, 0, true // TimeML: the end of the day, T24:00
	}
	if len(s) == 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) {
		h, _ := parseInt(s[:2])
		mi, _ := parseInt(s[2:])
		return h, mi, h <= 23 && mi <= 59 // a 24-hour clock: "1530"
	}
	if strings.HasSuffix(s, "o'clock") {
		n, ok := parseInt(strings.TrimSpace(strings.TrimSuffix(s, "o'clock")))
		return n, 0, ok && n >= 0 && n <= 12
	}
	for _, r := range clockRules {
		m := r.Find(s)
		if m == nil {
			continue
		}
		c := &rules.Context{Text: s}
		applied, err := m.Apply(c, nil, time.Time{})
		if err != nil || !applied || c.Hour == nil {
			continue
		}
		h, mi := *c.Hour, 0
		if c.Minute != nil {
			mi = *c.Minute
		}
		if h > 24 || mi > 59 {
			return 0, 0, false
		}
		return h, mi, true
	}
	return 0, 0, false
}

// clockTime is a time of day on a day given by another meaning (or the
// DCT when day is nil).
type clockTime struct {
	hour, min int
	tod       string
	day       meaning
	mod       string
}

func (c clockTime) resolve(r *resolver) (result, bool) {
	var d time.Time
	if c.day != nil {
		res, ok := c.day.resolve(r)
		if !ok {
			return result{}, false
		}
		if res.iv.IsZero() {
			v := res.value
			if i := strings.IndexByte(v, 'T'); i >= 0 {
				v = v[:i]
			}
			return result{typ: Time, value: v + "T" + c.clock(), mod: c.mod, relative: true, noAnchor: true}, true
		}
		d = res.iv.Start
	} else {
		if !r.hasDCT {
			return result{typ: Time, value: "XXXX-XX-XXT" + c.clock(), mod: c.mod, relative: true, noAnchor: true}, true
		}
		d = r.dct
		if a, ok := r.narrativeDay(); ok {
			d = a.t
		}
	}
	res := pointResult(point{gran: GranTime, t: d, hour: c.hour, min: c.min, tod: c.tod}, true)
	res.mod = c.mod
	return res, true
}

func (c clockTime) clock() string {
	if c.tod != "" {
		return c.tod
	}
	return pad2(c.hour) + ":" + pad2(c.min)
}

func readClock(m *match) (meaning, bool) {
	if m.midCap(2) {
		return nil, false // "High Noon"
	}
	h, mi, ok := readClockText(m.g(2))
	if !ok {
		return nil, false
	}
	military := len(m.g(2)) == 4 && isDigit(m.g(2)[0]) // "1530 EST", matched with its zone
	if b := strings.TrimRight(m.before(2), " "); military && (strings.HasSuffix(b, "$") || strings.HasSuffix(b, "#") || strings.HasSuffix(b, "(")) {
		return nil, false // a price, a number, or the same time restated: "10:35 a.m. (0735 GMT)"
	}
	// A bare "10:35" with no a.m./p.m. or zone could be a score or a
	// verse.
	zoned := strings.TrimLeft(m.s.lower[m.gend(2):m.Right], " (") != ""
	if !military && !zoned && !strings.ContainsAny(m.g(2), "apmn") && !m.has(3) {
		prev := lastWord(m.before(12))
		if prev != "at" && prev != "by" && prev != "until" && prev != "before" && prev != "after" && prev != "around" && prev != "about" {
			return nil, false
		}
	}
	c := clockTime{hour: h, min: mi, mod: approxMod(m.g(1))}
	// The loose day may have taken a sentence's final period.
	if d := m.g(3); strings.HasSuffix(d, ".") && monthOf(d) == 0 {
		m.idx[7]--
		if m.Right > m.idx[7] {
			m.setSpan(m.Left, m.idx[7])
		}
	}
	if m.g(1) == "about" || m.g(1) == "approximately" || m.g(1) == "roughly" {
		m.trimLeft(m.gend(1))
	}
	if m.has(3) {
		day, ok := dayMeaning(m.g(3), m.orig(3))
		if !ok {
			// Keep the clock (and its time zone) alone.
			e := m.gstart(3)
			for e > m.Left {
				switch l := m.s.lower[:e]; {
				case strings.ContainsRune(" ,\t\n\r", rune(l[e-1])):
					e--
				case strings.HasSuffix(l, "on") && e-2 > m.Left && strings.ContainsRune(" \t\n\r", rune(l[e-3])):
					e -= 2 // "at 1530 hrs on expiration Fridays"
				default:
					goto trimmed
				}
			}
		trimmed:
			m.setSpan(m.Left, e)
		} else {
			c.day = day
		}
	}
	// TimeML keeps "around" but not "about" or "at" in the span; we keep
	// approximations, as the rest of the annotation does.
	return c, true
}

func readDayClock(m *match) (meaning, bool) {
	h, mi, ok := readClockText(m.g(2))
	if !ok {
		return nil, false
	}
	day, ok := dayMeaning(m.g(1), m.orig(1))
	if !ok {
		return nil, false
	}
	return clockTime{hour: h, min: mi, day: day}, true
}

// dayMeaning reads the day part of a time: a weekday, today, a month and
// day.
func dayMeaning(lower, orig string) (meaning, bool) {
	switch lower {
	case "today", "tonight":
		return shifted{unit: GranDay}, true
	case "yesterday":
		return shifted{unit: GranDay, n: -1}, true
	case "tomorrow":
		return shifted{unit: GranDay, n: 1}, true
	}
	f := strings.Fields(strings.ReplaceAll(lower, ",", " "))
	if len(f) == 0 {
		return nil, false
	}
	if wd, ok := weekdays[f[0]]; ok && len(f[0]) > 3 {
		if orig == "" || orig[0] < 'A' || orig[0] > 'Z' {
			return nil, false
		}
		if len(f) >= 3 {
			f = f[1:]
		} else {
			return weekdayRef{wd: wd}, true
		}
	}
	if mo := monthOf(f[0]); mo != 0 && len(f) >= 2 {
		d, ok := parseDay(f[1])
		if !ok {
			return nil, false
		}
		if len(f) >= 3 {
			y, ok := parseInt(f[2])
			if ok && validDay(y, mo, d) {
				return absolute{pt: point{gran: GranDay, t: date(y, time.Month(mo), d)}, fullDate: true}, true
			}
		}
		return yearless{month: mo, day: d, weekday: -1}, true
	}
	return nil, false
}

func readPartOfDay(m *match) (meaning, bool) {
	w := strings.ReplaceAll(m.g(1), "-", "")
	tod := ""
	switch {
	case strings.Contains(w, "afternoon"):
		tod = "AF"
	case strings.Contains(w, "morning"):
		tod = "MO"
	case strings.Contains(w, "midday"):
		tod = "MI"
	case strings.Contains(w, "evening"):
		tod = "EV"
	case strings.Contains(w, "night"):
		tod = "NI"
	}
	c := clockTime{tod: tod}
	if m.has(2) {
		day, ok := dayMeaning(m.g(2), m.orig(2))
		if !ok {
			m.setSpan(m.Left, m.gend(1))
		} else {
			c.day = day
		}
	} else if w != "midafternoon" && w != "midmorning" && w != "midday" && w != "overnight" {
		return nil, false // "late at night" alone is generic
	}
	return c, true
}
