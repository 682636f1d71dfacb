package timex

import (
	"strconv"
	"strings"
	"time"
)

// Years, decades and centuries written out:
//
//	1998 | in 1998 | mid-1996 | early 1990 | the end of 1990 | fiscal 1989
//	the 1990s | the late 1970s | the '80s | the nineties | the mid-1990s
//	the 20th century | the eleventh century | nineteen ninety-six
//	the year two thousand | end-1986 | 1985/86 (two years)
func yearRules() []*rule {
	const mods = `(?:(early|late|mid|end-|the (?:beginning|start|end|middle|turn) of|(?:the )?(?:first|second|last|latter) half of|(?:the )?(?:early|late) part of|a good part of)[\s-]*)?`
	return []*rule{
		newRule("year", cueYear, 5,
			`\b`+mods+`(?:(fiscal|fy|the year|calendar|model year)[\s-]*)?(`+reYear+`)(\s+(?:or later|and beyond|or earlier))?`,
			readYear),
		// "1985/86": a fiscal or crop year over two calendar years.
		newRule("split-year", cueYear, 9,
			`\b(1[0-9]{3}|20[0-9]{2})/([0-9]{2})\b`,
			readSplitYear),
		newRule("decade", cueDecade, 6,
			`\b(?:the\s+)?`+mods+`(?:the\s+)?(?:(1[0-9]|20)?([0-9])0'?s|'([0-9])0'?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`,
			readDecade),
		newRule("century", cueCentury, 6,
			`\b(?:the\s+)?`+mods+`(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty first)[\s-]+century\b`,
			readCentury),
		newRule("year-words", cueYearWord, 6,
			`\b(?:(?:the )?year\s+)?(nineteen[- ](?:hundred|oh[- ][a-z]+|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?)\b`,
			readYearWords),
	}
}

// yearNotAfter are words that make a preceding four-digit number a count.
var yearNotAfter = []string{"people", "persons", "troops", "soldiers", "men", "women", "children",
	"shares", "dollars", "pounds", "yen", "marks", "francs", "tons", "tonnes", "feet", "foot", "meters",
	"metres", "miles", "kilometers", "km", "points", "workers", "employees", "jobs", "cars", "units",
	"barrels", "acres", "hectares", "votes", "cases", "members", "students", "residents", "deaths",
	"killed", "dead", "died", "refugees", "prisoners", "homes", "houses", "rooms", "seats", "percent",
	"copies", "calories", "pages", "words", "years", "days", "hours", "minutes", "times", "stores",
	"ounces", "lbs", "kg", "degrees", "mph", "am", "pm", "a.m.", "p.m.", "gmt", "local", "hrs", "hours",
	"bc", "plus", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "utc"}

// yearLike reports whether a word is a year of four digits, perhaps with
// a trailing comma or period: "from 1985 to 1990".
func yearLike(w string) bool {
	w = strings.TrimRight(w, ",.")
	if len(w) != 4 {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1000 && y <= 2100
}

func readYear(m *match) (meaning, bool) {
	y, _ := parseInt(m.g(3))
	prefix := m.g(2)
	if !m.has(1) && prefix == "" {
		// A bare number: check what is around it.
		b := m.before(12)
		if strings.HasSuffix(b, "$") || strings.HasSuffix(b, "#") || strings.HasSuffix(b, "-") ||
			strings.HasSuffix(b, ".") || strings.HasSuffix(b, ",") && len(b) >= 2 && isDigit(b[len(b)-2]) ||
			strings.HasSuffix(b, "/") || strings.HasSuffix(b, ":") {
			return nil, false
		}
		a := m.after(12)
		if strings.HasPrefix(a, "%") || strings.HasPrefix(a, ",") && len(a) > 1 && isDigit(a[1]) ||
			strings.HasPrefix(a, ".") && len(a) > 1 && isDigit(a[1]) || strings.HasPrefix(a, "-") && len(a) > 1 && isDigit(a[1]) ||
			strings.HasPrefix(a, ":") || strings.HasPrefix(a, "/") || strings.HasPrefix(a, "s") ||
			strings.HasPrefix(a, "'s") && false {
			return nil, false
		}
		prev := lastWord(b)
		next := firstWord(a)
		if contains(yearNotAfter, next) {
			return nil, false
		}
		// Numbers before "more", "of the" are counts: "1500 of the".
		if next == "of" || next == "more" || next == "to" && (y < 1900 || y > 2030) {
			return nil, false
		}
		if (prev == "about" || prev == "some" || prev == "than" || prev == "nearly" || prev == "almost" ||
			prev == "approximately" || prev == "roughly" || prev == "over" || prev == "no" || prev == "number" ||
			prev == "flight" || prev == "room" || prev == "route" || prev == "highway" || prev == "resolution" ||
			prev == "chapter" || prev == "section" || prev == "page") && (y < 1900 || y > 2030) {
			return nil, false
		}
		if contains([]string{"no", "nos", "flight", "route", "room", "highway", "interstate", "resolution", "model", "channel", "page", "box", "suite", "code"}, prev) {
			return nil, false
		}
		// "fell 508 points to 1738", "up 12 cents at 1950": a level.
		if prev == "to" || prev == "at" {
			if ws := strings.Fields(m.before(40)); len(ws) >= 2 {
				if w := strings.ToLower(ws[len(ws)-2]); contains(levelWords, w) || w != "" && isDigit(w[0]) && !yearLike(w) {
					return nil, false
				}
			}
		}
		if y < 1500 && !contains([]string{"in", "since", "of", "from", "until", "by", "before", "after", "year", "around", "circa", "c", "ad"}, prev) {
			return nil, false
		}
	}
	mod := modOf(m.g(1))
	if strings.Contains(m.g(1), "turn") {
		mod = "APPROX"
	}
	pt := point{gran: GranYear, t: date(y, 1, 1)}
	g1 := m.g(1)
	switch {
	case strings.Contains(g1, "half of"):
		h := 1
		if !strings.Contains(g1, "first") {
			h = 2
		}
		pt = point{gran: GranHalf, t: date(y, time.Month(6*(h-1)+1), 1)}
		mod = ""
	}
	switch m.g(4) {
	case " or later", " and beyond":
		mod = "EQUAL_OR_MORE"
	case " or earlier":
		mod = "EQUAL_OR_LESS"
	}
	return absolute{pt: pt, mod: mod}, true
}

func readDecade(m *match) (meaning, bool) {
	var dec int
	switch {
	case m.has(3):
		c := 19
		if m.has(2) {
			c, _ = parseInt(m.g(2))
		} else {
			// "80s" alone (no apostrophe, no century) is ages or temperatures
			// unless "the" leads in.
			if !strings.HasPrefix(m.Text, "the") || level(m) {
				return nil, false
			}
		}
		d, _ := parseInt(m.g(3))
		dec = c*10 + d
	case m.has(4):
		d, _ := parseInt(m.g(4))
		dec = 190 + d
	case m.has(5):
		n, _ := parseNumber(strings.TrimSuffix(strings.TrimSuffix(m.g(5), "ies"), "s") + "y")
		dec = 190 + int(n)/10
		if !strings.HasPrefix(m.Text, "the") {
			return nil, false // "in his sixties" is an age
		}
		if before := lastWord(m.before(12)); before == "his" || before == "her" || before == "their" || before == "mid" {
			return nil, false
		}
	default:
		return nil, false
	}
	// "the 1990s" includes "the"; a bare "1990s" does not.
	return absolute{pt: point{gran: GranDecade, t: date(dec*10, 1, 1)}, mod: modOf(m.g(1))}, true
}

// readSplitYear reads "1985/86": the second year must follow the first.
func readSplitYear(m *match) (meaning, bool) {
	y, _ := parseInt(m.g(1))
	n, _ := parseInt(m.g(2))
	if (y+1)%100 != n || strings.HasPrefix(m.after(1), "/") || strings.HasSuffix(m.before(1), "/") {
		return nil, false
	}
	return splitYear{y}, true
}

// splitYear is a fiscal or crop year that ends in the year after the one
// it starts in: the value names the first year, the interval both.
type splitYear struct{ first int }

func (s splitYear) resolve(*resolver) (result, bool) {
	res := pointResult(point{gran: GranYear, t: date(s.first, 1, 1)}, false)
	res.iv.End = date(s.first+1, 12, 31)
	res.isRange = true
	return res, true
}

// levelWords in a sentence make "the mid 30s" a level, not a decade:
// temperatures, prices and rates.
var levelWords = []string{"temperature", "temperatures", "readings", "highs", "lows", "degrees", "price",
	"prices", "stock", "shares", "yield", "yields", "dlrs", "dollars", "cents", "bushel", "pct", "percent",
	"points", "rate", "rates", "index", "ratio", "f"}

// level reports whether a decade written without its century ("the mid
// 30s") is a level reached or a range of values: after a word of motion
// or position ("go to the mid 30s", "from the mid 30s", "into the mid-30's",
// "in his 30s"), or in a sentence about temperatures or prices ("Readings
// will be in the 80s").
func level(m *match) bool {
	switch lastWord(m.before(12)) {
	case "to", "into", "from", "at", "near", "around", "above", "below", "under", "over", "toward", "towards", "his", "her", "their":
		return true
	}
	for _, w := range strings.FieldsFunc(m.before(80)+" "+m.after(60), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if contains(levelWords, w) {
			return true
		}
	}
	return false
}

func readCentury(m *match) (meaning, bool) {
	// "the 11th century temple": "the" belongs to the noun, not the time.
	if strings.HasPrefix(m.Text, "the ") && !m.has(1) && adjectival(m) {
		m.trimLeft(m.Left + 4)
	}
	n, ok := parseDay(strings.ReplaceAll(m.g(2), "-", " "))
	if !ok {
		n, ok = ordinals[m.g(2)]
		if !ok {
			return nil, false
		}
	}
	return absolute{pt: point{gran: GranCentury, t: date((n-1)*100, 1, 1)}, mod: modOf(m.g(1))}, true
}

func readYearWords(m *match) (meaning, bool) {
	y, ok := yearWords(m.g(1))
	if !ok || y < 1000 {
		return nil, false
	}
	// "two thousand" alone is a number unless "the year" leads in or a
	// date preposition does.
	if strings.HasPrefix(m.g(1), "two thousand") && !strings.Contains(m.Text, "year") &&
		!contains([]string{"in", "since", "until", "by", "of"}, lastWord(m.before(12))) {
		return nil, false
	}
	if !strings.HasPrefix(m.g(1), "two thousand") {
		next := firstWord(m.after(12))
		if contains(yearNotAfter, next) || next == "dollars" {
			return nil, false
		}
	}
	return absolute{pt: point{gran: GranYear, t: date(y, 1, 1)}}, true
}

// adjectival reports that a noun follows the match ("the 11th century
// temple"): a lower-case word that is not a function word.
func adjectival(m *match) bool {
	a := m.after(16)
	if !strings.HasPrefix(a, " ") {
		return false
	}
	w := firstWord(a)
	if w == "" || !isLetter(m.s.text[m.Right+1]) || m.s.text[m.Right+1] < 'a' {
		return false
	}
	switch w {
	case "of", "and", "or", "but", "was", "is", "are", "were", "when", "that", "which", "to", "in",
		"on", "at", "for", "by", "with", "as", "had", "has", "have", "will", "would", "it", "he", "she", "they":
		return false
	}
	return true
}
