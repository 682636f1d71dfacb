package main

import (
	"fmt"
	"sync"
	"time"

	"github.com/timelinehq/timeline/pipeline"
)

// progress shows how a run is going on a terminal: documents, MB/s,
// documents/s and failures, redrawn at most a few times a second. It is
// silent when stderr is not a terminal or with -quiet.
type progress struct {
	e       *env
	enabled bool
	mu      sync.Mutex
	last    pipeline.Progress
	drawn   time.Time
}

func newProgress(e *env, quiet bool) *progress {
	return &progress{e: e, enabled: e.stderrIsTTY && !quiet}
}

func (p *progress) update(pr pipeline.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = pr
	if !p.enabled || time.Since(p.drawn) < 200*time.Millisecond {
		return
	}
	p.drawn = time.Now()
	p.draw()
}

func (p *progress) draw() {
	pr := p.last
	secs := pr.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(p.e.stderr, "\r%d documents  %.2f MB/s  %.0f docs/s  %d failed  ", pr.Documents,
		float64(pr.Bytes)/1e6/secs, float64(pr.Documents)/secs, pr.Failed)
}

// finish ends the progress line; on an interruption it says how far the
// run got.
func (p *progress) finish(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.enabled && p.last.Documents > 0 {
		p.draw()
		fmt.Fprintln(p.e.stderr)
	}
	if err != nil && p.last.Documents > 0 {
		fmt.Fprintf(p.e.stderr, "timeline: stopped after %d documents\n", p.last.Documents)
	}
}
