package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenize returns the words of s (a letter or digit, then letters,
// digits, apostrophes, periods, ampersands and hyphens: "U.S.", "ad-free",
// "Putin’s") and their lower-case forms without trailing punctuation. It
// is the one pass over a unit's text that the word-level tests share.
func tokenize(s string) (words, lower []string) {
	return newTokenizer(len(s)/6 + 1).tokenize(s)
}

// tokenizer cuts the units of one text into words. Its slice of words is
// shared by the units: each unit's words are a window of it, so that a
// text of many units allocates a few large slices instead of one per unit.
// Its slice of lower-case words is the last unit's: each call reuses it.
type tokenizer struct {
	words, lower []string
	buf          []byte // lower-cased capitalized words of the current unit
	pend         []int  // indexes into lower of the words in buf, and their ends in buf
}

// newTokenizer returns a tokenizer with room for about n words.
func newTokenizer(n int) *tokenizer {
	return &tokenizer{words: make([]string, 0, n)}
}

// tokenize returns the words of s and their lower-case forms, as the
// package-level tokenize does: the words in a window of t's shared slice,
// the lower-case forms in a slice that the next call overwrites.
func (t *tokenizer) tokenize(s string) (words, lower []string) {
	w0 := len(t.words)
	t.lower = t.lower[:0]
	if isASCII(s) {
		t.tokenizeASCII(s)
	} else {
		t.tokenizeUnicode(s)
	}
	n := len(t.words)
	return t.words[w0:n:n], t.lower
}

// tokenizeASCII is tokenize on an ASCII text, byte by byte. A word in
// lower case is its own lower-case form (a window of s); the capitalized
// words of the text are lower-cased into one new string.
func (t *tokenizer) tokenizeASCII(s string) {
	t.buf, t.pend = t.buf[:0], t.pend[:0]
	for i := 0; i < len(s); {
		if asciiClass[s[i]]&classAlnum == 0 {
			i++
			continue
		}
		j := i + 1
		cls := asciiClass[s[i]]
		for j < len(s) && asciiClass[s[j]]&(classAlnum|classJoiner) != 0 {
			cls |= asciiClass[s[j]]
			j++
		}
		upper := cls&classUpper != 0
		e := j
		for e > i && asciiClass[s[e-1]]&classJoiner != 0 {
			e--
		}
		t.words = append(t.words, s[i:j])
		if !upper {
			t.lower = append(t.lower, s[i:e])
		} else {
			t.buf = appendLower(t.buf, s[i:e])
			t.pend = append(t.pend, len(t.lower), len(t.buf))
			t.lower = append(t.lower, "")
		}
		i = j
	}
	if len(t.pend) > 0 {
		low, start := string(t.buf), 0
		for k := 0; k < len(t.pend); k += 2 {
			t.lower[t.pend[k]] = low[start:t.pend[k+1]]
			start = t.pend[k+1]
		}
	}
}

// tokenizeUnicode is tokenize on any text, rune by rune. (Outside ASCII
// lower-casing may change a word's length, so the words are lowered one by
// one.)
func (t *tokenizer) tokenizeUnicode(s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isJoiner(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		t.words = append(t.words, w)
		t.lower = append(t.lower, trimJoiners(strings.ToLower(w)))
		i = j
	}
}

// The classes of an ASCII byte in asciiClass.
const (
	classAlnum  = 1 << iota // asciiAlnum
	classJoiner             // asciiJoiner
	classUpper              // isUpperASCII
)

// asciiClass holds the classes of every byte (none above ASCII): one
// look-up instead of a chain of comparisons per byte.
var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		if asciiAlnum(b) {
			t[c] |= classAlnum
		}
		if asciiJoiner(b) {
			t[c] |= classJoiner
		}
		if isUpperASCII(b) {
			t[c] |= classUpper
		}
	}
	return t
}()

// asciiAlnum reports an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// asciiJoiner reports the ASCII characters of isJoiner: ' . & -.
func asciiJoiner(c byte) bool { return c == '\'' || c == '.' || c == '&' || c == '-' }

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// appendLower appends s lower-cased to buf: byte by byte when s is ASCII,
// else as strings.ToLower gives it (which may change its length).
func appendLower(buf []byte, s string) []byte {
	if !isASCII(s) {
		return append(buf, strings.ToLower(s)...)
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// isJoiner reports whether r may continue a word: one of ' ’ . & -.
func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || r == '&' || r == '-'
}

// trimJoiners is strings.TrimRight(w, ".'’&-").
func trimJoiners(w string) string {
	for len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if !isJoiner(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// furniturePhrases are the phrases of ads, subscriptions, sharing and site
// furniture, as lower-case words. A unit that holds one and is not long
// prose is not the article.
var furniturePhrases = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range []string{
		"advertisement", "advertisements", "advertising", "ad-free", "disabled all ads",
		"subscribe", "subscription", "newsletter", "sign up", "log in", "login", "cookie", "cookies",
		"privacy policy", "terms of use", "terms of service", "all rights reserved", "share this",
		"share on", "follow us", "click here", "read more", "related stories", "related articles",
		"related news", "related posts", "related content", "recommended", "you may also like",
		"more from", "discover more", "sent to your email", "most read", "most popular", "trending",
		"support us", "donate", "donation", "donations", "contribution", "remind me later",
		"not ready to support", "payment method", "payment methods", "paiment methods",
		"skip to content", "jump to", "back to top", "leave a comment", "comments are closed",
	} {
		ws := strings.Fields(p)
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
}()

// furnitureFirst has a bit for the length (up to 31) and first byte of the
// first word of every furniture phrase: most words have none, and skip the
// map look-up.
var furnitureFirst = func() *[32]uint32 {
	var f [32]uint32
	for w := range furniturePhrases {
		f[min(len(w), 31)] |= 1 << (w[0] & 31)
	}
	return &f
}()

// phrasesOf is furniturePhrases[w].
func phrasesOf(w string) [][]string {
	if w == "" || furnitureFirst[min(len(w), 31)]&(1<<(w[0]&31)) == 0 {
		return nil
	}
	return furniturePhrases[w]
}

// furniture returns the site-furniture phrase that a unit holds ("sign
// up", "©", "12 comments"), or "".
func furniture(text string, lower []string) string {
	if strings.Contains(text, "©") {
		return "©"
	}
	for i, w := range lower {
		for _, p := range phrasesOf(w) {
			if i+len(p) <= len(lower) && equalWords(lower[i:i+len(p)], p) {
				return strings.Join(p, " ")
			}
		}
		if w == "comments" && i > 0 && isNumber(lower[i-1]) {
			return lower[i-1] + " comments"
		}
		if w == "c" && i+1 < len(lower) && len(lower[i+1]) == 4 && isNumber(lower[i+1]) && strings.Contains(text, "(c)") {
			return "(c) " + lower[i+1]
		}
	}
	return ""
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
