package entities

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"

	"github.com/timelinehq/timeline/corpus"
)

// Recognizer finds the names in an article's clean text, given its
// sentences. Mentions come back in text order.
type Recognizer interface {
	Recognize(text string, sentences []corpus.Span) []Mention
}

// Capitalized is a baseline recognizer: runs of capitalized words are
// names, typed by a few cues (a country name, an organization word, a
// preceding "in"). It needs no model and serves as the reference that a
// trained tagger must beat.
type Capitalized struct{}

var tokenRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*`)

type tok struct {
	start, end int
	text       string
}

// Recognize implements Recognizer.
func (Capitalized) Recognize(text string, sentences []corpus.Span) []Mention {
	lower := lowerForms(text)
	var out []Mention
	for si, s := range sentences {
		var toks []tok
		for _, m := range tokenRE.FindAllStringIndex(text[s.Start:s.End], -1) {
			t := tok{s.Start + m[0], s.Start + m[1], text[s.Start+m[0] : s.Start+m[1]]}
			// Possessive and trailing periods are not part of a name.
			for _, suf := range []string{"'s", "’s", "'", "’"} {
				if strings.HasSuffix(t.text, suf) && len(t.text) > len(suf) {
					t.text = t.text[:len(t.text)-len(suf)]
					t.end -= len(suf)
				}
			}
			if strings.HasSuffix(t.text, ".") && strings.Count(t.text, ".") == 1 && !titleWords[strings.ToLower(t.text)] {
				t.text, t.end = t.text[:len(t.text)-1], t.end-1
			}
			toks = append(toks, t)
		}
		for i := 0; i < len(toks); {
			if !nameWord(toks[i].text, i == 0, lower) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) {
				if nameWord(toks[j].text, false, lower) && adjacent(text, toks[j-1], toks[j]) {
					j++
					continue
				}
				// "Bank of England", "Bashar al Assad"
				if j+1 < len(toks) && nameConnectors[toks[j].text] && nameWord(toks[j+1].text, false, lower) {
					j += 2
					continue
				}
				break
			}
			// Titles at the front are a role, not the name.
			k := i
			for k < j-1 && titleWords[strings.ToLower(toks[k].text)] || k < j-1 && demonymRE.MatchString(toks[k].text) && titleWords[strings.ToLower(toks[k+1].text)] {
				k++
			}
			if titleWords[strings.ToLower(toks[k].text)] && k == j-1 {
				i = j
				continue
			}
			start, end := toks[k].start, toks[j-1].end
			name := text[start:end]
			m := Mention{
				Span: corpus.Span{Start: start, End: end}, Text: name, Sentence: si,
				Kind: guessKind(name, text, s.Start, start),
			}
			if m, ok := finish(text, s, m); ok {
				out = append(out, m)
			}
			i = j
		}
	}
	return out
}

var nameConnectors = set(`of al bin de del da van von la le`)

func adjacent(text string, a, b tok) bool {
	gap := text[a.end:b.start]
	return strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n")
}

// nameWord reports whether w may be part of a name: capitalized, and not
// an ordinary word that merely opens a sentence.
func nameWord(w string, first bool, lower map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	lw := strings.ToLower(w)
	if commonCaps[lw] {
		return false
	}
	if first && lower[lw] {
		return false
	}
	return true
}

// commonCaps are capitalized words that are never names by themselves.
var commonCaps = set(`the a an he she it they we i you his her its their our this that these those
	in on at of for and but or as if so not no yes all some more most other also there here
	what who why how where which when while after before since until during
	monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december today yesterday tomorrow
	meanwhile however still earlier later asked speaking looking according despite beyond even
	finally reports differences could would should will can`)

// lowerForms returns the words that appear in lower case in text.
func lowerForms(text string) map[string]bool {
	m := map[string]bool{}
	for _, w := range tokenRE.FindAllString(text, -1) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			m[w] = true
		}
	}
	return m
}

var orgWords = set(`council ministry party agency bank group inc corp corporation company co ltd
	times post news office committee department university union organization organisation
	association institute house kremlin nato un u.n. eu hezbollah taliban isis congress senate
	parliament court army navy police fund federation league commission reuters
	exxonmobil state-run network television channel`)

// guessKind types a name by cheap cues.
func guessKind(name, text string, sentStart, start int) Kind {
	if countries.ByName(name) != countries.Unknown && len(name) > 1 {
		return Location
	}
	words := strings.Fields(name)
	if orgWords[strings.ToLower(words[len(words)-1])] || orgWords[strings.ToLower(words[0])] {
		return Organization
	}
	before := wordsBefore(text, sentStart, start, 1)
	if len(before) == 1 {
		switch strings.ToLower(before[0]) {
		case "in", "from", "to", "near", "across":
			return Location
		}
	}
	if isAcronym(name) {
		return Organization
	}
	return Person
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}
