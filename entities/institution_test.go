package entities

import (
	"testing"

	"github.com/timelinehq/timeline/entities/gazetteer"
)

func TestStateBody(t *testing.T) {
	gz := gazetteer.Default()
	tests := []struct {
		name, want string // want "" when the name is no state's body
	}{
		{"Finance Ministry", "finance ministry"},
		{"French Finance Ministry", "finance ministry"},
		{"West German Finance Ministry", "finance ministry"},
		{"Saudi Finance Ministry", "finance ministry"},
		{"Japan's Finance Ministry", "finance ministry"},
		{"Ministry of Finance", "finance ministry"},
		{"U.S. Treasury", "treasury"},
		{"Central Bank", "central bank"},
		{"Supreme Court", "supreme court"},
		{"Ministry of International Trade and Industry", ""},
		{"Bank of Japan", ""},
		{"General Motors", ""},
		{"Export Credits Guarantee Department", ""},
		{"Federated Department Stores", ""},
	}
	for _, tt := range tests {
		got, ok := stateBody(bodyTokens(tt.name), gz.CountryCode)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("stateBody(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}
