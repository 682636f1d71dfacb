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

	// keys are the features' hashes; row i of each head's weights is
	// keys[i]'s.
	keys  []uint64
	heads []head
	// step is the resolution of the weights (a saved model's are whole
	// multiples of it), scale the unit of the table's: step, or a power of
	// two times it for a model whose weights would not fit in 16 bits.
	step, scale float32
	// table is an open-addressing table from feature hash to the active
	// head's weights in units of scale, half a cache line per entry; the
	// slot is the hash's low bits, the tag 48 bits of it (see keyTag; tag
	// 0 is empty: a feature with such a hash is dropped).
	table []entry
	mask  uint64
	// cache holds, for the words of the cluster table, the summed weights
	// (in units of scale) of their intrinsic features (see intrinsic), by
	// wordKey: the index in cached.
	cache  hashIndex
	cached [][numTags]int32

	// trans[a][b] scores tag b after tag a; row numTags is the sentence
	// start. Forbidden BILOU transitions hold -Inf.
	trans [numTags + 1][numTags]float32

	// second is the second pass (see stack.go), which shares res; nil
	// in a model trained without one.
	second *Model

	scratch sync.Pool // *tagState
}

// entry is a feature's weights and tag: 32 bytes, half a cache line, so
// that the table of a model of some 100,000 features takes 8 MB, not the
// 16 MB of float32 weights and a whole key (the tagger is bound by the
// table's cache misses).
type entry struct {
	w     [numTags]int16
	tagHi uint16
	tagLo uint32
}

// keyTag is the part of feature key an entry keeps: the high 48 bits of
// a bijection of the key, so that the small keys of the templates without
// a value (fBias) have a tag too.
func keyTag(key uint64) (hi uint16, lo uint32) {
	t := key * 0x9e3779b97f4a7c15
	return uint16(t >> 48), uint32(t >> 16)
}

// maxWeight is the largest weight an entry holds, in units of scale.
const maxWeight = math.MaxInt16

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
			d := &Model{res: m.res, keys: m.keys, heads: m.heads, trans: m.trans, step: m.step}
			d.buildTable(h.weights)
			if m.second != nil {
				s, err := m.second.WithDomain(name)
				if err != nil {
					return nil, err
				}
				d.second = s
			}
			return d, nil
		}
	}
	return nil, fmt.Errorf("ner: model has no domain %q (it has %q)", name, m.Domains())
}

// tagState is the per-call working memory of Tag.
type tagState struct {
	sent   sentence
	feats  []uint64  // the features of every token of the sentence
	offs   []int     // token i's features are feats[offs[i]:offs[i+1]]
	scores []float32 // n*numTags
	sums   [][numTags]int32
	back   []int8
	tags   []int
	sink   uint64 // keeps the loads of warm alive
}

func (m *Model) state() *tagState {
	if st, ok := m.scratch.Get().(*tagState); ok {
		return st
	}
	return &tagState{}
}

// weights returns the weights of feature key in units of m.scale, or nil.
func (m *Model) weights(key uint64) *[numTags]int16 {
	hi, lo := keyTag(key)
	if hi == 0 && lo == 0 || len(m.table) == 0 {
		return nil
	}
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		e := &m.table[i]
		if e.tagLo == lo && e.tagHi == hi {
			return &e.w
		}
		if e.tagLo == 0 && e.tagHi == 0 {
			return nil
		}
	}
}

// buildTable indexes m.keys with the given head weights (numTags per key)
// and, the first time, the model's resources.
//
// The weights are stored as whole multiples of m.step, which they are in
// a saved model, so that every sum of them is exact and the scores are
// the float32 sums of the weights to the bit. A model with a weight beyond
// 16 bits of steps (none so far: the largest is some 24,500 steps) is
// stored in a coarser unit.
func (m *Model) buildTable(weights []float32) {
	if m.res.ix == nil {
		m.res.index()
	}
	if m.step <= 0 {
		m.step = quantStep
	}
	m.scale = m.step
	top := float32(0)
	for _, w := range weights {
		top = max(top, w, -w)
	}
	for top/m.scale > maxWeight {
		m.scale *= 2
	}
	size := 1
	for size*2 < 3*len(m.keys) { // load at most 2/3
		size <<= 1
	}
	m.table = make([]entry, size)
	m.mask = uint64(size - 1)
	for r, k := range m.keys {
		hi, lo := keyTag(k)
		if hi == 0 && lo == 0 {
			continue
		}
		i := k & m.mask
		for m.table[i].tagLo != 0 || m.table[i].tagHi != 0 {
			i = (i + 1) & m.mask
		}
		e := &m.table[i]
		e.tagHi, e.tagLo = hi, lo
		for t, w := range weights[r*numTags : (r+1)*numTags] {
			e.w[t] = int16(math.Round(float64(w / m.scale)))
		}
	}
	m.buildCache()
}

// buildCache sums the intrinsic feature weights of the words of the
// cluster table, which cover most tokens of news text, so that tagging
// looks up one vector instead of some twenty features for them.
func (m *Model) buildCache() {
	words := m.res.clusterWords
	cache := make(map[uint64]int32, 2*len(words))
	m.cached = make([][numTags]int32, 0, 2*len(words))
	var in tokInfo
	var feats []uint64
	for _, w := range words {
		analyze(w, &in)
		m.res.clusterOf(w, &in)
		m.res.embOf(&in)
		apart := in
		m.res.setApart(&apart) // as prepare does outside headlines
		for _, hl := range []bool{false, true} {
			t := &in
			if !hl {
				t = &apart
			}
			key := wordKey(t, hl)
			if _, ok := cache[key]; ok {
				continue
			}
			var sum [numTags]int32
			feats = intrinsic(t, hl, feats[:0])
			for _, f := range feats {
				if w := m.weights(f); w != nil {
					for t := range sum {
						sum[t] += int32(w[t])
					}
				}
			}
			cache[key] = int32(len(m.cached))
			m.cached = append(m.cached, sum)
		}
	}
	m.cache = newHashIndex(cache)
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

// Tag finds the entities of one tokenized sentence, read alone: the first
// pass only (see TagDocument).
func (m *Model) Tag(tokens []string) []Span {
	if len(tokens) == 0 {
		return nil
	}
	st := m.state()
	defer m.scratch.Put(st)
	m.res.prepare(tokens, &st.sent)
	m.emissions(st)
	viterbi(&m.trans, st)
	return m.finish(tokens, st.tags)
}

// finish reads the spans of tags and enforces the project's convention.
func (m *Model) finish(tokens []string, tags []int) []Span {
	spans := tagsToSpans(tags)
	// Enforce the convention where the weights disagree: titles and
	// "the" stay outside ("The Hague" keeps its "The" within a sentence).
	k := 0
	for _, sp := range spans {
		// "Mr Tillerson" is a person whatever the weights say, and so is
		// "Moyo" in "Mr. Moyo", though a town of that name is on the
		// gazetteer.
		if sp.End-sp.Start > 1 && isHonorific(tokens[sp.Start]) ||
			sp.Start > 0 && isHonorific(tokens[sp.Start-1]) {
			sp.Type = PER
		}
		sp = trimSpan(tokens, sp, trimTitles|trimThe)
		if sp.Type != PER && sp.End-sp.Start > 1 && sp.End+1 < len(tokens) &&
			isTitleWord(tokens[sp.End]) && startsUpper(tokens[sp.End+1]) &&
			m.portfolio(tokens[sp.End-1]) && startsUpper(tokens[sp.End-2]) {
			// "European Union Transport Commissioner Marta Keller": the
			// portfolio belongs to the title, not to the name before it.
			sp.End--
		}
		if sp.Type == PER && sp.End-sp.Start == 1 && IsTitle(tokens[sp.Start]) {
			continue
		}
		if k > 0 && sp.Type == PER && spans[k-1].Type == PER && sp.Start == spans[k-1].End+1 &&
			nameParticles[strings.ToLower(tokens[sp.Start-1])] {
			// "Mohammed bin Abdulrahman bin Jassim Al-Thani" is one
			// name, however the weights split it at a particle.
			spans[k-1].End = sp.End
			continue
		}
		spans[k] = sp
		k++
	}
	return spans[:k]
}

// portfolio reports whether w, capitalized, is a word that news text
// usually writes in lower case and that neither heads an organization's
// name nor is a title of its own: "Transport", "Trade", "Health" before
// "Commissioner" or "Minister", but not "Ministry", "Nations" or
// "Defense" (which GMB, for one, keeps in "U.S. Defense").
func (m *Model) portfolio(w string) bool {
	if !startsUpper(w) || orgHeads[strings.ToLower(w)] || IsTitle(w) {
		return false
	}
	u, ok := m.UsualCase(w)
	return ok && !startsUpper(u)
}

// orgHeads are the nouns that end organizations' names.
var orgHeads = map[string]bool{
	"administration": true, "affairs": true, "agency": true, "airlines": true,
	"airways": true, "alliance": true, "army": true, "assembly": true,
	"associates": true, "association": true, "authority": true, "bank": true,
	"board": true, "brothers": true, "bureau": true, "cabinet": true,
	"center": true, "centre": true, "church": true, "club": true,
	"coalition": true, "command": true, "commission": true, "committee": true,
	"communications": true, "company": true, "congress": true,
	"corporation": true, "corps": true, "council": true, "court": true,
	"department": true, "embassy": true, "exchange": true, "federation": true,
	"forces": true, "foundation": true, "front": true, "fund": true,
	"government": true, "group": true, "guard": true, "holdings": true,
	"house": true, "industries": true, "institute": true, "institution": true,
	"league": true, "lines": true, "ministry": true, "mission": true,
	"motors": true, "movement": true, "nations": true, "navy": true,
	"network": true, "office": true, "operations": true, "organisation": true,
	"organization": true, "parliament": true, "partners": true, "party": true,
	"police": true, "post": true, "press": true, "program": true,
	"programme": true, "project": true, "relations": true, "reserve": true,
	"resources": true, "rights": true, "secretariat": true, "securities": true,
	"senate": true, "service": true, "services": true, "society": true,
	"studies": true, "systems": true, "team": true, "times": true,
	"tribunal": true, "trust": true, "union": true, "university": true,
	"works": true,
}

// nameParticles join the parts of one person's name.
var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "ben": true, "al": true, "el": true, "abu": true,
	"de": true, "da": true, "di": true, "del": true, "della": true, "van": true, "von": true,
	"der": true, "du": true, "dos": true, "das": true, "y": true,
}

// emissions computes the per-token tag scores of st.sent.
//
// The weight table is far larger than the cache, and nearly every lookup
// misses it. So the features of the whole sentence are gathered first and
// their table slots loaded in one branch-free pass (warm), whose loads the
// processor overlaps, before the weights are summed token by token in the
// order of the features, which keeps every score the same to the bit.
func (m *Model) emissions(st *tagState) {
	n := len(st.sent.toks)
	if cap(st.scores) < n*numTags {
		st.scores = make([]float32, n*numTags)
	}
	st.scores = st.scores[:n*numTags]
	if cap(st.sums) < n {
		st.sums = make([][numTags]int32, n)
	}
	st.sums = st.sums[:n]
	clear(st.sums)
	hl := st.sent.headline
	if len(m.cache.slots) > 0 {
		var sink uint64
		for i := range st.sent.info {
			sink += m.cache.slot(wordKey(&st.sent.info[i], hl)).key
		}
		st.sink += sink
	}
	st.feats = st.feats[:0]
	st.offs = append(st.offs[:0], 0)
	for i := 0; i < n; i++ {
		in := &st.sent.info[i]
		if c, ok := m.cache.get(wordKey(in, hl)); ok {
			st.sums[i] = m.cached[c]
		} else {
			st.feats = intrinsic(in, hl, st.feats)
		}
		st.feats = st.sent.contextual(i, st.feats)
		st.offs = append(st.offs, len(st.feats))
	}
	m.warm(st)
	for i := 0; i < n; i++ {
		sum := &st.sums[i]
		for _, f := range st.feats[st.offs[i]:st.offs[i+1]] {
			w := m.weights(f)
			if w == nil {
				continue
			}
			for t := range sum {
				sum[t] += int32(w[t])
			}
		}
		sc := (*[numTags]float32)(st.scores[i*numTags : (i+1)*numTags])
		for t, v := range sum {
			sc[t] = float32(v) * m.scale
		}
	}
}

// warm loads the first table slot of every feature of st, so that the
// lookups that follow find them in the cache.
func (m *Model) warm(st *tagState) {
	if len(m.table) == 0 {
		return
	}
	var sink uint64
	for _, f := range st.feats {
		sink += uint64(m.table[f&m.mask].tagLo)
	}
	st.sink += sink
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

// UsualCase returns the spelling of w most frequent in the unlabelled news
// text that the model's word clusters were learnt from, whatever the case
// w is given in ("Man" gives "man", "TAIWAN" "Taiwan"), and false for a
// word that text does not hold often enough to be clustered.
func (m *Model) UsualCase(w string) (string, bool) {
	c, ok := m.res.truecase[hashLower(w)]
	if !ok || c.word == "" {
		return "", false
	}
	return c.word, true
}
