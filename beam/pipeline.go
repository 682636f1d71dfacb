// Package timelinebeam runs timeline on Apache Beam, so that a corpus too
// large for one machine is processed by an existing distributed engine
// (Flink, Spark, Dataflow, or the direct runner for tests).
//
// The Beam pipeline is the extract/merge split of the timeline command
// (see the pipeline package): the inputs are cut into shards (the files,
// folders expanded, in the order timeline build reads them); a ParDo
// processes each shard's articles into per-article results, encoded as
// timeline-extract/v1 lines and keyed by their position in the corpus;
// a global combine gathers the results, puts them back in corpus order and
// runs the corpus-wide step (entity resolution, event merging, the graph
// and its metrics), then formats the output. The output is byte for byte
// what timeline build writes for the same inputs.
//
// The combine's accumulator holds the compact per-article results (no
// article text but the events' sentences), about the size of the input;
// the corpus-wide step itself runs on one worker, as it must to number
// entities and events the way one run does.
package timelinebeam

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing/fstest"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timex"
)

func init() {
	register.DoFn3x1[context.Context, Shard, func(Item), error](&extractFn{})
	register.Emitter1[Item]()
	register.Combiner3[Accum, Item, string](&mergeFn{})
	register.DoFn2x1[context.Context, string, error](&writeFn{})
	beam.RegisterType(reflect.TypeOf((*Shard)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Item)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Accum)(nil)).Elem())
}

// Options configure the pipeline: the flags of timeline build.
type Options struct {
	Format  string // an export format name; "" means json
	Window  string // co-mention unit; "" means sentence
	Date    string // publication date (YYYY-MM-DD) of articles that state none; "" for none
	Seed    uint64 // community detection seed; timeline build's default is 1
	Workers int    // articles processed at once within one shard; 0 means 1
	MaxSize int64  // size limit of one article; 0 means the reader's default
}

// Shard is one unit of input: a file, read whole by one worker.
type Shard struct {
	Index int    // position in the corpus
	Path  string // a local path, or a path with a scheme Beam's filesystem knows (gs://...)
}

// Item is one article's result, keyed by its position in the corpus.
type Item struct {
	Shard int
	Seq   int    // position within the shard
	Line  string // the result as a timeline-extract/v1 line
}

// Accum is the combine's accumulator: results in any order.
type Accum struct {
	Items []Item
}

// Shards expands inputs into shards the way timeline build reads them:
// a folder gives its article files (.txt, .text, .html, .htm, .xhtml,
// .jsonl, .ndjson), recursively, in lexical order, skipping hidden
// folders; a file is one shard. A pattern with * ? or [ gives the files it
// matches, sorted, locally or through Beam's filesystem for a path with a
// scheme (gs://bucket/shards/*.jsonl); another path with a scheme is one
// shard.
func Shards(ctx context.Context, inputs []string) ([]Shard, error) {
	var out []Shard
	add := func(p string) { out = append(out, Shard{Index: len(out), Path: p}) }
	for _, in := range inputs {
		wild := strings.ContainsAny(in, "*?[")
		switch {
		case strings.Contains(in, "://") && wild:
			fsys, err := filesystem.New(ctx, in)
			if err != nil {
				return nil, err
			}
			files, err := fsys.List(ctx, in)
			fsys.Close()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", in, err)
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("%s matches no file", in)
			}
			sort.Strings(files)
			for _, f := range files {
				add(f)
			}
			continue
		case strings.Contains(in, "://"):
			add(in)
			continue
		}
		if _, err := os.Stat(in); err != nil && wild {
			files, err := filepath.Glob(in)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", in, err)
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("%s matches no file", in)
			}
			sort.Strings(files)
			for _, f := range files {
				add(f)
			}
			continue
		}
		info, err := os.Stat(in)
		if err != nil || !info.IsDir() {
			add(in) // a missing file becomes an error document, as in build
			continue
		}
		var files []string
		err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != in && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			switch strings.ToLower(path.Ext(p)) {
			case ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson":
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			add(in) // reported as a folder without articles
			continue
		}
		sort.Strings(files)
		for _, f := range files {
			add(f)
		}
	}
	return out, nil
}

// Build adds the timeline pipeline over shards to s and returns a
// PCollection with one element: the output in opts.Format.
func Build(s beam.Scope, shards []Shard, opts Options) beam.PCollection {
	s = s.Scope("timeline")
	in := beam.CreateList(s, shards)
	items := beam.ParDo(s, &extractFn{Window: opts.Window, Date: opts.Date, Workers: opts.Workers, MaxSize: opts.MaxSize}, in)
	return beam.Combine(s, &mergeFn{Format: opts.Format, Seed: opts.Seed}, items)
}

// Write adds a step that writes the output (one element) to path, local
// or with a scheme Beam's filesystem knows.
func Write(s beam.Scope, path string, out beam.PCollection) {
	beam.ParDo0(s.Scope("write"), &writeFn{Path: path}, out)
}

// extractFn is the map step: a shard's articles into results.
type extractFn struct {
	Window  string
	Date    string
	Workers int
	MaxSize int64

	cfg pipeline.Config
}

func (f *extractFn) Setup() error {
	rec, err := entities.LoadTagger()
	if err != nil {
		return fmt.Errorf("loading the name tagger: %w", err)
	}
	w, err := pipeline.ParseWindow(f.Window)
	if err != nil {
		return err
	}
	f.cfg = pipeline.Config{Workers: f.Workers, Window: w, Recognizer: rec, Tagger: timex.New()}
	if f.cfg.Workers <= 0 {
		f.cfg.Workers = 1
	}
	if f.Date != "" {
		t, err := time.Parse("2006-01-02", f.Date)
		if err != nil {
			return fmt.Errorf("date %q is not a date like 2017-04-13", f.Date)
		}
		f.cfg.Date = t
	}
	return nil
}

func (f *extractFn) ProcessElement(ctx context.Context, sh Shard, emit func(Item)) error {
	cfg := f.cfg
	cfg.Reader = corpus.Reader{MaxBytes: f.MaxSize}
	input := sh.Path
	if strings.Contains(sh.Path, "://") {
		fsys, name, err := remoteFS(ctx, sh.Path)
		if err != nil {
			return err
		}
		cfg.Reader.FS, input = fsys, name
	}
	seq := 0
	var buf bytes.Buffer
	return pipeline.Stream(ctx, cfg, []string{input}, func(r *pipeline.DocResult) error {
		buf.Reset()
		if err := pipeline.AppendDocResult(&buf, r); err != nil {
			return err
		}
		emit(Item{Shard: sh.Index, Seq: seq, Line: strings.TrimSuffix(buf.String(), "\n")})
		seq++
		return nil
	})
}

// remoteFS reads a file through Beam's filesystem into memory and offers
// it as an fs.FS, named without its scheme.
func remoteFS(ctx context.Context, p string) (fs.FS, string, error) {
	fsys, err := filesystem.New(ctx, p)
	if err != nil {
		return nil, "", err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, p)
	if err != nil {
		return nil, "", err
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, "", err
	}
	name := p[strings.Index(p, "://")+3:]
	return fstest.MapFS{name: &fstest.MapFile{Data: data}}, name, nil
}

// mergeFn is the reduce step, as a combine.
type mergeFn struct {
	Format string
	Seed   uint64
}

func (f *mergeFn) CreateAccumulator() Accum { return Accum{} }

func (f *mergeFn) AddInput(a Accum, it Item) Accum {
	a.Items = append(a.Items, it)
	return a
}

func (f *mergeFn) MergeAccumulators(a, b Accum) Accum {
	a.Items = append(a.Items, b.Items...)
	return a
}

func (f *mergeFn) ExtractOutput(a Accum) (string, error) {
	out, err := Merge(a.Items, f.Format, f.Seed)
	return string(out), err
}

// Merge puts items back in corpus order, runs the corpus-wide step and
// formats the result: the combine's last step, usable without Beam.
func Merge(items []Item, format string, seed uint64) ([]byte, error) {
	if format == "" {
		format = "json"
	}
	fm, ok := export.Lookup(format)
	if !ok {
		return nil, fmt.Errorf("unknown format %q", format)
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].Shard != items[j].Shard {
			return items[i].Shard < items[j].Shard
		}
		return items[i].Seq < items[j].Seq
	})
	m := pipeline.NewMerger(pipeline.Config{Seed: seed})
	for _, it := range items {
		r, err := pipeline.UnmarshalDocResult([]byte(it.Line))
		if err != nil {
			return nil, fmt.Errorf("shard %d, article %d: %w", it.Shard, it.Seq, err)
		}
		m.Add(r)
	}
	res, err := m.Finish()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := fm.Write(&buf, res); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeFn writes the output file.
type writeFn struct {
	Path string
}

func (f *writeFn) ProcessElement(ctx context.Context, out string) error {
	fsys, err := filesystem.New(ctx, f.Path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, f.Path)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, out); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
