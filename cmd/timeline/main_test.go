package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// runCmd runs the command line in-process and returns stdout, stderr and
// the exit code.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code := run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./cmd/timeline -update and review the diff\n%s", name, firstDiff(string(want), string(got)))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
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

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + jsonNumber(n)) }

func jsonNumber(n int) string { b, _ := json.Marshal(n); return string(b) }

// seedsOutput is the JSON of the contract, as the tests read it.
type seedsOutput struct {
	Schema    string `json:"schema"`
	Documents []struct {
		ID, Source, Title, DCT, Status string
		DCTSource                      string `json:"dct_source"`
		Sentences, Mentions, Timexes   int
	} `json:"documents"`
	Entities []struct {
		ID, Name, Type string
		Aliases        []string
	} `json:"entities"`
	Events []struct {
		ID, Date, Start, End, Granularity, Summary string
		Sources                                    []struct{ Document string }
	} `json:"events"`
	Graph struct {
		Nodes []struct{ ID string }
		Edges []struct {
			Source, Target string
			Weight         float64
		}
	} `json:"graph"`
}

func TestBuildSeeds(t *testing.T) {
	seeds := testenv.Shared(t, "seeds")
	stdout, stderr, code := runCmd(t, "", "build", "-quiet", seeds)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	// The golden file records sources relative to the seeds folder, so
	// that it does not depend on where the checkout is.
	normalized := strings.ReplaceAll(stdout, seeds+string(filepath.Separator), "seeds/")
	golden(t, "seeds.golden.json", []byte(normalized))

	var out seedsOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	if out.Schema != "timeline/v1" || len(out.Documents) != 5 {
		t.Fatalf("schema %q, %d documents", out.Schema, len(out.Documents))
	}
	dcts := map[string][2]string{}
	for _, d := range out.Documents {
		if d.Status != "ok" {
			t.Errorf("%s: status %s", d.ID, d.Status)
		}
		dcts[d.ID[:3]] = [2]string{d.DCT, d.DCTSource}
		if d.DCT != "" && !strings.HasPrefix(d.DCT, "2017") {
			t.Errorf("%s: DCT %s is not in 2017", d.ID, d.DCT)
		}
	}
	if dcts["001"] != [2]string{"2017-04-13", "text"} || dcts["002"] != [2]string{"2017-04-16", "text"} {
		t.Errorf("DCTs of 001 and 002 = %v %v", dcts["001"], dcts["002"])
	}
	for _, id := range []string{"000", "003", "004"} {
		if s := dcts[id][1]; s != "estimated" && s != "none" {
			t.Errorf("%s: dct_source %q, want estimated or none (it states no date)", id, s)
		}
	}
}

// TestDOTRenders checks that Graphviz renders the seeds' graph without a
// warning.
func TestDOTRenders(t *testing.T) {
	seeds := testenv.Shared(t, "seeds")
	dot := testenv.Command(t, "dot")
	stdout, stderr, code := runCmd(t, "", "build", "-quiet", "-f", "dot", seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden(t, "seeds.golden.dot", []byte(stdout))
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = strings.NewReader(stdout)
	var svg, warn bytes.Buffer
	cmd.Stdout, cmd.Stderr = &svg, &warn
	if err := cmd.Run(); err != nil || warn.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v\n%s", err, warn.String())
	}
	if !strings.Contains(svg.String(), "<svg") {
		t.Fatal("no SVG")
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := runCmd(t, "", "demo", "-quiet", "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "graph.dot") {
		t.Errorf("stdout does not name the files: %s", stdout)
	}
	js, err := os.ReadFile(filepath.Join(dir, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "samples.golden.json", js)
	dot, err := os.ReadFile(filepath.Join(dir, "graph.dot"))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "samples.golden.dot", dot)
	var out seedsOutput
	if err := json.Unmarshal(js, &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Documents) != 6 || len(out.Events) == 0 || len(out.Graph.Edges) == 0 {
		t.Errorf("demo: %d documents, %d events, %d edges", len(out.Documents), len(out.Events), len(out.Graph.Edges))
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Russian President Vladimir Putin met Rex Tillerson in Moscow on Wednesday."), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name      string
		args      []string
		stdin     string
		code      int
		stderrHas string
		stdoutHas string
	}{
		{"ok", []string{"build", "-date", "2017-04-13", good}, "", 0, "", `"dct_source": "flag"`},
		{"some failed", []string{"build", good, empty, filepath.Join(dir, "missing.txt")}, "", 1, "missing.txt: no such file", `"status": "error"`},
		{"stdin", []string{"build", "-"}, "Putin met Tillerson in Moscow on Wednesday.", 0, "", `"id": "stdin"`},
		{"unknown flag", []string{"build", "-frobnicate", good}, "", 2, "flag provided but not defined", ""},
		{"bad format", []string{"build", "-f", "pdf", good}, "", 2, "unknown format", ""},
		{"bad date", []string{"build", "-date", "yesterday", good}, "", 2, "not a date", ""},
		{"unknown command", []string{"frobnicate"}, "", 2, "unknown command", ""},
		{"help", []string{"help"}, "", 0, "", "timeline build [flags] INPUT..."},
		{"build help", []string{"build", "-h"}, "", 0, "", "Exit status"},
		{"extract help", []string{"extract", "-h"}, "", 0, "", "Exit status"},
		{"merge help", []string{"merge", "--help"}, "", 0, "", "Exit status"},
		{"serve help", []string{"serve", "-h"}, "", 0, "", "Exit status"},
		{"demo help", []string{"demo", "-h"}, "", 0, "", "Exit status"},
		{"eval without a kind", []string{"eval"}, "", 2, "eval needs a kind: timex, ner, entities, events", ""},
		{"unknown eval kind", []string{"eval", "pos"}, "", 2, `unknown eval kind "pos" (want timex, ner, entities, events)`, ""},
		{"unknown train kind", []string{"train", "pos"}, "", 2, `unknown train kind "pos" (want ner)`, ""},
		{"eval entities without a corpus", []string{"eval", "entities"}, "", 2, "eval entities needs a corpus: ecb or reuters", ""},
		{"eval ner without a file", []string{"eval", "ner"}, "", 2, "eval ner needs one FILE.conll", ""},
		{"version", []string{"version"}, "", 0, "", "timeline "},
		{"flags after inputs", []string{"build", good, "-f", "dot"}, "", 0, "", "graph \"timeline\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCmd(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderrHas) {
				t.Errorf("stderr %q lacks %q", stderr, tt.stderrHas)
			}
			if !strings.Contains(stdout, tt.stdoutHas) {
				t.Errorf("stdout lacks %q:\n%.400s", tt.stdoutHas, stdout)
			}
		})
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Putin met Tillerson in Moscow on Wednesday."), 0o644)
	out := filepath.Join(dir, "out.json")
	if _, stderr, code := runCmd(t, "", "build", "-quiet", "-o", out, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var v map[string]any
	data, err := os.ReadFile(out)
	if err != nil || json.Unmarshal(data, &v) != nil || v["schema"] != "timeline/v1" {
		t.Fatalf("output file: %v %s", err, data)
	}
}
