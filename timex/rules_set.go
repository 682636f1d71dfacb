package timex

import "strings"

// Recurring times (TIMEX3 sets):
//
//	daily | weekly | monthly | hourly | every day | each year | every Monday
//	each July | every two years | every other week | twice a year
func setRules() []*rule {
	return []*rule{
		newRule("set-adverb", cueSetAdverb, 5,
			`\b(daily|weekly|monthly|hourly|nightly|biweekly|bi-weekly|semiannually|yearly)\b`,
			readSetAdverb),
		newRule("set-every", cueEvery, 7,
			`\b(every|each)\s+(?:(other|second|single)\s+)?(?:(`+reSmallNum+`)\s+)?(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|`+reWeekday+`|january|february|march|april|may|june|july|august|september|october|november|december)\b`,
			readSetEvery),
		newRule("set-times", cueTimes, 6,
			`\b(once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|night|week|month|quarter|year|decade)\b`,
			readSetTimes),
	}
}

func readSetAdverb(m *match) (meaning, bool) {
	v := map[string]string{"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "bi-weekly": "P2W",
		"monthly": "P1M", "hourly": "PT1H", "semiannually": "P6M", "yearly": "P1Y"}[m.g(1)]
	return fixed{typ: Set, value: v}, true
}

func readSetEvery(m *match) (meaning, bool) {
	other, num, unit := m.g(2), m.g(3), m.g(4)
	if wd, ok := weekdays[unit]; ok && len(unit) > 3 {
		return fixed{typ: Set, value: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
	}
	if mo := monthOf(unit); mo != 0 && len(unit) > 3 {
		if o := m.orig(4); o == "" || o[0] < 'A' || o[0] > 'Z' {
			return nil, false
		}
		return fixed{typ: Set, value: "XXXX-" + pad2(mo)}, true
	}
	if tod, ok := partOfDay[unit]; ok {
		return fixed{typ: Set, value: "XXXX-XX-XXT" + tod}, true
	}
	if code := seasonCode(unit); code != "" {
		return fixed{typ: Set, value: "XXXX-" + code}, true
	}
	n := 1.0
	if num != "" {
		var ok bool
		if n, ok = parseNumber(num); !ok {
			n = -1
		}
	}
	if other == "other" || other == "second" {
		n = 2
	}
	if strings.HasSuffix(unit, "s") && num == "" && unit != "centuries" {
		return nil, false // "each days" is not English; "every years" neither
	}
	v, ok := durationValue(n, unit)
	if !ok {
		return nil, false
	}
	return fixed{typ: Set, value: v}, true
}

func readSetTimes(m *match) (meaning, bool) {
	if f := strings.Fields(m.g(1)); len(f) == 2 {
		if _, ok := readQuantity(f[0]); !ok {
			return nil, false
		}
	}
	v, ok := durationValue(1, m.g(2))
	if !ok {
		return nil, false
	}
	return fixed{typ: Set, value: v}, true
}
