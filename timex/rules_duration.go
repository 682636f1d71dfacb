package timex

import (
	"fmt"
	"math"
	"strings"
)

// Lengths of time:
//
//	three years | 2 1/2 years | a couple of years | several months | a week
//	the past three months | the next two weeks | the first nine months
//	nearly forty years | more than four hours | at least 20 more years
//	two-week | 10-year | 16-hour | a minute and a half | half an hour
//	for years | within weeks | recent years
//
// Ages ("a 44-year-old", "52 years old") and rates ("$5 a year") are not
// durations.
func durationRules() []*rule {
	const unit = `(seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries|millennium|millennia|weekends?)`
	return []*rule{
		newRule("duration", cueUnit, 6,
			`\b(?:(the|a|an|its|their|his|her|each of the)\s+)?(?:(past|last|next|first|previous|coming|final|following|latest|remaining|prior|entire|whole|full)\s+)?(`+reNum+`)(?:\s+or\s+(?:so|more|two|three|\d+))?(?:\s*(?:to|-|–|or|and)\s*(\d[\d,]*|[a-z]+))?\s+(?:([a-z]+)\s+)?`+unit+`(\s+(?:old|of age|and a half))?\b`,
			readDuration),
		newRule("duration-adjective", cueHyphen, 7,
			`\b(\d+|[a-z]+)-(second|minute|hour|day|night|week|month|year|decade|century|quarter)(-(?:old|long))?\b`,
			readDurationAdjective),
		newRule("duration-long", cueHyphen, 7,
			`\b(day|week|month|year|hour|decade|days|weeks|months|years|hours|decades|centuries)-long\b`,
			func(m *match) (meaning, bool) {
				n := 1.0
				if strings.HasSuffix(m.g(1), "s") {
					n = -1
				}
				v, ok := durationValue(n, m.g(1))
				return fixed{typ: Duration, value: v}, ok
			}),
		newRule("duration-half", cueHalf, 7,
			`\b(half an? (?:hour|day|year|century|decade|minute|second)|an? (hour|day|year|minute|week|month|decade) and a half)\b`,
			readDurationHalf).requires(cueUnit),
		newRule("duration-bare", cuePlural, 3,
			`\b(for|within|in|over|after|took|take|takes|lasted|last|lasts|spent|spend|of|since|decades-long|recent|coming)\s+(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b`,
			readDurationBare),
		newRule("duration-the", cuePlural, 2,
			`\b(the (?:early |later |last |first |final |intervening |previous |past )?(?:days|weeks|months|years|decades|hours))\b`,
			readDurationThe),
		newRule("duration-ahead", cuePlural, 4,
			`\b(?:the\s+)?(?:coming|next few|upcoming)\s+(days|weeks|months|years|decades|quarters)\b|\bthe\s+(days|weeks|months|years|decades)\s+ahead\b`,
			func(m *match) (meaning, bool) {
				u := m.g(1) + m.g(2)
				v, ok := durationValue(-1, u)
				return fixed{typ: Duration, value: v}, ok
			}),
		newRule("duration-vague", cueVague, 2,
			`\b(?:for|in|after|within)\s+(some time|a while|a long time|a short time|a long while)\b`,
			readDurationVague),
	}
}

func readDurationVague(m *match) (meaning, bool) {
	m.setSpan(m.gstart(1), m.gend(1))
	return fixed{typ: Duration, value: map[string]string{"some time": "PXM", "a while": "PXX", "a long time": "PXX", "a short time": "PXX", "a long while": "PXX"}[m.g(1)]}, true
}

// durationUnit maps a unit word to its TIMEX3 letter and whether it is a
// time unit, and its length in the next smaller unit for fractions.
func durationUnit(w string) (letter string, isTime bool, ok bool) {
	w = strings.TrimSuffix(w, "s")
	switch w {
	case "second":
		return "S", true, true
	case "minute", "min":
		return "M", true, true
	case "hour", "hr":
		return "H", true, true
	case "day", "night":
		return "D", false, true
	case "week", "weekend":
		return "W", false, true
	case "fortnight":
		return "W", false, true
	case "month":
		return "M", false, true
	case "quarter":
		return "Q", false, true
	case "year", "yr":
		return "Y", false, true
	case "decade":
		return "E", false, true
	case "century", "centurie", "centuries":
		return "C", false, true
	case "millennium", "millennia":
		return "L", false, true
	}
	return "", false, false
}

// durationValue writes a TIMEX3 duration of n units ("P3Y", "PT5H30M",
// "P2Y6M"); n < 0 means unknown ("PXY").
func durationValue(n float64, unit string) (string, bool) {
	letter, isTime, ok := durationUnit(unit)
	if !ok {
		return "", false
	}
	u := strings.TrimSuffix(unit, "s")
	if u == "fortnight" && n >= 0 {
		n *= 2
	}
	if u == "weekend" && n >= 0 {
		return fmt.Sprintf("P%gD", 2*n), true
	}
	prefix := "P"
	if isTime {
		prefix = "PT"
	}
	if n < 0 {
		return prefix + "X" + letter, true
	}
	// Decades and centuries read better in years when counted.
	switch letter {
	case "E":
		return fmt.Sprintf("P%gY", n*10), true
	case "C":
		return fmt.Sprintf("P%gY", n*100), true
	}
	whole := math.Floor(n)
	frac := n - whole
	if frac < 1e-9 {
		return fmt.Sprintf("%s%d%s", prefix, int(whole), letter), true
	}
	// A fraction goes into the next smaller unit.
	var sub string
	var per float64
	switch letter {
	case "Y":
		sub, per = "M", 12
	case "M":
		if isTime {
			sub, per = "S", 60
		} else {
			sub, per = "D", 30
		}
	case "W":
		sub, per = "D", 7
	case "D":
		return fmt.Sprintf("PT%dH", int(math.Round(n*24))), true
	case "H":
		sub, per = "M", 60
	case "Q":
		return fmt.Sprintf("P%dM", int(math.Round(n*3))), true
	default:
		return fmt.Sprintf("%s%g%s", prefix, n, letter), true
	}
	s := prefix
	if whole > 0 {
		s += fmt.Sprintf("%d%s", int(whole), letter)
	}
	return s + fmt.Sprintf("%d%s", int(math.Round(frac*per)), sub), true
}

// durationMeaning builds the meaning of "[approx] num unit".
func durationMeaning(approx, num, unit string) (meaning, bool) {
	n, ok := parseNumber(num)
	if !ok {
		n = -1
	}
	v, ok := durationValue(n, unit)
	if !ok {
		return nil, false
	}
	return fixed{typ: Duration, value: v, mod: approxMod(approx)}, true
}

func readDuration(m *match) (meaning, bool) {
	det, rel, num, unit := m.g(1), m.g(2), m.g(3), m.g(6)
	// The word before the number and the one after it are read loosely
	// (the expression stays small and fast) and checked here.
	if rel != "" && !durationLeads[rel] {
		return nil, false
	}
	// "60 Minutes", "48 Hours": titles, not spans of time.
	if m.midCap(6) {
		return nil, false
	}
	// "24 hours a day" is a rate.
	if a := m.after(10); strings.HasPrefix(a, " a day") || strings.HasPrefix(a, " a week") || strings.HasPrefix(a, " a year") || strings.HasPrefix(a, " per ") {
		return nil, false
	}
	if m.has(5) && !postModifiers[m.g(5)] {
		return nil, false
	}
	// "a few", "a couple of", "a hundred" were split at the article;
	// "an additional year" took the modifier for the number.
	if (det == "a" || det == "an") && rel == "" {
		if _, ok := readQuantity(det + " " + num); ok {
			num, det = det+" "+num, ""
		} else if postModifiers[num] {
			num, det = det, ""
		}
	}
	if _, ok := readQuantity(num); !ok {
		return nil, false
	}
	if m.has(4) {
		if _, ok := readQuantity(m.g(4)); !ok {
			return nil, false
		}
	}
	// "over the past year", "just a few minutes", "about five hours": the
	// preposition or the adverb stays out of the span, as most of
	// TempEval's annotation draws it; its meaning goes into the mod.
	article := det
	if num == "a" || num == "an" {
		article = num
	}
	approx, mod := leadApprox(m, article)
	// "a six year span": the article stays out too.
	if (det == "a" || det == "an") && num != "" && (isDigit(num[0]) || cardinals[strings.Fields(num)[0]] > 1) {
		m.trimLeft(m.gend(1))
	}
	tail := m.g(7)
	if strings.Contains(tail, "old") || strings.Contains(tail, "age") {
		return nil, false // an age
	}
	if num == "the" {
		return nil, false
	}
	if det != "" && (num == "a" || num == "an") {
		return nil, false
	}
	plural := strings.HasSuffix(unit, "s") && !strings.HasSuffix(unit, "ss")
	// "a year" after a quantity is a rate: "$5 a year", "four flights a week".
	if num == "a" || num == "an" || num == "one" {
		prev := lastWord(m.before(24))
		if prev != "" && (isDigit(prev[0]) || strings.HasSuffix(m.before(24), "$")) {
			return nil, false
		}
		if rateWord(prev) {
			return nil, false
		}
		if num != "one" && plural {
			return nil, false
		}
	}
	if (num == "a" || num == "an") && rel != "" {
		return nil, false
	}
	// Words that are numbers in other senses: "some" and "many" need a
	// plural unit ("some time" is vague, "some day" is a date).
	if (num == "some" || num == "many" || num == "several" || num == "few" || num == "a few") && !plural {
		return nil, false
	}
	if unit == "second" || unit == "seconds" {
		// "a second" is often the ordinal: "a second time".
		if num == "a" {
			return nil, false
		}
	}
	if strings.HasPrefix(unit, "quarter") && num != "" && !plural && (num == "a" || num == "one") {
		return nil, false // "a quarter" of something
	}
	if strings.HasPrefix(unit, "night") && (num == "a" || num == "one") {
		return nil, false
	}
	// "will one day be" is some day in the future.
	if num == "one" && unit == "day" && det == "" && rel == "" && approx == "" {
		switch lastWord(m.before(12)) {
		case "will", "would", "could", "may", "might", "shall", "can":
			return fixed{typ: Date, value: "FUTURE_REF"}, true
		}
	}
	// A count that is clearly not a quantity of time: "1,200 hours of".
	// Keep it; TimeML annotates it.
	// "two to three weeks": TimeML keeps the first number.
	n, _ := readQuantity(num)
	// "the next 12 to 18 months": unknown number.
	if m.has(4) && strings.Contains(m.Text, " to ") && det != "" {
		n = -1
	}
	v, ok := durationValue(n, unit)
	if !ok {
		return nil, false
	}
	return fixed{typ: Duration, value: v, mod: mod}, true
}

// rateWord reports words after which "a year" is a rate, not a duration.
func rateWord(w string) bool {
	switch w {
	case "times", "once", "twice", "thrice", "percent", "million", "billion", "thousand", "hundred",
		"dollars", "cents", "barrels", "tons", "hours", "days", "miles", "flights", "trips", "visits",
		"meals", "calls", "interviews", "seats", "people", "cases", "sold", "earned", "earns", "earn",
		"costs", "cost", "pay", "paid", "makes", "made", "grow", "grows", "grew", "rise", "rises", "rose",
		"fall", "falls", "fell", "units", "games", "shifts", "servings", "doses", "cigarettes", "rate":
		return true
	}
	return false
}

func readDurationAdjective(m *match) (meaning, bool) {
	if m.g(3) == "-old" {
		return nil, false // an age: "a 44-year-old"
	}
	num := m.g(1)
	if num == "multi" {
		num = "several"
	}
	n, ok := readQuantity(num)
	if !ok {
		return nil, false
	}
	v, ok := durationValue(n, m.g(2))
	if !ok {
		return nil, false
	}
	// "day-long", "a one-day" keep "-long" in the span.
	return fixed{typ: Duration, value: v}, true
}

func readDurationHalf(m *match) (meaning, bool) {
	w := m.g(1)
	var unit string
	n := 0.5
	if strings.HasPrefix(w, "half") {
		unit = strings.Fields(w)[2]
	} else {
		unit = m.g(2)
		n = 1.5
	}
	v, ok := durationValue(n, unit)
	if !ok {
		return nil, false
	}
	return fixed{typ: Duration, value: v}, true
}

func readDurationBare(m *match) (meaning, bool) {
	lead, unit := m.g(1), m.g(2)
	if lead == "of" {
		// "years of war" is a length of time, "the first of years" is not.
		prev := lastWord(m.before(12))
		if prev != "matter" && prev != "decades" && prev != "hundreds" && prev != "thousands" {
			return nil, false
		}
	}
	if lead == "recent" || lead == "coming" {
		v, _ := durationValue(-1, unit)
		// "in recent years" reads as the past in TimeML more often than
		// not; "recent weeks/months" as spans.
		if lead == "recent" && (unit == "years" || unit == "days") {
			return fixed{typ: Date, value: "PAST_REF"}, true
		}
		if lead == "coming" && unit != "weeks" {
			return fixed{typ: Date, value: "FUTURE_REF"}, true
		}
		return fixed{typ: Duration, value: v}, true
	}
	if lead == "decades-long" {
		return fixed{typ: Duration, value: "PXE"}, true
	}
	// Tag only the unit: "for years" is "years".
	m.setSpan(m.gstart(2), m.gend(2))
	v, _ := durationValue(-1, unit)
	return fixed{typ: Duration, value: v}, true
}

func readDurationThe(m *match) (meaning, bool) {
	w := m.g(1)
	f := strings.Fields(w)
	unit := f[len(f)-1]
	// "the days" alone is rarely a time expression; keep "the years" and
	// qualified ones.
	if len(f) == 2 && unit != "years" {
		return nil, false
	}
	next := firstWord(m.after(12))
	if next == "of" && len(f) == 3 {
		next = ""
	}
	if next == "of" || next == "when" || next == "that" || next == "before" || next == "after" || next == "since" || next == "following" || next == "leading" {
		return nil, false
	}
	v, _ := durationValue(-1, unit)
	return fixed{typ: Duration, value: v}, true
}

// durationLeads come between the article and the number: "the past three
// months".
var durationLeads = map[string]bool{
	"past": true, "last": true, "next": true, "first": true, "previous": true, "coming": true,
	"final": true, "following": true, "latest": true, "ensuing": true, "remaining": true,
	"subsequent": true, "initial": true, "prior": true, "early": true, "other": true, "entire": true,
	"whole": true, "full": true, "same": true,
}

// postModifiers come between a number and its unit: "two more weeks".
var postModifiers = map[string]bool{
	"more": true, "additional": true, "straight": true, "consecutive": true, "full": true, "long": true,
	"trading": true, "business": true, "working": true, "calendar": true, "extra": true, "further": true,
	"successive": true, "separate": true, "other": true,
}

// approxPhrases are the modifiers of a quantity, longest first.
var approxPhrases = []string{"a little more than", "no more than", "not more than", "no less than",
	"more than", "less than", "fewer than", "at least", "at most", "up to", "just over", "just under",
	"well over", "close to", "as long as", "as many as", "as much as", "approximately", "roughly",
	"nearly", "almost", "about", "around", "some", "over", "under", "only", "just", "barely"}

// leadApprox finds the quantity modifier just before the match ("nearly",
// "more than") and returns it with its TIMEX3 mod. Those that TempEval's
// annotation mostly keeps in the span ("nearly forty years", "more than
// four hours", "at least 30 days", "over a week") are added to the match;
// the others ("about five hours", "almost two years", "over three years")
// stay out.
func leadApprox(m *match, det string) (string, string) {
	b := m.before(24)
	if !strings.HasSuffix(b, " ") {
		return "", ""
	}
	b = b[:len(b)-1]
	for _, p := range approxPhrases {
		if !strings.HasSuffix(b, p) || len(b) > len(p) && isWordByte(b[len(b)-len(p)-1]) {
			continue
		}
		mod := approxMod(p)
		switch p {
		case "up to", "no more than", "at most", "not more than":
			mod = "EQUAL_OR_LESS"
		case "at least", "no less than":
			mod = "EQUAL_OR_MORE"
		}
		keep := true
		switch p {
		case "over", "under":
			keep = det == "a" || det == "an"
		case "about", "almost", "just", "only", "barely", "some", "as long as", "as many as", "as much as":
			keep = false
		case "just over", "just under":
			// "just over an hour": "over" is part of the quantity.
			m.setSpan(m.Left-len(p)-1+len("just "), m.Right)
			keep = false
		}
		if keep {
			m.setSpan(m.Left-len(p)-1, m.Right)
		}
		return p, mod
	}
	return "", ""
}

// trimApprox reads the quantity modifier in group i ("about", "nearly",
// "more than") into a TIMEX3 mod, and moves the start of the match past
// the modifiers that TempEval's annotation mostly leaves out of the span:
// "about", "almost", "just", "only", "barely", and "over" when a
// determiner follows ("over the past year"; "over a week" keeps it).
func trimApprox(m *match, i int, det string) string {
	approx := m.g(i)
	mod := approxMod(approx)
	switch approx {
	case "up to", "no more than", "at most", "not more than":
		mod = "EQUAL_OR_LESS"
	case "at least", "no less than":
		mod = "EQUAL_OR_MORE"
	case "over", "under":
		// "over a week" is the span; "over three years", "over the past
		// year" are a preposition and the span.
		if det != "a" && det != "an" {
			m.trimLeft(m.gend(i))
		}
	case "only", "just", "some", "about", "almost", "just over", "just under", "barely":
		m.trimLeft(m.gend(i))
	}
	return mod
}
