package entities

import (
	"sort"
	"strings"
	"unicode"

	"github.com/biter777/countries"
	"golang.org/x/text/unicode/norm"
)

// Local is an entity of one article: the mentions that name the same
// thing, grouped.
type Local struct {
	Name     string // the fullest name the article uses
	Kind     Kind
	Aliases  []string // distinct surface forms, in order of first use
	Roles    []string // distinct roles, in order of first use
	Mentions []int    // indexes into the article's mentions
	Country  string   // ISO code when the entity is a country
}

// Group joins the mentions of one article that name the same entity: an
// exact repeat, a surname or first name of a full name used in the
// article ("Putin", "Mr Putin" and "Vladimir Putin"), a country's other
// names ("US", "U.S.", "United States"). It returns the local entities in
// order of first mention and, for each mention, the index of its entity.
func Group(ms []Mention) ([]Local, []int) {
	owner := make([]int, len(ms))
	// Longest names first, so that short forms find their full form
	// wherever it appears in the article.
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return len(nameTokens(ms[order[a]].Text)) > len(nameTokens(ms[order[b]].Text))
	})
	type group struct {
		kinds  map[Kind]int
		tokens [][]string // token lists of its names
		key    string     // country code or folded full name
		first  int        // first mention index, for ordering
		member []int
	}
	var groups []*group
	find := func(m Mention) *group {
		toks := nameTokens(m.Text)
		if len(toks) == 0 {
			return nil
		}
		key := groupKey(m)
		for _, g := range groups {
			if g.key == key {
				return g
			}
		}
		if m.Kind != Person || len(toks) != 1 {
			return nil
		}
		// A single name joins the one person whose first or last name it is.
		var match *group
		for _, g := range groups {
			if g.kinds[Person] == 0 {
				continue
			}
			for _, t := range g.tokens {
				if len(t) > 1 && (t[len(t)-1] == toks[0] || t[0] == toks[0]) {
					if match != nil && match != g {
						return nil // ambiguous: two people share it
					}
					match = g
				}
			}
		}
		return match
	}
	for _, i := range order {
		m := ms[i]
		g := find(m)
		if g == nil {
			g = &group{kinds: map[Kind]int{}, key: groupKey(m), first: i}
			groups = append(groups, g)
		}
		g.kinds[m.Kind]++
		g.tokens = append(g.tokens, nameTokens(m.Text))
		g.member = append(g.member, i)
		if i < g.first {
			g.first = i
		}
	}
	sort.SliceStable(groups, func(a, b int) bool { return groups[a].first < groups[b].first })
	locals := make([]Local, len(groups))
	for gi, g := range groups {
		sort.Ints(g.member)
		l := Local{Kind: majorityKind(g.kinds), Mentions: g.member}
		seenA, seenR := map[string]bool{}, map[string]bool{}
		for _, i := range g.member {
			owner[i] = gi
			if t := ms[i].Text; !seenA[t] {
				seenA[t] = true
				l.Aliases = append(l.Aliases, t)
			}
			if r := ms[i].Role; r != "" && !seenR[r] {
				seenR[r] = true
				l.Roles = append(l.Roles, r)
			}
		}
		l.Name = fullestName(l.Aliases)
		if c := countryOf(l.Name); c != "" {
			// A country's name names the place, whatever a mention's tag.
			l.Kind, l.Country = Location, c
		}
		locals[gi] = l
	}
	return locals, owner
}

// groupKey is what two mentions must share to be the same entity for
// sure: the country code of a country, else the folded name.
func groupKey(m Mention) string {
	if c := countryOf(m.Text); c != "" {
		return "country:" + c
	}
	return "name:" + strings.Join(nameTokens(m.Text), " ")
}

// countryOf returns the ISO code of a country name ("U.S." -> "US"), or
// "" when the name is not a country. Nationality words ("Russian",
// "Iraqi") are not country names, though the country table accepts them.
func countryOf(name string) string {
	n := strings.TrimSpace(strings.TrimPrefix(name, "the "))
	if len(n) < 2 {
		return ""
	}
	if alt, ok := countryAliases[strings.ToLower(n)]; ok {
		return alt
	}
	c := countries.ByName(n)
	if c == countries.Unknown {
		return ""
	}
	official := c.String()
	bare := strings.ReplaceAll(n, ".", "")
	switch {
	case strings.EqualFold(n, official),
		len(n) > 3 && (strings.HasPrefix(official, n+" (") || strings.HasPrefix(official, n+",")),
		strings.EqualFold(bare, c.Alpha2()), strings.EqualFold(bare, c.Alpha3()):
		return c.Alpha2()
	case isDemonym(n):
		return ""
	}
	return c.Alpha2()
}

// countryAliases are common names the country table lacks or reads
// otherwise.
var countryAliases = map[string]string{
	"america": "US", "the us": "US", "the united states": "US", "the ukraine": "UA",
	"britain": "GB", "great britain": "GB", "holland": "NL", "burma": "MM", "ivory coast": "CI",
}

// isDemonym reports whether a word has the ending of a nationality
// adjective.
func isDemonym(n string) bool {
	for _, suf := range []string{"an", "ans", "ese", "ish", "i", "is"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// nameTokens folds a name for matching: accents and case folded, "the"
// and punctuation dropped, hyphens split, and spelling variants of
// transliteration made equal ("Sergei" and "Sergey").
func nameTokens(name string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '.' || r == '\'' || r == '’':
		case r == '-' || unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	fields := strings.Fields(b.String())
	out := fields[:0]
	for i, f := range fields {
		if len(out) == 0 && i < len(fields)-1 && (f == "the" || honorifics[f]) {
			continue // "the Kremlin", "Mr Putin"
		}
		out = append(out, translit(f))
	}
	return out
}

// translit maps common variants of Russian and Arabic transliteration to
// one spelling: "sergei" -> "sergey", "dmitri" -> "dmitry".
func translit(t string) string {
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
// then the longest, then the first used.
func fullestName(aliases []string) string {
	best := ""
	for _, a := range aliases {
		switch na, nb := nameWeight(a), nameWeight(best); {
		case best == "", na > nb, na == nb && len(a) > len(best):
			best = a
		}
	}
	return best
}

// nameWeight ranks names for being canonical: more words of the name
// proper first; a name opened by an honorific ("Mr Tillerson") ranks just
// below the same name without it.
func nameWeight(a string) int {
	w := 2 * len(nameTokens(a))
	if f := strings.Fields(a); len(f) > 0 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		w--
	}
	return w
}

func majorityKind(k map[Kind]int) Kind {
	best, n := Person, -1
	for _, kind := range []Kind{Person, Location, Organization} {
		if k[kind] > n {
			best, n = kind, k[kind]
		}
	}
	return best
}
