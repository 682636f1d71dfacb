package entities_test

import (
	"testing"

	"github.com/timelinehq/timeline/entities"
)

func TestIDKind(t *testing.T) {
	tests := []struct {
		id   entities.ID
		want entities.Kind
	}{
		{entities.MakeID(entities.Person, "Vladimir Putin"), entities.Person},
		{entities.MakeID(entities.Location, "Moscow"), entities.Location},
		{entities.MakeID(entities.Organization, "the Kremlin"), entities.Organization},
		{"person", ""},
		{"persons/x", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := tt.id.Kind(); got != tt.want {
			t.Errorf("ID(%q).Kind() = %q, want %q", tt.id, got, tt.want)
		}
	}
}
