package timex

import (
	"strings"
	"time"
)

// Calendar dates written with a month name or in digits:
//
//	Aug. 7 | August 7, 1998 | Friday, Oct. 13 | June 7-8 | 7 August 1998
//	the 7th of August | August 1998 | January nineteen ninety-seven
//	late November | last May | this September | June last year
//	1998-08-07 | 8/7/1998 | 8/7/98 | April Three | end-March
func dateRules() []*rule {
	return []*rule{
		newRule("month-day-year", cueMonth, 10,
			`\b(?:([a-z]+day),?\s+|(around)\s+)?(?:(early|late|mid-?|end-)\s*)?(`+reMonth+`)\s*(`+reDayNum+`|`+reOrdWord+`|`+reDayWord+`)(?:\s*(?:-|–|to|through)\s*(`+reDayNum+`))?(?:(?:,\s*|\s+)(`+reYear+`))?`,
			readMonthDay),
		newRule("day-and", cueMonth, 10,
			`\b(`+reMonth+`)\s*(`+reDayNum+`)(?:,\s*|\s+)(?:and|or|&)\s+(`+reDayNum+`)`,
			readDayAnd),
		newRule("day-month-year", cueMonth, 9,
			`\b(?:(`+reWeekday+`),?\s+)?(?:the\s+)?(`+reDayNum+`|`+reOrdWord+`)(?:\s+of)?\s+(`+reMonth+`)(?:,?\s+(`+reYear+`))?`,
			readDayMonth),
		newRule("month-year", cueMonth, 8,
			`\b(?:(early|late|mid-?|end-|the (?:beginning|start|end|middle) of|(?:the )?(?:first|second|last) half of)\s*)?(`+reMonth+`)(?:,?\s+(?:of\s+)?(`+reYear+`|(?:nineteen|two thousand)(?:[- ](?:and )?[a-z]+){0,2}))`,
			readMonthYear),
		newRule("month", cueMonth, 7,
			`\b(?:(early|late|mid-?|end-|the (?:beginning|start|end|middle) of|(?:the )?(?:first|second|last) half of)[\s-]*)?(?:(last|this|next|this past|this coming|the coming|coming|past|the past)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|sept\.)(?:(?:\s+of)?\s+(last|this|next) year)?`,
			readMonth),
		newRule("season-year", cueSeason, 8,
			`\b(?:(early|late|mid)[\s-]*)?(?:the\s+)?(?:(early|late)\s+)?(spring|summer|fall|autumn|winter)(?:\s+of)?\s+(`+reYear+`|nineteen[- ][a-z]+(?:[- ][a-z]+)?)`,
			readSeasonYear),
		newRule("season", cueSeason, 5,
			`\b(?:(early|late|mid)[\s-]*)?(?:(the)\s+)?(?:(early|late)\s+)?(spring|summer|fall|autumn|winter)\b`,
			readSeason),
		newRule("week-of", cueWeekOf, 11,
			`\b(?:the\s+)?week\s+of\s+(`+reMonth+`)\s*(`+reDayNum+`)(?:,?\s+(`+reYear+`))?`,
			readWeekOf).requires(cueMonth),
		newRule("iso-date", cueNumeric, 10,
			`\b([12]\d{3})-([01]?\d)-([0-3]?\d)\b`,
			readISODate),
		newRule("dot-date", cueNumeric, 10,
			`\b([0-3]?\d)\.([01]?\d)\.(\d{4})\b`,
			readDotDate),
		newRule("slash-date", cueNumeric, 10,
			`\b([01]?\d)/([0-3]?\d)/(\d{4}|\d{2})\b`,
			readSlashDate),
	}
}

// monthWord checks a month word as written: it must be capitalized (or the
// text all capitals), and "May"/"March" alone need a date context.
func monthWord(orig string) (int, bool) {
	if orig == "" || !(orig[0] >= 'A' && orig[0] <= 'Z') {
		return 0, false
	}
	m := monthOf(strings.ToLower(orig))
	return m, m != 0
}

// lowerMonths are the full month names that a date may write in lower
// case before its day, those that are no other word.
var lowerMonths = map[string]int{
	"january": 1, "february": 2, "april": 4, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
}

// modOf maps a leading modifier to a TIMEX3 mod.
func modOf(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "-"))
	switch {
	case s == "":
		return ""
	case s == "early" || strings.Contains(s, "beginning") || strings.Contains(s, "start") || strings.Contains(s, "first half"):
		return "START"
	case s == "late" || strings.Contains(s, "end") || strings.Contains(s, "second half") || strings.Contains(s, "last half"):
		return "END"
	case s == "mid" || strings.Contains(s, "middle"):
		return "MID"
	}
	return ""
}

func readMonthDay(m *match) (meaning, bool) {
	mo, ok := monthWord(m.orig(4))
	if !ok {
		// "resigned from the firm on february 17": a full month name in
		// lower case with the day in digits (not "may" or "march").
		if mo, ok = lowerMonths[m.orig(4)]; !ok {
			return nil, false
		}
		if _, digits := parseDay(m.g(5)); !digits {
			return nil, false
		}
	}
	abbrev := !strings.HasSuffix(m.g(4), ".") && len(strings.TrimSpace(m.g(4))) <= 4 && m.g(4) != "may" && m.g(4) != "june" && m.g(4) != "july"
	day, ok := parseDay(m.g(5))
	if !ok {
		// "April Three", as wire stories write the days one to nine;
		// capitalized, so that "in March two years ago" is no date.
		d, word := dayWords[m.g(5)]
		if !word || m.orig(5)[0] < 'A' || m.orig(5)[0] > 'Z' {
			return nil, false
		}
		day = d
	}
	// "May 10" is a date, but a bare abbreviation followed by a number
	// ("Dec 5") needs a year, a weekday or the number to look like a day.
	if abbrev && !m.has(7) && !m.has(1) && len(m.g(5)) > 2 {
		return nil, false
	}
	// Digits followed by more digits or a unit are not a day: "May 5,000".
	if rest := m.after(2); strings.HasPrefix(rest, ",0") || strings.HasPrefix(rest, ".") && len(rest) > 1 && isDigit(rest[1]) {
		return nil, false
	}
	tod := ""
	mod := modOf(m.g(3))
	if m.has(2) {
		mod = "APPROX" // "around Nov. 1"
	}
	if strings.HasPrefix(m.g(3), "the ") {
		tod = partOfDay[strings.Fields(m.g(3))[1]]
		mod = ""
	}
	wd := -1
	if m.has(1) {
		w, ok := weekdays[m.g(1)]
		if !ok || m.orig(1)[0] < 'A' || m.orig(1)[0] > 'Z' {
			return nil, false
		}
		wd = w
	}
	end := 0
	if m.has(6) {
		e, ok := parseDay(m.g(6))
		if !ok || e <= day {
			// "Oct. 13-15" is a range; "Oct. 3-2" is a score.
			m.setSpan(m.Left, m.gend(5))
		} else {
			end = e
		}
	}
	if m.has(7) {
		y, _ := parseInt(m.g(7))
		if !validDay(y, mo, day) {
			return nil, false
		}
		pt := point{gran: GranDay, t: date(y, time.Month(mo), day)}
		if tod != "" {
			pt = point{gran: GranTime, t: pt.t, tod: tod}
		}
		return dayRange{first: absolute{pt: pt, mod: mod, fullDate: true}, days: max(0, end-day)}, true
	}
	return dayRange{first: yearless{month: mo, day: day, mod: mod, weekday: wd, tod: tod}, days: max(0, end-day)}, true
}

func readDayMonth(m *match) (meaning, bool) {
	mo, ok := monthWord(m.orig(3))
	if !ok {
		return nil, false
	}
	day, ok := parseDay(m.g(2))
	if !ok {
		return nil, false
	}
	// "3 March" needs the month's full name or a year: "5 Mar" is rare.
	if !m.has(4) && len(strings.TrimSuffix(m.g(3), ".")) <= 3 && m.g(3) != "may" {
		return nil, false
	}
	// Only an ordinal or "the" makes a day out of a bare number before
	// "May"/"March" ("3 May" could be "3 may ...").
	if (mo == 5 || mo == 3) && !m.has(4) && isDigit(m.g(2)[len(m.g(2))-1]) {
		return nil, false
	}
	wd := -1
	if m.has(1) {
		wd = weekdays[m.g(1)]
	}
	if m.has(4) {
		y, _ := parseInt(m.g(4))
		if !validDay(y, mo, day) {
			return nil, false
		}
		return absolute{pt: point{gran: GranDay, t: date(y, time.Month(mo), day)}, fullDate: true}, true
	}
	return yearless{month: mo, day: day, weekday: wd}, true
}

func readMonthYear(m *match) (meaning, bool) {
	mo, ok := monthWord(m.orig(2))
	if !ok {
		return nil, false
	}
	if a := m.after(2); len(a) == 2 && a[0] == '/' && isDigit(a[1]) {
		return nil, false // "April/January 1986/87": the year is a split year's
	}
	y, ok := parseInt(m.g(3))
	if !ok {
		y, ok = yearWords(m.g(3))
		if !ok {
			return nil, false
		}
	}
	return absolute{pt: point{gran: GranMonth, t: date(y, time.Month(mo), 1)}, mod: modOf(m.g(1))}, true
}

// monthContext are the words that make a bare "May" or "March" a month.
var monthContext = []string{"the", "in", "of", "since", "until", "till", "by", "from", "to", "through", "before",
	"after", "during", "last", "this", "next", "early", "late", "mid", "mid-", "and", "or", "between",
	"past", "coming", "throughout", "end", "beginning", "middle", "start", "each", "every", "into", "for"}

func readMonth(m *match) (meaning, bool) {
	mo, ok := monthWord(m.orig(3))
	if !ok {
		return nil, false
	}
	// "April 18" is a day, read by another rule.
	if a := strings.TrimLeft(m.after(4), " "); a != "" && isDigit(a[0]) && !m.has(4) {
		return nil, false
	}
	if mo == 5 || mo == 3 {
		// "May" and "March" alone are a modal and a verb unless a date
		// word leads in.
		prev := lastWord(m.before(20))
		if !m.has(1) && !m.has(2) && !m.has(4) && !contains(monthContext, prev) {
			return nil, false
		}
		// "the May Company", "the March Madness" are names.
		if prev == "the" && len(m.after(2)) == 2 && m.after(2)[0] == ' ' && m.s.text[m.Right+1] >= 'A' && m.s.text[m.Right+1] <= 'Z' {
			return nil, false
		}
	}
	y := yearless{month: mo, mod: modOf(m.g(1)), weekday: -1}
	switch m.g(2) {
	case "last", "this past", "past", "the past":
		y.dir = -1
	case "next", "this coming", "the coming", "coming":
		y.dir = 1
	case "this":
		y.this = true
	}
	if m.has(4) {
		shift := map[string]int{"last": -1, "this": 0, "next": 1}[m.g(4)]
		return yearShifted{month: mo, shift: shift, mod: y.mod}, true
	}
	return y, true
}

func readISODate(m *match) (meaning, bool) {
	y, _ := parseInt(m.g(1))
	mo, _ := parseInt(m.g(2))
	d, _ := parseInt(m.g(3))
	if !validDay(y, mo, d) {
		return nil, false
	}
	return absolute{pt: point{gran: GranDay, t: date(y, time.Month(mo), d)}, fullDate: true}, true
}

func readSlashDate(m *match) (meaning, bool) {
	mo, _ := parseInt(m.g(1))
	d, _ := parseInt(m.g(2))
	y, _ := parseInt(m.g(3))
	if len(m.g(3)) == 2 {
		// Two-digit years: 00-29 are this century, the rest the last.
		if y < 30 {
			y += 2000
		} else {
			y += 1900
		}
	}
	if mo > 12 && d <= 12 {
		mo, d = d, mo // day first: 25/12/2017
	}
	if !validDay(y, mo, d) {
		return nil, false
	}
	return absolute{pt: point{gran: GranDay, t: date(y, time.Month(mo), d)}, fullDate: true}, true
}

// dayRange is a date, or a range of days in one month ("June 7-8") when
// days > 0.
type dayRange struct {
	first meaning
	days  int
}

func (d dayRange) resolve(r *resolver) (result, bool) {
	res, ok := d.first.resolve(r)
	if !ok || d.days == 0 || res.iv.IsZero() {
		return res, ok
	}
	res.iv.End = res.iv.Start.AddDate(0, 0, d.days)
	res.isRange = true
	return res, true
}

// yearShifted is a month in a year given relative to the DCT: "June last
// year", "January this year".
type yearShifted struct {
	month, shift int
	mod          string
}

func (y yearShifted) resolve(r *resolver) (result, bool) {
	if !r.hasDCT {
		return result{typ: Date, value: "XXXX-" + pad2(y.month), mod: y.mod, relative: true, noAnchor: true}, true
	}
	res := pointResult(point{gran: GranMonth, t: date(r.dct.Year()+y.shift, time.Month(y.month), 1)}, true)
	res.mod = y.mod
	return res, true
}

// lastWord returns the last word of s (letters, digits, '-').
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t\n,")
	i := len(s)
	for i > 0 && (isLetter(s[i-1]) || isDigit(s[i-1]) || s[i-1] == '-') {
		i--
	}
	return s[i:]
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\n,")
	i := 0
	for i < len(s) && (isLetter(s[i]) || isDigit(s[i]) || s[i] == '-' || s[i] == '\'') {
		i++
	}
	return s[:i]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func readSeasonYear(m *match) (meaning, bool) {
	y, ok := parseInt(m.g(4))
	if !ok {
		if y, ok = yearWords(m.g(4)); !ok {
			return nil, false
		}
	}
	mod := modOf(m.g(1) + m.g(2))
	return absolute{pt: point{gran: GranSeason, t: seasonStart(seasonCode(m.g(3)), y)}, mod: mod}, true
}

// seasonLead are the words after which a bare season is a time.
var seasonLead = []string{"in", "into", "during", "by", "since", "until", "till", "through", "over", "this", "next",
	"last", "early", "late", "mid", "before", "after", "for", "throughout", "that", "past", "coming"}

// seasonDeterminers lead a bare season ("that summer", "this fall"),
// never one after "the".
var seasonDeterminers = []string{"that", "this", "next", "last", "past", "coming"}

func readSeason(m *match) (meaning, bool) {
	if next := firstWord(m.after(8)); next == "of" || next == "and" && m.g(4) == "fall" {
		return nil, false // "the fall of Saddam"
	}
	prev := lastWord(m.before(16))
	if !contains(seasonLead, prev) && !m.has(1) && !m.has(3) {
		return nil, false
	}
	if m.has(2) && !m.has(1) && !m.has(3) && contains(seasonDeterminers, prev) {
		return nil, false // "said that the fall was due to": "that" leads a bare season only
	}
	if m.g(4) == "fall" && !m.has(2) && !m.has(1) && !m.has(3) {
		return nil, false // "in fall" is rare; "fall" is mostly the verb
	}
	code := seasonCode(m.g(4))
	return yearless{month: seasonStartMonth(code), season: code, mod: modOf(m.g(1) + m.g(3)), weekday: -1}, true
}

func readWeekOf(m *match) (meaning, bool) {
	mo, ok := monthWord(m.orig(1))
	if !ok {
		return nil, false
	}
	d, ok := parseDay(m.g(2))
	if !ok {
		return nil, false
	}
	var day meaning = yearless{month: mo, day: d, weekday: -1}
	if m.has(3) {
		y, _ := parseInt(m.g(3))
		if !validDay(y, mo, d) {
			return nil, false
		}
		day = absolute{pt: point{gran: GranDay, t: date(y, time.Month(mo), d)}}
	}
	return weekOf{day: day}, true
}

// weekOf is the week that holds a day: "the week of March 6".
type weekOf struct{ day meaning }

func (w weekOf) resolve(r *resolver) (result, bool) {
	res, ok := w.day.resolve(r)
	if !ok || res.iv.IsZero() {
		return res, ok
	}
	return pointResult(point{gran: GranWeek, t: res.iv.Start}, res.relative), true
}

// readDayAnd reads the second day of "April 24 and 25": TimeML tags it on
// its own, in the month of the first ("April 24" is read by month-day).
func readDayAnd(m *match) (meaning, bool) {
	mo, ok := monthWord(m.orig(1))
	if !ok {
		return nil, false
	}
	d1, ok1 := parseDay(m.g(2))
	d2, ok2 := parseDay(m.g(3))
	if !ok1 || !ok2 || d2 <= d1 || !isDigit(m.g(3)[0]) {
		return nil, false
	}
	if a := m.after(3); len(a) > 1 && (a[0] == ',' && isDigit(a[len(a)-1]) || a[0] == '%') {
		return nil, false
	}
	m.setSpan(m.gstart(3), m.gend(3))
	return yearless{month: mo, day: d2, weekday: -1}, true
}

// readDotDate reads a day-first date with dots: 12.04.2017.
func readDotDate(m *match) (meaning, bool) {
	d, _ := parseInt(m.g(1))
	mo, _ := parseInt(m.g(2))
	y, _ := parseInt(m.g(3))
	if !validDay(y, mo, d) || strings.HasPrefix(m.after(2), ".") && len(m.after(2)) > 1 && isDigit(m.after(2)[1]) {
		return nil, false
	}
	return absolute{pt: point{gran: GranDay, t: date(y, time.Month(mo), d)}, fullDate: true}, true
}
