package ner

// The second pass (stacking; Krishnan and Manning 2006, Ratinov and Roth
// 2009). A sentence's first-pass tags, and what the first pass found for
// the same words in the sentences around it, become features of a second
// model, which the first pass's mistakes taught: it is trained on tags
// that models trained without each sentence gave it (jackknifing), so that
// it learns how far to trust them. "Sharif" tagged a place in one sentence
// and a person in the next three is then a person; a word the first pass
// left untagged but tagged a person elsewhere is looked at again.
//
// The second pass runs only on sentences where it can change something: a
// capitalized word of the sentence was tagged otherwise in the sentence or
// its neighbours. Elsewhere the first pass's tags stand.

// window is the number of sentences either side of a sentence whose
// first-pass tags the second pass reads (within the article).
const window = 5

// firstPass is what the second pass needs of a sentence's first pass.
type firstPass struct {
	tags  []int
	lower []uint64 // the tokens' lower-case hashes (an acronym's set apart)
	caps  []bool   // the token starts with a capital letter
}

// passBuffer holds the first passes of an article in three slices, so
// that recording them allocates a few times per article, not per sentence.
type passBuffer struct {
	tags  []int
	lower []uint64
	caps  []bool
}

// record appends the first pass over the prepared sentence s; the result
// stays valid while b grows, as it keeps its own slice headers.
func (b *passBuffer) record(s *sentence, tags []int) firstPass {
	start := len(b.tags)
	b.tags = append(b.tags, tags...)
	for i := range s.info {
		b.lower = append(b.lower, s.info[i].lower)
		b.caps = append(b.caps, s.info[i].flags&flInitCap != 0)
	}
	end := len(b.tags)
	return firstPass{
		tags:  b.tags[start:end:end],
		lower: b.lower[start:end:end],
		caps:  b.caps[start:end:end],
	}
}

// outerType is a tag's type index plus one, 0 for O.
func outerType(tag int) int {
	if tag == tagO {
		return 0
	}
	return 1 + tagType(tag)
}

// Values of the pseudo-tags before and after a sentence in prior features.
const (
	priorBOS = 98
	priorEOS = 99
)

// stacked appends the second pass's features of token i of s.
func (s *sentence) stacked(i int, out []uint64) []uint64 {
	in := &s.info[i]
	n := len(s.prior)
	at := func(k int) uint64 {
		switch {
		case k < 0:
			return priorBOS
		case k >= n:
			return priorEOS
		}
		return uint64(s.prior[k])
	}
	for d := -2; d <= 2; d++ {
		out = append(out, mix(fPrior+uint64(d+2)<<8, at(i+d)))
	}
	out = append(out,
		mix(mix(fPriorLower, at(i)), in.lower),
		mix(mix(fPriorAround, at(i-1)), at(i+1)),
	)
	if in.flags&flInitCap != 0 {
		for j, t := range s.prior {
			if j != i && t != tagO && s.info[j].lower == in.lower {
				out = append(out, mix(fPriorSame, uint64(tagType(t))))
			}
		}
	}
	if s.docOffs != nil {
		out = append(out, s.docFeats[s.docOffs[i]:s.docOffs[i+1]]...)
	}
	return out
}

// docFeatures sets s.docFeats and s.docOffs for sentence k of passes, whose
// sentences [lo, hi) are its article: for each capitalized word, the types
// the first pass gave the same word in the sentences around k (how many
// times, as a whole name or as part of a longer one, and the commonest,
// alone and with the word), and the words before and after it there.
func docFeatures(s *sentence, passes []firstPass, k, lo, hi int) {
	p := &passes[k]
	s.docFeats = s.docFeats[:0]
	s.docOffs = append(s.docOffs[:0], 0)
	from, to := max(lo, k-window), min(hi, k+window+1)
	for i, l := range p.lower {
		if p.caps[i] {
			var counts [numTypes + 1]int
			var unit, part [numTypes + 1]bool
			for j := from; j < to; j++ {
				if j == k {
					continue
				}
				q := &passes[j]
				for x, m := range q.lower {
					if m != l {
						continue
					}
					prev, next := hashBOS, hashEOS
					if x > 0 {
						prev = q.lower[x-1]
					}
					if x+1 < len(q.lower) {
						next = q.lower[x+1]
					}
					s.docFeats = append(s.docFeats, mix(fDocPrev, prev), mix(fDocNext, next))
					t := outerType(q.tags[x])
					counts[t]++
					if t > 0 {
						if tagPart(q.tags[x]) == partU {
							unit[t] = true
						} else {
							part[t] = true
						}
					}
				}
			}
			best, arg, total := 0, 0, 0
			for t, c := range counts {
				total += c
				if c == 0 {
					continue
				}
				s.docFeats = append(s.docFeats,
					mix(fDocType, uint64(t)),
					mix(fDocCount, uint64(t)<<2|uint64(min(c, 3))))
				if unit[t] {
					s.docFeats = append(s.docFeats, mix(fDocPart, uint64(t)<<1|1))
				}
				if part[t] {
					s.docFeats = append(s.docFeats, mix(fDocPart, uint64(t)<<1))
				}
				if c > best {
					best, arg = c, t
				}
			}
			if total > 0 {
				s.docFeats = append(s.docFeats,
					mix(fDocMajority, uint64(arg)),
					mix(mix(fDocMajorityWord, uint64(arg)), l))
			}
		}
		s.docOffs = append(s.docOffs, len(s.docFeats))
	}
}

// conflict reports whether the second pass may change sentence k of passes
// (its article being [lo, hi)): a capitalized word of it has another type,
// or none, where it recurs in k or the sentences around it.
func conflict(passes []firstPass, k, lo, hi int) bool {
	p := &passes[k]
	from, to := max(lo, k-window), min(hi, k+window+1)
	for i, l := range p.lower {
		if !p.caps[i] {
			continue
		}
		own := outerType(p.tags[i])
		for j := from; j < to; j++ {
			q := &passes[j]
			for x, m := range q.lower {
				if m == l && (j != k || x != i) && outerType(q.tags[x]) != own {
					return true
				}
			}
		}
	}
	return false
}

// tagPassage tags consecutive sentences of one article (or of running
// text whose articles are not known, which the window bounds): a first
// pass over each, then the second pass where it may change something.
func (m *Model) tagPassage(sentences [][]string) [][]Span {
	out := make([][]Span, len(sentences))
	st := m.state()
	defer m.scratch.Put(st)
	var passes []firstPass
	var buf passBuffer
	if m.second != nil {
		passes = make([]firstPass, len(sentences))
		n := 0
		for _, toks := range sentences {
			n += len(toks)
		}
		buf = passBuffer{tags: make([]int, 0, n), lower: make([]uint64, 0, n), caps: make([]bool, 0, n)}
	}
	for k, toks := range sentences {
		if len(toks) == 0 {
			continue
		}
		m.res.prepare(toks, &st.sent)
		m.emissions(st)
		viterbi(&m.trans, st)
		out[k] = m.finish(toks, st.tags)
		if passes != nil {
			passes[k] = buf.record(&st.sent, st.tags)
		}
	}
	if passes == nil {
		return out
	}
	s2 := m.second
	st2 := s2.state()
	defer s2.scratch.Put(st2)
	for k, toks := range sentences {
		if len(toks) == 0 || !conflict(passes, k, 0, len(passes)) {
			continue
		}
		s2.res.prepare(toks, &st2.sent)
		st2.sent.prior = passes[k].tags
		docFeatures(&st2.sent, passes, k, 0, len(passes))
		s2.emissions(st2)
		viterbi(&s2.trans, st2)
		st2.sent.prior, st2.sent.docOffs = nil, nil
		out[k] = keepFound(out[k], m.finish(toks, st2.tags))
	}
	return out
}

// keepFound returns the second pass's spans of a sentence, but for a person
// that joins names of the first pass, plus the first pass's that none of
// them overlaps: the second pass may retype a name, change its extent or
// find one the first missed, but not drop one nor make one person of two
// names. Out of the training data's domain the first pass misses more, and
// the second, trusting the neighbours' tags, then dropped names they had
// missed ("The APT was set up in January" after an untagged "the APT") and
// joined names ("Siedenburg of Smith Barney"); on the labelled dev sets,
// dropping brought nothing. It joins companies' names rightly on
// Reuters-21578 ("Fireman's Fund Corp", "Thomas and Betts Corp").
func keepFound(first, second []Span) []Span {
	out := make([]Span, 0, len(second)+len(first))
	for _, b := range second {
		n := 0
		for _, a := range first {
			if b.Start <= a.Start && a.End <= b.End {
				n++
			}
		}
		if n < 2 || b.Type != PER {
			out = append(out, b)
			continue
		}
		for _, a := range first {
			if b.Start <= a.Start && a.End <= b.End {
				out = append(out, a)
			}
		}
	}
	n := len(out)
	for _, a := range first {
		over := false
		for _, b := range out[:n] {
			if a.Start < b.End && b.Start < a.End {
				over = true
				break
			}
		}
		if !over {
			out = append(out, a)
		}
	}
	sortSpans(out)
	return out
}
