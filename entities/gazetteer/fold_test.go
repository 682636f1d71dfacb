package gazetteer

import (
	"strings"
	"testing"
)

// foldCases are names whose ASCII folding must agree with the general one.
var foldCases = []string{
	"", " ", "The", "the Hague", "The  Hague", "St. Petersburg", "Saint-Petersburg",
	"U.S.", "U.N. Security Council", "Ste-Foy", "the st", "O'Hare", "Guinea-Bissau",
	"(Moscow)", "New\tYork\r\nCity", "a/b", "THE THE", "st", "Zürich", "São Paulo",
	"Côte d'Ivoire", "ST.", "Mt. St. Helens", "x\vy\fz", ". . .", "the",
}

func TestFoldASCII(t *testing.T) {
	for _, name := range foldCases {
		got, ok := foldASCII(name)
		want := foldUnicode(name)
		if ok && got != want {
			t.Errorf("foldASCII(%q) = %q, want %q", name, got, want)
		}
		if Fold(name) != want {
			t.Errorf("Fold(%q) = %q, want %q", name, Fold(name), want)
		}
	}
}

func TestLitKeyASCII(t *testing.T) {
	for _, name := range foldCases {
		got, ok := litKeyASCII(name)
		want := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(foldAccents(name), ".", "")), " "))
		if ok && got != want {
			t.Errorf("litKeyASCII(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzFold checks that the ASCII fast paths of Fold and litKey agree with
// the general ones on every name they take.
func FuzzFold(f *testing.F) {
	for _, c := range foldCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if got, ok := foldASCII(name); ok {
			if want := foldUnicode(name); got != want {
				t.Fatalf("foldASCII(%q) = %q, want %q", name, got, want)
			}
		}
		if got, ok := litKeyASCII(name); ok {
			want := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(foldAccents(name), ".", "")), " "))
			if got != want {
				t.Fatalf("litKeyASCII(%q) = %q, want %q", name, got, want)
			}
		}
	})
}
