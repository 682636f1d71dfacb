package graph

import (
	"slices"
	"strings"

	"github.com/timelinehq/timeline/entities"
)

// WithEvents returns a copy of g whose edges are dated by events too: an
// edge between two participants of an event lists the event, and its
// spells cover the event's days as well as its articles' publication
// days. Events whose participants share no edge change nothing. The
// copy's Events are evs sorted by ID (an empty, non-nil slice when there
// are none); g is not changed.
func WithEvents(g *Graph, evs []Event) *Graph {
	out := *g
	out.Edges = slices.Clone(g.Edges)
	for i := range out.Edges {
		out.Edges[i].Events = nil
	}
	out.Events = slices.Clone(evs)
	if out.Events == nil {
		out.Events = []Event{}
	}
	slices.SortStableFunc(out.Events, func(a, b Event) int { return strings.Compare(a.ID, b.ID) })
	var ps []entities.ID
	for _, ev := range out.Events {
		ps = append(ps[:0], ev.Entities...)
		slices.Sort(ps)
		ps = slices.Compact(ps)
		for i, a := range ps {
			for _, b := range ps[i+1:] {
				if k := out.EdgeIndex(a, b); k >= 0 {
					e := &out.Edges[k]
					if n := len(e.Events); n == 0 || e.Events[n-1] != ev.ID {
						e.Events = append(e.Events, ev.ID)
					}
				}
			}
		}
	}
	out.redate()
	return &out
}
