package resolveeval

import "sort"

// PRF is a precision, recall and F1.
type PRF struct {
	P, R, F1 float64
}

func prf(p, r float64) PRF {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f}
}

// Clustering scores a system's partition of items against the gold one:
// gold[i] and sys[i] are the clusters of item i.
type Clustering struct {
	Items             int
	GoldPairs         int // pairs of items in the same gold cluster
	SysPairs          int // pairs in the same system cluster
	CorrectPairs      int // pairs in the same cluster in both
	Pairwise, BCubed  PRF
	GoldChains, SysCh int // numbers of clusters
}

// Score compares the two partitions: pairwise precision and recall over
// the pairs of items put together, and B-cubed (Bagga and Baldwin 1998):
// for each item, the share of its system cluster that is in its gold
// cluster (precision) and the share of its gold cluster that is in its
// system cluster (recall), averaged over items. Both run in time linear in
// the number of items.
func Score(gold, sys []string) Clustering {
	c := Clustering{Items: len(gold)}
	gs, ss, cell := map[string]int{}, map[string]int{}, map[[2]string]int{}
	for i := range gold {
		gs[gold[i]]++
		ss[sys[i]]++
		cell[[2]string{gold[i], sys[i]}]++
	}
	c.GoldChains, c.SysCh = len(gs), len(ss)
	for _, n := range gs {
		c.GoldPairs += n * (n - 1) / 2
	}
	for _, n := range ss {
		c.SysPairs += n * (n - 1) / 2
	}
	var bp, br float64
	for k, n := range cell {
		c.CorrectPairs += n * (n - 1) / 2
		// Each of the n items of the cell scores n/|sys| and n/|gold|.
		bp += float64(n) * float64(n) / float64(ss[k[1]])
		br += float64(n) * float64(n) / float64(gs[k[0]])
	}
	p, r := 1.0, 1.0
	if c.SysPairs > 0 {
		p = float64(c.CorrectPairs) / float64(c.SysPairs)
	}
	if c.GoldPairs > 0 {
		r = float64(c.CorrectPairs) / float64(c.GoldPairs)
	}
	c.Pairwise = prf(p, r)
	if c.Items > 0 {
		c.BCubed = prf(bp/float64(c.Items), br/float64(c.Items))
	}
	return c
}

// Confusion is a system cluster that holds items of several gold
// clusters (a false merge), or a gold cluster split over several system
// clusters (a missed merge), with the names written in each part.
type Confusion struct {
	Cluster string              // the system or gold cluster
	Parts   map[string][]string // the other side's clusters -> texts
	Pairs   int                 // pairs lost to it
}

// Confusions lists the false merges (by system cluster) and the missed
// merges (by gold cluster), worst first.
func Confusions(gold, sys, texts []string) (merges, splits []Confusion) {
	build := func(by, other []string) []Confusion {
		parts := map[string]map[string][]string{}
		for i := range by {
			if parts[by[i]] == nil {
				parts[by[i]] = map[string][]string{}
			}
			parts[by[i]][other[i]] = append(parts[by[i]][other[i]], texts[i])
		}
		var out []Confusion
		for k, p := range parts {
			if len(p) < 2 {
				continue
			}
			total, same := 0, 0
			for _, ts := range p {
				total += len(ts)
				same += len(ts) * (len(ts) - 1) / 2
			}
			out = append(out, Confusion{Cluster: k, Parts: p, Pairs: total*(total-1)/2 - same})
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].Pairs != out[j].Pairs {
				return out[i].Pairs > out[j].Pairs
			}
			return out[i].Cluster < out[j].Cluster
		})
		return out
	}
	return build(sys, gold), build(gold, sys)
}
