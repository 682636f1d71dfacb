// Package pipeline runs the stages over a corpus: it reads articles,
// processes each one on a pool of workers (the map step: cleaning,
// dating, sentences, names, dates, candidate events) and folds the
// per-article results, in input order, into the corpus-wide result (the
// reduce step: entity resolution, event merging, the co-mention graph).
//
// Articles are released as soon as they are processed: memory holds the
// entities, events and edge counts, never the texts. The output does not
// depend on the number of workers.
package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/timeline"
	"github.com/timelinehq/timeline/timex"
)

// Window is the unit within which two entities count as co-mentioned.
type Window string

// Co-mention windows.
const (
	WindowSentence  Window = "sentence"
	WindowParagraph Window = "paragraph"
	WindowDocument  Window = "document"
)

// ParseWindow reads a window name.
func ParseWindow(s string) (Window, error) {
	switch w := Window(s); w {
	case WindowSentence, WindowParagraph, WindowDocument:
		return w, nil
	case "":
		return WindowSentence, nil
	}
	return "", fmt.Errorf("unknown window %q (want sentence, paragraph or document)", s)
}

// Config sets up a run. Recognizer and Tagger are required; the rest has
// usable zero values.
type Config struct {
	// Workers is the number of articles processed at once; 0 means one per
	// CPU.
	Workers int

	// Date is the publication date to use for articles whose metadata
	// states none (the --date flag); zero for none.
	Date time.Time

	// Window is the co-mention unit; "" means sentence.
	Window Window

	// Reader reads the inputs.
	Reader corpus.Reader

	// Recognizer finds names; Tagger finds and normalizes dates.
	Recognizer entities.Recognizer
	Tagger     *timex.Tagger

	// Progress, when set, is called after each article is merged.
	Progress func(Progress)

	// Now is the current time, for judging dates plausible; zero means
	// time.Now().
	Now time.Time

	// Seed makes graph communities reproducible.
	Seed uint64
}

// Progress reports how far a run has got.
type Progress struct {
	Documents int           // articles done
	Failed    int           // articles that could not be processed
	Bytes     int64         // article text processed
	Elapsed   time.Duration // since the run started

	// Finishing is set in the last report, sent when every article is in
	// and the corpus-wide step (resolution, event merging, graph metrics)
	// starts.
	Finishing bool
}

// Result is the outcome of a run over a corpus.
type Result struct {
	Documents []DocInfo
	Entities  []entities.Entity
	Events    []timeline.Event
	Graph     *graph.Graph
}

// Failed counts the documents that could not be processed.
func (r *Result) Failed() int {
	n := 0
	for _, d := range r.Documents {
		if d.Status != corpus.StatusOK {
			n++
		}
	}
	return n
}

// Run reads inputs and processes them into a Result. It returns an error
// only when the run itself fails (ctx canceled, a bad configuration); an
// input that cannot be read is listed in Result.Documents with its error.
func Run(ctx context.Context, cfg Config, inputs []string) (*Result, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	m := NewMerger(cfg)
	track := newTracker(cfg.Progress)
	err := Stream(ctx, cfg, inputs, func(r *DocResult) error {
		m.Add(r)
		track.add(r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	track.finishing()
	return m.Finish()
}

// ExtractStats sums up an extract run.
type ExtractStats struct {
	Documents int       // articles written
	Failed    int       // of which could not be processed
	Problems  []DocInfo // the articles that failed or have a warning, in input order
}

// Extract reads inputs, processes them as Run does, and writes every
// article's result to w as an extract file (see [ExtractWriter]) instead
// of merging them: the map step alone. [Merge] does the rest.
func Extract(ctx context.Context, cfg Config, inputs []string, w io.Writer) (*ExtractStats, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	ew, err := NewExtractWriter(w, ExtractHeader{Window: cfg.window()})
	if err != nil {
		return nil, err
	}
	st := &ExtractStats{}
	track := newTracker(cfg.Progress)
	err = Stream(ctx, cfg, inputs, func(r *DocResult) error {
		if err := ew.Write(r); err != nil {
			return err
		}
		st.Documents++
		if r.Doc.Status != corpus.StatusOK {
			st.Failed++
		}
		if r.Doc.Status != corpus.StatusOK || r.Doc.Warning != "" {
			st.Problems = append(st.Problems, r.Doc)
		}
		track.add(r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return st, ew.Flush()
}

func (cfg *Config) check() error {
	if cfg.Recognizer == nil || cfg.Tagger == nil {
		return fmt.Errorf("pipeline: Recognizer and Tagger are required")
	}
	return nil
}

func (cfg *Config) window() Window {
	if cfg.Window == "" {
		return WindowSentence
	}
	return cfg.Window
}

// tracker turns merged articles into Progress reports.
type tracker struct {
	report func(Progress)
	start  time.Time
	p      Progress
}

func newTracker(report func(Progress)) *tracker {
	return &tracker{report: report, start: time.Now()}
}

func (t *tracker) add(r *DocResult) {
	if t.report == nil {
		return
	}
	t.p.Documents++
	t.p.Bytes += int64(r.Doc.Bytes)
	if r.Doc.Status != corpus.StatusOK {
		t.p.Failed++
	}
	t.p.Elapsed = time.Since(t.start)
	t.report(t.p)
}

func (t *tracker) finishing() {
	if t.report == nil {
		return
	}
	t.p.Finishing = true
	t.report(t.p)
}

// A worker takes the articles that wait for it, up to batchDocs of them
// or, unless one article is larger, batchBytes, and runs each stage over
// them in turn (see processBatch); when the reader is slower than the
// workers, as with articles arriving on a terminal, a batch is one
// article. The articles read but not yet emitted are at most
// 2*batchDocs per worker and, unless one article is larger,
// 2*batchBytes per worker.
const (
	batchDocs  = 64
	batchBytes = 256 << 10
)

// Stream reads inputs, processes the articles on cfg.Workers workers and
// calls emit with each article's result in input order. The articles read
// but not yet emitted are bounded (see batchDocs): one slow article, or a
// slow emit, holds back the reader, not the memory.
//
// Stream returns when every article has been emitted, when emit returns an
// error, or at once when ctx is canceled (with ctx's error). In the last
// case a reader blocked on a slow input, such as a terminal, finishes in
// the background when its read returns.
func Stream(ctx context.Context, cfg Config, inputs []string, emit func(*DocResult) error) error {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq  int
		size int
		doc  *corpus.Document
	}
	type done struct {
		seq  int
		size int
		res  *DocResult
	}
	limit := newBudget(ctx, 2*batchDocs*workers, 2*batchBytes*workers)
	jobs := make(chan job, 2*batchDocs*workers)
	results := make(chan done, batchDocs*workers)

	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- cfg.Reader.Walk(ctx, inputs, func(d *corpus.Document) error {
			if err := limit.acquire(len(d.Raw)); err != nil {
				return err
			}
			select {
			case jobs <- job{seq, len(d.Raw), d}:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			grouper := entities.NewGrouper() // one per worker: it is not safe for concurrent use
			var batch []job
			var docs []*corpus.Document
			for j := range jobs {
				batch = append(batch[:0], j)
				size := j.size
			more:
				for len(batch) < batchDocs && size < batchBytes {
					select {
					case j, ok := <-jobs:
						if !ok {
							break more
						}
						batch, size = append(batch, j), size+j.size
					default:
						break more
					}
				}
				docs = docs[:0]
				for _, j := range batch {
					docs = append(docs, j.doc)
				}
				for i, r := range processBatch(docs, cfg, grouper) {
					select {
					case results <- done{batch[i].seq, batch[i].size, r}:
					case <-ctx.Done():
						return
					}
				}
				clear(docs) // the texts go as soon as they are processed
				clear(batch)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]done{} // the reorder buffer
	next := 0
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case d, ok := <-results:
			if !ok {
				if err := <-readErr; err != nil {
					return err
				}
				return ctx.Err()
			}
			pending[d.seq] = d
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				limit.release(r.size)
				if err := ctx.Err(); err != nil {
					return err
				}
				if err := emit(r.res); err != nil {
					return err
				}
			}
		}
	}
}

// budget bounds the articles read but not yet emitted, by number and by
// bytes; an article larger than the byte bound is let in alone.
type budget struct {
	ctx               context.Context
	mu                sync.Mutex
	more              *sync.Cond // signaled on release and on ctx's end
	docs, bytes       int        // in flight
	maxDocs, maxBytes int
}

func newBudget(ctx context.Context, maxDocs, maxBytes int) *budget {
	b := &budget{ctx: ctx, maxDocs: maxDocs, maxBytes: maxBytes}
	b.more = sync.NewCond(&b.mu)
	context.AfterFunc(ctx, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.more.Broadcast()
	})
	return b
}

// acquire waits until an article of size bytes fits, or ctx ends.
func (b *budget) acquire(size int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.ctx.Err() == nil && b.docs > 0 && (b.docs >= b.maxDocs || b.bytes+size > b.maxBytes) {
		b.more.Wait()
	}
	if err := b.ctx.Err(); err != nil {
		return err
	}
	b.docs++
	b.bytes += size
	return nil
}

// release returns what acquire took for an article of size bytes.
func (b *budget) release(size int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.docs--
	b.bytes -= size
	b.more.Broadcast()
}
