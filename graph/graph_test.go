package graph_test

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	dgraph "github.com/dominikbraun/graph"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
)

// article is a test article: its co-mention windows, by entity name. A
// name starting with L is a place, with O an organization, else a person.
type article struct {
	id, dct string
	windows [][]string
}

func kindOf(name string) entities.Kind {
	switch {
	case strings.HasPrefix(name, "L"):
		return entities.Location
	case strings.HasPrefix(name, "O"):
		return entities.Organization
	}
	return entities.Person
}

func id(name string) entities.ID { return entities.ID(kindOf(name).Prefix() + "/" + name) }

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// build feeds the articles to a Builder; names ending in "*" are a second
// handle of the entity without the star.
func build(t testing.TB, arts []article) *graph.Graph {
	t.Helper()
	handles := map[string]entities.Handle{}
	var names []string
	var ents []entities.Entity
	b := &graph.Builder{}
	for _, a := range arts {
		var groups [][]entities.Handle
		for _, w := range a.windows {
			var g []entities.Handle
			for _, name := range w {
				h, ok := handles[name]
				if !ok {
					h = entities.Handle(len(names))
					handles[name] = h
					names = append(names, name)
					if !strings.HasSuffix(name, "*") {
						ents = append(ents, entities.Entity{ID: id(name), Name: strings.ToUpper(name), Kind: kindOf(name), Mentions: 1})
					}
				}
				g = append(g, h)
			}
			groups = append(groups, g)
		}
		b.Add(a.id, date(a.dct), groups)
	}
	g, err := b.Finish(ents, func(h entities.Handle) entities.ID { return id(strings.TrimSuffix(names[h], "*")) })
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func edge(t *testing.T, g *graph.Graph, a, b string) *graph.Edge {
	t.Helper()
	i := g.EdgeIndex(id(a), id(b))
	if i < 0 {
		t.Fatalf("no edge %s -- %s", a, b)
	}
	return &g.Edges[i]
}

func spells(days ...string) []graph.Spell {
	var out []graph.Spell
	for i := 0; i+1 < len(days); i += 2 {
		out = append(out, graph.Spell{Start: date(days[i]), End: date(days[i+1])})
	}
	return out
}

// corpus3 is three articles: one of 13 April, one of 16 April, one
// undated.
var corpus3 = []article{
	{"A", "2017-04-13", [][]string{{"x", "y"}, {"x", "y", "z"}, {"x"}}},
	{"B", "2017-04-16", [][]string{{"y", "x"}}},
	{"C", "", [][]string{{"y", "z", "y"}}},
}

func TestBuilder(t *testing.T) {
	g := build(t, corpus3)
	// Windows: A 3, B 1, C 1; x is in 4, y in 4, z in 2.
	npmi := func(c, a, b, n float64) float64 { return math.Log(c*n/(a*b)) / math.Log(n/c) }
	tests := []struct {
		a, b    string
		count   int
		docs    []string
		perDoc  []int
		npmi    float64
		spells  []graph.Spell
		first   string
		last    string
		weights float64
	}{
		{"x", "y", 3, []string{"A", "B"}, []int{2, 1}, npmi(3, 4, 4, 5), spells("2017-04-13", "2017-04-13", "2017-04-16", "2017-04-16"), "2017-04-13", "2017-04-16", 3},
		{"x", "z", 1, []string{"A"}, []int{1}, npmi(1, 4, 2, 5), spells("2017-04-13", "2017-04-13"), "2017-04-13", "2017-04-13", 1},
		{"y", "z", 2, []string{"A", "C"}, []int{1, 1}, npmi(2, 4, 2, 5), spells("2017-04-13", "2017-04-13"), "2017-04-13", "2017-04-13", 2},
	}
	if len(g.Edges) != len(tests) || len(g.Nodes) != 3 {
		t.Fatalf("%d nodes, %d edges, want 3 and %d", len(g.Nodes), len(g.Edges), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			e := edge(t, g, tt.a, tt.b)
			if e.Count != tt.count || !reflect.DeepEqual(e.Documents, tt.docs) || !reflect.DeepEqual(e.PerDoc, tt.perDoc) {
				t.Errorf("count %d docs %v %v, want %d %v %v", e.Count, e.Documents, e.PerDoc, tt.count, tt.docs, tt.perDoc)
			}
			if math.Abs(e.NPMI-tt.npmi) > 1e-12 {
				t.Errorf("NPMI %g, want %g", e.NPMI, tt.npmi)
			}
			if !reflect.DeepEqual(e.Spells, tt.spells) || !e.First.Equal(date(tt.first)) || !e.Last.Equal(date(tt.last)) {
				t.Errorf("spells %v (%v..%v), want %v", e.Spells, e.First, e.Last, tt.spells)
			}
			if e.Weight != tt.weights {
				t.Errorf("weight %g, want the count %g", e.Weight, tt.weights)
			}
		})
	}
	if n := g.Nodes[g.NodeIndex(id("x"))]; n.Label != "X" || n.Kind != entities.Person || !reflect.DeepEqual(n.Windows, []int{3, 1}) {
		t.Errorf("node x: %+v", n)
	}
	wantDocs := []graph.Doc{{ID: "A", DCT: date("2017-04-13"), Windows: 3}, {ID: "B", DCT: date("2017-04-16"), Windows: 1}, {ID: "C", Windows: 1}}
	if !reflect.DeepEqual(g.Docs, wantDocs) {
		t.Errorf("docs %+v, want %+v", g.Docs, wantDocs)
	}
}

// TestBuilderMergesHandles checks that two handles of one entity add up
// and never make a self-loop.
func TestBuilderMergesHandles(t *testing.T) {
	g := build(t, []article{
		{"A", "2017-04-13", [][]string{{"x", "y"}, {"x*", "y"}, {"x", "x*"}}},
	})
	if len(g.Edges) != 1 || len(g.Nodes) != 2 {
		t.Fatalf("%d nodes, %d edges: %+v", len(g.Nodes), len(g.Edges), g.Edges)
	}
	if e := edge(t, g, "x", "y"); e.Count != 2 || !reflect.DeepEqual(e.PerDoc, []int{2}) {
		t.Errorf("x -- y: count %d per doc %v, want 2 [2]", e.Count, e.PerDoc)
	}
	if e := edge(t, g, "x", "y"); e.NPMI > 1 || e.NPMI < -1 {
		t.Errorf("NPMI %g out of [-1, 1]", e.NPMI)
	}
}

func TestBuilderEmpty(t *testing.T) {
	var b graph.Builder
	g, err := b.Finish(nil, func(entities.Handle) entities.ID { return "" })
	if err != nil || len(g.Nodes) != 0 || len(g.Edges) != 0 {
		t.Errorf("empty builder: %+v, %v", g, err)
	}
	if _, err := b.Finish(nil, nil); err == nil {
		t.Error("Finish with a nil idOf: no error")
	}
}

func TestParseWeighting(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want graph.Weighting
		err  bool
	}{
		{"", graph.ByCount, false}, {"count", graph.ByCount, false}, {"documents", graph.ByDocuments, false},
		{"articles", graph.ByDocuments, false}, {"npmi", graph.ByNPMI, false}, {"pmi", "", true},
	} {
		got, err := graph.ParseWeighting(tt.in)
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("ParseWeighting(%q) = %q, %v", tt.in, got, err)
		}
	}
}

func TestMergeSpells(t *testing.T) {
	for _, tt := range []struct {
		name     string
		in, want []graph.Spell
	}{
		{"empty", nil, nil},
		{"one day", spells("2017-04-13", "2017-04-13"), spells("2017-04-13", "2017-04-13")},
		{"overlapping", spells("2017-04-10", "2017-04-14", "2017-04-13", "2017-04-20"), spells("2017-04-10", "2017-04-20")},
		{"touching days join", spells("2017-04-14", "2017-04-14", "2017-04-13", "2017-04-13"), spells("2017-04-13", "2017-04-14")},
		{"a gap stays", spells("2017-04-13", "2017-04-13", "2017-04-15", "2017-04-15"), spells("2017-04-13", "2017-04-13", "2017-04-15", "2017-04-15")},
		{"inside", spells("2017-01-01", "2017-12-31", "2017-04-13", "2017-04-13"), spells("2017-01-01", "2017-12-31")},
		{"end before start", spells("2017-04-13", "2017-04-01"), spells("2017-04-13", "2017-04-13")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]graph.Spell(nil), tt.in...)
			if got := graph.MergeSpells(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(in, tt.in) {
				t.Error("MergeSpells changed its argument")
			}
		})
	}
}

func TestWithEvents(t *testing.T) {
	g := build(t, corpus3)
	evs := []graph.Event{
		{ID: "e2", Start: date("2017-04-20"), End: date("2017-04-21"), Entities: []entities.ID{id("y"), id("z")}},
		{ID: "e1", Start: date("2017-04-10"), End: date("2017-04-10"), Entities: []entities.ID{id("x"), id("y"), id("nobody")}},
		{ID: "u1", Entities: []entities.ID{id("x"), id("y")}}, // undated: listed, not dated
	}
	d := graph.WithEvents(g, evs)
	if g.Events != nil || g.Edges[0].Events != nil {
		t.Fatal("WithEvents changed its argument")
	}
	xy, yz, xz := edge(t, d, "x", "y"), edge(t, d, "y", "z"), edge(t, d, "x", "z")
	if !reflect.DeepEqual(xy.Events, []string{"e1", "u1"}) || !reflect.DeepEqual(yz.Events, []string{"e2"}) || xz.Events != nil {
		t.Errorf("events: x-y %v, y-z %v, x-z %v", xy.Events, yz.Events, xz.Events)
	}
	if want := spells("2017-04-10", "2017-04-10", "2017-04-13", "2017-04-13", "2017-04-16", "2017-04-16"); !reflect.DeepEqual(xy.Spells, want) {
		t.Errorf("x-y spells %v, want %v", xy.Spells, want)
	}
	if !yz.First.Equal(date("2017-04-13")) || !yz.Last.Equal(date("2017-04-21")) {
		t.Errorf("y-z from %v to %v", yz.First, yz.Last)
	}
	if e := graph.WithEvents(g, nil); e.Events == nil {
		t.Error("WithEvents(nil) leaves Events nil; it marks the graph as dated")
	}
}

func TestAddEventsInPlace(t *testing.T) {
	evs := []graph.Event{
		{ID: "e2", Start: date("2017-04-20"), End: date("2017-04-21"), Entities: []entities.ID{id("y"), id("z")}},
		{ID: "e1", Start: date("2017-04-10"), End: date("2017-04-10"), Entities: []entities.ID{id("x"), id("y")}},
	}
	for _, tc := range []struct {
		name  string
		first []graph.Event // attached before evs, to be replaced
	}{
		{"undated graph", nil},
		{"replaces earlier events", []graph.Event{{ID: "old", Start: date("2016-01-01"), End: date("2016-01-01"), Entities: []entities.ID{id("x"), id("z")}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := build(t, corpus3)
			want := graph.WithEvents(g, evs)
			if tc.first != nil {
				g.AddEvents(tc.first)
				if xz := edge(t, g, "x", "z"); !reflect.DeepEqual(xz.Events, []string{"old"}) {
					t.Fatalf("first AddEvents: x-z events %v", xz.Events)
				}
			}
			g.AddEvents(evs)
			if !reflect.DeepEqual(g, want) {
				t.Errorf("AddEvents in place differs from WithEvents:\n got %+v\nwant %+v", g.Edges, want.Edges)
			}
		})
	}
}

func TestViews(t *testing.T) {
	g := graph.WithEvents(build(t, []article{
		{"A", "2017-04-13", [][]string{{"x", "y"}, {"x", "y", "z"}, {"x", "Lmoscow"}}},
		{"B", "2017-04-16", [][]string{{"y", "x"}, {"y", "Okremlin"}}},
		{"C", "", [][]string{{"y", "z"}}},
	}), []graph.Event{
		{ID: "e1", Start: date("2017-04-15"), End: date("2017-04-15"), Entities: []entities.ID{id("x"), id("y")}},
		{ID: "e2", Start: date("2017-04-01"), End: date("2017-04-01"), Entities: []entities.ID{id("x"), id("y")}},
	})
	graph.Analyze(g, graph.Options{Seed: 1})
	pairs := func(g *graph.Graph) string {
		var s []string
		for _, e := range g.Edges {
			s = append(s, strings.SplitN(string(e.Source), "/", 2)[1]+"-"+strings.SplitN(string(e.Target), "/", 2)[1])
		}
		return strings.Join(s, " ")
	}
	nodes := func(g *graph.Graph) string {
		var s []string
		for _, n := range g.Nodes {
			s = append(s, strings.SplitN(string(n.ID), "/", 2)[1])
		}
		return strings.Join(s, " ")
	}
	tests := []struct {
		name         string
		view         func() (*graph.Graph, error)
		nodes, edges string
	}{
		{"since", func() (*graph.Graph, error) { return graph.Slice(g, date("2017-04-14"), time.Time{}), nil }, "Okremlin x y", "Okremlin-y x-y"},
		{"until", func() (*graph.Graph, error) { return graph.Slice(g, time.Time{}, date("2017-04-13")), nil }, "Lmoscow x y z", "Lmoscow-x x-y x-z y-z"},
		{"empty slice", func() (*graph.Graph, error) { return graph.Slice(g, date("2018-01-01"), date("2018-12-31")), nil }, "", ""},
		{"people", func() (*graph.Graph, error) { return graph.KeepKinds(g, entities.Person), nil }, "x y z", "x-y x-z y-z"},
		{"places and people", func() (*graph.Graph, error) { return graph.KeepKinds(g, entities.Location, entities.Person), nil }, "Lmoscow x y z", "Lmoscow-x x-y x-z y-z"},
		{"min weight", func() (*graph.Graph, error) { return graph.MinWeight(g, 2), nil }, "x y z", "x-y y-z"},
		{"min count", func() (*graph.Graph, error) { return graph.MinCount(g, 2), nil }, "x y z", "x-y y-z"},
		{"ego 0", func() (*graph.Graph, error) { return graph.Ego(g, id("Lmoscow"), 0) }, "Lmoscow", ""},
		{"ego 1", func() (*graph.Graph, error) { return graph.Ego(g, id("Lmoscow"), 1) }, "Lmoscow x", "Lmoscow-x"},
		{"ego 2", func() (*graph.Graph, error) { return graph.Ego(g, id("Lmoscow"), 2) }, "Lmoscow x y z", "Lmoscow-x x-y x-z y-z"},
		{"ego 3", func() (*graph.Graph, error) { return graph.Ego(g, id("Lmoscow"), 3) }, "Lmoscow Okremlin x y z", "Lmoscow-x Okremlin-y x-y x-z y-z"},
		{"top 2", func() (*graph.Graph, error) { return graph.Top(g, 2), nil }, "x y", "x-y"},
		{"top 0 keeps all", func() (*graph.Graph, error) { return graph.Top(g, 0), nil }, "Lmoscow Okremlin x y z", "Lmoscow-x Okremlin-y x-y x-z y-z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.view()
			if err != nil {
				t.Fatal(err)
			}
			if got := nodes(v); got != tt.nodes {
				t.Errorf("nodes %q, want %q", got, tt.nodes)
			}
			if got := pairs(v); got != tt.edges {
				t.Errorf("edges %q, want %q", got, tt.edges)
			}
		})
	}
	for _, bad := range []struct {
		focus entities.ID
		depth int
	}{{id("nobody"), 1}, {id("x"), -1}} {
		if _, err := graph.Ego(g, bad.focus, bad.depth); err == nil {
			t.Errorf("Ego(%s, %d): no error", bad.focus, bad.depth)
		}
	}

	// The slice recounts: from 14 April, x-y is B's one co-mention and
	// keeps only the event of the 15th.
	s := graph.Slice(g, date("2017-04-14"), time.Time{})
	if e := edge(t, s, "x", "y"); e.Count != 1 || !reflect.DeepEqual(e.Documents, []string{"B"}) ||
		!reflect.DeepEqual(e.Events, []string{"e1"}) || !e.First.Equal(date("2017-04-15")) || !e.Last.Equal(date("2017-04-16")) {
		t.Errorf("sliced x-y: %+v", e)
	}
	if len(s.Docs) != 1 || len(s.Events) != 1 {
		t.Errorf("slice keeps %d docs and %d events, want 1 and 1", len(s.Docs), len(s.Events))
	}
	if e := edge(t, g, "x", "y"); e.Count != 3 {
		t.Errorf("Slice changed its argument: x-y count %d", e.Count)
	}

	// Reweight by articles.
	r := graph.Reweight(g, graph.ByDocuments)
	if e := edge(t, r, "x", "y"); e.Weight != 2 || r.Weighting != graph.ByDocuments {
		t.Errorf("by documents: x-y weight %g (%s)", e.Weight, r.Weighting)
	}
	if e := edge(t, g, "x", "y"); e.Weight != 3 {
		t.Errorf("Reweight changed its argument")
	}
}

// TestModel checks the dominikbraun/graph model and its store.
func TestModel(t *testing.T) {
	g := build(t, []article{{"A", "", [][]string{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "b"}}}})
	m, err := g.Model()
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := m.Order(); n != 4 {
		t.Errorf("order %d, want 4", n)
	}
	if n, _ := m.Size(); n != 3 {
		t.Errorf("size %d, want 3", n)
	}
	e, err := m.Edge(id("b"), id("a"))
	if err != nil || e.Properties.Weight != 2 || e.Source != id("b") {
		t.Errorf("edge b-a: %+v, %v", e, err)
	}
	if err := m.AddEdge(id("b"), id("a")); !errors.Is(err, dgraph.ErrEdgeAlreadyExists) {
		t.Errorf("adding b-a again: %v", err)
	}
	path, err := dgraph.ShortestPath(m, id("a"), id("d"))
	if err != nil || len(path) != 4 {
		t.Errorf("shortest path a..d: %v, %v", path, err)
	}
	if err := m.RemoveVertex(id("a")); !errors.Is(err, dgraph.ErrVertexHasEdges) {
		t.Errorf("removing a with an edge: %v", err)
	}
	if err := m.UpdateEdge(id("a"), id("b"), dgraph.EdgeAttribute("kind", "test")); err != nil {
		t.Fatal(err)
	}
	if e, _ := m.Edge(id("a"), id("b")); e.Properties.Attributes["kind"] != "test" {
		t.Errorf("updated edge: %+v", e)
	}
	if err := m.RemoveEdge(id("a"), id("b")); err != nil {
		t.Fatal(err)
	}
	if err := m.RemoveVertex(id("a")); err != nil {
		t.Errorf("removing a without edges: %v", err)
	}
	if n, _ := m.Size(); n != 2 {
		t.Errorf("size after removal %d, want 2", n)
	}
	adj, err := m.AdjacencyMap()
	if err != nil || len(adj) != 3 || len(adj[id("c")]) != 2 {
		t.Errorf("adjacency: %v, %v", adj, err)
	}
}
