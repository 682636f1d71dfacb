package brown_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/ner/brown"
)

// toyCorpus has people after "mr" and before "said", places after "in"
// and before "today".
func toyCorpus() *brown.Corpus {
	rng := rand.New(rand.NewPCG(3, 4))
	people := []string{"smith", "jones", "brown", "lavrov"}
	places := []string{"paris", "moscow", "idlib", "hamburg"}
	c := brown.NewCorpus()
	for i := 0; i < 400; i++ {
		p, l := people[rng.IntN(4)], places[rng.IntN(4)]
		if rng.IntN(2) == 0 {
			c.Add(strings.Fields(fmt.Sprintf("mr %s said in %s today", p, l)))
		} else {
			c.Add(strings.Fields(fmt.Sprintf("in %s today mr %s said", l, p)))
		}
	}
	return c
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func TestClusterSeparatesClasses(t *testing.T) {
	entries, err := brown.Cluster(context.Background(), toyCorpus(), brown.Options{Clusters: 4, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	path := map[string]string{}
	for _, e := range entries {
		path[e.Word] = e.Path
	}
	if len(path) != 12 {
		t.Fatalf("%d words clustered, want 12", len(path))
	}
	// Words of a class share more of their path than words of different
	// classes.
	within := commonPrefix(path["smith"], path["lavrov"])
	across := commonPrefix(path["smith"], path["paris"])
	if within <= across || path["smith"] != path["jones"] || path["paris"] != path["idlib"] {
		t.Errorf("paths do not separate people from places: %v", path)
	}
}

func TestClusterDeterministic(t *testing.T) {
	a, err := brown.Cluster(context.Background(), toyCorpus(), brown.Options{Clusters: 3, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := brown.Cluster(context.Background(), toyCorpus(), brown.Options{Clusters: 3, MinCount: 1})
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("two runs differ")
	}
}

func TestClusterTooFewWords(t *testing.T) {
	c := brown.NewCorpus()
	c.Add([]string{"alone"})
	if _, err := brown.Cluster(context.Background(), c, brown.Options{}); err == nil {
		t.Error("no error for a one-word corpus")
	}
}
