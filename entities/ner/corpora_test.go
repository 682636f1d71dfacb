package ner

import (
	"reflect"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/ner/conll"
)

// gmbSentence builds a GMB sentence from "token/POS/tag" fields.
func gmbSentence(s string) conll.Sentence {
	var out conll.Sentence
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		out.Tokens = append(out.Tokens, p[0])
		out.POS = append(out.POS, p[1])
		out.Tags = append(out.Tags, p[2])
	}
	return out
}

func TestFromCoNLLGMB(t *testing.T) {
	tests := []struct {
		name, sent string
		want       []Span
	}{
		{"title and possessive out",
			"President/NNP/B-per Putin/NNP/I-per 's/POS/I-per visit/NN/O",
			[]Span{{1, 2, PER}}},
		{"words before the last title",
			"Information/NNP/B-per Minister/NNP/I-per Jonathan/NNP/I-per Moyo/NNP/I-per spoke/VBD/O",
			[]Span{{2, 4, PER}}},
		{"hyphenated title",
			"Lieutenant-General/NNP/B-per Dan/NNP/I-per Halutz/NNP/I-per said/VBD/O",
			[]Span{{1, 3, PER}}},
		{"name ending in Jr. keeps its King",
			"Martin/NNP/B-per Luther/NNP/I-per King/NNP/I-per Jr./NNP/I-per died/VBD/O",
			[]Span{{0, 4, PER}}},
		{"name after a title chunk is the person's",
			"Mr./NNP/B-per Arafat/NNP/B-org is/VBZ/O ill/JJ/O",
			[]Span{{1, 2, PER}}},
		{"compass word out of a place",
			"in/IN/O southern/JJ/B-geo Somalia/NNP/I-geo ./././O",
			[]Span{{2, 3, LOC}}},
		{"lower-case words at the end out",
			"Hezbollah/NNP/B-org militants/NNS/I-org fired/VBD/O",
			[]Span{{0, 1, ORG}}},
		{"particle stays",
			"Osama/NNP/B-per bin/NNP/I-per Laden/NNP/I-per ;/:/O the/DT/O al/NNP/B-org Qaida/NNP/I-org network/NN/O",
			[]Span{{0, 3, PER}, {5, 7, ORG}}},
		{"lower-case chunk dropped",
			"the/DT/O navy/NN/B-org said/VBD/O",
			nil},
		{"compass word before a nationality is not a place",
			"South/JJ/B-geo Korean/JJ/B-gpe officials/NNS/O",
			nil},
		{"country names stay places",
			"South/NNP/B-geo Korea/NNP/I-geo said/VBD/O",
			[]Span{{0, 2, LOC}}},
	}
	opt := conll.Options{Scheme: conll.SchemeGMB, GPE: conll.GPEProper}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := []conll.Document{{Sentences: []conll.Sentence{gmbSentence(tc.sent)}}}
			got := FromCoNLL(docs, opt)[0][0].Spans
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("spans = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestIsHonorific(t *testing.T) {
	tests := []struct {
		tok  string
		want bool
	}{
		{"Mr.", true}, {"MRS", true}, {"Ms", true}, {"Dr.", true},
		{"President", false}, {"Moyo", false}, {"", false}, {"Mr.-Mr.-Mr.", false},
	}
	for _, tc := range tests {
		t.Run(tc.tok, func(t *testing.T) {
			if got := isHonorific(tc.tok); got != tc.want {
				t.Errorf("isHonorific(%q) = %v, want %v", tc.tok, got, tc.want)
			}
		})
	}
}
