package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/internal/testenv"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timeline"
)

// trickyNames are names that break careless writers.
var trickyNames = []struct {
	id   entities.ID
	name string
	kind entities.Kind
}{
	{"person/ivan", `Ivan "the Terrible"`, entities.Person},
	{"person/back", `Back\slash \N`, entities.Person},
	{"person/zizek", "Slavoj Žižek", entities.Person},
	{"organization/att", "AT&T <Corp> &amp;", entities.Organization},
	{"location/moscow", "Москва", entities.Location},
	{"location/bad", "Bad\x00Bytes\xff\ttab", entities.Location},
	{"organization/un", "United Nations", entities.Organization},
}

// trickyResult is a small result whose names need escaping, with dated
// articles, events and coordinates.
func trickyResult(t testing.TB) *pipeline.Result {
	t.Helper()
	var ents []entities.Entity
	for _, n := range trickyNames {
		e := entities.Entity{ID: n.id, Name: n.name, Kind: n.kind, Mentions: 3, Documents: []string{"a1"}}
		if n.kind == entities.Location {
			e.HasCoord, e.Lat, e.Lon, e.Country = true, 55.7558, 37.6173, "RU"
		}
		ents = append(ents, e)
	}
	var b graph.Builder
	b.Add("a1", time.Date(2017, 4, 13, 0, 0, 0, 0, time.UTC), [][]entities.Handle{{0, 1, 2}, {0, 4}, {3, 4, 5}, {6}})
	b.Add("a2", time.Date(2017, 4, 16, 0, 0, 0, 0, time.UTC), [][]entities.Handle{{0, 1}, {5, 6}, {2, 3}})
	g, err := b.Finish(ents, func(h entities.Handle) entities.ID { return ents[h].ID })
	if err != nil {
		t.Fatal(err)
	}
	graph.Analyze(g, graph.Options{Seed: 1})
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	evs := []timeline.Event{
		{ID: "e1", Date: timeline.Date{Value: "2017-04-12", Start: day("2017-04-12"), End: day("2017-04-12"), Granularity: "day"},
			Summary: "Ivan met Back in Moscow", Entities: []entities.ID{"person/ivan", "person/back", "location/moscow"}, Place: "location/moscow"},
	}
	return &pipeline.Result{Entities: ents, Events: evs, Graph: g}
}

func TestDOTQuote(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Putin", `"Putin"`},
		{`say "hi"`, `"say \"hi\""`},
		{`a\b`, `"a\\b"`},
		{"two\nlines", `"two\nlines"`},
		{"Žižek", `"&#381;i&#382;ek"`},
		{"AT&T", `"AT&amp;T"`},
		{"bell\x07", `"bell"`},
		{"bad\xffbyte", `"bad&#65533;byte"`},
		{"bad\xff\xfebytes", `"bad&#65533;bytes"`},
		{"", `""`},
	} {
		if got := dotQuote(tt.in); got != tt.want {
			t.Errorf("dotQuote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// undot reverses dotQuote, as Graphviz reads a label.
func undot(t testing.TB, q string) string {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		t.Fatalf("not quoted: %s", q)
	}
	var b strings.Builder
	s := q[1 : len(q)-1]
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s):
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
		case c == '&':
			end := strings.IndexByte(s[i:], ';')
			ent := s[i+1 : i+end]
			if ent == "amp" {
				b.WriteByte('&')
			} else {
				n, err := strconv.Atoi(strings.TrimPrefix(ent, "#"))
				if err != nil {
					t.Fatalf("bad entity %q in %s", ent, q)
				}
				b.WriteRune(rune(n))
			}
			i += end
		case c == '"':
			t.Fatalf("unescaped quote in %s", q)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FuzzDOTQuote checks that any string comes out as plain ASCII that reads
// back as the string, less control characters, invalid bytes replaced.
func FuzzDOTQuote(f *testing.F) {
	for _, n := range trickyNames {
		f.Add(n.name)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := dotQuote(s)
		for i := 0; i < len(q); i++ {
			if q[i] >= utf8.RuneSelf || q[i] < 0x20 {
				t.Fatalf("byte %#x in %q", q[i], q)
			}
		}
		var want strings.Builder
		for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
			if r >= 0x20 && r != 0x7f || r == '\n' {
				want.WriteRune(r)
			}
		}
		if got := undot(t, q); got != want.String() {
			t.Fatalf("%q reads back as %q, want %q", q, got, want.String())
		}
	})
}

// TestDOTRendersTricky renders the tricky names with Graphviz and checks
// that it warns of nothing and shows each name as it is.
func TestDOTRendersTricky(t *testing.T) {
	r := trickyResult(t)
	var buf bytes.Buffer
	if err := (DOT{}).Write(&buf, DatedGraph(r)); err != nil {
		t.Fatal(err)
	}
	for i, c := range buf.Bytes() {
		if c >= utf8.RuneSelf {
			t.Fatalf("non-ASCII byte at %d", i)
		}
	}
	svg := renderDOT(t, buf.Bytes())
	// The SVG's texts, decoded by an XML parser.
	var texts []string
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	inText := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			inText = tk.Name.Local == "text"
		case xml.CharData:
			if inText {
				texts = append(texts, string(tk))
			}
		case xml.EndElement:
			inText = false
		}
	}
	all := strings.Join(texts, "\n")
	for _, n := range trickyNames {
		want := strings.Map(func(r rune) rune {
			if r < 0x20 {
				return -1
			}
			return r
		}, strings.ToValidUTF8(n.name, "\uFFFD"))
		if !strings.Contains(all, want) {
			t.Errorf("the drawing does not show %q; texts: %q", want, texts)
		}
	}
}

// renderDOT runs dot -Tsvg and fails on any warning.
func renderDOT(t *testing.T, dot []byte) []byte {
	t.Helper()
	bin := testenv.Command(t, "dot")
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin = bytes.NewReader(dot)
	var out, warn bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &warn
	if err := cmd.Run(); err != nil || warn.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v\n%s\n%s", err, warn.String(), dot)
	}
	return out.Bytes()
}

func TestDOTStructure(t *testing.T) {
	g := DatedGraph(trickyResult(t))
	edgeLine := regexp.MustCompile(`^\s*("(?:[^"\\]|\\.)*") -- ("(?:[^"\\]|\\.)*") \[`)
	for _, tt := range []struct {
		name      string
		dot       DOT
		wantEdges int
	}{
		{"all", DOT{MaxEdges: -1}, len(g.Edges)},
		{"backbone", DOT{MaxEdges: len(g.Nodes)}, len(g.Nodes)},
		{"default is twice the nodes", DOT{}, min(len(g.Edges), 2*len(g.Nodes))},
		{"no clusters, neato", DOT{Layout: "neato", Clusters: ClustersOff}, min(len(g.Edges), 2*len(g.Nodes))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := tt.dot.Write(&a, g); err != nil {
				t.Fatal(err)
			}
			tt.dot.Write(&b, g)
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("two writes differ")
			}
			var pairs []string
			nodes := map[string]bool{}
			for _, line := range strings.Split(a.String(), "\n") {
				if m := edgeLine.FindStringSubmatch(line); m != nil {
					if m[1] >= m[2] {
						t.Errorf("edge %s -- %s not in order", m[1], m[2])
					}
					pairs = append(pairs, m[1]+" "+m[2])
					nodes[m[1]], nodes[m[2]] = true, true
				}
			}
			if len(pairs) != tt.wantEdges {
				t.Errorf("%d edges, want %d", len(pairs), tt.wantEdges)
			}
			for i := 1; i < len(pairs); i++ {
				if pairs[i-1] >= pairs[i] {
					t.Errorf("edges out of order or repeated: %s, then %s", pairs[i-1], pairs[i])
				}
			}
			// A backbone of at least one edge per node keeps every node.
			for _, n := range g.Nodes {
				if tt.wantEdges < len(g.Nodes) {
					break
				}
				if !nodes[dotQuote(string(n.ID))] {
					t.Errorf("node %s lost", n.ID)
				}
			}
			renderDOT(t, a.Bytes())
		})
	}
}

// gexfDoc is the part of GEXF 1.3 the tests read.
type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		Mode            string `xml:"mode,attr"`
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID        string       `xml:"id,attr"`
			Label     string       `xml:"label,attr"`
			AttValues []gexfValue  `xml:"attvalues>attvalue"`
			Spells    []gexfSpell  `xml:"spells>spell"`
			Color     *struct{}    `xml:"http://gexf.net/1.3/viz color"`
			Size      *gexfVizSize `xml:"http://gexf.net/1.3/viz size"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID        string      `xml:"id,attr"`
			Source    string      `xml:"source,attr"`
			Target    string      `xml:"target,attr"`
			Weight    float64     `xml:"weight,attr"`
			AttValues []gexfValue `xml:"attvalues>attvalue"`
			Spells    []gexfSpell `xml:"spells>spell"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfSpell struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

type gexfVizSize struct {
	Value float64 `xml:"value,attr"`
}

func TestGEXF(t *testing.T) {
	r := trickyResult(t)
	g := DatedGraph(r)
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc gexfDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if doc.Version != "1.3" || doc.Graph.Mode != "dynamic" || doc.Graph.DefaultEdgeType != "undirected" || doc.Graph.TimeFormat != "date" {
		t.Errorf("header: version %q mode %q edges %q time %q", doc.Version, doc.Graph.Mode, doc.Graph.DefaultEdgeType, doc.Graph.TimeFormat)
	}
	declared := map[string]string{}
	for _, a := range doc.Graph.Attributes {
		for _, at := range a.Attrs {
			declared[a.Class+" "+at.ID] = at.Type
		}
	}
	checkValues := func(class, owner string, vs []gexfValue) {
		for _, v := range vs {
			typ, ok := declared[class+" "+v.For]
			if !ok {
				t.Errorf("%s: value for undeclared %s attribute %q", owner, class, v.For)
			}
			switch typ {
			case "integer":
				if _, err := strconv.Atoi(v.Value); err != nil {
					t.Errorf("%s: %s = %q is not an integer", owner, v.For, v.Value)
				}
			case "double":
				if _, err := strconv.ParseFloat(v.Value, 64); err != nil {
					t.Errorf("%s: %s = %q is not a double", owner, v.For, v.Value)
				}
			}
		}
	}
	checkSpells := func(owner string, ss []gexfSpell) {
		for _, s := range ss {
			a, errA := time.Parse("2006-01-02", s.Start)
			b, errB := time.Parse("2006-01-02", s.End)
			if errA != nil || errB != nil || b.Before(a) {
				t.Errorf("%s: bad spell %+v", owner, s)
			}
		}
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Fatalf("%d nodes, %d edges, want %d and %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
	ids := map[string]bool{}
	for i, n := range doc.Graph.Nodes {
		ids[n.ID] = true
		want := strings.ToValidUTF8(g.Nodes[i].Label, "\uFFFD")
		if n.ID != string(g.Nodes[i].ID) || strings.ReplaceAll(n.Label, "\uFFFD", "") != strings.Map(dropControl, strings.ReplaceAll(want, "\uFFFD", "")) {
			t.Errorf("node %d: %q %q, want %q %q", i, n.ID, n.Label, g.Nodes[i].ID, want)
		}
		if n.Color == nil || n.Size == nil || n.Size.Value <= 0 {
			t.Errorf("node %s: no viz colour or size", n.ID)
		}
		checkValues("node", n.ID, n.AttValues)
		checkSpells(n.ID, n.Spells)
	}
	dated := 0
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s: unknown end %s or %s", e.ID, e.Source, e.Target)
		}
		if e.Weight <= 0 {
			t.Errorf("edge %s: weight %g", e.ID, e.Weight)
		}
		checkValues("edge", e.ID, e.AttValues)
		checkSpells(e.ID, e.Spells)
		if len(e.Spells) > 0 {
			dated++
		}
	}
	if dated == 0 {
		t.Error("no edge has spells")
	}
}

// dropControl drops the control characters XML cannot hold.
func dropControl(r rune) rune {
	if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
		return -1
	}
	return r
}

func TestGraphML(t *testing.T) {
	r := trickyResult(t)
	g := DatedGraph(r)
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		if k.Name == "" || (k.Type != "string" && k.Type != "int" && k.Type != "double") {
			t.Errorf("key %+v", k)
		}
		keys[k.ID] = k.For
	}
	if doc.Graph.EdgeDefault != "undirected" || len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Fatalf("%s graph of %d nodes and %d edges", doc.Graph.EdgeDefault, len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %s: data for key %q of %q", n.ID, d.Key, keys[d.Key])
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge with an unknown end: %s -- %s", e.Source, e.Target)
		}
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge: data for key %q of %q", d.Key, keys[d.Key])
			}
		}
	}
	if !strings.Contains(buf.String(), `<data key="label">Ivan &quot;the Terrible&quot;</data>`) {
		t.Error("a label with quotes is not written as expected")
	}
}

func TestCytoscapeAndD3(t *testing.T) {
	r := trickyResult(t)
	g := DatedGraph(r)
	var cy, d3 bytes.Buffer
	if err := WriteCytoscape(&cy, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteD3(&d3, r); err != nil {
		t.Fatal(err)
	}
	type data = map[string]any
	var c struct {
		Elements struct {
			Nodes []struct{ Data data } `json:"nodes"`
			Edges []struct{ Data data } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(cy.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	var d struct {
		Directed *bool  `json:"directed"`
		Nodes    []data `json:"nodes"`
		Links    []data `json:"links"`
	}
	if err := json.Unmarshal(d3.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	cyNodes := make([]data, 0)
	for _, n := range c.Elements.Nodes {
		cyNodes = append(cyNodes, n.Data)
	}
	cyEdges := make([]data, 0)
	for _, e := range c.Elements.Edges {
		cyEdges = append(cyEdges, e.Data)
	}
	if d.Directed == nil || *d.Directed {
		t.Error("D3: directed is not false")
	}
	for _, f := range []struct {
		name         string
		nodes, edges []data
	}{{"cytoscape", cyNodes, cyEdges}, {"d3", d.Nodes, d.Links}} {
		if len(f.nodes) != len(g.Nodes) || len(f.edges) != len(g.Edges) {
			t.Fatalf("%s: %d nodes, %d edges", f.name, len(f.nodes), len(f.edges))
		}
		ids := map[string]bool{}
		for i, n := range f.nodes {
			id, _ := n["id"].(string)
			if ids[id] || id != string(g.Nodes[i].ID) {
				t.Errorf("%s: node %d has id %q", f.name, i, id)
			}
			ids[id] = true
			if n["label"] != strings.ToValidUTF8(g.Nodes[i].Label, "\uFFFD") {
				t.Errorf("%s: node %s label %q", f.name, id, n["label"])
			}
			for _, k := range []string{"pagerank", "betweenness", "degree", "community"} {
				if _, ok := n[k].(float64); !ok {
					t.Errorf("%s: node %s has no number %s", f.name, id, k)
				}
			}
		}
		for _, e := range f.edges {
			s, _ := e["source"].(string)
			tg, _ := e["target"].(string)
			w, _ := e["weight"].(float64)
			if !ids[s] || !ids[tg] || w <= 0 {
				t.Errorf("%s: edge %v", f.name, e)
			}
		}
	}
}

func TestGeoJSON(t *testing.T) {
	r := trickyResult(t)
	var buf bytes.Buffer
	if err := WriteGeoJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties struct {
				ID       string `json:"id"`
				Mentions int    `json:"mentions"`
				Events   []struct {
					ID string `json:"id"`
				} `json:"events"`
			} `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	places := 0
	for _, e := range r.Entities {
		if e.HasCoord {
			places++
		}
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != places {
		t.Fatalf("%s of %d features, want %d places", fc.Type, len(fc.Features), places)
	}
	for _, f := range fc.Features {
		c := f.Geometry.Coordinates
		if f.Type != "Feature" || f.Geometry.Type != "Point" || len(c) != 2 || c[0] != 37.6173 || c[1] != 55.7558 {
			t.Errorf("%s: %s %s %v (want [lon, lat])", f.Properties.ID, f.Type, f.Geometry.Type, c)
		}
		if f.Properties.ID == "location/moscow" && (len(f.Properties.Events) != 1 || f.Properties.Events[0].ID != "e1") {
			t.Errorf("Moscow's events: %+v", f.Properties.Events)
		}
	}
}

func TestGraphCSV(t *testing.T) {
	r := trickyResult(t)
	g := DatedGraph(r)
	var buf bytes.Buffer
	if err := WriteGraphCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(g.Nodes)+len(g.Edges) || strings.Join(rows[0], ",") != strings.Join(graphCSVHeader, ",") {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	for i, row := range rows[1:] {
		want := "node"
		if i >= len(g.Nodes) {
			want = "edge"
		}
		if row[0] != want {
			t.Errorf("row %d is a %q, want %q", i+1, row[0], want)
		}
	}
	if got := rows[1+g.NodeIndex("person/ivan")][2]; got != `Ivan "the Terrible"` {
		t.Errorf("label read back as %q", got)
	}
}

// TestGraphFormatsDeterministic builds the same result twice and checks
// that every graph format writes the same bytes.
func TestGraphFormatsDeterministic(t *testing.T) {
	a, b := trickyResult(t), trickyResult(t)
	for _, f := range Formats() {
		switch f.Name {
		case "dot", "gexf", "graphml", "cytoscape", "d3", "geojson", "csv-graph", "json":
		default:
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			var x, y bytes.Buffer
			if err := f.Write(&x, a); err != nil {
				t.Fatal(err)
			}
			if err := f.Write(&y, b); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(x.Bytes(), y.Bytes()) {
				t.Error("two runs differ")
			}
			if x.Len() == 0 {
				t.Error("empty output")
			}
		})
	}
}

// TestGraphFormatsEmpty checks that a result without a graph writes
// valid, empty documents.
func TestGraphFormatsEmpty(t *testing.T) {
	r := &pipeline.Result{}
	for _, w := range []struct {
		name string
		fn   Writer
	}{{"gexf", WriteGEXF}, {"graphml", WriteGraphML}, {"cytoscape", WriteCytoscape}, {"d3", WriteD3}, {"geojson", WriteGeoJSON}, {"csv", WriteGraphCSV}} {
		var buf bytes.Buffer
		if err := w.fn(&buf, r); err != nil {
			t.Errorf("%s: %v", w.name, err)
			continue
		}
		switch w.name {
		case "gexf", "graphml":
			var v struct{}
			if err := xml.Unmarshal(buf.Bytes(), &v); err != nil {
				t.Errorf("%s: %v", w.name, err)
			}
		case "csv":
			if _, err := csv.NewReader(&buf).ReadAll(); err != nil {
				t.Errorf("%s: %v", w.name, err)
			}
		default:
			if !json.Valid(buf.Bytes()) {
				t.Errorf("%s: not JSON: %s", w.name, buf.String())
			}
		}
	}
}

func ExampleDOT() {
	var b graph.Builder
	ents := []entities.Entity{
		{ID: "person/rex-tillerson", Name: "Rex Tillerson", Kind: entities.Person},
		{ID: "person/vladimir-putin", Name: "Vladimir Putin", Kind: entities.Person},
	}
	b.Add("a1", time.Time{}, [][]entities.Handle{{0, 1}})
	g, _ := b.Finish(ents, func(h entities.Handle) entities.ID { return ents[h].ID })
	graph.Analyze(g, graph.Options{})
	var buf bytes.Buffer
	DOT{Layout: "none"}.Write(&buf, g)
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.Contains(line, " -- ") || strings.HasPrefix(line, "graph ") {
			before, _, _ := strings.Cut(line, " [")
			fmt.Println(before)
		}
	}
	// Output:
	// graph "timeline" {
	//   "person/rex-tillerson" -- "person/vladimir-putin"
}
