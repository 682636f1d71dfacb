package timex

import "strings"

// Words that point at the DCT itself, or at the past or future in general:
//
//	today | yesterday | tomorrow | tonight | late yesterday | yesterday morning
//	last night | this morning | the day before yesterday
//	now | right now | currently | current | these days     (PRESENT_REF)
//	recently | the past | in the past | lately               (PAST_REF)
//	the future | the near future | the near term            (FUTURE_REF)
func deicticRules() []*rule {
	return []*rule{
		newRule("today", cueDeictic, 8,
			`\b(?:(early|late|earlier|later)\s+)?(today|yesterday|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?\b`,
			readToday),
		newRule("this-morning", cueDayPart, 8,
			`\b(?:(early|late|earlier|later)\s+)?(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)\b`,
			readThisMorning),
		newRule("day-before-yesterday", cueDeictic, 9,
			`\b(?:the\s+)?day\s+(before\s+yesterday|after\s+tomorrow)\b`,
			func(m *match) (meaning, bool) {
				if strings.HasPrefix(m.g(1), "before") {
					return shifted{unit: GranDay, n: -2}, true
				}
				return shifted{unit: GranDay, n: 2}, true
			}),
		newRule("present-ref", cueRef|cueVague, 4,
			`\b(right now|just now|now|currently|current|these days|nowadays|at present|presently|at this time|at the present time|at the moment|this crucial moment|the present)\b`,
			readPresentRef),
		newRule("past-ref", cueRef, 4,
			`\b((?:more |most |until |only |very |just )?recently|lately|(?:the (?:recent |distant |not-too-distant |not too distant )?past)|in years past|once upon a time|the old days)\b`,
			readPastRef),
		newRule("future-ref", cueRef|cueVague, 4,
			`\b(future (?:years|quarters|months)|(?:the )?(?:near |distant |immediate |not-too-distant |not too distant )?future|the (?:near|short|long|medium)(?:er)? term|a later date)\b`,
			readFutureRef),
	}
}

// genericNow are the nouns after which "today's" means the present age:
// neither TimeBank nor AQUAINT tags "today's youth", "today's world" or
// "today's personal computers", while both tag "today's editions".
var genericNow = map[string]bool{
	"youth": true, "young": true, "world": true, "society": true, "generation": true, "generations": true,
	"children": true, "kids": true, "teenagers": true, "students": true, "families": true, "parents": true,
	"culture": true, "standards": true, "technology": true, "personal": true, "modern": true, "global": true,
	"economy": true, "politics": true, "climate": true, "environment": true, "age": true, "times": true,
}

// dayShift moves n days from the DCT, at a part of the day when tod is set.
func readToday(m *match) (meaning, bool) {
	if m.midCap(2) {
		return nil, false
	}
	// "today's youth", "in today's world": the present age, not a day.
	if m.g(2) == "today" && !m.has(1) && !m.has(3) && strings.HasPrefix(m.after(2), "'s") && genericNow[firstWord(m.after(24)[2:])] {
		return nil, false
	}
	n := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[m.g(2)]
	s := shifted{unit: GranDay, n: n, mod: modOf(m.g(1))}
	if m.g(1) == "earlier" || m.g(1) == "later" {
		s.mod = ""
	}
	if m.g(2) == "tonight" {
		s.tod = "NI"
	}
	if m.has(3) {
		s.tod = partOfDay[m.g(3)]
	}
	return s, true
}

func readThisMorning(m *match) (meaning, bool) {
	s := shifted{unit: GranDay, tod: partOfDay[m.g(3)], mod: modOf(m.g(1))}
	if m.g(1) == "earlier" || m.g(1) == "later" {
		s.mod = ""
	}
	switch m.g(2) {
	case "last":
		// "last night" is the night before the DCT; "last morning" is odd.
		if m.g(3) != "night" && m.g(3) != "evening" {
			return nil, false
		}
		s.n = -1
	case "yesterday":
		s.n = -1
	case "tomorrow":
		s.n = 1
	}
	return s, true
}

func readPresentRef(m *match) (meaning, bool) {
	w := m.g(1)
	if m.midCap(1) {
		return nil, false
	}
	next := firstWord(m.after(16))
	switch w {
	case "now":
		if strings.HasPrefix(m.after(1), "-") {
			return nil, false // "now-defunct"
		}
		// "Now, he says, ..." opening a sentence is a discourse marker, which
		// TimeML leaves untagged; "Now the alliance is ..." is the time.
		if m.orig(1) == "Now" && strings.HasPrefix(m.after(1), ",") && strings.Trim(m.before(4), " \t\n\"`'(") == "" {
			return nil, false
		}
	case "current":
		// "current" is PRESENT_REF as an adjective of time ("the current
		// system"), not in "current account" or as a noun ("the current").
		switch next {
		case "account", "accounts", "affairs", "events", "", "and", "of", "was", "is", "in":
			return nil, false
		}
		if lastWord(m.before(12)) == "the" && (next == "price" || next == "prices" || next == "yield" || next == "rate") {
			return fixed{typ: Date, value: "PRESENT_REF"}, true
		}
	case "the present":
		if next == "" || next == "day" {
			return fixed{typ: Date, value: "PRESENT_REF"}, true
		}
		return nil, false
	}
	return fixed{typ: Date, value: "PRESENT_REF"}, true
}

func readPastRef(m *match) (meaning, bool) {
	if strings.HasPrefix(m.g(1), "the ") && strings.HasSuffix(m.g(1), "past") {
		// "the past" needs to be the thing, not an adjective: "the past
		// week" is another rule, "the past president" is not a time.
		next := firstWord(m.after(16))
		if a := strings.TrimLeft(m.after(4), " "); a != "" && !isLetter(a[0]) {
			next = ""
		}
		if next != "" && next != "and" && next != "or" && next != "but" && next != "that" && next != "when" && next != "has" && next != "have" && next != "is" && next != "was" && next != "to" && next != "of" && next != "as" {
			return nil, false
		}
	}
	return fixed{typ: Date, value: "PAST_REF"}, true
}

func readFutureRef(m *match) (meaning, bool) {
	w := m.g(1)
	if strings.HasSuffix(w, "future") {
		next := firstWord(m.after(16))
		prev := lastWord(m.before(16))
		// "future" alone is an adjective ("future generations") unless a
		// preposition leads in ("in future").
		if !strings.Contains(w, " ") && prev != "in" && prev != "for" {
			return nil, false
		}
		if next == "of" && !strings.Contains(w, " ") {
			return nil, false
		}
	}
	return fixed{typ: Date, value: "FUTURE_REF"}, true
}
