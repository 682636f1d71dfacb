package timeline

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities"
)

// Merger collects the candidate events of a corpus and merges the ones
// that report the same happening. Add articles in input order. The zero
// value is ready to use.
//
// Merging never compares all pairs of candidates: candidates are bucketed
// by kind of happening and participant, and compared only within a
// bucket and a sweep over their dates, so the work grows with the number
// of candidates, not with its square.
type Merger struct {
	// KeepThin keeps every undated event in the result. By default the
	// undated context holds only the events that several articles report
	// or that say who did what (a subject and an object or place): the
	// rest are mentions in passing ("the election", "talks").
	KeepThin bool

	docs  []string
	cands []stored
}

// stored is a candidate with its entities as corpus handles; the text of
// the article is not kept, only the sentence that is the event's evidence.
type stored struct {
	doc          int // index into Merger.docs
	c            Candidate
	participants []entities.Handle
	place        entities.Handle
	hasPlace     bool
	link         int    // index of a candidate of the same article it refers back to, or -1
	mover        string // for a rise or a fall, what moved (moverHead)
}

// maxActive bounds how many overlapping candidates of one bucket a new
// candidate is compared with.
const maxActive = 64

// maxOverlap bounds how many overlapping candidates of one bucket the
// date sweep holds.
const maxOverlap = 16 * maxActive

// maxLookup bounds how many dated events an undated report is compared
// with, per participant.
const maxLookup = 512

// Add records the candidates of article doc; handles maps the article's
// local entities to corpus handles (as [entities.Resolver.Add] returns).
//
// Within the article, an event noun that names nobody ("the meeting", "the
// June 7-8 conference") refers back to an event of the same kind that the
// article reports with its participants: the one on an overlapping date,
// else, for an undated noun, the nearest. Undated candidates that name
// nobody and refer to nothing are dropped.
func (m *Merger) Add(doc string, cands []Candidate, handles []entities.Handle) {
	di := len(m.docs)
	m.docs = append(m.docs, doc)
	base := len(m.cands)
	for _, c := range cands {
		s := stored{doc: di, link: -1, mover: moverHead(c)}
		for _, p := range c.Participants {
			if p >= 0 && p < len(handles) {
				s.participants = append(s.participants, handles[p])
			}
		}
		if c.Place >= 0 && c.Place < len(handles) {
			s.place, s.hasPlace = handles[c.Place], true
		}
		c.Participants = nil
		// Keep copies: a substring would keep the whole article alive.
		c.SentenceText, c.Trigger, c.TimeText = strings.Clone(c.SentenceText), strings.Clone(c.Trigger), strings.Clone(c.TimeText)
		c.Object, c.Phrase, c.PlacePrep = strings.Clone(c.Object), strings.Clone(c.Phrase), strings.Clone(c.PlacePrep)
		s.c = c
		m.cands = append(m.cands, s)
	}
	// Within-article reference of anonymous event nouns.
	keep := m.cands[:base]
	idx := make([]int, len(m.cands)-base) // old local index -> new global index, -1 when dropped
	kin := m.kin(base, len(m.cands))
	for i := base; i < len(m.cands); i++ {
		s := m.cands[i]
		if len(s.participants) > 0 || s.hasPlace || s.c.Class == "say" && s.c.SubjectPhrase != "" {
			continue // "Romanian and Bulgarian officials said": a speaker of its own
		}
		best, bestDist := -1, 1<<30
		for _, j := range kin(i) {
			o := m.cands[j]
			if j == i || len(o.participants) == 0 && !o.hasPlace {
				continue
			}
			if s.c.Dated() && !(o.c.Dated() && o.c.Date.Overlaps(s.c.Date)) {
				continue
			}
			d := abs(o.c.Sentence - s.c.Sentence)
			if o.c.Future != s.c.Future {
				// "His visit" is the meeting that took place, not the
				// nearer one a quote says is to come.
				d += 1 << 20
			}
			if d < bestDist {
				best, bestDist = j, d
			}
		}
		m.cands[i].link = best
	}
	m.linkOneOffs(kin, base)
	n := 0
	for i := base; i < len(m.cands); i++ {
		s := m.cands[i]
		if !s.c.Dated() && s.link < 0 && len(s.participants) == 0 && !s.hasPlace {
			idx[i-base] = -1
			continue
		}
		idx[i-base] = base + n
		n++
	}
	for i := base; i < len(m.cands); i++ {
		if idx[i-base] < 0 {
			continue
		}
		s := m.cands[i]
		if s.link >= 0 {
			s.link = idx[s.link-base]
		}
		keep = append(keep, s)
	}
	m.cands = keep
}

// kin indexes the candidates from..to of one article by class: the
// function it returns gives, for candidate i, the candidates of i's class
// within maxActive places of it in the article's order (i included), so
// that an article's own references are resolved in time linear in its
// length, however many reports of one kind it holds.
func (m *Merger) kin(from, to int) func(int) []int {
	byClass := map[string][]int{}
	pos := make([]int, to-from)
	for i := from; i < to; i++ {
		c := m.cands[i].c.Class
		pos[i-from] = len(byClass[c])
		byClass[c] = append(byClass[c], i)
	}
	return func(i int) []int {
		list, k := byClass[m.cands[i].c.Class], pos[i-from]
		return list[max(0, k-maxActive):min(len(list), k+maxActive+1)]
	}
}

// oneOff are the classes of happening an article tells of once however
// often it names it: the quake, the fire, the escape it is about.
var oneOff = map[string]bool{"quake": true, "fire": true, "crash": true, "collide": true, "escape": true, "rehab": true}

// linkOneOffs links, within the article whose candidates start at base
// (kin gives a candidate's neighbours of its class),
// an undated report of a one-off happening ("the quake", "the fire") to
// the one the article dated before it, when it dated one, lately, or
// several of one time: "the earthquake knocked down power" after "a
// magnitude-5.9 earthquake early Sunday afternoon". An earlier one the
// article recalls is not a later report's ("the worst since a liner
// collided last September"), nor is one it names with "a" ("a Tokyo
// quake would").
func (m *Merger) linkOneOffs(kin func(int) []int, base int) {
	for i := base; i < len(m.cands); i++ {
		s := m.cands[i]
		if s.link >= 0 || s.c.Dated() || s.c.Future || !oneOff[s.c.Class] || indefinite(s.c) {
			continue
		}
		anchor, ambiguous := -1, false
		for _, j := range kin(i) {
			o := m.cands[j]
			if j == i || o.c.Future || !o.c.Dated() {
				continue
			}
			if o.c.Sentence > s.c.Sentence {
				continue // a wire story's lead is its news, not the fire of March 13 it recalls
			}
			if dd := o.c.DocDate; !dd.IsZero() && o.c.Date.End.Before(dd.Start.Add(-lookBack)) {
				continue // "the worst since a liner collided last September"
			}
			if anchor < 0 {
				anchor = j
			} else if !m.cands[anchor].c.Date.Overlaps(o.c.Date) {
				ambiguous = true
			}
		}
		if anchor >= 0 && !ambiguous {
			m.cands[i].link = anchor
		}
	}
}

// indefinite reports whether c is an event noun that an indefinite
// article introduces ("a Tokyo quake", "a major earthquake"): a
// happening the article names in general or for the first time, not
// the one it told before.
func indefinite(c Candidate) bool {
	if c.Verb || c.Phrase == "" {
		return false
	}
	i := strings.Index(c.SentenceText, c.Phrase)
	if i < 0 {
		return false
	}
	before := strings.Fields(c.SentenceText[:i])
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "a", "an", "another", "any":
		return true
	}
	return false
}

// befallsPerson are the classes of what the law, violence or misfortune
// does to a person, whom a report may leave unnamed.
var befallsPerson = map[string]bool{"arrest": true, "charge": true, "convict": true, "sentence": true, "kill": true, "die": true,
	"injure": true, "free": true, "attack": true, "dismiss": true, "escape": true, "rehab": true}

// linkPlaceOnly joins, within an article, a report of a person's
// happening that names only places ("a driver was charged in Queens") to
// the nearest report of its kind that names the person ("Vishwanand
// Subryan was charged").
func (m *Merger) linkPlaceOnly(u *unionFind, ids [][]entities.ID, places []entities.ID) {
	start := 0
	for start < len(m.cands) {
		end := start
		for end < len(m.cands) && m.cands[end].doc == m.cands[start].doc {
			end++
		}
		kin := m.kin(start, end)
		for i := start; i < end; i++ {
			s := m.cands[i]
			if !befallsPerson[s.c.Class] || s.c.Subject || len(ids[i]) == 0 && places[i] == "" {
				continue
			}
			placeOnly := true
			for _, id := range ids[i] {
				placeOnly = placeOnly && id.Kind() == entities.Location
			}
			if !placeOnly {
				continue
			}
			best, bestDist := -1, 1<<30
			for _, j := range kin(i) {
				o := m.cands[j]
				if j == i || o.c.Future != s.c.Future || s.c.Dated() != o.c.Dated() || s.c.Dated() && !o.c.Date.Overlaps(s.c.Date) {
					continue
				}
				person := false
				for _, id := range ids[j] {
					person = person || id.Kind() == entities.Person
				}
				if !person {
					continue
				}
				if d := abs(o.c.Sentence - s.c.Sentence); d < bestDist {
					best, bestDist = j, d
				}
			}
			if best >= 0 {
				u.union(i, best)
			}
		}
		start = end
	}
}

// group is a set of merged candidates, with what merging needs to know of
// it.
type group struct {
	members  []int
	date     Date
	ids      map[entities.ID]bool // participants and place
	named    map[entities.ID]int  // how many reports name each of ids
	movers   map[string]bool      // what its rises or falls say moved
	subjects map[entities.ID]bool
	patients map[entities.ID]bool // who a passive verb names first ("X was killed")
	docs     int
}

// Finish merges the candidates and returns the events: first the dated
// ones in timeline order (by start date, then the finer date first, then
// the more reported first), then the undated context, the more reported
// first. idOf maps handles to entity IDs and nameOf names an entity, for
// the summaries.
func (m *Merger) Finish(idOf func(entities.Handle) entities.ID, nameOf func(entities.ID) string) []Event {
	n := len(m.cands)
	u := newUnionFind(n)
	ids := make([][]entities.ID, n)
	places := make([]entities.ID, n)
	for i, s := range m.cands {
		seen := map[entities.ID]bool{}
		for _, h := range s.participants {
			id := idOf(h)
			if !seen[id] {
				seen[id] = true
				ids[i] = append(ids[i], id)
			}
		}
		if s.hasPlace {
			places[i] = idOf(s.place)
		}
		if s.link >= 0 {
			u.union(i, s.link)
		}
	}
	m.linkPlaceOnly(u, ids, places)
	shared := func(i, j int) int {
		k := 0
		for _, a := range ids[i] {
			for _, b := range ids[j] {
				if a == b {
					k++
					break
				}
			}
		}
		switch {
		case places[i] != "" && places[i] == places[j]:
			k++
		case loosePlace(m.cands[i].c.Class) && (places[i] != "" && slices.Contains(ids[j], places[i]) || places[j] != "" && slices.Contains(ids[i], places[j])):
			k++ // "the collision near Ruse", "Ruse's collision"
		}
		return k
	}

	// 1. Dated candidates: buckets by kind and participant (or place), a
	// sweep over dates within each.
	buckets := map[string][]int{}
	for i, s := range m.cands {
		if !s.c.Dated() {
			continue
		}
		for k, id := range ids[i] {
			if k == 4 {
				break
			}
			buckets[s.c.Class+"\x00"+string(id)] = append(buckets[s.c.Class+"\x00"+string(id)], i)
		}
		if p := places[i]; p != "" && !slices.Contains(ids[i], p) {
			key := s.c.Class + "\x00@" + string(p)
			if loosePlace(s.c.Class) {
				key = s.c.Class + "\x00" + string(p) // one report's place is another's participant
			}
			buckets[key] = append(buckets[key], i)
		}
		if rare[s.c.Class] && s.c.Date.Days() == 1 {
			buckets[s.c.Class+"\x00#"+s.c.Date.Value] = append(buckets[s.c.Class+"\x00#"+s.c.Date.Value], i)
		}
	}
	// The days a group's reports of a day or a week cover: a report of a
	// month that shares names with two events of that month, weeks apart,
	// must not make them one ("talks in Washington in April" between the
	// IMF meetings of 9 April and a visit from 29 April).
	fine := map[int][2]time.Time{}
	for i, s := range m.cands {
		if s.c.Dated() && s.c.Date.Days() <= 7 {
			r := u.find(i)
			span, ok := fine[r]
			if !ok {
				span = [2]time.Time{s.c.Date.Start, s.c.Date.End}
			}
			fine[r] = [2]time.Time{minTime(span[0], s.c.Date.Start), maxTime(span[1], s.c.Date.End)}
		}
	}
	join := func(i, j int) {
		ri, rj := u.find(i), u.find(j)
		a, okA := fine[ri]
		b, okB := fine[rj]
		if okA && okB {
			lo, hi := minTime(a[0], b[0]), maxTime(a[1], b[1])
			if hi.Sub(lo) > 7*24*time.Hour {
				return
			}
			a = [2]time.Time{lo, hi}
		} else if okB {
			a, okA = b, true
		}
		u.union(i, j)
		if okA {
			fine[u.find(i)] = a
		}
	}
	// In a fixed order: join refuses some unions by what a group already
	// holds, so the groups depend on the order.
	for _, key := range slices.Sorted(maps.Keys(buckets)) {
		b := buckets[key]
		// slices.SortStableFunc, not sort.SliceStable: the reflection
		// of the latter, set up again for each of the tens of thousands
		// of buckets, cost more than the sorting.
		slices.SortStableFunc(b, func(x, y int) int {
			return m.cands[x].c.Date.Start.Compare(m.cands[y].c.Date.Start)
		})
		var active []int
		for _, i := range b {
			di := m.cands[i].c.Date
			keep := active[:0]
			for _, j := range active {
				if !m.cands[j].c.Date.End.Before(di.Start) {
					keep = append(keep, j)
				}
			}
			// Of a bucket's many reports of one day or month, only the
			// latest are kept: the sweep stays linear in the bucket's
			// size (an older report still overlapping would be compared
			// only once all those after it had ended).
			active = keep[max(0, len(keep)-maxOverlap):]
			from := max(0, len(active)-maxActive)
			for _, j := range active[from:] {
				if u.find(i) != u.find(j) && sameEvent(m.cands[i], m.cands[j], ids[i], ids[j], shared(i, j)) {
					join(i, j)
				}
			}
			active = append(active, i)
		}
	}

	// 1b. One person's violent death, dated alike, told as a killing, a
	// death and a shooting ("Kimani Gray was killed", "the shooting death
	// of Kimani Gray", "the shooting of Kimani Gray", all on March 9), is
	// one event.
	m.joinDeaths(u, ids, places)

	// 2. Undated reports join the dated event that matches their kind,
	// participants, weekday and article date.
	groups := m.groups(u, ids, places)
	index := map[string][]int{} // kind + participant -> dated groups
	var roots []int
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	for _, r := range roots {
		g := groups[r]
		if g.date.IsZero() {
			continue
		}
		// Under each class of its reports: the killing of a person that
		// reports also told as a death or a shooting (joinDeaths) is the
		// one an undated "shooting of" that person joins.
		classes := []string{m.cands[r].c.Class}
		for _, i := range g.members {
			if c := m.cands[i].c.Class; !slices.Contains(classes, c) {
				classes = append(classes, c)
			}
		}
		for _, cl := range classes {
			for id := range g.ids {
				index[cl+"\x00"+string(id)] = append(index[cl+"\x00"+string(id)], r)
			}
		}
	}
	for _, r := range roots {
		g := groups[r]
		if !g.date.IsZero() {
			continue
		}
		cl := m.cands[r].c.Class
		// The articles of the undated report: a dated event that one of
		// them reports is the likelier referent ("Lavrov's meeting with
		// Trump", undated, in the article that dates their meeting).
		own := map[int]bool{}
		for _, i := range g.members {
			own[m.cands[i].doc] = true
		}
		var keys []string
		for id := range g.ids {
			keys = append(keys, string(id))
		}
		sort.Strings(keys)
		best := choice{group: -1}
		// Its own class first; the related one only when none fits.
		for _, class := range [...]string{cl, joinsClass(cl)} {
			if class == "" || best.group >= 0 {
				break
			}
			for _, id := range keys {
				list := index[class+"\x00"+id]
				if len(list) > maxLookup {
					list = list[:maxLookup]
				}
				for _, d := range list {
					dg := groups[d]
					k := g.sharedWith(dg, !everyday(class))
					if !m.compatible(g, dg, k) {
						continue
					}
					if c := (choice{d, k, dg.docs, m.reportedBy(dg, own)}); c.beats(best) {
						best = c
					}
				}
			}
		}
		if best.group >= 0 {
			u.union(r, best.group)
		}
	}

	// 3. The undated rest: reports of one kind that share two participants
	// (a place counts) are one piece of context, if both tell of what
	// happened or both of what is to come ("the talks were a test",
	// "our colleagues will meet them" are two things).
	groups = m.groups(u, ids, places)
	pairs := map[string]int{}
	roots = roots[:0]
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	for _, r := range roots {
		g := groups[r]
		if !g.date.IsZero() {
			continue
		}
		var list []string
		for id := range g.ids {
			list = append(list, string(id))
		}
		sort.Strings(list)
		if len(list) > 4 {
			list = list[:4]
		}
		cl := m.cands[r].c.Class
		if subj, once := m.oncePerson(g); once {
			cl = "\x00once"               // "X died", "X was killed": one death
			list = []string{string(subj)} // "X dies", "X dies in Y"
		} else if subj, ok := m.subjectAtPlace(g, places); ok {
			list = []string{string(subj)} // "X escapes", "X escapes in Y"
		}
		if m.future(g) {
			cl += "\x00future"
		}
		if mv := m.cands[r].mover; mv != "" {
			cl += "\x00" + mv // "housing starts rose", not "retail sales"
		}
		if befallsPerson[m.cands[r].c.Class] {
			// "Vishwanand Subryan was charged", "Vishwanand Subryan was
			// charged in Queens": the charge of one person.
			if who, ok := m.befallen(g, ids); ok {
				key := cl + "\x00befell\x00" + string(who)
				if o, ok := pairs[key]; ok {
					u.union(r, o)
				} else {
					pairs[key] = r
				}
			}
		}
		if len(list) == 1 && !m.placeOnly(g) || rare[cl] {
			// Reports that name only one participant: kind and participant;
			// a fire or a crash on any one name, as dated ones do.
			for _, id := range list {
				key := cl + "\x00" + id
				if o, ok := pairs[key]; ok {
					u.union(r, o)
				} else {
					pairs[key] = r
				}
			}
		}
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				key := cl + "\x00" + list[a] + "\x00" + list[b]
				if o, ok := pairs[key]; ok {
					u.union(r, o)
				} else {
					pairs[key] = r
				}
			}
		}
	}

	// 4. Events.
	groups = m.groups(u, ids, places)
	roots = roots[:0]
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	events := make([]Event, 0, len(roots))
	for _, r := range roots {
		g := groups[r]
		if g.date.IsZero() && !m.KeepThin && !m.telling(g, ids, places) {
			continue
		}
		events = append(events, m.build(g, ids, places, idOf, nameOf))
	}
	slices.SortStableFunc(events, func(a, b Event) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return 0
	})
	nd, nu := 0, 0
	for i := range events {
		if events[i].Dated() {
			nd++
			events[i].ID = fmt.Sprintf("e%04d", nd)
		} else {
			nu++
			events[i].ID = fmt.Sprintf("u%04d", nu)
		}
	}
	return events
}

// deathClasses are the classes in which reports tell of one person's
// violent death.
var deathClasses = map[string]bool{"kill": true, "die": true, "attack": true}

// victim returns the one person a dated group of a death class befell:
// the only person it names that none of its reports makes the one who
// killed or attacked.
func (m *Merger) victim(g *group) (entities.ID, bool) {
	class := m.cands[g.members[0]].c.Class
	var who entities.ID
	for id := range g.ids {
		if id.Kind() != entities.Person || class != "die" && g.subjects[id] {
			continue
		}
		if who != "" {
			return "", false
		}
		who = id
	}
	return who, who != ""
}

// groupClass returns the class of g's event: its first report's, but for
// a dated death told in several classes (joinDeaths), a killing before a
// death before an attack.
func (m *Merger) groupClass(g *group) string {
	first := m.cands[g.members[0]].c.Class
	if !deathClasses[first] || g.date.IsZero() {
		return first
	}
	best := first
	for _, i := range g.members {
		if c := m.cands[i].c.Class; c == "kill" || c == "die" && best == "attack" {
			best = c
		}
	}
	return best
}

// joinDeaths joins the dated groups of the death classes that befell the
// same person on overlapping dates of a week or less.
func (m *Merger) joinDeaths(u *unionFind, ids [][]entities.ID, places []entities.ID) {
	// Step 1 joined only reports of one class, so a group is of a death
	// class when its reports are: group those alone.
	groups := m.groupsOf(u, ids, places, func(i int) bool { return m.cands[i].c.Dated() && deathClasses[m.cands[i].c.Class] })
	byVictim := map[entities.ID][]int{}
	for r, g := range groups {
		if g.date.Days() > 7 {
			continue
		}
		if who, ok := m.victim(g); ok {
			byVictim[who] = append(byVictim[who], r)
		}
	}
	for _, who := range slices.Sorted(maps.Keys(byVictim)) {
		rs := byVictim[who]
		sort.Ints(rs)
		for a := 0; a < len(rs); a++ {
			for b := a + 1; b < len(rs); b++ {
				ga, gb := groups[rs[a]], groups[rs[b]]
				if m.cands[ga.members[0]].c.Class != m.cands[gb.members[0]].c.Class && ga.date.Overlaps(gb.date) {
					u.union(rs[a], rs[b])
				}
			}
		}
	}
}

// future reports whether every report of g tells of what is yet to happen.
func (m *Merger) future(g *group) bool {
	for _, i := range g.members {
		if !m.cands[i].c.Future {
			return false
		}
	}
	return true
}

// telling reports whether an undated group is worth keeping as context:
// several articles report it, or one says who did what to whom or where.
func (m *Merger) telling(g *group, ids [][]entities.ID, places []entities.ID) bool {
	if g.docs > 1 {
		return true
	}
	for _, i := range g.members {
		c := m.cands[i].c
		if c.Subject && !c.Future && (len(ids[i]) > 1 || places[i] != "" || c.Object != "") {
			return true
		}
	}
	return false
}

// less orders the timeline: dated events by start date, then the finer
// date first ("a day before the week that holds it"), then the more
// reported first; undated context after them, the more reported first.
func less(a, b Event) bool {
	if a.Dated() != b.Dated() {
		return a.Dated()
	}
	if a.Dated() {
		if !a.Date.Start.Equal(b.Date.Start) {
			return a.Date.Start.Before(b.Date.Start)
		}
		if a.Date.Days() != b.Date.Days() {
			return a.Date.Days() < b.Date.Days()
		}
	}
	if len(a.Sources) != len(b.Sources) {
		return len(a.Sources) > len(b.Sources)
	}
	if len(a.Mentions) != len(b.Mentions) {
		return len(a.Mentions) > len(b.Mentions)
	}
	if a.Summary != b.Summary {
		return a.Summary < b.Summary
	}
	return a.Sources[0].Document < b.Sources[0].Document
}

// groups collects the members of each merged set, with its date and
// participants.
func (m *Merger) groups(u *unionFind, ids [][]entities.ID, places []entities.ID) map[int]*group {
	return m.groupsOf(u, ids, places, nil)
}

// groupsOf is groups of the candidates that keep accepts (all when keep
// is nil); a group holds those of its members only.
func (m *Merger) groupsOf(u *unionFind, ids [][]entities.ID, places []entities.ID, keep func(int) bool) map[int]*group {
	out := map[int]*group{}
	for i := range m.cands {
		if keep != nil && !keep(i) {
			continue
		}
		r := u.find(i)
		g, ok := out[r]
		if !ok {
			g = &group{ids: map[entities.ID]bool{}, named: map[entities.ID]int{}, movers: map[string]bool{}, subjects: map[entities.ID]bool{}, patients: map[entities.ID]bool{}}
			out[r] = g
		}
		g.members = append(g.members, i)
		if mv := m.cands[i].mover; mv != "" {
			g.movers[mv] = true
		}
		for _, id := range ids[i] {
			g.ids[id] = true
			g.named[id]++
		}
		if places[i] != "" {
			g.ids[places[i]] = true
			if !slices.Contains(ids[i], places[i]) {
				g.named[places[i]]++
			}
		}
		if m.cands[i].c.Subject && len(ids[i]) > 0 {
			g.subjects[ids[i][0]] = true
		}
		if c := m.cands[i].c; c.Verb && !c.Subject && len(ids[i]) > 0 {
			g.patients[ids[i][0]] = true
		}
	}
	for _, g := range out {
		g.date = m.groupDate(g.members)
		seen := map[int]bool{}
		for _, i := range g.members {
			if !seen[m.cands[i].doc] {
				seen[m.cands[i].doc] = true
				g.docs++
			}
		}
	}
	return out
}

// groupDate picks an event's date among its reports: the finest, the
// most reported among equals, the earliest among ties.
func (m *Merger) groupDate(members []int) Date {
	count := map[string]int{}
	for _, i := range members {
		if d := m.cands[i].c.Date; !d.IsZero() {
			count[d.Value]++
		}
	}
	var best Date
	for _, i := range members {
		d := m.cands[i].c.Date
		if d.IsZero() {
			continue
		}
		switch {
		case best.IsZero(), d.Days() < best.Days():
			best = d
		case d.Days() == best.Days() && (count[d.Value] > count[best.Value] ||
			count[d.Value] == count[best.Value] && d.Start.Before(best.Start)):
			best = d
		}
	}
	return best
}

// sameEvent decides whether two dated candidates of one kind report the
// same happening: their dates overlap and they share participants. Two
// dates of one sentence are two events. A statement is the same only
// when the speaker and the day are. Coarse dates ("in 2017", "in June")
// say little, so they need two shared participants (a place counts).
func sameEvent(a, b stored, ia, ib []entities.ID, shared int) bool {
	if a.c.Class != b.c.Class || !a.c.Date.Overlaps(b.c.Date) {
		return false
	}
	if a.doc == b.doc && a.c.Sentence == b.c.Sentence {
		return false
	}
	if a.c.Class == "say" {
		return a.c.Subject && b.c.Subject && len(ia) > 0 && len(ib) > 0 && ia[0] == ib[0] &&
			a.c.Date.Days() == 1 && b.c.Date.Days() == 1
	}
	if a.mover != b.mover {
		return false // "U.S. housing starts rose" and "U.S. retail sales rose" in February
	}
	if rare[a.c.Class] {
		// A collision or an earthquake is seldom two: one shared name
		// (a place counts) is enough within the same time, and a report
		// that names none is the one of its day ("the collision of two
		// barges on March 6").
		if shared >= 1 {
			return true
		}
		return a.c.Date.Days() == 1 && a.c.Date.Value == b.c.Date.Value &&
			(len(ia) == 0 && !a.hasPlace || len(ib) == 0 && !b.hasPlace)
	}
	need := 1
	if max(a.c.Date.Days(), b.c.Date.Days()) > 7 {
		need = 2
		// Two reports of "the 2016 election" that name only the US.
		na, nb := len(ia), len(ib)
		if a.hasPlace {
			na++
		}
		if b.hasPlace {
			nb++
		}
		if a.c.Date.Value == b.c.Date.Value && min(na, nb) == 1 {
			need = 1
		}
	}
	return shared >= need
}

// placeOnly reports whether g's reports name a place and nothing else, of
// a kind of happening for which that says too little: talks, visits,
// agreements, votes and acquisitions, which a country sees all the time
// ("trade talks with the United States"; not "the Paris accord", which the
// place names), and a rise or a fall that does not say what moved ("the
// recent decline in U.S. bond yields").
func (m *Merger) placeOnly(g *group) bool {
	if len(g.ids) != 1 {
		return false
	}
	for id := range g.ids {
		if id.Kind() != entities.Location {
			return false
		}
	}
	class := m.cands[g.members[0]].c.Class
	if !everyday(class) {
		return false
	}
	for _, i := range g.members {
		s := m.cands[i]
		if s.mover != "" {
			return false
		}
		if f := strings.Fields(s.c.Phrase); len(f) >= 2 && unicode.IsUpper([]rune(f[0])[0]) && !strings.EqualFold(f[0], s.c.Trigger) {
			return false
		}
	}
	return true
}

// everyday reports whether a class is of what a place or a party sees all
// the time: talks, agreements, votes, acquisitions, rises and falls.
func everyday(class string) bool { return routine[class] || class == "rise" || class == "fall" }

// routine are the classes of happening that a place sees all the time.
var routine = map[string]bool{"meet": true, "agree": true, "vote": true, "acquire": true}

// moverHead returns what a rise or a fall says rose or fell, for telling
// moves apart: the head of its subject phrase in lower case, the last word
// before any preposition that is not a name, a number or a determiner
// ("U.S. housing starts": "start"; "exports to the U.S.": "export"). It is
// "" for other classes and for moves whose subject is a name.
func moverHead(c Candidate) string {
	if c.Class != "rise" && c.Class != "fall" || c.SubjectPhrase == "" {
		return ""
	}
	head := ""
	for i, w := range strings.Fields(c.SubjectPhrase) {
		if prepositions[strings.ToLower(w)] && head != "" {
			break // "retail sales in the U.S.": the head comes before
		}
		// A name's word, but the capital that opens a sentence ("Lead
		// stocks") may be any word's.
		r, _ := utf8.DecodeRuneInString(w)
		name := unicode.IsUpper(r) && (i > 0 || strings.ContainsAny(w, ".'’") || strings.ToUpper(w) == w)
		if name || unicode.IsDigit(r) || determiners[strings.ToLower(w)] {
			continue
		}
		head = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	}
	if len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		head = head[:len(head)-1] // "prices", "price"
	}
	return head
}

// loosePlace reports whether a class's place may be another report's
// participant: "the talks in Washington" and "Washington held talks" may
// be one event, but a fall "in the United States" and "United States
// falls" are as often two figures of one country.
func loosePlace(class string) bool { return class != "rise" && class != "fall" }

// rare are the classes of happening that a story seldom tells twice in
// one day or place: reports of them merge on less evidence.
var rare = map[string]bool{"crash": true, "collide": true, "quake": true, "fire": true}

// once are the classes of what befalls a person only once: every report
// of Esther Williams's death is of one death, whatever else the reports
// name ("Esther Williams dies", "Esther Williams dies in Beverly Hills")
// and however far from it their articles are dated. The value says who it
// befalls: the subject of "die" and "escape" (a prisoner's escape is news
// once: "Joseph Comeaux escaped"), the one a passive "kill" names
// ("Zurana Horton was killed").
var once = map[string]onceRole{"die": bySubject, "kill": byPassive, "escape": bySubject}

// onceRole says which participant a class in once befalls.
type onceRole int

const (
	bySubject onceRole = iota + 1
	byPassive
)

// subjectAtPlace returns g's subject, a person, when g names nothing else
// but where it happened; not for rises and falls, which a subject makes
// every day.
func (m *Merger) subjectAtPlace(g *group, places []entities.ID) (entities.ID, bool) {
	if len(g.subjects) != 1 || len(g.ids) != 2 || !loosePlace(m.cands[g.members[0]].c.Class) {
		return "", false
	}
	var subj entities.ID
	for id := range g.subjects {
		subj = id
	}
	if subj.Kind() != entities.Person {
		return "", false // "the Soviet Union agreed", "London talks"
	}
	for id := range g.ids {
		if id == subj {
			continue
		}
		for _, i := range g.members {
			if places[i] == id {
				return subj, true
			}
		}
	}
	return "", false
}

// oncePerson returns, when g is of a class in once, the person it befell:
// its one subject, or for a class befalling by the passive, the one
// person its reports, all passive, name first.
func (m *Merger) oncePerson(g *group) (entities.ID, bool) {
	switch once[m.cands[g.members[0]].c.Class] {
	case bySubject:
		if len(g.subjects) != 1 {
			return "", false
		}
		for id := range g.subjects {
			return id, id.Kind() == entities.Person
		}
	case byPassive:
		if len(g.subjects) != 0 || len(g.patients) != 1 {
			return "", false
		}
		for id := range g.patients {
			return id, id.Kind() == entities.Person
		}
	}
	return "", false
}

// befallen returns the one person whom g's reports name as the one their
// happening befell: the first name of a passive ("X was charged"), the
// object of an active verb ("police arrested X"; not for the kinds that
// befall their subject, as "X died" does), the only person an
// event noun names ("the arrest of X"); false when they name none or
// several, or when one of them is a report's subject.
func (m *Merger) befallen(g *group, ids [][]entities.ID) (entities.ID, bool) {
	var who entities.ID
	for _, i := range g.members {
		c := m.cands[i].c
		var p entities.ID
		switch {
		case c.Verb && !c.Subject && len(ids[i]) > 0:
			p = ids[i][0]
		case c.Verb && c.Subject && len(ids[i]) > 1 && once[c.Class] != bySubject:
			p = ids[i][1] // not "X died with Y": a death befalls its subject
		case !c.Verb:
			for _, id := range ids[i] {
				if id.Kind() == entities.Person {
					if p != "" {
						return "", false
					}
					p = id
				}
			}
		}
		if p == "" || p.Kind() != entities.Person {
			continue
		}
		if who != "" && who != p || g.subjects[p] {
			return "", false
		}
		who = p
	}
	return who, who != ""
}

// befell reports whether dated group d befell person id, as oncePerson
// reads an undated group's reports.
func (m *Merger) befell(d *group, id entities.ID) bool {
	if once[m.cands[d.members[0]].c.Class] == bySubject {
		return d.subjects[id]
	}
	return d.ids[id] && !d.subjects[id] // "a gang member killed Jerry Ortiz"
}

// choice is a dated group that an undated one may join: shared is how
// many participants they share, docs how many articles report it, own
// whether the undated report's own article is one of them.
type choice struct {
	group, shared, docs int
	own                 bool
}

// beats reports whether c is a better group to join than b (none when
// b.group < 0): more shared participants, then one its own article
// reports, then the more reported, then the first.
func (c choice) beats(b choice) bool {
	switch {
	case b.group < 0:
		return true
	case c.shared != b.shared:
		return c.shared > b.shared
	case c.own != b.own:
		return c.own
	case c.docs != b.docs:
		return c.docs > b.docs
	}
	return c.group < b.group
}

// smallEvent is the most articles an event may have for every name its
// reports give to count as shared. Articles, not reports: an article that
// tells of its fire six times is one account of it.
const smallEvent = 8

// sharedWith counts the participants (and place) g shares with o, of
// those that o's reports commonly name; if small, of a small event (up to
// smallEvent articles), every name: "Baytown", named by one of the five
// reports of an escape there. Not for talks or agreements, where a
// country one report names in passing ("access to Japan") is not one of
// the parties.
func (g *group) sharedWith(o *group, small bool) int {
	k := 0
	for id := range g.ids {
		// Of a much reported event, only the names a quarter of its
		// reports give count: "Tokyo", which three of 130 reports of the
		// IMF meetings in Washington name, does not draw every undated
		// meeting in Tokyo to them.
		if o.ids[id] && (o.named[id]*4 >= len(o.members) || small && o.docs <= smallEvent) {
			k++
		}
	}
	return k
}

// reportedBy reports whether an article of docs reports a member of g.
func (m *Merger) reportedBy(g *group, docs map[int]bool) bool {
	for _, i := range g.members {
		if docs[m.cands[i].doc] {
			return true
		}
	}
	return false
}

// joinsClass returns, for an undated report's class, the other class of
// dated events it may join when no dated event of its own class fits:
// "the U.S. attacked a Syrian air base", undated in a later article, is
// the missile strike that others date (the same participants and article
// dates still decide). Dated reports of the two classes stay apart: a
// chemical attack and the strike that answered it are two events of one
// week.
func joinsClass(class string) string {
	switch class {
	case "attack":
		return "strike"
	case "strike":
		return "attack"
	case "die":
		return "kill" // "X died", the killing of X that others date
	case "kill":
		return "die"
	}
	return ""
}

// lookBack is how long before an article's date an undated report of it
// may have happened.
const lookBack = 45 * 24 * time.Hour

// famous is the number of articles that make an event one that later
// articles recall without its date for longer, famousLookBack.
const famous = 20

// famousLookBack is how far back an undated report may recall an event
// that famous articles or more tell.
const famousLookBack = 120 * 24 * time.Hour

// compatible decides whether undated group g can join dated group d with
// which it shares k participants: every weekday it names must fit d's
// date, and every article date must hold d's date or follow it closely
// (precede it, for a report of what will happen). An article of unknown
// date gives no bound, so its reports need two shared participants.
func (m *Merger) compatible(g, d *group, k int) bool {
	// The one who died: the dated death of the same person, whenever
	// the articles were written, and however few of its many reports
	// name that person in full.
	subj, once := m.oncePerson(g)
	once = once && m.befell(d, subj)
	if k == 0 && !once {
		return false
	}
	if mv := m.cands[g.members[0]].mover; len(d.movers) > 0 && !d.movers[mv] || len(d.movers) == 0 && mv != "" {
		// What rose: the dated event's reports that say what moved must
		// tell of it (not those that say nothing, such as "the decline"
		// an article links to its own rise).
		return false
	}
	// The one who did it must be there: "Keller met Popa and Dimova" is
	// not the meeting of Popa and Dimova that another report dates.
	if len(g.subjects) > 0 {
		ok := false
		for id := range g.subjects {
			ok = ok || d.ids[id]
		}
		if !ok {
			return false
		}
	}
	// Two shared participants (a place counts), or the only one the
	// reports name when their article's date bounds them.
	need := 2
	if len(g.ids) == 1 && d.date.Days() <= 31 && !m.placeOnly(g) { // not "the Senate voted" of a whole year
		need = 1
	}
	for _, i := range g.members {
		c := m.cands[i].c
		if c.DocDate.IsZero() {
			need = 2
		}
		if c.Class == "say" {
			// A statement joins only its speaker's statement of that day.
			if !c.Subject || c.Weekday == 0 || d.date.Days() != 1 {
				return false
			}
			ok := false
			for id := range g.subjects {
				if d.subjects[id] {
					ok = true
				}
			}
			if !ok {
				return false
			}
			need = 1
		}
		if c.Weekday != 0 && d.date.Days() < 7 {
			ok := false
			for t := d.date.Start; !t.After(d.date.End); t = t.AddDate(0, 0, 1) {
				if isoWeekday(t) == c.Weekday {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
		if !c.DocDate.IsZero() && !once {
			back := lookBack
			if d.docs >= famous {
				back = famousLookBack // "the Paris accord" seven weeks on
			}
			lo, hi := c.DocDate.Start.Add(-back), c.DocDate.End
			if (c.Class == "rise" || c.Class == "fall") && d.date.Days() == 1 {
				// Markets move every day: an undated move is not one
				// that an earlier article dated to its day, unless that
				// day is the article's or the one before (a story
				// written after the close). A month's figures are still
				// reported weeks later.
				lo = c.DocDate.Start.AddDate(0, 0, -1)
			}
			if c.Future {
				lo, hi = c.DocDate.Start, c.DocDate.End.AddDate(1, 0, 0)
			}
			if d.date.End.Before(lo) || d.date.Start.After(hi) {
				return false
			}
		}
	}
	return once || k >= need
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// build makes one event of merged candidates.
func (m *Merger) build(g *group, ids [][]entities.ID, places []entities.ID, idOf func(entities.Handle) entities.ID, nameOf func(entities.ID) string) Event {
	e := Event{Date: g.date, Class: m.groupClass(g), Future: true}
	score := map[entities.ID]int{}
	var order []entities.ID
	trigs := map[string]int{}
	placeCount := map[entities.ID]int{}
	var placeOrder []entities.ID
	bestOf := map[int]int{} // document -> its best member
	count := map[int]int{}
	for _, i := range g.members {
		s := m.cands[i]
		for k, id := range ids[i] {
			if _, ok := score[id]; !ok {
				order = append(order, id)
			}
			score[id] += 2
			if k == 0 && s.c.Subject {
				score[id]++
			}
		}
		if p := places[i]; p != "" {
			if placeCount[p] == 0 {
				placeOrder = append(placeOrder, p)
			}
			placeCount[p]++
		}
		trigs[strings.ToLower(s.c.Trigger)]++
		if !s.c.Future {
			e.Future = false
		}
		count[s.doc]++
		if b, ok := bestOf[s.doc]; !ok || betterSource(s, m.cands[b]) {
			bestOf[s.doc] = i
		}
		e.Mentions = append(e.Mentions, Mention{Document: m.docs[s.doc], Trigger: s.c.TriggerSpan})
		for _, sp := range s.c.Also {
			e.Mentions = append(e.Mentions, Mention{Document: m.docs[s.doc], Trigger: sp})
		}
	}
	slices.SortStableFunc(order, func(a, b entities.ID) int { return cmp.Compare(score[b], score[a]) })
	slices.SortStableFunc(placeOrder, func(a, b entities.ID) int { return cmp.Compare(placeCount[b], placeCount[a]) })
	if len(placeOrder) > 0 {
		e.Place = placeOrder[0]
	}
	e.Entities = order
	if e.Place != "" && score[e.Place] == 0 {
		e.Entities = append(e.Entities, e.Place)
	}
	e.Trigger = mostCommon(trigs)
	var docs []int
	for d := range bestOf {
		docs = append(docs, d)
	}
	sort.Ints(docs)
	for _, d := range docs {
		s := m.cands[bestOf[d]]
		e.Sources = append(e.Sources, Source{
			Document: m.docs[d], Sentence: s.c.SentenceText, Trigger: s.c.Trigger, TriggerOffset: s.c.TriggerOffset,
			TimeText: s.c.TimeText, Offset: s.c.TimeOffset, Date: s.c.Date, Mentions: count[d],
		})
	}
	e.Summary = m.summary(g, e, order, ids, places, idOf, nameOf)
	return e
}

// betterSource reports whether a is better evidence of an event than b,
// both from one document: dated before undated, the finer date, with a
// time expression, then the earlier sentence.
func betterSource(a, b stored) bool {
	if a.c.Dated() != b.c.Dated() {
		return a.c.Dated()
	}
	if a.c.Dated() && a.c.Date.Days() != b.c.Date.Days() {
		return a.c.Date.Days() < b.c.Date.Days()
	}
	if (a.c.TimeText != "") != (b.c.TimeText != "") {
		return a.c.TimeText != ""
	}
	if len(a.participants) != len(b.participants) {
		return len(a.participants) > len(b.participants)
	}
	return a.c.Sentence < b.c.Sentence
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

// unionFind is a disjoint-set forest; the smaller index is the root.
type unionFind struct{ parent []int }

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[max(ra, rb)] = min(ra, rb)
	}
}
