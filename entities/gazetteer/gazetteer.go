// Package gazetteer names the places of the world: countries with their
// ISO 3166 codes and their official, common and former names (from
// github.com/biter777/countries), and cities and first-level regions
// (states, provinces) with their coordinates and country, from a table
// derived from GeoNames (see NOTICE and README.md).
//
// A name may name several places ("Moscow" in Russia and in Idaho,
// "Georgia" the country and the US state): [Gazetteer.Lookup] returns
// every candidate, most prominent first, and [Gazetteer.Resolve] picks one
// with the help of the other places an article names.
package gazetteer

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Kind is what sort of place a Place is.
type Kind uint8

// Place kinds.
const (
	Country Kind = iota + 1
	Region       // a first-level administrative division: a state, province, oblast
	City         // a populated place
)

func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Region:
		return "region"
	case City:
		return "city"
	}
	return "place"
}

// Place is a country, region or city.
type Place struct {
	ID         string // "country/RU", "region/US.WA", "city/524901" (a GeoNames ID)
	Name       string // the English name
	Kind       Kind
	Country    string // ISO 3166-1 alpha-2 code of the country it is or lies in
	Region     string // for a city, the ID of its region ("region/US.WA"), if known
	Lat, Lon   float64
	Population int  // for a region, that of its largest city
	Capital    bool // a country's capital
	Seat       bool // the seat of a first-level division
}

// Gazetteer looks places up by name. It is immutable and safe for
// concurrent use.
type Gazetteer struct {
	places   []Place
	byName   map[string][]candidate // folded name -> candidates, best first
	byID     map[string]int
	byAbbrev map[string]int // abbreviation key -> region ("calif." -> California)
}

type candidate struct {
	place int
	score float64
	lit   string // the name it was found by, as litKey writes it
}

//go:embed places.tsv.gz
var placesGz []byte

// Default returns the gazetteer built into the package. It is loaded once,
// on first use (a fraction of a second), and shared.
func Default() *Gazetteer { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Gazetteer {
	zr, err := gzip.NewReader(bytes.NewReader(placesGz))
	if err != nil {
		panic("gazetteer: embedded table: " + err.Error()) // a build defect, caught by the tests
	}
	g, err := parse(zr, defaultPlaces)
	if err != nil {
		panic("gazetteer: embedded table: " + err.Error())
	}
	return g
})

// ParseError reports a malformed line of a gazetteer table.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("gazetteer: line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads a gazetteer table in the format of places.tsv (after
// gunzip): one place a line, tab-separated kind (C, R or P), id, name,
// country, region code, latitude, longitude, population, GeoNames feature
// code and alternate names separated by "|"; lines starting with "#" are
// comments. Every country of the ISO table is present whether or not the
// table lists it; the table adds coordinates.
func Parse(r io.Reader) (*Gazetteer, error) { return parse(r, 0) }

// defaultPlaces is about the number of places of the embedded table, for
// sizing its tables at once.
const defaultPlaces = 32 << 10

// parse is Parse, with room made for about size places.
func parse(r io.Reader, size int) (*Gazetteer, error) {
	g := &Gazetteer{
		places: make([]Place, 0, size),
		byName: make(map[string][]candidate, size+size/4),
		byID:   make(map[string]int, size),
	}
	for _, c := range isoCountries() {
		g.add(Place{ID: "country/" + c.code, Name: c.name, Kind: Country, Country: c.code}, c.names, nil)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return nil, &ParseError{line, fmt.Errorf("%d fields, want 10", len(f))}
		}
		lat, err1 := strconv.ParseFloat(f[5], 64)
		lon, err2 := strconv.ParseFloat(f[6], 64)
		pop, err3 := strconv.Atoi(f[7])
		switch {
		case err1 != nil:
			return nil, &ParseError{line, err1}
		case err2 != nil:
			return nil, &ParseError{line, err2}
		case err3 != nil:
			return nil, &ParseError{line, err3}
		case lat < -90 || lat > 90 || lon < -180 || lon > 180:
			return nil, &ParseError{line, fmt.Errorf("coordinates %v,%v out of range", lat, lon)}
		}
		p := Place{Name: f[2], Country: f[3], Lat: lat, Lon: lon, Population: pop}
		var alts []string
		switch f[0] {
		case "C":
			i, ok := g.byID["country/"+f[1]]
			if !ok {
				continue // a territory the ISO table does not know
			}
			q := &g.places[i]
			q.Lat, q.Lon, q.Population = lat, lon, pop
			continue
		case "R":
			p.ID, p.Kind = "region/"+f[1], Region
		case "P":
			p.ID, p.Kind = "city/"+f[1], City
			if f[4] != "" {
				p.Region = "region/" + f[3] + "." + f[4]
			}
			p.Capital, p.Seat = f[8] == "PPLC", f[8] == "PPLA"
			if f[9] != "" {
				alts = strings.Split(f[9], "|")
			}
		default:
			return nil, &ParseError{line, fmt.Errorf("unknown kind %q", f[0])}
		}
		if p.Name == "" || p.Country == "" {
			return nil, &ParseError{line, fmt.Errorf("place without a name or country")}
		}
		if _, dup := g.byID[p.ID]; dup {
			return nil, &ParseError{line, fmt.Errorf("duplicate id %s", p.ID)}
		}
		g.add(p, []string{p.Name}, alts)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, cs := range g.byName {
		if len(cs) < 2 {
			continue
		}
		slices.SortStableFunc(cs, func(a, b candidate) int {
			if c := byScore(a, b); c != 0 {
				return c
			}
			return strings.Compare(g.places[a.place].ID, g.places[b.place].ID)
		})
	}
	g.addAbbrevs()
	return g, nil
}

// add registers a place under its names and alternate names. A name made
// of compass words alone ("North", "South West", "Central": regions of
// Cameroon, Ghana or Zambia) or that names a continent or a region of the
// world ("Asia", a town of the Philippines) is not indexed: in news it
// names no such place.
func (g *Gazetteer) add(p Place, names, alts []string) {
	i := len(g.places)
	g.places = append(g.places, p)
	g.byID[p.ID] = i
	var seen []string // the folded names indexed so far, few
	own := Fold(p.Name) + " "
	put := func(n string, isAlt bool) {
		k := Fold(n)
		if k == "" || slices.Contains(seen, k) || p.Kind != Country && (worldRegions[k] || compassOnly(k)) {
			return
		}
		seen = append(seen, k)
		// A short form of a large city's own name ("New York" of "New
		// York City") is as good as the name; not of a smaller one's
		// ("Oklahoma" is the state before Oklahoma City).
		alt := isAlt && !(strings.HasPrefix(own, k) && own[len(k)] == ' ' && p.Population >= 1000000)
		g.byName[k] = append(g.byName[k], candidate{i, prominence(p, alt), litKey(n)})
	}
	for _, n := range names {
		put(n, false)
	}
	for _, n := range alts {
		put(n, true)
	}
}

// compassWords name a part of something, not a place, when a name has no
// other word.
var compassWords = wordSet(`north south east west northeast northwest southeast southwest
	northern southern eastern western central centre center far upper lower middle`)

// worldRegions are continents and regions of the world, which no country
// holds; a town of that name (Asia, Philippines) is not what news mean.
var worldRegions = wordSet(`asia europe africa oceania antarctica arctic`)

func compassOnly(folded string) bool {
	for _, w := range strings.Fields(folded) {
		if !compassWords[w] {
			return false
		}
	}
	return true
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// prominence ranks the places a name may name: countries first, then
// capitals, seats of regions and large cities. A region counts as its
// largest city, and loses a tie to a city of its name ("New York"). An
// alternate name counts a tenth of the place's population, without the
// bonus of a capital or seat: "Philadelphia" (an old name of Amman) is
// the city in Pennsylvania, "Victoria" (of Hong Kong) the Australian
// state.
func prominence(p Place, alt bool) float64 {
	s := float64(p.Population) + 1
	switch {
	case p.Kind == Country:
		s += 1e12
	case alt:
		s /= 10
	case p.Capital:
		s *= 10
	case p.Seat:
		s *= 2
	case p.Kind == Region:
		s *= 0.99
	}
	return s
}

// litKey is a name as written, but for case, accents and periods: what a
// name must share with a place's own spelling to match it literally
// ("ST. LOUIS" and "St Louis" match "St. Louis" literally, not
// "Saint-Louis").
func litKey(name string) string {
	if k, ok := litKeyASCII(name); ok {
		return k
	}
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(foldAccents(name), ".", "")), " "))
}

// litKeyASCII is litKey for a name in ASCII, in one allocation; ok is
// false for any other name.
func litKeyASCII(name string) (key string, ok bool) {
	out := make([]byte, 0, len(name))
	space := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c == '.':
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = len(out) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, c)
	}
	return string(out), true
}

// byScore orders candidates by decreasing score.
func byScore(a, b candidate) int { return cmp.Compare(b.score, a.score) }

// literalBoost is how much more a candidate counts when the name is
// written as the place spells it than when they only fold alike.
const literalBoost = 4

// candidates returns the candidates of a name, best first: by prominence,
// a literal match counting literalBoost times.
func (g *Gazetteer) candidates(name string) []candidate {
	cs := g.byName[Fold(name)]
	if len(cs) < 2 {
		return cs
	}
	lit := litKey(name)
	out := make([]candidate, len(cs))
	copy(out, cs)
	for i := range out {
		if out[i].lit == lit {
			out[i].score *= literalBoost
		}
	}
	slices.SortStableFunc(out, byScore)
	return out
}

// Lookup returns the places that name may name, most prominent first. The
// slice is the caller's. A US state's or Canadian province's abbreviation
// written with its periods ("Calif.", "N.J.", "Ont.") names that region
// alone.
func (g *Gazetteer) Lookup(name string) []Place {
	if p, ok := g.Abbreviation(name); ok {
		return []Place{p}
	}
	cs := g.candidates(name)
	if len(cs) == 0 {
		if code := countryByName(name); code != "" {
			if i, ok := g.byID["country/"+code]; ok {
				return []Place{g.places[i]}
			}
		}
		return nil
	}
	out := make([]Place, len(cs))
	for i, c := range cs {
		out[i] = g.places[c.place]
	}
	return out
}

// Place returns the place of an ID ("country/RU", "city/524901").
func (g *Gazetteer) Place(id string) (Place, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Country returns the country of an ISO alpha-2 code.
func (g *Gazetteer) Country(code string) (Place, bool) {
	return g.Place("country/" + strings.ToUpper(code))
}

// Context is what else an article says about places: the countries and
// regions (IDs) of the other places it names.
type Context struct {
	Countries map[string]bool // ISO codes
	Regions   map[string]bool // region IDs
}

// Resolve picks the place that name names, given the context of the
// article; ok is false when the name names no place. A region's
// abbreviation names that region. A candidate whose
// region the article names otherwise (Atlanta, Georgia) wins; else a
// candidate in a country the article names wins over a more prominent one
// abroad unless that one is a hundred times as prominent or a country;
// else the most prominent wins.
func (g *Gazetteer) Resolve(name string, ctx Context) (Place, bool) {
	if p, ok := g.Abbreviation(name); ok {
		return p, true
	}
	cs := g.candidates(name)
	if len(cs) == 0 {
		ps := g.Lookup(name)
		if len(ps) == 0 {
			return Place{}, false
		}
		return ps[0], true
	}
	best := cs[0]
	for _, c := range cs {
		p := g.places[c.place]
		if p.Kind != Country && (p.Region != "" && ctx.Regions[p.Region] || p.Kind == Region && ctx.Regions[p.ID]) {
			return p, true
		}
	}
	if g.places[best.place].Kind == Country || ctx.Countries[g.places[best.place].Country] {
		return g.places[best.place], true
	}
	famous, own := g.famous(best), g.ownName(best)
	for _, c := range cs[1:] {
		if p := g.places[c.place]; famous && p.small() && c.score*2 <= best.score || own && !g.ownName(c) {
			continue
		}
		if ctx.Countries[g.places[c.place].Country] && c.score*100 >= best.score {
			return g.places[c.place], true
		}
	}
	return g.places[best.place], true
}

// famous reports whether a candidate is known far from home by its name
// alone: a capital, a region's seat, a region or a city of half a million,
// found by its own name, not an alternate one ("Pekin" is a town in
// Illinois before it is Beijing).
func (g *Gazetteer) famous(c candidate) bool {
	p := g.places[c.place]
	return (p.Capital || p.Seat || p.Kind == Region || p.Population >= 500000) && g.ownName(c)
}

// ownName reports whether c was found by its place's own name, not an
// alternate one.
func (g *Gazetteer) ownName(c candidate) bool {
	return c.lit == litKey(g.places[c.place].Name)
}

// small reports whether p is a town of fewer than 50,000 people that is
// neither a capital nor a seat: news name such a town alone only in a
// story of its own region, which then names the region.
func (p Place) small() bool {
	return p.Kind == City && !p.Capital && !p.Seat && p.Population < 50000
}

// Fold is the key names are matched by: lower case, accents and
// punctuation dropped, hyphens as spaces, a leading "the" dropped, "St"
// spelled "saint" ("St. Petersburg" and "Saint-Petersburg" fold alike).
func Fold(name string) string {
	if f, ok := foldASCII(name); ok {
		return f
	}
	return foldUnicode(name)
}

// foldASCII is Fold for a name in ASCII, most names of English news,
// without the copies of the general case; ok is false for any other name.
func foldASCII(name string) (folded string, ok bool) {
	var tmp [64]byte
	low := tmp[:0]
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c == '.' || c == '\'' || c == ',' || c == '(' || c == ')':
			continue
		case c == '-' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			c = ' '
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	words := 0
	for i := 0; i < len(low); i++ {
		if low[i] != ' ' && (i == 0 || low[i-1] == ' ') {
			words++
		}
	}
	out := make([]byte, 0, len(low)+8)
	first := true
	for i := 0; i < len(low); {
		if low[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(low) && low[j] != ' ' {
			j++
		}
		w := low[i:j]
		i = j
		if first && words > 1 && string(w) == "the" {
			first = false
			continue
		}
		first = false
		if string(w) == "st" || string(w) == "ste" {
			w = []byte("saint")
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, w...)
	}
	return string(out), true
}

// foldUnicode is Fold for any name.
func foldUnicode(name string) string {
	var b strings.Builder
	for _, r := range foldAccents(name) {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == ',' || r == '(' || r == ')':
		case r == '-' || r == ' ' || r == '\t' || r == '\n' || r == '/':
			b.WriteByte(' ')
		default:
			b.WriteRune(toLower(r))
		}
	}
	f := strings.Fields(b.String())
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	for i, w := range f {
		if w == "st" || w == "ste" {
			f[i] = "saint"
		}
	}
	return strings.Join(f, " ")
}
