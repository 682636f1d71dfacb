package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
)

// DOT writes a co-mention graph as Graphviz DOT. The zero value is ready
// to use.
//
// The output is deterministic: communities in order, nodes by ID within
// them, edges by (source, target), each undirected edge once. Every
// string is quoted and escaped: quotes and backslashes, and every
// character outside ASCII as an HTML character reference, which Graphviz
// decodes, so that the file is plain ASCII whatever the names. Nodes take
// their shape and colour from their type and their size from their
// PageRank, communities are drawn as coloured clusters, line width and
// darkness grow with an edge's weight, and a legend says so.
type DOT struct {
	// Name is the graph's name; "" means "timeline".
	Name string

	// Layout is the Graphviz engine the file asks for (its layout
	// attribute): "" means fdp, a force-directed layout that draws
	// clusters; "none" writes no layout attribute.
	Layout string

	// MaxEdges limits the edges drawn, so that the picture stays legible:
	// the strongest edge of every node comes first, then the strongest of
	// the others, and the legend says how many of how many are shown. Zero
	// means twice the number of nodes; a negative value draws every edge.
	MaxEdges int

	// Clusters draws each community of more than one node as a coloured
	// box; the zero value draws them when the graph has at most 12
	// communities of two or more nodes, which stay legible.
	Clusters ClusterMode

	// Caption is the legend's first line; "" means "Co-mention graph".
	Caption string
}

// ClusterMode says whether a DOT drawing boxes the communities.
type ClusterMode int

// Cluster modes.
const (
	ClustersAuto ClusterMode = iota // when there are at most 12
	ClustersOn
	ClustersOff
)

// kindStyle is how a kind of entity is drawn.
type kindStyle struct {
	name, shape, fill, line string
}

var kindStyles = map[entities.Kind]kindStyle{
	entities.Person:       {"person", "ellipse", "#cfe2f3", "#3d85c6"},
	entities.Location:     {"place", "box", "#d9ead3", "#38761d"},
	entities.Organization: {"organization", "hexagon", "#fce5cd", "#b45f06"},
}

var otherStyle = kindStyle{"other", "octagon", "#eeeeee", "#666666"}

func styleOf(k entities.Kind) kindStyle {
	if s, ok := kindStyles[k]; ok {
		return s
	}
	return otherStyle
}

// communityColours are the cluster colours (ColorBrewer Set3, light
// enough for black text on top).
var communityColours = []string{
	"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
	"#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
}

// Write writes g to w.
func (d DOT) Write(w io.Writer, g *graph.Graph) error {
	if g == nil {
		g = &graph.Graph{}
	}
	nodes, edges := d.shown(g)
	bw := bufio.NewWriter(w)
	name := d.Name
	if name == "" {
		name = "timeline"
	}
	fmt.Fprintf(bw, "graph %s {\n", dotQuote(name))
	layout := d.Layout
	if layout == "" {
		layout = "fdp"
	}
	if layout != "none" {
		fmt.Fprintf(bw, "  layout=%s;\n", dotQuote(layout))
	}
	fmt.Fprintf(bw, "  graph [overlap=false, splines=true, outputorder=edgesfirst, pad=0.3, fontname=\"Helvetica\", fontsize=11, labelloc=b, labeljust=l, label=<%s>];\n",
		d.legend(g, len(nodes), len(edges)))
	fmt.Fprintln(bw, `  node [fontname="Helvetica", style=filled, penwidth=1.2, margin="0.08,0.04"];`)
	fmt.Fprintln(bw, `  edge [color="#55555580"];`)

	// Size and line width scale with the largest value shown.
	maxPR, maxW := 0.0, 0.0
	for _, n := range nodes {
		maxPR = math.Max(maxPR, n.PageRank)
	}
	for _, e := range edges {
		maxW = math.Max(maxW, e.Weight)
	}

	clusters := d.clusters(nodes)
	for _, c := range clusters {
		indent := "  "
		if c.boxed {
			colour := communityColours[c.id%len(communityColours)]
			fmt.Fprintf(bw, "  subgraph %s {\n", dotQuote("cluster_"+strconv.Itoa(c.id)))
			fmt.Fprintf(bw, "    graph [label=%s, style=\"rounded,filled\", color=%s, fillcolor=%s, fontcolor=\"#444444\", fontsize=10];\n",
				dotQuote(c.label()), dotQuote(colour), dotQuote(colour+"40"))
			indent = "    "
		}
		for _, n := range c.nodes {
			st := styleOf(n.Kind)
			size := 10.0
			if maxPR > 0 {
				size = 10 + 12*math.Sqrt(n.PageRank/maxPR)
			}
			fmt.Fprintf(bw, "%s%s [label=%s, shape=%s, fillcolor=%s, color=%s, fontsize=%s, tooltip=%s];\n",
				indent, dotQuote(string(n.ID)), dotQuote(n.Label), st.shape, dotQuote(st.fill), dotQuote(st.line),
				num(size, 1), dotQuote(nodeTooltip(n)))
		}
		if c.boxed {
			fmt.Fprintln(bw, "  }")
		}
	}
	labels := make(map[entities.ID]string, len(g.Nodes))
	for i := range g.Nodes {
		labels[g.Nodes[i].ID] = g.Nodes[i].Label
	}
	line := make([]byte, 0, 256)
	for _, e := range edges {
		rel := 1.0
		if maxW > 0 {
			rel = math.Max(e.Weight, 0) / maxW
		}
		pen := 0.6 + 5.4*rel
		alpha := 0x50 + int(math.Round(0xa0*rel))
		line = append(line[:0], "  "...)
		line = append(line, dotQuote(string(e.Source))...)
		line = append(line, " -- "...)
		line = append(line, dotQuote(string(e.Target))...)
		line = append(line, " [penwidth="...)
		line = append(line, num(pen, 2)...)
		line = append(line, ", weight="...)
		line = strconv.AppendInt(line, int64(1+int(math.Round(9*rel))), 10)
		line = append(line, `, color="#404040`...)
		line = append(line, "0123456789abcdef"[alpha>>4], "0123456789abcdef"[alpha&15])
		line = append(line, `", tooltip=`...)
		line = append(line, dotQuote(edgeTooltip(labels, e))...)
		line = append(line, "];\n"...)
		bw.Write(line)
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// shown returns the nodes and edges to draw: every one, or a backbone of
// MaxEdges edges: each node's strongest edge first, so that no node is
// lost, strongest first, then the strongest of the rest.
func (d DOT) shown(g *graph.Graph) ([]*graph.Node, []*graph.Edge) {
	var nodes []*graph.Node
	var edges []*graph.Edge
	limit := d.MaxEdges
	if limit == 0 {
		limit = 2 * len(g.Nodes)
	}
	if limit < 0 || limit >= len(g.Edges) {
		for i := range g.Nodes {
			nodes = append(nodes, &g.Nodes[i])
		}
		for i := range g.Edges {
			edges = append(edges, &g.Edges[i])
		}
		return nodes, edges
	}
	order := make([]int, len(g.Edges))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return g.Edges[order[i]].Weight > g.Edges[order[j]].Weight })
	best := map[entities.ID]bool{} // nodes whose strongest edge is taken
	picked := make([]bool, len(g.Edges))
	var chosen []int
	for _, i := range order {
		e := &g.Edges[i]
		if len(chosen) < limit && (!best[e.Source] || !best[e.Target]) {
			picked[i] = true
			chosen = append(chosen, i)
		}
		best[e.Source], best[e.Target] = true, true
	}
	for _, i := range order {
		if len(chosen) >= limit {
			break
		}
		if !picked[i] {
			picked[i] = true
			chosen = append(chosen, i)
		}
	}
	sort.Ints(chosen)
	keep := map[entities.ID]bool{}
	for _, i := range chosen {
		edges = append(edges, &g.Edges[i])
		keep[g.Edges[i].Source], keep[g.Edges[i].Target] = true, true
	}
	for i := range g.Nodes {
		if keep[g.Nodes[i].ID] {
			nodes = append(nodes, &g.Nodes[i])
		}
	}
	return nodes, edges
}

type cluster struct {
	id    int
	boxed bool
	nodes []*graph.Node
}

// label names a community by its two members of highest PageRank.
func (c cluster) label() string {
	top := append([]*graph.Node(nil), c.nodes...)
	sort.SliceStable(top, func(i, j int) bool { return top[i].PageRank > top[j].PageRank })
	names := []string{}
	for _, n := range top[:min(2, len(top))] {
		names = append(names, n.Label)
	}
	more := ""
	if len(top) > 2 {
		more = fmt.Sprintf(" and %d more", len(top)-2)
	}
	return fmt.Sprintf("community %d: %s%s", c.id+1, strings.Join(names, ", "), more)
}

// clusters groups the nodes by community, in community order.
func (d DOT) clusters(nodes []*graph.Node) []cluster {
	byComm := map[int]*cluster{}
	var ids []int
	for _, n := range nodes {
		c := byComm[n.Community]
		if c == nil {
			c = &cluster{id: n.Community}
			byComm[n.Community] = c
			ids = append(ids, n.Community)
		}
		c.nodes = append(c.nodes, n)
	}
	sort.Ints(ids)
	big := 0
	for _, id := range ids {
		if len(byComm[id].nodes) > 1 {
			big++
		}
	}
	box := d.Clusters == ClustersOn || (d.Clusters == ClustersAuto && big <= len(communityColours))
	out := make([]cluster, 0, len(ids))
	for _, id := range ids {
		c := *byComm[id]
		c.boxed = box && len(c.nodes) > 1
		out = append(out, c)
	}
	return out
}

// legend is the HTML-like label that explains the drawing.
func (d DOT) legend(g *graph.Graph, nodes, edges int) string {
	var b strings.Builder
	caption := d.Caption
	if caption == "" {
		caption = "Co-mention graph"
	}
	b.WriteString(`<table border="0" cellborder="0" cellspacing="2" cellpadding="2">`)
	fmt.Fprintf(&b, `<tr><td align="left" colspan="4"><b>%s</b></td></tr>`, htmlText(caption))
	what := fmt.Sprintf("%d entities, %d ties", nodes, edges)
	if edges < len(g.Edges) {
		what = fmt.Sprintf("%d entities; %d of their %d ties: each one's strongest, then the strongest others", nodes, edges, len(g.Edges))
	}
	fmt.Fprintf(&b, `<tr><td align="left" colspan="4">%s</td></tr>`, htmlText(what))
	b.WriteString(`<tr>`)
	for _, k := range []entities.Kind{entities.Person, entities.Location, entities.Organization} {
		st := styleOf(k)
		fmt.Fprintf(&b, `<td bgcolor="%s" border="1" color="%s">%s (%s)</td>`, st.fill, st.line, htmlText(st.name), htmlText(st.shape))
	}
	b.WriteString(`<td></td></tr>`)
	weight := map[graph.Weighting]string{
		graph.ByCount:     "co-mentions",
		graph.ByDocuments: "articles that co-mention the pair",
		graph.ByNPMI:      "NPMI (association beyond chance)",
	}[g.Weighting]
	if weight == "" {
		weight = "weight"
	}
	fmt.Fprintf(&b, `<tr><td align="left" colspan="4">Line width: %s. Larger names: higher PageRank. Coloured boxes: communities.</td></tr>`, htmlText(weight))
	b.WriteString(`</table>`)
	return b.String()
}

func nodeTooltip(n *graph.Node) string {
	return fmt.Sprintf("%s (%s): %d mentions, %d ties, PageRank %s, community %d",
		n.Label, strings.ToLower(string(n.Kind)), n.Mentions, n.Degree, num(n.PageRank, 4), n.Community+1)
}

func edgeTooltip(labels map[entities.ID]string, e *graph.Edge) string {
	b := make([]byte, 0, 128)
	b = append(b, labelOr(labels, e.Source)...)
	b = append(b, " -- "...)
	b = append(b, labelOr(labels, e.Target)...)
	b = append(b, ": "...)
	b = strconv.AppendInt(b, int64(e.Count), 10)
	b = append(b, " co-mentions in "...)
	b = strconv.AppendInt(b, int64(len(e.Documents)), 10)
	b = append(b, " articles"...)
	if !e.First.IsZero() {
		b = append(b, ", "...)
		b = append(b, isoDay(e.First)...)
		b = append(b, " to "...)
		b = append(b, isoDay(e.Last)...)
	}
	b = append(b, ", NPMI "...)
	b = append(b, num(e.NPMI, 2)...)
	return string(b)
}

func labelOr(labels map[entities.ID]string, id entities.ID) string {
	if l, ok := labels[id]; ok {
		return l
	}
	return string(id)
}

// num formats f with at most prec decimals, without trailing zeros.
func num(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// dotQuote writes s as a DOT double-quoted string in ASCII: quotes and
// backslashes escaped, line breaks as \n, other control characters
// dropped, & and every character outside ASCII as HTML character
// references (which Graphviz decodes in labels), and each run of bytes
// that is not UTF-8 as one U+FFFD, as the other writers do.
func dotQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '&':
			b.WriteString("&amp;")
		case r < 0x20 || r == 0x7f:
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		default:
			b.WriteString("&#")
			b.WriteString(strconv.Itoa(int(r)))
			b.WriteByte(';')
		}
	}
	b.WriteByte('"')
	return b.String()
}

// htmlText escapes s for a Graphviz HTML-like label, in ASCII.
func htmlText(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 || r == 0x7f:
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	return b.String()
}
