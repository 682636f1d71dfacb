package timex

import (
	"strings"
)

// cue is a set of bits, one per kind of candidate token. The pre-filter
// computes the cues of a sentence in one pass over its words, and a rule
// runs on the sentence only if the sentence has one of the rule's cues.
type cue uint16

const (
	cueMonth    cue = 1 << iota // month names and abbreviations
	cueWeekday                  // weekday names
	cueYear                     // four-digit numbers that can be years, 1990s, '80s
	cueNumeric                  // digit groups joined by / - . : (numeric dates, clock times)
	cueUnit                     // day, week, month, year, quarter, decade, hour ...
	cueDeictic                  // today, now, recently, future, ago, later ...
	cueDayPart                  // a.m., p.m., noon, morning, night ...
	cueSeason                   // spring, summer, fall, autumn, winter
	cueSet                      // daily, weekly, every, each, annually ...
	cueYearWord                 // nineteen, thousand, nineties, century ...
	cueHoliday                  // christmas, thanksgiving, easter ...
	cueOrdinal                  // first, second, third ... (quarters, halves)
	cueVague                    // time, period, term, while, moment, date
)

// cueWords maps a lower-case word to its cues.
var cueWords = func() map[string]cue {
	m := map[string]cue{}
	add := func(c cue, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	for w := range months {
		m[strings.TrimSuffix(w, ".")] |= cueMonth
	}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"} {
		m[w] |= cueWeekday
	}
	add(cueUnit, "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
		"day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "month", "months",
		"quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries",
		"millennium", "millennia", "yr", "yrs",
		"spring", "summer", "fall", "autumn", "winter", "springs", "summers", "winters",
		"days'", "years'", "hour's", "day's", "week's", "month's", "year's",
		"yearend", "midyear", "midweek", "midmonth", "weekday", "weekdays")
	add(cueVague, "period", "periods", "term", "while", "time", "moment", "date", "half", "season")
	add(cueDeictic, "today", "todays", "yesterday", "tomorrow", "tonight", "now", "currently", "current",
		"recently", "recent", "lately", "past", "future", "soon", "previously", "formerly", "earlier",
		"later", "ago", "nowadays", "presently", "present", "once", "already", "meantime",
		"eventually", "sooner", "overnight", "ahead", "someday", "sometime",
		"year-ago", "year-earlier")
	add(cueDayPart, "a.m", "p.m", "am", "pm", "noon", "midnight", "morning", "mornings", "afternoon", "afternoons",
		"evening", "evenings", "night", "nights", "tonight", "overnight", "dawn", "dusk", "midday",
		"daybreak", "nightfall", "sunset", "sunrise", "o'clock", "gmt", "est", "edt", "pst", "pdt", "cst", "cdt", "utc")
	add(cueSeason, "spring", "summer", "fall", "autumn", "winter", "springtime", "summertime", "wintertime")
	add(cueSet, "daily", "weekly", "monthly", "yearly", "annually", "annual", "hourly", "quarterly", "nightly",
		"biweekly", "semiannually", "every", "each", "per", "twice", "thrice")
	add(cueYearWord, "nineteen", "thousand", "hundred", "century", "centuries", "decade", "twenties", "thirties",
		"forties", "fifties", "sixties", "seventies", "eighties", "nineties", "millennium", "fiscal", "fy")
	add(cueHoliday, "christmas", "thanksgiving", "easter", "new", "eve", "halloween", "ramadan", "passover",
		"hanukkah", "valentine", "independence", "memorial", "labor", "labour", "veterans", "columbus",
		"boxing", "mother's", "father's", "election")
	add(cueOrdinal, "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "last",
		"first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "first-half", "second-half",
		"quarter", "quarters", "half", "nine-month", "six-month", "year-end", "year-ago", "year-earlier",
		"latest", "fiscal")
	return m
}()

// span is a half-open byte range of the text.
type span struct{ start, end int }

// sentences splits text into sentence spans: at blank lines, at line
// breaks after a short line or a line ending a sentence (headlines), and
// after . ! ? followed by a space and a capital, except after a known
// abbreviation ("Aug.", "p.m.", "U.S.").
func sentences(text string) []span {
	var out []span
	start := 0
	emit := func(end int) {
		// Trim spaces on both ends.
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	lineStart := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			// Blank line, or a short line, or a line that ends a sentence.
			line := strings.TrimSpace(text[lineStart:i])
			next := i + 1
			for next < len(text) && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r') {
				next++
			}
			blank := next < len(text) && text[next] == '\n'
			if blank || line == "" || len(line) < 60 || endsSentence(line) {
				emit(i + 1)
			}
			lineStart = i + 1
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
				j++
			}
			if j >= len(text) || text[j] != ' ' {
				continue
			}
			k := j
			for k < len(text) && text[k] == ' ' {
				k++
			}
			if k >= len(text) {
				continue
			}
			n := text[k]
			if !(n >= 'A' && n <= 'Z' || n == '"' || n == '`' || n == '\'' || n >= 0x80) {
				continue
			}
			if c == '.' && isAbbrev(text, i) {
				continue
			}
			emit(j)
		}
	}
	emit(len(text))
	return out
}

// endsSentence reports whether a line ends with sentence punctuation.
func endsSentence(line string) bool {
	if line == "" {
		return true
	}
	switch line[len(line)-1] {
	case '.', '!', '?', '"', ':', ';':
		return true
	}
	return false
}

// abbrevs are words that end with a period without ending the sentence.
var abbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true, "adm": true,
	"co": true, "corp": true, "inc": true, "ltd": true, "no": true, "vs": true, "prof": true,
	"mt": true, "ft": true, "rev": true, "jr": true, "sr": true, "gens": true, "sens": true, "reps": true,
	"a.m": true, "p.m": true, "u.s": true, "u.n": true, "u.k": true, "e.g": true, "i.e": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"est": true, "approx": true, "dept": true, "univ": true, "assn": true, "bros": true,
}

// isAbbrev reports whether the period at text[i] ends an abbreviation or
// an initial.
func isAbbrev(text string, i int) bool {
	j := i
	for j > 0 && (isLetter(text[j-1]) || text[j-1] == '.') {
		j--
	}
	w := strings.ToLower(text[j:i])
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true // an initial: "John F. Kennedy"
	}
	return abbrevs[w]
}

func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// lowerASCII returns s with ASCII letters lower-cased; byte offsets are
// unchanged, so a match in the result is a match in s.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// cues returns the cues of a lower-cased sentence: the pre-filter. It is a
// single pass over the bytes with one map look-up per word.
func cues(s string) cue {
	var c cue
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case isLetter(b):
			j := i + 1
			for j < len(s) && (isLetter(s[j]) || s[j] == '\'' || s[j] == '-' && j+1 < len(s) && isLetter(s[j+1])) {
				j++
			}
			w := s[i:j]
			if cw, ok := cueWords[w]; ok {
				c |= cw
			} else if k := strings.IndexByte(w, '-'); k > 0 {
				// "third-quarter", "mid-1990s", "two-week": look at each part.
				c |= cueWords[w[:k]] | cueWords[w[k+1:]]
			} else if strings.HasSuffix(w, "'s") {
				c |= cueWords[w[:len(w)-2]]
			}
			if j < len(s) && s[j] == '.' && (w == "a" || w == "p") {
				c |= cueDayPart
			}
			i = j
		case isDigit(b):
			j := i + 1
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			n := j - i
			if n == 4 && (s[i] == '1' || s[i] == '2') {
				c |= cueYear
			}
			if j < len(s) {
				switch s[j] {
				case '/', ':', '-', '.':
					if j+1 < len(s) && isDigit(s[j+1]) {
						c |= cueNumeric
					}
				case 's':
					c |= cueYear // 1990s, 80s
				}
			}
			if i > 0 && s[i-1] == '\'' {
				c |= cueYear // '80s, '98
			}
			i = j
		default:
			i++
		}
	}
	return c
}
