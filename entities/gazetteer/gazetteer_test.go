package gazetteer_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/gazetteer"
)

func TestLookup(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name, query string
		first       string // ID of the most prominent candidate; "" for none
		among       string // another candidate that must be listed
	}{
		{"country first of all", "Georgia", "country/GE", "region/US.GA"},
		{"capital before a town of its name", "Paris", "city/2988507", "city/4717560"},
		{"capital before its region", "Moscow", "city/524901", "region/RU.48"},
		{"alternate name", "Kiev", "city/703448", ""},
		{"St. folds to Saint", "St. Petersburg", "city/498817", ""},
		{"accents and case folded", "SÃO PAULO", "city/3448439", ""},
		{"literal spelling before one that only folds alike", "St. Louis", "city/4407066", "city/2246452"},
		{"own name before an old name of a capital", "Philadelphia", "city/4560349", "city/250441"},
		{"old name of a large city counts less", "Victoria", "region/AU.07", ""},
		{"state abbreviation", "Calif.", "region/US.CA", ""},
		{"abbreviation in capitals with a space", "W. VA.", "region/US.WV", ""},
		{"province abbreviation", "Ont.", "region/CA.08", ""},
		{"abbreviation needs its period", "Miss", "", ""},
		{"an airline is no country's code", "Pan Am", "", ""},
		{"compass word is no place", "North", "", ""},
		{"continent is no town", "Asia", "", ""},
		{"former state", "Soviet Union", "country/RU", ""},
		{"ISO name", "Russian Federation", "country/RU", ""},
		{"a large city's short name is its own", "New York", "city/5128581", "region/US.NY"},
		{"a smaller city's short name is its state's", "Oklahoma", "region/US.OK", "city/4544349"},
		{"unknown", "Atlantis Minor", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := g.Lookup(tt.query)
			if tt.first == "" {
				if len(ps) > 0 {
					t.Errorf("Lookup(%q) = %s..., want nothing", tt.query, ps[0].ID)
				}
				return
			}
			if len(ps) == 0 || ps[0].ID != tt.first {
				t.Fatalf("Lookup(%q) = %v, want %s first", tt.query, ids(ps), tt.first)
			}
			if tt.among != "" && !strings.Contains(strings.Join(ids(ps), " "), tt.among) {
				t.Errorf("Lookup(%q) = %v, want %s among them", tt.query, ids(ps), tt.among)
			}
		})
	}
}

func ids(ps []gazetteer.Place) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func TestResolve(t *testing.T) {
	g := gazetteer.Default()
	ctx := func(countries, regions string) gazetteer.Context {
		c := gazetteer.Context{Countries: map[string]bool{}, Regions: map[string]bool{}}
		for _, x := range strings.Fields(countries) {
			c.Countries[x] = true
		}
		for _, x := range strings.Fields(regions) {
			c.Regions[x] = true
		}
		return c
	}
	tests := []struct {
		name, query string
		ctx         gazetteer.Context
		want        string
	}{
		{"most prominent without context", "Moscow", ctx("", ""), "city/524901"},
		{"the region the article names", "Springfield", ctx("US", "region/US.MO"), "city/4409896"},
		{"a country the article names", "Alexandria", ctx("US", ""), "city/4744091"},
		{"a capital far more prominent than the town at home", "Paris", ctx("US", ""), "city/2988507"},
		{"a country named does not beat a capital far more prominent", "Moscow", ctx("US", ""), "city/524901"},
		{"a country's name is the country", "Georgia", ctx("US", ""), "country/GE"},
		{"the article's region picks the state", "Portland", ctx("US", "region/US.ME"), "city/4975802"},
		{"a small town at home does not beat a region's seat abroad", "Venice", ctx("US", ""), "city/3164603"},
		{"nor a region abroad", "Geneva", ctx("US", ""), "region/CH.GE"},
		{"nor a big city abroad", "Rotterdam", ctx("US", ""), "city/2747891"},
		{"a seat abroad found by an alternate name is not famous", "Pekin", ctx("US", ""), "city/4905599"},
		{"a seat not twice as prominent is not famous", "Dover", ctx("GB", ""), "city/2651048"},
		{"an alternate name does not win by its country over the place of that name", "San Miguel", ctx("US", ""), "city/3583446"},
		{"abbreviation", "N.J.", ctx("", ""), "region/US.NJ"},
		{"a region without a region of its own is no context", "Washington",
			gazetteer.Context{Countries: map[string]bool{"US": true}, Regions: map[string]bool{"": true, "region/US.TX": true}}, "city/4140963"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.Resolve(tt.query, tt.ctx)
			if !ok || p.ID != tt.want {
				t.Errorf("Resolve(%q) = %s %v, want %s", tt.query, p.ID, ok, tt.want)
			}
		})
	}
	if _, ok := g.Resolve("Atlantis Minor", ctx("", "")); ok {
		t.Error("Resolve found a place that does not exist")
	}
}

func TestCountryCode(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct{ name, want string }{
		{"Russia", "RU"}, {"Russian Federation", "RU"}, {"U.S.", "US"}, {"USA", "US"},
		{"United States of America", "US"}, {"Britain", "GB"}, {"U.K.", "GB"}, {"Soviet Union", "RU"},
		{"West Germany", "DE"}, {"Ivory Coast", "CI"}, {"Burma", "MM"}, {"the Netherlands", "NL"},
		{"South Korea", "KR"}, {"Syria", "SY"}, {"Moscow", ""}, {"IN", ""}, {"CAN", ""}, {"Russian", ""},
		{"Pan Am", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := g.CountryCode(tt.name); got != tt.want {
				t.Errorf("CountryCode(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

func TestDemonym(t *testing.T) {
	tests := []struct{ word, want string }{
		{"Russian", "RU"}, {"Russians", "RU"}, {"Iraqi", "IQ"}, {"Iraqis", "IQ"}, {"Japanese", "JP"},
		{"Brazilian", "BR"}, {"British", "GB"}, {"French", "FR"}, {"Dutch", "NL"}, {"Swiss", "CH"},
		{"Syrian", "SY"}, {"Saudi", "SA"}, {"Soviet", "RU"}, {"NORWEGIAN", "NO"},
		{"Russia", ""}, {"U.S.", ""}, {"Monday", ""}, {"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := gazetteer.Demonym(tt.word); got != tt.want {
				t.Errorf("Demonym(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func TestAbbreviation(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct{ abbr, want string }{
		{"Calif.", "region/US.CA"}, {"CALIF.", "region/US.CA"}, {"N.Y.", "region/US.NY"}, {"Pa.", "region/US.PA"},
		{"Penn.", "region/US.PA"}, {"Mass.", "region/US.MA"}, {"W.Va.", "region/US.WV"}, {"D.C.", "region/US.DC"},
		{"B.C.", "region/CA.02"}, {"Que.", "region/CA.10"},
		{"Calif", ""}, {"Mass", ""}, {"Mr.", ""}, {"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.abbr, func(t *testing.T) {
			p, ok := g.Abbreviation(tt.abbr)
			if p.ID != tt.want || ok != (tt.want != "") {
				t.Errorf("Abbreviation(%q) = %q %v, want %q", tt.abbr, p.ID, ok, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"St. Petersburg", "saint petersburg"}, {"Saint-Petersburg", "saint petersburg"},
		{"The Hague", "hague"}, {"São Paulo", "sao paulo"}, {"U.S.", "us"}, {"Ho Chi Minh City", "ho chi minh city"},
		{"the", "the"}, {"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := gazetteer.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	const head = "# comment\n"
	tests := []struct {
		name, table string
		wantErr     bool
		check       func(t *testing.T, g *gazetteer.Gazetteer)
	}{
		{"countries without a table", "", false, func(t *testing.T, g *gazetteer.Gazetteer) {
			if p, ok := g.Country("fr"); !ok || p.Name != "France" {
				t.Errorf("Country(fr) = %+v %v", p, ok)
			}
		}},
		{"a city and its region", head + "R\tXX.01\tNorth Shire\tFR\t01\t45\t2\t100\t\t\nP\t7\tBigtown\tFR\t01\t45.5\t2.5\t5000\tPPLA\tBig Town|Bigton\n", false,
			func(t *testing.T, g *gazetteer.Gazetteer) {
				ps := g.Lookup("Bigton")
				if len(ps) != 1 || ps[0].ID != "city/7" || ps[0].Region != "region/FR.01" || !ps[0].Seat || ps[0].Lat != 45.5 {
					t.Errorf("Lookup(Bigton) = %+v", ps)
				}
				if _, ok := g.Place("region/XX.01"); !ok {
					t.Error("region not found by ID")
				}
			}},
		{"country coordinates", "C\tFR\t\tFR\t\t46\t2\t1000\t\t\n", false, func(t *testing.T, g *gazetteer.Gazetteer) {
			if p, _ := g.Country("FR"); p.Lat != 46 || p.Population != 1000 {
				t.Errorf("France = %+v", p)
			}
		}},
		{"wrong number of fields", "P\t1\tX\n", true, nil},
		{"bad latitude", "P\t1\tX\tFR\t\tnorth\t2\t1\t\t\n", true, nil},
		{"latitude out of range", "P\t1\tX\tFR\t\t91\t2\t1\t\t\n", true, nil},
		{"bad population", "P\t1\tX\tFR\t\t1\t2\tmany\t\t\n", true, nil},
		{"unknown kind", "Q\t1\tX\tFR\t\t1\t2\t1\t\t\n", true, nil},
		{"no name", "P\t1\t\tFR\t\t1\t2\t1\t\t\n", true, nil},
		{"duplicate id", "P\t1\tX\tFR\t\t1\t2\t1\t\t\nP\t1\tY\tFR\t\t1\t2\t1\t\t\n", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := gazetteer.Parse(strings.NewReader(tt.table))
			if tt.wantErr {
				var pe *gazetteer.ParseError
				if !errors.As(err, &pe) || pe.Line < 1 {
					t.Errorf("error %v, want a ParseError with a line", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, g)
		})
	}
}

// TestCountryNames checks that countries go by the names news use, not
// the ISO table's formal ones.
func TestCountryNames(t *testing.T) {
	g := gazetteer.Default()
	for code, want := range map[string]string{"LY": "Libya", "BN": "Brunei", "RU": "Russia", "SY": "Syria", "GB": "United Kingdom"} {
		if p, ok := g.Country(code); !ok || p.Name != want {
			t.Errorf("Country(%q) = %q %v, want %q", code, p.Name, ok, want)
		}
	}
}
