package entities

import (
	"cmp"
	"strings"

	"github.com/timelinehq/timeline/entities/gazetteer"
)

// stateBodyHeads end the names of a state's bodies that every country
// has: "Finance Ministry", "Agriculture Department", "Supreme Court".
var stateBodyHeads = map[string]bool{
	"ministry": true, "department": true, "treasury": true, "parliament": true,
	"cabinet": true, "government": true, "court": true, "police": true,
	"army": true, "navy": true, "bank": true,
}

// bodyWords tell one such body from another of the same country:
// "Finance", "Foreign", "Supreme", "Central".
var bodyWords = set(`finance foreign interior defence defense justice labour labor
	agricultural supreme high central constitutional federal state international external
	public national and of the for ` + portfolios)

// bodyTokens cuts an organization's name into lower-case words for
// stateBody: not nameTokens, whose spellings ("saudy" for "Saudi") no
// longer read as a country's.
func bodyTokens(name string) []string {
	f := strings.Fields(bodyFolder.Replace(strings.ToLower(name)))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return f
}

// bodyFolder drops possessives and periods and splits hyphenated words
// for bodyTokens.
var bodyFolder = strings.NewReplacer("'s", "", "’s", "", ".", "", "-", " ")

// stateBody returns the generic name of a state's body that every
// country has (a head and at most one word before it) from the folded
// tokens of an organization's name, with a country's name or nationality
// word before it left out ("West German Finance Ministry") and "Ministry
// of Finance" read as "finance ministry"; ok is false for any other name.
// A bank is one only as the central bank ("the Bank of Italy" is a name).
func stateBody(toks []string, countryCode func(string) string) (name string, ok bool) {
	if _, n := leadingCountry(toks, countryCode); n > 0 && n < len(toks) {
		toks = toks[n:]
	}
	if len(toks) == 0 {
		return "", false
	}
	head := toks[len(toks)-1]
	rest := toks[:len(toks)-1]
	if len(toks) >= 3 && stateBodyHeads[toks[0]] && toks[1] == "of" {
		// "Ministry of Finance", "Department of Agriculture".
		head, rest = toks[0], toks[2:]
	}
	if !stateBodyHeads[head] || head == "bank" && !(len(rest) == 1 && rest[0] == "central") {
		return "", false
	}
	var b strings.Builder
	words := 0
	for _, w := range rest {
		if !bodyWords[w] {
			return "", false
		}
		if w == "of" || w == "the" || w == "and" || w == "for" {
			continue
		}
		if words++; words > 1 {
			// "Ministry of International Trade and Industry": a name
			// of its own, which one country's body bears.
			return "", false
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	b.WriteString(head)
	return b.String(), true
}

// leadingCountry returns the country that the first one or two of
// folded name tokens name, by its name or a nationality word ("west
// german", "japan", "french"), and how many tokens name it; n is 0 for
// none.
func leadingCountry(toks []string, countryCode func(string) string) (code string, n int) {
	if len(toks) >= 2 {
		two := toks[0] + " " + toks[1]
		if c := cmp.Or(gazetteer.Demonym(two), countryCode(two)); c != "" {
			return c, 2
		}
	}
	if len(toks) >= 1 {
		if c := cmp.Or(gazetteer.Demonym(toks[0]), countryCode(toks[0])); c != "" {
			return c, 1
		}
	}
	return "", 0
}

// articleCountry returns the one country of all the places that an
// article names, or "" if they lie in more than one or there are none:
// the country of a state's body that the article names with no country
// word. A story on Japan's Finance Ministry names the United States as
// often as Japan; a story that names only Japan's places is of Japan.
func articleCountry(locals []Local) string {
	one := ""
	for _, l := range locals {
		if l.Kind != Location || l.Country == "" {
			continue
		}
		if one != "" && l.Country != one {
			return ""
		}
		one = l.Country
	}
	return one
}

// bodyPrefix opens the key of a state's body of a known country.
const bodyPrefix = "body:"

// bodyKey returns the key of a state's body of a known country
// ("body:finance ministry|FR"), or "" for any other local entity.
func (r *Resolver) bodyKey(l Local) string {
	if l.Kind != Organization || l.Country == "" {
		return ""
	}
	name, ok := stateBody(bodyTokens(l.Name), r.gz.CountryCode)
	if !ok {
		return ""
	}
	return bodyPrefix + name + "|" + l.Country
}

// titleCountry returns the one country that a title names, by its name
// or a nationality word ("JAPAN MARCH BOND COUPON SEEN UNCHANGED",
// "BELGIAN ECU COIN ISSUE PRICED"), or "" if it names none or several
// ("WEST GERMANY, TANZANIA AGREE DEBT RESCHEDULING", "U.S.-Russia").
func (r *Resolver) titleCountry(title string) string {
	words := strings.FieldsFunc(title, func(c rune) bool {
		return c == ' ' || c == ',' || c == ':' || c == ';' || c == '"' || c == '(' || c == ')' || c == '-' || c == '/'
	})
	one := ""
	for i := 0; i < len(words); i++ {
		w := strings.TrimSuffix(strings.TrimSuffix(words[i], "'S"), "'s")
		c := ""
		if i+1 < len(words) {
			if c = r.gz.CountryCode(w + " " + words[i+1]); c != "" {
				i++
			}
		}
		if c == "" {
			c = cmp.Or(gazetteer.Demonym(w), r.countryWord(w))
		}
		if c == "" {
			continue
		}
		if one != "" && c != one {
			return ""
		}
		one = c
	}
	return one
}

// countryWord is the country a word of a title names, not counting short
// words that are also common words or codes ("US" is; "IN", "TO" are not).
func (r *Resolver) countryWord(w string) string {
	if len(w) <= 3 && !strings.Contains(w, ".") && !strings.EqualFold(w, "US") && !strings.EqualFold(w, "UK") {
		return ""
	}
	return r.gz.CountryCode(w)
}

// countryQualified names a state's body with its country where its name
// does not ("Finance Ministry (Japan)"; not "French Finance Ministry"):
// every country has a Finance Ministry, and a graph would show several
// of one name.
func (r *Resolver) countryQualified(name, code string) string {
	if _, n := leadingCountry(bodyTokens(name), r.gz.CountryCode); n > 0 {
		return name
	}
	if p, ok := r.gz.Country(code); ok {
		return name + " (" + p.Name + ")"
	}
	return name
}
