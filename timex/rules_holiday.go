package timex

import (
	"strings"
	"time"
)

// Holidays, placed in the year the DCT and the tense imply:
//
//	Christmas | Christmas Eve | New Year's Day | New Year's Eve
//	Thanksgiving (Day) | Independence Day | the Fourth of July
//	Memorial Day | Labor Day | Veterans Day | Halloween | Valentine's Day
//	Easter | Good Friday | Election Day | Easter week
//	the September 11 attacks | the 9/11 commission (2001-09-11)
func holidayRules() []*rule {
	return []*rule{
		newRule("holiday", cueHoliday, 8,
			`\b(?:(last|this|next|this past|this coming|the coming|past)\s+)?(christmas(?: eve| day)?|new year's(?: eve| day)|new year|thanksgiving(?: day)?|independence day|the fourth of july|fourth of july|memorial day|labor day|labour day|veterans day|veterans' day|halloween|valentine's day|easter(?: sunday| monday)?|good friday|election day)(\s+week)?\b`,
			readHoliday),
		// "the September 11th terrorist attacks", "the 9/11 attacks": the
		// day of 2001 the attacks name, whatever the article's year.
		newRule("september-11", cueMonth|cueNumeric, 12,
			`\b(september 11(?:th)?|sept?\.? 11(?:th)?|9/11)(?:,? 2001)?(?:\s+(?:terrorist|terror|al qaeda|al-qaeda|hijack)(?:ist)?s?)?\s+(?:attacks?|hijackers|hijackings|commission|anniversary)\b`,
			readSeptember11),
	}
}

// readSeptember11 keeps the date alone ("September 11th" of "the
// September 11th terrorist attacks", "9/11" of "the 9/11 commission").
func readSeptember11(m *match) (meaning, bool) {
	o := m.orig(1)
	if o[0] == 's' {
		return nil, false // a month is capitalized
	}
	e := m.gend(1)
	if t := m.s.lower[e:m.Right]; strings.HasPrefix(t, ", 2001") || strings.HasPrefix(t, " 2001") {
		e += strings.Index(t, "2001") + 4
	}
	m.setSpan(m.Left, e)
	return september11{}, true
}

// september11 is 2001-09-11 in an article written after it, and
// September 11 of the article's year (or the year before) otherwise.
type september11 struct{}

func (september11) resolve(r *resolver) (result, bool) {
	if r.hasDCT && r.dct.Before(date(2001, 9, 12)) {
		return yearless{month: 9, day: 11, weekday: -1}.resolve(r)
	}
	return absolute{pt: point{gran: GranDay, t: date(2001, 9, 11)}}.resolve(r)
}

// holidays gives each holiday's day in a year.
var holidays = map[string]func(y int) time.Time{
	"christmas":        func(y int) time.Time { return date(y, 12, 25) },
	"christmas day":    func(y int) time.Time { return date(y, 12, 25) },
	"christmas eve":    func(y int) time.Time { return date(y, 12, 24) },
	"new year's day":   func(y int) time.Time { return date(y, 1, 1) },
	"new year":         func(y int) time.Time { return date(y, 1, 1) },
	"new year's eve":   func(y int) time.Time { return date(y, 12, 31) },
	"thanksgiving":     func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) },
	"thanksgiving day": func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) },
	"independence day": func(y int) time.Time { return date(y, 7, 4) },
	"fourth of july":   func(y int) time.Time { return date(y, 7, 4) },
	"memorial day":     func(y int) time.Time { return nthWeekday(y, 5, time.Monday, -1) },
	"labor day":        func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) },
	"veterans day":     func(y int) time.Time { return date(y, 11, 11) },
	"halloween":        func(y int) time.Time { return date(y, 10, 31) },
	"valentine's day":  func(y int) time.Time { return date(y, 2, 14) },
	"easter":           easter,
	"easter sunday":    easter,
	"easter monday":    func(y int) time.Time { return easter(y).AddDate(0, 0, 1) },
	"good friday":      func(y int) time.Time { return easter(y).AddDate(0, 0, -2) },
	"election day": func(y int) time.Time {
		return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1)
	},
}

func readHoliday(m *match) (meaning, bool) {
	name := strings.TrimPrefix(m.g(2), "the ")
	name = strings.ReplaceAll(name, "labour", "labor")
	name = strings.ReplaceAll(name, "veterans'", "veterans")
	f, ok := holidays[name]
	if !ok {
		return nil, false
	}
	// Holidays are capitalized.
	o := m.orig(2)
	if strings.HasPrefix(o, "the ") {
		o = o[4:]
	}
	if o == "" || o[0] < 'A' || o[0] > 'Z' {
		return nil, false
	}
	// "Christmas tree", "Easter egg" and "Labor Day weekend" stay dates;
	// "New Year" alone needs a date context.
	if name == "new year" && !contains([]string{"in", "since", "until", "by", "after", "before", "at", "over"}, lastWord(m.before(16))) {
		return nil, false
	}
	d := f(2001)
	y := yearless{month: int(d.Month()), day: d.Day(), holiday: f, weekday: -1}
	switch m.g(1) {
	case "last", "this past", "past":
		y.dir = -1
	case "next", "this coming", "the coming":
		y.dir = 1
	case "this":
		y.this = true
	}
	if m.has(3) {
		// "Easter week", "Christmas week": the week that holds the day.
		if strings.HasSuffix(name, " day") || strings.HasSuffix(name, " eve") || name == "good friday" || name == "easter monday" {
			m.setSpan(m.Left, m.gstart(3))
		} else {
			return weekOf{day: y}, true
		}
	}
	return y, true
}

// nthWeekday returns the n-th weekday wd of a month (n = -1: the last).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	if n < 0 {
		t := date(y, m+1, 0)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := date(y, m, 1)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// easter returns Easter Sunday of a year (Gregorian computus, the
// anonymous algorithm of Meeus, Astronomical Algorithms, ch. 8).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, time.Month(month), day)
}
