package timeline

import (
	"fmt"
	"sort"
	"strings"

	"github.com/timelinehq/timeline/entities"
)

// Merger collects the candidate events of a corpus and merges the ones
// that report the same happening. Add articles in input order. The zero
// value is ready to use.
type Merger struct {
	cands []stored
}

// stored is a candidate with its entities as corpus handles; the text of
// the article is not kept, only the sentence that is the event's evidence.
type stored struct {
	doc          string
	c            Candidate
	participants []entities.Handle
	place        entities.Handle
	hasPlace     bool
}

// Add records the candidates of article doc; handles maps the article's
// local entities to corpus handles (as [entities.Resolver.Add] returns).
func (m *Merger) Add(doc string, cands []Candidate, handles []entities.Handle) {
	for _, c := range cands {
		s := stored{doc: doc}
		for _, p := range c.Participants {
			s.participants = append(s.participants, handles[p])
		}
		if c.Place >= 0 {
			s.place, s.hasPlace = handles[c.Place], true
		}
		c.Participants = nil
		s.c = c
		m.cands = append(m.cands, s)
	}
}

// Finish merges the candidates and returns the events in timeline order:
// by start date, then the finer date first, then the more reported first.
// idOf maps handles to entity IDs and nameOf names an entity, for the
// summaries.
func (m *Merger) Finish(idOf func(entities.Handle) entities.ID, nameOf func(entities.ID) string) []Event {
	n := len(m.cands)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	ids := make([]map[entities.ID]bool, n)
	for i, s := range m.cands {
		ids[i] = map[entities.ID]bool{}
		for _, h := range s.participants {
			ids[i][idOf(h)] = true
		}
	}
	// Sweep by start date within each class: only candidates whose dates
	// overlap are compared.
	byClass := map[string][]int{}
	for i, s := range m.cands {
		byClass[s.c.Class] = append(byClass[s.c.Class], i)
	}
	for _, idx := range byClass {
		sort.SliceStable(idx, func(a, b int) bool { return m.cands[idx[a]].c.Date.Start.Before(m.cands[idx[b]].c.Date.Start) })
		for a := 0; a < len(idx); a++ {
			ca := m.cands[idx[a]]
			for b := a + 1; b < len(idx); b++ {
				cb := m.cands[idx[b]]
				if cb.c.Date.Start.After(ca.c.Date.End) {
					break
				}
				if sameEvent(ca, cb, ids[idx[a]], ids[idx[b]]) {
					ra, rb := find(idx[a]), find(idx[b])
					if ra != rb {
						parent[max(ra, rb)] = min(ra, rb)
					}
				}
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range m.cands {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	events := make([]Event, 0, len(roots))
	for _, r := range roots {
		events = append(events, m.build(groups[r], idOf, nameOf))
	}
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if !a.Date.Start.Equal(b.Date.Start) {
			return a.Date.Start.Before(b.Date.Start)
		}
		if a.Date.Days() != b.Date.Days() {
			return a.Date.Days() < b.Date.Days()
		}
		if len(a.Sources) != len(b.Sources) {
			return len(a.Sources) > len(b.Sources)
		}
		return a.Summary < b.Summary
	})
	for i := range events {
		events[i].ID = fmt.Sprintf("e%04d", i+1)
	}
	return events
}

// sameEvent decides whether two candidates of one class report the same
// happening: their dates overlap and they share a participant (or, when
// neither names anyone, a place).
func sameEvent(a, b stored, ia, ib map[entities.ID]bool) bool {
	if !a.c.Date.Overlaps(b.c.Date) {
		return false
	}
	// A day and the week that holds it may be one event; a day and a
	// year are too far apart in precision to say.
	if a.c.Date.Value != b.c.Date.Value && max(a.c.Date.Days(), b.c.Date.Days()) > 7 {
		return false
	}
	if a.doc == b.doc && a.c.Sentence == b.c.Sentence {
		return false // two dates of one sentence are two events
	}
	shared := 0
	for id := range ia {
		if ib[id] {
			shared++
		}
	}
	if len(ia) == 0 && len(ib) == 0 {
		return a.hasPlace && b.hasPlace && a.place == b.place
	}
	// Saying is cheap: two statements are one only if the speaker is the same.
	if a.c.Class == "say" {
		return len(a.participants) > 0 && len(b.participants) > 0 && a.participants[0] == b.participants[0]
	}
	return shared > 0
}

// build makes one event of merged candidates.
func (m *Merger) build(members []int, idOf func(entities.Handle) entities.ID, nameOf func(entities.ID) string) Event {
	var e Event
	// The date: the finest one, the most reported among equals.
	count := map[string]int{}
	for _, i := range members {
		count[m.cands[i].c.Date.Value]++
	}
	best := m.cands[members[0]].c.Date
	for _, i := range members[1:] {
		d := m.cands[i].c.Date
		if d.Days() < best.Days() || d.Days() == best.Days() && count[d.Value] > count[best.Value] {
			best = d
		}
	}
	e.Date = best
	// Participants by involvement; the subject of the first source leads.
	score := map[entities.ID]int{}
	var order []entities.ID
	triggers := map[string]int{}
	var place entities.ID
	seenSrc := map[string]bool{}
	for _, i := range members {
		s := m.cands[i]
		for k, h := range s.participants {
			id := idOf(h)
			if _, ok := score[id]; !ok {
				order = append(order, id)
			}
			score[id] += 2
			if k == 0 {
				score[id]++
			}
		}
		if s.hasPlace && place == "" {
			place = idOf(s.place)
		}
		triggers[strings.ToLower(s.c.Trigger)]++
		key := fmt.Sprintf("%s\x00%d", s.doc, s.c.Sentence)
		if !seenSrc[key] {
			seenSrc[key] = true
			e.Sources = append(e.Sources, Source{Document: s.doc, Sentence: s.c.SentenceText, TimeText: s.c.TimeText, Offset: s.c.TimeOffset})
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return score[order[i]] > score[order[j]] })
	e.Entities = order
	if place != "" && score[place] == 0 {
		e.Entities = append(e.Entities, place)
	}
	e.Trigger = mostCommon(triggers)
	e.Class = m.cands[members[0]].c.Class
	e.Summary = summarize(e, order, place, nameOf)
	return e
}

func mostCommon(m map[string]int) string {
	best, n := "", -1
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// verbs gives the summary verb of each trigger class.
var verbs = map[string]string{
	"meet": "meets", "say": "says", "attack": "strikes", "block": "blocks", "vote": "votes",
	"elect": "is elected", "office": "takes office", "agree": "agrees", "intervene": "intervenes",
	"resign": "resigns", "arrest": "arrests", "die": "dies", "sanction": "sanctions",
}

// summarize writes a short phrase: "Vladimir Putin meets Rex Tillerson in
// Moscow".
func summarize(e Event, order []entities.ID, place entities.ID, nameOf func(entities.ID) string) string {
	verb := verbs[e.Class]
	if verb == "" {
		verb = e.Trigger
	}
	var b strings.Builder
	if len(order) > 0 {
		b.WriteString(nameOf(order[0]))
		b.WriteByte(' ')
	}
	b.WriteString(verb)
	if len(order) > 1 && e.Class != "say" && e.Class != "die" && e.Class != "resign" && e.Class != "office" {
		b.WriteByte(' ')
		b.WriteString(nameOf(order[1]))
	}
	if place != "" {
		b.WriteString(" in ")
		b.WriteString(nameOf(place))
	}
	s := b.String()
	if len(order) == 0 && place == "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}
