package timex

import (
	"strings"
)

// cue is a set of bits, one per kind of candidate token. The pre-filter
// computes the cues of a sentence in one pass over its words, and a rule
// runs on the sentence only if the sentence has one of the rule's cues
// (and one of its second cues, when it has some).
type cue uint64

const (
	cueMonth     cue = 1 << iota // month names and abbreviations
	cueWeekday                   // weekday names
	cueYear                      // four-digit numbers that can be years
	cueDecade                    // 1990s, '80s, the nineties
	cueNumeric                   // digit groups joined by / - : (numeric dates, clock times)
	cueClock                     // a.m., p.m., noon, midnight, o'clock, clock times
	cueUnit                      // day, week, month, year, quarter, decade, hour ...
	cuePlural                    // days, weeks, months, years ...
	cueHyphen                    // two-week, 10-year, day-long
	cueDeictic                   // today, yesterday, tomorrow, tonight
	cueRef                       // now, currently, recently, future, past, term ...
	cueAgo                       // ago, earlier, later, before, after, hence
	cueRel                       // last, this, next, past, coming, following ...
	cueDayPart                   // morning, night, overnight, midday ...
	cueSeason                    // spring, summer, fall, autumn, winter
	cueSetAdverb                 // daily, weekly, monthly ...
	cueEvery                     // every, each
	cueTimes                     // once, twice, times
	cueCentury                   // century
	cueYearWord                  // nineteen, thousand
	cueHoliday                   // christmas, thanksgiving, easter ...
	cueOrdinal                   // first, second, third, fourth, final
	cueQuarter                   // quarter, half, period, year-ago, fiscal ...
	cueEnd                       // end (year-end)
	cueHalf                      // half
	cueVague                     // while, time
	cueWeekOf                    // week (the week of March 6)
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
	add(cueWeekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays")
	add(cueUnit, "second", "minute", "min", "hour", "hr", "day", "week", "weekend", "fortnight", "month",
		"quarter", "year", "decade", "century", "millennium", "yr", "night", "hour's", "day's",
		"week's", "month's", "year's", "yearend", "morning", "evening", "afternoon")
	add(cueUnit|cuePlural, "seconds", "minutes", "mins", "hours", "hrs", "days", "weeks", "weekends",
		"fortnights", "months", "quarters", "years", "decades", "centuries", "millennia", "yrs", "nights",
		"days'", "years'")
	add(cueSeason, "spring", "summer", "fall", "autumn", "winter", "springtime", "summertime", "wintertime",
		"springs", "summers", "winters")
	add(cueDeictic, "today", "todays", "yesterday", "tomorrow", "tonight")
	add(cueRef, "now", "currently", "current", "recently", "recent", "lately", "past", "future",
		"formerly", "present", "presently", "nowadays", "term", "ahead", "later", "coming", "these")
	add(cueAgo, "ago", "earlier", "later", "before", "after", "hence", "back", "now")
	add(cueRel, "last", "this", "next", "past", "coming", "current", "previous", "following", "that",
		"same", "latest", "prior", "upcoming", "present", "new", "preceding")
	add(cueDayPart, "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
		"tonight", "overnight", "dawn", "dusk", "midday", "mid-afternoon", "midafternoon", "mid-morning",
		"midmorning", "daybreak", "nightfall")
	add(cueClock, "noon", "midnight", "midday", "o'clock")
	add(cueSetAdverb, "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "biweekly", "bi-weekly", "semiannually")
	add(cueEvery, "every", "each")
	add(cueTimes, "once", "twice", "thrice", "times")
	add(cueCentury, "century")
	add(cueYearWord, "nineteen", "thousand")
	add(cueDecade, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
	add(cueHoliday, "christmas", "thanksgiving", "easter", "new", "halloween", "valentine's", "independence",
		"memorial", "labor", "labour", "veterans", "veterans'", "fourth", "good", "election")
	add(cueOrdinal, "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final")
	add(cueQuarter, "quarter", "quarters", "half", "period", "year-ago", "year-earlier", "fiscal", "year", "quarter's")
	add(cueEnd, "end", "year-end")
	add(cueHalf, "half")
	add(cueVague, "while", "time", "moment")
	add(cueWeekOf, "week")
	return m
}()

// cueFilter has a bit for every (length, first byte, last byte) of a word
// of cueWords: most words of a text have none, and lookUpCue turns them
// away without hashing them.
var cueFilter = func() *[cueFilterBits / 64]uint64 {
	var f [cueFilterBits / 64]uint64
	for w := range cueWords {
		if w != "" {
			k := cueFilterKey(w)
			f[k>>6] |= 1 << (k & 63)
		}
	}
	return &f
}()

const cueFilterBits = 32 * 32 * 32

// cueFilterKey is the bit of a non-empty word in cueFilter.
func cueFilterKey(w string) int {
	return min(len(w), 31)<<10 | int(w[0]&31)<<5 | int(w[len(w)-1]&31)
}

// lookUpCue is cueWords[w], ok.
func lookUpCue(w string) (cue, bool) {
	if w != "" {
		if k := cueFilterKey(w); cueFilter[k>>6]&(1<<(k&63)) == 0 {
			return 0, false
		}
	}
	c, ok := cueWords[w]
	return c, ok
}

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
	w := text[j:i] // ASCII letters and periods
	if len(w) == 1 && isLetter(w[0]) {
		return true // an initial: "John F. Kennedy"
	}
	// abbrevs[strings.ToLower(w)], without the copy: no abbreviation is
	// longer than 6 bytes.
	var buf [8]byte
	if len(w) > len(buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return abbrevs[string(buf[:len(w)])]
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

// token is a word that carries cues, at byte offsets of the sentence.
type token struct {
	start, end int
	cue        cue
}

// cues returns the cues of a lower-cased sentence.
func cues(lower string) cue {
	c, _, _ := scan(lower, lower, nil, nil)
	return c
}

// scan is the pre-filter: one pass over the bytes of a sentence, one map
// look-up per word. It returns the sentence's cues, the words that carry
// them and where every word starts (rules are tried only at word starts
// near a word carrying their cue). orig is the sentence as written, to
// tell "May" from "may".
func scan(lower, orig string, toks []token, starts []int) (cue, []token, []int) {
	var all cue
	s := lower
	for i := 0; i < len(s); {
		b := s[i]
		var c cue
		j := i + 1
		switch {
		case isLetter(b):
			if i == 0 || !isWordByte(s[i-1]) && s[i-1] != '_' {
				starts = append(starts, i)
			}
			for j < len(s) && (isLetter(s[j]) || s[j] == '\'' || s[j] == '-' && j+1 < len(s) && isWordByte(s[j+1])) {
				j++
			}
			w := s[i:j]
			first := i // where the word that names a month or day starts
			if cw, ok := lookUpCue(w); ok {
				c = cw
			} else if k := strings.IndexByte(w, '-'); k > 0 {
				// "third-quarter", "two-week", "mid-November": the parts.
				a, _ := lookUpCue(w[:k])
				b, _ := lookUpCue(w[k+1:])
				c = a | b
				if (a|b)&cueUnit != 0 {
					c |= cueHyphen
				}
				if b&(cueMonth|cueWeekday) != 0 {
					first = i + k + 1
				}
			}
			if strings.HasSuffix(w, "'s") {
				cs, _ := lookUpCue(w[:len(w)-2])
				c |= cs // "quarter's", "Friday's"
			}
			// Names of months, days and holidays are capitalized: "may" and
			// "sat" are not dates.
			if c&(cueMonth|cueWeekday|cueHoliday) != 0 && orig[first] >= 'a' && orig[first] <= 'z' && !lowerMonthDay(s, first, j) {
				c &^= cueMonth | cueWeekday | cueHoliday
			}
			if j < len(s) && s[j] == '.' && (w == "a" || w == "p") {
				c |= cueClock // a.m., p.m.
			}
			if (w == "am" || w == "pm") && i > 0 && (isDigit(s[i-1]) || s[i-1] == ' ' && i > 1 && isDigit(s[i-2])) {
				c |= cueClock
			}
		case isDigit(b):
			if i == 0 || !isWordByte(s[i-1]) && s[i-1] != '_' {
				starts = append(starts, i)
			}
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			n := j - i
			if n == 4 && (s[i] == '1' || s[i] == '2') {
				c |= cueYear
			} else if n == 4 && s[i] == '0' {
				c |= cueClock // "0900 GMT"
			}
			if j < len(s) {
				switch s[j] {
				case '/', '-':
					if j+1 < len(s) && isDigit(s[j+1]) {
						c |= cueNumeric
					} else if s[j] == '-' && j+1 < len(s) && isLetter(s[j+1]) {
						c |= cueHyphen // 10-year
					}
				case ':':
					if j+1 < len(s) && isDigit(s[j+1]) {
						c |= cueNumeric | cueClock
					}
				case '.':
					// 12.04.2017, but not a decimal number.
					k := j + 1
					for k < len(s) && isDigit(s[k]) {
						k++
					}
					if k > j+1 && k+1 < len(s) && s[k] == '.' && isDigit(s[k+1]) {
						c |= cueNumeric
					}
				case 's':
					if n == 4 || n == 2 {
						c |= cueDecade // 1990s, 80s
					}
				case '\'':
					if j+1 < len(s) && s[j+1] == 's' {
						c |= cueDecade
					}
				}
			}
			if i > 0 && s[i-1] == '\'' {
				c |= cueDecade // '80s
			}
		}
		if c != 0 {
			toks = append(toks, token{i, j, c})
			all |= c
		}
		i = j
	}
	return all, toks, starts
}

// isWordByte reports letters and digits.
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) }

// lowerMonthDay reports whether s[i:j], in lower case, is a full month name
// that no other word shares, followed by a day in digits: "on february
// 17" (read by readMonthDay).
func lowerMonthDay(s string, i, j int) bool {
	if _, ok := lowerMonths[s[i:j]]; !ok {
		return false
	}
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k > j && k < len(s) && isDigit(s[k])
}
