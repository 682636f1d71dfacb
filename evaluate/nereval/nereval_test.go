package nereval_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/entities/ner/conll"
	"github.com/timelinehq/timeline/evaluate/nereval"
	"github.com/timelinehq/timeline/internal/testenv"
)

func sp(start, end int, typ ner.Type) ner.Span { return ner.Span{Start: start, End: end, Type: typ} }

func TestScore(t *testing.T) {
	gold := [][]ner.Span{
		{sp(0, 2, ner.PER), sp(3, 4, ner.LOC)},
		{sp(1, 2, ner.ORG)},
	}
	tests := []struct {
		name string
		sys  [][]ner.Span
		want string // last line of Write
	}{
		{"perfect", gold, "micro_F1=1.000 PER=1.000 LOC=1.000 ORG=1.000"},
		{"nothing", nil, "micro_F1=0.000 PER=0.000 LOC=0.000 ORG=0.000"},
		{"wrong boundary", [][]ner.Span{{sp(0, 1, ner.PER), sp(3, 4, ner.LOC)}, {sp(1, 2, ner.ORG)}},
			"micro_F1=0.667 PER=0.000 LOC=1.000 ORG=1.000"},
		{"wrong type and duplicate", [][]ner.Span{{sp(0, 2, ner.PER), sp(0, 2, ner.PER), sp(3, 4, ner.ORG)}, {sp(1, 2, ner.ORG)}},
			"micro_F1=0.667 PER=1.000 LOC=0.000 ORG=0.667"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := nereval.Score(gold, tc.sys).Write(&buf); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
			if got := lines[len(lines)-1]; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestWriteEmit(t *testing.T) {
	var buf bytes.Buffer
	if err := nereval.WriteEmit(&buf, [][]ner.Span{{sp(0, 2, ner.PER)}, nil}); err != nil {
		t.Fatal(err)
	}
	want := `{"id":0,"spans":[{"start":0,"end":2,"type":"PER"}]}` + "\n" + `{"id":1,"spans":[]}` + "\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

// TestFloor is the regression test of the embedded model on the dev sets:
// it fails if micro-F1 drops below the floor the model has reached.
func TestFloor(t *testing.T) {
	model, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, domain string
		opt                conll.Options
		project            bool
		mode               nereval.Mode
		floor              float64
	}{
		{"conll dev", "conll2003/eng.testa", "conll", conll.Options{Scheme: conll.SchemeCoNLL}, false, nereval.Documents, 0.942},
		{"gmb held-out", "gmb/gmb_last10.conll", "gmb", conll.Options{Scheme: conll.SchemeGMB, GPE: conll.GPEProper}, true, nereval.Text, 0.871},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := conll.ReadFile(testenv.Shared(t, filepath.Join("data", tc.file)))
			if err != nil {
				t.Fatal(err)
			}
			m, err := model.WithDomain(tc.domain)
			if err != nil {
				t.Fatal(err)
			}
			sys, err := nereval.Tag(context.Background(), m, docs, tc.mode)
			if err != nil {
				t.Fatal(err)
			}
			gold := nereval.Gold(docs, tc.opt)
			if tc.project {
				gold = nereval.GoldProject(docs, tc.opt)
			}
			f1 := nereval.Score(gold, sys).Micro().F1()
			t.Logf("%s: micro-F1 %.4f", tc.name, f1)
			if f1 < tc.floor {
				t.Errorf("micro-F1 %.4f is below the floor %.3f", f1, tc.floor)
			}
		})
	}
}

// TestAgreesWithReference checks that Score and WriteEmit agree with the
// reference scorer ../shared/eval/ner/score.py on the same tags.
func TestAgreesWithReference(t *testing.T) {
	gold := testenv.Shared(t, filepath.Join("data", "gmb", "gmb_last10.conll"))
	scorer := testenv.Shared(t, filepath.Join("eval", "ner", "score.py"))
	if testing.Short() {
		t.Skip("skipping the reference scorer in -short mode")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	model, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := conll.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	sys, err := nereval.Tag(context.Background(), model, docs, nereval.Text)
	if err != nil {
		t.Fatal(err)
	}
	emit := filepath.Join(t.TempDir(), "emit.jsonl")
	var buf bytes.Buffer
	if err := nereval.WriteEmit(&buf, sys); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(emit, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, gpe := range []conll.GPEMode{conll.GPELoc, conll.GPEProper} {
		out, err := exec.Command(py, scorer, gold, emit, "--gmb-gpe", string(gpe)).Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		var ours bytes.Buffer
		nereval.Score(nereval.Gold(docs, conll.Options{Scheme: conll.SchemeGMB, GPE: gpe}), sys).Write(&ours)
		if string(out) != ours.String() {
			t.Errorf("--gmb-gpe %s: score.py says\n%s\nwe say\n%s", gpe, out, ours.String())
		}
	}
}
