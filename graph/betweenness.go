package graph

import (
	"math/rand/v2"
	"runtime"
	"sync"
)

// blockSize is the number of sources one worker handles at a time. The
// partial sums of each block are added in block order, so that the result
// does not depend on the number of workers.
const blockSize = 16

// betweenness returns the normalized betweenness of every node of c,
// counting shortest paths by hops (Brandes 2001, "A faster algorithm for
// betweenness centrality"):
//
//	C_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st,  normalized by (n-1)(n-2)
//
// where σ_st is the number of shortest paths from s to t and σ_st(v) the
// number through v; the sum runs over ordered pairs, so the normalized
// value is the share of the unordered pairs of other nodes, in [0, 1].
// With k < n, only k sources drawn at random with the seed are summed and
// the sum is scaled by n/k, an unbiased estimate (Brandes & Pich 2007,
// "Centrality estimation in large networks").
func betweenness(c *compact, k int, seed uint64) []float64 {
	n := c.len()
	cb := make([]float64, n)
	if n < 3 {
		return cb
	}
	sources := make([]int32, n)
	for i := range sources {
		sources[i] = int32(i)
	}
	scale := 1.0
	if k < n {
		r := rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d))
		r.Shuffle(n, func(i, j int) { sources[i], sources[j] = sources[j], sources[i] })
		sources = sources[:k]
		scale = float64(n) / float64(k)
	}
	blocks := (len(sources) + blockSize - 1) / blockSize
	partial := make([][]float64, blocks)
	workers := min(runtime.GOMAXPROCS(0), blocks)
	next := make(chan int, blocks)
	for b := 0; b < blocks; b++ {
		next <- b
	}
	close(next)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := newBrandes(n)
			for b := range next {
				acc := make([]float64, n)
				for _, s := range sources[b*blockSize : min(len(sources), (b+1)*blockSize)] {
					st.from(c, s, acc)
				}
				partial[b] = acc
			}
		}()
	}
	wg.Wait()
	for _, acc := range partial {
		for v, x := range acc {
			cb[v] += x
		}
	}
	norm := scale / (float64(n-1) * float64(n-2))
	for v := range cb {
		cb[v] *= norm
	}
	return cb
}

// brandes is the scratch space of one single-source pass.
type brandes struct {
	dist  []int32
	sigma []float64
	delta []float64
	order []int32 // nodes in the order the search reached them
}

func newBrandes(n int) *brandes {
	b := &brandes{dist: make([]int32, n), sigma: make([]float64, n), delta: make([]float64, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

// from adds the dependencies of source s to acc.
func (b *brandes) from(c *compact, s int32, acc []float64) {
	b.order = append(b.order[:0], s)
	b.dist[s], b.sigma[s] = 0, 1
	for head := 0; head < len(b.order); head++ {
		v := b.order[head]
		dv := b.dist[v]
		for _, w := range c.nbr[c.off[v]:c.off[v+1]] {
			if b.dist[w] < 0 {
				b.dist[w] = dv + 1
				b.order = append(b.order, w)
			}
			if b.dist[w] == dv+1 {
				b.sigma[w] += b.sigma[v]
			}
		}
	}
	// In an undirected graph the predecessors of w on shortest paths are
	// its neighbours one step closer to s.
	for i := len(b.order) - 1; i > 0; i-- {
		w := b.order[i]
		dw := b.dist[w]
		coeff := (1 + b.delta[w]) / b.sigma[w]
		for _, v := range c.nbr[c.off[w]:c.off[w+1]] {
			if b.dist[v] == dw-1 {
				b.delta[v] += b.sigma[v] * coeff
			}
		}
		acc[w] += b.delta[w]
	}
	for _, v := range b.order {
		b.dist[v], b.sigma[v], b.delta[v] = -1, 0, 0
	}
}
