package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/pipeline"
)

// graphFlags are build's flags that shape the co-mention graph. They are
// checked as they are parsed, so that a bad value is a usage error before
// any article is read.
type graphFlags struct {
	weight       graph.Weighting
	minWeight    float64
	hasMinWeight bool
	minCount     int
	top          int
	kinds        []entities.Kind
	since, until time.Time
	focus        string
	depth        int
}

// addGraphFlags defines the graph flags on fs.
func addGraphFlags(fs *flag.FlagSet) *graphFlags {
	f := &graphFlags{depth: 1}
	fs.Func("weight", "", func(s string) error {
		w, err := graph.ParseWeighting(s)
		f.weight = w
		return err
	})
	fs.Func("min-weight", "", func(s string) error {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Errorf("%q is not a number", s)
		}
		f.minWeight, f.hasMinWeight = v, true
		return nil
	})
	fs.Func("min-count", "", func(s string) error {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return fmt.Errorf("%q is not a number of co-mentions", s)
		}
		f.minCount = n
		return nil
	})
	fs.Func("top", "", func(s string) error {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return fmt.Errorf("%q is not a number of entities", s)
		}
		f.top = n
		return nil
	})
	fs.Func("types", "", func(s string) error {
		ks, err := parseKinds(s)
		f.kinds = ks
		return err
	})
	fs.Func("since", "", func(s string) error {
		t, _, err := parsePeriod(s)
		f.since = t
		return err
	})
	fs.Func("until", "", func(s string) error {
		_, t, err := parsePeriod(s)
		f.until = t
		return err
	})
	fs.StringVar(&f.focus, "focus", "", "")
	fs.Func("depth", "", func(s string) error {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return fmt.Errorf("%q is not a number of steps", s)
		}
		f.depth = n
		return nil
	})
	return f
}

// parseKinds reads a comma-separated list of entity types.
func parseKinds(s string) ([]entities.Kind, error) {
	var out []entities.Kind
	for _, part := range strings.Split(s, ",") {
		var k entities.Kind
		switch strings.ToLower(strings.TrimSpace(part)) {
		case "person", "persons", "people", "per":
			k = entities.Person
		case "location", "locations", "place", "places", "loc":
			k = entities.Location
		case "organization", "organizations", "organisation", "organisations", "org":
			k = entities.Organization
		case "":
			continue
		default:
			return nil, fmt.Errorf("unknown type %q (want person, location or organization)", part)
		}
		out = append(out, k)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no type in %q", s)
	}
	return out, nil
}

// parsePeriod reads a day (2017-04-13), a month (2017-04) or a year
// (2017) and returns its first and last days.
func parsePeriod(s string) (first, last time.Time, err error) {
	s = strings.TrimSpace(s)
	for _, p := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, err := time.Parse(p.layout, s); err == nil {
			return t, p.next(t), nil
		}
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%q is not a date like 2017-04-13, 2017-04 or 2017", s)
}

// active reports whether any flag changes the graph.
func (f *graphFlags) active() bool {
	return f.weight != "" || f.hasMinWeight || f.minCount > 0 || f.top > 0 || len(f.kinds) > 0 ||
		!f.since.IsZero() || !f.until.IsZero() || f.focus != ""
}

// apply reshapes the result's graph as the flags ask, in this order:
// weighting, time slice, types, minimum count and weight, and focus, after which the
// graph is measured again (with the seed it was first measured with);
// then the top nodes by PageRank, which keep the metrics they had.
// Whatever the flags, the edges are dated by the result's events.
func (f *graphFlags) apply(res *pipeline.Result) error {
	if res.Graph == nil {
		return nil
	}
	export.DateGraph(res) // res is ours: dated in place, not copied
	g := res.Graph
	if !f.active() {
		return nil
	}
	if !f.since.IsZero() && !f.until.IsZero() && f.until.Before(f.since) {
		return usageError("build: -until %s is before -since %s", f.until.Format("2006-01-02"), f.since.Format("2006-01-02"))
	}
	if f.weight != "" && f.weight != g.Weighting {
		g = graph.Reweight(g, f.weight)
	}
	if !f.since.IsZero() || !f.until.IsZero() {
		g = graph.Slice(g, f.since, f.until)
	}
	if len(f.kinds) > 0 {
		g = graph.KeepKinds(g, f.kinds...)
	}
	if f.minCount > 0 {
		g = graph.MinCount(g, f.minCount)
	}
	if f.hasMinWeight {
		g = graph.MinWeight(g, f.minWeight)
	}
	if f.focus != "" {
		id, err := findFocus(res.Entities, g, f.focus)
		if err != nil {
			return err
		}
		if g, err = graph.Ego(g, id, f.depth); err != nil {
			return err
		}
	}
	graph.Analyze(g, g.Options)
	if f.top > 0 {
		g = graph.Top(g, f.top)
	}
	res.Graph = g
	return nil
}

// findFocus finds the entity of the graph that name designates: by ID,
// then by name, then by alias, ignoring case. A name that fits several
// entities equally well is an error that lists them.
func findFocus(ents []entities.Entity, g *graph.Graph, name string) (entities.ID, error) {
	want := strings.ToLower(strings.TrimSpace(name))
	var byName, byAlias []*entities.Entity
	for i := range ents {
		e := &ents[i]
		switch {
		case strings.ToLower(string(e.ID)) == want:
			return checkFocus(g, e, name)
		case strings.ToLower(e.Name) == want:
			byName = append(byName, e)
		default:
			for _, a := range e.Aliases {
				if strings.ToLower(a) == want {
					byAlias = append(byAlias, e)
					break
				}
			}
		}
	}
	for _, found := range [][]*entities.Entity{byName, byAlias} {
		switch len(found) {
		case 0:
			continue
		case 1:
			return checkFocus(g, found[0], name)
		}
		var names []string
		for _, e := range found {
			names = append(names, fmt.Sprintf("%s (%s)", e.ID, e.Name))
		}
		return "", usageError("build: -focus %q fits several entities: %s; give its ID", name, strings.Join(names, ", "))
	}
	return "", usageError("build: -focus %q names no entity of these articles", name)
}

func checkFocus(g *graph.Graph, e *entities.Entity, name string) (entities.ID, error) {
	if g.NodeIndex(e.ID) < 0 {
		return "", usageError("build: -focus %q: %s has no co-mention in the graph (after the other graph flags)", name, e.Name)
	}
	return e.ID, nil
}
