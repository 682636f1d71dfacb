package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token of a sentence: its text and its byte offsets in the
// text given to [Tokenize].
type Token struct {
	Start, End int
	Text       string
}

// abbreviations keep their final period ("Mr.", "Inc."); compared in lower
// case without the period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "prof": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"capt": true, "cmdr": true, "sgt": true, "adm": true, "maj": true, "brig": true,
	"pres": true, "supt": true, "rev": true, "hon": true, "fr": true, "st": true,
	"jr": true, "sr": true, "co": true, "corp": true, "inc": true, "ltd": true,
	"plc": true, "bros": true, "dept": true, "univ": true, "assn": true,
	"vs": true, "etc": true, "no": true, "nos": true, "vol": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "rd": true, "est": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true,
	"del": true, "fla": true, "ga": true, "ill": true, "ind": true, "kan": true,
	"ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true,
	"miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "okla": true,
	"ore": true, "pa": true, "tenn": true, "tex": true, "va": true, "vt": true,
	"wash": true, "wis": true, "wyo": true,
}

// hyphenPrefixes stay joined to the name after their hyphen ("al-Assad").
var hyphenPrefixes = map[string]bool{
	"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true,
	"an": true, "at": true, "az": true, "bin": true, "ibn": true, "ben": true,
	"abu": true, "abd": true, "abdel": true, "ul": true, "ur": true, "ud": true,
	"de": true, "da": true, "di": true, "du": true, "le": true, "la": true,
	"van": true, "von": true, "mc": true, "o": true,
}

// Tokenize splits one sentence of news text into tokens, in the manner of
// the Penn Treebank and CoNLL-2003: quotes, brackets and sentence punctuation
// are tokens of their own; abbreviations and initials ("Mr.", "U.S.") keep
// their period; the possessive and contractions split off ("Putin's" ->
// "Putin" "'s", "don't" -> "do" "n't"); a hyphen between two capitalized
// words splits ("US-Russia" -> "US" "-" "Russia") but not after a particle
// ("al-Assad") nor in lower-case compounds ("all-time").
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5+1), text) // about one token in five bytes of news text
}

// AppendTokens is [Tokenize], appending the tokens of text to dst, so that
// the sentences of an article can share one buffer.
func AppendTokens(dst []Token, text string) []Token {
	out := dst
	i := 0
	for i < len(text) {
		if size := spaceAt(text, i); size > 0 {
			i += size
			continue
		}
		j := i
		for j < len(text) && spaceAt(text, j) == 0 {
			if text[j] < utf8.RuneSelf {
				j++
			} else {
				_, size := utf8.DecodeRuneInString(text[j:])
				j += size
			}
		}
		out = splitChunk(text, i, j, out)
		i = j
	}
	return out
}

// spaceAt returns the length of the space character at text[i], 0 if
// there is none there (unicode.IsSpace, without decoding ASCII).
func spaceAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '`', '„', '¿', '¡':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', ',', ';', ':', '!', '?', '`':
		return true
	}
	return false
}

func isDash(r rune) bool { return r == '—' || r == '–' || r == '―' }

// splitChunk tokenizes text[s:e], a run without spaces.
func splitChunk(text string, s, e int, out []Token) []Token {
	add := func(a, b int) {
		if a < b {
			out = append(out, Token{Start: a, End: b, Text: text[a:b]})
		}
	}
	// Leading opening punctuation.
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !isOpening(r) && !isDash(r) {
			break
		}
		if r == '\'' && s+size < e && isDigit(text[s+size]) { // '90s
			break
		}
		add(s, s+size)
		s += size
	}
	// Trailing punctuation, collected in reverse.
	var tailBuf [4]Token
	tail := tailBuf[:0]
	for s < e {
		if strings.HasSuffix(text[s:e], "...") {
			tail = append(tail, Token{Start: e - 3, End: e, Text: "..."})
			e -= 3
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if isClosing(r) || isDash(r) {
			tail = append(tail, Token{Start: e - size, End: e, Text: text[e-size : e]})
			e -= size
			continue
		}
		if r == '.' && e-s > 1 && !keepsPeriod(text[s:e]) {
			tail = append(tail, Token{Start: e - 1, End: e, Text: "."})
			e--
			continue
		}
		break
	}
	out = splitCore(text, s, e, out)
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// keepsPeriod reports whether w, ending in ".", is an abbreviation or a run
// of initials.
func keepsPeriod(w string) bool {
	core := w[:len(w)-1]
	var buf [16]byte
	if abbreviations[string(lowerInto(buf[:0], core))] {
		return true
	}
	// Initials: "U.S.", "J.", "U.S.A.": every part between periods is one
	// letter.
	for {
		part, rest, more := strings.Cut(core, ".")
		r, size := utf8.DecodeRuneInString(part)
		if size != len(part) || part == "" || !unicode.IsLetter(r) || r == utf8.RuneError {
			return false
		}
		if !more {
			return true
		}
		core = rest
	}
}

// lowerInto appends strings.ToLower(s) to buf, without allocating when s
// is ASCII and short enough for buf's capacity.
func lowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// hasSuffixFold reports whether strings.ToLower(w) ends with suf, a
// lower-case suffix of ASCII letters and apostrophes (straight or curly),
// and is longer than it. Only ASCII capitals lower-case to the letters
// of suf, so w's own last bytes must be suf's up to ASCII case.
func hasSuffixFold(w, suf string) bool {
	if len(w) <= len(suf) {
		return false
	}
	t := w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}

// splitCore splits inner structure: dashes, hyphens between capitalized
// words, the possessive and contractions.
func splitCore(text string, s, e int, out []Token) []Token {
	if s >= e {
		return out
	}
	w := text[s:e]
	// Dashes and "--" inside a word.
	for k := 0; k < len(w); {
		r, size := utf8.DecodeRuneInString(w[k:])
		if isDash(r) || (r == '-' && strings.HasPrefix(w[k:], "--")) {
			if r == '-' {
				size = 2
				for k+size < len(w) && w[k+size] == '-' {
					size++
				}
			}
			out = splitCore(text, s, s+k, out)
			out = append(out, Token{Start: s + k, End: s + k + size, Text: w[k : k+size]})
			return splitCore(text, s+k+size, e, out)
		}
		k += size
	}
	// A hyphen between two capitalized words.
	var buf [16]byte
	for k := 1; k < len(w)-1; k++ {
		if w[k] != '-' {
			continue
		}
		left, right := w[:k], w[k+1:]
		if startsUpper(lastWord(left)) && startsUpper(right) && !hyphenPrefixes[string(lowerInto(buf[:0], lastWord(left)))] {
			out = splitCore(text, s, s+k, out)
			out = append(out, Token{Start: s + k, End: s + k + 1, Text: "-"})
			return splitCore(text, s+k+1, e, out)
		}
	}
	// Possessive and contractions, each with an apostrophe.
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return append(out, Token{Start: s, End: e, Text: w})
	}
	for _, suf := range [...]string{"'s", "’s", "n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'m", "’m", "'d", "’d"} {
		if hasSuffixFold(w, suf) {
			k := len(w) - len(suf)
			return append(out, Token{Start: s, End: s + k, Text: w[:k]}, Token{Start: s + k, End: e, Text: w[k:]})
		}
	}
	// Plural possessive: "countries'".
	for _, suf := range [...]string{"s'", "s’"} {
		if hasSuffixFold(w, suf) {
			k := len(w) - len(suf) + 1
			return append(out, Token{Start: s, End: s + k, Text: w[:k]}, Token{Start: s + k, End: e, Text: w[k:]})
		}
	}
	return append(out, Token{Start: s, End: e, Text: w})
}

// lastWord returns the part of w after its last hyphen.
func lastWord(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return w[k+1:]
	}
	return w
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
