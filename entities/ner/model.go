package ner

import (
	"fmt"
	"math"
	"strings"
	"sync"
)

// Model is a trained tagger: feature weights for an averaged perceptron
// over BILOU tags, tag transition weights, and the gazetteer and word
// clusters its features use. A Model is safe for concurrent use.
type Model struct {
	res *resources

	// Open-addressing table from feature hash to weight row; key 0 is
	// empty (no feature hashes to 0 in practice; one that did is dropped).
	slots []slot
	mask  uint64
	// filter has a bit set for every feature's key (bits 40..63 of the
	// key pick the bit): most features of a sentence are absent from the
	// model, and this small bit set, unlike the table, stays in cache.
	filter []uint64
	// The active head's weights, one padded row per feature so that a
	// row is one cache line.
	w     [][rowSize]float32
	heads []head

	// trans[a][b] scores tag b after tag a; row numTags is the sentence
	// start. Forbidden BILOU transitions hold -Inf.
	trans [numTags + 1][numTags]float32

	scratch sync.Pool // *tagState
}

// slot is an entry of the feature table.
type slot struct {
	key uint64
	row int32
}

// filterShift sets the size of Model.filter: 2^(64-filterShift) bits.
const filterShift = 42

// rowSize is numTags rounded up to a cache line of float32s.
const rowSize = 16

// head is a set of weights for one domain of the training data.
type head struct {
	name    string
	weights []float32
}

// Domains returns the names of the model's heads, the default first: the
// corpora it was trained on, when it was trained on several.
func (m *Model) Domains() []string {
	out := make([]string, len(m.heads))
	for i, h := range m.heads {
		out[i] = h.name
	}
	return out
}

// WithDomain returns the model with the weights of the named domain's head,
// which labels as that corpus does: "conll" (the default: the project's
// convention) or "gmb" (GMB's, where a capital standing for its government
// is an organization). The two models share their tables.
func (m *Model) WithDomain(name string) (*Model, error) {
	for _, h := range m.heads {
		if h.name == name {
			return &Model{res: m.res, slots: m.slots, mask: m.mask, filter: m.filter,
				w: padRows(h.weights), heads: m.heads, trans: m.trans}, nil
		}
	}
	return nil, fmt.Errorf("ner: model has no domain %q (it has %q)", name, m.Domains())
}

// tagState is the per-call working memory of Tag.
type tagState struct {
	sent   sentence
	feats  []uint64
	scores []float32 // n*numTags
	back   []int8
	tags   []int
}

func (m *Model) state() *tagState {
	if st, ok := m.scratch.Get().(*tagState); ok {
		return st
	}
	return &tagState{}
}

// row returns the weight row of feature key, or -1.
func (m *Model) row(key uint64) int32 {
	if key == 0 || len(m.slots) == 0 {
		return -1
	}
	if b := key >> filterShift; m.filter[b>>6]&(1<<(b&63)) == 0 {
		return -1
	}
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		switch sl := &m.slots[i]; sl.key {
		case key:
			return sl.row
		case 0:
			return -1
		}
	}
}

// padRows copies dense weight rows into cache-line rows.
func padRows(dense []float32) [][rowSize]float32 {
	out := make([][rowSize]float32, len(dense)/numTags)
	for r := range out {
		copy(out[r][:numTags], dense[r*numTags:(r+1)*numTags])
	}
	return out
}

// buildTable indexes feature keys; keys[i] gets row i.
func (m *Model) buildTable(keys []uint64) {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	m.filter = make([]uint64, 1<<(64-filterShift)/64)
	for r, k := range keys {
		if k == 0 {
			continue
		}
		b := k >> filterShift
		m.filter[b>>6] |= 1 << (b & 63)
		i := k & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: k, row: int32(r)}
	}
}

// setTransitions fills the transition table from learnt weights w
// ((numTags+1)*numTags), forbidding invalid BILOU moves.
func (m *Model) setTransitions(w []float32) {
	for a := 0; a <= numTags; a++ {
		prev := a
		if a == numTags {
			prev = -1
		}
		for b := 0; b < numTags; b++ {
			if allowed(prev, b) {
				m.trans[a][b] = w[a*numTags+b]
			} else {
				m.trans[a][b] = float32(math.Inf(-1))
			}
		}
	}
}

// Tag finds the entities of one tokenized sentence.
func (m *Model) Tag(tokens []string) []Span {
	if len(tokens) == 0 {
		return nil
	}
	st := m.state()
	defer m.scratch.Put(st)
	m.res.prepare(tokens, &st.sent)
	m.emissions(st)
	viterbi(&m.trans, st)
	spans := tagsToSpans(st.tags)
	// Enforce the convention where the weights disagree: titles and
	// "the" stay outside ("The Hague" keeps its "The" within a sentence).
	k := 0
	for _, sp := range spans {
		if sp.End-sp.Start > 1 && honorifics[strings.ToLower(tokens[sp.Start])] {
			sp.Type = PER // "Mr Tillerson" is a person whatever the weights say
		}
		sp = trimSpan(tokens, sp, trimTitles|trimThe)
		if sp.Type == PER && sp.End-sp.Start == 1 && IsTitle(tokens[sp.Start]) {
			continue
		}
		spans[k] = sp
		k++
	}
	return spans[:k]
}

// emissions computes the per-token tag scores of st.sent.
func (m *Model) emissions(st *tagState) {
	n := len(st.sent.toks)
	if cap(st.scores) < n*numTags {
		st.scores = make([]float32, n*numTags)
	}
	st.scores = st.scores[:n*numTags]
	clear(st.scores)
	for i := 0; i < n; i++ {
		st.feats = st.sent.features(i, st.feats[:0])
		sc := (*[numTags]float32)(st.scores[i*numTags : (i+1)*numTags])
		for _, f := range st.feats {
			r := m.row(f)
			if r < 0 {
				continue
			}
			w := &m.w[r]
			for t := range sc {
				sc[t] += w[t]
			}
		}
	}
}

// predecessors lists, for each tag, the tags that may precede it.
var predecessors = func() (p [numTags][]int8) {
	for b := 0; b < numTags; b++ {
		for a := 0; a < numTags; a++ {
			if allowed(a, b) {
				p[b] = append(p[b], int8(a))
			}
		}
	}
	return p
}()

// viterbi finds the best valid tag sequence for st.scores into st.tags.
func viterbi(trans *[numTags + 1][numTags]float32, st *tagState) {
	n := len(st.scores) / numTags
	if cap(st.back) < n*numTags {
		st.back = make([]int8, n*numTags)
	}
	st.back = st.back[:n*numTags]
	if cap(st.tags) < n {
		st.tags = make([]int, n)
	}
	st.tags = st.tags[:n]
	var prev, cur [numTags]float32
	for b := 0; b < numTags; b++ {
		prev[b] = trans[numTags][b] + st.scores[b]
	}
	for i := 1; i < n; i++ {
		em := st.scores[i*numTags : (i+1)*numTags]
		bk := st.back[i*numTags : (i+1)*numTags]
		for b := 0; b < numTags; b++ {
			best, arg := float32(math.Inf(-1)), 0
			for _, a := range predecessors[b] {
				if s := prev[a] + trans[a][b]; s > best {
					best, arg = s, int(a)
				}
			}
			cur[b] = best + em[b]
			bk[b] = int8(arg)
		}
		prev = cur
	}
	// The last tag must close its chunk: O, L or U.
	best, arg := float32(math.Inf(-1)), 0
	for b := 0; b < numTags; b++ {
		if b != tagO && tagPart(b) != partL && tagPart(b) != partU {
			continue
		}
		if prev[b] > best {
			best, arg = prev[b], b
		}
	}
	for i := n - 1; i >= 0; i-- {
		st.tags[i] = arg
		arg = int(st.back[i*numTags+arg])
	}
}
