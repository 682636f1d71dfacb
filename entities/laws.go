package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lawWords follow the names of the people a law or bill is named for:
// "the Gramm-Rudman law", "Glass-Steagall Act", "the Gramm-Rudman deficit
// target".
var lawWords = set("law laws act bill bills amendment legislation target targets goal goals " +
	"deficit budget figure ceiling ceilings cuts requirements mandate tariff tariffs")

// namedLaws drops the names that are a law's: two or three names joined
// by hyphens before a word such as "law", "act" or "target" ("the
// Gramm-Rudman balanced budget law", "Hart-Scott-Rodino Act"), which the
// tagger takes for people; and the same names so joined elsewhere in the
// article ("under Gramm-Rudman"). People named side by side ("the
// Trump-Putin meeting") stay, and so do places ("the US-Japan trade
// deficit").
func namedLaws(text string, ms []Mention) []Mention {
	var laws []string
	for i, m := range ms {
		end := hyphenRun(text, m.Span.Start)
		run := text[m.Span.Start:end]
		if c := strings.Count(run, "-"); c < 1 || c > 2 {
			continue
		}
		// Not places: "the US-Japan trade deficit".
		place := false
		for _, o := range ms[i:] {
			if o.Span.Start >= end {
				break
			}
			place = place || o.Kind == Location
		}
		if place {
			continue
		}
		if lawAfter(text, end) && !slices.Contains(laws, run) {
			laws = append(laws, run)
		}
	}
	if laws == nil {
		return ms
	}
	out := ms[:0]
	drop := -1 // mentions before this offset are part of a law's name
	for _, m := range ms {
		if m.Span.Start < drop {
			continue
		}
		if end := hyphenRun(text, m.Span.Start); slices.Contains(laws, text[m.Span.Start:end]) {
			drop = end
			continue
		}
		out = append(out, m)
	}
	return out
}

// hyphenRun returns the end of the capitalized words joined by hyphens
// that start at start: "Gramm-Rudman-Hollings" in "Gramm-Rudman-Hollings
// law".
func hyphenRun(text string, start int) int {
	end := start
	for {
		q := end
		for q < len(text) {
			r, size := utf8.DecodeRuneInString(text[q:])
			if !unicode.IsLetter(r) && r != '.' && r != '\'' {
				break
			}
			q += size
		}
		if q == end {
			return end
		}
		end = q
		if end+1 < len(text) && text[end] == '-' {
			if r, _ := utf8.DecodeRuneInString(text[end+1:]); unicode.IsUpper(r) {
				end++
				continue
			}
		}
		return end
	}
}

// lawAfter reports whether a law word follows offset end, after at most
// two more words ("balanced budget law").
func lawAfter(text string, end int) bool {
	words := strings.Fields(text[end:min(len(text), end+40)])
	for i, w := range words {
		if i == 3 {
			break
		}
		w = strings.TrimRight(w, ".,;:)")
		if lawWords[strings.ToLower(w)] {
			return true
		}
		if w == "" || !unicode.IsLower(rune(w[0])) {
			break
		}
	}
	return false
}
