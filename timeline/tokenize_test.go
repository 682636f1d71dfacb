package timeline

import (
	"regexp"
	"testing"

	"github.com/timelinehq/timeline/corpus"
)

// tokenRE is the regular expression nextToken hand-codes.
var tokenRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S`)

// checkTokens fails when tokenize and tokenRE split the span s of text
// differently.
func checkTokens(t *testing.T, text string, s corpus.Span) {
	t.Helper()
	want := tokenRE.FindAllStringIndex(text[s.Start:s.End], -1)
	got := tokenize(text, s, nil)
	if len(got) != len(want) {
		t.Fatalf("%q %v: %d tokens, want %d (%v)", text, s, len(got), len(want), want)
	}
	for i, m := range want {
		if got[i].start != s.Start+m[0] || got[i].end != s.Start+m[1] || got[i].text != text[got[i].start:got[i].end] {
			t.Fatalf("%q %v: token %d at [%d,%d), want [%d,%d)", text, s, i, got[i].start, got[i].end, s.Start+m[0], s.Start+m[1])
		}
	}
}

// TestTokenizeMatchesRegexp checks the hand-written scanner against the
// regular expression it replaced.
func TestTokenizeMatchesRegexp(t *testing.T) {
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"spaces", " \t\n\f\r "},
		{"words", "Putin met Tillerson in Moscow on Wednesday."},
		{"joiners", "U.S. al-Assad don't Putin’s 3.5 x-ray a--b a-.b end- -start 'quoted' ’tis"},
		{"trailing joiner", "Moscow. Hamburg- it' it’"},
		{"unicode", "Zürich, São Paulo and Москва — “quotes” «guillemets» ½ ² ٣"},
		{"vertical tab and nbsp", "a\vb c\u00a0d"},
		{"invalid utf-8", "ab\xffcd \xe2\x80 x\xe2\x80\x99y"},
		{"cut rune at end", "word’"[:6]},
		{"marks", "café naïve e\u0301t\u0301e"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTokens(t, tt.text, corpus.Span{Start: 0, End: len(tt.text)})
			for k := 1; k < len(tt.text); k++ { // spans that cut the text, even inside a rune
				checkTokens(t, tt.text, corpus.Span{Start: k / 2, End: k})
			}
		})
	}
}

// FuzzTokenize checks the scanner against the regular expression on any
// text and span.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. al-Assad don't Putin’s 3.5", "a\xffb’c.d-", "Москва — “quotes”"} {
		f.Add(s, uint(0), uint(len(s)))
	}
	f.Fuzz(func(t *testing.T, text string, a, b uint) {
		s := corpus.Span{Start: int(a % uint(len(text)+1)), End: int(b % uint(len(text)+1))}
		if s.Start > s.End {
			s.Start, s.End = s.End, s.Start
		}
		checkTokens(t, text, s)
	})
}
