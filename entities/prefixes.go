package entities

import "strings"

// boundPrefixes joins a prefix that never stands alone, written against a
// name with a hyphen, to that name: the tokenizer splits "Inter-American
// Development Bank" as it splits "US-Russia", and the tagger gave the
// organization "Inter" (47 mentions on Reuters-21578) and an "American
// Development Bank" placed in the United States.
func boundPrefixes(text string, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && prefixWords[a.Text] && a.Span.End < len(text) && text[a.Span.End] == '-' {
			c := ms[i+1]
			if gap := c.Span.Start - a.Span.End; c.Sentence == a.Sentence && gap >= 1 && gap <= 2 && strings.TrimSpace(text[a.Span.End+1:c.Span.Start]) == "" {
				c.Span.Start = a.Span.Start
				c.Text = text[c.Span.Start:c.Span.End]
				c.Name = ""
				out = append(out, c)
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// prefixWords are prefixes of organizations' names that never stand
// alone ("Inter-American", "Pan-African", "Trans-Canada"); not "Sino" or
// "Franco", which pair countries ("Franco-U.S. talks").
var prefixWords = set(`Inter Pan Trans`)
