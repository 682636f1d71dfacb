package brown

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestIncrementalLoss(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	corp := NewCorpus()
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}
	for s := 0; s < 300; s++ {
		var toks []string
		for k := 0; k < 10; k++ {
			toks = append(toks, words[rng.IntN(len(words))/(1+rng.IntN(2))])
		}
		corp.Add(toks)
	}
	hook := func(st *state) {
		S := st.c
		for i := 0; i < S; i++ {
			if !st.active[i] {
				continue
			}
			if d := st.s[i] - func() float64 { c := *st; return c.sumS(i) }(); math.Abs(d) > 1e-9 {
				t.Fatalf("s[%d] off by %g", i, d)
			}
			for j := i + 1; j < S; j++ {
				if !st.active[j] {
					continue
				}
				old := st.l[i*S+j]
				st.setLoss(i, j)
				if math.Abs(old-st.l[i*S+j]) > 1e-9 {
					t.Fatalf("l[%d,%d] = %g, want %g", i, j, old, st.l[i*S+j])
				}
			}
		}
	}
	if _, err := cluster(t.Context(), corp, Options{Clusters: 4, MinCount: 1}, hook); err != nil {
		t.Fatal(err)
	}
}
