// Package graphtest generates co-mention corpora of any size for the
// graph package's tests and benchmarks, and for its users'.
package graphtest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
)

// Corpus is a generated corpus, fed to a graph.Builder.
type Corpus struct {
	Builder  *graph.Builder
	Entities []entities.Entity
	IDOf     func(entities.Handle) entities.ID
	Pairs    int // distinct co-mentioned pairs
}

// Generate feeds a Builder with articles until nodes entities share
// edges distinct pairs (edges must be at most nodes*(nodes-1)/2). The
// entities fall into communities of about 50, with popularity that decays
// as a power law, and three in four pairs are within a community, so that
// the graph has hubs and groups as news does. Each article has ten
// windows of two to four entities and a day in 2017. The same arguments
// give the same corpus.
func Generate(nodes, edges int, seed uint64) *Corpus {
	if maxPairs := nodes * (nodes - 1) / 2; edges > maxPairs {
		edges = maxPairs
	}
	r := rand.New(rand.NewPCG(seed, 0x853c49e6748fea9b))
	ents := make([]entities.Entity, nodes)
	kinds := []entities.Kind{entities.Person, entities.Location, entities.Organization}
	for i := range ents {
		k := kinds[i%3]
		name := fmt.Sprintf("Entity %06d", i)
		ents[i] = entities.Entity{ID: entities.ID(k.Prefix() + "/" + entities.Slug(name)), Name: name, Kind: k, Mentions: 1}
	}
	const commSize = 50
	// pick draws an entity with a power-law popularity within a range.
	pick := func(lo, n int) int {
		x := r.Float64()
		return lo + int(float64(n)*x*x*x)
	}
	b := &graph.Builder{}
	seen := make(map[[2]int32]bool, edges)
	start := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	doc := 0
	for len(seen) < edges {
		var groups [][]entities.Handle
		for w := 0; w < 10 && len(seen) < edges; w++ {
			size := 2 + r.IntN(3)
			var g []entities.Handle
			base := r.IntN(nodes)
			comm := base / commSize * commSize
			for len(g) < size {
				var e int
				if r.IntN(4) < 3 {
					e = pick(comm, min(commSize, nodes-comm))
				} else {
					e = pick(0, nodes)
				}
				g = append(g, entities.Handle(e))
			}
			for i := range g {
				for j := i + 1; j < len(g); j++ {
					a, c := int32(g[i]), int32(g[j])
					if a == c {
						continue
					}
					if c < a {
						a, c = c, a
					}
					seen[[2]int32{a, c}] = true
				}
			}
			groups = append(groups, g)
		}
		b.Add(fmt.Sprintf("doc%07d", doc), start.AddDate(0, 0, doc%365), groups)
		doc++
	}
	return &Corpus{
		Builder:  b,
		Entities: ents,
		IDOf:     func(h entities.Handle) entities.ID { return ents[h].ID },
		Pairs:    len(seen),
	}
}
