package gazetteer

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	"golang.org/x/text/unicode/norm"
)

type isoCountry struct {
	code  string   // alpha-2
	name  string   // common English name
	names []string // every name it goes by
}

// commonNames are the short names news use where the ISO table gives a
// formal one ("Russian Federation", "Syrian Arab Republic").
var commonNames = map[string]string{
	"RU": "Russia", "SY": "Syria", "KR": "South Korea", "KP": "North Korea", "LA": "Laos",
	"VA": "Vatican City", "PS": "Palestine", "TW": "Taiwan", "MK": "North Macedonia",
	"SX": "Sint Maarten", "MF": "Saint Martin", "CG": "Republic of the Congo",
	"LY": "Libya", "BN": "Brunei",
}

// otherNames are names in common use that the ISO table does not give:
// informal and former names. A former state is named by its main
// successor ("Soviet Union" -> RU, "West Germany" -> DE), which is what a
// map of a corpus of older news needs.
var otherNames = map[string][]string{
	"US": {"America", "United States of America", "U.S.A.", "US", "USA", "U.S."},
	"GB": {"Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland"},
	"RU": {"Soviet Union", "USSR", "U.S.S.R.", "Russian Federation"},
	"DE": {"West Germany", "East Germany", "Federal Republic of Germany"},
	"AE": {"UAE", "U.A.E.", "Emirates"},
	"CD": {"DRC", "Zaire", "Congo-Kinshasa", "DR Congo"},
	"CG": {"Congo-Brazzaville", "Congo"},
	"CN": {"PRC", "People's Republic of China", "Mainland China"},
	"NL": {"Holland", "The Netherlands"},
	"CI": {"Ivory Coast"},
	"MM": {"Burma"},
	"KH": {"Kampuchea"},
	"CZ": {"Czech Republic", "Czechoslovakia"},
	"TR": {"Turkiye", "Türkiye"},
	"SZ": {"Eswatini", "Swaziland"},
	"TL": {"East Timor"},
	"CV": {"Cabo Verde"},
	"WS": {"Western Samoa"},
	"MK": {"Macedonia"},
	"VA": {"Vatican", "Holy See"},
	"PS": {"Palestinian Territories", "Palestinian Territory"},
	"KR": {"Korea"},
	"IR": {"Persia"},
	"YE": {"North Yemen", "South Yemen"},
}

// irregularDemonyms are the nationality words that no rule derives from
// the country's name.
var irregularDemonyms = map[string]string{
	"american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
	"french": "FR", "dutch": "NL", "greek": "GR", "swiss": "CH", "thai": "TH", "filipino": "PH",
	"philippine": "PH", "danish": "DK", "czech": "CZ", "slovak": "SK", "irish": "IE",
	"icelandic": "IS", "afghan": "AF", "saudi": "SA", "emirati": "AE", "argentine": "AR",
	"peruvian": "PE", "norwegian": "NO", "portuguese": "PT", "belgian": "BE", "cypriot": "CY",
	"soviet": "RU", "west german": "DE", "east german": "DE", "palestinian": "PS", "malagasy": "MG", "welshman": "GB", "turkish": "TR",
	"polish": "PL", "swedish": "SE", "finnish": "FI", "spanish": "ES", "israeli": "IL",
	"kuwaiti": "KW", "iraqi": "IQ", "pakistani": "PK", "bangladeshi": "BD", "yemeni": "YE",
	"qatari": "QA", "omani": "OM", "ukrainian": "UA", "hungarian": "HU", "italian": "IT",
	"german": "DE", "chinese": "CN", "japanese": "JP", "lebanese": "LB", "vietnamese": "VN",
	"sudanese": "SD", "taiwanese": "TW", "congolese": "CD", "dominican": "DO", "kazakh": "KZ",
	"uzbek": "UZ", "tajik": "TJ", "kyrgyz": "KG", "turkmen": "TM", "azerbaijani": "AZ",
	"bahraini": "BH", "nepalese": "NP", "burmese": "MM", "lao": "LA", "laotian": "LA",
	"singaporean": "SG", "new zealander": "NZ", "zimbabwean": "ZW", "mexican": "MX",
	"canadian": "CA", "egyptian": "EG", "iranian": "IR", "brazilian": "BR", "chilean": "CL",
	"ecuadorian": "EC", "venezuelan": "VE", "colombian": "CO", "cuban": "CU", "haitian": "HT",
	"north korean": "KP", "south korean": "KR", "korean": "KR", "syrian": "SY", "russian": "RU",
	"jordanian": "JO", "libyan": "LY", "tunisian": "TN", "moroccan": "MA", "algerian": "DZ",
	"nigerian": "NG", "nigerien": "NE", "kenyan": "KE", "ethiopian": "ET", "somali": "SO",
	"indian": "IN", "indonesian": "ID", "malaysian": "MY", "australian": "AU", "austrian": "AT",
	"romanian": "RO", "bulgarian": "BG", "serbian": "RS", "croatian": "HR", "bosnian": "BA",
	"albanian": "AL", "georgian": "GE", "armenian": "AM", "belarusian": "BY", "lithuanian": "LT",
	"latvian": "LV", "estonian": "EE", "slovenian": "SI", "macedonian": "MK", "moldovan": "MD",
}

var isoCountries = sync.OnceValue(func() []isoCountry {
	var out []isoCountry
	for _, c := range countries.All() {
		code := c.Alpha2()
		if len(code) != 2 || !c.IsValid() {
			continue
		}
		formal := c.String()
		bare, paren := formal, ""
		if i := strings.Index(formal, " ("); i > 0 {
			bare = formal[:i]
			paren = strings.TrimSuffix(formal[i+2:], ")")
		}
		name := bare
		if n, ok := commonNames[code]; ok {
			name = n
		}
		names := []string{name, bare, formal}
		// "Timor-Leste (East Timor)", "Holy See (Vatican City State)": the
		// part in brackets is a name too, unless it is a description
		// ("Iran (Islamic Republic of)").
		if paren != "" && !strings.HasSuffix(paren, " of") && !strings.Contains(paren, "Occupied") && !strings.HasPrefix(paren, "Province") {
			names = append(names, paren)
		}
		names = append(names, otherNames[code]...)
		out = append(out, isoCountry{code: code, name: name, names: names})
	}
	return out
})

// demonyms maps folded nationality words to country codes: the irregular
// ones, and those derived from each country's common name by the
// usual English endings (Syria -> Syrian, Iraq -> Iraqi, Japan ->
// Japanese, Brazil -> Brazilian). A form two countries would share is
// dropped.
var demonyms = sync.OnceValue(func() map[string]string {
	count := map[string]map[string]bool{}
	put := func(form, code string) {
		if count[form] == nil {
			count[form] = map[string]bool{}
		}
		count[form][code] = true
	}
	for _, c := range isoCountries() {
		n := Fold(c.name)
		if n == "" {
			continue
		}
		last := n[len(n)-1]
		switch {
		case last == 'a':
			put(n+"n", c.code)
			put(n[:len(n)-1]+"ian", c.code)
			put(n[:len(n)-1]+"ese", c.code)
		case last == 'y':
			put(n[:len(n)-1]+"ian", c.code)
		case last == 'e':
			put(n[:len(n)-1]+"ian", c.code)
			put(n+"an", c.code)
		case strings.ContainsRune("aeiou", rune(last)):
			put(n+"an", c.code)
		default:
			put(n+"ian", c.code)
			put(n+"i", c.code)
			put(n+"ese", c.code)
		}
	}
	out := map[string]string{}
	for form, codes := range count {
		if len(codes) == 1 {
			for code := range codes {
				out[form] = code
			}
		}
	}
	for form, code := range irregularDemonyms {
		out[form] = code
	}
	return out
})

// Demonym returns the country of a nationality word ("Russian",
// "Iraqis", "U.S." is not one): the ISO alpha-2 code, or "".
func Demonym(word string) string {
	f := Fold(word)
	if c, ok := demonyms()[f]; ok {
		return c
	}
	if strings.HasSuffix(f, "s") {
		if c, ok := demonyms()[f[:len(f)-1]]; ok {
			return c
		}
	}
	return ""
}

// countryByName is the fallback for spellings the name index lacks: the
// ISO table's own matcher, which knows many variants, but neither two- or
// three-letter codes (words such as "IN", "CAN" or "AND" in capitals) nor
// nationality words.
func countryByName(name string) string {
	bare := strings.ReplaceAll(strings.TrimSpace(name), ".", "")
	letters := 0
	for _, r := range bare {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	// "Pan Am" is no "PANAM", an alias of Panama: a name of several words
	// short enough to be a code is not read as one.
	if letters <= 3 || Demonym(name) != "" || strings.Contains(bare, " ") && letters <= 5 {
		return ""
	}
	c := countries.ByName(bare)
	if c == countries.Unknown || !c.IsValid() {
		return ""
	}
	return c.Alpha2()
}

// CountryCode returns the ISO alpha-2 code of a country name ("Russian
// Federation", "U.S.", "Soviet Union"), or "" when name names no country.
func (g *Gazetteer) CountryCode(name string) string {
	for _, c := range g.byName[Fold(name)] {
		if p := g.places[c.place]; p.Kind == Country {
			return p.Country
		}
	}
	return countryByName(name)
}

func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s // nothing to decompose, no marks to drop
	}
	var buf [128]byte
	d := norm.NFD.AppendString(buf[:0], s)
	out := make([]byte, 0, len(d))
	for len(d) > 0 {
		r, size := utf8.DecodeRune(d)
		if !unicode.Is(unicode.Mn, r) {
			out = utf8.AppendRune(out, r)
		}
		d = d[size:]
	}
	return string(out)
}

func toLower(r rune) rune { return unicode.ToLower(r) }
