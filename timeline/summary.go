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
		} else if s.c.SubjectPhrase != "" {
			score++ // a subject, if not a name
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
		if s.c.Class != e.Class && e.Dated() {
			score -= 4 // "the shooting of X" in the killing of X (joinDeaths)
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
	trig := strings.ToLower(c.Trigger)
	if cl.name == "meet" && c.Subject && len(ids) > 1 && strings.HasPrefix(string(ids[1]), "location/") && !strings.HasPrefix(string(ids[0]), "location/") {
		cl.verb = "visits" // "Marta Keller visits Giurgiu", not "meets Giurgiu"
	}
	if c.Verb && c.SubjectPhrase != "" {
		// The subject as written: "Stock prices drop", "Japan's Nikkei
		// stock index falls". A subject name the phrase holds, or one
		// that stands elsewhere ("According to the Associated Press, the
		// number ... rose"), is not an object.
		objs := names
		if c.Subject && len(objs) > 0 {
			objs = objs[1:]
		}
		subj := c.SubjectPhrase
		kept := objs[:0:0]
		for _, o := range objs {
			if !strings.Contains(subj, o) {
				kept = append(kept, o) // "IMF and World Bank teams met": not "meet World Bank"
			}
		}
		objs = kept
		if pron, rest, ok := strings.Cut(subj, " "); ok && possessivePronouns[pron] {
			// "Walgreen Co said its sales rose": "Walgreen Co's sales rise".
			subj = rest
			if c.Subject && len(names) > 0 {
				subj = possessive(names[0]) + " " + rest
			}
		}
		return clause(subj, objs, c.Object, cl, pluralNoun(subj))
	}
	if c.Verb && c.Patient != "" && strings.HasPrefix(cl.alone, "is ") {
		if c.Subject && len(names) > 0 && cl.transitive {
			// "Two men were arrested by the FBI": "FBI arrests two men".
			return clause(names[0], nil, lowerFirst(c.Patient), cl, false)
		}
		if !c.Subject {
			alone := cl.alone
			if pluralNoun(c.Patient) {
				alone = pluralVerb(alone)
			}
			return c.Patient + " " + alone // "Two crew members are killed"
		}
	}
	if c.Verb && c.Patient != "" && !c.Subject && c.Class == "attack" && participle(trig) {
		// "Two supertankers were attacked": "Two supertankers are
		// attacked", as a name is below.
		be := " is "
		if pluralNoun(c.Patient) {
			be = " are "
		}
		return c.Patient + be + trig
	}
	if c.Verb && c.Patient != "" && !c.Subject && !strings.ContainsRune(trig, ' ') && strings.HasSuffix(trig, "ed") {
		return c.Patient + " " + trig // as a headline says it: "Tender announced", "Results released"
	}
	switch {
	case c.Subject && len(names) > 0 && (c.Verb || len(names) > 1 || cl.name == "say"):
		// "Countrywide Financial made a statement": "Countrywide
		// Financial comments", as for the verb.
		return clause(names[0], names[1:], c.Object, cl, false)
	case !c.Subject && len(names) > 0 && c.Verb && strings.HasPrefix(cl.alone, "is "):
		return names[0] + " " + cl.alone
	case !c.Subject && len(names) > 0 && c.Verb && c.Class == "attack" && c.SubjectPhrase == "" && participle(trig):
		return names[0] + " is " + trig // "Kimani Gray was shot": not "Shot on Kimani Gray"
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
		if prep == " of " && c.Verb && (strings.HasSuffix(trig, "ed") || trig == "said" || trig == "says") {
			// "Rejected (E.F. Hutton Group Inc)": a verb's name that is
			// not its subject may be its object or only stand near it.
			p += " (" + names[0] + ")"
			return p
		}
		p += prep + names[0]
	}
	return p
}

// participle reports whether a one-word verb trigger reads as a past
// participle: "attacked", "shot", "hit".
func participle(trig string) bool {
	switch trig {
	case "shot", "hit", "struck", "beaten":
		return true
	}
	return !strings.ContainsRune(trig, ' ') && strings.HasSuffix(trig, "ed")
}

// possessive writes a name's possessive: "Walgreen Co's", "Delta Air
// Lines'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// lowerFirst writes a phrase's first letter in lower case unless its
// first word is an acronym ("two men", "FBI agents").
func lowerFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || len(w) > 1 && strings.ToUpper(w) == w {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// clause writes "subject verb object" for a class of event: the first of
// objs, else the object as written, else the class's phrase for an event
// with no object ("holds talks"), else the verb alone; plural when the
// subject is.
func clause(subj string, objs []string, object string, cl class, plural bool) string {
	verb, alone := cl.verb, cl.alone
	if cl.parties {
		object = ""
	}
	if plural {
		verb, alone = pluralVerb(verb), pluralVerb(alone)
	}
	switch {
	case cl.transitive && len(objs) > 0:
		return subj + " " + verb + " " + objs[0]
	case cl.transitive && object != "":
		return subj + " " + verb + " " + object
	case cl.transitive && alone != "" && !strings.HasPrefix(alone, "is ") && !strings.HasPrefix(alone, "are "):
		return subj + " " + alone
	}
	return subj + " " + verb
}

// pluralNoun reports whether a noun phrase written by [subjectPhrase] is
// plural, from its last word: "stock prices", "bank shares", but not
// "Straits Times Index", "the crisis" or a name such as "Times".
func pluralNoun(np string) bool {
	ws := strings.Fields(np)
	if len(ws) == 0 {
		return false
	}
	// The head comes before a preposition: "exports of American wine",
	// "trade between Argentina and Brazil".
	for i, w := range ws {
		if i > 0 && prepositions[w] {
			ws = ws[:i]
			break
		}
	}
	for i, w := range ws {
		if w == "and" && i+1 < len(ws) && determiners[ws[i+1]] {
			return true // "the company and the union"
		}
	}
	if len(ws) > 1 && strings.HasSuffix(ws[len(ws)-1], "ing") { // "members working at"
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 1 && placeAdverbs[ws[len(ws)-1]] { // "stock indexes worldwide"
		ws = ws[:len(ws)-1]
	}
	if f, w := ws[0], ws[len(ws)-1]; len(ws) == 2 && (f[0] >= '0' && f[0] <= '9' && strings.Contains(f, ",") || countWords[strings.ToLower(f)]) &&
		w[0] >= 'A' && w[0] <= 'Z' && strings.HasSuffix(w, "s") {
		return true // "2,600 Iraqis", "Two Britons": people of a nation, not a name
	}
	w := ws[len(ws)-1]
	if irregularPlural(w) && (len(ws) == 1 || w[0] >= 'a' && w[0] <= 'z') {
		return true
	}
	if len(w) < 3 || w[len(w)-1] != 's' || len(ws) > 1 && (w[0] < 'a' || w[0] > 'z') {
		return false // a name: "Straits Times", "Lehman Brothers"
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i', '\'', 0x99: // "progress", "status", "crisis", "Japan's"
		return false
	}
	switch strings.ToLower(w) {
	case "news", "series", "species", "means", "always", "was", "has", "is", "this", "its", "his":
		return false
	}
	return true
}

// irregularPlural reports whether w is a plural without a final s:
// "seamen", "women", "people", "police".
func irregularPlural(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "people", "police", "children", "personnel", "cattle", "data", "fish", "sheep", "livestock":
		return true
	}
	return strings.HasSuffix(w, "men") && w != "amen" && w != "specimen" && w != "abdomen"
}

// placeAdverbs may follow the head of a noun phrase.
var placeAdverbs = map[string]bool{"worldwide": true, "nationwide": true, "abroad": true, "overseas": true, "elsewhere": true, "alike": true}

// pluralVerb turns the third person singular that opens a summary verb
// phrase into the plural: "falls" -> "fall", "carries out" -> "carry
// out", "is killed" -> "are killed", "wins election" -> "win election".
func pluralVerb(vp string) string {
	if vp == "" {
		return vp
	}
	w, rest, _ := strings.Cut(vp, " ")
	if rest != "" {
		rest = " " + rest
	}
	switch {
	case w == "is":
		w = "are"
	case w == "has":
		w = "have"
	case w == "does" || w == "goes":
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	return w + rest
}

// countWords count more than one: "Two Britons are arrested".
var countWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true, "several": true,
	"many": true, "some": true, "both": true,
}
