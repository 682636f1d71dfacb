// Package export writes a pipeline result in the formats analysts and
// their tools read: the JSON of the output contract (timeline/v1) and
// Graphviz DOT. JSON field names live here, not on the domain types.
package export

import (
	"io"
	"math"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timeline"
)

// Schema is the version of the JSON contract this package writes.
const Schema = "timeline/v1"

// Output is the JSON document of the contract.
type Output struct {
	Schema    string     `json:"schema"`
	Documents []Document `json:"documents"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	// Undated holds the events that no article dates: context kept apart
	// from the timeline, in the same shape with empty dates.
	Undated []Event `json:"undated_events"`
	Graph   Graph   `json:"graph"`
}

// Document is an input document and its status.
type Document struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title"`
	DCT       string `json:"dct"`
	DCTSource string `json:"dct_source"`
	Status    string `json:"status"`
	Error     string `json:"error,omitempty"`
	Warning   string `json:"warning,omitempty"`
	Sentences int    `json:"sentences"`
	Mentions  int    `json:"mentions"`
	Timexes   int    `json:"timexes"`
	Dropped   int    `json:"dropped_blocks"`
}

// Entity is a resolved person, place or organization.
type Entity struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Roles     []string `json:"roles"`
	Mentions  int      `json:"mentions"`
	Documents []string `json:"documents"`
	Country   string   `json:"country,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
}

// Event is a dated happening with its sources.
type Event struct {
	ID          string   `json:"id"`
	Date        string   `json:"date"`
	Start       string   `json:"start"`
	End         string   `json:"end"`
	Granularity string   `json:"granularity"`
	Summary     string   `json:"summary"`
	Trigger     string   `json:"trigger"`
	Kind        string   `json:"kind"`            // what happened, shared by synonyms: meet, say, attack, strike, ...
	Place       string   `json:"place,omitempty"` // the entity where it happened
	Future      bool     `json:"future,omitempty"`
	Entities    []string `json:"entities"`
	Sources     []Source `json:"sources"`
}

// Source is one article's report of an event: its best sentence, and how
// many of its sentences report the event.
type Source struct {
	Document      string `json:"document"`
	Sentence      string `json:"sentence"`
	TimeText      string `json:"time_text"`
	Offset        int    `json:"offset"` // of time_text, in characters; -1 when the source gives no time
	Date          string `json:"date"`   // the date this source gives; "" when its article does not date it
	Trigger       string `json:"trigger"`
	TriggerOffset int    `json:"trigger_offset"`
	Mentions      int    `json:"mentions"`
}

// Graph is the co-mention graph.
type Graph struct {
	Weighting  string  `json:"weighting"`                    // what an edge's weight measures: count, documents or npmi
	Modularity float64 `json:"modularity"`                   // of the communities
	Pivots     int     `json:"betweenness_pivots,omitempty"` // sources betweenness was estimated from; absent when exact
	Nodes      []Node  `json:"nodes"`
	Edges      []Edge  `json:"edges"`
}

// Node is an entity of the graph with its metrics.
type Node struct {
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

// Edge is a co-mentioned pair.
type Edge struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Weight    float64  `json:"weight"`
	Count     int      `json:"count"`
	NPMI      float64  `json:"npmi"`
	Documents []string `json:"documents"`
	Events    []string `json:"events"`
	First     string   `json:"first,omitempty"`
	Last      string   `json:"last,omitempty"`
}

// Build converts a pipeline result into the JSON contract's shape.
func Build(r *pipeline.Result) *Output {
	out := &Output{Schema: Schema, Documents: []Document{}, Entities: []Entity{}, Events: []Event{}, Undated: []Event{}}
	for _, d := range r.Documents {
		out.Documents = append(out.Documents, jsonDocument(d))
	}
	for _, e := range r.Entities {
		out.Entities = append(out.Entities, jsonEntity(e))
	}
	for _, e := range r.Events {
		if e.Dated() {
			out.Events = append(out.Events, jsonEvent(e))
		} else {
			out.Undated = append(out.Undated, jsonEvent(e))
		}
	}
	g := DatedGraph(r)
	out.Graph = jsonGraphHead(g)
	out.Graph.Nodes, out.Graph.Edges = []Node{}, []Edge{}
	for _, n := range g.Nodes {
		out.Graph.Nodes = append(out.Graph.Nodes, jsonNode(n))
	}
	for _, e := range g.Edges {
		out.Graph.Edges = append(out.Graph.Edges, jsonEdge(e))
	}
	return out
}

func jsonDocument(d pipeline.DocInfo) Document {
	return Document{
		ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, DCT: d.DCT, DCTSource: string(d.DCTSource),
		Status: string(d.Status), Error: d.Error, Warning: d.Warning,
		Sentences: d.Sentences, Mentions: d.Mentions, Timexes: d.Timexes, Dropped: d.Dropped,
	}
}

func jsonEntity(e entities.Entity) Entity {
	je := Entity{
		ID: string(e.ID), Name: e.Name, Type: string(e.Kind), Aliases: nonNil(e.Aliases), Roles: nonNil(e.Roles),
		Mentions: e.Mentions, Documents: nonNil(e.Documents), Country: e.Country,
	}
	if e.HasCoord {
		lat, lon := round(e.Lat), round(e.Lon)
		je.Lat, je.Lon = &lat, &lon
	}
	return je
}

// jsonGraphHead converts the graph's own fields, without nodes and edges.
func jsonGraphHead(g *graph.Graph) Graph {
	return Graph{Weighting: string(g.Weighting), Modularity: round(g.Modularity), Pivots: g.Pivots}
}

func jsonNode(n graph.Node) Node {
	return Node{
		ID: string(n.ID), Label: n.Label, Type: string(n.Kind), Mentions: n.Mentions, Degree: n.Degree,
		WeightedDegree: round(n.WeightedDegree), PageRank: round(n.PageRank), Betweenness: round(n.Betweenness),
		Community: n.Community,
	}
}

func jsonEdge(e graph.Edge) Edge {
	return Edge{
		Source: string(e.Source), Target: string(e.Target), Weight: round(e.Weight), Count: e.Count,
		NPMI: round(e.NPMI), Documents: nonNil(e.Documents), Events: nonNil(e.Events),
		First: day(e.First), Last: day(e.Last),
	}
}

// jsonEvent converts an event into the contract's shape.
func jsonEvent(e timeline.Event) Event {
	je := Event{
		ID: e.ID, Date: e.Date.Value, Start: day(e.Date.Start), End: day(e.Date.End),
		Granularity: e.Date.Granularity, Summary: e.Summary, Trigger: e.Trigger, Kind: e.Class,
		Place: string(e.Place), Future: e.Future, Entities: []string{}, Sources: []Source{},
	}
	for _, id := range e.Entities {
		je.Entities = append(je.Entities, string(id))
	}
	for _, s := range e.Sources {
		je.Sources = append(je.Sources, Source{
			Document: s.Document, Sentence: s.Sentence, TimeText: s.TimeText, Offset: s.Offset,
			Date: s.Date.Value, Trigger: s.Trigger, TriggerOffset: s.TriggerOffset, Mentions: s.Mentions,
		})
	}
	return je
}

// WriteJSON writes the result as the indented JSON of the contract. It
// streams: one document, entity, event, node or edge is converted and
// encoded at a time, so a large corpus's output is never held whole in
// memory. The bytes are those of encoding [Build]'s Output with two-space
// indentation and HTML characters unescaped.
func WriteJSON(w io.Writer, r *pipeline.Result) error {
	sw := newStreamWriter(w)
	var dated, undated []timeline.Event
	for _, e := range r.Events {
		if e.Dated() {
			dated = append(dated, e)
		} else {
			undated = append(undated, e)
		}
	}
	g := DatedGraph(r)
	head := jsonGraphHead(g)
	sw.raw("{\n  \"schema\": ")
	sw.e.str(Schema)
	sw.raw(",\n  \"documents\": ")
	writeArray(sw, 1, r.Documents, jsonDocument, (*jsonEnc).document)
	sw.raw(",\n  \"entities\": ")
	writeArray(sw, 1, r.Entities, jsonEntity, (*jsonEnc).entity)
	sw.raw(",\n  \"events\": ")
	writeArray(sw, 1, dated, jsonEvent, (*jsonEnc).event)
	sw.raw(",\n  \"undated_events\": ")
	writeArray(sw, 1, undated, jsonEvent, (*jsonEnc).event)
	sw.raw(",\n  \"graph\": {\n    \"weighting\": ")
	sw.e.str(head.Weighting)
	sw.raw(",\n    \"modularity\": ")
	sw.e.float(head.Modularity)
	if head.Pivots != 0 {
		sw.raw(",\n    \"betweenness_pivots\": ")
		sw.e.b = strconv.AppendInt(sw.e.b, int64(head.Pivots), 10)
	}
	sw.raw(",\n    \"nodes\": ")
	writeArray(sw, 2, g.Nodes, jsonNode, (*jsonEnc).node)
	sw.raw(",\n    \"edges\": ")
	writeArray(sw, 2, g.Edges, jsonEdge, (*jsonEnc).edge)
	sw.raw("\n  }\n}\n")
	return sw.flush()
}

// streamWriter encodes the output into a buffer that it passes on to w
// whenever it holds more than flushSize bytes. The first error sticks.
type streamWriter struct {
	w   io.Writer
	e   jsonEnc
	err error
}

// flushSize is how much encoded JSON streamWriter holds before writing.
const flushSize = 64 << 10

func newStreamWriter(w io.Writer) *streamWriter {
	return &streamWriter{w: w, e: jsonEnc{b: make([]byte, 0, 2*flushSize)}}
}

func (s *streamWriter) raw(text string) {
	s.e.b = append(s.e.b, text...)
}

// maybeFlush writes the buffer out once it is large enough.
func (s *streamWriter) maybeFlush() {
	if len(s.e.b) < flushSize {
		return
	}
	if s.err == nil && s.e.err == nil {
		_, s.err = s.w.Write(s.e.b)
	}
	s.e.b = s.e.b[:0]
}

func (s *streamWriter) flush() error {
	if s.e.err != nil {
		return s.e.err
	}
	if s.err == nil {
		_, s.err = s.w.Write(s.e.b)
	}
	s.e.b = s.e.b[:0]
	return s.err
}

// writeArray writes items converted by conv and encoded by enc as a JSON
// array whose opening bracket stands at the given indentation level.
//
// A long array is encoded by several goroutines, chunkItems items each,
// and written in order: encoding is most of the time after the last
// article is in (half a second of Reuters-21578's 80,000 graph edges and
// 11,000 events), and nothing else runs then. An item's bytes depend on
// nothing but the item, so the output is the same whatever the number of
// goroutines; at most two chunks per CPU are held at once.
func writeArray[T, J any](s *streamWriter, level int, items []T, conv func(T) J, enc func(*jsonEnc, *J, string)) {
	if len(items) == 0 {
		s.raw("[]")
		return
	}
	outer := strings.Repeat("  ", level)
	inner := outer + "  "
	s.raw("[\n")
	// encode appends items[lo:hi], each on its own line.
	encode := func(e *jsonEnc, lo, hi int) {
		for i := lo; i < hi; i++ {
			e.b = append(e.b, inner...)
			j := conv(items[i])
			enc(e, &j, inner)
			if i < len(items)-1 {
				e.b = append(e.b, ",\n"...)
			} else {
				e.b = append(e.b, '\n')
			}
		}
	}
	chunks := (len(items) + chunkItems - 1) / chunkItems
	if window := min(chunks, 2*runtime.GOMAXPROCS(0)); window > 1 {
		s.parallel(chunks, window, func(e *jsonEnc, c int) {
			encode(e, c*chunkItems, min(len(items), (c+1)*chunkItems))
		})
	} else {
		for i := range items {
			encode(&s.e, i, i+1)
			s.maybeFlush()
		}
	}
	s.raw(outer + "]")
}

// chunkItems is how many items of an array one goroutine encodes at a
// time: some tens of kilobytes of JSON.
const chunkItems = 256

// parallel encodes chunks 0 to n-1 with encode, up to window of them at
// once on their own goroutines, and writes them in order. The buffer of a
// chunk written is reused for the chunk window places after it.
func (s *streamWriter) parallel(n, window int, encode func(e *jsonEnc, chunk int)) {
	slots := make([]chan *jsonEnc, window)
	start := func(c int, e *jsonEnc) {
		done := make(chan *jsonEnc, 1)
		slots[c%window] = done
		go func() {
			encode(e, c)
			done <- e
		}()
	}
	for c := 0; c < window; c++ {
		start(c, &jsonEnc{b: make([]byte, 0, flushSize)})
	}
	for c := 0; c < n; c++ {
		e := <-slots[c%window]
		s.e.b = append(s.e.b, e.b...)
		if s.e.err == nil {
			s.e.err = e.err
		}
		s.maybeFlush()
		if c+window < n {
			e.b, e.err = e.b[:0], nil
			start(c+window, e)
		}
	}
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// round keeps six decimals, so that output is stable and readable.
func round(f float64) float64 { return math.Round(f*1e6) / 1e6 }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
