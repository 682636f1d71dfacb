package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities/gazetteer"
)

// nationalityWords drops the mentions that are a nationality word alone,
// which the tagger took for a place or an organization: "Philippine" of
// "the Philippine government", "Philippine officials" (84 mentions of an
// organization on Reuters-21578). Nationality words are no names in the
// project's convention; nor are a few adjectives that open many names
// ("Federal" of "Federal funds", 72 mentions). A word that opens an organization's name in the
// article, and stands as a noun of its own there, stays: "American
// said", "American will acquire" beside American Airlines Inc are that
// company.
func nationalityWords(text string, ms []Mention) []Mention {
	gz := gazetteer.Default()
	drop := func(m Mention) bool {
		// "Philippines", "Laos": countries, whatever Demonym makes of them.
		return m.Kind != Person && !strings.Contains(m.Text, " ") &&
			(gazetteer.Demonym(m.Text) != "" && gz.CountryCode(m.Text) == "" || adjectives[m.Text])
	}
	any := false
	for _, m := range ms {
		any = any || drop(m)
	}
	if !any {
		return ms
	}
	heads := map[string]bool{}
	for _, m := range ms {
		if f := strings.Fields(m.Text); m.Kind == Organization && len(f) > 1 {
			heads[f[0]] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if drop(m) && !(heads[m.Text] && standsAsNoun(text, m.Span.End)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// standsAsNoun reports whether the word that ends at end in text is no
// modifier of a lower-case noun after it: what follows is punctuation, a
// possessive, a capitalized word or a verb or word that follows a subject
// ("said", "will"), not "government" or "officials".
func standsAsNoun(text string, end int) bool {
	rest := text[end:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	rest = strings.TrimLeft(rest, " ")
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = rest[:i]
	}
	if w == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return true
	}
	return afterSubject[w]
}

// adjectives open many names but name nothing alone.
var adjectives = set(`Federal`)

// afterSubject are lower-case words that follow a subject rather than
// a modifier.
var afterSubject = set(`said says will would could may might has had have is was were are also and to plans planned agreed announced reported`)
