package entities

import (
	"strings"
	"testing"

	"github.com/timelinehq/timeline/corpus"
)

func TestFinishPersonThatIsNone(t *testing.T) {
	tests := []struct {
		text, name string
		want       Kind
	}{
		{"Critics of the Reagan Administration said so.", "Reagan Administration", Organization},
		{"The Administration said so.", "Administration", Organization},
		{"Safeguard took a stake in Sanchez, which makes software.", "Sanchez", Organization},
		{"Petrobras said its output rose.", "Petrobras", Organization},
		{"Peskov said it was too early.", "Peskov", Person},
		{"Reagan said he would veto it.", "Reagan", Person},
		{"Ronald Reagan, which no one doubted, won.", "Ronald Reagan", Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.name)
			m, ok := finish(tt.text, corpus.Span{Start: 0, End: len(tt.text)},
				Mention{Span: corpus.Span{Start: i, End: i + len(tt.name)}, Text: tt.name, Kind: Person})
			if !ok || m.Kind != tt.want {
				t.Errorf("%q in %q: kind %s (ok %v), want %s", tt.name, tt.text, m.Kind, ok, tt.want)
			}
		})
	}
}
