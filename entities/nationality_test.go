package entities

import (
	"slices"
	"testing"
)

func TestNationalityWords(t *testing.T) {
	type m = named
	tests := []struct {
		name, text string
		found      []m
		want       []string // the texts kept
	}{
		{"a nationality word before a noun", "The Philippine government and Philippine officials met.",
			[]m{{"Philippine", Organization}, {"Philippine", Location}}, nil},
		{"a country's name stays", "Talks with the Philippines and Laos ended.",
			[]m{{"Philippines", Location}, {"Laos", Location}}, []string{"Philippines", "Laos"}},
		{"a company's short name as a subject stays", "American Airlines Inc said it would buy planes. American said the order was large.",
			[]m{{"American Airlines Inc", Organization}, {"American", Organization}}, []string{"American Airlines Inc", "American"}},
		{"the word before a noun, beside a company of its name", "Philippine Long Distance Telephone Co said Philippine stocks rose.",
			[]m{{"Philippine Long Distance Telephone Co", Organization}, {"Philippine", Organization}}, []string{"Philippine Long Distance Telephone Co"}},
		{"a person's name is no nationality word", "Mr Russian said so.",
			[]m{{"Russian", Person}}, []string{"Russian"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, x := range nationalityWords(tt.text, mentionsOf(tt.text, tt.found)) {
				got = append(got, x.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
		})
	}
}
