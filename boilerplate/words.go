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
	// Lower-case an ASCII text once and cut its words from it: the same
	// bytes as lower-casing word by word, without an allocation per
	// capitalized word. (Outside ASCII lower-casing may change a word's
	// length, so other texts are lowered word by word.)
	ls := ""
	if isASCII(s) {
		ls = strings.ToLower(s)
	}
	n := len(s)/6 + 1
	words, lower = make([]string, 0, n), make([]string, 0, n)
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
		words = append(words, w)
		lw := ""
		if ls != "" {
			lw = ls[i:j]
		} else {
			lw = strings.ToLower(w)
		}
		lower = append(lower, trimJoiners(lw))
		i = j
	}
	return words, lower
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

// furniture returns the site-furniture phrase that a unit holds ("sign
// up", "©", "12 comments"), or "".
func furniture(text string, lower []string) string {
	if strings.Contains(text, "©") {
		return "©"
	}
	for i, w := range lower {
		for _, p := range furniturePhrases[w] {
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
