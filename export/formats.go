package export

import (
	"io"

	"github.com/timelinehq/timeline/pipeline"
)

// Writer writes a result in one format.
type Writer func(w io.Writer, r *pipeline.Result) error

// Format is an output format of "timeline build -f NAME".
type Format struct {
	Name        string
	Description string
	Write       Writer
}

// Formats lists every output format, by name.
func Formats() []Format {
	fs := []Format{
		{"json", "the timeline/v1 JSON contract: documents, entities, events, graph (default)", WriteJSON},
		{"dot", "the co-mention graph as Graphviz DOT", writeDOT},
		{"gexf", "the co-mention graph as GEXF 1.3 with time spells, for Gephi", WriteGEXF},
		{"graphml", "the co-mention graph as GraphML", WriteGraphML},
		{"cytoscape", "the co-mention graph as Cytoscape.js elements JSON", WriteCytoscape},
		{"d3", "the co-mention graph as D3 node-link JSON", WriteD3},
		{"geojson", "the places with coordinates as GeoJSON, with mention counts and events", WriteGeoJSON},
		{"csv-graph", "the co-mention graph as CSV: nodes, then edges", WriteGraphCSV},
		{"timelinejs", "the events as TimelineJS3 JSON", WriteTimelineJS},
		{"vis", "the events as vis-timeline items JSON", WriteVis},
		{"csv", "the events as CSV, one row per event", WriteEventsCSV},
		{"md", "the events as a Markdown chronology with sources as footnotes", WriteMarkdown},
		{"html", "a self-contained page to explore the timeline and the graph offline", WriteHTML},
	}
	return fs
}

// Lookup finds a format by name.
func Lookup(name string) (Format, bool) {
	for _, f := range Formats() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// writeDOT draws the graph with its edges dated by the events they share.
func writeDOT(w io.Writer, r *pipeline.Result) error { return DOT{}.Write(w, DatedGraph(r)) }
