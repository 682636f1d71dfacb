// Package graph builds the entity co-mention graph of a corpus and
// measures it: who appears with whom, how strongly, who sits at the centre
// and which groups form.
//
// A [Builder] counts co-mentions as articles stream past; [Builder.Finish]
// turns the counts into a [Graph] (held as a github.com/dominikbraun/graph
// model and flattened into sorted nodes and edges), and [Analyze] fills in
// the metrics with gonum: degree, PageRank, betweenness and Louvain
// communities.
package graph

import (
	"sort"
	"time"

	dgraph "github.com/dominikbraun/graph"

	"github.com/timelinehq/timeline/entities"
)

// Node is an entity of the graph with its metrics.
type Node struct {
	ID             entities.ID
	Label          string
	Kind           entities.Kind
	Mentions       int
	Degree         int
	WeightedDegree float64
	PageRank       float64
	Betweenness    float64
	Community      int
}

// Edge is a co-mentioned pair, Source < Target.
type Edge struct {
	Source, Target entities.ID
	Count          int      // co-mentions
	Documents      []string // articles with at least one, in input order
	First, Last    time.Time
	Weight         float64 // the weight the analysis uses (see Weighting)
}

// Graph is the co-mention graph: nodes sorted by ID, edges by (Source,
// Target).
type Graph struct {
	Nodes []Node
	Edges []Edge
}

// Builder accumulates co-mentions. The zero value is ready to use. Its
// memory grows with the number of distinct pairs, not with the number of
// articles.
type Builder struct {
	pairs map[[2]entities.Handle]*pairAcc
	seq   map[string]int
}

type pairAcc struct {
	count       int
	docs        []string
	first, last time.Time
}

// Add records the co-mentions of article doc, dated dct (zero when
// unknown): every two distinct entities of one group (a sentence, a
// paragraph or the article, as the caller windows them) are co-mentioned
// once.
func (b *Builder) Add(doc string, dct time.Time, groups [][]entities.Handle) {
	if b.pairs == nil {
		b.pairs = map[[2]entities.Handle]*pairAcc{}
		b.seq = map[string]int{}
	}
	if _, ok := b.seq[doc]; !ok {
		b.seq[doc] = len(b.seq)
	}
	for _, g := range groups {
		for i := 0; i < len(g); i++ {
			for j := i + 1; j < len(g); j++ {
				a, c := g[i], g[j]
				if a == c {
					continue
				}
				if c < a {
					a, c = c, a
				}
				p := b.pairs[[2]entities.Handle{a, c}]
				if p == nil {
					p = &pairAcc{}
					b.pairs[[2]entities.Handle{a, c}] = p
				}
				p.count++
				if len(p.docs) == 0 || p.docs[len(p.docs)-1] != doc {
					p.docs = append(p.docs, doc)
				}
				if !dct.IsZero() {
					if p.first.IsZero() || dct.Before(p.first) {
						p.first = dct
					}
					if dct.After(p.last) {
						p.last = dct
					}
				}
			}
		}
	}
}

// Finish maps the handles to entity IDs (several handles may name one
// entity) and returns the graph of the entities that have at least one
// co-mention, built on a dominikbraun/graph model.
func (b *Builder) Finish(ents []entities.Entity, idOf func(entities.Handle) entities.ID) (*Graph, error) {
	byID := make(map[entities.ID]*entities.Entity, len(ents))
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	model := dgraph.New(func(id entities.ID) entities.ID { return id }, dgraph.Weighted())
	type acc struct {
		count       int
		docs        map[string]bool
		first, last time.Time
	}
	merged := map[[2]entities.ID]*acc{}
	for k, p := range b.pairs {
		a, c := idOf(k[0]), idOf(k[1])
		if a == c || a == "" || c == "" {
			continue
		}
		if c < a {
			a, c = c, a
		}
		m := merged[[2]entities.ID{a, c}]
		if m == nil {
			m = &acc{docs: map[string]bool{}}
			merged[[2]entities.ID{a, c}] = m
		}
		m.count += p.count
		for _, d := range p.docs {
			m.docs[d] = true
		}
		if !p.first.IsZero() && (m.first.IsZero() || p.first.Before(m.first)) {
			m.first = p.first
		}
		if p.last.After(m.last) {
			m.last = p.last
		}
	}
	for k, m := range merged {
		for _, id := range k {
			if _, err := model.Vertex(id); err != nil {
				if err := model.AddVertex(id); err != nil {
					return nil, err
				}
			}
		}
		if err := model.AddEdge(k[0], k[1], dgraph.EdgeWeight(m.count)); err != nil {
			return nil, err
		}
	}
	adj, err := model.AdjacencyMap()
	if err != nil {
		return nil, err
	}
	g := &Graph{}
	for id := range adj {
		n := Node{ID: id, Label: string(id)}
		if e := byID[id]; e != nil {
			n.Label, n.Kind, n.Mentions = e.Name, e.Kind, e.Mentions
		}
		g.Nodes = append(g.Nodes, n)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	for k, m := range merged {
		e := Edge{Source: k[0], Target: k[1], Count: m.count, First: m.first, Last: m.last, Weight: float64(m.count)}
		for d := range m.docs {
			e.Documents = append(e.Documents, d)
		}
		sort.Slice(e.Documents, func(i, j int) bool { return b.seq[e.Documents[i]] < b.seq[e.Documents[j]] })
		g.Edges = append(g.Edges, e)
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		if g.Edges[i].Source != g.Edges[j].Source {
			return g.Edges[i].Source < g.Edges[j].Source
		}
		return g.Edges[i].Target < g.Edges[j].Target
	})
	return g, nil
}
