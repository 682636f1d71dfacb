package timex

import (
	"strings"
	"time"
)

// Quarters, halves and the periods of financial reports:
//
//	the third quarter | third-quarter | the fourth quarter of 1990
//	the fiscal first quarter | this year's third quarter | 1990's first half
//	the first half | the quarter | the latest quarter | the current quarter
//	the year-ago quarter | year-earlier | the year-earlier period
//	the quarter a year ago | the 1988 period | fiscal 1989 | the fiscal year
func periodRules() []*rule {
	const ord = `(first|second|third|fourth|1st|2nd|3rd|4th|final)`
	return []*rule{
		newRule("quarter", cueOrdinal, 8,
			`\b(?:(the|this year's|last year's|next year's|(?:`+reYear+`)'s|(?:the )?`+reYear+`|the (?:comparable )?year-(?:ago|earlier))\s+)?(?:(fiscal|calendar)[\s-]+)?`+ord+`[\s-]+(?:fiscal[\s-]+)?(quarter|half|period)(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(`+reYear+`)|(this|last|next) year))?\b`,
			readQuarter).requires(cueQuarter),
		newRule("latest-quarter", cueQuarter, 7,
			`\b(the (?:comparable |corresponding |same )?(?:period|quarter) (?:a year (?:ago|earlier)|last year|of last year|of 19\d\d)|the (?:comparable |corresponding )?year-(?:ago|earlier) (?:quarter|period|year|half)|the (?:latest|current|most recent|recent|same|comparable|corresponding|just-ended|just-completed|previous|prior|latest fiscal|current fiscal|`+reYear+`)\s*(?:fiscal\s+)?(?:quarter|period|year|half)|the quarter|the (?:fiscal|full|calendar) year|(?:the )?year-(?:ago|earlier)|last year's (?:quarter|period)|the fiscal-first quarter)\b`,
			readLatestQuarter),
	}
}

func readQuarter(m *match) (meaning, bool) {
	det, ord, unit := m.g(1), m.g(3), m.g(4)
	// "the third-quarter loss": "the" belongs to the noun.
	if det == "the" && m.s.lower[m.gstart(4)-1] == '-' && !m.has(5) && !m.has(6) {
		m.trimLeft(m.gend(1))
	}
	n := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}[ord]
	if unit == "period" {
		return nil, false
	}
	if unit == "half" && n > 2 {
		if ord != "final" {
			return nil, false
		}
		n = 2
	}
	// "a second quarter" is rare; "the second half" of a game is not a
	// date, but in news it mostly is.
	g := GranQuarter
	month := 3*(n-1) + 1
	if unit == "half" {
		g, month = GranHalf, 6*(n-1)+1
	}
	year := 0
	shift, relYear := 0, false
	switch {
	case m.has(5):
		year, _ = parseInt(m.g(5))
	case m.has(6):
		relYear = true
		shift = map[string]int{"last": -1, "this": 0, "next": 1}[m.g(6)]
	case strings.HasPrefix(det, "this year"):
		relYear = true
	case strings.HasPrefix(det, "last year") || strings.Contains(det, "year-"):
		relYear, shift = true, -1
	case strings.HasPrefix(det, "next year"):
		relYear, shift = true, 1
	default:
		if y := strings.TrimPrefix(strings.TrimSuffix(det, "'s"), "the "); len(y) == 4 && isDigit(y[0]) {
			year, _ = parseInt(y)
		}
	}
	if year > 0 {
		return absolute{pt: point{gran: g, t: date(year, time.Month(month), 1)}}, true
	}
	if relYear {
		return quarterOfYear{gran: g, month: month, shift: shift}, true
	}
	return yearless{month: month, gran: g, weekday: -1}, true
}

// quarterOfYear is a quarter or half of a year relative to the DCT.
type quarterOfYear struct {
	gran         Granularity
	month, shift int
}

func (q quarterOfYear) resolve(r *resolver) (result, bool) {
	if !r.hasDCT {
		return result{typ: Date, value: "XXXX-" + periodCode(q.gran, q.month), relative: true, noAnchor: true}, true
	}
	return pointResult(point{gran: q.gran, t: date(r.dct.Year()+q.shift, time.Month(q.month), 1)}, true), true
}

// periodCode is Q1..Q4 or H1, H2 for a first month.
func periodCode(g Granularity, month int) string {
	if g == GranHalf {
		return "H" + itoa((month-1)/6+1)
	}
	return "Q" + itoa((month-1)/3+1)
}

func readLatestQuarter(m *match) (meaning, bool) {
	w := m.g(1)
	if strings.HasPrefix(m.after(1), "-") {
		return nil, false // "the quarter-to-quarter comparison"
	}
	if strings.HasSuffix(w, "year") && !strings.Contains(w, "year-") && endedPeriod(m) {
		return fixed{typ: Duration, value: "P1Y"}, true
	}
	// "the quarter ended Sept. 30": the quarter that holds that day.
	if (w == "the quarter" || w == "the latest quarter" || w == "the latest period") && endedPeriod(m) {
		f := strings.Fields(strings.TrimLeft(m.after(24), " ,"))
		if len(f) >= 2 {
			if mo := monthOf(f[1]); mo != 0 {
				q := (mo-1)/3*3 + 1
				return yearless{month: q, gran: GranQuarter, weekday: -1}, true
			}
		}
	}
	switch {
	case strings.Contains(w, "year-ago") || strings.Contains(w, "year-earlier") || strings.Contains(w, "a year") ||
		strings.Contains(w, "last year") || strings.Contains(w, "comparable") || strings.Contains(w, "corresponding") ||
		strings.Contains(w, "prior") || strings.Contains(w, "previous"):
		// The report's period, a year before.
		s := shifted{unit: GranYear, n: -1, quarterCtx: true}
		if strings.Contains(w, "previous") || strings.Contains(w, "prior") {
			if strings.Contains(w, "year") && !strings.Contains(w, "quarter") {
				return shifted{unit: GranYear, n: -1}, true
			}
			return shifted{unit: GranQuarter, n: -1, latest: true}, true
		}
		return s, true
	case strings.Contains(w, "fiscal year") || strings.Contains(w, "full year") || strings.Contains(w, "calendar year") || strings.HasSuffix(w, "current year"):
		return shifted{unit: GranYear}, true
	case strings.HasSuffix(w, "half"):
		return nil, false
	case strings.HasSuffix(w, "year"):
		if strings.Contains(w, "latest") {
			return shifted{unit: GranYear, n: -1}, true
		}
		return nil, false
	}
	if f := strings.Fields(w); len(f) >= 2 && len(f[1]) == 4 && isDigit(f[1][0]) {
		// "the 1988 period": the quarter of the report in that year.
		y, _ := parseInt(f[1])
		return yearQuarter{year: y}, true
	}
	if strings.Contains(w, "first") || strings.Contains(w, "second") || strings.Contains(w, "third") || strings.Contains(w, "fourth") {
		return nil, false
	}
	if strings.HasSuffix(w, "period") && !strings.Contains(w, "latest") && !strings.Contains(w, "recent") {
		return nil, false
	}
	if strings.Contains(w, "current") {
		return shifted{unit: GranQuarter}, true
	}
	return shifted{unit: GranQuarter, latest: true}, true
}

// yearQuarter is "the 1988 period": the quarter the report speaks of, in
// the year given.
type yearQuarter struct{ year int }

func (y yearQuarter) resolve(r *resolver) (result, bool) {
	if q, ok := r.reportQuarter(); ok {
		t := date(y.year, q.t.Month(), 1)
		res := pointResult(point{gran: GranQuarter, t: t}, true)
		res.noAnchor = true
		return res, true
	}
	return pointResult(point{gran: GranYear, t: date(y.year, 1, 1)}, false), true
}
