package timex

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/olebedev/when/rules/en"
)

// The word tables come from when's English rules (en.MONTH_OFFSET,
// en.WEEKDAY_OFFSET, en.INTEGER_WORDS, en.ORDINAL_WORDS), completed with
// the words news text needs. They are built once and never written after.

// months maps a lower-case month name or abbreviation to 1..12.
var months = func() map[string]int {
	m := map[string]int{"sept": 9, "sept.": 9}
	for k, v := range en.MONTH_OFFSET {
		m[k] = v
	}
	return m
}()

// weekdays maps a lower-case weekday name or abbreviation to 0 (Sunday)..6.
var weekdays = func() map[string]int {
	m := map[string]int{"tues": 2, "weds": 3, "thurs": 4}
	for k, v := range en.WEEKDAY_OFFSET {
		m[k] = v
	}
	return m
}()

// cardinals maps number words to their values.
var cardinals = func() map[string]int {
	m := map[string]int{
		"zero": 0, "a": 1, "an": 1, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
		"thousand": 1000, "dozen": 12, "couple": 2, "single": 1,
	}
	for k, v := range en.INTEGER_WORDS {
		m[k] = v
	}
	return m
}()

// ordinals maps ordinal words and numbers ("third", "3rd") to values.
// dayWords are the days of reDayWord.
var dayWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

var ordinals = func() map[string]int {
	m := map[string]int{}
	for k, v := range en.ORDINAL_WORDS {
		m[k] = v
	}
	return m
}()

// Regular-expression fragments, matched against lower-cased text.
const (
	// reMonth is a month name or abbreviation, with its own word boundary.
	reMonth = `(?:jan(?:uary\b|\.|\b)|feb(?:ruary\b|\.|\b)|mar(?:ch\b|\.|\b)|apr(?:il\b|\.|\b)|may\b|jun(?:e\b|\.|\b)|jul(?:y\b|\.|\b)|aug(?:ust\b|\.|\b)|sep(?:tember\b|t\.|t\b|\.|\b)|oct(?:ober\b|\.|\b)|nov(?:ember\b|\.|\b)|dec(?:ember\b|\.|\b))`
	// reWeekday is a weekday name.
	reWeekday = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
	// reDayNum is a day of the month as digits.
	reDayNum = `(?:[0-3]?\d)(?:st|nd|rd|th)?\b`
	// reOrdWord is an ordinal day of the month in words.
	reOrdWord = `(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)\b`
	// reYear is a four-digit year.
	reYear = `(?:1[0-9]{3}|20[0-9]{2})\b`
	// reDayWord is a day of the month written as a word, as wire
	// stories write one to nine: "April Three".
	reDayWord = `(?:one|two|three|four|five|six|seven|eight|nine)\b`
	// reNum is a quantity in digits or in one to three words ("20",
	// "1,500", "2 1/2", "twenty-four", "a couple of"). It is kept loose so
	// that the regular expressions stay small: rules check it with
	// readQuantity.
	reNum = `(?:\d[\d,.]*(?:\s+\d/\d)?|\d+/\d+|[a-z]+(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|dozen|few|of|couple|number|handful|series))*)`
	// reSmallNum is a small count in digits or words.
	reSmallNum = `(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple of)`
)

// partOfDay maps a part-of-day word to its TIMEX3 code.
var partOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"overnight": "NI", "tonight": "NI", "midday": "MI", "noon": "MI",
	"daytime": "DT", "dawn": "MO", "dusk": "EV",
}

// monthOf returns the month of a lower-case month word (with or without
// the abbreviation's period).
func monthOf(s string) int {
	s = strings.TrimSpace(s)
	if m, ok := months[s]; ok {
		return m
	}
	return months[strings.TrimSuffix(s, ".")]
}

// parseInt parses digits with optional thousands separators.
func parseInt(s string) (int, bool) {
	s = strings.ReplaceAll(s, ",", "")
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// parseDay parses a day of the month: "7", "7th", "seventh".
func parseDay(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if n, ok := ordinals[strings.ReplaceAll(s, "-", " ")]; ok {
		return n, true
	}
	if n, ok := ordinals[s]; ok {
		return n, true
	}
	s = strings.TrimRight(s, "stndrh")
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// parseNumber reads a quantity in digits or words: "3", "1,500", "2.5",
// "2 1/2", "twenty-four", "a hundred", "a couple of". It returns false for
// words that give no number ("several").
func parseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "-", " "))
	if s == "" {
		return 0, false
	}
	// "2 1/2"
	if i := strings.IndexByte(s, '/'); i > 0 {
		parts := strings.Fields(s)
		whole := 0.0
		frac := parts[len(parts)-1]
		if len(parts) == 2 {
			w, ok := parseNumber(parts[0])
			if !ok {
				return 0, false
			}
			whole = w
		}
		a, b, ok := strings.Cut(frac, "/")
		if !ok {
			return 0, false
		}
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || y == 0 {
			return 0, false
		}
		return whole + float64(x)/float64(y), true
	}
	if c := s[0]; c >= '0' && c <= '9' {
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		return f, err == nil
	}
	switch s {
	case "a couple of", "a couple", "couple of", "couple":
		return 2, true
	case "half", "a half", "half a", "half an":
		return 0.5, true
	}
	total, cur := 0, 0
	seen := false
	// The words as strings.Fields cuts them, without the slice.
	f0, rest := cutField(s)
	f1, _ := cutField(rest)
	// "a" counts as one only alone or before hundred, thousand, dozen:
	// "a five" is not six.
	if (f0 == "a" || f0 == "an") && f1 != "" && f1 != "hundred" && f1 != "thousand" && f1 != "dozen" {
		return 0, false
	}
	for w, rest := cutField(s); w != ""; w, rest = cutField(rest) {
		if w == "and" || w == "of" {
			continue
		}
		v, ok := cardinals[w]
		if !ok {
			return 0, false
		}
		seen = true
		switch {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case v == 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		default:
			cur += v
		}
	}
	if !seen {
		return 0, false
	}
	return float64(total + cur), true
}

// yearWords reads a year in words: "nineteen ninety-six" (1996), "two
// thousand" (2000), "two thousand and one" (2001), "nineteen hundred"
// (1900).
func yearWords(s string) (int, bool) {
	f := strings.Fields(strings.ReplaceAll(s, "-", " "))
	if len(f) >= 2 && f[0] == "two" && f[1] == "thousand" {
		n, ok := parseNumber(s)
		return int(n), ok
	}
	if len(f) < 2 {
		return 0, false
	}
	hi, ok := cardinals[f[0]]
	if !ok || hi < 10 || hi > 20 {
		return 0, false
	}
	rest := strings.Join(f[1:], " ")
	if rest == "hundred" {
		return hi * 100, true
	}
	if strings.HasPrefix(rest, "oh ") {
		lo, ok := cardinals[strings.TrimPrefix(rest, "oh ")]
		if !ok || lo > 9 {
			return 0, false
		}
		return hi*100 + lo, true
	}
	lo, ok := parseNumber(rest)
	if !ok || lo < 10 || lo > 99 {
		return 0, false
	}
	return hi*100 + int(lo), true
}

// fuzzyNums are quantities that give no number: "several years" is PXY.
var fuzzyNums = map[string]bool{
	"a few": true, "few": true, "several": true, "some": true, "many": true, "a number of": true,
	"dozens of": true, "hundreds of": true, "thousands of": true, "numerous": true, "a series of": true,
	"multiple": true, "countless": true, "a handful of": true,
}

// readQuantity checks a quantity matched by reNum: its value, or -1 with
// ok for a vague one ("several"); ok is false when it is no quantity.
func readQuantity(s string) (float64, bool) {
	if fuzzyNums[s] {
		return -1, true
	}
	if f0, rest := cutField(s); f0 != "" && fuzzyNums[f0] {
		if f1, _ := cutField(rest); f1 != "" {
			return -1, true // "several hundred"
		}
	}
	return parseNumber(s)
}

// cutField returns the first of strings.Fields(s) ("" if none) and the
// text after it.
func cutField(s string) (field, rest string) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		size, space := 1, false
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			return s[start:i], s[i:]
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}
