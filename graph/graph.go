package graph

import (
	"fmt"
	"sort"
	"time"

	"github.com/timelinehq/timeline/entities"
)

// Node is an entity of the graph with its metrics.
type Node struct {
	ID       entities.ID
	Label    string
	Kind     entities.Kind
	Mentions int // mentions of the entity in the corpus

	// Documents lists the articles whose co-mention windows name the
	// entity, in input order, and Windows how many windows of each.
	Documents []string
	Windows   []int

	// Metrics, filled in by Analyze.
	Degree         int     // neighbours
	WeightedDegree float64 // sum of the weights of its edges
	PageRank       float64 // stationary probability, damping 0.85; sums to 1
	Betweenness    float64 // share of the shortest paths between other nodes through it, 0..1
	Community      int     // 0 is the largest community
}

// Edge is a co-mentioned pair, Source < Target.
type Edge struct {
	Source, Target entities.ID

	Count     int      // co-mention windows
	Documents []string // articles with at least one, in input order
	PerDoc    []int    // co-mention windows in each of Documents

	Events []string // IDs of the events both take part in (see WithEvents), sorted

	// Spells are the days on which the tie is attested: the publication
	// days of its articles and the dates of its events, merged into
	// disjoint intervals in order. First and Last are their bounds; both
	// are zero when no article or event of the edge is dated.
	Spells      []Spell
	First, Last time.Time

	// NPMI is the normalized pointwise mutual information of the pair over
	// the co-mention windows, in [-1, 1]: 1 when the two are only ever named
	// together, 0 when they meet as often as chance predicts.
	NPMI float64

	// Weight is the strength the metrics and the views use, as the graph's
	// Weighting says: Count, len(Documents) or NPMI.
	Weight float64
}

// Spell is an interval of calendar days, both ends included.
type Spell struct {
	Start, End time.Time
}

// Doc is an article the graph was built from.
type Doc struct {
	ID      string
	DCT     time.Time // its publication day; zero when unknown
	Windows int       // its co-mention windows that name at least one entity
}

// Event is a dated happening, as the graph sees it: who took part and
// when. The pipeline converts the timeline's events into these.
type Event struct {
	ID         string
	Start, End time.Time // the calendar days it covers; zero when undated
	Entities   []entities.ID
}

// Weighting says which measure of a tie is an edge's Weight.
type Weighting string

// Weightings.
const (
	// ByCount weighs a tie by its co-mention windows.
	ByCount Weighting = "count"
	// ByDocuments weighs a tie by the number of articles that co-mention
	// the pair, so that one long article cannot make a tie.
	ByDocuments Weighting = "documents"
	// ByNPMI weighs a tie by its NPMI, so that entities named everywhere
	// ("United States") do not outweigh every specific tie.
	ByNPMI Weighting = "npmi"
)

// ParseWeighting reads a weighting name; "" means count, and "articles"
// is documents.
func ParseWeighting(s string) (Weighting, error) {
	switch w := Weighting(s); w {
	case "":
		return ByCount, nil
	case ByCount, ByDocuments, ByNPMI:
		return w, nil
	case "articles":
		return ByDocuments, nil
	}
	return "", fmt.Errorf("unknown weight %q (want count, documents or npmi)", s)
}

// weigh returns the weight of e under w.
func (w Weighting) weigh(e *Edge) float64 {
	switch w {
	case ByDocuments:
		return float64(len(e.Documents))
	case ByNPMI:
		return e.NPMI
	}
	return float64(e.Count)
}

// Graph is the co-mention graph: nodes sorted by ID, edges by (Source,
// Target), each undirected pair once.
type Graph struct {
	Nodes []Node
	Edges []Edge

	// Docs are the articles counted, in input order, and Events the events
	// attached by WithEvents, sorted by ID (nil until then).
	Docs   []Doc
	Events []Event

	// Weighting says what Edge.Weight measures.
	Weighting Weighting

	// Set by Analyze: the options it used, the modularity of the
	// communities, and the number of sources betweenness was estimated
	// from (0 when it is exact).
	Options    Options
	Modularity float64
	Pivots     int
}

// NodeIndex returns the position of the node id in g.Nodes, or -1.
func (g *Graph) NodeIndex(id entities.ID) int {
	i := sort.Search(len(g.Nodes), func(i int) bool { return g.Nodes[i].ID >= id })
	if i < len(g.Nodes) && g.Nodes[i].ID == id {
		return i
	}
	return -1
}

// EdgeIndex returns the position of the edge between a and b in g.Edges,
// in either order, or -1.
func (g *Graph) EdgeIndex(a, b entities.ID) int {
	if b < a {
		a, b = b, a
	}
	i := sort.Search(len(g.Edges), func(i int) bool {
		e := &g.Edges[i]
		return e.Source > a || (e.Source == a && e.Target >= b)
	})
	if i < len(g.Edges) && g.Edges[i].Source == a && g.Edges[i].Target == b {
		return i
	}
	return -1
}

// sortNodes and sortEdges put the graph in its canonical order.
func (g *Graph) sortNodes() {
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
}

func (g *Graph) sortEdges() {
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := &g.Edges[i], &g.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
}

// shell returns an empty graph with g's documents, events, weighting and
// options, for a view to fill.
func (g *Graph) shell() *Graph {
	return &Graph{Docs: g.Docs, Events: g.Events, Weighting: g.Weighting, Options: g.Options}
}

// induced returns the graph of the nodes keep says yes to and the edges
// between them; with dropIsolated, the nodes left without an edge go too.
// Metrics are copied as they are.
func (g *Graph) induced(keep func(n *Node) bool, keepEdge func(e *Edge) bool, dropIsolated bool) *Graph {
	in := make(map[entities.ID]bool, len(g.Nodes))
	for i := range g.Nodes {
		if keep(&g.Nodes[i]) {
			in[g.Nodes[i].ID] = true
		}
	}
	out := g.shell()
	linked := make(map[entities.ID]bool, len(in))
	for i := range g.Edges {
		e := &g.Edges[i]
		if in[e.Source] && in[e.Target] && (keepEdge == nil || keepEdge(e)) {
			out.Edges = append(out.Edges, *e)
			linked[e.Source], linked[e.Target] = true, true
		}
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if in[n.ID] && (!dropIsolated || linked[n.ID]) {
			out.Nodes = append(out.Nodes, *n)
		}
	}
	return out
}
