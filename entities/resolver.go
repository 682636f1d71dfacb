package entities

import (
	"sort"
	"strconv"
	"strings"

	"github.com/biter777/countries"
)

// Handle names a corpus entity while documents are still being added; it
// becomes an [ID] when the resolver finishes.
type Handle int

// Resolver merges the local entities of many articles into corpus-wide
// entities. Add the articles in input order; the IDs that Finish assigns
// depend only on the articles and that order. The zero value is not
// ready: use NewResolver.
//
// Memory grows with the number of distinct entities, not with the number
// of articles: mentions are folded into counts as they arrive.
type Resolver struct {
	byKey   map[string]Handle
	nodes   []*node
	parent  []Handle // union-find over handles
	docSeen map[Handle]string
	docSeq  map[string]int // document -> position in input order
}

type node struct {
	kinds    map[Kind]int
	aliases  map[string]int // surface form -> mentions
	roles    map[string]int
	mentions int
	docs     []string
	country  string
	tokens   []string // folded tokens of the fullest name so far
}

// NewResolver returns an empty resolver.
func NewResolver() *Resolver {
	return &Resolver{byKey: map[string]Handle{}, docSeen: map[Handle]string{}, docSeq: map[string]int{}}
}

// Add merges the local entities of the article doc and returns the handle
// of each. Two local entities join when they are the same country, or have
// the same kind and the same folded name.
func (r *Resolver) Add(doc string, locals []Local) []Handle {
	if _, ok := r.docSeq[doc]; !ok {
		r.docSeq[doc] = len(r.docSeq)
	}
	hs := make([]Handle, len(locals))
	for i, l := range locals {
		key := resolveKey(l)
		h, ok := r.byKey[key]
		if !ok {
			h = Handle(len(r.nodes))
			r.nodes = append(r.nodes, &node{kinds: map[Kind]int{}, aliases: map[string]int{}, roles: map[string]int{}})
			r.parent = append(r.parent, h)
			r.byKey[key] = h
		}
		n := r.nodes[h]
		n.kinds[l.Kind] += len(l.Mentions)
		n.mentions += len(l.Mentions)
		for _, a := range l.Aliases {
			n.aliases[a]++
		}
		for _, ro := range l.Roles {
			n.roles[ro]++
		}
		if r.docSeen[h] != doc {
			r.docSeen[h] = doc
			n.docs = append(n.docs, doc)
		}
		if l.Country != "" {
			n.country = l.Country
		}
		if t := nameTokens(l.Name); len(t) > len(n.tokens) {
			n.tokens = t
		}
		hs[i] = h
	}
	return hs
}

func resolveKey(l Local) string {
	if l.Country != "" {
		return "country:" + l.Country
	}
	return string(l.Kind) + ":" + strings.Join(nameTokens(l.Name), " ")
}

func (r *Resolver) find(h Handle) Handle {
	for r.parent[h] != h {
		r.parent[h] = r.parent[r.parent[h]]
		h = r.parent[h]
	}
	return h
}

// Finish merges what only the whole corpus shows (a surname used alone in
// one article and in full in another) and returns the entities, sorted by
// ID, with a function that maps every handle Add returned to its entity's
// ID.
func (r *Resolver) Finish() ([]Entity, func(Handle) ID) {
	// A one-word person joins the single full-name person it ends or
	// starts, when exactly one such person exists in the corpus.
	byLast := map[string][]Handle{}
	for h, n := range r.nodes {
		if majorityKind(n.kinds) == Person && len(n.tokens) > 1 {
			last := n.tokens[len(n.tokens)-1]
			byLast[last] = append(byLast[last], Handle(h))
		}
	}
	for h, n := range r.nodes {
		if majorityKind(n.kinds) != Person || len(n.tokens) != 1 {
			continue
		}
		if cands := byLast[n.tokens[0]]; len(cands) == 1 {
			r.union(cands[0], Handle(h))
		}
	}
	// Gather the roots.
	type acc struct {
		node
		first Handle
	}
	roots := map[Handle]*acc{}
	var order []Handle
	for h := range r.nodes {
		root := r.find(Handle(h))
		a := roots[root]
		if a == nil {
			a = &acc{node: node{kinds: map[Kind]int{}, aliases: map[string]int{}, roles: map[string]int{}}, first: Handle(h)}
			roots[root] = a
			order = append(order, root)
		}
		n := r.nodes[h]
		for k, v := range n.kinds {
			a.kinds[k] += v
		}
		for k, v := range n.aliases {
			a.aliases[k] += v
		}
		for k, v := range n.roles {
			a.roles[k] += v
		}
		a.mentions += n.mentions
		a.docs = mergeDocs(a.docs, n.docs)
		if n.country != "" {
			a.country = n.country
		}
	}
	ids := map[Handle]ID{}
	used := map[ID]Handle{}
	var out []Entity
	for _, root := range order {
		a := roots[root]
		sort.SliceStable(a.docs, func(i, j int) bool { return r.docSeq[a.docs[i]] < r.docSeq[a.docs[j]] })
		e := Entity{Kind: majorityKind(a.kinds), Mentions: a.mentions, Documents: a.docs, Country: a.country}
		e.Aliases = sortedKeys(a.aliases)
		e.Roles = sortedKeys(a.roles)
		e.Name = canonicalName(e.Aliases, a.aliases, a.country)
		id := MakeID(e.Kind, e.Name)
		for n := 2; ; n++ {
			if _, taken := used[id]; !taken {
				break
			}
			id = MakeID(e.Kind, e.Name) + ID("-"+strconv.Itoa(n))
		}
		used[id] = root
		e.ID = id
		ids[root] = id
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, func(h Handle) ID { return ids[r.find(h)] }
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
}

// canonicalName is the fullest well-formed alias; a country is named by
// its shortest alias that is not an acronym ("Russia", not "Russian
// Federation"; "United States", not "US").
func canonicalName(aliases []string, counts map[string]int, country string) string {
	if country != "" {
		best := ""
		for _, a := range aliases {
			if isAcronym(strings.ReplaceAll(a, ".", "")) {
				continue
			}
			a = strings.TrimPrefix(a, "the ")
			if best == "" || len(a) < len(best) || len(a) == len(best) && a < best {
				best = a
			}
		}
		if best != "" {
			return best
		}
		if c := countries.ByName(country); c != countries.Unknown {
			return c.String()
		}
	}
	best := ""
	for _, a := range aliases {
		na, nb := nameWeight(a), nameWeight(best)
		switch {
		case best == "", na > nb, na == nb && counts[a] > counts[best], na == nb && counts[a] == counts[best] && a < best:
			best = a
		}
	}
	return best
}

func mergeDocs(a, b []string) []string {
	seen := make(map[string]bool, len(a))
	for _, d := range a {
		seen[d] = true
	}
	for _, d := range b {
		if !seen[d] {
			a = append(a, d)
			seen[d] = true
		}
	}
	return a
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
