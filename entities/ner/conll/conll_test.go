package conll

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want string
	}{
		{"iob1", "I-PER I-PER O I-LOC", "[0,2)PER [3,4)LOC"},
		{"iob1 adjacent", "I-LOC B-LOC", "[0,1)LOC [1,2)LOC"},
		{"bio", "B-per I-per B-geo", "[0,2)per [2,3)geo"},
		{"type change", "B-gpe I-geo", "[0,1)gpe [1,2)geo"},
		{"bilou", "U-ORG B-PER I-PER L-PER O", "[0,1)ORG [1,4)PER"},
		{"iobes", "S-LOC B-ORG E-ORG", "[0,1)LOC [1,3)ORG"},
		{"bare type", "PER PER O", "[0,2)PER"},
		{"dangling inside", "O I-ORG I-ORG", "[1,3)ORG"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range Chunks(strings.Fields(tc.tags)) {
				got = append(got, fmt.Sprintf("[%d,%d)%s", c.Start, c.End, c.Type))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("Chunks(%q) = %q, want %q", tc.tags, g, tc.want)
			}
		})
	}
}

const sample = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

Iraqi JJ B-gpe
Sudan NNP B-gpe
Baghdad NNP B-geo
`

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %d documents", len(docs))
	}
	s := docs[0].Sentences[0]
	if strings.Join(s.Tokens, " ") != "EU rejects German" || s.POS[2] != "JJ" || s.Tags[0] != "I-ORG" {
		t.Errorf("first sentence = %+v", s)
	}
	if got := DetectScheme(docs); got != SchemeGMB {
		t.Errorf("DetectScheme = %q, want gmb", got)
	}
}

func TestEntities(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	gmb := docs[1].Sentences[0]
	tests := []struct {
		name string
		s    Sentence
		opt  Options
		want string
	}{
		{"conll drops MISC", docs[0].Sentences[0], Options{Scheme: SchemeCoNLL}, "[0,1)ORG"},
		{"gmb gpe loc", gmb, Options{Scheme: SchemeGMB, GPE: GPELoc}, "[0,1)LOC [1,2)LOC [2,3)LOC"},
		{"gmb gpe proper", gmb, Options{Scheme: SchemeGMB, GPE: GPEProper}, "[1,2)LOC [2,3)LOC"},
		{"gmb gpe none", gmb, Options{Scheme: SchemeGMB, GPE: GPENone}, "[2,3)LOC"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range Entities(tc.s, tc.opt) {
				got = append(got, fmt.Sprintf("[%d,%d)%s", c.Start, c.End, c.Type))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("Entities = %q, want %q", g, tc.want)
			}
		})
	}
}

func TestReadError(t *testing.T) {
	_, err := Read(strings.NewReader("a B-PER\nlonely\n"))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || !errors.Is(err, ErrColumns) {
		t.Fatalf("Read error = %v, want a ParseError on line 2 wrapping ErrColumns", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("x O\n\n\ny B-LOC\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Tags) || len(s.Tokens) != len(s.POS) {
					t.Fatalf("inconsistent sentence %+v", s)
				}
				for _, c := range Chunks(s.Tags) {
					if c.Start < 0 || c.End > len(s.Tags) || c.Start >= c.End {
						t.Fatalf("bad chunk %+v", c)
					}
				}
				Entities(s, Options{Scheme: SchemeGMB, GPE: GPEProper})
			}
		}
	})
}
