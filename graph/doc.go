// Package graph builds the entity co-mention graph of a corpus and
// measures it: who appears with whom, how strongly, who sits at the centre
// and which groups form.
//
// Two entities are co-mentioned when they are named in the same window of
// an article: a sentence, a paragraph or the whole article, as the caller
// cuts them. A [Builder] counts co-mentions as articles stream past, per
// article, so that its memory grows with the number of distinct pairs and
// not with the corpus; [Builder.Finish] turns the counts into a [Graph]
// whose edges carry their count, their articles, their dates and their
// NPMI, and [Analyze] measures every node: degree, weighted degree,
// PageRank, betweenness (exact on small graphs, sampled on large ones) and
// Louvain communities, all seeded and deterministic.
//
// Views reshape a graph before it is measured again: [Reweight] (count,
// articles or NPMI), [Slice] (a time window), [KeepKinds], [MinWeight],
// [Ego] (the neighbourhood of one entity) and [Top] (the highest
// PageRank). [WithEvents] dates the edges by the events both ends take
// part in, from plain data, so that this package does not depend on the
// timeline package.
//
// The graph is also available as a github.com/dominikbraun/graph model
// ([Graph.Model]) and as a gonum graph ([Graph.Gonum]), so that the
// algorithms of both libraries run on it. The metrics themselves run on a
// compact adjacency array: gonum's Louvain takes minutes on a graph of
// 50,000 nodes and its PageRank starts from a random vector, which would
// make the output differ from run to run; the tests check each metric
// against gonum's on random graphs. See README.md for the speed figures.
package graph
