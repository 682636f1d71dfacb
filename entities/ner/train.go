package ner

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// Sentence is one labelled training sentence.
type Sentence struct {
	Tokens []string
	Spans  []Span
	// Domain names the corpus the sentence comes from ("conll", "gmb").
	// With more than one domain, Train learns weights shared by all and
	// weights particular to each (Daumé 2007, "Frustratingly easy domain
	// adaptation"): corpora that label differently then disagree less, and
	// the model has a head per domain (see [Model.WithDomain]); the first
	// domain in the data is the default.
	Domain string
	// Doc identifies the article the sentence belongs to: consecutive
	// sentences with the same Doc are one article, which the second pass
	// reads as a whole (see [Model.TagDocument]).
	Doc int
}

// TrainOptions configures Train. The zero value trains with the defaults.
type TrainOptions struct {
	Epochs   int   // passes over the data; 0 means 8
	MinCount int   // features seen fewer times are dropped; 0 means 2
	Seed     int64 // shuffles the sentences; training is deterministic for a seed
	// Shuffles is the number of perceptrons, each trained on the data in
	// another order (seeds Seed, Seed+1, ...), whose weights are averaged;
	// 0 means 3.
	Shuffles int
	// Prune drops a feature whose averaged weights are all below this in
	// absolute value; 0 means 1.5 (the weights are in perceptron updates,
	// averaged). On CoNLL and GMB, 1.5 keeps the figures of 0.01 with a
	// quarter fewer features and tags a quarter faster; 3 loses 0.2 F1.
	// A negative value keeps every feature.
	Prune float64

	// Gazetteer lists, by name: phrases as space-separated tokens.
	Gazetteer []List
	// Word clusters: ClusterWords[i] has the bit-string path
	// ClusterPaths[i] and occurs ClusterCounts[i] times in the text they
	// were learnt from; most frequent words first.
	ClusterWords, ClusterPaths []string
	ClusterCounts              []int
	// Embedding clusters: the lower-case word EmbWords[i] has the
	// bit-string path EmbPaths[i] in a hierarchical clustering of word
	// vectors.
	EmbWords, EmbPaths []string

	// Folds is the number of parts the data is cut into to train the
	// second pass: each part is tagged by a first pass trained on the
	// others, so that the second pass learns from the first's real
	// mistakes. 0 means 5; a negative value trains no second pass.
	Folds int

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
// one; the model keeps the average of the weights over all steps, and
// averages again over a few runs that see the data in different orders.
// Then, unless opt.Folds is negative, it trains the second pass (see
// [Model.TagDocument]) on the first pass's tags of each part of the data
// by a model trained on the rest.
func Train(ctx context.Context, data []Sentence, opt TrainOptions) (*Model, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 8
	}
	if opt.MinCount == 0 {
		opt.MinCount = 2
	}
	if opt.Prune == 0 {
		opt.Prune = 1.5
	}
	res := newResources()
	for _, l := range opt.Gazetteer {
		res.addList(l.Name, l.Phrases)
	}
	if len(opt.ClusterWords) != len(opt.ClusterPaths) || len(opt.ClusterWords) != len(opt.ClusterCounts) {
		return nil, fmt.Errorf("ner: %d cluster words, %d paths, %d counts",
			len(opt.ClusterWords), len(opt.ClusterPaths), len(opt.ClusterCounts))
	}
	res.addClusters(opt.ClusterWords, opt.ClusterPaths, opt.ClusterCounts)
	if len(opt.EmbWords) != len(opt.EmbPaths) {
		return nil, fmt.Errorf("ner: %d embedding words, %d paths", len(opt.EmbWords), len(opt.EmbPaths))
	}
	res.addEmbeddings(opt.EmbWords, opt.EmbPaths)

	if opt.Folds < 0 {
		return trainPass(ctx, res, data, nil, opt)
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	progress(opt, "first pass")
	first, err := trainPass(ctx, res, data, nil, opt)
	if err != nil {
		return nil, err
	}
	stack, err := jackknife(ctx, res, data, opt)
	if err != nil {
		return nil, err
	}
	progress(opt, "second pass")
	second, err := trainPass(ctx, res, data, stack, opt)
	if err != nil {
		return nil, err
	}
	first.second = second
	return first, nil
}

// progress writes a line to opt.Progress, if set.
func progress(opt TrainOptions, line string) {
	if opt.Progress != nil {
		fmt.Fprintln(opt.Progress, line)
	}
}

// stackInput is what the second pass is trained on besides the data: the
// jackknifed first pass of every sentence, and the bounds of its article.
type stackInput struct {
	passes []firstPass
	lo, hi []int
}

// jackknife tags each of opt.Folds parts of data (consecutive sentences of
// each domain) with one perceptron trained on the others.
func jackknife(ctx context.Context, res *resources, data []Sentence, opt TrainOptions) (*stackInput, error) {
	in := &stackInput{passes: make([]firstPass, len(data)), lo: make([]int, len(data)), hi: make([]int, len(data))}
	for k := 0; k < len(data); {
		end := k + 1
		for end < len(data) && data[end].Doc == data[k].Doc && data[end].Domain == data[k].Domain {
			end++
		}
		for j := k; j < end; j++ {
			in.lo[j], in.hi[j] = k, end
		}
		k = end
	}
	byDomain := map[string][]int{}
	for i, d := range data {
		byDomain[d.Domain] = append(byDomain[d.Domain], i)
	}
	fold := make([]int, len(data))
	for _, idx := range byDomain {
		for k, i := range idx {
			fold[i] = k * opt.Folds / len(idx)
		}
	}
	one := opt
	one.Shuffles = 1
	st := &tagState{}
	var buf passBuffer
	for f := 0; f < opt.Folds; f++ {
		progress(opt, fmt.Sprintf("fold %d of %d", f+1, opt.Folds))
		var rest []Sentence
		for i, d := range data {
			if fold[i] != f {
				rest = append(rest, d)
			}
		}
		m, err := trainPass(ctx, res, rest, nil, one)
		if err != nil {
			return nil, err
		}
		heads := map[string]*Model{}
		for i, d := range data {
			if fold[i] != f || len(d.Tokens) == 0 {
				continue
			}
			h := heads[d.Domain]
			if h == nil {
				if h, err = m.WithDomain(d.Domain); err != nil {
					h = m // a domain only this part has
				}
				heads[d.Domain] = h
			}
			h.res.prepare(d.Tokens, &st.sent)
			h.emissions(st)
			viterbi(&h.trans, st)
			in.passes[i] = buf.record(&st.sent, st.tags)
		}
	}
	return in, nil
}

// trainPass trains one pass of the model on data, with the resources
// given; the second pass if stack is set.
func trainPass(ctx context.Context, res *resources, data []Sentence, stack *stackInput, opt TrainOptions) (*Model, error) {
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
	var domains []string
	for _, d := range data {
		if !slices.Contains(domains, d.Domain) {
			domains = append(domains, d.Domain)
		}
	}
	augment := len(domains) > 1
	var s sentence
	for k, d := range data {
		if k%1000 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if len(d.Tokens) == 0 {
			continue
		}
		res.prepare(d.Tokens, &s)
		if stack != nil {
			s.prior = stack.passes[k].tags
			docFeatures(&s, stack.passes, k, stack.lo[k], stack.hi[k])
		}
		var fs []uint64
		for i := range d.Tokens {
			before := len(fs)
			fs = s.features(i, fs)
			if augment {
				salt := domainSalt(d.Domain)
				for _, f := range fs[before:] {
					fs = append(fs, mix(f, salt))
				}
			}
			for _, f := range fs[before:] {
				counts[f]++
			}
			fs = append(fs, 0) // token separator
		}
		raw[k] = fs
	}
	index := map[uint64]int32{}
	var keys []uint64
	var general []bool // by feature index: not a domain copy
	for k, d := range data {
		if raw[k] == nil {
			continue
		}
		st := sent{gold: spansToTags(d.Spans, len(d.Tokens)), offs: []int32{0}}
		fs := raw[k]
		for len(fs) > 0 {
			end := slices.Index(fs, 0)
			tok := fs[:end]
			fs = fs[end+1:]
			for j, f := range tok {
				if counts[f] < int32(opt.MinCount) {
					continue
				}
				id, ok := index[f]
				if !ok {
					id = int32(len(keys))
					index[f] = id
					keys = append(keys, f)
					// The first half of an augmented token's features
					// are the shared ones.
					general = append(general, !augment || j < len(tok)/2)
				}
				st.feats = append(st.feats, id)
			}
			st.offs = append(st.offs, int32(len(st.feats)))
		}
		raw[k] = nil
		sents = append(sents, st)
	}
	counts = nil

	nf := len(keys)
	runs := opt.Shuffles
	if runs <= 0 {
		runs = 3
	}
	// mean holds the averaged weights, over the steps of each run and over
	// the runs.
	mean := make([]float32, nf*numTags)
	tmean := make([]float32, (numTags+1)*numTags)
	w := make([]float32, nf*numTags)
	acc := make([]float64, nf*numTags)
	tw := make([]float32, (numTags+1)*numTags)
	tacc := make([]float64, (numTags+1)*numTags)
	order := make([]int, len(sents))
	st := &tagState{}
	for run := 0; run < runs; run++ {
		clear(w)
		clear(acc)
		clear(tw)
		clear(tacc)
		m := &Model{res: res}
		m.setTransitions(tw)
		c := 1.0
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(uint64(opt.Seed)+uint64(run), 0x6e6572))
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
				fmt.Fprintf(opt.Progress, "run %d epoch %d: %d of %d tokens mistagged (%.2f%%), %d features\n",
					run+1, ep+1, errs, toks, 100*float64(errs)/float64(toks), nf)
			}
		}
		for i := range mean {
			mean[i] += float32((float64(w[i]) - acc[i]/c) / float64(runs))
		}
		for i := range tmean {
			tmean[i] += float32((float64(tw[i]) - tacc[i]/c) / float64(runs))
		}
	}
	w, acc = nil, nil

	// Average; with domains, a head's weights for a feature are the shared
	// ones plus the domain's; prune and keep.
	avg := func(f int32, t int) float32 { return mean[int(f)*numTags+t] }
	heads := make([]head, len(domains))
	for h, name := range domains {
		heads[h].name = name
	}
	var keptKeys []uint64
	for f := 0; f < nf; f++ {
		if f < len(general) && !general[f] {
			continue
		}
		var rows [][numTags]float32
		big := false
		for h := range heads {
			var row [numTags]float32
			for t := 0; t < numTags; t++ {
				row[t] = avg(int32(f), t)
			}
			if augment {
				if fd, ok := index[mix(keys[f], domainSalt(domains[h]))]; ok {
					for t := 0; t < numTags; t++ {
						row[t] += avg(fd, t)
					}
				}
			}
			for _, v := range row {
				if math.Abs(float64(v)) >= opt.Prune {
					big = true
				}
			}
			rows = append(rows, row)
		}
		if big {
			keptKeys = append(keptKeys, keys[f])
			for h := range heads {
				heads[h].weights = append(heads[h].weights, rows[h][:]...)
			}
		}
	}
	return newModel(res, keptKeys, heads, tmean, quantStep), nil
}

// domainSalt is mixed into a feature to make its domain-specific copy.
func domainSalt(domain string) uint64 { return hashString("domain\x00" + domain) }

// newModel assembles a model from its parts; the first head is active.
// The weights are tagged with in steps of step (see buildTable).
func newModel(res *resources, keys []uint64, heads []head, trans []float32, step float32) *Model {
	m := &Model{res: res, keys: keys, heads: heads, step: step}
	m.buildTable(heads[0].weights)
	m.setTransitions(trans)
	return m
}
