package entities

import (
	"slices"
	"strings"
	"unicode"
)

// splitCompanies makes one organization of a company's name that the
// tagger cut in two at a possessive or a bracket, taking the first part
// for a person: "Wendy's International Inc" ("Wendy" a person, then
// "International Inc"), "Cheung Kong (Holdings) Ltd" ("Cheung Kong" a
// person, then "Holdings" and "Ltd"). The rest of the name only says what
// kind of company it is. Where the article writes the first part alone
// again ("Wendy's is trading up", "Cheung Kong rose"), with no title or
// honorific of a person, that is the company too.
func splitCompanies(text string, ms []Mention) []Mention {
	var stems []string
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if end := companyTail(text, a); end > 0 && a.Honorific == "" && a.Role == "" {
			if !slices.Contains(stems, a.Text) {
				stems = append(stems, a.Text)
			}
			a.Span.End = end
			a.Text = text[a.Span.Start:end]
			a.Kind, a.Name = Organization, ""
			for i+1 < len(ms) && ms[i+1].Span.Start < end {
				i++ // the tail's own mentions ("International Inc")
			}
		}
		out = append(out, a)
	}
	if stems == nil {
		return out
	}
	for i := range out {
		m := &out[i]
		if m.Kind != Organization && m.Honorific == "" && m.Role == "" && slices.Contains(stems, m.Text) {
			m.Kind, m.Name = Organization, ""
		}
	}
	return out
}

// companyTail returns the end of the company's name that mention a starts,
// when the text after it is a possessive or a bracket and words that only
// say what kind of company it is, ending in a legal form: "'s
// International Inc", " (Holdings) Ltd". It returns 0 otherwise.
func companyTail(text string, a Mention) int {
	rest := text[a.Span.End:]
	var n int
	switch {
	case strings.HasPrefix(rest, "'s "):
		n = 3
	case strings.HasPrefix(rest, "’s "):
		n = len("’s ")
	case strings.HasPrefix(rest, " ("):
		close := strings.IndexByte(rest, ')')
		if close < 0 || close > 40 {
			return 0
		}
		inner := strings.Fields(rest[2:close])
		if len(inner) == 0 || !corporate(foldWords(inner)) || !strings.HasPrefix(rest[close:], ") ") {
			return 0
		}
		n = close + 2
	default:
		return 0
	}
	// Words up to the end of the line or sentence, the last a legal form.
	var words []string
	end, p := 0, n
	for len(words) < 4 {
		q := p
		for q < len(rest) && rest[q] != ' ' && rest[q] != '\n' && rest[q] != ',' && rest[q] != '<' {
			q++
		}
		w := strings.TrimSuffix(rest[p:q], ".")
		if w == "" || !unicode.IsUpper(rune(w[0])) {
			break
		}
		words = append(words, w)
		folded := foldWords(words)
		if !corporate(folded) {
			return 0
		}
		if legalForms[folded[len(folded)-1]] {
			end = a.Span.End + p + len(w)
		}
		if q >= len(rest) || rest[q] != ' ' {
			break
		}
		p = q + 1
	}
	return end
}

// foldWords folds written words as legal forms are looked up (foldWord).
func foldWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = foldWord(w)
	}
	return out
}
