package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities"
)

// summary writes a short phrase for an event from its most telling
// report: "Vladimir Putin meets Rex Tillerson in Moscow", "G20 summit in
// Hamburg", "Chemical attack in Syria". The report chosen is the one
// that names the event's most involved entities, with a subject, an
// object and a place.
func (m *Merger) summary(g *group, e Event, order []entities.ID, ids [][]entities.ID, places []entities.ID, idOf func(entities.Handle) entities.ID, nameOf func(entities.ID) string) string {
	top := map[entities.ID]bool{}
	for k, id := range order {
		if k == 2 {
			break
		}
		top[id] = true
	}
	phrases := map[string]int{}
	best, bestScore := "", -1
	for _, i := range g.members {
		s := m.cands[i]
		score := 0
		for k, id := range ids[i] {
			if k < 2 && top[id] {
				score += 3
			}
		}
		if s.c.Subject {
			score += 2
		}
		if len(ids[i]) > 1 {
			score += 2 // who did what with whom
		}
		if places[i] != "" {
			score++
		}
		if s.c.Dated() {
			score += 6 // the dated reports are the ones the event is known by
		}
		text := phrase(s.c, ids[i], nameOf)
		phrases[text]++
		if score > bestScore || score == bestScore && phrases[text] > phrases[best] {
			best, bestScore = text, score
		}
	}
	if e.Place != "" {
		name := nameOf(e.Place)
		if !strings.Contains(best, name) {
			prep := "in"
			for _, i := range g.members {
				if places[i] == e.Place && m.cands[i].c.PlacePrep != "" {
					prep = m.cands[i].c.PlacePrep
					break
				}
			}
			best += " " + prep + " " + name
		}
	}
	return capitalize(best)
}

// phrase writes the summary of one report, without its place.
func phrase(c Candidate, ids []entities.ID, nameOf func(entities.ID) string) string {
	cl, ok := classes[c.Class]
	if !ok {
		cl = class{name: c.Class, verb: c.Trigger}
	}
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if n := nameOf(id); n != "" {
			names = append(names, n)
		}
	}
	switch {
	case c.Subject && len(names) > 0 && (c.Verb || len(names) > 1):
		subj := names[0]
		switch {
		case cl.transitive && len(names) > 1:
			return subj + " " + cl.verb + " " + names[1]
		case cl.transitive && c.Object != "":
			return subj + " " + cl.verb + " " + c.Object
		case cl.transitive && cl.alone != "" && !strings.HasPrefix(cl.alone, "is "):
			return subj + " " + cl.alone
		}
		return subj + " " + cl.verb
	case !c.Subject && len(names) > 0 && c.Verb && strings.HasPrefix(cl.alone, "is "):
		return names[0] + " " + cl.alone
	}
	p := c.Phrase
	if p == "" {
		p = c.Trigger
	}
	if !c.Subject && len(names) > 0 {
		prep := " of "
		switch c.Class {
		case "meet", "agree":
			prep = " with "
		case "attack", "strike":
			prep = " on "
		}
		p += prep + names[0]
	}
	return p
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
