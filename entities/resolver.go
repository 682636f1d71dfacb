package entities

import (
	"cmp"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities/gazetteer"
	"github.com/timelinehq/timeline/entities/ner"
)

// Handle names a corpus entity while documents are still being added; it
// becomes an [ID] when the resolver finishes.
type Handle int

// Resolver merges the local entities of many articles into corpus-wide
// entities. Add the articles in input order; the IDs that Finish assigns
// depend only on the articles and that order. The zero value is not
// ready: use NewResolver.
//
// Two local entities are the same when they are the same place, or have
// the same folded name (whatever their tag: the votes of all mentions
// decide the type). A partial name ("Lavrov", "al-Assad"), an acronym
// ("UN") or the short form of an organization's name ("Security Council")
// joins the single entity whose full name it is part of; when several
// fit, the one that shares the most co-mentioned entities with it wins,
// and none when that does not decide. A state's body that every country
// has ("Finance Ministry") is one entity per country (see AddTitled).
//
// Memory grows with the number of distinct entities, not with the number
// of articles: mentions are folded into counts as they arrive, and each
// entity keeps at most [MaxContext] co-mentioned entities. Every lookup is
// through a keyed index: nothing compares all pairs of articles or of
// entities.
type Resolver struct {
	gz     *gazetteer.Gazetteer
	byKey  map[string]Handle
	nodes  []*node
	parent []Handle // union-find over handles
	docs   int
	names  []string       // document IDs in input order; nodes store positions
	seen   map[string]int // alias -> order of first use, to break ties
	// Indexes of the nodes that a partial name may join.
	bySuffix   map[string][]Handle // person name suffixes ("assad", "al assad")
	byInitials map[string][]Handle // initials of names of several words ("un", "unsc")
	byOrgTail  map[string][]Handle // proper suffixes of organizations' names
	// apartOf lists, for a person's name of one word (its key), the
	// entities an article named it beside ("Reagan and Nancy Reagan").
	apartOf map[string][]Handle
}

// MaxContext is the number of co-mentioned entities an entity keeps as
// its context.
const MaxContext = 64

type node struct {
	kinds     kindCounts
	aliases   map[string]int // surface form -> articles
	roles     map[string]int // nil until the entity has a role
	countries map[string]int // nil until it is tied to a country
	mentions  int
	docs      []int // positions of the documents, in input order
	lastDoc   int   // the last of docs, -1 before the first
	place     string
	lat, lon  float64
	hasCoord  bool
	tokens    []string // folded tokens of the fullest name so far
	context   []Handle // co-mentioned entities, at most MaxContext
	gender    gender   // what its honorifics and given names say, if anything
	titled    gender   // what its honorifics alone say
	definite  bool     // an article wrote it after "the" as a noun of its own
	// short holds the forms an organization's or place's aliases give a
	// short name to match: "acr:gm" for "GM", "name:general motors".
	short []string
	// apart holds the entities it was named beside, which it is not.
	apart []Handle
	// body marks a state's body of a known country ("French Finance
	// Ministry"), which no other name joins.
	body bool
}

// add adds v to (*m)[k], making the map on first use: most entities
// never have a role or a country, and a Go map costs an allocation even
// empty.
func add(m *map[string]int, k string, v int) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[k] += v
}

// NewResolver returns an empty resolver.
func NewResolver() *Resolver {
	return &Resolver{
		gz: gazetteer.Default(), seen: map[string]int{},
		byKey:    map[string]Handle{},
		apartOf:  map[string][]Handle{},
		bySuffix: map[string][]Handle{}, byInitials: map[string][]Handle{}, byOrgTail: map[string][]Handle{},
	}
}

// Add merges the local entities of the article doc and returns the handle
// of each.
func (r *Resolver) Add(doc string, locals []Local) []Handle {
	return r.AddTitled(doc, "", locals)
}

// AddTitled is Add for an article with a title (or headline), whose
// country, if it names one, is that of the state's bodies the article
// names with no country word ("JAPAN MARCH BOND COUPON SEEN UNCHANGED":
// "the Finance Ministry has proposed").
func (r *Resolver) AddTitled(doc, title string, locals []Local) []Handle {
	pos := r.docs
	r.docs++
	r.names = append(r.names, doc)
	hs := make([]Handle, len(locals))
	partial := make([]bool, len(locals))
	// Each name folded once for the three passes below.
	toks := make([][]string, len(locals))
	for i, l := range locals {
		toks[i] = nameTokens(l.Name)
	}
	// "The Finance Ministry said" in a story from Tokyo is Japan's: a
	// state's body with no country word is that of the country the
	// title names, or else of all the article's places.
	if c := cmp.Or(r.titleCountry(title), articleCountry(locals)); c != "" {
		cloned := false
		for i, l := range locals {
			if l.Kind != Organization || l.Country != "" {
				continue
			}
			if _, ok := stateBody(bodyTokens(l.Name), r.gz.CountryCode); ok {
				if !cloned {
					locals, cloned = slices.Clone(locals), true
				}
				locals[i].Country = c
			}
		}
	}
	// Full names first: they give the context that partial names are
	// resolved in.
	for i, l := range locals {
		if r.isPartial(l, toks[i]) {
			partial[i] = true
			continue
		}
		hs[i] = r.handleFor(l, toks[i])
	}
	// "Luis Gerardo (Jerry) Ortiz" is every article's "Jerry Ortiz".
	for i, l := range locals {
		if partial[i] || l.Kind != Person {
			continue
		}
		for _, n := range l.Nicknamed {
			nl := Local{Name: n, Kind: Person, Aliases: []string{n}}
			key := r.resolveKey(nl, nameTokens(n))
			if h, ok := r.byKey[key]; !ok {
				r.byKey[key] = hs[i]
			} else if a, b := r.find(h), r.find(hs[i]); a != b && r.nodes[a].place == "" && r.nodes[a].kinds.majority() == Person && compatible(r.nodes[a].gender, r.nodes[b].gender) {
				r.union(a, b)
			}
		}
	}
	for i, l := range locals {
		if !partial[i] {
			continue
		}
		if h, ok := r.match(l, toks[i], hs, partial); ok && !r.apart(h, l.Apart, hs) {
			hs[i] = h
		} else {
			hs[i] = r.handleFor(l, toks[i])
		}
	}
	for i, l := range locals {
		for _, j := range l.Apart {
			if j >= 0 && j < len(hs) && r.find(hs[j]) != r.find(hs[i]) {
				n := r.nodes[hs[i]]
				n.apart = append(n.apart, hs[j])
				if key := r.resolveKey(l, toks[i]); l.Kind == Person && len(r.apartOf[key]) < MaxContext {
					r.apartOf[key] = append(r.apartOf[key], hs[j])
				}
			}
		}
	}
	for i, l := range locals {
		r.fold(hs[i], l, toks[i], pos)
	}
	// Context: the other entities of the article.
	for i := range locals {
		n := r.nodes[hs[i]]
		for j := range locals {
			if j != i && len(n.context) < MaxContext && hs[j] != hs[i] {
				n.context = append(n.context, hs[j])
			}
		}
	}
	return hs
}

// isPartial reports whether a local entity's name may be part of another
// entity's: a person of one word, an acronym, an organization's name
// whose longer form an earlier article used.
func (r *Resolver) isPartial(l Local, toks []string) bool {
	if l.Place != "" || len(toks) == 0 || r.bodyKey(l) != "" {
		return false
	}
	switch {
	case l.Kind == Person:
		return len(r.bySuffix[strings.Join(toks, " ")]) > 0
	case isAcronymToken(l.Name):
		return len(r.byInitials[initials(l.Name)]) > 0
	case l.Kind == Organization && len(toks) > 1:
		return !ofPlace(toks, r.gz.CountryCode, r.gz.Lookup) && len(r.byOrgTail[strings.Join(toks, " ")]) > 0 || hasAcronym(l.Name) && len(r.byInitials[initials(l.Name)]) > 0
	}
	return false
}

// candidates returns the entities a partial name may belong to.
func (r *Resolver) candidates(name string, kind Kind, toks []string) []Handle {
	var out []Handle
	switch {
	case kind == Person:
		out = r.bySuffix[strings.Join(toks, " ")]
	case isAcronymToken(name):
		out = r.byInitials[initials(name)]
	default:
		if !ofPlace(toks, r.gz.CountryCode, r.gz.Lookup) {
			out = append(out, r.byOrgTail[strings.Join(toks, " ")]...)
		}
		if hasAcronym(name) {
			last := toks[len(toks)-1]
			for _, h := range r.byInitials[initials(name)] {
				if t := r.nodes[h].tokens; len(t) > 0 && t[len(t)-1] == last {
					out = append(out, h)
				}
			}
		}
	}
	return out
}

// match picks the entity a partial name of an article belongs to, given
// the handles of the article's other entities.
func (r *Resolver) match(l Local, toks []string, doc []Handle, skip []bool) (Handle, bool) {
	var ctx []Handle
	for j, h := range doc {
		if !skip[j] {
			ctx = append(ctx, h)
		}
	}
	// A name alone that another article names beside a full name ending
	// with it ("Reagan and Nancy Reagan") is not that person anywhere:
	// "Reagan" is the President, however much Nancy Reagan's articles
	// share with this one.
	_, titled := localGenders(l)
	var apart []Handle
	if l.Kind == Person && titled == unknownGender {
		apart = r.apartOf[r.resolveKey(l, toks)]
	}
	return r.pick(r.candidates(l.Name, l.Kind, toks), ctx, -1, apart, titled, r.pairing(l.Name, l.Kind, toks), isAcronymToken(l.Name), longAcronym(l.Name))
}

// apart reports whether h is the entity of one of the article's locals
// that a partial name is named beside (Local.Apart).
func (r *Resolver) apart(h Handle, apart []int, hs []Handle) bool {
	for _, j := range apart {
		if j >= 0 && j < len(hs) && r.find(hs[j]) == r.find(h) {
			return true
		}
	}
	return false
}

// longAcronym reports whether name is an acronym of four letters or more,
// specific enough to join the one name it abbreviates unpaired.
func longAcronym(name string) bool {
	return isAcronymToken(name) && len(initials(name)) >= 4
}

// pairing returns, for the short name of an organization or place (an
// acronym, "Security Council"), a test of whether an article has already
// paired it with a candidate entity: written both ("General Motors ...
// GM"), so that the entity has it among its aliases. A short name that no
// article pairs with a name, and that no shared context ties to one, stays
// apart, however few names it could abbreviate: "FBI" alone is not "First
// Boston Inc", nor "GM" the "Gulf of Mexico" of another article. People's
// partial names need no pairing (nil): a surname joins the one full name
// that ends with it.
func (r *Resolver) pairing(name string, kind Kind, toks []string) func(Handle) bool {
	if kind == Person {
		return nil
	}
	key := "name:" + strings.Join(toks, " ")
	if isAcronymToken(name) {
		key = "acr:" + initials(name)
	}
	return func(h Handle) bool { return slices.Contains(r.nodes[h].short, key) }
}

// pick chooses among candidate entities of a gender compatible with g:
// the one sharing the most of ctx with its own context, when that is
// unique and more than none; else the only candidate there is, or, when
// paired is not nil, the only one it accepts, or, for an acronym (acr),
// the one it accepts that far more articles name. self and the entities
// of apart are excluded.
func (r *Resolver) pick(cands []Handle, ctx []Handle, self Handle, apart []Handle, g gender, paired func(Handle) bool, acr, long bool) (Handle, bool) {
	roots := map[Handle]bool{}
	var order []Handle
	isPaired := map[Handle]bool{} // roots with a member that paired holds
	for _, c := range cands {
		root := r.find(c)
		if root == self || !compatible(r.nodes[root].gender, g) || slices.ContainsFunc(apart, func(a Handle) bool { return r.find(a) == root }) {
			continue
		}
		if paired != nil && !isPaired[root] && paired(c) {
			isPaired[root] = true
		}
		if !roots[root] {
			roots[root] = true
			order = append(order, root)
		}
	}
	if len(order) == 0 {
		return 0, false
	}
	ctxRoots := map[Handle]bool{}
	for _, h := range ctx {
		ctxRoots[r.find(h)] = true
	}
	// A root holds the context of every node merged into it. For a short
	// name of an organization or place, an entity named in many articles
	// ("United States" in a fifth of Reuters) is no evidence: "GM" and
	// "Gulf of Mexico" both share it.
	hub := max(10, r.docs/50)
	score := map[Handle]int{}
	for _, root := range order {
		for _, c := range r.nodes[root].context {
			if c := r.find(c); ctxRoots[c] && (paired == nil || len(r.nodes[c].docs) <= hub) {
				score[root]++
			}
		}
	}
	if paired != nil {
		// An entity that an article has paired with the short name comes
		// first; context chooses among several. Without a pairing, the
		// context must share two entities, or the name be an acronym of
		// four letters or more with a single expansion ("CIBC").
		var pairs []Handle
		for _, c := range order {
			if isPaired[c] {
				pairs = append(pairs, c)
			}
		}
		switch {
		case len(pairs) == 1:
			return pairs[0], true
		case len(pairs) > 1:
			order = pairs
		case long && len(order) == 1:
			return order[0], true
		}
		best, bestScore, tie := r.best(order, score)
		if bestScore >= 2 || len(pairs) > 1 && bestScore > 0 {
			return best, !tie
		}
		if acr && len(pairs) > 1 && bestScore == 0 {
			// No context, and several entities the acronym was paired
			// with: the one far more articles name ("IBM" beside
			// International Business Machines Corp in 79, a misspelt
			// "International Business Machine Corp" in 5). Not a short
			// name of words: "the National Bank" is many countries'.
			top, second := pairs[0], 0
			for _, c := range pairs[1:] {
				if n := len(r.nodes[c].docs); n > len(r.nodes[top].docs) {
					second = max(second, len(r.nodes[top].docs))
					top = c
				} else {
					second = max(second, n)
				}
			}
			if len(r.nodes[top].docs) >= 5*second {
				return top, true
			}
		}
		return 0, false
	}
	best, bestScore, tie := r.best(order, score)
	if bestScore > 0 && !tie {
		return best, true
	}
	if len(order) == 1 {
		return order[0], true
	}
	return 0, false
}

// best returns the candidate of the highest score, the score, and whether
// another candidate has it too.
func (r *Resolver) best(order []Handle, score map[Handle]int) (Handle, int, bool) {
	best, bestScore, tie := Handle(-1), 0, false
	for _, c := range order {
		switch s := score[c]; {
		case s > bestScore:
			best, bestScore, tie = c, s, false
		case s == bestScore && s > 0:
			tie = true
		}
	}
	return best, bestScore, tie
}

// handleFor returns the entity of a local's key, creating it. A person
// whose honorific gives a gender ("Miss Jenkin") that the entity of the
// key does not have ("Mr Jenkin") has an entity of its own.
func (r *Resolver) handleFor(l Local, toks []string) Handle {
	key := r.resolveKey(l, toks)
	g, titled := localGenders(l)
	if h, ok := r.byKey[key]; ok {
		h = r.find(h)
		// A surname with an honorific ("Mrs Reagan") keeps apart from the
		// articles' bare surname ("Reagan") until the end of the corpus,
		// when each joins the full name that fits it: Nancy Reagan, and
		// the President.
		bare := l.Kind == Person && len(toks) == 1 && g != unknownGender && r.nodes[h].titled == unknownGender
		if n := r.nodes[h]; compatible(n.gender, g) && !bare {
			n.gender, n.titled = both(n.gender, g), both(n.titled, titled)
			return h
		}
		key += "|" + g.String()
		if h, ok := r.byKey[key]; ok {
			return r.find(h)
		}
	}
	if h, ok := r.misspelt(l, toks); ok {
		// "Organiaation of Petroleum Exporting Countries": one letter off
		// a long name already known.
		r.byKey[key] = h
		return h
	}
	h := Handle(len(r.nodes))
	r.nodes = append(r.nodes, &node{aliases: map[string]int{}, gender: g, titled: titled, lastDoc: -1, body: strings.HasPrefix(key, bodyPrefix)})
	r.parent = append(r.parent, h)
	r.byKey[key] = h
	if full, ok := knownAliases[strings.Join(toks, " ")]; ok {
		// "OPEC" alone: the entity is known by its full name, and later
		// partial names and misspellings of it find it there.
		l.Name, toks = full, nameTokens(full)
		r.nodes[h].tokens = toks
	}
	r.index(h, l, toks)
	return h
}

// misspelt returns the organization whose name of three words or more
// differs from a new one's by one letter in one long word, a typing
// error: "Organiaation of Petroleum Exporting Countries".
func (r *Resolver) misspelt(l Local, toks []string) (Handle, bool) {
	if l.Kind != Organization || l.Place != "" || len(toks) < 3 {
		return 0, false
	}
	cands := r.byInitials[initials(l.Name)]
	for k, h := range cands {
		if k == 64 {
			break // a common acronym: too many names to be sure
		}
		t := r.nodes[h].tokens
		if len(t) != len(toks) {
			continue
		}
		diff := -1
		for i := range t {
			if t[i] != toks[i] {
				if diff >= 0 {
					diff = -2
					break
				}
				diff = i
			}
		}
		if diff >= 0 && oneLetterOff(t[diff], toks[diff]) {
			return r.find(h), true
		}
	}
	return 0, false
}

// oneLetterOff reports whether two words of six letters or more differ
// by one letter replaced, added or left out.
func oneLetterOff(a, b string) bool {
	if len(a) < 6 || len(b) < 6 || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	j, k := len(a), len(b)
	for j > i && k > i && a[j-1] == b[k-1] {
		j--
		k--
	}
	return j-i <= 1 && k-i <= 1
}

// index records where a new entity's name may be found by partial names.
func (r *Resolver) index(h Handle, l Local, toks []string) {
	if l.Place != "" || len(toks) < 2 {
		return
	}
	switch l.Kind {
	case Person:
		for i := 1; i < len(toks); i++ {
			k := strings.Join(toks[i:], " ")
			r.bySuffix[k] = append(r.bySuffix[k], h)
		}
	default:
		if a := initials(l.Name); a != "" && !hasAcronym(l.Name) {
			r.byInitials[a] = append(r.byInitials[a], h)
			// "IBM" for International Business Machines Corp.
			for _, b := range initialsBeforeForm(l.Name) {
				if b != "" && b != a {
					r.byInitials[b] = append(r.byInitials[b], h)
				}
			}
		}
		if l.Kind == Organization && r.bodyKey(l) == "" {
			for i := 1; i < len(toks)-1; i++ {
				if toks[i] == "of" || toks[i] == "the" || i >= 2 && toks[i-2] == "of" && toks[i-1] == "the" {
					continue // "Middle East" is no short name of the British Bank of the Middle East
				}
				k := strings.Join(toks[i:], " ")
				r.byOrgTail[k] = append(r.byOrgTail[k], h)
			}
		}
	}
}

// fold adds a local entity's mentions to its entity.
func (r *Resolver) fold(h Handle, l Local, toks []string, doc int) {
	n := r.nodes[h]
	n.kinds.add(l.Kind, len(l.Mentions))
	n.mentions += len(l.Mentions)
	for _, a := range l.Aliases {
		if n.aliases[a] == 0 && l.Place == "" && l.Kind != Person {
			if isAcronymToken(a) {
				k := initials(a)
				n.short = append(n.short, "acr:"+k)
				// "General Motors ... GM": a later "GM" alone finds this
				// entity through its acronym too.
				if a != l.Name && k != "" && !slices.Contains(r.byInitials[k], h) {
					r.byInitials[k] = append(r.byInitials[k], h)
				}
			} else {
				n.short = append(n.short, "name:"+strings.Join(nameTokens(a), " "))
			}
		}
		n.aliases[a]++
		if _, ok := r.seen[a]; !ok {
			r.seen[a] = len(r.seen)
		}
	}
	for _, ro := range l.Roles {
		add(&n.roles, ro, 1)
	}
	if n.lastDoc != doc {
		n.lastDoc = doc
		n.docs = append(n.docs, doc)
	}
	if l.Country != "" {
		add(&n.countries, l.Country, 1)
	}
	n.definite = n.definite || l.Definite
	if g, titled := localGenders(l); compatible(n.gender, g) {
		n.gender, n.titled = both(n.gender, g), both(n.titled, titled)
	}
	if l.Place != "" {
		n.place = l.Place
		n.lat, n.lon, n.hasCoord = l.Lat, l.Lon, l.HasCoord
	}
	if len(toks) > len(n.tokens) {
		n.tokens = toks
	}
}

func (r *Resolver) resolveKey(l Local, toks []string) string {
	if l.Place != "" {
		return "place:" + l.Place
	}
	if k := r.bodyKey(l); k != "" {
		return k // "French Finance Ministry", "U.S. Treasury"
	}
	// "Jardine Matheson (Holdings) Ltd" is Jardine Matheson Holdings
	// Ltd (but "Daiwa (Europe) Ltd" keeps its brackets).
	toks = unbracketed(toks)
	name := strings.Join(toks, " ")
	if a, ok := knownAliases[name]; ok {
		name = a
	}
	// "International Coffee Organisation" and "... Organization" are one
	// body, and "Shearson Lehman Bros Inc" is "Shearson Lehman Brothers
	// Inc": British spellings key as American ones, abbreviations as
	// their words.
	if f := strings.Fields(name); slices.ContainsFunc(f, func(w string) bool { return keySpelling[w] != "" }) {
		for i, w := range f {
			if a := keySpelling[w]; a != "" {
				f[i] = a
			}
		}
		name = strings.Join(f, " ")
	}
	// "USAir Group Inc" and "USAir Group", "Piedmont Aviation Inc" and
	// "Piedmont Aviation": a company's legal form is no part of its key
	// when two words are left ("Chrysler Corp" keeps it, so as not to
	// become every "Chrysler").
	if l.Kind == Organization {
		// "Boeing Company" is Boeing Co: a legal form spelt out keys as
		// its abbreviation.
		f := strings.Fields(name)
		changed := false
		for i := len(f) - 1; i >= 1 && legalForms[f[i]]; i-- {
			if a := legalAbbrev[f[i]]; a != "" {
				f[i], changed = a, true // "National Discount Company Ltd"
			}
		}
		if changed {
			name = strings.Join(f, " ")
		}
		if f := strings.Fields(name); len(f) >= 3 && legalForms[f[len(f)-1]] {
			if short := strings.Join(f[:len(f)-1], " "); len(r.gz.Lookup(short)) == 0 {
				name = short // not "New England" for New England Inc
			}
		}
	}
	if l.Kind == Person && len(toks) == 1 {
		// A lone surname stays apart from an organization or place of
		// the same name until the whole corpus is seen.
		return "person1:" + name
	}
	return "name:" + strings.ReplaceAll(name, " ", "")
}

func (r *Resolver) find(h Handle) Handle {
	for r.parent[h] != h {
		r.parent[h] = r.parent[r.parent[h]]
		h = r.parent[h]
	}
	return h
}

func (r *Resolver) union(a, b Handle) {
	ra, rb := r.find(a), r.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	r.parent[rb] = ra
	na, nb := r.nodes[ra], r.nodes[rb]
	na.gender, na.titled = both(na.gender, nb.gender), both(na.titled, nb.titled)
	for _, c := range nb.context {
		if len(na.context) >= MaxContext {
			break
		}
		na.context = append(na.context, c)
	}
}

// Finish merges what only the whole corpus shows (a surname used alone
// in an article before any article gave the full name) and returns the
// entities, sorted by ID, with a function that maps every handle Add
// returned to its entity's ID; that function is safe for concurrent use.
func (r *Resolver) Finish() ([]Entity, func(Handle) ID) {
	r.joinFirstInitials()
	r.joinMiddleInitials()
	// Partial names left on their own join their full name now, longest
	// first.
	order := make([]Handle, len(r.nodes))
	for i := range order {
		order[i] = Handle(i)
	}
	slices.SortStableFunc(order, func(a, b Handle) int { return len(r.nodes[b].tokens) - len(r.nodes[a].tokens) })
	for _, h := range order {
		n := r.nodes[h]
		if n.place != "" || len(n.tokens) == 0 || n.body {
			continue
		}
		kind := n.kinds.majority()
		name := longestAlias(n.aliases)
		apart := slices.Clip(n.apart) // appending below copies
		if kind == Person && r.nodes[r.find(h)].titled == unknownGender {
			apart = append(apart, r.apartOf[r.resolveKey(Local{Name: name, Kind: kind}, n.tokens)]...)
		}
		if c, ok := r.pick(r.candidates(name, kind, n.tokens), n.context, r.find(h), apart, r.nodes[r.find(h)].titled, r.pairing(name, kind, n.tokens), isAcronymToken(name), longAcronym(name)); ok {
			if kind == Person || r.nodes[c].kinds.majority() != Person {
				r.union(c, h)
			}
		}
	}
	r.joinNotPeople()
	r.joinCompanyNames()
	r.joinKnownAliases()
	r.joinIslands()

	type acc struct {
		node
		first Handle
	}
	roots := map[Handle]*acc{}
	var rootOrder []Handle
	for h := range r.nodes {
		root := r.find(Handle(h))
		a := roots[root]
		if a == nil {
			a = &acc{node: node{aliases: map[string]int{}}, first: Handle(h)}
			roots[root] = a
			rootOrder = append(rootOrder, root)
		}
		n := r.nodes[h]
		for i, v := range n.kinds {
			a.kinds[i] += v
		}
		for k, v := range n.aliases {
			a.aliases[k] += v
		}
		for k, v := range n.roles {
			add(&a.roles, k, v)
		}
		for k, v := range n.countries {
			add(&a.countries, k, v)
		}
		a.mentions += n.mentions
		a.docs = append(a.docs, n.docs...)
		a.body = a.body || n.body
		if n.place != "" && a.place == "" {
			a.place, a.lat, a.lon, a.hasCoord = n.place, n.lat, n.lon, n.hasCoord
		}
	}
	// Each entity is built from its own accumulator, so the entities are
	// built on every CPU, each in its own place; only the IDs, which must
	// differ, are given out in order after. This runs after the last
	// article with nothing beside it, and was most of Finish's time.
	out := make([]Entity, len(rootOrder))
	inParallel(len(rootOrder), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = r.entity(roots[rootOrder[i]].node)
			out[i].ID = MakeID(out[i].Kind, out[i].Name)
		}
	})
	ids := make(map[Handle]ID, len(rootOrder))
	used := make(map[ID]bool, len(rootOrder))
	for i, root := range rootOrder {
		base := out[i].ID
		id := base
		for n := 2; used[id]; n++ {
			id = base + ID("-"+strconv.Itoa(n))
		}
		used[id] = true
		out[i].ID = id
		ids[root] = id
	}
	slices.SortFunc(out, func(a, b Entity) int { return strings.Compare(string(a.ID), string(b.ID)) }) // IDs are unique
	// Every handle's ID, looked up once: the function returned reads
	// only this table, so the steps after resolution may call it from
	// several goroutines at once (find compresses paths as it goes).
	idByHandle := make([]ID, len(r.parent))
	for h := range idByHandle {
		idByHandle[h] = ids[r.find(Handle(h))]
	}
	return out, func(h Handle) ID {
		if h < 0 || int(h) >= len(idByHandle) {
			return ""
		}
		return idByHandle[h]
	}
}

// joinFirstInitials joins a person's name that opens with an initial and
// has at least two words after it to the one name of the corpus that
// spells that initial out before the same words: "W. Mark Felt" is
// "William Mark Felt", unless a "Walter Mark Felt" is named too. The names
// after it ("Mark Felt") then find one person to join.
func (r *Resolver) joinFirstInitials() {
	type names struct {
		initials []Handle // "W. Mark Felt"
		full     []Handle // "William Mark Felt"
	}
	byRest := map[string]*names{}
	for h, n := range r.nodes {
		t := n.tokens
		if n.place != "" || len(t) < 3 || n.kinds.majority() != Person || ner.IsParticle(t[1]) {
			continue
		}
		key := strings.Join(t[1:], " ")
		e := byRest[key]
		if e == nil {
			e = &names{}
			byRest[key] = e
		}
		if utf8.RuneCountInString(t[0]) == 1 {
			e.initials = append(e.initials, Handle(h))
		} else {
			e.full = append(e.full, Handle(h))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(byRest)) {
		e := byRest[k]
		if len(e.initials) == 0 || len(e.full) == 0 {
			continue
		}
		for _, h := range e.initials {
			// One full first name of that initial: "William Mark Felt",
			// not "Walter Mark Felt" as well.
			var full []Handle
			for _, f := range e.full {
				if root := r.find(f); r.nodes[f].tokens[0][0] == r.nodes[h].tokens[0][0] && !slices.Contains(full, root) {
					full = append(full, root)
				}
			}
			if len(full) == 1 && r.find(h) != full[0] && compatible(r.nodes[r.find(h)].gender, r.nodes[full[0]].gender) {
				r.union(full[0], h)
			}
		}
	}
}

// joinMiddleInitials joins a person's name of two words to the same name
// with middle initials when the corpus writes it with one set of initials
// only: "Richard Nixon" is "Richard M. Nixon", "Paul Volcker" is "Paul A.
// Volcker". With two ("George W. Bush", "George H.W. Bush") the name of
// two words stays apart: it could be either. A middle name spelled out is
// the initial it begins with ("Frederick C. LaRue" is "Frederick Cheney
// LaRue"), but a middle name alone is no initial: "John Paul Smith" is
// not "John Smith".
func (r *Resolver) joinMiddleInitials() {
	type names struct {
		bare     []Handle
		variants map[string][]Handle // middle initials -> names with them
		initials bool                // some variant writes them as initials
	}
	byEnds := map[string]*names{}
	for h, n := range r.nodes {
		t := n.tokens
		if n.place != "" || len(t) < 2 || n.kinds.majority() != Person {
			continue
		}
		middle := t[1 : len(t)-1]
		spelled := false
		if len(t) == 3 && len(middle[0]) > 3 {
			// One middle name, by its initial: "Frederick Cheney LaRue"
			// is "Frederick C. LaRue"; not a particle ("Abdullah bin
			// Abdul Aziz") nor the half of a hyphenated name ("Wang
			// Chao-Ming").
			if ner.IsParticle(middle[0]) || hyphenated(n.aliases) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(middle[0])
			middle, spelled = []string{string(r)}, true
		}
		for _, w := range middle {
			if len(w) > 3 {
				middle = nil // "Abdul Aziz Ibn Salman": names, not initials
				break
			}
		}
		if len(t) > 2 && middle == nil {
			continue
		}
		key := t[0] + " " + t[len(t)-1]
		e := byEnds[key]
		if e == nil {
			e = &names{variants: map[string][]Handle{}}
			byEnds[key] = e
		}
		if len(t) == 2 {
			e.bare = append(e.bare, Handle(h))
			continue
		}
		ini := strings.Join(middle, " ")
		e.variants[ini] = append(e.variants[ini], Handle(h))
		e.initials = e.initials || !spelled
	}
	for _, k := range slices.Sorted(maps.Keys(byEnds)) {
		e := byEnds[k]
		if len(e.variants) != 1 {
			continue
		}
		bare := e.bare
		if !e.initials {
			bare = nil // a middle name is no initial: "John Paul Smith" is not "John Smith"
		}
		for _, hs := range e.variants {
			for _, h := range append(bare, hs...) {
				if r.find(h) != r.find(hs[0]) && compatible(r.nodes[r.find(h)].gender, r.nodes[r.find(hs[0])].gender) {
					r.union(hs[0], h)
				}
			}
		}
	}
}

// hyphenated reports whether a surface form of an entity has a hyphen.
func hyphenated(aliases map[string]int) bool {
	for a := range aliases {
		if strings.ContainsAny(a, "-‐–") {
			return true
		}
	}
	return false
}

// entity builds the entity, without its ID, of a root's accumulated
// node a. It only reads r, and sorts a's documents in place.
func (r *Resolver) entity(a node) Entity {
	sort.Ints(a.docs)
	docs := make([]string, 0, len(a.docs))
	for i, d := range a.docs {
		if i == 0 || d != a.docs[i-1] {
			docs = append(docs, r.names[d])
		}
	}
	e := Entity{Kind: a.kinds.majority(), Mentions: a.mentions, Documents: docs, Country: topKey(a.countries)}
	if a.place == "" && e.Kind == Location && a.kinds.of(Organization) == a.kinds.of(Location) {
		e.Kind = Organization // a "place" no gazetteer knows, tagged both ways
	}
	if a.place != "" {
		e.Kind = Location
		e.Lat, e.Lon, e.HasCoord = a.lat, a.lon, a.hasCoord
	} else if e.Kind != Organization {
		// "Nissan Motor Ltd": a company, however its short name was tagged.
		for al := range a.aliases {
			if company(nameTokens(al)) {
				e.Kind = Organization
				break
			}
		}
	}
	e.Aliases = sortedKeys(a.aliases)
	e.Roles = foldedKeys(a.roles)
	e.Name = r.canonicalName(a.aliases, a.place, e.Kind)
	if a.body && e.Country != "" {
		e.Name = r.countryQualified(e.Name, e.Country)
	}
	return e
}

// inParallel calls work over [0, n) cut into one range per CPU, at once,
// and returns when all are done. Work must write only to its own range's
// elements. A panic in work is passed on to the caller.
func inParallel(n int, work func(lo, hi int)) {
	parts := min(runtime.GOMAXPROCS(0), n/1024+1) // small jobs stay on one goroutine
	panics := make([]any, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { panics[p] = recover() }()
			work(p*n/parts, (p+1)*n/parts)
		}()
	}
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
}

// joinNotPeople joins a "person" of one word to the organization or
// place of the same name when the corpus calls that name so more often
// than it calls it a person, and nothing makes it a person: no role, no
// honorific, no full name of a person ending with it. A name that the
// gazetteer knows as a place's keeps its people apart ("Jordan",
// "Washington", "Chad" are people's names as well): the tagger saw the
// place's name and still took it for a person's. Such a "person", or an
// organization of one word, also joins the single company named by that
// word and words that only say what kind of company it is ("Chrysler"
// and Chrysler Corp), unless an article wrote it after "the" ("the
// House").
func (r *Resolver) joinNotPeople() {
	// Companies by the word their name starts with, when the rest only
	// says what kind of company it is: "chrysler" -> Chrysler Corp.
	// Else by its last word before such words, when that word is neither
	// a place nor a word many names share, and an article names both:
	// "Kodak" after "Eastman Kodak Co" (not "Dodge" for F.W. Dodge
	// Division, in an article that does not name Phelps Dodge Corp).
	companies, byLast := map[string][]Handle{}, map[string][]Handle{}
	docsOf := map[Handle][]int{}
	for h, n := range r.nodes {
		if len(n.tokens) < 2 || n.place != "" || n.kinds.majority() != Organization {
			continue
		}
		root := r.find(Handle(h))
		if corporate(n.tokens[1:]) && !slices.Contains(companies[n.tokens[0]], root) {
			companies[n.tokens[0]] = append(companies[n.tokens[0]], root)
		}
		if last := lastDistinctive(n.tokens); last > 0 && !sharedNameWords[n.tokens[last]] && len(r.gz.Lookup(n.tokens[last])) == 0 {
			if !slices.Contains(byLast[n.tokens[last]], root) {
				byLast[n.tokens[last]] = append(byLast[n.tokens[last]], root)
			}
			docsOf[root] = append(docsOf[root], n.docs...)
		}
	}
	// Articles that name each company (its root's nodes), for unitOf.
	docCount := map[Handle]int{}
	for h, n := range r.nodes {
		docCount[r.find(Handle(h))] += len(n.docs)
	}
	// unitOf reports whether the one company c named by a word and
	// corporate words is not what the word alone names, because articles
	// name the word far more often: the word in five articles or more,
	// five times as many as name the company. "Citicorp" of 66 articles
	// is not Citicorp International Ltd, its unit in London named in
	// one, nor "Prudential" of Prudential-Bache's 20 stories the
	// Prudential Corp PLC of 3; "Wendy's" is Wendy's International Inc,
	// named in most of the articles that write "Wendy's".
	unitOf := func(c Handle, docs []int) bool {
		return len(docs) >= 5 && len(docs) >= 5*docCount[c]
	}
	// named returns the one company a single word names, if any.
	named := func(word string, docs []int) Handle {
		if cs := companies[word]; len(cs) == 1 {
			if c := r.find(cs[0]); !unitOf(c, docs) {
				return c
			}
			return -1
		}
		if _, ok := companies[word]; ok {
			return -1
		}
		if cs := byLast[word]; len(cs) == 1 && slices.ContainsFunc(docs, func(d int) bool { return slices.Contains(docsOf[cs[0]], d) }) {
			return r.find(cs[0])
		}
		return -1
	}
	for h, n := range r.nodes {
		if r.find(Handle(h)) != Handle(h) || len(n.tokens) != 1 || n.place != "" {
			continue
		}
		head := n.tokens[0]
		company := Handle(-1)
		// "the House", "the Treasury": an institution, not House Group Inc.
		if c := named(head, n.docs); c >= 0 && c != Handle(h) && !n.definite {
			company = c
		}
		switch n.kinds.majority() {
		case Organization:
			// "Chrysler" alone is the one company named Chrysler Corp;
			// not a state or a country standing for its government or
			// people ("Texas regulators", "Texas banks" are no Texas
			// International Co).
			if company >= 0 && !r.regionOrCountry(head) {
				r.union(company, Handle(h))
			}
			continue
		case Person:
		default:
			continue
		}
		if len(n.roles) > 0 || n.titled != unknownGender || len(r.bySuffix[head]) > 0 {
			continue
		}
		if titledAlias(n.aliases) || len(r.gz.Lookup(head)) > 0 {
			continue
		}
		if o, ok := r.byKey["name:"+head]; ok {
			o = r.find(o)
			k := r.nodes[o].kinds.majority()
			if o != Handle(h) && k != Person && r.nodes[o].kinds.of(k) > n.kinds.of(Person) {
				r.union(o, Handle(h))
				continue
			}
		}
		// "Chrysler" tagged a person, with no sign of one, and a single
		// company named Chrysler Corp: the company, whose mentions count
		// as the company's.
		if company >= 0 {
			n.kinds.add(Organization, n.kinds.of(Person))
			n.kinds.add(Person, -n.kinds.of(Person))
			r.union(company, Handle(h))
		}
	}
}

// regionOrCountry reports whether the gazetteer knows a folded word as
// the name of a country or of a large first-level region (whose largest
// city has half a million people: Texas, not Afghanistan's Farah
// province, also a company's name).
func (r *Resolver) regionOrCountry(word string) bool {
	if r.gz.CountryCode(word) != "" {
		return true
	}
	for _, p := range r.gz.Lookup(word) {
		if p.Kind == gazetteer.Region && p.Population >= 500000 || p.Kind == gazetteer.Country {
			return true
		}
	}
	return false
}

// joinIslands joins a place the gazetteer does not know, named for a town
// it does know by an island's or a city's name ("Qeshm Island", "Island
// of Qeshm", "Qeshm City"), to the place named for that town alone, when
// the corpus has one such town: the earthquake that struck Qeshm struck
// Qeshm Island. A country or a region is never such a town ("Kuwait
// City", "Quebec City").
func (r *Resolver) joinIslands() {
	towns := map[string][]Handle{}
	for h, n := range r.nodes {
		if p, ok := r.gz.Place(n.place); ok && p.Kind == gazetteer.City && len(n.tokens) > 0 && r.find(Handle(h)) == Handle(h) {
			k := strings.Join(n.tokens, " ")
			towns[k] = append(towns[k], Handle(h))
		}
	}
	for h, n := range r.nodes {
		if n.place != "" || n.kinds.majority() != Location || len(n.tokens) < 2 {
			continue
		}
		t := n.tokens
		var base string
		switch {
		case t[len(t)-1] == "island" || t[len(t)-1] == "city":
			base = strings.Join(t[:len(t)-1], " ")
		case len(t) > 2 && t[0] == "island" && t[1] == "of":
			base = strings.Join(t[2:], " ")
		default:
			continue
		}
		if ts := towns[base]; len(ts) == 1 && r.find(ts[0]) != r.find(Handle(h)) {
			r.union(ts[0], Handle(h))
		}
	}
}

// joinKnownAliases joins an organization one of whose names is a known
// alias (knownAliases) to the entity that holds that alias's key: "Federal
// Reserve Board", which partial matching joined to "U.S. Federal Reserve
// Board", is the Federal Reserve that "Fed" named; so is "U.S. Federal
// Reserve Board" itself (a place before a known alias).
func (r *Resolver) joinKnownAliases() {
	for h, n := range r.nodes {
		if n.place != "" || n.kinds.majority() != Organization {
			continue
		}
		for _, a := range slices.Sorted(maps.Keys(n.aliases)) {
			toks := nameTokens(a)
			if len(toks) > 2 && len(r.gz.Lookup(toks[0])) > 0 {
				toks = toks[1:] // "U.S. Federal Reserve Board"
			}
			if _, ok := knownAliases[strings.Join(toks, " ")]; !ok {
				continue
			}
			o, ok := r.byKey[r.resolveKey(Local{Kind: Organization}, toks)]
			if ok && r.find(o) != r.find(Handle(h)) && r.nodes[r.find(o)].kinds.majority() == Organization {
				r.union(o, Handle(h))
			}
		}
	}
}

// keySpelling maps the British spellings of words common in the names of
// organizations to the American ones, and their abbreviations to the
// words, for keys only.
var keySpelling = map[string]string{
	"organisation": "organization", "organisations": "organizations", "labour": "labor", "defence": "defense",
	"centre": "center", "programme": "program", "harbour": "harbor", "theatre": "theater",
	"nationalisation": "nationalization", "privatisation": "privatization",
	"bros": "brothers", "intl": "international", "natl": "national", "mfg": "manufacturing", "assn": "association", "dept": "department",
	"mt": "mount", "ft": "fort",
}

// legalAbbrev abbreviates the legal forms that names also spell out.
var legalAbbrev = map[string]string{"company": "co", "corporation": "corp", "incorporated": "inc", "limited": "ltd"}

// lastDistinctive returns the index of the last of a company's name
// tokens that is not a corporate word, when a legal form ends the name
// ("eastman kodak co": 1), else -1.
func lastDistinctive(toks []string) int {
	if len(toks) < 3 || !legalForms[toks[len(toks)-1]] {
		return -1
	}
	for i := len(toks) - 1; i >= 0; i-- {
		if !corporateWords[toks[i]] && !legalForms[toks[i]] {
			return i
		}
	}
	return -1
}

// sharedNameWords are words of many companies' names, which alone name
// none of them ("United" is not UtiliCorp United Inc).
var sharedNameWords = set(`jr sr united national general american first new business machines
	brothers industries trust bank banks financial resources products services capital
	securities investment investments partners associates communications energy sons son`)

// generic reports whether a name's folded words are all words that many
// companies' names share ("financial corp", "international inc"): no name
// for one of them. "Bank of America" is one.
func generic(key string) bool {
	for _, w := range strings.Fields(key) {
		if !sharedNameWords[w] && !legalForms[w] && (!corporateWords[w] || w == "and" || w == "of" || w == "america") {
			return false
		}
	}
	return true
}

// corporateWords say what kind of company a name is, not which.
// Besides the legal forms (legalForms), they are these.
var corporateWords = map[string]bool{
	"group": true, "industries": true, "holdings": true, "and": true, "of": true, "america": true,
	"international": true, "systems": true, "enterprises": true,
}

// joinCompanyNames makes a "person" of two words or more that shows no
// sign of one (no role, no honorific) the company whose name is that
// name and words that only say it is a company: "Wells Fargo" of Wells
// Fargo and Co, "Jardine Matheson" of Jardine Matheson Holdings Ltd. An
// organization so named joins the one such company.
func (r *Resolver) joinCompanyNames() {
	stems := map[string][]Handle{}
	size := map[Handle]int{} // mentions of each entity so far
	for h, n := range r.nodes {
		size[r.find(Handle(h))] += n.mentions
	}
	for h, n := range r.nodes {
		if len(n.tokens) < 3 || n.place != "" || n.kinds.majority() != Organization {
			continue
		}
		root := r.find(Handle(h))
		for k := 2; k < len(n.tokens); k++ {
			if rest := unbracketed(n.tokens[k:]); firmWords(rest) && !subsidiary(n.tokens[:k], rest) {
				stem := strings.Join(n.tokens[:k], " ")
				if !slices.Contains(stems[stem], root) {
					stems[stem] = append(stems[stem], root)
				}
				break
			}
		}
		// "at Betty Ford" is the Betty Ford Center: a clinic's or a
		// hospital's name without the word.
		if t := n.tokens; len(t) >= 3 && facilityWords[t[len(t)-1]] {
			stem := "facility:" + strings.Join(t[:len(t)-1], " ")
			if !slices.Contains(stems[stem], root) {
				stems[stem] = append(stems[stem], root)
			}
		}
	}
	// "the Betty Ford Clinic" is the Betty Ford Center: names of a
	// facility that differ in the word for it are the one named far more.
	for _, k := range slices.Sorted(maps.Keys(stems)) {
		fs := stems[k]
		if !strings.HasPrefix(k, "facility:") || len(fs) < 2 {
			continue
		}
		if c, ok := r.dominant(fs, size); ok {
			for _, o := range fs {
				if o = r.find(o); o != c {
					r.union(c, o)
				}
			}
		}
	}
	for h, n := range r.nodes {
		if r.find(Handle(h)) != Handle(h) || len(n.tokens) < 2 || n.place != "" || len(n.roles) > 0 || n.titled != unknownGender {
			continue
		}
		cs := stems[strings.Join(n.tokens, " ")]
		if fs := stems["facility:"+strings.Join(n.tokens, " ")]; n.kinds.majority() == Organization && len(cs) == 0 && len(fs) > 0 {
			// Of several ("Betty Ford Center", "Betty Ford Clinic"),
			// the one named most.
			if c := r.largest(fs, size); c != Handle(h) {
				r.union(c, Handle(h))
			}
			continue
		}
		if len(cs) == 0 {
			continue
		}
		if n.kinds.majority() == Organization {
			// "Cheung Kong" of Cheung Kong (Holdings) Ltd, when that is
			// the one company of the name; not "Software AG" of
			// Software AG Systems Inc, a company's whole name.
			// Of several, one named five times as often as any other:
			// "Shearson Lehman" of Shearson Lehman Brothers Inc (215
			// mentions), not of its Holdings (11) or International (5).
			if c, ok := r.dominant(cs, size); ok && c != Handle(h) && !legalForms[n.tokens[len(n.tokens)-1]] {
				r.union(c, Handle(h))
			}
			continue
		}
		if n.kinds.majority() != Person {
			continue
		}
		// Of several ("Jardine Matheson Holdings Ltd", "Jardine
		// Matheson and Co Ltd"), the one named most.
		c := r.largest(cs, size)
		if c == Handle(h) {
			continue
		}
		if titledAlias(n.aliases) {
			continue
		}
		n.kinds.add(Organization, n.kinds.of(Person))
		n.kinds.add(Person, -n.kinds.of(Person))
		r.union(c, Handle(h))
	}
}

// largest returns the root of cs (not empty) with the most mentions
// (size), the first of those tied.
func (r *Resolver) largest(cs []Handle, size map[Handle]int) Handle {
	best := r.find(cs[0])
	for _, c := range cs[1:] {
		if c = r.find(c); size[c] > size[best] {
			best = c
		}
	}
	return best
}

// dominant returns the root of cs, if there is one, that has five times
// as many mentions (size) as each other's: the one of a single root.
func (r *Resolver) dominant(cs []Handle, size map[Handle]int) (Handle, bool) {
	if len(cs) == 0 {
		return -1, false
	}
	best := r.largest(cs, size)
	for _, c := range cs {
		if c = r.find(c); c != best && size[best] < 5*size[c] {
			return -1, false
		}
	}
	return best, true
}

// facilityWords end the names of places an organization runs, which
// articles also call by the rest of the name.
var facilityWords = map[string]bool{"center": true, "centre": true, "clinic": true, "hospital": true}

// bankWords end the whole name of a bank.
var bankWords = map[string]bool{"bank": true, "banks": true, "trust": true}

// subsidiary reports whether a company's name, cut into stem and rest,
// is a bank's whole name (stem) and the words of another company of its
// group (rest): Chemical Bank International Ltd is Chemical Bank's
// subsidiary in London, not the bank. A name without such a word
// ("American Medical" of American Medical International Inc), or whose
// rest is its legal form only ("Mellon Bank Corp"), is no subsidiary's.
func subsidiary(stem, rest []string) bool {
	if !bankWords[stem[len(stem)-1]] {
		return false
	}
	for _, t := range rest {
		if corporateWords[t] && t != "and" && t != "of" {
			return true
		}
	}
	return false
}

// unbracketed returns toks without the brackets around a word that says
// what kind of company a name is ("(holdings)"); toks itself if there are
// none.
func unbracketed(toks []string) []string {
	cloned := false
	for i, t := range toks {
		if len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')' && corporateWords[t[1:len(t)-1]] {
			if !cloned {
				toks, cloned = slices.Clone(toks), true
			}
			toks[i] = t[1 : len(t)-1]
		}
	}
	return toks
}

// titledAlias reports whether one of an entity's names opens with an
// honorific ("Mr. Chrysler"): a sign of a person.
func titledAlias(aliases map[string]int) bool {
	for a := range aliases {
		if f := strings.Fields(a); len(f) > 1 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
			return true
		}
	}
	return false
}

// firmWords reports whether folded name tokens only say that a name is a
// company's: corporate words, ending with a legal form ("holdings ltd",
// "and sons inc").
func firmWords(toks []string) bool {
	for _, t := range toks {
		if !corporateWords[t] && !legalForms[t] && t != "sons" && t != "son" && t != "brothers" {
			return false
		}
	}
	return legalForms[toks[len(toks)-1]]
}

// corporate reports whether folded name tokens only say what kind of
// company a name is ("corp", "co inc", "international corp").
func corporate(toks []string) bool {
	for _, t := range toks {
		if !corporateWords[t] && !legalForms[t] {
			return false
		}
	}
	return len(toks) > 0 && toks[len(toks)-1] != "and" && toks[len(toks)-1] != "of"
}

// tail reports whether the name a ends another of names with more words.
func tail(a string, names []string) bool {
	for _, b := range names {
		if len(b) > len(a) && strings.HasSuffix(b, a) && b[len(b)-len(a)-1] == ' ' {
			return true
		}
	}
	return false
}

// localGenders returns the gender that a local entity's honorifics and
// given names give, and the one its honorifics alone give; each is
// unknownGender when what it reads disagrees. A partial name is matched on
// its honorifics alone: "Boone Isaacs" ends "Cheryl Boone Isaacs", and
// "Boone" is no given name there.
func localGenders(l Local) (all, titled gender) {
	if l.Kind != Person {
		return unknownGender, unknownGender
	}
	allOK, titledOK := true, true
	for _, a := range l.Aliases {
		f := strings.Fields(a)
		if len(f) == 0 {
			continue
		}
		h := honorificGender(f[0])
		if h != unknownGender {
			titledOK = titledOK && compatible(titled, h)
			titled = both(titled, h)
		}
		g := h
		if g == unknownGender && len(f) > 1 && !tail(a, l.Aliases) { // "Boone Isaacs" of "Cheryl Boone Isaacs" opens with no given name
			g = givenNameGender(f[0])
		}
		if g != unknownGender {
			allOK = allOK && compatible(all, g)
			all = both(all, g)
		}
	}
	if !allOK {
		all = unknownGender
	}
	if !titledOK {
		titled = unknownGender
	}
	return all, titled
}

// canonicalName is the fullest well-formed alias, the most used among
// equals, the first used among those; a country is named by its common name ("Russia", "United
// States"), a city or region by its gazetteer name when an alias is
// that name. An organization's fullest name gives way to the fullest
// name of several words that two articles or more use when only one
// article wrote it; any fullest name gives way to a name of two words or
// more that it ends with and more articles use ("General Motors", not
// "U.S. Carmaker General Motors"; "Kiichi Miyazawa", not "Minsiter Kiichi
// Miyazawa").
func (r *Resolver) canonicalName(counts map[string]int, place string, kind Kind) string {
	if p, ok := r.gz.Place(place); ok {
		if p.Kind == gazetteer.Country {
			return p.Name
		}
		abbreviated := true
		for a := range counts {
			if gazetteer.Fold(a) == gazetteer.Fold(p.Name) {
				return p.Name
			}
			if _, ok := r.gz.Abbreviation(a); !ok {
				abbreviated = false
			}
		}
		if abbreviated {
			return p.Name // "Wash." alone is Washington
		}
	}
	// Forms that fold to the same words count together: "Janney
	// Montgomery Scott Inc" and "... Inc." outweigh the one misspelt
	// "Janney Montgomey Scott Inc".
	keyOf := make(map[string]string, len(counts))
	folded := make(map[string]int, len(counts))
	for a, n := range counts {
		k := strings.Join(nameTokens(a), " ")
		keyOf[a] = k
		folded[k] += n
	}
	written := func(a string) int { return folded[keyOf[a]] }
	best, nb := "", 0 // nb is nameWeight(best), kept rather than recomputed
	for _, a := range sortedKeys(counts) {
		na := nameWeight(a)
		switch {
		case best == "", na > nb, na == nb && written(a) > written(best),
			na == nb && written(a) == written(best) && counts[a] > counts[best],
			na == nb && written(a) == written(best) && counts[a] == counts[best] && r.seen[a] < r.seen[best]:
			best, nb = a, na
		}
	}
	// An organization's fullest name written by one article ("Gulf
	// Co-operation Council", "U.S. Air Group Inc") gives way to the
	// fullest name of two words or more that several articles use ("Gulf
	// Cooperation Council"), not to an acronym ("OMB" for "Office of
	// Management and Budget").
	if counts[best] == 1 && kind != Person {
		alt, na := "", 0
		for _, a := range sortedKeys(counts) {
			if w := nameWeight(a); counts[a] >= 2 && w >= 8 && !generic(keyOf[a]) && (alt == "" || w > na || w == na && counts[a] > counts[alt]) {
				alt, na = a, w
			}
		}
		if alt != "" {
			best = alt
		}
	}
	// A fullest name may hold words that are not the name ("U.S.
	// Carmaker General Motors", "12-nation European Community", a
	// misspelt title in "Minsiter Kiichi Miyazawa"): the name of two
	// words or more it ends with wins when more articles use it.
	full := keyOf[best]
	tail := best
	for _, a := range sortedKeys(counts) {
		t := keyOf[a]
		if strings.Contains(t, " ") && t != full && strings.HasSuffix(full, " "+t) && counts[a] > counts[tail] && !generic(t) {
			tail = a
		}
	}
	return tail
}

func longestAlias(m map[string]int) string {
	best, nb := "", 0 // nb is nameWeight(best)
	for _, a := range sortedKeys(m) {
		if na := nameWeight(a); na > nb || best == "" {
			best, nb = a, na
		}
	}
	return best
}

func topKey(m map[string]int) string {
	best := ""
	for _, k := range sortedKeys(m) {
		if best == "" || m[k] > m[best] {
			best = k
		}
	}
	return best
}

// foldedKeys returns the keys of m that differ other than in case, each
// in its most frequent form ("Finance Minister" 3 times, "finance
// minister" once: "Finance Minister"), the most used first (all forms
// counted), then in alphabetical order.
func foldedKeys(m map[string]int) []string {
	best := map[string]string{} // lower case -> form
	total := map[string]int{}   // lower case -> uses of all its forms
	for k, n := range m {
		lk := strings.ToLower(k)
		total[lk] += n
		if b, ok := best[lk]; !ok || n > m[b] || n == m[b] && k < b {
			best[lk] = k
		}
	}
	out := make([]string, 0, len(best))
	for _, k := range best {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		if d := total[strings.ToLower(b)] - total[strings.ToLower(a)]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return out
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
