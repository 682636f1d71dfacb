package graph

import (
	"math/rand/v2"
	"slices"
)

// louvain splits c into communities by the Louvain method (Blondel,
// Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
// large networks"): nodes move, one at a time in a seeded random order, to
// the neighbouring community that raises the modularity most,
//
//	Q = 1/2m Σ_ij [A_ij - γ k_i k_j / 2m] δ(c_i, c_j)
//
// until no move helps; the communities then become the nodes of a smaller
// graph and the moves start again, until nothing changes. It returns each
// node's community, numbered by decreasing size, and Q.
func louvain(c *compact, resolution float64, seed uint64) ([]int32, float64) {
	n := c.len()
	assign := make([]int32, n)
	for i := range assign {
		assign[i] = int32(i)
	}
	if n == 0 {
		return assign, 0
	}
	lv := &level{off: c.off, nbr: c.nbr, w: c.w, self: make([]float64, n), k: make([]float64, n)}
	m2 := 0.0
	for i := 0; i < n; i++ {
		for _, w := range c.w[c.off[i]:c.off[i+1]] {
			lv.k[i] += w
		}
		m2 += lv.k[i]
	}
	if m2 == 0 {
		return numberBySize(assign), 0
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	for {
		comm, moved := lv.move(resolution, m2, rng)
		if !moved {
			break
		}
		next, renum := lv.aggregate(comm)
		for i := range assign {
			assign[i] = renum[comm[assign[i]]]
		}
		lv = next
		if lv.len() == 1 {
			break
		}
	}
	assign = numberBySize(assign)
	return assign, modularity(c, assign, resolution)
}

// level is one graph of the Louvain hierarchy: adjacency arrays without
// self-loops, the self-loop weight of each node (Σ A_ii: twice the weight
// inside the community it stands for), and each node's degree k including
// it.
type level struct {
	off  []int32
	nbr  []int32
	w    []float64
	self []float64
	k    []float64
}

func (lv *level) len() int { return len(lv.off) - 1 }

// move runs the local moving phase and returns each node's community and
// whether any node moved.
func (lv *level) move(resolution, m2 float64, rng *rand.Rand) ([]int32, bool) {
	n := lv.len()
	comm := make([]int32, n)
	tot := make([]float64, n)
	for i := range comm {
		comm[i] = int32(i)
		tot[i] = lv.k[i]
	}
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	links := make([]float64, n) // weight from the current node to each community
	var touched []int32
	moved := false
	for pass := 0; pass < 64; pass++ {
		moves := 0
		for _, i := range order {
			ci := comm[i]
			touched = touched[:0]
			for a := lv.off[i]; a < lv.off[i+1]; a++ {
				cj := comm[lv.nbr[a]]
				if links[cj] == 0 {
					touched = append(touched, cj)
				}
				links[cj] += lv.w[a]
			}
			ki := lv.k[i]
			tot[ci] -= ki
			// The gain of joining community C, up to a constant factor:
			// k_i,C - γ Σ_tot(C) k_i / 2m. Staying wins ties.
			best, bestGain := ci, links[ci]-resolution*tot[ci]*ki/m2
			for _, cj := range touched {
				if gain := links[cj] - resolution*tot[cj]*ki/m2; gain > bestGain+1e-12*ki {
					best, bestGain = cj, gain
				}
			}
			tot[best] += ki
			if best != ci {
				comm[i] = best
				moves++
			}
			for _, cj := range touched {
				links[cj] = 0
			}
		}
		if moves == 0 {
			break
		}
		moved = true
	}
	return comm, moved
}

// aggregate returns the graph whose nodes are the communities, and the
// communities' new numbers (in order of their first node).
func (lv *level) aggregate(comm []int32) (*level, []int32) {
	n := lv.len()
	renum := make([]int32, n)
	for i := range renum {
		renum[i] = -1
	}
	k := int32(0)
	for i := 0; i < n; i++ {
		if renum[comm[i]] < 0 {
			renum[comm[i]] = k
			k++
		}
	}
	members := make([][]int32, k)
	for i := 0; i < n; i++ {
		c := renum[comm[i]]
		members[c] = append(members[c], int32(i))
	}
	next := &level{off: make([]int32, k+1), self: make([]float64, k), k: make([]float64, k)}
	links := make([]float64, k)
	var touched []int32
	for c := int32(0); c < k; c++ {
		touched = touched[:0]
		for _, i := range members[c] {
			next.k[c] += lv.k[i]
			next.self[c] += lv.self[i]
			for a := lv.off[i]; a < lv.off[i+1]; a++ {
				d := renum[comm[lv.nbr[a]]]
				if d == c {
					next.self[c] += lv.w[a]
					continue
				}
				if links[d] == 0 {
					touched = append(touched, d)
				}
				links[d] += lv.w[a]
			}
		}
		slices.Sort(touched)
		for _, d := range touched {
			next.nbr = append(next.nbr, d)
			next.w = append(next.w, links[d])
			links[d] = 0
		}
		next.off[c+1] = int32(len(next.nbr))
	}
	return next, renum
}

// modularity is Q of the partition comm of c (see louvain).
func modularity(c *compact, comm []int32, resolution float64) float64 {
	n := c.len()
	var m2 float64
	k := make([]float64, n)
	for i := 0; i < n; i++ {
		for _, w := range c.w[c.off[i]:c.off[i+1]] {
			k[i] += w
		}
		m2 += k[i]
	}
	if m2 == 0 {
		return 0
	}
	var in float64
	tot := map[int32]float64{}
	for i := 0; i < n; i++ {
		tot[comm[i]] += k[i]
		for a := c.off[i]; a < c.off[i+1]; a++ {
			if comm[c.nbr[a]] == comm[i] {
				in += c.w[a]
			}
		}
	}
	labels := make([]int32, 0, len(tot))
	for l := range tot {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	q := in / m2
	for _, l := range labels {
		t := tot[l] / m2
		q -= resolution * t * t
	}
	return q
}
