package graph_test

import (
	"fmt"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/graph"
)

// Example builds the graph of two articles: each window lists the
// entities one sentence names.
func Example() {
	ents := []entities.Entity{
		{ID: "person/rex-tillerson", Name: "Rex Tillerson", Kind: entities.Person},
		{ID: "person/vladimir-putin", Name: "Vladimir Putin", Kind: entities.Person},
		{ID: "location/moscow", Name: "Moscow", Kind: entities.Location},
	}
	// Handles are the resolver's names for entities while articles stream
	// past; here, positions in ents.
	idOf := func(h entities.Handle) entities.ID { return ents[h].ID }
	tillerson, putin, moscow := entities.Handle(0), entities.Handle(1), entities.Handle(2)

	var b graph.Builder
	b.Add("a1", time.Date(2017, 4, 12, 0, 0, 0, 0, time.UTC), [][]entities.Handle{
		{putin, tillerson, moscow}, // Putin met Tillerson in Moscow.
		{putin, tillerson},         // Putin told Tillerson ...
	})
	b.Add("a2", time.Date(2017, 4, 13, 0, 0, 0, 0, time.UTC), [][]entities.Handle{
		{tillerson, moscow}, // Tillerson left Moscow.
		{putin},             // Putin said ...
	})
	g, err := b.Finish(ents, idOf)
	if err != nil {
		panic(err)
	}
	graph.Analyze(g, graph.Options{Seed: 1})
	for _, e := range g.Edges {
		fmt.Printf("%s -- %s: %d co-mentions in %d articles, %s to %s, NPMI %.2f\n", e.Source, e.Target,
			e.Count, len(e.Documents), e.First.Format("2006-01-02"), e.Last.Format("2006-01-02"), e.NPMI)
	}
	// NPMI is below 0 for Putin and Tillerson: in so small a corpus they
	// are named in most sentences, together or not.
	top := graph.Top(g, 1).Nodes[0]
	fmt.Printf("highest PageRank: %s (%.3f)\n", top.Label, top.PageRank)
	// Output:
	// location/moscow -- person/rex-tillerson: 2 co-mentions in 2 articles, 2017-04-12 to 2017-04-13, NPMI 0.42
	// location/moscow -- person/vladimir-putin: 1 co-mentions in 1 articles, 2017-04-12 to 2017-04-12, NPMI -0.29
	// person/rex-tillerson -- person/vladimir-putin: 2 co-mentions in 1 articles, 2017-04-12 to 2017-04-12, NPMI -0.17
	// highest PageRank: Rex Tillerson (0.394)
}

// ExampleEgo keeps the entities within two steps of one.
func ExampleEgo() {
	ents := []entities.Entity{{ID: "person/a"}, {ID: "person/b"}, {ID: "person/c"}, {ID: "person/d"}}
	var b graph.Builder
	b.Add("doc", time.Time{}, [][]entities.Handle{{0, 1}, {1, 2}, {2, 3}}) // a - b - c - d
	g, _ := b.Finish(ents, func(h entities.Handle) entities.ID { return ents[h].ID })
	ego, err := graph.Ego(g, "person/a", 2)
	if err != nil {
		panic(err)
	}
	for _, n := range ego.Nodes {
		fmt.Println(n.ID)
	}
	// Output:
	// person/a
	// person/b
	// person/c
}
