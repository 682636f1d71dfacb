package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/internal/testenv"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/samples"
	"github.com/timelinehq/timeline/timex"
)

// testConfig returns a configuration with the default stages and a fixed
// clock.
func testConfig(t testing.TB, workers int) pipeline.Config {
	t.Helper()
	rec, err := entities.LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.Config{
		Workers: workers, Recognizer: rec, Tagger: timex.New(), Seed: 1,
		Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	}
}

// corpusCase is a corpus the tests run on: the seeds, the built-in
// samples, and (not in -short) a slice of Reuters-21578.
type corpusCase struct {
	name   string
	reader corpus.Reader
	inputs []string
}

func corpora(t *testing.T) []corpusCase {
	cases := []corpusCase{
		{"samples", corpus.Reader{FS: samples.FS()}, []string{"."}},
		{"seeds", corpus.Reader{}, []string{testenv.Shared(t, "seeds")}},
	}
	if !testing.Short() {
		path, _ := reutersJSONL(t, 1, 300)
		cases = append(cases, corpusCase{"reuters", corpus.Reader{}, []string{path}})
	}
	return cases
}

// render writes the result as the JSON contract.
func render(t *testing.T, res *pipeline.Result) []byte {
	t.Helper()
	f, ok := export.Lookup("json")
	if !ok {
		t.Fatal("no json format")
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, res); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWorkersGiveIdenticalOutput(t *testing.T) {
	for _, c := range corpora(t) {
		t.Run(c.name, func(t *testing.T) {
			var outs [][]byte
			for _, w := range []int{1, 4} {
				cfg := testConfig(t, w)
				cfg.Reader = c.reader
				res, err := pipeline.Run(context.Background(), cfg, c.inputs)
				if err != nil {
					t.Fatal(err)
				}
				outs = append(outs, render(t, res))
			}
			if !bytes.Equal(outs[0], outs[1]) {
				t.Errorf("-workers 1 and -workers 4 differ:\n%s", firstDiff(outs[0], outs[1]))
			}
			if len(outs[0]) < 500 {
				t.Errorf("output too small to mean anything: %s", outs[0])
			}
		})
	}
}

func TestExtractMergeEqualsRun(t *testing.T) {
	for _, c := range corpora(t) {
		t.Run(c.name, func(t *testing.T) {
			cfg := testConfig(t, 2)
			cfg.Reader = c.reader
			res, err := pipeline.Run(context.Background(), cfg, c.inputs)
			if err != nil {
				t.Fatal(err)
			}
			want := render(t, res)

			dir := t.TempDir()
			file := filepath.Join(dir, "extract.jsonl")
			var buf bytes.Buffer
			st, err := pipeline.Extract(context.Background(), cfg, c.inputs, &buf)
			if err != nil {
				t.Fatal(err)
			}
			if st.Documents != len(res.Documents) {
				t.Errorf("extract wrote %d documents, run has %d", st.Documents, len(res.Documents))
			}
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			merged, err := pipeline.Merge(context.Background(), testConfig(t, 1), []string{file})
			if err != nil {
				t.Fatal(err)
			}
			if got := render(t, merged); !bytes.Equal(got, want) {
				t.Errorf("extract + merge differs from run:\n%s", firstDiff(want, got))
			}

			// The same extract split in two files merges to the same.
			lines := bytes.SplitAfter(buf.Bytes(), []byte("\n"))
			half := 1 + (len(lines)-1)/2
			a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
			os.WriteFile(a, bytes.Join(lines[:half], nil), 0o644)
			os.WriteFile(b, append(append([]byte(nil), lines[0]...), bytes.Join(lines[half:], nil)...), 0o644)
			merged, err = pipeline.Merge(context.Background(), testConfig(t, 1), []string{a, b})
			if err != nil {
				t.Fatal(err)
			}
			if got := render(t, merged); !bytes.Equal(got, want) {
				t.Errorf("merge of two halves differs from run:\n%s", firstDiff(want, got))
			}
		})
	}
}

// TestMergeOfSeparateExtracts extracts two folders in separate runs, one
// file named alike in both, and checks that merging them equals one run
// over both folders.
func TestMergeOfSeparateExtracts(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []struct{ path, text string }{
		{"one/story.txt", "April 13, 2017\n\nRussian President Vladimir Putin met Rex Tillerson in Moscow on Wednesday."},
		{"two/story.txt", "April 14, 2017\n\nRex Tillerson met Sergei Lavrov in Moscow on Thursday, the Kremlin said."},
		{"two/story-2.txt", "April 15, 2017\n\nVladimir Putin spoke to Donald Trump on Friday about Syria."},
	} {
		p := filepath.Join(dir, f.path)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	one, two := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	cfg := testConfig(t, 2)
	res, err := pipeline.Run(context.Background(), cfg, []string{one, two})
	if err != nil {
		t.Fatal(err)
	}
	want := render(t, res)
	var files []string
	for i, in := range []string{one, two} {
		var buf bytes.Buffer
		if _, err := pipeline.Extract(context.Background(), cfg, []string{in}, &buf); err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.Join(dir, "x"+string(rune('0'+i))+".jsonl"))
		os.WriteFile(files[i], buf.Bytes(), 0o644)
	}
	merged, err := pipeline.Merge(context.Background(), cfg, files)
	if err != nil {
		t.Fatal(err)
	}
	got := render(t, merged)
	if !bytes.Equal(got, want) {
		t.Errorf("merged extracts differ from one run:\n%s", firstDiff(want, got))
	}
	var ids []string
	for _, d := range merged.Documents {
		ids = append(ids, d.ID)
	}
	if strings.Join(ids, " ") != "story story-2 story-3" {
		t.Errorf("document IDs %v, want story story-2 story-3", ids)
	}
}

func TestMergeRefuses(t *testing.T) {
	dir := t.TempDir()
	good := `{"schema":"timeline-extract/v1","window":"sentence"}` + "\n" +
		`{"id":"a","source":"a.txt","status":"ok","bytes":3,"sentences":1,"mentions":0,"timexes":0}` + "\n"
	tests := []struct {
		name    string
		content string
		want    string // in the error
		schema  bool   // the error wraps ErrSchema
	}{
		{"other version", `{"schema":"timeline-extract/v2","window":"sentence"}` + "\n", `timeline-extract/v2`, true},
		{"timeline output", `{"schema":"timeline/v1","documents":[]}` + "\n", `"timeline/v1"`, true},
		{"not json", "hello\n", `no "schema"`, true},
		{"articles without header", `{"id":"a","source":"a.txt","status":"ok"}` + "\n", `no "schema"`, true},
		{"empty", "", "empty", true},
		{"bad window", `{"schema":"timeline-extract/v1","window":"page"}` + "\n", "unknown window", false},
		{"bad line", good + "{\"id\":\n", ".jsonl:3:", false},
		{"unknown field", good + `{"id":"b","source":"b","status":"ok","frobs":1}` + "\n", `unknown field "frobs"`, false},
		{"index out of range", good + `{"id":"b","source":"b","status":"ok","groups":[[0,1]]}` + "\n", "entity 0 of 0", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".jsonl")
			if err := os.WriteFile(file, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := pipeline.Merge(context.Background(), pipeline.Config{}, []string{file})
			if err == nil {
				t.Fatal("merge accepted it")
			}
			if !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not name the file and say %q", err, tt.want)
			}
			if errors.Is(err, pipeline.ErrSchema) != tt.schema {
				t.Errorf("errors.Is(err, ErrSchema) = %v, want %v", !tt.schema, tt.schema)
			}
		})
	}
	t.Run("mixed windows", func(t *testing.T) {
		a, b := filepath.Join(dir, "w1.jsonl"), filepath.Join(dir, "w2.jsonl")
		os.WriteFile(a, []byte(good), 0o644)
		os.WriteFile(b, []byte(strings.Replace(good, `"sentence"`, `"document"`, 1)), 0o644)
		_, err := pipeline.Merge(context.Background(), pipeline.Config{}, []string{a, b})
		if err == nil || !strings.Contains(err.Error(), b) || !strings.Contains(err.Error(), "-window document") {
			t.Errorf("error %v, want one naming %s and its window", err, b)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		missing := filepath.Join(dir, "missing.jsonl")
		_, err := pipeline.Merge(context.Background(), pipeline.Config{}, []string{missing})
		if err == nil || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
			t.Errorf("error %v, want not-exist naming the file", err)
		}
	})
}

// TestMergeStopsEarly cancels a merge part way through a file longer
// than the lines decoded ahead: Merge returns the context's error, having
// merged no article after it, and leaves no reader behind.
func TestMergeStopsEarly(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"schema":"timeline-extract/v1","window":"sentence"}` + "\n")
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, `{"id":"a%d","source":"a.txt","status":"ok","bytes":3,"sentences":1,"mentions":0,"timexes":0}`+"\n", i)
	}
	file := filepath.Join(t.TempDir(), "long.jsonl")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	merged := 0
	cfg := pipeline.Config{Progress: func(p pipeline.Progress) {
		merged = p.Documents
		if p.Documents == 10 {
			cancel()
		}
	}}
	_, err := pipeline.Merge(ctx, cfg, []string{file})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if merged != 10 {
		t.Errorf("%d articles merged, want 10 (none after the cancellation)", merged)
	}
}

// TestExtractCoversEveryField fills every field of a DocResult and checks
// that the extract format carries it: a field added to DocInfo,
// entities.Local or timeline.Candidate must be added to the format too.
func TestExtractCoversEveryField(t *testing.T) {
	var r pipeline.DocResult
	fill(reflect.ValueOf(&r).Elem(), 1)
	r.Candidates[0].Place = 0
	r.Candidates[0].Participants = []int{0}
	r.Groups = [][]int{{0}}
	r.Locals[0].Apart = []int{0}
	line, err := pipeline.MarshalDocResult(&r)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pipeline.UnmarshalDocResult(line)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, r) {
		t.Errorf("round trip lost something:\n got %+v\nwant %+v\nline %s", *got, r, line)
	}
}

// fill sets every field reachable from v to a non-zero value.
func fill(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + string(rune('a'+n%26)))
	case reflect.Int, reflect.Int64:
		if v.Type() == reflect.TypeOf(time.Duration(0)) {
			v.SetInt(int64(time.Second))
		} else {
			v.SetInt(int64(n + 1))
		}
	case reflect.Float64:
		v.SetFloat(float64(n) + 0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), n+1)
		v.Set(s)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2017, 4, 13+n%10, 0, 0, 0, 0, time.UTC)))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n+i)
			}
		}
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := testConfig(t, 2)
	cfg.Reader = corpus.Reader{FS: samples.FS()}
	seen := 0
	cfg.Progress = func(p pipeline.Progress) {
		seen = p.Documents
		if p.Documents == 2 {
			cancel()
		}
	}
	res, err := pipeline.Run(ctx, cfg, []string{"."})
	if !errors.Is(err, context.Canceled) || res != nil {
		t.Fatalf("Run = %v, %v; want nil, context.Canceled", res, err)
	}
	if seen != 2 {
		t.Errorf("%d articles merged after the cancel at 2", seen)
	}
	var buf bytes.Buffer
	if _, err := pipeline.Extract(ctx, cfg, []string{"."}, &buf); !errors.Is(err, context.Canceled) {
		t.Errorf("Extract on a canceled context = %v", err)
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + itoa(i+1) + ":\n  want: " + x + "\n  got:  " + y
		}
	}
	return ""
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestDetachCopiesEveryString checks that a DocResult keeps no string
// that shares memory with the article text: every string field reachable
// from it is set to a slice of one text, and none may point into that
// text after Detach.
func TestDetachCopiesEveryString(t *testing.T) {
	text := strings.Repeat("Vladimir Putin met Rex Tillerson in Moscow on Wednesday. ", 20)
	var r pipeline.DocResult
	fill(reflect.ValueOf(&r).Elem(), 1)
	pos := 0
	forEachString(reflect.ValueOf(&r).Elem(), func(v reflect.Value) {
		if v.CanSet() {
			v.SetString(text[pos : pos+5])
			pos = (pos + 7) % (len(text) - 10)
		}
	})
	pipeline.Detach(&r)
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	forEachString(reflect.ValueOf(&r).Elem(), func(v reflect.Value) {
		s := v.String()
		if s == "" {
			return
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		if p >= lo && p < hi {
			t.Errorf("string %q still points into the article text", s)
		}
	})
}

// forEachString calls f on every string reachable from v.
func forEachString(v reflect.Value, f func(reflect.Value)) {
	switch v.Kind() {
	case reflect.String:
		f(v)
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			forEachString(v.Index(i), f)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				forEachString(v.Field(i), f)
			}
		}
	}
}

// articleLine is a JSONL article of about size bytes.
func articleLine(i, size int) string {
	sent := "The river rose slowly over the low fields, and the town waited for news. "
	text := strings.Repeat(sent, size/len(sent)+1)
	return `{"id":"a` + itoa(i) + `","date":"2017-04-13","text":"` + text + `"}` + "\n"
}

// TestStreamStopsWhileReading cancels a run whose input is a pipe that
// stays open, as a terminal does: Stream must return at once.
func TestStreamStopsWhileReading(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write([]byte(articleLine(1, 1000)))
	cfg := testConfig(t, 2)
	cfg.Reader = corpus.Reader{Stdin: pr}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 1)
	go func() {
		errc <- pipeline.Stream(ctx, cfg, []string{"-"}, func(r *pipeline.DocResult) error {
			cancel()
			return nil
		})
	}()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Stream = %v, want context.Canceled", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Stream did not return after the cancel")
	}
}

// slowRecognizer finds no names, and blocks on articles that hold
// "SLOW" until release is closed.
type slowRecognizer struct{ release chan struct{} }

func (s slowRecognizer) Recognize(text string, _ []corpus.Span) []entities.Mention {
	if strings.Contains(text, "SLOW") {
		<-s.release
	}
	return nil
}

// TestStreamBoundsMemory holds up the first article and checks that the
// reader stops taking articles while it waits: the ones after it are
// processed but kept in order, at most a few per worker.
func TestStreamBoundsMemory(t *testing.T) {
	for _, tt := range []struct {
		name      string
		slowFirst bool // the first article is slow; otherwise the consumer is
	}{
		{"slow article", true},
		{"slow consumer", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pr, pw := io.Pipe()
			var written atomic.Int64
			go func() {
				for i := 0; i < 200; i++ {
					line := articleLine(i, 32<<10)
					if i == 0 && tt.slowFirst {
						line = strings.Replace(line, "The river", "SLOW", 1)
					}
					if _, err := pw.Write([]byte(line)); err != nil {
						return
					}
					written.Add(1)
				}
				pw.Close()
			}()
			release := make(chan struct{})
			cfg := testConfig(t, 2)
			cfg.Reader = corpus.Reader{Stdin: pr}
			cfg.Recognizer = slowRecognizer{release}
			ctx, cancel := context.WithCancel(context.Background())
			errc := make(chan error, 1)
			go func() {
				errc <- pipeline.Stream(ctx, cfg, []string{"-"}, func(r *pipeline.DocResult) error {
					if !tt.slowFirst {
						<-release
					}
					return nil
				})
			}()
			time.Sleep(3 * time.Second)
			// 32 in flight (two workers, 2*256 KiB each: 32 articles of
			// 32 KiB), one waiting to enter, and what the 256 KiB read
			// buffer holds (8 lines of 32 KiB).
			n := written.Load()
			t.Logf("%d articles read ahead", n)
			if n > 41 {
				t.Errorf("%d articles read while the first was held up", n)
			}
			close(release)
			cancel()
			if err := <-errc; err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("Stream = %v", err)
			}
			pr.Close()
		})
	}
}

// panicRecognizer panics on articles that hold "BOOM" and finds no names
// in the others.
type panicRecognizer struct{}

func (panicRecognizer) Recognize(text string, _ []corpus.Span) []entities.Mention {
	if strings.Contains(text, "BOOM") {
		panic("recognizer exploded")
	}
	return nil
}

// TestStreamPanicFailsOneArticle checks that a stage that panics on one
// article of a batch fails that article alone, naming the frame, and that
// the articles around it, processed in the same batch, come out whole.
func TestStreamPanicFailsOneArticle(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	for i := 0; i < 5; i++ {
		line := articleLine(i, 500)
		if i == 2 {
			line = strings.Replace(line, "The river", "BOOM", 1)
		}
		lines.WriteString(line)
	}
	path := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(path, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, 1)
	cfg.Recognizer = panicRecognizer{}
	var got []*pipeline.DocResult
	err := pipeline.Stream(context.Background(), cfg, []string{path}, func(r *pipeline.DocResult) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("%d results, want 5", len(got))
	}
	for i, r := range got {
		if want := "a" + itoa(i); r.Doc.ID != want {
			t.Errorf("result %d is %s, want %s", i, r.Doc.ID, want)
		}
		if i != 2 {
			if r.Doc.Status != corpus.StatusOK || r.Doc.Sentences == 0 {
				t.Errorf("%s: status %q, %d sentences; want ok", r.Doc.ID, r.Doc.Status, r.Doc.Sentences)
			}
			continue
		}
		if r.Doc.Status != corpus.StatusError || !strings.Contains(r.Doc.Error, "internal error while processing: recognizer exploded") {
			t.Errorf("%s: status %q, error %q; want the panic as its error", r.Doc.ID, r.Doc.Status, r.Doc.Error)
		}
		if !strings.Contains(r.Doc.Warning, "panicRecognizer") {
			t.Errorf("%s: warning %q does not name the frame that panicked", r.Doc.ID, r.Doc.Warning)
		}
	}
}
