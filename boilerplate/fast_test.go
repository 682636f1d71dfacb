package boilerplate

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The hand-written helpers must give what the code they replaced gave:
// these tests keep the old code as the reference.

func tokenizeRef(s string) (words, lower []string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isAlnumRef(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isAlnumRef(r) && !strings.ContainsRune("'’.&-", r) {
				break
			}
			j += size
		}
		w := s[i:j]
		words = append(words, w)
		lower = append(lower, strings.TrimRight(strings.ToLower(w), ".'’&-"))
		i = j
	}
	return words, lower
}

// fastCases are texts with what the helpers must handle.
var fastCases = []string{
	"", " ", "  Putin met  Tillerson\t in\nMoscow. ", "By Jane Doe", "by JANE DOE and John", "bY x", "BY",
	"Source: Reuters", "ſource: x", "SOURCE : x", "3 min read", "Updated: 2017", "news | Author: x",
	"image: AP", "File photo of x", "Posted on May 2", "12 April 2017 10:35 GMT", "April 12, 2017", "2017-04-12",
	"Thursday, 13 April 2017", "U.S. ad-free Putin’s AT&T don't RÉSUMÉ İstanbul ǅemal", "\xff\xfe bad \xc3",
	"a\u00a0b\u0085c\u2028d", "x\vy\fz\r", "•  Bullet line", "Word.", "Ends--", "ÀÉÎ",
	"Prices rose İN", "shares fell AND", "it said\u00a0 THE ", "the Connectives", "Text ends \xffThe",
}

func checkFast(t *testing.T, s string) {
	t.Helper()
	if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
	}
	var last string
	if f := strings.Fields(s); len(f) > 0 {
		last = f[len(f)-1]
	}
	if got := lastField(s); got != last {
		t.Fatalf("lastField(%q) = %q, want %q", s, got, last)
	}
	for _, f := range strings.Fields(s) {
		if got, want := isConnective(f), connectives[strings.ToLower(f)]; got != want {
			t.Fatalf("isConnective(%q) = %v, want %v", f, got, want)
		}
	}
	w, l := tokenize(s)
	for _, lw := range l {
		checkWord(t, lw)
	}
	rw, rl := tokenizeRef(s)
	if strings.Join(w, "\x00") != strings.Join(rw, "\x00") || strings.Join(l, "\x00") != strings.Join(rl, "\x00") || len(w) != len(rw) {
		t.Fatalf("tokenize(%q) = %q %q, want %q %q", s, w, l, rw, rl)
	}
	if got, want := isMeta(s), metaRE.MatchString(s); got != want {
		t.Fatalf("isMeta(%q) = %v, want %v", s, got, want)
	}
	if got, want := isByline(s), bylineRE.MatchString(s); got != want {
		t.Fatalf("isByline(%q) = %v, want %v", s, got, want)
	}
	if got, want := isDateLine(s), dateLineRE.MatchString(strings.TrimSpace(s)); got != want {
		t.Fatalf("isDateLine(%q) = %v, want %v", s, got, want)
	}
}

// TestFastHelpers checks the helpers on the cases above.
func TestFastHelpers(t *testing.T) {
	for _, s := range fastCases {
		t.Run(s, func(t *testing.T) { checkFast(t, s) })
	}
}

// TestMetaFirstRune tries every first character before the rest of each
// word that begins an alternative of metaRE: only the characters isMeta
// lets through may start a match.
func TestMetaFirstRune(t *testing.T) {
	for _, rest := range []string{"ource: x", "uthor: x", " min read", "0 mins read", "pdated: x", "ublished: x",
		"osted on x", "hoto: x", "mage: x", "ile photo x"} {
		for r := rune(0); r <= 0x2FFFF; r++ {
			s := string(r) + rest
			if metaRE.MatchString(s) && !isMeta(s) {
				t.Fatalf("isMeta rejects %q, which metaRE matches", s)
			}
		}
	}
}

// FuzzFastHelpers checks the helpers on any text.
func FuzzFastHelpers(f *testing.F) {
	for _, s := range fastCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFast(t, s) })
}

func isAlnumRef(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// namesRef is the names of every unit as dropOffTopic found them before
// topicNames: a map of the words written in lower case, then a map of
// names for each unit.
func namesRef(units []Unit) []map[string]bool {
	lower := map[string]bool{}
	for _, u := range units {
		for _, w := range u.words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lower[w] = true
			}
		}
	}
	out := make([]map[string]bool, len(units))
	for i, u := range units {
		out[i] = map[string]bool{}
		for _, w := range u.words {
			w = strings.TrimRight(w, ".’'")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || len(w) < 2 {
				continue
			}
			low := strings.ToLower(w)
			if stopNames[low] || lower[low] {
				continue
			}
			key := strings.ReplaceAll(w, ".", "")
			if key == "USA" {
				key = "US"
			}
			out[i][key] = true
		}
	}
	return out
}

// TestTopicNames checks topicNames against namesRef on units cut from
// texts with names, ordinary capitalized words and repeats.
func TestTopicNames(t *testing.T) {
	texts := append([]string{
		"Putin met Tillerson in Moscow.\n\nThe Moscow talks: Putin’s aides and U.S. officials. USA, US, U.S.\n\nThe talks ended. Talks resume Monday in İstanbul with ÉMILE, émile and Émile's.",
		"Shares of ACME Corp rose.\n\nACME said its shares' Q1 rose. acme.\n\nThe Board's U.K. unit, the board.",
	}, fastCases...)
	for _, text := range texts {
		units := split(text)
		tk := newTokenizer(1)
		for i := range units {
			classifyWith(&units[i], tk)
		}
		got, want := topicNames(units), namesRef(units)
		for i := range units {
			if !slices.IsSorted(got[i]) || len(slices.Compact(slices.Clone(got[i]))) != len(got[i]) || len(got[i]) != len(want[i]) {
				t.Fatalf("%q: topicNames = %q, want %v", units[i].Text, got[i], want[i])
			}
			for _, n := range got[i] {
				if !want[i][n] {
					t.Fatalf("%q: topicNames = %q, want %v", units[i].Text, got[i], want[i])
				}
			}
		}
	}
}

// appealWordRef is appealWord before it looked at the first byte.
func appealWordRef(w string) bool {
	switch w {
	case "help", "journalism", "reader", "readers", "monthly", "independent", "funding":
		return true
	}
	for _, p := range [...]string{"support", "donat", "contribut", "subscri"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// checkWord checks the word-level helpers on a lower-case word.
func checkWord(t *testing.T, w string) {
	t.Helper()
	if got, want := appealWord(w), appealWordRef(w); got != want {
		t.Fatalf("appealWord(%q) = %v, want %v", w, got, want)
	}
	if got, want := phrasesOf(w), furniturePhrases[w]; len(got) != len(want) {
		t.Fatalf("phrasesOf(%q) = %q, want %q", w, got, want)
	}
}

// TestWords checks the word-level helpers on the words they look for and
// on words near them.
func TestWords(t *testing.T) {
	words := []string{"", "c", "s", "said", "sign", "sent", "supporter", "support", "donation", "donate", "subscribers",
		"subscribe", "help", "helps", "contributors", "readers", "reader", "monthly", "funding", "independent", "journalism",
		"comments", "the", "x", "advertisement", "ad-free", "cookie", "cookies"}
	for w, ps := range furniturePhrases {
		words = append(words, w, w+"s", w[:len(w)-1])
		for _, p := range ps {
			words = append(words, p...)
		}
	}
	for _, w := range words {
		checkWord(t, w)
	}
}
