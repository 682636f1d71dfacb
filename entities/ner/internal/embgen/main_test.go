package main

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSplit checks that the hierarchy keeps near vectors together, tells
// far ones apart, and gives paths of whole levels.
func TestSplit(t *testing.T) {
	// Two tight groups of unit vectors around opposite directions.
	var vs [][]float32
	rng := rand.New(rand.NewPCG(3, 4))
	for g := 0; g < 2; g++ {
		for i := 0; i < 20; i++ {
			v := []float32{1, 0.1 * float32(rng.NormFloat64()), 0.1 * float32(rng.NormFloat64())}
			if g == 1 {
				v[0] = -1
			}
			vs = append(vs, v)
		}
	}
	ix := make([]int, len(vs))
	for i := range ix {
		ix[i] = i
	}
	paths := make([]string, len(vs))
	split(vs, ix, []int{2, 4}, "", paths, rand.New(rand.NewPCG(1, 2)))
	for i, p := range paths {
		if len(p) != 3 || strings.Trim(p, "01") != "" {
			t.Fatalf("path %d = %q, want three bits", i, p)
		}
		if same := p[0] == paths[0][0]; same != (i < 20) {
			t.Errorf("vector %d: path %q, first vector's %q", i, p, paths[0])
		}
	}
	again := make([]string, len(vs))
	split(vs, ix, []int{2, 4}, "", again, rand.New(rand.NewPCG(1, 2)))
	if strings.Join(again, " ") != strings.Join(paths, " ") {
		t.Error("the same seed gives other paths")
	}
}
