package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/timeline"
)

// Merger folds per-article results into the corpus-wide result: the
// reduce step. Add results in input order.
//
// Its memory holds one DocInfo per article and the corpus-wide entities,
// candidate events (with their evidence sentences) and edge counts; no
// article text.
type Merger struct {
	cfg      Config
	docs     []DocInfo
	ids      idSet
	resolver *entities.Resolver
	events   timeline.Merger
	graph    graph.Builder
}

// NewMerger returns an empty merger.
func NewMerger(cfg Config) *Merger {
	return &Merger{cfg: cfg, resolver: entities.NewResolver(), ids: idSet{}}
}

// Add folds in one article's result. An ID already added is made unique
// as corpus.Reader makes them within one walk ("a", "a-2"), so that
// merging the extracts of several runs names the articles as one run over
// all the inputs would.
func (m *Merger) Add(r *DocResult) {
	if id := m.ids.unique(r.Doc.ID); id != r.Doc.ID {
		c := *r
		c.Doc.ID = id
		r = &c
	}
	m.docs = append(m.docs, r.Doc)
	if len(r.Locals) == 0 && len(r.Candidates) == 0 {
		return
	}
	handles := m.resolver.AddTitled(r.Doc.ID, r.Doc.Title, r.Locals)
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
func (m *Merger) Finish() (*Result, error) { return m.finish(true) }

// finish resolves the corpus, then merges the events on one goroutine
// while it builds the co-mention graph, and measures it when metrics is
// set, on another: the two depend only on the resolved entities.
func (m *Merger) finish(metrics bool) (*Result, error) {
	ents, idOf := m.resolver.Finish()
	names := make(map[entities.ID]string, len(ents))
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	var events []timeline.Event
	var panicked any // passed on to the caller, as if on one goroutine
	merged := make(chan struct{})
	go func() {
		defer close(merged)
		defer func() { panicked = recover() }()
		events = m.events.Finish(idOf, func(id entities.ID) string { return names[id] })
	}()
	g, err := m.graph.Finish(ents, idOf)
	if err == nil && metrics {
		graph.Analyze(g, graph.Options{Seed: m.cfg.Seed})
	}
	<-merged
	if panicked != nil {
		panic(panicked)
	}
	if err != nil {
		return nil, err
	}
	return &Result{Documents: m.docs, Entities: ents, Events: events, Graph: g}, nil
}

// idSet makes document IDs unique with the rule of corpus.Reader.Walk.
type idSet map[string]int

func (s idSet) unique(id string) string {
	n := s[id]
	s[id] = n + 1
	if n == 0 {
		return id
	}
	for {
		n++
		cand := id + "-" + strconv.Itoa(n)
		if s[cand] == 0 {
			s[cand] = 1
			s[id] = n
			return cand
		}
	}
}

// Merge reads extract files (as [ExtractWriter] writes them), in order,
// and folds their articles into the corpus-wide result: the same result
// as [Run] over the inputs the files were extracted from, in the same
// order. The name "-" reads cfg.Reader.Stdin (os.Stdin when nil). Files
// extracted with different co-mention windows are refused. ctx is checked
// once per article.
func Merge(ctx context.Context, cfg Config, files []string) (*Result, error) {
	m := NewMerger(cfg)
	track := newTracker(cfg.Progress)
	var window Window
	for _, name := range files {
		err := readExtract(cfg, name, func(h ExtractHeader) error {
			if window != "" && h.Window != window {
				return &ExtractError{File: name, Err: fmt.Errorf("extracted with -window %s, the files before it with -window %s; extract them alike", h.Window, window)}
			}
			window = h.Window
			return nil
		}, func(r *DocResult) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			m.Add(r)
			track.add(r)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	track.finishing()
	return m.Finish()
}

// readExtract opens one extract file and passes its header and articles
// on.
func readExtract(cfg Config, name string, header func(ExtractHeader) error, each func(*DocResult) error) error {
	var rd io.Reader
	if name == "-" {
		rd = cfg.Reader.Stdin
		if rd == nil {
			rd = os.Stdin
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return &ExtractError{File: name, Err: err}
		}
		defer f.Close()
		rd = f
	}
	er, err := NewExtractReader(rd, name)
	if err != nil {
		return err
	}
	if err := header(er.Header()); err != nil {
		return err
	}
	// The lines are decoded on another goroutine while the ones before
	// them are merged: decoding the JSON took as long as merging (0.8
	// CPU-s each on Reuters-21578's extract). At most decodeAhead results
	// wait; they reach each in file order, the error (or the end) after
	// the last good line.
	type read struct {
		r   *DocResult
		err error
	}
	reads := make(chan read, decodeAhead)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(reads)
		for {
			r, err := er.Read()
			select {
			case reads <- read{r, err}:
			case <-stop:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	for rd := range reads {
		if rd.err == io.EOF {
			return nil
		}
		if rd.err != nil {
			return rd.err
		}
		if err := each(rd.r); err != nil {
			return err
		}
	}
	return nil
}

// decodeAhead is how many decoded articles of an extract file may wait
// to be merged.
const decodeAhead = 64
