package ner

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string // want: tokens joined by "|"
	}{
		{"plain", "Putin met Tillerson.", "Putin|met|Tillerson|."},
		{"initials", "the U.S. and Russia", "the|U.S.|and|Russia"},
		{"title abbreviation", "Mr. Peskov said", "Mr.|Peskov|said"},
		{"possessive", "Putin's spokesman", "Putin|'s|spokesman"},
		{"curly possessive", "Putin’s spokesman", "Putin|’s|spokesman"},
		{"plural possessive", "the countries' leaders", "the|countries|'|leaders"},
		{"contraction", "they don't know", "they|do|n't|know"},
		{"hyphenated places", "US-Russia ties", "US|-|Russia|ties"},
		{"particle", "Bashar al-Assad said", "Bashar|al-Assad|said"},
		{"lower compound", "an all-time low", "an|all-time|low"},
		{"quotes", `"things will work out," he said`, `"|things|will|work|out|,|"|he|said`},
		{"curly quotes", "“deadlock” in ties", "“|deadlock|”|in|ties"},
		{"brackets", "NATO (the alliance)", "NATO|(|the|alliance|)"},
		{"numbers", "up 3.5 percent to 1,200.", "up|3.5|percent|to|1,200|."},
		{"company", "ExxonMobil Corp. shares", "ExxonMobil|Corp.|shares"},
		{"dash", "Moscow—Washington", "Moscow|—|Washington"},
		{"double hyphen", "talks--again", "talks|--|again"},
		{"ellipsis", "wait...", "wait|..."},
		{"accents", "José Rodríguez Zapatero", "José|Rodríguez|Zapatero"},
		{"empty", "   ", ""},
		{"decade", "the '90s", "the|'90s"},
		{"question", "Why Idlib?", "Why|Idlib|?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.in)
			var got []string
			for _, tok := range toks {
				if tc.in[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q has offsets [%d,%d) = %q", tok.Text, tok.Start, tok.End, tc.in[tok.Start:tok.End])
				}
				got = append(got, tok.Text)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.in, g, tc.want)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Putin's U.S.-Russia talks.", "“al-Assad”", "Mr. Lavrov—again...", "\xff\xfe", "a--b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token %+v after %d in %q", tok, last, s)
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %+v does not match the text", tok)
			}
			if strings.TrimSpace(tok.Text) != tok.Text {
				t.Fatalf("token %q has spaces", tok.Text)
			}
			last = tok.End
		}
	})
}
