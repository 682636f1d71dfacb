package entities_test

import (
	"testing"

	"github.com/timelinehq/timeline/entities"
)

func TestPlacesInContext(t *testing.T) {
	loc := func(names ...string) []entities.Mention {
		ms := make([]entities.Mention, len(names))
		for i, n := range names {
			ms[i] = entities.Mention{Text: n, Kind: entities.Location}
		}
		return ms
	}
	tests := []struct {
		name     string
		mentions []entities.Mention
		place    string // the gazetteer ID of the last mention's entity
	}{
		{"Washington alone is the capital", loc("Washington"), "city/4140963"},
		{"a state named beside it does not make Washington the state", loc("Texas", "Washington"), "city/4140963"},
		{"the state's abbreviation does", loc("Seattle", "Wash.", "Washington"), "region/US.WA"},
		{"the article's region picks the town", loc("Maine", "Portland"), "city/4975802"},
		{"Georgia alone is the country", loc("Georgia"), "country/GE"},
		{"Georgia beside another US state is the state", loc("Florida", "Georgia"), "region/US.GA"},
		{"and beside a city of the state", loc("Atlanta", "Georgia"), "region/US.GA"},
		{"a US state named after it counts too", loc("Georgia", "Alabama", "Georgia"), "region/US.GA"},
		{"Georgia beside a Soviet city is the country", loc("Moscow", "Georgia"), "country/GE"},
		{"a small province abroad does not take a country's name", loc("Benguela", "Zaire"), "country/CD"},
		{"a town abroad of a country the article names", loc("U.S.", "Ontario"), "city/5379439"},
		{"a region and its city name their country", loc("U.S.", "Quebec", "Ontario"), "region/CA.08"},
		{"a company's first word is the company", append([]entities.Mention{{Text: "Piedmont Aviation Inc", Kind: entities.Organization}}, loc("Piedmont")...), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			locals, owner := entities.Group(tt.mentions)
			got := locals[owner[len(owner)-1]].Place
			if got != tt.place {
				t.Errorf("%v: %s, want %s", tt.mentions, got, tt.place)
			}
		})
	}
}

func TestCompanyHeadJoinsCompany(t *testing.T) {
	locals, owner := entities.Group([]entities.Mention{
		{Text: "Piedmont Aviation Inc", Kind: entities.Organization},
		{Text: "Piedmont", Kind: entities.Location},
		{Text: "Piedmont", Kind: entities.Location},
	})
	if owner[0] != owner[1] || owner[1] != owner[2] {
		t.Fatalf("owners %v, want one entity", owner)
	}
	if l := locals[owner[0]]; l.Kind != entities.Organization || l.Place != "" || l.Name != "Piedmont Aviation Inc" {
		t.Errorf("got %+v, want the organization Piedmont Aviation Inc", l)
	}
}
