package entities

import (
	"slices"
	"testing"
)

func TestBoundPrefixes(t *testing.T) {
	type m = named
	tests := []struct {
		name, text string
		found      []m
		want       []string // "KIND:Text"
	}{
		{"a prefix that never stands alone joins the name after its hyphen", "the Inter-American Development Bank lent",
			[]m{{"Inter", Organization}, {"American Development Bank", Organization}}, []string{"ORGANIZATION:Inter-American Development Bank"}},
		{"a pair of countries stays two", "Franco-U.S. talks ended",
			[]m{{"Franco", Organization}, {"U.S.", Location}}, []string{"ORGANIZATION:Franco", "LOCATION:U.S."}},
		{"no hyphen, no join", "Inter and American Development Bank",
			[]m{{"Inter", Organization}, {"American Development Bank", Organization}}, []string{"ORGANIZATION:Inter", "ORGANIZATION:American Development Bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, x := range boundPrefixes(tt.text, mentionsOf(tt.text, tt.found)) {
				got = append(got, string(x.Kind)+":"+x.Text)
				if tt.text[x.Span.Start:x.Span.End] != x.Text {
					t.Errorf("span %v holds %q, text %q", x.Span, tt.text[x.Span.Start:x.Span.End], x.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
