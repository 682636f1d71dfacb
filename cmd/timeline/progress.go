package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/pipeline"
)

// progress shows how a run is going on a terminal, with a progress bar
// (github.com/schollz/progressbar): documents done out of the total,
// documents/s, MB/s of article text, failures, the time spent and the time
// left. The total comes from a cheap pass over the inputs before the run
// (one document per article file, one per JSONL line); when that pass
// cannot finish in a second (standard input, a huge tree) the bar spins
// without an ETA. It is silent when stderr is not a terminal or with
// -quiet; an interrupted run is reported either way.
type progress struct {
	e       *env
	enabled bool
	start   time.Time
	total   int64 // -1 when unknown
	verb    string

	mu        sync.Mutex
	bar       *progressbar.ProgressBar // made at the first report
	last      pipeline.Progress
	described time.Time
}

func newProgress(e *env, quiet bool) *progress {
	return &progress{e: e, enabled: e.stderrIsTTY && !quiet, start: time.Now(), total: -1, verb: "processed"}
}

// expect counts the documents of inputs, giving up after a second, so
// that the bar can show the time left.
func (p *progress) expect(inputs []string, rd corpus.Reader) {
	if !p.enabled {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if n, ok := countDocuments(ctx, inputs, rd); ok && n > 0 {
		p.total = n
	}
}

func (p *progress) newBar() *progressbar.ProgressBar {
	return progressbar.NewOptions64(p.total,
		progressbar.OptionSetWriter(p.e.stderr),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(p.total > 0),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(150*time.Millisecond),
		progressbar.OptionSetWidth(24),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSpinnerType(14),
	)
}

func (p *progress) update(pr pipeline.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = pr
	if !p.enabled {
		return
	}
	if p.bar == nil {
		p.bar = p.newBar()
	}
	if pr.Finishing {
		p.bar.Describe("resolving entities, merging events, measuring the graph")
		return
	}
	if int64(pr.Documents) > p.total && p.total > 0 {
		p.total = int64(pr.Documents)
		p.bar.ChangeMax64(p.total) // the count was short (a file that changed)
	}
	if time.Since(p.described) >= 150*time.Millisecond {
		p.described = time.Now()
		p.bar.Describe(p.describe())
	}
	p.bar.Set64(int64(pr.Documents))
}

// describe is the text before the bar: throughput and failures.
func (p *progress) describe() string {
	pr := p.last
	secs := pr.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	return fmt.Sprintf("%.2f MB/s, %d failed", float64(pr.Bytes)/1e6/secs, pr.Failed)
}

// finish ends the progress display and sums up the run on a terminal; on
// an interruption it says how far the run got, terminal or not.
func (p *progress) finish(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pr := p.last
	if p.bar != nil {
		p.bar.Exit()
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
	}
	if p.enabled {
		if err == nil && pr.Documents > 0 {
			secs := time.Since(p.start).Seconds()
			if secs <= 0 {
				secs = 1e-9
			}
			fmt.Fprintf(p.e.stderr, "timeline: %s %s in %.1fs (%.2f MB/s, %.0f docs/s), %d failed\n",
				p.verb, plural(pr.Documents, "document"), secs, float64(pr.Bytes)/1e6/secs, float64(pr.Documents)/secs, pr.Failed)
		}
	}
	if err != nil && pr.Documents > 0 {
		fmt.Fprintf(p.e.stderr, "timeline: stopped after %s (%.1f MB of text, %d failed)\n",
			plural(pr.Documents, "document"), float64(pr.Bytes)/1e6, pr.Failed)
	}
}

// plural says "1 document", "2 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// countDocuments counts the documents that reading inputs will give, as
// corpus.Reader reads them: one per article file, one per non-blank line
// of a JSONL file, folders walked for article files. ok is false when a
// count is impossible (standard input).
func countDocuments(ctx context.Context, inputs []string, rd corpus.Reader) (n int64, ok bool) {
	fsys := rd.FS
	stat := func(p string) (fs.FileInfo, error) {
		if fsys != nil {
			return fs.Stat(fsys, p)
		}
		return os.Stat(p)
	}
	open := func(p string) (io.ReadCloser, error) {
		if fsys != nil {
			return fsys.Open(p)
		}
		return os.Open(p)
	}
	count := func(p string) int64 {
		switch strings.ToLower(path.Ext(p)) {
		case ".jsonl", ".ndjson":
			f, err := open(p)
			if err != nil {
				return 1
			}
			defer f.Close()
			return countLines(ctx, f)
		}
		return 1
	}
	for _, in := range inputs {
		if in == "-" {
			return 0, false
		}
		info, err := stat(in)
		if err != nil || !info.IsDir() {
			n += count(in)
			continue
		}
		visit := func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if d.IsDir() {
				if p != in && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			switch strings.ToLower(path.Ext(p)) {
			case ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson":
				n += count(p)
			}
			return nil
		}
		if fsys != nil {
			fs.WalkDir(fsys, in, visit)
		} else {
			filepath.WalkDir(in, visit)
		}
	}
	return n, ctx.Err() == nil
}

// countLines counts the non-blank lines of r.
func countLines(ctx context.Context, r io.Reader) int64 {
	br := bufio.NewReaderSize(r, 1<<20)
	var n int64
	blank := true
	for ctx.Err() == nil {
		chunk, err := br.ReadSlice('\n')
		if len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if len(chunk) > 0 && !blank {
			n++
		}
		blank = true
		if err != nil {
			break
		}
	}
	return n
}
