package entities

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lastFieldsRef is what lastFields replaced: split the whole text, keep
// the tail.
func lastFieldsRef(s string, max int) []string {
	f := strings.Fields(s)
	if len(f) > max {
		f = f[len(f)-max:]
	}
	return f
}

// titleCaseRef is titleCase over strings.Fields, as it was written before
// it visited the words in place.
func titleCaseRef(s string) bool {
	long, caps := 0, 0
	for i, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !titleLower[strings.Trim(w, ",.;:!?\"'")] {
			return false
		}
		if i == 0 || len(w) < 4 {
			continue
		}
		long++
		if isCapitalized(w) {
			caps++
		}
	}
	return long >= 2 && caps*10 >= long*8
}

var fieldCases = []string{
	"", " ", "Putin", "  Russian Foreign Minister ", "said on Tuesday that U.S. Secretary of State",
	"a\u00a0b\u2028c\u3000d\te\nf\vg\fh\ri\u0085j", "\xff \xc3 \xe2\x80 \xe2\x80\xa8x\xf0\xe2\x80\xa8y",
	"Wall Street Journal Reports Profits", "The Bank Of England Raises Rates", "ÀÉÎ Östen Ärger",
}

// FuzzLastFields checks lastFields and titleCase against the code they
// replaced, on any text: Unicode spaces, invalid UTF-8.
func FuzzLastFields(f *testing.F) {
	for _, s := range fieldCases {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max%10 + 1
		if max < 1 {
			max += 10
		}
		got, want := lastFields(s, max), lastFieldsRef(s, max)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("lastFields(%q, %d) = %q, want %q", s, max, got, want)
		}
		if got, want := titleCase(s), titleCaseRef(s); got != want {
			t.Fatalf("titleCase(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestHasAcronym(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"GM Overseas Distribution Corp", true},
		{"VEBA AG", true},
		{"Veba AG", false}, // a legal form is no acronym: not "Volkswagen AG" by its initials
		{"Deutsche Bank A.G.", false},
		{"Philips NV", false},
		{"Volkswagen", false},
	}
	for _, tt := range tests {
		if got := hasAcronym(tt.name); got != tt.want {
			t.Errorf("hasAcronym(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
