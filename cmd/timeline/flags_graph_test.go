package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/internal/testenv"
)

func TestParsePeriod(t *testing.T) {
	for _, tt := range []struct {
		in, first, last string
		err             bool
	}{
		{"2017-04-13", "2017-04-13", "2017-04-13", false},
		{"2017-04", "2017-04-01", "2017-04-30", false},
		{"2016-02", "2016-02-01", "2016-02-29", false},
		{"2017", "2017-01-01", "2017-12-31", false},
		{" 2017-04 ", "2017-04-01", "2017-04-30", false},
		{"yesterday", "", "", true},
		{"2017-13", "", "", true},
		{"", "", "", true},
	} {
		first, last, err := parsePeriod(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("parsePeriod(%q): error %v", tt.in, err)
			continue
		}
		if !tt.err && (first.Format("2006-01-02") != tt.first || last.Format("2006-01-02") != tt.last) {
			t.Errorf("parsePeriod(%q) = %v .. %v, want %s .. %s", tt.in, first, last, tt.first, tt.last)
		}
	}
}

func TestParseKinds(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []entities.Kind
		err  bool
	}{
		{"person", []entities.Kind{entities.Person}, false},
		{"PERSON,Location", []entities.Kind{entities.Person, entities.Location}, false},
		{"people, places, org", []entities.Kind{entities.Person, entities.Location, entities.Organization}, false},
		{"robots", nil, true},
		{",", nil, true},
	} {
		got, err := parseKinds(tt.in)
		if (err != nil) != tt.err || strings.Join(kindStrings(got), ",") != strings.Join(kindStrings(tt.want), ",") {
			t.Errorf("parseKinds(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func kindStrings(ks []entities.Kind) []string {
	var s []string
	for _, k := range ks {
		s = append(s, string(k))
	}
	return s
}

func TestGraphFlagErrors(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Russian President Vladimir Putin met Rex Tillerson in Moscow on Wednesday."), 0o644)
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"weight", []string{"-weight", "pmi"}, "unknown weight"},
		{"types", []string{"-types", "robots"}, "unknown type"},
		{"since", []string{"-since", "yesterday"}, "not a date"},
		{"top", []string{"-top", "-3"}, "not a number"},
		{"depth", []string{"-depth", "x"}, "not a number"},
		{"min weight", []string{"-min-weight", "heavy"}, "not a number"},
		{"until before since", []string{"-since", "2017-05", "-until", "2017-04"}, "before"},
		{"unknown focus", []string{"-focus", "Napoleon"}, "names no entity"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"build", "-quiet", "-date", "2017-04-13"}, tt.args...)
			_, stderr, code := runCmd(t, "", append(args, in)...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}

// graphOut is the graph part of the JSON output.
type graphOut struct {
	Documents []struct {
		ID, DCT string
	} `json:"documents"`
	Graph struct {
		Weighting string `json:"weighting"`
		Nodes     []struct {
			ID       string
			PageRank float64 `json:"pagerank"`
		} `json:"nodes"`
		Edges []struct {
			Source, Target string
			Weight         float64
			Count          int
			Documents      []string
		} `json:"edges"`
	} `json:"graph"`
}

func buildGraph(t *testing.T, args ...string) graphOut {
	t.Helper()
	seeds := testenv.Shared(t, "seeds")
	stdout, stderr, code := runCmd(t, "", append(append([]string{"build", "-quiet"}, args...), seeds)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var out graphOut
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGraphFlagsSeeds runs the graph flags on the seed articles.
func TestGraphFlagsSeeds(t *testing.T) {
	const putin, tillerson = "person/vladimir-putin", "person/rex-tillerson"

	t.Run("strongest people edge", func(t *testing.T) {
		g := buildGraph(t, "-types", "person").Graph
		best := g.Edges[0]
		for _, e := range g.Edges {
			if !strings.HasPrefix(e.Source, "person/") || !strings.HasPrefix(e.Target, "person/") {
				t.Fatalf("-types person kept %s -- %s", e.Source, e.Target)
			}
			if e.Weight > best.Weight {
				best = e
			}
		}
		if best.Source != tillerson || best.Target != putin {
			t.Errorf("strongest people edge %s -- %s (%g), want Tillerson -- Putin", best.Source, best.Target, best.Weight)
		}
	})

	t.Run("focus", func(t *testing.T) {
		g := buildGraph(t, "-focus", "Putin", "-depth", "1").Graph
		neighbours := map[string]bool{putin: true}
		for _, e := range g.Edges {
			if e.Source == putin {
				neighbours[e.Target] = true
			}
			if e.Target == putin {
				neighbours[e.Source] = true
			}
		}
		if len(g.Nodes) < 5 || len(neighbours) != len(g.Nodes) {
			t.Errorf("%d nodes, %d of them Putin or his neighbours", len(g.Nodes), len(neighbours))
		}
		wider := buildGraph(t, "-focus", "vladimir putin", "-depth", "2").Graph
		if len(wider.Nodes) <= len(g.Nodes) {
			t.Errorf("depth 2 has %d nodes, depth 1 %d", len(wider.Nodes), len(g.Nodes))
		}
	})

	t.Run("npmi", func(t *testing.T) {
		g := buildGraph(t, "-weight", "npmi").Graph
		if g.Weighting != "npmi" {
			t.Errorf("weighting %q", g.Weighting)
		}
		// A hub is named everywhere: its ties score below the others.
		var hub, rest, nh, nr float64
		for _, e := range g.Edges {
			if e.Weight < -1 || e.Weight > 1 {
				t.Errorf("%s -- %s: NPMI %g", e.Source, e.Target, e.Weight)
			}
			if e.Source == "location/united-states" || e.Target == "location/united-states" {
				hub, nh = hub+e.Weight, nh+1
			} else {
				rest, nr = rest+e.Weight, nr+1
			}
		}
		if nh == 0 || hub/nh >= rest/nr {
			t.Errorf("mean NPMI of the United States' ties %g, of the others %g", hub/nh, rest/nr)
		}
	})

	t.Run("slice", func(t *testing.T) {
		out := buildGraph(t, "-since", "2017-04-14", "-until", "2017-04")
		dct := map[string]string{}
		for _, d := range out.Documents {
			dct[d.ID] = d.DCT
		}
		if len(out.Graph.Edges) == 0 {
			t.Fatal("no edge from 14 to 30 April")
		}
		for _, e := range out.Graph.Edges {
			for _, d := range e.Documents {
				day, err := time.Parse("2006-01-02", dct[d])
				if err != nil || day.Before(time.Date(2017, 4, 14, 0, 0, 0, 0, time.UTC)) || day.After(time.Date(2017, 4, 30, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("%s -- %s: article %s of %q is outside the slice", e.Source, e.Target, d, dct[d])
				}
			}
		}
	})

	t.Run("min count and top", func(t *testing.T) {
		g := buildGraph(t, "-min-count", "3", "-top", "8").Graph
		if len(g.Nodes) != 8 {
			t.Errorf("%d nodes, want 8", len(g.Nodes))
		}
		for _, e := range g.Edges {
			if e.Count < 3 {
				t.Errorf("%s -- %s: count %d", e.Source, e.Target, e.Count)
			}
		}
	})
}
