package segment

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Putin met Tillerson. They talked.", []string{"Putin met Tillerson.", "They talked."}},
		{"title Mr", "Mr. Putin met Mr. Tillerson on Wednesday.", []string{"Mr. Putin met Mr. Tillerson on Wednesday."}},
		{"U.S. mid sentence", "The U.S. Secretary of State left.", []string{"The U.S. Secretary of State left."}},
		{"U.S. ends sentence", "Moscow froze the hotline with the U.S. The Russian move was a warning.",
			[]string{"Moscow froze the hotline with the U.S.", "The Russian move was a warning."}},
		{"U.S. President", "Lavrov's meeting with U.S. President Donald Trump was a step. It helped.",
			[]string{"Lavrov's meeting with U.S. President Donald Trump was a step.", "It helped."}},
		{"U.N. in name", "Russian Deputy U.N. Ambassador Vladimir Safronkov voted.", []string{"Russian Deputy U.N. Ambassador Vladimir Safronkov voted."}},
		{"initials", "John F. Kennedy was shot. It was 1963.", []string{"John F. Kennedy was shot.", "It was 1963."}},
		{"quote ends", `He said "fairly constructive." He left.`, []string{`He said "fairly constructive."`, "He left."}},
		{"curly quote", "“The results will not come quickly,” Mr Lavrov said. “But at least we agreed.”",
			[]string{"“The results will not come quickly,” Mr Lavrov said.", "“But at least we agreed.”"}},
		{"question lower", `"Is it over?" he asked.`, []string{`"Is it over?" he asked.`}},
		{"decimal", "Shares rose 3.5 percent. Bonds fell.", []string{"Shares rose 3.5 percent.", "Bonds fell."}},
		{"hyphen abbreviation", "U.S.-Russia ties fell. Talks go on.", []string{"U.S.-Russia ties fell.", "Talks go on."}},
		{"month abbreviation", "It began on Jan. 5 in Moscow.", []string{"It began on Jan. 5 in Moscow."}},
		{"lines", "Headline here\n\nBody starts. Ends.", []string{"Headline here", "Body starts.", "Ends."}},
		{"ellipsis lower", "I see them using gas ... we have to act.", []string{"I see them using gas ... we have to act."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. A. B. went.", "U.S.\n\nx", "a.b.c. D", "…?!\"”", "\xff."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, prev, text)
			}
			prev = s.End
		}
	})
}
