// Package entities finds the people, places and organizations of
// articles and resolves their mentions into entities, within one article
// and across a corpus.
//
// Recognition ([Recognizer]) turns an article into [Mention]s with byte
// spans; [Group] joins the mentions of one article that name the same
// thing ("Russian President Vladimir Putin", "Mr Putin", "Putin") into a
// [Local] entity with aliases and roles; a [Resolver] merges the local
// entities of many articles into corpus-wide [Entity] values with stable
// IDs.
package entities

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/timelinehq/timeline/corpus"
)

// Kind is the type of an entity.
type Kind string

// Entity kinds.
const (
	Person       Kind = "PERSON"
	Location     Kind = "LOCATION"
	Organization Kind = "ORGANIZATION"
)

// Prefix is the first part of the kind's IDs ("person/...").
func (k Kind) Prefix() string {
	switch k {
	case Person:
		return "person"
	case Location:
		return "location"
	case Organization:
		return "organization"
	}
	return "entity"
}

// Mention is one occurrence of a name in an article.
type Mention struct {
	Span corpus.Span // the name, without titles, "the" or a possessive
	Text string      // the name as written: the text at Span
	// Name is the name the mention is resolved by when it is not Text:
	// a person's name without the nickname written inside it ("Kimani
	// Gray" for "Kimani 'Kiki' Gray"), or the full name of a place that a
	// person's name stands for ("Betty Ford Center" for "at Betty Ford").
	Name     string
	Kind     Kind
	Sentence int    // index of the sentence that holds it
	Role     string // a title or apposition said with it ("Russian Foreign Minister"), if any
	// Honorific is the honorific said with a person's name ("Mr",
	// "Miss", "Dr."), as written, if any. It tells apart "Mr Jenkin"
	// and "Miss Jenkin".
	Honorific string
	// Definite reports that the name stands as a noun of its own after
	// "the", perhaps with a word of position between, and before no noun
	// it would qualify: "on the Danube", "the lower Danube near Ruse",
	// "the Danube reopened", not "the Reagan administration". No person's
	// name of one word is written so.
	Definite bool
}

// ResolvedName returns the name m is resolved by: Name, else Text.
func (m Mention) ResolvedName() string {
	if m.Name != "" {
		return m.Name
	}
	return m.Text
}

// ID identifies an entity across a corpus: "person/vladimir-putin".
type ID string

// Kind returns the kind of entity the ID names, from its prefix
// ("person/..." is a Person); "" when the prefix is none of the kinds'.
func (id ID) Kind() Kind {
	prefix, _, ok := strings.Cut(string(id), "/")
	for _, k := range [...]Kind{Person, Location, Organization} {
		if ok && k.Prefix() == prefix {
			return k
		}
	}
	return ""
}

// Entity is a person, place or organization of a corpus.
type Entity struct {
	ID        ID
	Name      string // canonical: the fullest well-formed name seen
	Kind      Kind
	Aliases   []string // every distinct way it was written, sorted
	Roles     []string // titles and appositions seen with it, the most used first
	Mentions  int
	Documents []string // IDs of the documents that mention it, in input order
	Country   string   // ISO 3166-1 alpha-2 code, for places that are or lie in a country
	Lat, Lon  float64  // coordinates of places, when HasCoord
	HasCoord  bool
}

// Slug turns a name into the lower-case, hyphenated form used in IDs:
// accents folded, punctuation dropped ("Bashar al-Assad" -> "bashar-al-assad",
// "U.S." -> "us").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining accent: drop
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// "U.S." -> "us", "O'Brien" -> "obrien"
		default:
			dash = true
		}
	}
	return b.String()
}

// MakeID builds the ID of an entity of kind k named name.
func MakeID(k Kind, name string) ID {
	s := Slug(name)
	if s == "" {
		s = "unnamed"
	}
	return ID(k.Prefix() + "/" + s)
}
