package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timeline"
)

// The graph formats write the co-mention graph of a result for the tools
// analysts use: Gephi (GEXF), yEd, Cytoscape desktop and networkx
// (GraphML), Cytoscape.js, D3, GIS tools (GeoJSON) and spreadsheets (CSV).
// Every one is deterministic: nodes by ID, edges by (source, target), the
// numbers rounded to six decimals.

// DatedGraph returns the result's graph with its edges dated by the
// result's events too (see graph.WithEvents), unless that was done
// already; it never returns nil.
func DatedGraph(r *pipeline.Result) *graph.Graph {
	g := r.Graph
	if g == nil {
		return &graph.Graph{Weighting: graph.ByCount}
	}
	if g.Events == nil {
		g = graph.WithEvents(g, GraphEvents(r.Events))
	}
	return g
}

// DateGraph dates the result's graph by its events in place, as
// [DatedGraph] does on a copy, unless that was done already. It is for a
// caller that owns r: it spares copying every edge.
func DateGraph(r *pipeline.Result) {
	if r.Graph != nil && r.Graph.Events == nil {
		r.Graph.AddEvents(GraphEvents(r.Events))
	}
}

// GraphEvents converts the timeline's events into the graph's plain form.
func GraphEvents(evs []timeline.Event) []graph.Event {
	out := make([]graph.Event, 0, len(evs))
	for _, e := range evs {
		ge := graph.Event{ID: e.ID, Entities: e.Entities}
		if e.Dated() {
			ge.Start, ge.End = e.Date.Start, e.Date.End
		}
		out = append(out, ge)
	}
	return out
}

// fnum formats a rounded number the way encoding/json does.
func fnum(f float64) string {
	return strconv.FormatFloat(round(f), 'f', -1, 64)
}

// isoDay formats t as YYYY-MM-DD, or "" when it is zero; faster than
// Time.Format on large graphs.
func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// toolWeight is an edge's weight for drawing tools, which expect positive
// weights: as the metrics use it (NPMI at or below 0 counts as 0.001).
func toolWeight(e *graph.Edge) float64 { return math.Max(e.Weight, 0.001) }

// nodeSpells returns the days each node is attested: the union of its
// edges' spells.
func nodeSpells(g *graph.Graph) map[entities.ID][]graph.Spell {
	acc := map[entities.ID][]graph.Spell{}
	for i := range g.Edges {
		e := &g.Edges[i]
		acc[e.Source] = append(acc[e.Source], e.Spells...)
		acc[e.Target] = append(acc[e.Target], e.Spells...)
	}
	for id, s := range acc {
		acc[id] = graph.MergeSpells(s)
	}
	return acc
}

// xmlWriter writes XML by hand, for speed on large graphs; attr and text
// escape as encoding/xml does (invalid characters become U+FFFD).
type xmlWriter struct {
	*bufio.Writer
}

func (x xmlWriter) attr(name, value string) {
	x.WriteByte(' ')
	x.WriteString(name)
	x.WriteString(`="`)
	xmlEscape(x.Writer, value)
	x.WriteByte('"')
}

// xmlEscape writes s escaped for XML text and attribute values, dropping
// the characters XML 1.0 cannot hold.
func xmlEscape(w *bufio.Writer, s string) {
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '&':
			w.WriteString("&amp;")
		case r == '<':
			w.WriteString("&lt;")
		case r == '>':
			w.WriteString("&gt;")
		case r == '"':
			w.WriteString("&quot;")
		case r == '\'':
			w.WriteString("&apos;")
		case r == '\t' || r == '\n' || r == '\r':
			w.WriteString("&#" + strconv.Itoa(int(r)) + ";")
		case r < 0x20 || r == 0xfffe || r == 0xffff:
			w.WriteRune('\uFFFD')
		default:
			w.WriteRune(r)
		}
	}
}

// nodeColour is a node's colour for the tools, by type.
func nodeColour(k entities.Kind) (r, g, b int) {
	switch k {
	case entities.Person:
		return 0x3d, 0x85, 0xc6
	case entities.Location:
		return 0x6a, 0xa8, 0x4f
	case entities.Organization:
		return 0xe6, 0x91, 0x38
	}
	return 0x99, 0x99, 0x99
}

func maxPageRank(g *graph.Graph) float64 {
	m := 0.0
	for i := range g.Nodes {
		m = math.Max(m, g.Nodes[i].PageRank)
	}
	return m
}

// nodeSize is a node's size for the tools: 5 to 50, by PageRank.
func nodeSize(n *graph.Node, maxPR float64) float64 {
	if maxPR <= 0 {
		return 10
	}
	return 5 + 45*math.Sqrt(n.PageRank/maxPR)
}

// WriteGEXF writes the co-mention graph as GEXF 1.3 (gexf.net), the
// format of Gephi: a dynamic graph whose nodes and edges carry spells,
// the days on which they are attested, for Gephi's timeline; the metrics
// as attributes; and colour by type and size by PageRank (viz).
func WriteGEXF(w io.Writer, r *pipeline.Result) error {
	return writeGEXF(w, DatedGraph(r))
}

// GEXF attributes: id, title, type.
var (
	gexfNodeAttrs = [][3]string{
		{"type", "type", "string"}, {"mentions", "mentions", "integer"}, {"degree", "degree", "integer"},
		{"weighted_degree", "weighted degree", "double"}, {"pagerank", "PageRank", "double"},
		{"betweenness", "betweenness", "double"}, {"community", "community", "integer"},
	}
	gexfEdgeAttrs = [][3]string{
		{"count", "co-mentions", "integer"}, {"documents", "articles", "integer"}, {"npmi", "NPMI", "double"},
		{"first", "first", "string"}, {"last", "last", "string"}, {"events", "events", "string"},
	}
)

func writeGEXF(w io.Writer, g *graph.Graph) error {
	x := xmlWriter{bufio.NewWriterSize(w, 1<<16)}
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	x.WriteString("  <meta>\n    <creator>timeline</creator>\n    <description>")
	xmlEscape(x.Writer, "Entity co-mention graph, edges weighted by "+string(g.Weighting))
	x.WriteString("</description>\n  </meta>\n")
	x.WriteString(`  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">` + "\n")
	for _, cls := range []struct {
		name  string
		attrs [][3]string
	}{{"node", gexfNodeAttrs}, {"edge", gexfEdgeAttrs}} {
		x.WriteString(`    <attributes class="` + cls.name + `" mode="static">` + "\n")
		for _, a := range cls.attrs {
			x.WriteString("      <attribute")
			x.attr("id", a[0])
			x.attr("title", a[1])
			x.attr("type", a[2])
			x.WriteString("/>\n")
		}
		x.WriteString("    </attributes>\n")
	}
	spells := nodeSpells(g)
	maxPR := maxPageRank(g)
	x.WriteString("    <nodes>\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		x.WriteString("      <node")
		x.attr("id", string(n.ID))
		x.attr("label", n.Label)
		x.WriteString(">\n        <attvalues>\n")
		for _, v := range [][2]string{
			{"type", string(n.Kind)}, {"mentions", strconv.Itoa(n.Mentions)}, {"degree", strconv.Itoa(n.Degree)},
			{"weighted_degree", fnum(n.WeightedDegree)}, {"pagerank", fnum(n.PageRank)},
			{"betweenness", fnum(n.Betweenness)}, {"community", strconv.Itoa(n.Community)},
		} {
			x.WriteString("          <attvalue")
			x.attr("for", v[0])
			x.attr("value", v[1])
			x.WriteString("/>\n")
		}
		x.WriteString("        </attvalues>\n")
		writeSpells(x, spells[n.ID], "        ")
		cr, cg, cb := nodeColour(n.Kind)
		x.WriteString(`        <viz:color r="` + strconv.Itoa(cr) + `" g="` + strconv.Itoa(cg) + `" b="` + strconv.Itoa(cb) + `"/>` + "\n")
		x.WriteString(`        <viz:size value="` + fnum(nodeSize(n, maxPR)) + `"/>` + "\n")
		x.WriteString("      </node>\n")
	}
	x.WriteString("    </nodes>\n    <edges>\n")
	for i := range g.Edges {
		e := &g.Edges[i]
		x.WriteString("      <edge")
		x.attr("id", strconv.Itoa(i))
		x.attr("source", string(e.Source))
		x.attr("target", string(e.Target))
		x.attr("weight", fnum(toolWeight(e)))
		x.WriteString(">\n        <attvalues>\n")
		for _, v := range [][2]string{
			{"count", strconv.Itoa(e.Count)}, {"documents", strconv.Itoa(len(e.Documents))}, {"npmi", fnum(e.NPMI)},
			{"first", isoDay(e.First)}, {"last", isoDay(e.Last)}, {"events", strings.Join(e.Events, " ")},
		} {
			if v[1] == "" {
				continue
			}
			x.WriteString("          <attvalue")
			x.attr("for", v[0])
			x.attr("value", v[1])
			x.WriteString("/>\n")
		}
		x.WriteString("        </attvalues>\n")
		writeSpells(x, e.Spells, "        ")
		x.WriteString("      </edge>\n")
	}
	x.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return x.Flush()
}

func writeSpells(x xmlWriter, spells []graph.Spell, indent string) {
	if len(spells) == 0 {
		return
	}
	x.WriteString(indent + "<spells>\n")
	for _, s := range spells {
		x.WriteString(indent + `  <spell start="` + isoDay(s.Start) + `" end="` + isoDay(s.End) + `"/>` + "\n")
	}
	x.WriteString(indent + "</spells>\n")
}

// WriteGraphML writes the co-mention graph as GraphML
// (graphml.graphdrawing.org), with the metrics and edge data as typed
// keys; yEd, Cytoscape, Gephi, networkx and igraph read it.
func WriteGraphML(w io.Writer, r *pipeline.Result) error {
	return writeGraphML(w, DatedGraph(r))
}

// GraphML keys: id, for, type. The id is also the attribute's name.
var graphMLKeys = [][3]string{
	{"label", "node", "string"}, {"type", "node", "string"}, {"mentions", "node", "int"}, {"degree", "node", "int"},
	{"weighted_degree", "node", "double"}, {"pagerank", "node", "double"}, {"betweenness", "node", "double"},
	{"community", "node", "int"},
	{"weight", "edge", "double"}, {"count", "edge", "int"}, {"documents", "edge", "int"}, {"npmi", "edge", "double"},
	{"first", "edge", "string"}, {"last", "edge", "string"}, {"events", "edge", "string"},
}

func writeGraphML(w io.Writer, g *graph.Graph) error {
	x := xmlWriter{bufio.NewWriterSize(w, 1<<16)}
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		x.WriteString("  <key")
		x.attr("id", k[0])
		x.attr("for", k[1])
		x.attr("attr.name", k[0])
		x.attr("attr.type", k[2])
		x.WriteString("/>\n")
	}
	x.WriteString(`  <graph id="timeline" edgedefault="undirected">` + "\n")
	data := func(key, value string) {
		if value == "" {
			return
		}
		x.WriteString("      <data")
		x.attr("key", key)
		x.WriteByte('>')
		xmlEscape(x.Writer, value)
		x.WriteString("</data>\n")
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		x.WriteString("    <node")
		x.attr("id", string(n.ID))
		x.WriteString(">\n")
		data("label", n.Label)
		data("type", string(n.Kind))
		data("mentions", strconv.Itoa(n.Mentions))
		data("degree", strconv.Itoa(n.Degree))
		data("weighted_degree", fnum(n.WeightedDegree))
		data("pagerank", fnum(n.PageRank))
		data("betweenness", fnum(n.Betweenness))
		data("community", strconv.Itoa(n.Community))
		x.WriteString("    </node>\n")
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		x.WriteString("    <edge")
		x.attr("id", "e"+strconv.Itoa(i))
		x.attr("source", string(e.Source))
		x.attr("target", string(e.Target))
		x.WriteString(">\n")
		data("weight", fnum(toolWeight(e)))
		data("count", strconv.Itoa(e.Count))
		data("documents", strconv.Itoa(len(e.Documents)))
		data("npmi", fnum(e.NPMI))
		data("first", isoDay(e.First))
		data("last", isoDay(e.Last))
		data("events", strings.Join(e.Events, " "))
		x.WriteString("    </edge>\n")
	}
	x.WriteString("  </graph>\n</graphml>\n")
	return x.Flush()
}

// graphNodeJSON is a node as the JSON graph formats write it.
type graphNodeJSON struct {
	ID             string  `json:"id"`
	Label          string  `json:"label"`
	Type           string  `json:"type"`
	Mentions       int     `json:"mentions"`
	Degree         int     `json:"degree"`
	WeightedDegree float64 `json:"weighted_degree"`
	PageRank       float64 `json:"pagerank"`
	Betweenness    float64 `json:"betweenness"`
	Community      int     `json:"community"`
}

// graphEdgeJSON is an edge as the JSON graph formats write it.
type graphEdgeJSON struct {
	ID        string   `json:"id,omitempty"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Weight    float64  `json:"weight"`
	Value     float64  `json:"value,omitempty"`
	Count     int      `json:"count"`
	NPMI      float64  `json:"npmi"`
	Documents []string `json:"documents"`
	Events    []string `json:"events"`
	First     string   `json:"first,omitempty"`
	Last      string   `json:"last,omitempty"`
}

func nodeJSON(n *graph.Node) graphNodeJSON {
	return graphNodeJSON{
		ID: string(n.ID), Label: n.Label, Type: string(n.Kind), Mentions: n.Mentions, Degree: n.Degree,
		WeightedDegree: round(n.WeightedDegree), PageRank: round(n.PageRank), Betweenness: round(n.Betweenness),
		Community: n.Community,
	}
}

func edgeJSON(e *graph.Edge) graphEdgeJSON {
	return graphEdgeJSON{
		Source: string(e.Source), Target: string(e.Target), Weight: round(toolWeight(e)), Count: e.Count,
		NPMI: round(e.NPMI), Documents: nonNil(e.Documents), Events: nonNil(e.Events),
		First: isoDay(e.First), Last: isoDay(e.Last),
	}
}

// edgeID is an edge's ID in the formats that need one: its two ends.
func edgeID(e *graph.Edge) string { return string(e.Source) + "--" + string(e.Target) }

func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// WriteCytoscape writes the co-mention graph as Cytoscape.js elements
// JSON, in the layout Cytoscape desktop also imports (.cyjs): nodes and
// edges under "elements", each with its fields under "data".
func WriteCytoscape(w io.Writer, r *pipeline.Result) error {
	g := DatedGraph(r)
	// name and value repeat the label and the ID for readers that
	// expect Cytoscape desktop's names (networkx's cytoscape_graph).
	type nodeData struct {
		graphNodeJSON
		Name  string `json:"name"`
		Value string `json:"value"`
	}
	type nodeEl struct {
		Data nodeData `json:"data"`
	}
	type edgeEl struct {
		Data graphEdgeJSON `json:"data"`
	}
	out := struct {
		FormatVersion string `json:"format_version"`
		GeneratedBy   string `json:"generated_by"`
		Target        string `json:"target_cytoscapejs_version"`
		Data          struct {
			Name       string  `json:"name"`
			Weighting  string  `json:"weighting"`
			Modularity float64 `json:"modularity"`
		} `json:"data"`
		Elements struct {
			Nodes []nodeEl `json:"nodes"`
			Edges []edgeEl `json:"edges"`
		} `json:"elements"`
	}{FormatVersion: "1.0", GeneratedBy: "timeline", Target: "~3"}
	out.Data.Name, out.Data.Weighting, out.Data.Modularity = "timeline", string(g.Weighting), round(g.Modularity)
	out.Elements.Nodes, out.Elements.Edges = []nodeEl{}, []edgeEl{}
	for i := range g.Nodes {
		n := nodeJSON(&g.Nodes[i])
		out.Elements.Nodes = append(out.Elements.Nodes, nodeEl{nodeData{n, n.Label, n.ID}})
	}
	for i := range g.Edges {
		e := edgeJSON(&g.Edges[i])
		e.ID = edgeID(&g.Edges[i])
		out.Elements.Edges = append(out.Elements.Edges, edgeEl{e})
	}
	return writeIndentedJSON(w, out)
}

// WriteD3 writes the co-mention graph as D3 node-link JSON: "nodes" with
// an "id", "links" whose "source" and "target" are node IDs (for
// d3.forceLink().id(d => d.id)) and whose "value" is the weight; networkx
// reads it too (json_graph.node_link_graph with edges="links").
func WriteD3(w io.Writer, r *pipeline.Result) error {
	g := DatedGraph(r)
	out := struct {
		Directed   bool `json:"directed"`
		Multigraph bool `json:"multigraph"`
		Graph      struct {
			Name       string  `json:"name"`
			Weighting  string  `json:"weighting"`
			Modularity float64 `json:"modularity"`
		} `json:"graph"`
		Nodes []graphNodeJSON `json:"nodes"`
		Links []graphEdgeJSON `json:"links"`
	}{Nodes: []graphNodeJSON{}, Links: []graphEdgeJSON{}}
	out.Graph.Name, out.Graph.Weighting, out.Graph.Modularity = "timeline", string(g.Weighting), round(g.Modularity)
	for i := range g.Nodes {
		out.Nodes = append(out.Nodes, nodeJSON(&g.Nodes[i]))
	}
	for i := range g.Edges {
		e := edgeJSON(&g.Edges[i])
		e.Value = e.Weight
		out.Links = append(out.Links, e)
	}
	return writeIndentedJSON(w, out)
}

// WriteGeoJSON writes the places that have coordinates as a GeoJSON
// FeatureCollection (RFC 7946) of points, [longitude, latitude], with
// their mentions, articles, graph metrics (when they are in the graph) and
// the events that involve them, for GIS tools and web maps.
func WriteGeoJSON(w io.Writer, r *pipeline.Result) error {
	g := DatedGraph(r)
	type eventRef struct {
		ID      string `json:"id"`
		Date    string `json:"date"`
		Summary string `json:"summary"`
	}
	type props struct {
		ID        string     `json:"id"`
		Name      string     `json:"name"`
		Type      string     `json:"type"`
		Country   string     `json:"country,omitempty"`
		Mentions  int        `json:"mentions"`
		Documents int        `json:"documents"`
		Degree    int        `json:"degree"`
		PageRank  float64    `json:"pagerank"`
		Community *int       `json:"community,omitempty"`
		Events    []eventRef `json:"events"`
	}
	type geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string   `json:"type"`
		ID         string   `json:"id"`
		Geometry   geometry `json:"geometry"`
		Properties props    `json:"properties"`
	}
	events := map[entities.ID][]eventRef{}
	for _, e := range r.Events {
		seen := map[entities.ID]bool{}
		ids := append([]entities.ID{e.Place}, e.Entities...)
		for _, id := range ids {
			if id == "" || seen[id] {
				continue
			}
			seen[id] = true
			events[id] = append(events[id], eventRef{ID: e.ID, Date: e.Date.Value, Summary: e.Summary})
		}
	}
	var places []entities.Entity
	for _, e := range r.Entities {
		if e.HasCoord {
			places = append(places, e)
		}
	}
	sort.Slice(places, func(i, j int) bool { return places[i].ID < places[j].ID })
	out := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for _, p := range places {
		f := feature{Type: "Feature", ID: string(p.ID),
			Geometry: geometry{Type: "Point", Coordinates: [2]float64{round(p.Lon), round(p.Lat)}},
			Properties: props{ID: string(p.ID), Name: p.Name, Type: string(p.Kind), Country: p.Country,
				Mentions: p.Mentions, Documents: len(p.Documents), Events: events[p.ID]},
		}
		if f.Properties.Events == nil {
			f.Properties.Events = []eventRef{}
		}
		if i := g.NodeIndex(p.ID); i >= 0 {
			n := &g.Nodes[i]
			c := n.Community
			f.Properties.Degree, f.Properties.PageRank, f.Properties.Community = n.Degree, round(n.PageRank), &c
		}
		out.Features = append(out.Features, f)
	}
	return writeIndentedJSON(w, out)
}

// graphCSVHeader is the header of the graph CSV.
var graphCSVHeader = []string{
	"element", "id", "label", "type", "mentions", "degree", "weighted_degree", "pagerank", "betweenness", "community",
	"source", "target", "weight", "count", "npmi", "documents", "first", "last", "events",
}

// WriteGraphCSV writes the co-mention graph as one CSV table (RFC 4180)
// that spreadsheets and data frames open as it is: a row per node, then a
// row per edge, told apart by the first column ("node" or "edge"); node
// rows leave the edge columns empty and edge rows the node columns.
// Lists (an edge's documents and events) are separated by spaces.
func WriteGraphCSV(w io.Writer, r *pipeline.Result) error {
	g := DatedGraph(r)
	cw := csv.NewWriter(w)
	if err := cw.Write(graphCSVHeader); err != nil {
		return err
	}
	row := make([]string, len(graphCSVHeader))
	for i := range g.Nodes {
		n := &g.Nodes[i]
		clear(row)
		row[0], row[1], row[2], row[3] = "node", string(n.ID), n.Label, string(n.Kind)
		row[4], row[5], row[6] = strconv.Itoa(n.Mentions), strconv.Itoa(n.Degree), fnum(n.WeightedDegree)
		row[7], row[8], row[9] = fnum(n.PageRank), fnum(n.Betweenness), strconv.Itoa(n.Community)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		clear(row)
		row[0], row[1] = "edge", edgeID(e)
		row[10], row[11], row[12], row[13] = string(e.Source), string(e.Target), fnum(e.Weight), strconv.Itoa(e.Count)
		row[14], row[15], row[16], row[17] = fnum(e.NPMI), strings.Join(e.Documents, " "), isoDay(e.First), isoDay(e.Last)
		row[18] = strings.Join(e.Events, " ")
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
