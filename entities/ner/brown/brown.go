// Package brown learns Brown word clusters (Brown et al. 1992) from
// unlabelled text: a binary hierarchy of words, merged greedily so that the
// mutual information between the clusters of adjacent words stays as high as
// possible. A word's cluster is its path from the root ("0110..."); prefixes
// of the path are coarser clusters.
//
// The algorithm is Liang's (2005, "Semi-supervised learning for natural
// language", section 3.2): the words, by decreasing frequency, enter a
// window of at most C active clusters; each time a word enters as a cluster
// of its own, the pair of clusters whose merge loses the least average
// mutual information is merged. With p(c,d) the probability of the bigram
// (c,d) and p(c) the unigram probability of c, the mutual information is
// the sum over cluster pairs of q(c,d) = p(c,d) log(p(c,d)/(p(c)p(d))); the
// loss of each candidate merge is kept up to date incrementally, so a word
// costs O(C^2).
package brown

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
)

// Options configures Cluster.
type Options struct {
	Clusters int // the window: number of leaf clusters kept apart; 0 means 256
	MinCount int // words seen fewer times are left out; 0 means 3
}

// Entry is one clustered word.
type Entry struct {
	Word  string
	Path  string // bit string, root first
	Count int
}

// Corpus counts words and bigrams of a token stream.
type Corpus struct {
	ids    map[string]int32
	words  []string
	counts []int
	bigram map[[2]int32]int
	prev   int32
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{ids: map[string]int32{}, bigram: map[[2]int32]int{}, prev: -1}
}

// Add appends a run of tokens; bigrams do not cross runs.
func (c *Corpus) Add(tokens []string) {
	c.prev = -1
	for _, t := range tokens {
		id, ok := c.ids[t]
		if !ok {
			id = int32(len(c.words))
			c.ids[t] = id
			c.words = append(c.words, strings.Clone(t))
			c.counts = append(c.counts, 0)
		}
		c.counts[id]++
		if c.prev >= 0 {
			c.bigram[[2]int32{c.prev, id}]++
		}
		c.prev = id
	}
	c.prev = -1
}

// Tokens returns the number of tokens added.
func (c *Corpus) Tokens() int {
	n := 0
	for _, k := range c.counts {
		n += k
	}
	return n
}

type edge struct {
	to int32
	n  float64
}

// state is the window of active clusters, in slots 0..C.
type state struct {
	c      int // slots
	active []bool
	p      []float64 // p[i*c+j]: bigram probability, left cluster i, right j
	p1     []float64 // unigram probability
	q      []float64
	s      []float64
	l      []float64 // l[i*c+j], i<j: loss of merging i and j
	node   []int     // slot -> hierarchy node
}

func qf(p, x, y float64) float64 {
	if p <= 0 {
		return 0
	}
	return p * math.Log(p/(x*y))
}

// Cluster learns clusters over the corpus's frequent words and returns them
// by decreasing frequency.
func Cluster(ctx context.Context, corp *Corpus, opt Options) ([]Entry, error) {
	return cluster(ctx, corp, opt, nil)
}

// cluster is Cluster with a hook that tests use to check the incremental
// bookkeeping before every merge.
func cluster(ctx context.Context, corp *Corpus, opt Options, checkHook func(*state)) ([]Entry, error) {
	if opt.Clusters == 0 {
		opt.Clusters = 256
	}
	if opt.MinCount == 0 {
		opt.MinCount = 3
	}
	// Vocabulary by decreasing count, ties by word.
	var vocab []int32
	for id, n := range corp.counts {
		if n >= opt.MinCount {
			vocab = append(vocab, int32(id))
		}
	}
	if len(vocab) < 2 {
		return nil, errors.New("brown: fewer than two words to cluster")
	}
	slices.SortFunc(vocab, func(a, b int32) int {
		if d := corp.counts[b] - corp.counts[a]; d != 0 {
			return d
		}
		return strings.Compare(corp.words[a], corp.words[b])
	})
	rank := make([]int32, len(corp.words)) // word id -> vocab index+1, 0 = out
	for i, id := range vocab {
		rank[id] = int32(i + 1)
	}
	// Adjacency lists over vocabulary indexes, and the total.
	right := make([][]edge, len(vocab))
	left := make([][]edge, len(vocab))
	total := 0.0
	keys := make([][2]int32, 0, len(corp.bigram))
	for k := range corp.bigram {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]int32) int {
		if a[0] != b[0] {
			return int(a[0] - b[0])
		}
		return int(a[1] - b[1])
	})
	for _, k := range keys {
		n := float64(corp.bigram[k])
		total += n
		a, b := rank[k[0]]-1, rank[k[1]]-1
		if a < 0 || b < 0 {
			continue
		}
		right[a] = append(right[a], edge{b, n})
		left[b] = append(left[b], edge{a, n})
	}
	unigram := 0.0
	for _, id := range vocab {
		unigram += float64(corp.counts[id])
	}

	C := min(opt.Clusters, len(vocab))
	st := &state{c: C + 1}
	S := st.c
	st.active = make([]bool, S)
	st.p = make([]float64, S*S)
	st.p1 = make([]float64, S)
	st.q = make([]float64, S*S)
	st.s = make([]float64, S)
	st.l = make([]float64, S*S)
	st.node = make([]int, S)
	slotOf := make([]int32, len(vocab))
	for i := range slotOf {
		slotOf[i] = -1
	}
	// Hierarchy over the final clusters: nodes 0..S-1 are the slots'
	// clusters when the last word has entered; merges add nodes.
	var parent []int
	var bit []byte
	final := false
	newNode := func(a, b int) int {
		id := len(parent)
		parent = append(parent, -1)
		bit = append(bit, 0)
		parent[a], bit[a] = id, '0'
		parent[b], bit[b] = id, '1'
		return id
	}

	members := make([][]int32, S)
	addWord := func(w int32, k int) {
		st.active[k] = true
		members[k] = append(members[k][:0], w)
		slotOf[w] = int32(k)
		st.p1[k] = float64(corp.counts[vocab[w]]) / unigram
		for e := 0; e < S; e++ {
			st.p[k*S+e], st.p[e*S+k] = 0, 0
		}
		for _, ed := range right[w] {
			if j := slotOf[ed.to]; j >= 0 {
				st.p[k*S+int(j)] += ed.n / total
			}
		}
		for _, ed := range left[w] {
			if j := slotOf[ed.to]; j >= 0 && int(j) != k {
				st.p[int(j)*S+k] += ed.n / total
			}
		}
		for e := 0; e < S; e++ {
			if !st.active[e] {
				continue
			}
			st.q[k*S+e] = qf(st.p[k*S+e], st.p1[k], st.p1[e])
			st.q[e*S+k] = qf(st.p[e*S+k], st.p1[e], st.p1[k])
		}
		// Losses of existing pairs gain the new cluster's terms.
		pk := st.p1[k]
		for c := 0; c < S; c++ {
			if !st.active[c] || c == k {
				continue
			}
			dc := st.q[c*S+k] + st.q[k*S+c]
			for d := c + 1; d < S; d++ {
				if !st.active[d] || d == k {
					continue
				}
				dd := st.q[d*S+k] + st.q[k*S+d]
				pcd := st.p1[c] + st.p1[d]
				st.l[c*S+d] += dc + dd - qf(st.p[c*S+k]+st.p[d*S+k], pcd, pk) - qf(st.p[k*S+c]+st.p[k*S+d], pk, pcd)
			}
		}
		for c := 0; c < S; c++ {
			if st.active[c] && c != k {
				st.s[c] += st.q[c*S+k] + st.q[k*S+c]
			}
		}
		st.s[k] = st.sumS(k)
		for d := 0; d < S; d++ {
			if st.active[d] && d != k {
				st.setLoss(k, d)
			}
		}
	}
	merge := func(a, b int) {
		// a keeps the merged cluster; b is freed.
		pa, pb := st.p1[a], st.p1[b]
		pab := pa + pb
		ds := make([]float64, S)
		for c := 0; c < S; c++ {
			if !st.active[c] || c == a || c == b {
				continue
			}
			newq := qf(st.p[c*S+a]+st.p[c*S+b], st.p1[c], pab) + qf(st.p[a*S+c]+st.p[b*S+c], pab, st.p1[c])
			ds[c] = newq - st.q[c*S+a] - st.q[a*S+c] - st.q[c*S+b] - st.q[b*S+c]
		}
		for c := 0; c < S; c++ {
			if !st.active[c] || c == a || c == b {
				continue
			}
			for d := c + 1; d < S; d++ {
				if !st.active[d] || d == a || d == b {
					continue
				}
				pcd := st.p1[c] + st.p1[d]
				ca, ac := st.p[c*S+a]+st.p[d*S+a], st.p[a*S+c]+st.p[a*S+d]
				cb, bc := st.p[c*S+b]+st.p[d*S+b], st.p[b*S+c]+st.p[b*S+d]
				old := qf(ca, pcd, pa) + qf(ac, pa, pcd) + qf(cb, pcd, pb) + qf(bc, pb, pcd)
				nw := qf(ca+cb, pcd, pab) + qf(ac+bc, pab, pcd)
				st.l[c*S+d] += ds[c] + ds[d] + old - nw
			}
		}
		// Merge the bigram rows and columns.
		st.p[a*S+a] += st.p[a*S+b] + st.p[b*S+a] + st.p[b*S+b]
		for e := 0; e < S; e++ {
			if e == a || e == b {
				continue
			}
			st.p[a*S+e] += st.p[b*S+e]
			st.p[e*S+a] += st.p[e*S+b]
		}
		st.p1[a] = pab
		st.active[b] = false
		for e := 0; e < S; e++ {
			st.p[b*S+e], st.p[e*S+b] = 0, 0
		}
		for e := 0; e < S; e++ {
			if !st.active[e] {
				continue
			}
			st.q[a*S+e] = qf(st.p[a*S+e], pab, st.p1[e])
			st.q[e*S+a] = qf(st.p[e*S+a], st.p1[e], pab)
		}
		for c := 0; c < S; c++ {
			if st.active[c] && c != a {
				st.s[c] += ds[c]
			}
		}
		st.s[a] = st.sumS(a)
		for d := 0; d < S; d++ {
			if st.active[d] && d != a {
				st.setLoss(a, d)
			}
		}
		if final {
			st.node[a] = newNode(st.node[a], st.node[b])
		}
		for _, w := range members[b] {
			slotOf[w] = int32(a)
		}
		members[a] = append(members[a], members[b]...)
		members[b] = members[b][:0]
	}
	bestPair := func() (int, int) {
		ba, bb, best := -1, -1, math.Inf(1)
		for c := 0; c < S; c++ {
			if !st.active[c] {
				continue
			}
			for d := c + 1; d < S; d++ {
				if st.active[d] && st.l[c*S+d] < best {
					ba, bb, best = c, d, st.l[c*S+d]
				}
			}
		}
		return ba, bb
	}

	for w := 0; w < C; w++ {
		addWord(int32(w), w)
	}
	for w := C; w < len(vocab); w++ {
		if w%100 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		free := -1
		for k := 0; k < S; k++ {
			if !st.active[k] {
				free = k
				break
			}
		}
		addWord(int32(w), free)
		if checkHook != nil {
			checkHook(st)
		}
		a, b := bestPair()
		merge(a, b)
	}
	final = true
	for k := 0; k < S; k++ {
		st.node[k] = k
		parent = append(parent, -1)
		bit = append(bit, 0)
	}
	leaf := make([]int, len(vocab))
	for k := 0; k < S; k++ {
		for _, w := range members[k] {
			leaf[w] = k
		}
	}
	for {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if checkHook != nil {
			checkHook(st)
		}
		a, b := bestPair()
		if a < 0 {
			break
		}
		merge(a, b)
	}

	out := make([]Entry, len(vocab))
	for w := range vocab {
		var path []byte
		for n := leaf[w]; parent[n] >= 0; n = parent[n] {
			path = append(path, bit[n])
		}
		slices.Reverse(path)
		out[w] = Entry{Word: corp.words[vocab[w]], Path: string(path), Count: corp.counts[vocab[w]]}
	}
	return out, nil
}

// sumS computes s(k) = sum_e q(k,e) + q(e,k) - q(k,k) over active e.
func (st *state) sumS(k int) float64 {
	S := st.c
	s := -st.q[k*S+k]
	for e := 0; e < S; e++ {
		if st.active[e] {
			s += st.q[k*S+e] + st.q[e*S+k]
		}
	}
	return s
}

// setLoss computes the loss of merging i and j from scratch.
func (st *state) setLoss(i, j int) {
	S := st.c
	if i > j {
		i, j = j, i
	}
	pij := st.p1[i] + st.p1[j]
	l := st.s[i] + st.s[j] - st.q[i*S+j] - st.q[j*S+i]
	l -= qf(st.p[i*S+i]+st.p[i*S+j]+st.p[j*S+i]+st.p[j*S+j], pij, pij)
	for e := 0; e < S; e++ {
		if !st.active[e] || e == i || e == j {
			continue
		}
		l -= qf(st.p[i*S+e]+st.p[j*S+e], pij, st.p1[e]) + qf(st.p[e*S+i]+st.p[e*S+j], st.p1[e], pij)
	}
	st.l[i*S+j] = l
}
