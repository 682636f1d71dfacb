package pipeline

import (
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/timeline"
)

// Merger folds per-article results into the corpus-wide result: the
// reduce step. Add results in input order.
type Merger struct {
	cfg      Config
	docs     []DocInfo
	resolver *entities.Resolver
	events   timeline.Merger
	graph    graph.Builder
}

// NewMerger returns an empty merger.
func NewMerger(cfg Config) *Merger {
	return &Merger{cfg: cfg, resolver: entities.NewResolver()}
}

// Add folds in one article's result.
func (m *Merger) Add(r *DocResult) {
	m.docs = append(m.docs, r.Doc)
	if len(r.Locals) == 0 && len(r.Candidates) == 0 {
		return
	}
	handles := m.resolver.Add(r.Doc.ID, r.Locals)
	m.events.Add(r.Doc.ID, r.Candidates, handles)
	groups := make([][]entities.Handle, len(r.Groups))
	for i, g := range r.Groups {
		groups[i] = make([]entities.Handle, len(g))
		for j, l := range g {
			groups[i][j] = handles[l]
		}
	}
	m.graph.Add(r.Doc.ID, r.DCT, groups)
}

// Finish resolves the corpus and returns the result.
func (m *Merger) Finish() (*Result, error) {
	res, err := m.finish()
	if err != nil {
		return nil, err
	}
	graph.Analyze(res.Graph, graph.Options{Seed: m.cfg.Seed})
	return res, nil
}

// finish is Finish without the graph metrics.
func (m *Merger) finish() (*Result, error) {
	ents, idOf := m.resolver.Finish()
	names := make(map[entities.ID]string, len(ents))
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	events := m.events.Finish(idOf, func(id entities.ID) string { return names[id] })
	g, err := m.graph.Finish(ents, idOf)
	if err != nil {
		return nil, err
	}
	return &Result{Documents: m.docs, Entities: ents, Events: events, Graph: g}, nil
}
