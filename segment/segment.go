// Package segment splits clean article text into sentences, with byte
// offsets, so that every later stage can say where a name or a date sits.
//
// A blank line or a line break always ends a sentence (headlines, captions
// and paragraphs stand on lines of their own in clean text). Inside a line,
// a period, question mark or exclamation mark ends a sentence when the
// next word starts one; abbreviations such as "Mr.", "U.S." and "Jan." and
// initials such as "John F. Kennedy" do not end it, except "U.S." and
// its kind before a word that usually starts a sentence ("the U.S. The
// Russian move ...").
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/corpus"
)

// Sentences returns the spans of the sentences of text, in order, each
// trimmed of surrounding white space.
func Sentences(text string) []corpus.Span {
	var out []corpus.Span
	add := func(start, end int) {
		for start < end && isSpace(text[start]) {
			start++
		}
		for end > start && isSpace(text[end-1]) {
			end--
		}
		if start < end {
			out = append(out, corpus.Span{Start: start, End: end})
		}
	}
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		splitLine(text, lineStart, lineEnd, add)
		lineStart = lineEnd + 1
	}
	return out
}

// splitLine finds the sentence ends inside text[start:end].
func splitLine(text string, start, end int, add func(int, int)) {
	sentStart := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		// Extend over runs of terminal punctuation ("?!", "...").
		j := i + size
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(text[j:end])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += s2
		}
		// Closing quotes and brackets belong to the sentence.
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(text[j:end])
			if !strings.ContainsRune(`"'”’»)]`, r2) {
				break
			}
			j += s2
		}
		if j < end && !isSpace(text[j]) {
			i = j // "U.S.-Russia", "3.5", "e.g.,"
			continue
		}
		k := j
		for k < end && isSpace(text[k]) {
			k++
		}
		if k < end && endsHere(text, sentStart, i, r, k, end) {
			add(sentStart, j)
			sentStart = k
		}
		i = j
	}
	add(sentStart, end)
}

// endsHere decides whether the punctuation r at text[p] ends a sentence,
// given that the next word starts at text[next].
func endsHere(text string, sentStart, p int, r rune, next, end int) bool {
	nr, _ := utf8.DecodeRuneInString(text[next:end])
	startsSentence := unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune(`"'“‘«([`, nr)
	if !startsSentence {
		return false
	}
	if r != '.' {
		return true
	}
	// The word before the period.
	w := p
	for w > sentStart && !isSpace(text[w-1]) && !strings.ContainsRune(`("'“‘`, rune(text[w-1])) {
		w--
	}
	word := text[w:p]
	if word == "" {
		return true
	}
	low := strings.ToLower(word)
	switch {
	case titles[low]:
		return false // "Mr. Putin"
	case len(word) == 1 && unicode.IsUpper(rune(word[0])):
		return false // an initial: "John F. Kennedy"
	case strings.Contains(word, ".") || abbreviations[low]:
		// "U.S.", "Jan.", "Inc.": a sentence ends here only if the next
		// word usually starts one.
		return starters[nextWord(text, next, end)]
	}
	return true
}

func nextWord(text string, start, end int) string {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) && r != '\'' {
			break
		}
		i += size
	}
	return strings.ToLower(text[start:i])
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// titles never end a sentence: a name follows them.
var titles = set(`mr mrs ms dr prof gen lt col capt sgt cpl maj adm cmdr sen rep gov rev fr
	st messrs mme mlle hon pres supt insp det`)

// abbreviations may end a sentence only before a sentence starter.
var abbreviations = set(`jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
	inc corp co ltd llc plc bros no nos vs etc jr sr approx est dept univ assn ave blvd mt ft
	cf al fig vol pp ed eds`)

// starters are words that begin most sentences after an abbreviation.
// "President" is not one: "U.S. President Donald Trump" is one title far
// more often than "... the U.S. President ..." spans two sentences.
var starters = set(`the a an he she it they we i you his her its their this that these those
	there but and in on at for if when while after before as so yet however meanwhile
	mr mrs ms dr officials some many most one two`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
