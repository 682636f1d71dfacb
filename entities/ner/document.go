package ner

import (
	"unicode"
	"unicode/utf8"
)

// TagDocument finds the entities of an article, one tokenized sentence per
// element. A second pass reads each sentence with what the first found in
// the sentences around it (see stack.go), and the result is made
// consistent across the article: a name tagged in one place gets the same
// type where it recurs, including where the tagger missed it, and a
// person's surname alone ("Putin" after "Vladimir Putin") is that person.
func (m *Model) TagDocument(sentences [][]string) [][]Span {
	out := m.tagPassage(sentences)
	if len(sentences) > 1 {
		harmonize(sentences, out)
	}
	return out
}

// TagText finds the entities of running text whose article boundaries are
// not known, one tokenized sentence per element, in order: each sentence
// is read with what the first pass found in the five sentences either
// side of it, as in TagDocument, but without the consistency across an
// article, which would join stories that merely follow each other.
func (m *Model) TagText(sentences [][]string) [][]Span {
	return m.tagPassage(sentences)
}

// harmonize applies document-level consistency to tagged sentences.
func harmonize(sentences [][]string, spans [][]Span) {
	// Votes for the type of each name, by its tokens.
	votes := map[uint64]*[numTypes]int{}
	key := func(toks []string) uint64 {
		h := uint64(0)
		for _, t := range toks {
			h = phraseHash(h, hashString(t))
		}
		return h
	}
	maxLen := 0
	for i, ss := range spans {
		for _, sp := range ss {
			k := key(sentences[i][sp.Start:sp.End])
			v := votes[k]
			if v == nil {
				v = new([numTypes]int)
				votes[k] = v
			}
			v[typeIndex(sp.Type)]++
			if n := sp.End - sp.Start; n > maxLen {
				maxLen = n
			}
		}
	}
	// Surnames of people named in full.
	for i, ss := range spans {
		for _, sp := range ss {
			if sp.Type != PER || sp.End-sp.Start < 2 {
				continue
			}
			last := key(sentences[i][sp.End-1 : sp.End])
			if v := votes[last]; v == nil {
				v = new([numTypes]int)
				v[typeIndex(PER)] = 1
				votes[last] = v
			}
		}
	}
	if len(votes) == 0 {
		return
	}
	best := func(v *[numTypes]int) (Type, bool) {
		bi, tie := 0, false
		for t := 1; t < numTypes; t++ {
			switch {
			case v[t] > v[bi]:
				bi, tie = t, false
			case v[t] == v[bi]:
				tie = true
			}
		}
		return types[bi], !tie
	}
	for i, toks := range sentences {
		ss := spans[i]
		// Majority type for names tagged more than one way.
		for k := range ss {
			if t, ok := best(votes[key(toks[ss[k].Start:ss[k].End])]); ok {
				ss[k].Type = t
			}
		}
		// Untagged recurrences, longest first.
		covered := make([]bool, len(toks))
		for _, sp := range ss {
			for j := sp.Start; j < sp.End; j++ {
				covered[j] = true
			}
		}
		added := false
		for j := 0; j < len(toks); j++ {
			if covered[j] || !capitalized(toks[j]) {
				continue
			}
			// Hashes of the phrases starting at j, shortest first, over
			// uncovered tokens.
			var hs [16]uint64
			h, nmax := uint64(0), 0
			for q := j; q < len(toks) && q-j < min(maxLen, len(hs)) && !covered[q]; q++ {
				h = phraseHash(h, hashString(toks[q]))
				hs[nmax] = h
				nmax++
			}
			for n := nmax; n >= 1; n-- {
				v := votes[hs[n-1]]
				if v == nil {
					continue
				}
				// Inside a longer capitalized run the name is part
				// of another one ("Putin" in "Putin Street").
				if j+n < len(toks) && capitalized(toks[j+n]) && !covered[j+n] {
					break
				}
				if j > 0 && capitalized(toks[j-1]) && !covered[j-1] && j-1 > 0 {
					break
				}
				t, ok := best(v)
				if !ok {
					break
				}
				ss = append(ss, Span{Start: j, End: j + n, Type: t})
				for q := j; q < j+n; q++ {
					covered[q] = true
				}
				added = true
				j += n - 1
				break
			}
		}
		if added {
			sortSpans(ss)
		}
		spans[i] = ss
	}
}

// capitalized reports whether tok starts with an upper-case letter and has
// at least two characters.
func capitalized(tok string) bool {
	r, size := utf8.DecodeRuneInString(tok)
	return size < len(tok) && unicode.IsUpper(r)
}

func sortSpans(ss []Span) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].Start < ss[j-1].Start; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}
