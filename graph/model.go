package graph

import (
	"fmt"
	"slices"
	"sync"

	dgraph "github.com/dominikbraun/graph"

	"github.com/timelinehq/timeline/entities"
)

// Model returns g as a github.com/dominikbraun/graph model: an undirected,
// weighted graph whose vertices are the entity IDs and whose edges weigh
// their co-mention count, so that the library's traversals and path
// algorithms run on it. The model is a copy: changing it does not change
// g.
//
// The model keeps its edges in a compact store: the library's own
// in-memory store keeps two nested maps per vertex and took 10 to 20
// seconds to take in 500,000 edges (see README.md).
func (g *Graph) Model() (dgraph.Graph[entities.ID, entities.ID], error) {
	st := newPairStore(len(g.Nodes), len(g.Edges))
	m := dgraph.NewWithStore(func(id entities.ID) entities.ID { return id }, dgraph.Store[entities.ID, entities.ID](st), dgraph.Weighted())
	for i := range g.Nodes {
		if err := m.AddVertex(g.Nodes[i].ID); err != nil {
			return nil, fmt.Errorf("graph: vertex %s: %w", g.Nodes[i].ID, err)
		}
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		if err := m.AddEdge(e.Source, e.Target, dgraph.EdgeWeight(e.Count)); err != nil {
			return nil, fmt.Errorf("graph: edge %s -- %s: %w", e.Source, e.Target, err)
		}
	}
	return m, nil
}

// pairStore is a dominikbraun/graph Store for undirected graphs: each
// edge is kept once, under its vertices' numbers in increasing order,
// and read in either direction. Listings come in the order of insertion,
// so that they do not depend on map order.
type pairStore struct {
	mu     sync.RWMutex
	index  map[entities.ID]int32
	ids    []entities.ID
	props  []dgraph.VertexProperties
	alive  []bool
	degree []int32
	edges  map[[2]int32]*dgraph.Edge[entities.ID] // keyed by (lower, higher)
	order  [][2]int32                             // keys in insertion order, possibly removed since
}

var _ dgraph.Store[entities.ID, entities.ID] = (*pairStore)(nil)

func newPairStore(vertices, edges int) *pairStore {
	return &pairStore{
		index: make(map[entities.ID]int32, vertices),
		edges: make(map[[2]int32]*dgraph.Edge[entities.ID], edges),
		order: make([][2]int32, 0, edges),
	}
}

func (s *pairStore) AddVertex(id entities.ID, _ entities.ID, p dgraph.VertexProperties) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i, ok := s.index[id]; ok && s.alive[i] {
		return dgraph.ErrVertexAlreadyExists
	} else if ok {
		s.alive[i], s.props[i] = true, p
		return nil
	}
	s.index[id] = int32(len(s.ids))
	s.ids = append(s.ids, id)
	s.props = append(s.props, p)
	s.alive = append(s.alive, true)
	s.degree = append(s.degree, 0)
	return nil
}

func (s *pairStore) vertex(id entities.ID) (int32, bool) {
	i, ok := s.index[id]
	return i, ok && s.alive[i]
}

func (s *pairStore) Vertex(id entities.ID) (entities.ID, dgraph.VertexProperties, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	i, ok := s.vertex(id)
	if !ok {
		return "", dgraph.VertexProperties{}, dgraph.ErrVertexNotFound
	}
	return id, s.props[i], nil
}

func (s *pairStore) RemoveVertex(id entities.ID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.vertex(id)
	if !ok {
		return dgraph.ErrVertexNotFound
	}
	if s.degree[i] > 0 {
		return dgraph.ErrVertexHasEdges
	}
	s.alive[i] = false
	return nil
}

func (s *pairStore) ListVertices() ([]entities.ID, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]entities.ID, 0, len(s.ids))
	for i, id := range s.ids {
		if s.alive[i] {
			out = append(out, id)
		}
	}
	return out, nil
}

func (s *pairStore) VertexCount() (int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, a := range s.alive {
		if a {
			n++
		}
	}
	return n, nil
}

// key returns the store's key of the pair and whether both vertices
// exist.
func (s *pairStore) key(a, b entities.ID) ([2]int32, error) {
	i, ok := s.vertex(a)
	if !ok {
		return [2]int32{}, dgraph.ErrVertexNotFound
	}
	j, ok := s.vertex(b)
	if !ok {
		return [2]int32{}, dgraph.ErrVertexNotFound
	}
	if j < i {
		i, j = j, i
	}
	return [2]int32{i, j}, nil
}

// AddEdge stores the edge. The undirected graph stores each edge twice,
// once in each direction; the second is the same edge and is not kept
// again.
func (s *pairStore) AddEdge(source, target entities.ID, e dgraph.Edge[entities.ID]) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	k, err := s.key(source, target)
	if err != nil {
		return err
	}
	if _, ok := s.edges[k]; ok {
		return nil
	}
	if len(e.Properties.Attributes) == 0 {
		e.Properties.Attributes = nil // made again when read
	}
	s.edges[k] = &e
	s.order = append(s.order, k)
	s.degree[k[0]]++
	if k[1] != k[0] {
		s.degree[k[1]]++
	}
	return nil
}

func (s *pairStore) UpdateEdge(source, target entities.ID, e dgraph.Edge[entities.ID]) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	k, err := s.key(source, target)
	if err != nil {
		return dgraph.ErrEdgeNotFound
	}
	if _, ok := s.edges[k]; !ok {
		return dgraph.ErrEdgeNotFound
	}
	s.edges[k] = &e
	return nil
}

func (s *pairStore) RemoveEdge(source, target entities.ID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	k, err := s.key(source, target)
	if err != nil {
		return err
	}
	if _, ok := s.edges[k]; !ok {
		return nil // the undirected graph removes each edge in both directions
	}
	delete(s.edges, k)
	s.degree[k[0]]--
	if k[1] != k[0] {
		s.degree[k[1]]--
	}
	return nil
}

// oriented returns a copy of e running from source to target. Its
// attributes are a map of its own when writable is set (the graph updates
// an edge by changing the copy Edge returns), else nil when empty.
func oriented(e *dgraph.Edge[entities.ID], source, target entities.ID, writable bool) dgraph.Edge[entities.ID] {
	out := *e
	out.Source, out.Target = source, target
	out.Properties.Attributes = nil
	if writable || len(e.Properties.Attributes) > 0 {
		out.Properties.Attributes = make(map[string]string, len(e.Properties.Attributes))
		for k, v := range e.Properties.Attributes {
			out.Properties.Attributes[k] = v
		}
	}
	return out
}

func (s *pairStore) Edge(source, target entities.ID) (dgraph.Edge[entities.ID], error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	k, err := s.key(source, target)
	if err != nil {
		return dgraph.Edge[entities.ID]{}, dgraph.ErrEdgeNotFound
	}
	e, ok := s.edges[k]
	if !ok {
		return dgraph.Edge[entities.ID]{}, dgraph.ErrEdgeNotFound
	}
	return oriented(e, source, target, true), nil
}

// ListEdges lists every edge in both directions, as the undirected graph
// expects of its store.
func (s *pairStore) ListEdges() ([]dgraph.Edge[entities.ID], error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	live := s.order[:0]
	seen := make(map[[2]int32]bool, len(s.edges))
	for _, k := range s.order {
		if _, ok := s.edges[k]; ok && !seen[k] {
			seen[k] = true
			live = append(live, k)
		}
	}
	s.order = slices.Clip(live)
	out := make([]dgraph.Edge[entities.ID], 0, 2*len(live))
	for _, k := range live {
		e := s.edges[k]
		a, b := s.ids[k[0]], s.ids[k[1]]
		out = append(out, oriented(e, a, b, false))
		if a != b {
			out = append(out, oriented(e, b, a, false))
		}
	}
	return out, nil
}
