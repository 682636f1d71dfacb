package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
)

// DOT writes a co-mention graph as Graphviz DOT. The zero value is ready
// to use. Output is deterministic: nodes and edges in the graph's sorted
// order, each undirected edge once, every string quoted and escaped.
type DOT struct {
	// Name is the graph's name; "" means "timeline".
	Name string
}

// nodeStyle gives shape and colour by entity kind.
var nodeStyle = map[entities.Kind]string{
	entities.Person:       `shape=ellipse, style=filled, fillcolor="#cfe2f3", color="#3d85c6"`,
	entities.Location:     `shape=box, style="rounded,filled", fillcolor="#d9ead3", color="#6aa84f"`,
	entities.Organization: `shape=hexagon, style=filled, fillcolor="#fce5cd", color="#e69138"`,
}

// Write writes g to w.
func (d DOT) Write(w io.Writer, g *graph.Graph) error {
	bw := bufio.NewWriter(w)
	name := d.Name
	if name == "" {
		name = "timeline"
	}
	fmt.Fprintf(bw, "graph %s {\n", quote(name))
	fmt.Fprintln(bw, `  graph [overlap=false, splines=true, fontname="Helvetica", label="Co-mention graph: people (ellipses), places (boxes), organizations (hexagons); line width grows with co-mentions", labelloc=t, fontsize=12];`)
	fmt.Fprintln(bw, `  node [fontname="Helvetica", fontsize=10];`)
	fmt.Fprintln(bw, `  edge [color="#99999988"];`)
	maxW := 0.0
	for _, e := range g.Edges {
		maxW = math.Max(maxW, e.Weight)
	}
	for _, n := range g.Nodes {
		style := nodeStyle[n.Kind]
		if style == "" {
			style = "shape=ellipse"
		}
		fmt.Fprintf(bw, "  %s [label=%s, %s, tooltip=%s];\n", quote(string(n.ID)), quote(n.Label), style,
			quote(fmt.Sprintf("%s, %d mentions", n.Kind, n.Mentions)))
	}
	for _, e := range g.Edges {
		pen := 1.0
		if maxW > 0 {
			pen = 0.5 + 4.5*e.Weight/maxW
		}
		fmt.Fprintf(bw, "  %s -- %s [weight=%d, penwidth=%.2f];\n", quote(string(e.Source)), quote(string(e.Target)),
			max(1, int(math.Round(e.Weight))), pen)
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// quote writes s as a DOT double-quoted string: quotes and backslashes
// escaped, line breaks as \n, other control characters dropped. DOT
// reads UTF-8, so other characters pass as they are.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
