package graph

import (
	"errors"
	"math"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/timelinehq/timeline/entities"
)

// Builder accumulates co-mentions. The zero value is ready to use. Its
// memory grows with the number of distinct pairs and of (entity, article)
// pairs, not with the text of the articles.
type Builder struct {
	docs    []Doc
	index   map[string]int32
	pairs   map[[2]entities.Handle]*tally
	seen    map[entities.Handle]*tally
	scratch []entities.Handle
}

// tally counts windows per article; docs are positions in Builder.docs,
// increasing.
type tally struct {
	docs   []int32
	counts []int32
}

func (t *tally) add(doc int32) {
	if n := len(t.docs); n > 0 && t.docs[n-1] == doc {
		t.counts[n-1]++
		return
	}
	t.docs = append(t.docs, doc)
	t.counts = append(t.counts, 1)
}

// Add records the co-mention windows of article doc, published on dct
// (zero when unknown): each group is the entities of one window (a
// sentence, a paragraph or the article, as the caller cuts them). Every
// two distinct entities of a group are co-mentioned once; a group of one
// entity counts towards that entity's frequency, which NPMI needs. Add the
// articles in input order; adding an article again adds to its counts.
func (b *Builder) Add(doc string, dct time.Time, groups [][]entities.Handle) {
	if b.index == nil {
		b.index = map[string]int32{}
		b.pairs = map[[2]entities.Handle]*tally{}
		b.seen = map[entities.Handle]*tally{}
	}
	d, ok := b.index[doc]
	if !ok {
		d = int32(len(b.docs))
		b.index[doc] = d
		b.docs = append(b.docs, Doc{ID: doc})
	}
	if b.docs[d].DCT.IsZero() && !dct.IsZero() {
		b.docs[d].DCT = day(dct)
	}
	for _, g := range groups {
		hs := append(b.scratch[:0], g...)
		slices.Sort(hs)
		hs = slices.Compact(hs)
		b.scratch = hs
		if len(hs) == 0 {
			continue
		}
		b.docs[d].Windows++
		for i, h := range hs {
			t := b.seen[h]
			if t == nil {
				t = &tally{}
				b.seen[h] = t
			}
			t.add(d)
			for _, k := range hs[i+1:] {
				key := [2]entities.Handle{h, k}
				p := b.pairs[key]
				if p == nil {
					p = &tally{}
					b.pairs[key] = p
				}
				p.add(d)
			}
		}
	}
}

// Finish maps the handles to entity IDs (several handles may name one
// entity: their counts add up) and returns the graph of the entities that
// have at least one co-mention, weighted by count and not yet measured
// (see Analyze). Entities missing from ents keep their ID as label.
func (b *Builder) Finish(ents []entities.Entity, idOf func(entities.Handle) entities.ID) (*Graph, error) {
	if idOf == nil {
		return nil, errors.New("graph: Finish needs an idOf function")
	}
	g := &Graph{Docs: slices.Clone(b.docs), Weighting: ByCount}

	// Rank the IDs, so that pairs can be keyed by two small integers
	// whose order is the order of the IDs.
	rank := make(map[entities.Handle]int32, len(b.seen))
	var ids []entities.ID
	{
		byID := map[entities.ID][]entities.Handle{}
		for h := range b.seen {
			if id := idOf(h); id != "" {
				byID[id] = append(byID[id], h)
			}
		}
		for id := range byID {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for r, id := range ids {
			for _, h := range byID[id] {
				rank[h] = int32(r)
			}
		}
	}
	nodeTally := make([][]*tally, len(ids))
	for h, t := range b.seen {
		if r, ok := rank[h]; ok {
			nodeTally[r] = append(nodeTally[r], t)
		}
	}
	pairTally := make(map[int64][]*tally, len(b.pairs))
	for k, t := range b.pairs {
		ra, oka := rank[k[0]]
		rb, okb := rank[k[1]]
		if !oka || !okb || ra == rb {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		key := int64(ra)<<32 | int64(rb)
		pairTally[key] = append(pairTally[key], t)
	}
	keys := make([]int64, 0, len(pairTally))
	for k := range pairTally {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	byID := make(map[entities.ID]*entities.Entity, len(ents))
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	linked := make([]bool, len(ids))
	for _, k := range keys {
		linked[k>>32], linked[k&0xffffffff] = true, true
	}
	windows := make([]int, len(ids)) // per rank
	for r, id := range ids {
		if !linked[r] {
			continue
		}
		n := Node{ID: id, Label: string(id)}
		if e := byID[id]; e != nil {
			n.Label, n.Kind, n.Mentions = e.Name, e.Kind, e.Mentions
		}
		n.Documents, n.Windows = b.merge(nodeTally[r])
		for _, c := range n.Windows {
			windows[r] += c
		}
		g.Nodes = append(g.Nodes, n)
	}
	total := 0
	for _, d := range g.Docs {
		total += d.Windows
	}
	// The edges are independent of one another: they are built, and
	// dated, on every CPU, each edge in its own place. This is the longest
	// step between entity resolution and the graph metrics after the last
	// article, when the other CPU has little else to do.
	g.Edges = make([]Edge, len(keys))
	inParallel(len(keys), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			k := keys[i]
			ra, rb := k>>32, k&0xffffffff
			e := Edge{Source: ids[ra], Target: ids[rb]}
			e.Documents, e.PerDoc = b.merge(pairTally[k])
			for _, c := range e.PerDoc {
				e.Count += c
			}
			e.NPMI = npmi(e.Count, windows[ra], windows[rb], total)
			e.Weight = float64(e.Count)
			g.Edges[i] = e
		}
	})
	g.redate()
	return g, nil
}

// inParallel calls work over [0, n) cut into one range per CPU, at once,
// and returns when all are done. Work must write only to its own range's
// elements. A panic in work is passed on to the caller.
func inParallel(n int, work func(lo, hi int)) {
	parts := min(runtime.GOMAXPROCS(0), n/1024+1) // small jobs stay on one goroutine
	panics := make([]any, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { panics[p] = recover() }()
			work(p*n/parts, (p+1)*n/parts)
		}()
	}
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
}

// merge adds up tallies into the documents' IDs and counts, in input
// order.
func (b *Builder) merge(ts []*tally) ([]string, []int) {
	if len(ts) == 1 {
		t := ts[0]
		docs, counts := make([]string, len(t.docs)), make([]int, len(t.docs))
		for i, d := range t.docs {
			docs[i], counts[i] = b.docs[d].ID, int(t.counts[i])
		}
		return docs, counts
	}
	sum := map[int32]int{}
	for _, t := range ts {
		for i, d := range t.docs {
			sum[d] += int(t.counts[i])
		}
	}
	order := make([]int32, 0, len(sum))
	for d := range sum {
		order = append(order, d)
	}
	slices.Sort(order)
	docs, counts := make([]string, len(order)), make([]int, len(order))
	for i, d := range order {
		docs[i], counts[i] = b.docs[d].ID, sum[d]
	}
	return docs, counts
}

// npmi is the normalized pointwise mutual information of a pair seen
// together in c of n windows, its two members in a and b:
//
//	npmi = ln(p(x,y) / (p(x) p(y))) / -ln p(x,y),  p(x,y) = c/n, p(x) = a/n
//
// (Bouma 2009, "Normalized (pointwise) mutual information in collocation
// extraction"). It is 1 when the two only ever appear together and 0 when
// they meet as often as chance predicts; the result is clamped to [-1, 1]
// against counts that do not add up (two names of one entity in a window).
func npmi(c, a, b, n int) float64 {
	if c <= 0 || a <= 0 || b <= 0 || n <= 0 {
		return 0
	}
	if c >= n {
		return 1
	}
	pmi := math.Log(float64(c) * float64(n) / (float64(a) * float64(b)))
	v := pmi / math.Log(float64(n)/float64(c))
	return max(-1, min(1, v))
}

// day returns the calendar day of t, as midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// redate recomputes every edge's spells from the publication days of its
// articles and the dates of its events.
func (g *Graph) redate() {
	dct := make(map[string]time.Time, len(g.Docs))
	for _, d := range g.Docs {
		if !d.DCT.IsZero() {
			dct[d.ID] = d.DCT
		}
	}
	var evs map[string]*Event
	if len(g.Events) > 0 {
		evs = make(map[string]*Event, len(g.Events))
		for i := range g.Events {
			evs[g.Events[i].ID] = &g.Events[i]
		}
	}
	inParallel(len(g.Edges), func(lo, hi int) {
		var buf []Spell
		for i := lo; i < hi; i++ {
			e := &g.Edges[i]
			buf = buf[:0]
			for _, d := range e.Documents {
				if t, ok := dct[d]; ok {
					buf = append(buf, Spell{t, t})
				}
			}
			for _, id := range e.Events {
				if ev := evs[id]; ev != nil && !ev.Start.IsZero() {
					buf = append(buf, Spell{day(ev.Start), day(ev.End)})
				}
			}
			e.Spells = MergeSpells(buf)
			e.First, e.Last = time.Time{}, time.Time{}
			if len(e.Spells) > 0 {
				e.First, e.Last = e.Spells[0].Start, e.Spells[len(e.Spells)-1].End
			}
		}
	})
}

// MergeSpells returns the days the spells cover as disjoint intervals in
// order, joining those that overlap or touch. It does not change s.
func MergeSpells(s []Spell) []Spell {
	if len(s) == 0 {
		return nil
	}
	s = slices.Clone(s)
	for i := range s {
		if s[i].End.Before(s[i].Start) {
			s[i].End = s[i].Start
		}
	}
	// slices.SortFunc rather than sort.Slice, whose reflection was set up
	// again for each of the graph's edges. Spells that compare equal are
	// equal, so the order among them cannot change the result.
	slices.SortFunc(s, func(a, b Spell) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return a.End.Compare(b.End)
	})
	out := s[:1]
	for _, sp := range s[1:] {
		last := &out[len(out)-1]
		if !sp.Start.After(last.End.AddDate(0, 0, 1)) {
			if sp.End.After(last.End) {
				last.End = sp.End
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}
