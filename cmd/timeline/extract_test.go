package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/timelinehq/timeline/internal/testenv"
)

// inputSets are the corpora of the determinism tests: the seeds and the
// sample articles.
func inputSets(t *testing.T) map[string]string {
	return map[string]string{
		"seeds":   testenv.Shared(t, "seeds"),
		"samples": filepath.Join(testenv.ModuleRoot(t), "samples", "articles"),
	}
}

func TestBuildWorkersByteIdentical(t *testing.T) {
	for name, dir := range inputSets(t) {
		for _, format := range []string{"json", "dot"} {
			t.Run(name+"/"+format, func(t *testing.T) {
				one, stderr, code := runCmd(t, "", "build", "-quiet", "-f", format, "-workers", "1", dir)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				four, stderr, code := runCmd(t, "", "build", "-quiet", "-f", format, "-workers", "4", dir)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				if one != four {
					t.Errorf("-workers 1 and -workers 4 differ:\n%s", firstDiff(one, four))
				}
			})
		}
	}
}

func TestExtractMergeEqualsBuild(t *testing.T) {
	for name, dir := range inputSets(t) {
		t.Run(name, func(t *testing.T) {
			tmp := t.TempDir()
			ext := filepath.Join(tmp, "extract.jsonl")
			if _, stderr, code := runCmd(t, "", "extract", "-quiet", "-o", ext, dir); code != 0 {
				t.Fatalf("extract: exit %d: %s", code, stderr)
			}
			data, err := os.ReadFile(ext)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte(`{"schema":"timeline-extract/v1"`)) {
				t.Fatalf("extract file starts %.80q", data)
			}
			for _, format := range []string{"json", "dot"} {
				want, stderr, code := runCmd(t, "", "build", "-quiet", "-f", format, dir)
				if code != 0 {
					t.Fatalf("build: exit %d: %s", code, stderr)
				}
				got, stderr, code := runCmd(t, "", "merge", "-quiet", "-f", format, ext)
				if code != 0 {
					t.Fatalf("merge: exit %d: %s", code, stderr)
				}
				if got != want {
					t.Errorf("%s: extract + merge differs from build:\n%s", format, firstDiff(want, got))
				}
			}
			// Standard input, flags after the file.
			got, stderr, code := runCmd(t, string(data), "merge", "-", "-quiet")
			want, _, _ := runCmd(t, "", "build", "-quiet", dir)
			if code != 0 || got != want {
				t.Errorf("merge - : exit %d, equal %v: %s", code, got == want, stderr)
			}
		})
	}
}

func TestExtractMergeErrors(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "v2.jsonl")
	os.WriteFile(other, []byte(`{"schema":"timeline-extract/v2","window":"sentence"}`+"\n"), 0o644)
	output := filepath.Join(dir, "timeline.json")
	os.WriteFile(output, []byte(`{"schema":"timeline/v1","documents":[]}`), 0o644)
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Putin met Tillerson in Moscow on Wednesday."), 0o644)
	tests := []struct {
		name      string
		args      []string
		code      int
		stderrHas string
	}{
		{"merge other version", []string{"merge", other}, 1, other + `:1: not a timeline-extract/v1 file: it is "timeline-extract/v2"`},
		{"merge timeline output", []string{"merge", output}, 1, output + `:1: not a timeline-extract/v1 file`},
		{"merge missing", []string{"merge", filepath.Join(dir, "nope.jsonl")}, 1, "nope.jsonl: no such file"},
		{"merge nothing", []string{"merge"}, 2, "merge needs extract files"},
		{"merge bad format", []string{"merge", "-f", "pdf", other}, 2, "unknown format"},
		{"extract nothing", []string{"extract"}, 2, "extract needs inputs"},
		{"extract bad window", []string{"extract", "-window", "page", good}, 2, "unknown window"},
		{"extract bad date", []string{"extract", "-date", "soon", good}, 2, "not a date"},
		{"extract partial", []string{"extract", "-o", filepath.Join(dir, "x.jsonl"), good, filepath.Join(dir, "missing.txt")}, 1, "1 of 2 documents failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderrHas) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.stderrHas)
			}
		})
	}
}

// cancelingWriter collects what is written and cancels once it has seen
// want.
type cancelingWriter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	want   string
	cancel context.CancelFunc
}

func (w *cancelingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), w.want) {
		w.cancel()
	}
	return len(p), nil
}

func (w *cancelingWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestInterrupt plays Ctrl-C: articles come on standard input, which
// stays open as a terminal's would; once the progress bar shows the
// second article done the context is canceled. The command must stop at
// once, exit 130 and say how far it got.
func TestInterrupt(t *testing.T) {
	for _, cmd := range []string{"build", "extract"} {
		t.Run(cmd, func(t *testing.T) {
			pr, pw := io.Pipe()
			defer pw.Close()
			go func() {
				for i := 0; i < 2; i++ {
					line := `{"id":"a` + string(rune('0'+i)) + `","date":"2017-04-13","text":"Russian President Vladimir Putin met Rex Tillerson in Moscow on Wednesday. ` +
						strings.Repeat("The talks went on for hours. ", 20) + `"}` + "\n"
					if _, err := pw.Write([]byte(line)); err != nil {
						return
					}
				}
			}()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			stderr := &cancelingWriter{want: "(2/-", cancel: cancel}
			var stdout bytes.Buffer
			e := &env{stdin: pr, stdout: &stdout, stderr: stderr, stderrIsTTY: true}
			codec := make(chan int, 1)
			go func() { codec <- run(ctx, e, []string{cmd, "-"}) }()
			select {
			case code := <-codec:
				if code != exitCanceled {
					t.Errorf("exit %d, want %d; stderr:\n%s", code, exitCanceled, stderr)
				}
			case <-time.After(60 * time.Second):
				t.Fatalf("still running a minute later; stderr:\n%s", stderr)
			}
			if s := stderr.String(); !strings.Contains(s, "stopped after 2 documents") || !strings.Contains(s, "timeline: interrupted") {
				t.Errorf("stderr does not say how far it got:\n%q", s)
			}
			if cmd == "build" && stdout.Len() > 0 {
				t.Errorf("an interrupted build wrote output: %.200s", stdout.String())
			}
		})
	}
}

// TestProgressShownOnlyOnATerminal checks that the progress bar and the
// summary go to a terminal, and nowhere else, and not with -quiet.
func TestProgressShownOnlyOnATerminal(t *testing.T) {
	dir := filepath.Join(testenv.ModuleRoot(t), "samples", "articles")
	tests := []struct {
		name     string
		tty      bool
		args     []string
		wantShow bool
	}{
		{"terminal", true, []string{"build", dir}, true},
		{"terminal quiet", true, []string{"build", "-quiet", dir}, false},
		{"not a terminal", false, []string{"build", dir}, false},
		{"extract on a terminal", true, []string{"extract", dir}, true},
		{"merge not a terminal", false, []string{"merge", "-"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := ""
			if tt.args[0] == "merge" {
				ext, _, _ := runCmd(t, "", "extract", "-quiet", dir)
				stdin = ext
			}
			var stdout, stderr bytes.Buffer
			e := &env{stdin: strings.NewReader(stdin), stdout: &stdout, stderr: &stderr, stderrIsTTY: tt.tty}
			if code := run(context.Background(), e, tt.args); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			shown := strings.Contains(stderr.String(), "docs/s")
			if shown != tt.wantShow {
				t.Errorf("progress shown = %v, want %v; stderr:\n%q", shown, tt.wantShow, stderr.String())
			}
			if tt.wantShow && !strings.Contains(stderr.String(), "documents in") {
				t.Errorf("no summary line on the terminal:\n%q", stderr.String())
			}
		})
	}
}
