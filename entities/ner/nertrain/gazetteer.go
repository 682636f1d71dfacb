package nertrain

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/biter777/countries"
	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/timelinehq/timeline/entities/ner"
)

// Gazetteer lists, in the order the model numbers them.
const (
	ListCountry   = "country"
	ListCity      = "city"
	ListRegion    = "region"
	ListOrg       = "org"
	ListFirstName = "first-name"
	ListLastName  = "last-name"
	ListPerson    = "person"
)

var (
	reFact   = regexp.MustCompile(`bgfact\("([^"]+)","(\w+)",\[([^\]]*)\]\)`)
	reQuoted = regexp.MustCompile(`"([^"]+)"`)
	// reCompanySuffix matches the legal form after a company's name.
	reCompanySuffix = regexp.MustCompile(`,?\s+(Inc|LLC|Corp|Corporation|Co|Ltd|LP|PLC)\.?$`)
)

// Gazetteer builds the gazetteer lists from the Go modules
// github.com/biter777/countries (countries, capitals, subdivisions; BSD
// licence) and github.com/brianvoe/gofakeit/v7 (first and last names, names of
// well-known people, company names, US cities and states; MIT licence), and from the lists that come with
// Reuters-21578 under dataDir (the CIA World Factbook facts: countries,
// capitals and the organizations countries belong to; the people, places
// and organizations of its categories), and, if places is not empty, the
// cities (15,000 people or more, capitals and seats) and first-level
// regions of the GeoNames-derived table of package entities/gazetteer
// (places.tsv.gz; CC BY 4.0). A missing data folder leaves out the
// Reuters-21578 lists.
func Gazetteer(dataDir, places string) []ner.List {
	sets := map[string]map[string]bool{}
	add := func(list, name string) {
		name = normalize(name)
		if name == "" {
			return
		}
		if sets[list] == nil {
			sets[list] = map[string]bool{}
		}
		sets[list][name] = true
	}
	for _, c := range countries.All() {
		add(ListCountry, c.String())
		if cap := c.Capital().String(); cap != "" && !strings.Contains(cap, "Unknown") {
			add(ListCity, cap)
		}
	}
	for _, s := range countries.AllSubdivisionsInfo() {
		add(ListRegion, s.Name)
	}
	for _, n := range data.Person["first"] {
		add(ListFirstName, n)
	}
	for _, n := range data.Person["last"] {
		add(ListLastName, n)
	}
	for _, n := range data.Company["name"] {
		add(ListOrg, reCompanySuffix.ReplaceAllString(n, ""))
	}
	for _, k := range []string{"actor", "business", "sport"} {
		for _, n := range data.Celebrity[k] {
			add(ListPerson, n)
		}
	}
	for _, n := range data.Address["city"] {
		add(ListCity, n)
	}
	for _, n := range data.Address["state"] {
		add(ListRegion, n)
	}
	for _, n := range data.Address["country"] {
		add(ListCountry, n)
	}

	r := filepath.Join(dataDir, "reuters21578")
	if b, err := os.ReadFile(filepath.Join(r, "feldman-cia-worldfactbook-data.txt")); err == nil {
		text := strings.ReplaceAll(decodeText(b), "=\n", "") // quoted-printable soft breaks
		for _, m := range reFact.FindAllStringSubmatch(text, -1) {
			add(ListCountry, m[1])
			for _, q := range reQuoted.FindAllStringSubmatch(m[3], -1) {
				switch m[2] {
				case "Capital":
					add(ListCity, q[1])
				case "LandBounderies":
					add(ListCountry, q[1])
				case "MemberOf":
					add(ListOrg, q[1])
				}
			}
		}
	}
	for file, list := range map[string]string{
		"all-places-strings.lc.txt":    ListCountry,
		"all-people-strings.lc.txt":    ListLastName,
		"all-orgs-strings.lc.txt":      ListOrg,
		"all-exchanges-strings.lc.txt": ListOrg,
	} {
		b, err := os.ReadFile(filepath.Join(r, file))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if list == ListLastName {
				// "abdel-hadi-kandeel": the surname is the last part.
				parts := strings.Split(line, "-")
				line = parts[len(parts)-1]
			} else {
				line = strings.ReplaceAll(line, "-", " ")
			}
			add(list, line)
		}
	}

	if places != "" {
		addPlaces(places, add)
	}

	var out []ner.List
	for _, name := range []string{ListCountry, ListCity, ListRegion, ListOrg, ListFirstName, ListLastName, ListPerson} {
		phrases := make([]string, 0, len(sets[name]))
		for p := range sets[name] {
			phrases = append(phrases, p)
		}
		slices.Sort(phrases)
		out = append(out, ner.List{Name: name, Phrases: phrases})
	}
	return out
}

// normalize tokenizes a name and joins its tokens with spaces, dropping
// parenthesized parts ("Korea (Republic of)").
func normalize(name string) string {
	if i := strings.IndexAny(name, "(,"); i >= 0 {
		name = name[:i]
	}
	toks := ner.Tokenize(strings.TrimSpace(name))
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return strings.Join(words, " ")
}

// addPlaces adds the city and region names of a places.tsv.gz table of
// package entities/gazetteer: tab-separated kind (C, R, P), id, name,
// country, admin1, lat, lon, population, feature, alternate names ("|").
func addPlaces(path string, add func(list, name string)) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 || strings.HasPrefix(cols[0], "#") || cols[2] == "" {
			continue
		}
		switch cols[0] {
		case "P":
			add(ListCity, cols[2])
		case "R":
			add(ListRegion, cols[2])
		}
	}
}
