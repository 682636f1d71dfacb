package nereval_test

import (
	"os"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/evaluate/nereval"
)

func ExampleScore() {
	gold := [][]ner.Span{{sp(0, 2, ner.PER), sp(4, 5, ner.LOC)}}
	sys := [][]ner.Span{{sp(1, 2, ner.PER), sp(4, 5, ner.LOC)}}
	nereval.Score(gold, sys).Write(os.Stdout)
	// Output:
	// type     gold   pred   corr       P       R      F1
	// PER         1      1      0   0.000   0.000   0.000
	// LOC         1      1      1   1.000   1.000   1.000
	// ORG         0      0      0   0.000   0.000   0.000
	// micro       2      2      1   0.500   0.500   0.500
	// micro_F1=0.500 PER=0.000 LOC=1.000 ORG=0.000
}
