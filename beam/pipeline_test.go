package timelinebeam_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"

	timelinebeam "github.com/timelinehq/timeline/beam"
	"github.com/timelinehq/timeline/bench/reuters"
	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/internal/testenv"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timex"
)

// build is what timeline build writes for inputs.
func build(t *testing.T, inputs []string, format string) []byte {
	t.Helper()
	rec, err := entities.LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), pipeline.Config{
		Recognizer: rec, Tagger: timex.New(), Seed: 1, Reader: corpus.Reader{},
	}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := export.Lookup(format)
	var buf bytes.Buffer
	if err := f.Write(&buf, res); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// runBeam runs the Beam pipeline on the direct runner and returns what it
// wrote.
func runBeam(t *testing.T, inputs []string, format string) []byte {
	t.Helper()
	shards, err := timelinebeam.Shards(context.Background(), inputs)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	p, s := beam.NewPipelineWithRoot()
	res := timelinebeam.Build(s, shards, timelinebeam.Options{Format: format, Seed: 1, Workers: 2})
	timelinebeam.Write(s, out, res)
	if _, err := direct.Execute(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// reutersShards writes n articles of Reuters-21578 as JSONL shards of
// per articles each in a new folder.
func reutersShards(t *testing.T, n, per int) string {
	t.Helper()
	dir := testenv.Shared(t, "data/reuters21578")
	data, err := os.ReadFile(filepath.Join(dir, "reut2-003.sgm"))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := reuters.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < n {
		t.Fatalf("%d articles, want %d", len(arts), n)
	}
	out := t.TempDir()
	for i := 0; i < n; i += per {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		for _, a := range arts[i:min(i+per, n)] {
			enc.Encode(a)
		}
		name := filepath.Join(out, "shard-"+string(rune('a'+i/per))+".jsonl")
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestDirectRunnerEqualsBuild(t *testing.T) {
	tests := []struct {
		name   string
		inputs func(t *testing.T) []string
		format string
	}{
		{"seeds json", func(t *testing.T) []string { return []string{testenv.Shared(t, "seeds")} }, "json"},
		{"seeds dot", func(t *testing.T) []string { return []string{testenv.Shared(t, "seeds")} }, "dot"},
		{"reuters slice", func(t *testing.T) []string { return []string{reutersShards(t, 240, 60)} }, "json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inputs := tt.inputs(t)
			want := build(t, inputs, tt.format)
			got := runBeam(t, inputs, tt.format)
			if !bytes.Equal(got, want) {
				t.Errorf("the Beam pipeline's output (%d bytes) differs from timeline build's (%d bytes)", len(got), len(want))
			}
			if len(want) < 1000 {
				t.Errorf("output too small to mean anything: %s", want)
			}
		})
	}
}

func TestShards(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/2.txt", "a.jsonl", "b/1.html", ".hidden/x.txt", "notes.md", "c/d/e.ndjson"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	shards, err := timelinebeam.Shards(context.Background(), []string{dir, "gs://bucket/s.jsonl", filepath.Join(dir, "missing.txt"), filepath.Join(dir, "b", "*.t?t")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, s := range shards {
		if s.Index != i {
			t.Errorf("shard %d has index %d", i, s.Index)
		}
		rel, err := filepath.Rel(dir, s.Path)
		if err != nil || s.Path[0] != '/' {
			rel = s.Path
		}
		got = append(got, rel)
	}
	want := []string{"a.jsonl", "b/1.html", "b/2.txt", "c/d/e.ndjson", "gs://bucket/s.jsonl", "missing.txt", "b/2.txt"}
	if !sort.StringsAreSorted(want[:4]) || len(got) != len(want) {
		t.Fatalf("shards %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("shard %d = %s, want %s", i, got[i], want[i])
		}
	}
}

func TestMergeOrder(t *testing.T) {
	// Merge must sort items back into corpus order whatever order the
	// combine delivers them in.
	lines := map[string]string{}
	for _, id := range []string{"a", "b", "c"} {
		r := &pipeline.DocResult{Doc: pipeline.DocInfo{ID: id, Source: id + ".txt", Status: corpus.StatusOK}}
		b, err := pipeline.MarshalDocResult(r)
		if err != nil {
			t.Fatal(err)
		}
		lines[id] = string(b)
	}
	items := []timelinebeam.Item{{Shard: 1, Seq: 0, Line: lines["c"]}, {Shard: 0, Seq: 1, Line: lines["b"]}, {Shard: 0, Seq: 0, Line: lines["a"]}}
	out, err := timelinebeam.Merge(items, "json", 1)
	if err != nil {
		t.Fatal(err)
	}
	var v struct{ Documents []struct{ ID string } }
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Documents) != 3 || v.Documents[0].ID != "a" || v.Documents[1].ID != "b" || v.Documents[2].ID != "c" {
		t.Errorf("documents %+v, want a, b, c", v.Documents)
	}
}
