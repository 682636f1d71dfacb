package entities

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/timelinehq/timeline/entities/gazetteer"
)

// Local is an entity of one article: the mentions that name the same
// thing, grouped.
type Local struct {
	Name     string // the fullest name the article uses
	Kind     Kind
	Aliases  []string // distinct surface forms, in order of first use
	Roles    []string // distinct roles, in order of first use
	Mentions []int    // indexes into the article's mentions
	// Country is the ISO 3166-1 alpha-2 code of the country a place is or
	// lies in, or that a person's role or an organization's name ties it
	// to ("Russian President", "Russian Foreign Ministry").
	Country  string
	Place    string // gazetteer ID of a place ("country/RU", "city/524901"), "" if unknown
	Lat, Lon float64
	HasCoord bool
	// Definite reports that the article writes the name after "the", as a
	// noun of its own ("the House voted", "the Treasury said"): an
	// institution or a thing, not a company called by its first word.
	Definite bool
	// Apart lists the article's other local entities that this one, a
	// person's name of one word, is named beside ("Reagan and Nancy
	// Reagan"), and so is not, however well its name fits theirs.
	Apart []int
	// Nicknamed lists the names that a person goes by that the article
	// writes only around a nickname: "Jerry Ortiz" for "Luis Gerardo
	// (Jerry) Ortiz". Other articles' "Jerry Ortiz" is that person.
	Nicknamed []string
}

// Group joins the mentions of one article that name the same entity: an
// exact repeat whatever its tag, a country's other names ("US", "U.S.",
// "United States"), a surname or first name of a full name used in the
// article ("Putin", "Vladimir Putin"), an acronym and its expansion
// ("UN", "United Nations"), the short form of an organization's name
// ("Security Council", "UN Security Council"). Places are looked up in the
// gazetteer, each ambiguous name in the light of the other places of the
// article. It returns the local entities in order of first mention and,
// for each mention, the index of its entity.
func Group(ms []Mention) ([]Local, []int) {
	return NewGrouper().Group(ms)
}

// Grouper groups mentions as [Group] does, and remembers from one article
// to the next what the gazetteer said of each name: the same places and
// organizations come back article after article, and looking a name up
// (folding it, trying it as a country's name) was most of Group's time on
// Reuters-21578. What it remembers never changes a result. It holds at
// most maxRemembered names of each kind, and copies of them, not the
// articles' text. A Grouper is not safe for concurrent use: give each
// goroutine its own.
type Grouper struct {
	gz     *gazetteer.Gazetteer
	codes  map[string]string            // name -> gz.CountryCode(name)
	places map[string][]gazetteer.Place // name -> gz.Lookup(name); read only
}

// maxRemembered bounds each of a Grouper's memories; it starts again
// empty when full. Tens of thousands of names cover the places and
// organizations that recur in a news corpus.
const maxRemembered = 1 << 15

// NewGrouper returns a Grouper over the embedded gazetteer, with nothing
// remembered yet.
func NewGrouper() *Grouper {
	return &Grouper{gz: gazetteer.Default(), codes: map[string]string{}, places: map[string][]gazetteer.Place{}}
}

// Group is [Group], with what the Grouper remembers.
func (g *Grouper) Group(ms []Mention) ([]Local, []int) {
	return group(ms, g)
}

// countryCode is g.gz.CountryCode(name), remembered.
func (g *Grouper) countryCode(name string) string {
	return remember(g.codes, name, g.gz.CountryCode)
}

// lookup is g.gz.Lookup(name), remembered: the caller must not change
// the slice.
func (g *Grouper) lookup(name string) []gazetteer.Place {
	return remember(g.places, name, g.gz.Lookup)
}

// remember returns f(key), calling f only for a key not in memo yet. The
// key is copied: a name is a piece of its article's text, which would
// otherwise stay in memory.
func remember[V any](memo map[string]V, key string, f func(string) V) V {
	v, ok := memo[key]
	if !ok {
		v = f(key)
		if len(memo) >= maxRemembered {
			clear(memo)
		}
		memo[strings.Clone(key)] = v
	}
	return v
}

func group(ms []Mention, gr *Grouper) ([]Local, []int) {
	n := len(ms)
	toks := make([][]string, n)
	for i, m := range ms {
		toks[i] = nameTokens(m.ResolvedName())
	}
	// The companies the article names by a word and what kind of
	// company it is ("Piedmont Aviation Inc"): that word alone is the
	// company, not the Italian region.
	heads := map[string]bool{}
	for i, m := range ms {
		if m.Kind == Organization && company(toks[i]) {
			heads[toks[i][0]] = true
		}
	}
	// Not when a person of the article bears that name: "Ford" beside
	// Gerald Ford and Ford Motor Co.
	for i, m := range ms {
		if m.Kind == Person && len(toks[i]) >= 2 {
			delete(heads, toks[i][len(toks[i])-1])
		}
	}
	places := resolvePlaces(ms, toks, gr, heads)

	// Mentions with the same key are the same entity.
	uf := make([]int, n)
	for i := range uf {
		uf[i] = i
	}
	find := func(i int) int {
		for uf[i] != i {
			uf[i] = uf[uf[i]]
			i = uf[i]
		}
		return i
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a == b {
			return
		}
		if b < a {
			a, b = b, a
		}
		uf[b] = a
	}
	// A person's honorific gives a gender: "Mr Jenkin" and "Miss Jenkin"
	// are two people, and "Jenkin" alone is the one named last.
	sex := map[int]gender{} // root -> gender
	last := map[int]int{}   // root -> its last mention
	// A given name tells a gender too ("Ronald Reagan", "Mrs Reagan"),
	// but not the first word of a name that ends a longer one of the
	// article ("Boone Isaacs" of "Cheryl Boone Isaacs").
	tails := map[string]bool{}
	for i, m := range ms {
		if m.Kind == Person {
			for k := 1; k < len(toks[i])-1; k++ {
				tails[strings.Join(toks[i][k:], " ")] = true
			}
		}
	}
	// A surname that ends the full names of two people of the article
	// ("John Jenkin", "Katie Jenkin") is, alone, not the one that the
	// article tells apart by an honorific ("Miss Jenkin"): bare and
	// honorific mentions of it keep apart here, and the bare ones join
	// below the person not so named.
	firsts := map[string]map[string]bool{} // surname -> first names
	for i, m := range ms {
		if t := toks[i]; m.Kind == Person && len(t) >= 2 {
			s := t[len(t)-1]
			if firsts[s] == nil {
				firsts[s] = map[string]bool{}
			}
			firsts[s][t[0]] = true
		}
	}
	bare := func(i int) bool {
		return ms[i].Kind == Person && ms[i].Honorific == "" && len(toks[i]) == 1 && len(firsts[toks[i][0]]) >= 2
	}
	byKey := map[string][]int{}
	for i := range ms {
		if len(toks[i]) == 0 {
			continue
		}
		k := localKey(toks[i], places[i])
		if bare(i) {
			k += "|bare"
		}
		g := mentionGender(ms[i], !tails[strings.Join(toks[i], " ")])
		best := -1
		for _, j := range byKey[k] {
			if r := find(j); compatible(sex[r], g) && (best < 0 || last[r] > last[best]) {
				best = r
			}
		}
		if best < 0 {
			byKey[k] = append(byKey[k], i)
			sex[i], last[i] = g, i
		} else {
			union(best, i)
			sex[best], last[best] = both(sex[best], g), i
		}
		// "Luis Gerardo (Jerry) Ortiz" is the article's "Jerry Ortiz",
		// named before or after.
		if n := nicknamed(ms[i]); n != "" {
			nk := localKey(nameTokens(n), gazetteer.Place{})
			r := find(i)
			for _, j := range byKey[nk] {
				if o := find(j); o != r && compatible(sex[o], sex[r]) {
					g := both(sex[o], sex[r])
					union(o, r)
					r = find(r)
					sex[r], last[r] = g, max(last[o], last[i])
				}
			}
			byKey[nk] = append(byKey[nk], i)
		}
	}

	// Groups so far, for the joins that compare names.
	type grp struct {
		root    int
		kinds   kindCounts
		names   [][]string // token lists
		texts   []string
		mems    []int // its mentions
		place   bool
		longest []string
		titled  bool // a mention has an honorific
	}
	groups := map[int]*grp{}
	var roots []int
	for i := range ms {
		if len(toks[i]) == 0 {
			continue
		}
		r := find(i)
		g := groups[r]
		if g == nil {
			g = &grp{root: r}
			groups[r] = g
			roots = append(roots, r)
		}
		g.kinds.add(ms[i].Kind, 1)
		g.names = append(g.names, toks[i])
		g.texts = append(g.texts, ms[i].ResolvedName())
		g.mems = append(g.mems, i)
		g.titled = g.titled || ms[i].Kind == Person && ms[i].Honorific != ""
		if places[i].ID != "" {
			g.place = true
		}
		if len(toks[i]) > len(g.longest) {
			g.longest = toks[i]
		}
	}
	kindOf := func(g *grp) Kind { return g.kinds.majority() }
	titled := map[int]bool{} // root -> a group with an honorific is in it
	for _, r := range roots {
		titled[r] = groups[r].titled
	}
	// joinUnique joins g to the single other group that accepts it; a
	// bare surname shared by two people, to the single one of them that
	// no honorific names.
	joinUnique := func(g *grp, accept func(o *grp) bool) bool {
		var matches []int
		for _, r := range roots {
			o := groups[r]
			if o == g || o.place || find(o.root) == find(g.root) || !compatible(sex[find(o.root)], sex[find(g.root)]) || !accept(o) {
				continue
			}
			if !slices.Contains(matches, find(o.root)) {
				matches = append(matches, find(o.root))
			}
		}
		if len(matches) > 1 && bare(g.mems[0]) {
			matches = slices.DeleteFunc(matches, func(r int) bool { return titled[r] })
		}
		if len(matches) != 1 {
			return false
		}
		a, b := matches[0], find(g.root)
		t := titled[a] || titled[b]
		union(a, b)
		sex[find(a)] = both(sex[a], sex[b])
		titled[find(a)] = t
		return true
	}
	// joinBracketed joins an acronym's group to the name that the acronym
	// follows in brackets and abbreviates: "European Community (EC)".
	joinBracketed := func(g *grp, acr string) bool {
		for _, i := range g.mems {
			if i == 0 {
				continue
			}
			p := ms[i-1]
			if gap := ms[i].Span.Start - p.Span.End; p.Kind != Organization || gap < 1 || gap > 2 || initials(p.ResolvedName()) != acr {
				continue
			}
			if find(i-1) != find(g.root) {
				union(i-1, g.root)
			}
			return true
		}
		return false
	}
	// Longest first, so that "al-Assad" joins "Bashar al-Assad" before
	// "Assad" looks for its full name; a name with an honorific before
	// the same name bare.
	sorted := append([]int(nil), roots...)
	slices.SortStableFunc(sorted, func(a, b int) int {
		if d := len(groups[b].longest) - len(groups[a].longest); d != 0 {
			return d
		}
		switch {
		case groups[a].titled == groups[b].titled:
			return 0
		case groups[a].titled:
			return -1
		}
		return 1
	})
	for _, r := range sorted {
		g := groups[r]
		if g.place {
			continue
		}
		t := g.longest
		acr := acronymOf(g.texts)
		// spells reports whether o, no person, has a name that acr
		// abbreviates ("MTS Acquisition Corp, formed by Martin T.
		// Sosnoff": not the man).
		spells := func(o *grp) bool {
			if acr == "" || kindOf(o) == Person {
				return false
			}
			for i, u := range o.names {
				if b := initialsBeforeForm(o.texts[i]); len(u) > 1 && (initials(o.texts[i]) == acr || b[0] == acr || b[1] == acr) {
					return true
				}
			}
			return false
		}
		// An acronym that another name of the article spells out is
		// that name's: "GM" beside "General Motors" and "GM Overseas
		// Distribution Corporation" is General Motors.
		spelled := false
		for _, r2 := range roots {
			if o := groups[r2]; o != g && spells(o) {
				spelled = true
				break
			}
		}
		if len(t) == 1 && heads[t[0]] && !spelled && !bankWords[t[0]] {
			// "Piedmont" after "Piedmont Aviation Inc": the company; not
			// "the Bank" beside Bank of Tokyo International Ltd and the
			// Bank of Greece.
			joinUnique(g, func(o *grp) bool {
				if kindOf(o) != Organization {
					return false
				}
				for _, u := range o.names {
					// Not a subsidiary named for its country: "IBM" beside
					// "IBM Canada Ltd" is IBM.
					if u[0] == t[0] && company(u) && !(len(u) > 2 && len(gr.countryCode(u[1])) == 2) {
						return true
					}
				}
				return false
			})
		}
		joined := false
		if kindOf(g) == Person || kindOf(g) == Organization && len(t) == 1 && !isAcronymToken(g.texts[0]) {
			// A partial name joins the person whose name ends with it, or
			// whose first name it is.
			joined = joinUnique(g, func(o *grp) bool {
				if kindOf(o) != Person || coordinated(ms, g.mems, o.mems) {
					return false // "Reagan and Nancy Reagan": two people
				}
				for _, u := range o.names {
					if len(u) > len(t) && (hasSuffix(u, t) || len(t) == 1 && u[0] == t[0] && kindOf(g) == Person) {
						return true
					}
				}
				return false
			})
		}
		if kindOf(g) != Person && !joined {
			// An acronym joins its expansion, the one it follows in
			// brackets first ("European Community (EC)" beside the
			// "European Commission"); a short name of an organization
			// joins the longer one it ends ("the Commission", "European
			// Commission"), and a word the one it opens before "of"
			// ("the Bank", "Bank of England").
			if acr != "" && joinBracketed(g, acr) {
				continue
			}
			joinUnique(g, func(o *grp) bool {
				if kindOf(o) == Person {
					return false
				}
				if spells(o) {
					return true
				}
				for _, u := range o.names {
					if len(u) > len(t) && kindOf(g) == Organization && (hasSuffix(u, t) && (len(t) > 1 && !ofPlace(t, gr.countryCode, gr.lookup) || tailWord(u, gr)) || len(t) == 1 && len(u) >= 3 && u[0] == t[0] && u[1] == "of") {
						return true
					}
				}
				return false
			})
		}
	}

	// Gather the locals in order of first mention.
	owner := make([]int, n)
	index := map[int]int{}
	var members [][]int
	for i := range ms {
		r := find(i)
		li, ok := index[r]
		if !ok {
			li = len(members)
			index[r] = li
			members = append(members, nil)
		}
		members[li] = append(members[li], i)
		owner[i] = li
	}
	locals := make([]Local, len(members))
	for li, mem := range members {
		locals[li] = makeLocal(ms, mem, places, gr)
	}
	for li := range locals {
		l := &locals[li]
		if l.Kind != Person || len(nameTokens(l.Name)) != 1 {
			continue
		}
		for lj := range locals {
			if lj != li && locals[lj].Kind == Person && coordinated(ms, members[li], members[lj]) {
				l.Apart = append(l.Apart, lj)
			}
		}
	}
	return locals, owner
}

// coordinated reports whether a mention of a and one of b stand side by
// side in a sentence with three to five characters between them, as " and
// ", " or " and " & " are ("Reagan and Nancy Reagan"): named together, they
// are two. Not two characters: "Robert McFarlane; McFarlane successor John
// Poindexter" names one man twice.
func coordinated(ms []Mention, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			x, y := ms[i], ms[j]
			if x.Sentence != y.Sentence {
				continue
			}
			if y.Span.Start < x.Span.Start {
				x, y = y, x
			}
			if gap := y.Span.Start - x.Span.End; gap >= 3 && gap <= 5 && x.Span.End > 0 {
				return true
			}
		}
	}
	return false
}

// makeLocal builds the local entity of the mentions mem.
func makeLocal(ms []Mention, mem []int, places []gazetteer.Place, gr *Grouper) Local {
	l := Local{Mentions: mem}
	var kinds kindCounts
	seenA, seenR := map[string]bool{}, map[string]bool{}
	var place gazetteer.Place
	for _, i := range mem {
		kinds.add(ms[i].Kind, 1)
		t := ms[i].ResolvedName()
		if h := ms[i].Honorific; h != "" && ms[i].Kind == Person {
			t = h + " " + t // "Mr Putin": the gender it gives keeps "Miss Jenkin" apart from "Mr Jenkin"
		}
		if !seenA[t] {
			seenA[t] = true
			l.Aliases = append(l.Aliases, t)
		}
		if r := ms[i].Role; r != "" && !seenR[r] {
			seenR[r] = true
			l.Roles = append(l.Roles, r)
		}
		if places[i].ID != "" && place.ID == "" {
			place = places[i]
		}
		l.Definite = l.Definite || ms[i].Definite
		if n := nicknamed(ms[i]); n != "" && !slices.Contains(l.Nicknamed, n) {
			l.Nicknamed = append(l.Nicknamed, n)
		}
	}
	l.Kind = kinds.majority()
	l.Name = fullestName(l.Aliases)
	if t := nameTokens(l.Name); company(t) {
		l.Kind = Organization // "Piedmont Aviation Inc", however "Piedmont" alone was tagged
	}
	if l.Kind == Person && notPerson(ms, mem) {
		l.Kind = Location
		if kinds.of(Organization) > kinds.of(Location) {
			l.Kind = Organization
		}
	}
	if place.ID != "" {
		// A place's name names the place, whatever a mention's tag.
		l.Kind, l.Place, l.Country = Location, place.ID, place.Country
		l.Lat, l.Lon, l.HasCoord = place.Lat, place.Lon, place.Lat != 0 || place.Lon != 0
		if place.Kind == gazetteer.Country {
			l.Name = place.Name
		} else {
			for _, a := range l.Aliases {
				if gazetteer.Fold(a) == gazetteer.Fold(place.Name) {
					l.Name = place.Name
				}
			}
		}
		return l
	}
	l.Country = tiedCountry(l, gr)
	if l.Country == "" && l.Kind == Organization {
		l.Country = bodyCountry(l, ms, mem, places, gr)
	}
	return l
}

// bodyCountry returns the country of a state's body that its name or the
// words before it give: "Japan Finance Ministry", "Brazil's Central
// Bank"; or "".
func bodyCountry(l Local, ms []Mention, mem []int, places []gazetteer.Place, gr *Grouper) string {
	toks := bodyTokens(l.Name)
	if _, ok := stateBody(toks, gr.countryCode); !ok {
		return ""
	}
	if c, n := leadingCountry(toks, gr.countryCode); n > 0 && n < len(toks) {
		return c // "Japan Finance Ministry", "West German Finance Ministry"
	}
	for _, i := range mem {
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			p := places[j]
			if ms[j].Sentence == ms[i].Sentence && p.Kind == gazetteer.Country && ms[i].Span.Start-ms[j].Span.End == len("'s ") {
				return p.Country
			}
		}
	}
	return ""
}

// notPerson reports whether a name the tagger took for a person's is no
// person's: a name of one word that the article writes after "the" as a
// noun of its own ("on the Danube", "the Danube reopened"), with no
// honorific or role, not a title ("the Pope") and not a family in the
// plural ("the Clintons").
func notPerson(ms []Mention, mem []int) bool {
	definite := false
	for _, i := range mem {
		m := ms[i]
		toks := nameTokens(m.ResolvedName())
		if len(toks) != 1 || m.Honorific != "" || m.Kind == Person && m.Role != "" ||
			titleWords[toks[0]] || strings.HasSuffix(toks[0], "s") {
			return false
		}
		definite = definite || m.Definite
	}
	return definite
}

// nicknameRE matches a nickname of one word in quotes or brackets inside a
// person's name: ` (Jerry) `, ` 'Kiki' `.
var nicknameRE = regexp.MustCompile(`\s["'‘“(](\p{Lu}[\p{L}-]*)["'’”)]\s`)

// nicknamed returns the name a person's mention written around a nickname
// of one word goes by: "Jerry Ortiz" for "Luis Gerardo (Jerry) Ortiz",
// whose Name is "Luis Gerardo Ortiz"; else "".
func nicknamed(m Mention) string {
	if m.Kind != Person || m.Name == "" || m.Name == m.Text {
		return ""
	}
	sm := nicknameRE.FindStringSubmatch(m.Text)
	f := strings.Fields(m.Name)
	if sm == nil || len(f) < 2 {
		return ""
	}
	return sm[1] + " " + f[len(f)-1]
}

// mentionGender is the gender a person's mention gives: its honorific's
// ("Mrs Reagan"), else, when given is true, that of the given name
// opening a name of two words or more ("Ronald Reagan").
func mentionGender(m Mention, given bool) gender {
	if m.Kind != Person {
		return unknownGender
	}
	if g := honorificGender(m.Honorific); g != unknownGender || !given {
		return g
	}
	if f := strings.Fields(m.ResolvedName()); len(f) > 1 {
		return givenNameGender(f[0])
	}
	return unknownGender
}

// tiedCountry is the country that a person's role ("Russian President",
// "US Secretary of State") or an organization's name ("Russian Foreign
// Ministry") names first, when all that name one agree.
func tiedCountry(l Local, gr *Grouper) string {
	var texts []string
	switch l.Kind {
	case Person:
		texts = l.Roles
	case Organization:
		texts = l.Aliases
	}
	found := ""
	for _, t := range texts {
		f := strings.Fields(t)
		if len(f) < 2 {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(f[0], "'s"), "’s")
		c := gazetteer.Demonym(w)
		if c == "" && isAcronymToken(w) {
			c = gr.countryCode(w)
		}
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// resolvePlaces looks up the places the mentions name: first the names
// that name one place (and countries), which give the context, then the
// ambiguous ones in that context.
func resolvePlaces(ms []Mention, toks [][]string, gr *Grouper, heads map[string]bool) []gazetteer.Place {
	gz := gr.gz
	out := make([]gazetteer.Place, len(ms))
	ctx := gazetteer.Context{Countries: map[string]bool{}, Regions: map[string]bool{}}
	var ambiguous []int
	var countryOrRegion []countryRegion
	within := inRegion(ms, gz)
	countryCode, lookup := gr.countryCode, gr.lookup
	var headMentions []int
	for i, m := range ms {
		if len(toks[i]) == 0 || !mayBePlace(m, toks[i]) {
			continue
		}
		if len(toks[i]) == 1 && heads[toks[i][0]] {
			headMentions = append(headMentions, i)
			continue
		}
		if r, ok := within[i]; ok {
			// "HORSHAM, Pa.": the town in Pennsylvania, or none the
			// gazetteer knows, never Horsham in England.
			for _, p := range lookup(m.ResolvedName()) {
				if p.Kind == gazetteer.City && p.Region == r && acceptPlace(m, p) {
					out[i] = p
					ctx.Countries[p.Country] = true
					ctx.Regions[r] = true
					break
				}
			}
			continue
		}
		if c := countryCode(m.ResolvedName()); c != "" {
			if r := regionAbroad(lookup(m.ResolvedName()), c); r.ID != "" {
				countryOrRegion = append(countryOrRegion, countryRegion{i, c, r})
				continue
			}
			if p, ok := gz.Country(c); ok {
				out[i] = p
				ctx.Countries[c] = true
			}
			continue
		}
		if m.Kind == Person {
			continue
		}
		cands := lookup(m.ResolvedName())
		switch {
		case len(cands) == 0:
		case len(cands) == 1:
			if acceptPlace(m, cands[0]) {
				out[i] = cands[0]
				ctx.Countries[cands[0].Country] = true
				if cands[0].Region != "" {
					ctx.Regions[cands[0].Region] = true
				}
				if cands[0].Kind == gazetteer.Region {
					ctx.Regions[cands[0].ID] = true
				}
			}
		default:
			ambiguous = append(ambiguous, i)
			// "Quebec", city or province, is in Canada either way.
			if c := regionAndCity(cands); c != "" && acceptPlace(m, cands[0]) {
				ctx.Countries[c] = true
			}
		}
	}
	for _, i := range ambiguous {
		if p, ok := gz.Resolve(ms[i].ResolvedName(), ctx); ok && acceptPlace(ms[i], p) {
			out[i] = p
		}
	}
	// "Georgia" is a country and a US state: the state where the article
	// names another place of the US by its region ("Atlanta", "LaFayette,
	// Ga.", "Virginia"), else the country.
	if len(countryOrRegion) > 0 {
		for _, p := range out {
			switch p.Kind {
			case gazetteer.Region:
				ctx.Regions[p.ID] = true
			case gazetteer.City:
				if p.Region != "" {
					ctx.Regions[p.Region] = true
				}
			}
		}
	}
	for _, cr := range countryOrRegion {
		if r := cr.region; ctx.Regions[r.ID] || regionOfCountry(ctx.Regions, r.Country) {
			out[cr.i] = r
			ctx.Countries[r.Country] = true
		} else if p, ok := gz.Country(cr.country); ok {
			out[cr.i] = p
			ctx.Countries[p.Country] = true
		}
	}
	// The first word of a company the article names ("Piedmont" beside
	// Piedmont Aviation Inc) is a place only when it is a country or a
	// place in a country the article speaks of ("Texas" beside Texas Air
	// Corp in a story of Houston); else it is the company.
	for _, i := range headMentions {
		if c := countryCode(ms[i].ResolvedName()); c != "" {
			if p, ok := gz.Country(c); ok {
				out[i] = p
			}
			continue
		}
		if p, ok := gz.Resolve(ms[i].ResolvedName(), ctx); ok && acceptPlace(ms[i], p) && ctx.Countries[p.Country] {
			out[i] = p
		}
	}
	// A name the article uses for a place names that place wherever it is
	// not tagged a person: "Giurgiu" tagged an organization once, a place
	// elsewhere in the article.
	named := map[string]gazetteer.Place{}
	for i, p := range out {
		if p.ID != "" {
			named[strings.Join(toks[i], " ")] = p
		}
	}
	for i, m := range ms {
		if p, ok := named[strings.Join(toks[i], " ")]; ok && out[i].ID == "" && m.Kind != Person && len(toks[i]) > 0 {
			out[i] = p
		}
	}
	return out
}

// countryRegion is a mention (index i) of a name that is both a country
// (its code) and a large region abroad ("Georgia"), decided once the
// article's other places are known.
type countryRegion struct {
	i       int
	country string
	region  gazetteer.Place
}

// regionAndCity returns the country of places when they are a region and
// cities in it ("Quebec", "New York", "Sao Paulo"), or "".
func regionAndCity(places []gazetteer.Place) string {
	region := ""
	for _, p := range places {
		if p.Kind == gazetteer.Region {
			if region != "" {
				return ""
			}
			region = p.ID
		}
	}
	for _, p := range places {
		if p.Kind != gazetteer.Region && p.Region != region {
			return ""
		}
	}
	if region == "" {
		return ""
	}
	return places[0].Country
}

// regionAbroad returns the first-level region among places that lies in
// another country than code, the country of the same name, and whose
// largest city has 100,000 people or more: the US state of "Georgia", not
// the Angolan province of "Zaire". It returns the zero Place when there is
// none.
func regionAbroad(places []gazetteer.Place, code string) gazetteer.Place {
	for _, p := range places {
		if p.Kind == gazetteer.Region && p.Country != code && p.Population >= 100000 {
			return p
		}
	}
	return gazetteer.Place{}
}

// regionOfCountry reports whether regions holds a region of country.
func regionOfCountry(regions map[string]bool, country string) bool {
	prefix := "region/" + country + "."
	for r := range regions {
		if strings.HasPrefix(r, prefix) {
			return true
		}
	}
	return false
}

// inRegion finds the places written just before a region's abbreviation
// ("SAN MATEO, Calif.", "Oshawa, Ont."): it maps the index of each to the
// region's ID. The abbreviation says which region the place lies in, as
// no list of places would.
func inRegion(ms []Mention, gz *gazetteer.Gazetteer) map[int]string {
	var out map[int]string
	for i := 0; i+1 < len(ms); i++ {
		if gap := ms[i+1].Span.Start - ms[i].Span.End; gap < 1 || gap > 2 || ms[i].Kind == Person {
			continue
		}
		if r, ok := gz.Abbreviation(ms[i+1].Text); ok {
			if out == nil {
				out = map[int]string{}
			}
			out[i] = r.ID
		}
	}
	return out
}

// mayBePlace reports whether a mention may be looked up as a place: a
// name tagged as a place or an organization (governments go by their
// country's or capital's name: "Moscow said"), or a country's name of
// several words or in capitals tagged as a person. A one-word person
// ("Jordan", "Chad") stays a person.
func mayBePlace(m Mention, toks []string) bool {
	switch m.Kind {
	case Location, Organization:
		return true
	}
	return len(toks) > 1 || isAcronymToken(m.ResolvedName())
}

// acceptPlace reports whether the place found for a mention fits its tag:
// a place tagged as an organization stands for a government only when it
// is a country or a capital.
func acceptPlace(m Mention, p gazetteer.Place) bool {
	switch m.Kind {
	case Location:
		return true
	case Organization:
		return p.Kind == gazetteer.Country || p.Capital
	}
	return p.Kind == gazetteer.Country
}

// localKey is what two mentions of an article must share to be the same
// entity for sure: the same place, else the same folded name.
func localKey(toks []string, p gazetteer.Place) string {
	if p.ID != "" {
		return "place:" + p.ID
	}
	name := strings.Join(toks, " ")
	if a, ok := knownAliases[name]; ok {
		name = a
	}
	return "name:" + strings.ReplaceAll(name, " ", "")
}

// acronymOf returns the folded acronym that a group's names are written
// as ("U.N." -> "un"), or "".
func acronymOf(texts []string) string {
	for _, t := range texts {
		if f := strings.Fields(t); len(f) == 1 && isAcronymToken(f[0]) {
			return initials(f[0])
		}
	}
	return ""
}

// tailWord reports whether the last word of an organization's name u is
// that organization's name alone ("the Commission" of "European
// Commission"): not a place ("Texas" of "Allied Bank of Texas"), nor a
// word after "of", "and" or "for" ("Employees of Conrail"), nor "House"
// (not the White House, but the House of Representatives), nor a
// company's legal form ("Ltd").
// ofPlace reports whether an organization's folded name says it is of a
// place ("bank of japan", "bank of new york"): a whole name, never the
// end of a longer one's ("Industrial Bank of Japan" is another bank,
// "Federal Reserve Bank of New York" another body). "Board of Trade" may
// still be the Chicago Board of Trade. code and lookup are the
// gazetteer's CountryCode and Lookup.
func ofPlace(toks []string, code func(string) string, lookup func(string) []gazetteer.Place) bool {
	i := len(toks) - 2
	for i >= 1 && toks[i] != "of" {
		i--
	}
	if i < 1 {
		return false
	}
	rest := strings.Join(toks[i+1:], " ")
	return code(rest) != "" || len(lookup(rest)) > 0
}

func tailWord(u []string, gr *Grouper) bool {
	w := u[len(u)-1]
	if prev := u[len(u)-2]; prev == "of" || prev == "and" || prev == "for" {
		return false
	}
	return w != "house" && !legalForms[w] && len(gr.lookup(w)) == 0
}

func hasSuffix(u, t []string) bool {
	if len(t) > len(u) {
		return false
	}
	off := len(u) - len(t)
	for i := range t {
		if u[off+i] != t[i] {
			return false
		}
	}
	return true
}

// nameTokens folds a name for matching: accents and case folded, "the"
// and punctuation dropped, hyphens split, and spelling variants of
// transliteration made equal ("Sergei" and "Sergey").
// possessiveRE matches a possessive "'s" ending a word.
var possessiveRE = regexp.MustCompile(`['’][sS]\b`)

func nameTokens(name string) []string {
	var b strings.Builder
	b.Grow(len(name)) // once, not rune by rune: folding rarely lengthens a name
	quoted := false
	decomposed := name // NFD leaves ASCII as it is
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			decomposed = norm.NFD.String(name)
			break
		}
	}
	if strings.ContainsAny(decomposed, "'’") {
		// "Moody's Investors Service", "Standard and Poor's Corp": the
		// names of "Moody" and "Standard and Poor", which a possessive
		// cut short.
		decomposed = possessiveRE.ReplaceAllString(decomposed, "")
	}
	for _, r := range decomposed {
		switch {
		case r == '"' || r == '“' || r == '”':
			// A nickname in quotes is not part of the name to match:
			// Vincent "The Chin" Gigante.
			quoted = !quoted
			b.WriteByte(' ')
		case quoted:
		case unicode.Is(unicode.Mn, r):
		case r == '.' || r == '\'' || r == '’' || r == ',':
		case r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	fields := strings.Fields(b.String())
	// Generational suffixes are not part of the name to match.
	for len(fields) > 1 && nameSuffixes[fields[len(fields)-1]] {
		fields = fields[:len(fields)-1]
	}
	out := fields[:0]
	for i, f := range fields {
		if len(out) == 0 && i < len(fields)-1 && (f == "the" || honorifics[f]) {
			continue // "the Kremlin", "Mr Putin"
		}
		if len(out) == 0 && i < len(fields)-1 {
			f = formalName(petName(f)) // "Jim Walter Corp" too, which "Jim Walter" names
		}
		out = append(out, translit(f))
	}
	// "Department of Agriculture" is the "Agriculture Department", and
	// "U.S. Department of Agriculture" the "U.S. Agriculture Department".
	for i := 0; i+2 < len(out); i++ {
		if (out[i] == "department" || out[i] == "ministry") && out[i+1] == "of" && out[i+2] != "the" {
			head := out[i]
			copy(out[i:], out[i+2:])
			out[len(out)-2] = head
			out = out[:len(out)-1]
			break
		}
	}
	return out
}

// petName spells a first name ending in a doubled consonant and "ie" with
// "y", as its other spelling: "Bettie" and "Betty" Page, "Jimmie" and
// "Jimmy"; not "Marie".
func petName(t string) string {
	n := len(t)
	if n >= 6 && strings.HasSuffix(t, "ie") && t[n-3] == t[n-4] && !strings.ContainsRune("aeiou", rune(t[n-3])) {
		return t[:n-2] + "y"
	}
	return t
}

var nameSuffixes = set(`jr sr ii iii iv`)

// formalName gives the formal first name of a common English short form
// ("Fred" LaRue is "Frederick" C. LaRue, "Bill" Clinton "William"), and
// any other name as it is. Short forms of more than one name ("Al",
// "Ted", "Chris") or of a man's and a woman's ("Pat", "Sam") are left out.
func formalName(t string) string {
	if f, ok := shortNames[t]; ok {
		return f
	}
	return t
}

var shortNames = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`frederick fred freddy
william bill billy will willy
robert bob bobby rob robby
james jim jimmy
michael mike
thomas tom tommy
joseph joe joey
richard dick rick ricky rich
edward ed eddy eddie ned
anthony tony
david dave
daniel dan danny
benjamin ben
gregory greg
jeffrey jeff
kenneth ken kenny
lawrence larry
matthew matt
nicholas nick
peter pete
ronald ron ronny
timothy tim
walter walt
henry hank
john johnny
andrew andy
charles charlie chuck
elizabeth liz betsy
margaret peggy
susan sue
jennifer jenny
abraham abe
eugene gene
douglas doug
donald don
philip phil
raymond ray
vincent vince
herbert herb
melvin mel
nathan nate
stanley stan
terence terry
victor vic
zachary zach
ernest ernie`, "\n") {
		f := strings.Fields(line)
		for _, short := range f[1:] {
			m[short] = f[0]
		}
	}
	return m
}()

// translit maps common variants of Russian and Arabic transliteration to
// one spelling: "sergei" -> "sergey", "dmitri" -> "dmitry", "yuri" ->
// "yury", "mohamed"/"muhammad" -> "mohammed".
func translit(t string) string {
	switch t {
	case "mohamed", "muhammad", "mohammad", "muhammed", "mohamad":
		return "mohammed"
	}
	switch {
	case strings.HasSuffix(t, "ei") && len(t) > 3:
		return t[:len(t)-2] + "ey"
	case strings.HasSuffix(t, "ii") && len(t) > 3:
		return t[:len(t)-2] + "y"
	case strings.HasSuffix(t, "i") && len(t) > 4 && !strings.ContainsRune("aeiou", rune(t[len(t)-2])):
		return t[:len(t)-1] + "y"
	}
	return t
}

// fullestName picks the canonical name among aliases: the most words,
// then the longest, then the first used; a name in capitals only when
// there is no other.
func fullestName(aliases []string) string {
	if len(aliases) == 1 {
		return aliases[0] // most entities of an article have one name
	}
	best, nb := "", 0 // nb is nameWeight(best), kept rather than recomputed
	for _, a := range aliases {
		switch na := nameWeight(a); {
		case best == "", na > nb, na == nb && len(a) > len(best):
			best, nb = a, na
		}
	}
	return best
}

// nameWeight ranks names for being canonical: more words of the name
// proper first; a name opened by an honorific ("Mr Tillerson") ranks just
// below the same name without it; a name in capitals ("VLADIMIR PUTIN")
// below every other.
func nameWeight(a string) int {
	w := 4 * len(nameTokens(a))
	f := strings.Fields(a)
	if len(f) > 0 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		w -= 2
	}
	if len(f) > 1 && strings.ToUpper(a) == a {
		w -= 100
	}
	return w
}

// kindCounts counts mentions by kind (person, place, organization; others
// are not counted): an array, not a map, in each group of an article and
// each of a corpus's entities.
type kindCounts [3]int

// kindIndex is the place of kind k in kindCounts, -1 for another kind.
func kindIndex(k Kind) int {
	switch k {
	case Person:
		return 0
	case Location:
		return 1
	case Organization:
		return 2
	}
	return -1
}

func (c *kindCounts) add(k Kind, n int) {
	if i := kindIndex(k); i >= 0 {
		c[i] += n
	}
}

// of returns the count of kind k.
func (c *kindCounts) of(k Kind) int {
	if i := kindIndex(k); i >= 0 {
		return c[i]
	}
	return 0
}

// majority is the most mentioned kind, the first of person, place,
// organization on a tie; a person when there is none.
func (c *kindCounts) majority() Kind {
	best, n := Person, -1
	for i, k := range [...]Kind{Person, Location, Organization} {
		if c[i] > n {
			best, n = k, c[i]
		}
	}
	return best
}

// legalForms end the name of a company.
var legalForms = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "ag": true, "sa": true, "nv": true,
	"llc": true, "lp": true, "gmbh": true, "bv": true, "spa": true, "cos": true, "corporation": true,
	"incorporated": true, "limited": true, "company": true,
}

// company reports whether folded name tokens name a company by its legal
// form: "piedmont aviation inc", "chrysler corp".
func company(toks []string) bool {
	return len(toks) >= 2 && legalForms[toks[len(toks)-1]]
}
