package ner

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
)

// Sentence is one labelled training sentence.
type Sentence struct {
	Tokens []string
	Spans  []Span
}

// TrainOptions configures Train. The zero value trains with the defaults.
type TrainOptions struct {
	Epochs   int   // passes over the data; 0 means 12
	MinCount int   // features seen fewer times are dropped; 0 means 2
	Seed     int64 // shuffles the sentences; training is deterministic for a seed
	// Prune drops a feature whose averaged weights are all below this in
	// absolute value; 0 means 0.01 (the weights are in perceptron updates,
	// averaged).
	Prune float64

	// Gazetteer lists, by name: phrases as space-separated tokens.
	Gazetteer []List
	// Word clusters: Words[i] has the bit-string path Paths[i], most
	// frequent words first.
	ClusterWords, ClusterPaths []string

	// Progress, if set, receives one line per epoch.
	Progress io.Writer
}

// List is a named gazetteer list.
type List struct {
	Name    string
	Phrases []string
}

// Train learns a model from labelled sentences with the averaged structured
// perceptron (Collins 2002): each sentence is decoded with Viterbi under the
// current weights and, where the best tag sequence differs from the gold
// one, the gold sequence's features gain one and the predicted one's lose
// one; the model keeps the average of the weights over all steps.
func Train(ctx context.Context, data []Sentence, opt TrainOptions) (*Model, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	if opt.MinCount == 0 {
		opt.MinCount = 2
	}
	if opt.Prune == 0 {
		opt.Prune = 0.01
	}
	res := newResources()
	for _, l := range opt.Gazetteer {
		res.addList(l.Name, l.Phrases)
	}
	if len(opt.ClusterWords) != len(opt.ClusterPaths) {
		return nil, fmt.Errorf("ner: %d cluster words but %d paths", len(opt.ClusterWords), len(opt.ClusterPaths))
	}
	res.addClusters(opt.ClusterWords, opt.ClusterPaths)

	// Extract the features of every token, count them, and index the
	// frequent ones in order of first appearance.
	type sent struct {
		gold  []int
		offs  []int32 // token i's features are feats[offs[i]:offs[i+1]]
		feats []int32
	}
	sents := make([]sent, 0, len(data))
	raw := make([][]uint64, len(data))
	counts := map[uint64]int32{}
	var s sentence
	for k, d := range data {
		if k%1000 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if len(d.Tokens) == 0 {
			continue
		}
		res.prepare(d.Tokens, &s)
		var fs []uint64
		for i := range d.Tokens {
			before := len(fs)
			fs = s.features(i, fs)
			for _, f := range fs[before:] {
				counts[f]++
			}
			fs = append(fs, 0) // token separator
		}
		raw[k] = fs
	}
	index := map[uint64]int32{}
	var keys []uint64
	for k, d := range data {
		if raw[k] == nil {
			continue
		}
		st := sent{gold: spansToTags(d.Spans, len(d.Tokens)), offs: []int32{0}}
		for _, f := range raw[k] {
			if f == 0 {
				st.offs = append(st.offs, int32(len(st.feats)))
				continue
			}
			if counts[f] < int32(opt.MinCount) {
				continue
			}
			id, ok := index[f]
			if !ok {
				id = int32(len(keys))
				index[f] = id
				keys = append(keys, f)
			}
			st.feats = append(st.feats, id)
		}
		raw[k] = nil
		sents = append(sents, st)
	}
	counts, index = nil, nil

	nf := len(keys)
	w := make([]float32, nf*numTags)
	acc := make([]float64, nf*numTags)
	tw := make([]float32, (numTags+1)*numTags)
	tacc := make([]float64, (numTags+1)*numTags)
	m := &Model{res: res}
	m.setTransitions(tw)
	c := 1.0
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x6e6572))
	st := &tagState{}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for k, si := range order {
			if k%1000 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			sn := &sents[si]
			n := len(sn.gold)
			toks += n
			if cap(st.scores) < n*numTags {
				st.scores = make([]float32, n*numTags)
			}
			st.scores = st.scores[:n*numTags]
			clear(st.scores)
			for i := 0; i < n; i++ {
				sc := st.scores[i*numTags : (i+1)*numTags]
				for _, f := range sn.feats[sn.offs[i]:sn.offs[i+1]] {
					row := w[int(f)*numTags : int(f+1)*numTags]
					for t := range sc {
						sc[t] += row[t]
					}
				}
			}
			viterbi(&m.trans, st)
			changed := false
			for i := 0; i < n; i++ {
				g, p := sn.gold[i], st.tags[i]
				gp, pp := numTags, numTags
				if i > 0 {
					gp, pp = sn.gold[i-1], st.tags[i-1]
				}
				if g != p {
					errs++
					for _, f := range sn.feats[sn.offs[i]:sn.offs[i+1]] {
						w[int(f)*numTags+g]++
						acc[int(f)*numTags+g] += c
						w[int(f)*numTags+p]--
						acc[int(f)*numTags+p] -= c
					}
				}
				if g != p || gp != pp {
					tw[gp*numTags+g]++
					tacc[gp*numTags+g] += c
					tw[pp*numTags+p]--
					tacc[pp*numTags+p] -= c
					changed = true
				}
			}
			if changed {
				m.setTransitions(tw)
			}
			c++
		}
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, "epoch %d: %d of %d tokens mistagged (%.2f%%), %d features\n",
				ep+1, errs, toks, 100*float64(errs)/float64(toks), nf)
		}
	}

	// Average, prune and keep.
	var keptKeys []uint64
	var kept []float32
	for f := 0; f < nf; f++ {
		big := false
		var row [numTags]float32
		for t := 0; t < numTags; t++ {
			v := float64(w[f*numTags+t]) - acc[f*numTags+t]/c
			row[t] = float32(v)
			if math.Abs(v) >= opt.Prune {
				big = true
			}
		}
		if big {
			keptKeys = append(keptKeys, keys[f])
			kept = append(kept, row[:]...)
		}
	}
	for i := range tw {
		tw[i] = float32(float64(tw[i]) - tacc[i]/c)
	}
	return newModel(res, keptKeys, kept, tw), nil
}

// newModel assembles a model from its parts.
func newModel(res *resources, keys []uint64, weights, trans []float32) *Model {
	m := &Model{res: res, weights: weights}
	m.buildTable(keys)
	m.setTransitions(trans)
	return m
}
