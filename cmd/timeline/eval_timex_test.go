package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalTimex runs eval timex on a two-document gold file: one
// TimeBank document, one AQUAINT one.
func TestEvalTimex(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	lines := `{"doc": "wsj_0001", "dct": "1998-08-08", "text": "It rallied Friday night.", "timexes": [{"start": 11, "end": 23, "text": "Friday night", "type": "TIME", "value": "1998-08-07TNI"}]}
{"doc": "APW19980807.0261", "dct": "1998-08-08", "text": "Bombs exploded Friday night.", "timexes": [{"start": 15, "end": 21, "text": "Friday", "type": "DATE", "value": "1998-08-07"}]}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want []string // substrings of standard output
	}{
		{"all", []string{gold}, []string{"docs=2 gold=2 system=2", "value_F1=0.500 strict_F1=0.500 relaxed_F1=1.000"}},
		{"split", []string{"--split", "timebank", gold}, []string{"docs=1 gold=1 system=1", "value_F1=1.000"}},
		{"errors", []string{"--split", "aquaint", "--errors", gold}, []string{"# APW19980807.0261", `VALUE  gold "Friday"=1998-08-07  sys "Friday night"=1998-08-07TNI`}},
		{"conventions", []string{"--conventions", gold}, []string{"span without the part  0         1", "with the part (TNI)    1         0"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, stderr, code := runCmd(t, "", append([]string{"eval", "timex"}, c.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	if _, _, code := runCmd(t, "", "eval", "timex", "--split", "nowhere", gold); code != exitUsage {
		t.Errorf("unknown split: exit %d, want %d", code, exitUsage)
	}
}
