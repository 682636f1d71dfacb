package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/bench/reuters"
	"github.com/timelinehq/timeline/boilerplate"
	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/dct"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/internal/testenv"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/segment"
	"github.com/timelinehq/timeline/timeline"
	"github.com/timelinehq/timeline/timex"
)

// reutersJSONL writes the articles of the first files Reuters-21578 files
// (at most max of them, 0 for all) as JSONL in a temporary folder and
// returns its path and its size in bytes.
func reutersJSONL(tb testing.TB, files, max int) (string, int64) {
	tb.Helper()
	dir := testenv.Shared(tb, "data/reuters21578")
	sgm, _ := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	sort.Strings(sgm)
	if len(sgm) > files {
		sgm = sgm[:files]
	}
	out := filepath.Join(tb.TempDir(), "reuters.jsonl")
	f, err := os.Create(out)
	if err != nil {
		tb.Fatal(err)
	}
	enc := json.NewEncoder(f)
	n := 0
	for _, p := range sgm {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		arts, err := reuters.Parse(data)
		if err != nil {
			tb.Fatal(err)
		}
		for _, a := range arts {
			if max > 0 && n == max {
				break
			}
			n++
			if err := enc.Encode(a); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	st, _ := os.Stat(out)
	return out, st.Size()
}

func benchConfig(tb testing.TB, workers int) pipeline.Config {
	rec, err := entities.LoadTagger()
	if err != nil {
		tb.Fatal(err)
	}
	return pipeline.Config{Workers: workers, Recognizer: rec, Tagger: timex.New(), Seed: 1,
		Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
}

// BenchmarkReutersPhases runs the map step, the merge and the graph
// metrics on two files of Reuters-21578 (about 1,800 articles) and
// reports the time of each.
func BenchmarkReutersPhases(b *testing.B) {
	path, size := reutersJSONL(b, 2, 0)
	cfg := benchConfig(b, 0)
	cfg.Reader = corpus.Reader{}
	b.SetBytes(size)
	b.ReportAllocs()
	var mapT, mergeT, analyzeT time.Duration
	for i := 0; i < b.N; i++ {
		var results []*pipeline.DocResult
		t0 := time.Now()
		err := pipeline.Stream(context.Background(), cfg, []string{path}, func(r *pipeline.DocResult) error {
			results = append(results, r)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		m := pipeline.NewMerger(cfg)
		for _, r := range results {
			m.Add(r)
		}
		res, err := m.FinishNoMetrics()
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		graph.Analyze(res.Graph, graph.Options{Seed: 1})
		t3 := time.Now()
		mapT += t1.Sub(t0)
		mergeT += t2.Sub(t1)
		analyzeT += t3.Sub(t2)
		b.Logf("%d docs, %d entities, %d events, %d nodes, %d edges", len(res.Documents), len(res.Entities), len(res.Events), len(res.Graph.Nodes), len(res.Graph.Edges))
	}
	n := float64(b.N)
	b.ReportMetric(mapT.Seconds()/n, "map-s/op")
	b.ReportMetric(mergeT.Seconds()/n, "merge-s/op")
	b.ReportMetric(analyzeT.Seconds()/n, "metrics-s/op")
}

// BenchmarkMergeExtract merges the extract file of two files of
// Reuters-21578 (about 1,800 articles): decoding its lines, merging them
// and the corpus-wide step, as timeline merge does.
func BenchmarkMergeExtract(b *testing.B) {
	path, _ := reutersJSONL(b, 2, 0)
	cfg := benchConfig(b, 0)
	extract := filepath.Join(b.TempDir(), "extract.jsonl")
	f, err := os.Create(extract)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := pipeline.Extract(context.Background(), cfg, []string{path}, f); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(extract)
	b.SetBytes(st.Size())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pipeline.Merge(context.Background(), pipeline.Config{Seed: 1}, []string{extract}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReutersMap runs the map step alone (reading, cleaning, dating,
// sentences, names, dates, candidate events) on one file of Reuters-21578
// (about 925 articles), on one worker, so that its CPU profile shows the
// per-article stages: go test -bench ReutersMap -cpuprofile cpu.out.
func BenchmarkReutersMap(b *testing.B) {
	path, size := reutersJSONL(b, 1, 0)
	cfg := benchConfig(b, 1)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		err := pipeline.Stream(context.Background(), cfg, []string{path}, func(r *pipeline.DocResult) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStages runs each per-article stage alone over the articles of
// one file of Reuters-21578 (about 925), with the inputs of each stage
// computed beforehand as Process computes them, so that the speed of one
// stage can be measured apart from the others. Each sub-benchmark's op is
// the whole file.
func BenchmarkStages(b *testing.B) {
	path, size := reutersJSONL(b, 1, 0)
	cfg := benchConfig(b, 1)
	type art struct {
		raw, text string
		anchor    time.Time
		dct       timeline.Date
		sents     []corpus.Span
		mentions  []entities.Mention
		locals    []entities.Local
		owner     []int
		timexes   []timex.Timex
	}
	var arts []art
	err := cfg.Reader.Walk(context.Background(), []string{path}, func(d *corpus.Document) error {
		clean := boilerplate.Clean(d.Raw)
		if strings.TrimSpace(clean.Text) == "" {
			return nil
		}
		d.Text = clean.Text
		dct.Detect(d, dct.Options{Now: cfg.Now}).Apply(d)
		a := art{raw: d.Raw, text: d.Text, dct: timeline.DCTDate(d.DCT, d.DCTPrecision)}
		if d.DCTPrecision == corpus.PrecisionDay {
			a.anchor = d.DCT
		}
		a.sents = segment.Sentences(a.text)
		a.mentions = cfg.Recognizer.Recognize(a.text, a.sents)
		a.locals, a.owner = entities.Group(a.mentions)
		a.timexes = cfg.Tagger.Tag(a.text, a.anchor)
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	grouper := entities.NewGrouper()
	stages := []struct {
		name string
		run  func(a *art)
	}{
		{"clean", func(a *art) { boilerplate.Clean(a.raw) }},
		{"sentences", func(a *art) { segment.Sentences(a.text) }},
		{"names", func(a *art) { cfg.Recognizer.Recognize(a.text, a.sents) }},
		{"group", func(a *art) { entities.Group(a.mentions) }},
		{"group-worker", func(a *art) { grouper.Group(a.mentions) }}, // as a worker groups: one Grouper for every article
		{"dates", func(a *art) { cfg.Tagger.Tag(a.text, a.anchor) }},
		{"events", func(a *art) {
			timeline.Extract(timeline.Article{Text: a.text, Sentences: a.sents, Mentions: a.mentions,
				Owner: a.owner, Locals: a.locals, Timexes: a.timexes, DCT: a.dct})
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for i := range arts {
					st.run(&arts[i])
				}
			}
		})
	}
}
