package timex

import (
	"strings"
)

// Calendar units counted from the DCT or from the last date the text
// established:
//
//	last week | this year | next month | the past year | this summer
//	earlier this year | later this month | early next week | late last year
//	the end of this week | the following year | that year | the same day
//	the next day | two years ago | a year earlier | two days later
//	the weekend | over the weekend | year-end
func relativeRules() []*rule {
	const units = `(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal year|calendar year|season|half)`
	const lead = `(?:(early|late|earlier|later|sometime|mid|the (?:beginning|start|end|middle|rest|remainder|balance|close) of|(?:the )?(?:first|second|last|latter) half of)[\s-]*)?`
	return []*rule{
		newRule("unit-relative", cueUnit|cueSeason, 7,
			`\b`+lead+`(last|this|next|this past|this coming|the coming|coming|the past|past|the current|current|the previous|previous|the following|following|the next|that|that same|the same|the latest|latest|the prior|the last|the upcoming|upcoming|the present|the new)\s+`+units+`(?:\s+or\s+so)?\b`,
			readUnitRelative).requires(cueRel | cueRef),
		newRule("the-unit", cueUnit, 5,
			`\b`+lead+`(the|its|this)\s+(week|month|year|day|weekend)\b`,
			readTheUnit),
		newRule("unit-ago", cueAgo, 8,
			`\b(?:(about|around|nearly|almost|some|roughly|approximately|more than|less than|just over|just|only|over|barely|at least)\s+)?(`+reNum+`)\s+(?:more\s+)?(days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|quarters?|weekends?)(?:\s+or\s+(?:so|two|more))?\s+(ago|earlier|later|before|after|from now|hence|back)\b`,
			readUnitAgo).requires(cueUnit),
		newRule("unit-ago-bare", cueAgo, 7,
			`\b(days|weeks|months|years|decades|moments|hours|minutes)\s+(ago|earlier|later)\b`,
			readUnitAgoBare).requires(cuePlural),
		newRule("year-end", cueEnd, 7,
			`\b(?:(around)\s+)?(year-end|year end|year's end|the end of (?:the|this) year)\b`,
			readYearEnd),
		newRule("the-day-after", cueUnit|cueDayPart, 8,
			`\b(the (?:next|following|previous|same|preceding) (?:day|morning|night|evening|afternoon)|that (?:same )?(?:day|morning|night|evening|afternoon)|earlier (?:that|the same) day|later (?:that|the same) day)\b`,
			readTheDayAfter).requires(cueRel),
	}
}

// shifted is a calendar unit counted from the DCT, or from the narrative
// anchor when narrative is set.
type shifted struct {
	unit      Granularity // the unit moved by
	n         int         // how many units
	gran      Granularity // granularity of the value; unit when empty
	narrative bool
	mod       string
	tod       string // a part of the day: "last night"
	weekend   bool
	byTense   bool // the weekend: the last one, or the next one if future
	// quarterCtx: "a year ago" in an earnings report is the quarter last
	// spoken of, a year before.
	quarterCtx bool
	// latest: "the latest quarter", the last one completed.
	latest bool
	// fuzzy: "a few years ago" has no exact value.
	fuzzy bool
	// keepGran: "a year earlier" than a day is a day; than a quarter, a
	// quarter.
	keepGran bool
}

func (s shifted) resolve(r *resolver) (result, bool) {
	gran := s.gran
	if gran == "" {
		gran = s.unit
	}
	var base point
	switch {
	case s.narrative && s.unit == GranDay && s.tod == "" && !s.fuzzy && !r.noNarrative && r.hasAnchor && r.anchor.gran == GranMonth:
		// "gunned down last October ... crossed out that same day": a
		// day of the month the text last named, which one unknown.
		return result{typ: Date, value: r.anchor.value() + "-XX", mod: s.mod, iv: r.anchor.interval(), relative: true, noAnchor: true}, true
	case s.narrative:
		a, ok := r.narrative()
		if s.unit == GranDay || s.unit == GranTime {
			a, ok = r.narrativeDay()
		}
		if !ok {
			return s.placeholder(), true
		}
		// "the week" after "in 1993" cannot be a week of the year the
		// text named: the article's week it is, in news; and "the
		// previous week" after "last year" the week before the article's.
		if rank(a.gran) > rank(s.unit) && s.unit != GranYear && !s.keepGran {
			if !r.hasDCT {
				return s.placeholder(), true
			}
			a = dayPoint(r.dct)
		}
		base = a
		// "a year earlier" than a quarter is that quarter a year before.
		if s.n != 0 && a.gran == GranQuarter && s.unit == GranYear {
			gran = GranQuarter
		}
		if s.keepGran && rank(a.gran) < rank(gran) && a.gran != GranTime {
			gran = a.gran
		}
	case s.quarterCtx && r.hasQuarter:
		base, _ = r.reportQuarter()
		gran = GranQuarter
	case !r.hasDCT:
		return s.placeholder(), true
	default:
		base = dayPoint(r.dct)
	}
	if s.fuzzy {
		if s.n < 0 {
			return result{typ: Date, value: "PAST_REF", noAnchor: true}, true
		}
		return result{typ: Date, value: "FUTURE_REF", noAnchor: true}, true
	}
	n := s.n
	if s.byTense {
		// The weekend: the one of the DCT's week when the DCT is in it or
		// the text speaks of the future, else the one before.
		wd := int(base.t.Weekday())
		if r.tense() != tenseFuture && wd != 0 && wd != 6 {
			n = -1
		} else {
			n = 0
		}
	}
	if s.latest {
		// The quarter the report is about.
		if q, ok := r.reportQuarter(); ok {
			base, n = q, 0
		}
	}
	p := base.coarsen(gran)
	if gran == GranTime || gran == GranDay {
		p = point{gran: gran, t: base.t}
	}
	p = p.shift(s.unit, n)
	if s.tod != "" {
		p = point{gran: GranTime, t: p.t, tod: s.tod}
	}
	if s.weekend {
		p.weekend = true
	}
	res := pointResult(p, true)
	res.mod = s.mod
	// A comparison with a year before does not move the narrative.
	res.noAnchor = s.quarterCtx || s.narrative && s.unit == GranYear && s.n < 0 && gran == GranQuarter
	return res, true
}

// placeholder is the value of a shifted unit when there is no anchor.
func (s shifted) placeholder() result {
	v := map[Granularity]string{GranDay: "XXXX-XX-XX", GranWeek: "XXXX-WXX", GranMonth: "XXXX-XX",
		GranQuarter: "XXXX-QX", GranYear: "XXXX", GranDecade: "XXX", GranCentury: "XX", GranSeason: "XXXX-XX", GranHalf: "XXXX-HX"}[s.unit]
	if s.weekend {
		v = "XXXX-WXX-WE"
	}
	if s.tod != "" {
		v += "T" + s.tod
	}
	typ := Date
	if s.tod != "" {
		typ = Time
	}
	return result{typ: typ, value: v, mod: s.mod, relative: true, noAnchor: true}
}

// unitGran maps a unit word to its granularity.
func unitGran(w string) (Granularity, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "'")
	switch w {
	case "day", "night":
		return GranDay, true
	case "week", "weekend", "fortnight":
		return GranWeek, true
	case "month":
		return GranMonth, true
	case "quarter":
		return GranQuarter, true
	case "year", "fiscal year", "calendar year", "yr", "season":
		return GranYear, true
	case "decade":
		return GranDecade, true
	case "century", "centurie":
		return GranCentury, true
	case "spring", "summer", "fall", "autumn", "winter":
		return GranSeason, true
	case "half":
		return GranHalf, true
	case "hour", "minute", "second":
		return GranTime, true
	}
	return "", false
}

// seasonCode maps a season word to its TIMEX3 code.
func seasonCode(w string) string {
	switch w {
	case "spring", "springtime":
		return "SP"
	case "summer", "summertime":
		return "SU"
	case "fall", "autumn":
		return "FA"
	case "winter", "wintertime":
		return "WI"
	}
	return ""
}

func readUnitRelative(m *match) (meaning, bool) {
	lead, rel, unit := m.g(1), m.g(2), m.g(3)
	if m.midCap(2) || m.midCap(3) {
		return nil, false // a name: ABC's "This Week"
	}
	if strings.HasPrefix(m.after(1), "-") {
		return nil, false // "the quarter-to-quarter"
	}
	mod := modOf(lead)
	if lead == "earlier" || lead == "later" {
		mod = ""
	}
	// "the past year" and "the next two weeks" read as spans when a number
	// follows; here the unit is singular, so they are dates.
	s := shifted{mod: mod}
	if code := seasonCode(unit); code != "" {
		y := yearless{month: seasonStartMonth(code), season: code, mod: mod, weekday: -1}
		switch rel {
		case "last", "this past", "the past", "past", "the previous", "previous", "the last":
			y.dir = -1
		case "next", "this coming", "the coming", "coming", "the following", "following", "the next", "the upcoming", "upcoming":
			y.dir = 1
		default:
			y.this = true
		}
		return y, true
	}
	g, ok := unitGran(unit)
	if !ok {
		return nil, false
	}
	s.unit = g
	if unit == "weekend" {
		s.unit, s.weekend = GranWeek, true
	}
	switch rel {
	case "last", "this past", "the past", "past", "the last", "the prior":
		s.n = -1
	case "this", "the current", "current", "the present":
		s.n = 0
	case "next", "this coming", "the coming", "coming", "the upcoming", "upcoming", "the new":
		s.n = 1
	case "the previous", "previous":
		s.n, s.narrative = -1, true
	case "the following", "following", "the next":
		s.n, s.narrative = 1, true
	case "that", "that same", "the same":
		s.n, s.narrative = 0, true
	case "the latest", "latest":
		if g != GranQuarter && g != GranYear && g != GranMonth {
			return nil, false
		}
		s.latest = g == GranQuarter
		s.n = -1
	}
	if unit == "half" {
		return nil, false // "the first half" is a period rule
	}
	// "the past week" in "over the past week" reads as a date, as TimeML
	// annotates it; "the next week" (narrative) likewise.
	return s, true
}

func seasonStartMonth(code string) int {
	return map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
}

// readTheUnit reads "the week", "the month", "the year", "this week" and
// "the weekend": the unit of the date the text last established, "this"
// the DCT's.
func readTheUnit(m *match) (meaning, bool) {
	lead, det, unit := m.g(1), m.g(2), m.g(3)
	if m.midCap(2) || m.midCap(3) {
		return nil, false
	}
	mod := modOf(lead)
	if lead == "earlier" || lead == "later" {
		mod = ""
	}
	if unit == "weekend" {
		return shifted{unit: GranWeek, weekend: true, byTense: det == "the", mod: mod}, true
	}
	g, _ := unitGran(unit)
	if unit == "day" {
		// "the day" alone is rarely a date; keep "the end of the day".
		if lead == "" {
			return nil, false
		}
		return shifted{unit: GranDay, narrative: true, mod: mod}, true
	}
	// "the year-ago" is another rule.
	if strings.HasPrefix(m.after(1), "-") {
		return nil, false
	}
	if endedPeriod(m) {
		return fixed{typ: Duration, value: "P1" + map[Granularity]string{GranYear: "Y", GranMonth: "M", GranWeek: "W", GranDay: "D"}[g]}, true
	}
	if det == "this" || det == "the" && g == GranYear {
		return shifted{unit: g, mod: mod}, true
	}
	if det == "its" && lead == "" {
		return nil, false
	}
	return shifted{unit: g, narrative: true, mod: mod}, true
}

func readUnitAgo(m *match) (meaning, bool) {
	approx, num, unit, dir := m.g(1), m.g(2), m.g(3), m.g(4)
	g, ok := unitGran(unit)
	if !ok {
		return nil, false
	}
	s := shifted{unit: g}
	if g == GranTime {
		return nil, false // "two hours ago": a time we cannot place
	}
	n, ok := readQuantity(num)
	if !ok {
		return nil, false
	}
	if n < 0 || n != float64(int(n)) {
		s.fuzzy = true
		n = 1
	}
	switch dir {
	case "ago", "back":
		s.n = -int(n)
	case "from now", "hence":
		s.n = int(n)
	case "earlier", "before":
		s.n, s.narrative, s.keepGran = -int(n), true, true
	case "later", "after":
		s.n, s.narrative, s.keepGran = int(n), true, true
	}
	if dir == "before" || dir == "after" {
		// "two days before the vote": TimeML tags the span as a duration.
		trimApprox(m, 1, "")
		if approx == "" {
			approx, _ = leadApprox(m, "")
		}
		m.setSpan(m.Left, m.gstart(4))
		for m.Right > m.Left && m.s.lower[m.Right-1] == ' ' {
			m.Right--
		}
		m.setSpan(m.Left, m.Right)
		return durationMeaning(approx, num, unit)
	}
	if g == GranDecade {
		s.unit, s.n, s.gran = GranYear, s.n*10, GranYear
	}
	if g == GranCentury {
		s.unit, s.n, s.gran = GranYear, s.n*100, GranYear
	}
	if g == GranYear && s.n == -1 && dir == "ago" {
		s.quarterCtx = true
	}
	s.mod = approxMod(approx)
	return s, true
}

func readUnitAgoBare(m *match) (meaning, bool) {
	g, ok := unitGran(m.g(1))
	if !ok {
		return nil, false
	}
	if m.g(2) == "ago" {
		return fixed{typ: Date, value: "PAST_REF"}, true
	}
	_ = g
	return nil, false
}

// approxMod maps a quantity's modifier to a TIMEX3 mod.
func approxMod(s string) string {
	switch s {
	case "about", "around", "some", "roughly", "approximately":
		return "APPROX"
	case "nearly", "almost", "less than", "barely", "just under":
		return "LESS_THAN"
	case "more than", "over", "just over", "at least":
		return "MORE_THAN"
	}
	return ""
}

func readYearEnd(m *match) (meaning, bool) {
	// "year-end" is read as the last day of the year; "the end of the
	// year" as the year, with mod END.
	return yearEnd{day: m.g(2) == "year-end", since: lastWord(m.before(12)) == "since"}, true
}

// yearEnd is the end of the DCT's year, or of the year before when the
// text looks back ("since year-end").
type yearEnd struct{ day, since bool }

func (y yearEnd) resolve(r *resolver) (result, bool) {
	if !r.hasDCT {
		if y.day {
			return result{typ: Date, value: "XXXX-12-31", relative: true, noAnchor: true}, true
		}
		return result{typ: Date, value: "XXXX", mod: "END", relative: true, noAnchor: true}, true
	}
	year := r.dct.Year()
	if y.since || r.tense() == tensePast && r.dct.Month() < 10 {
		year--
	}
	if !y.day {
		res := pointResult(point{gran: GranYear, t: date(year, 1, 1)}, true)
		res.mod, res.noAnchor = "END", true
		return res, true
	}
	res := pointResult(point{gran: GranDay, t: date(year, 12, 31)}, true)
	res.noAnchor = true
	return res, true
}

func readTheDayAfter(m *match) (meaning, bool) {
	w := m.g(1)
	s := shifted{unit: GranDay, narrative: true}
	switch {
	case strings.Contains(w, "next") || strings.Contains(w, "following") || strings.Contains(w, "after"):
		s.n = 1
	case strings.Contains(w, "previous") || strings.Contains(w, "preceding") || strings.Contains(w, "before"):
		s.n = -1
	}
	for _, p := range []string{"morning", "night", "evening", "afternoon"} {
		if strings.HasSuffix(w, p) {
			s.tod = partOfDay[p]
		}
	}
	return s, true
}

// endedPeriod reports "the year ended Sept. 30", "the quarter ending
// tomorrow": a period measured up to a date, which TimeML calls a span.
func endedPeriod(m *match) bool {
	switch firstWord(m.after(16)) {
	case "ended", "ending", "ends", "end":
		return true
	case "that", "which":
		w := words(m.after(24))
		return len(w) > 1 && (w[1] == "ended" || w[1] == "ends")
	}
	return false
}
