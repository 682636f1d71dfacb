package timex

import (
	"slices"
	"strings"
	"testing"
)

// TestCutField checks that cutting fields one by one gives strings.Fields.
func TestCutField(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a few", "  several   hundred ", "two\tthousand\nand one", "x\u00a0y\u0085z",
		"\xff \xfe", "a\u2028b", "dozens of", "one-and-a-half", " \v\f\r"} {
		var got []string
		for w, rest := cutField(s); w != ""; w, rest = cutField(rest) {
			got = append(got, w)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("cutField on %q gives %q, want %q", s, got, want)
		}
	}
}

// TestWordsBuf checks that the words tenseAtBuf cuts into a reused buffer
// are those of words.
func TestWordsBuf(t *testing.T) {
	buf := []string{"stale", "words"}
	for _, s := range []string{"", "he said on friday that", "won't 'll x-y", "it had, by then, been; done"} {
		got := appendWords(buf[:0], s)
		if want := words(s); !slices.Equal(got, want) {
			t.Errorf("appendWords(%q) = %q, want %q", s, got, want)
		}
		buf = got
	}
}
