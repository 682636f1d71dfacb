package entities

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleWords are the words that make up titles said before a name
// ("Russian Foreign Minister", "US Secretary of State", "Deputy U.N.
// Ambassador", "Kremlin spokesman"). They are matched without regard to
// case.
var titleWords = set(`president vice prime minister foreign defence defense interior finance
	secretary state general deputy ambassador envoy spokesman spokeswoman spokesperson press
	chief executive chairman chairwoman chair director head leader king queen prince princess
	senator sen rep representative congressman congresswoman governor gov mayor judge justice
	chancellor commander gen general lt col colonel capt captain sgt admiral officer official
	minister's premier emir sheikh pope cardinal bishop rev reverend dr doctor professor prof
	mr mrs ms miss sir lord lady dame attorney counsel adviser advisor aide coach manager ceo
	cfo coo founder co-founder owner president-elect former acting interim top senior national security
	regime opposition rebel party labour labor conservative republican democratic democrat
	presidential assistant special representative high commissioner commission secretary-general
	director-general u.n. un us u.s. uk u.k. eu ambassador-at-large delegate spokesman's
	councilman councilwoman councillor councilor alderman assemblyman assemblywoman sheriff
	detective inspector superintendent prosecutor trooper magistrate city county council member borough
	` + portfolios)

// portfolios are the fields of ministers and secretaries ("Transport
// Minister", "Trade Representative", "Health Secretary"): words of a
// title, none a title alone.
const portfolios = `transport transportation trade health education energy agriculture economy economic
	environment culture industry commerce treasury home social affairs development housing
	communications information intelligence budget planning oil petroleum mines fisheries tourism
	sports science technology welfare immigration telecommunications works veterans`

// modifierWords are title words that only qualify a title ("senior",
// "Foreign", "U.S."): a role of them alone ("top" of "top Reagan aides",
// "State") is none.
var modifierWords = set(`vice prime foreign defence defense interior finance state press
	former acting interim top senior national security regime opposition rebel party labour labor
	conservative presidential special high city county council borough commission
	u.n. un us u.s. uk u.k. eu ` + portfolios)

// IsTitleWord reports whether w (in any case) is a word of the titles said
// before a name: "President", "Secretary", "Foreign", "Minister", ...
func IsTitleWord(w string) bool { return titleWords[strings.ToLower(w)] }

// connectorWords may stand inside a title ("Secretary of State").
var connectorWords = set(`of for the and`)

// honorifics are titles that are not roles worth keeping on their own.
var honorifics = set(`mr mrs ms miss mme mr. mrs. ms. mme. dr dr. sir`)

// demonymRE matches a nationality adjective or country abbreviation that
// may open a title ("Russian President", "US Secretary of State").
var demonymRE = regexp.MustCompile(`^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)|US|U\.S\.|UK|U\.K\.|EU|UN|U\.N\.)$`)

// RoleBefore returns the title written just before the name at
// text[nameStart:], within the sentence that starts at sentStart:
// "Russian Foreign Minister" for "Russian Foreign Minister Sergey
// Lavrov". Honorifics alone ("Mr") give no role.
func RoleBefore(text string, sentStart, nameStart int) string {
	words := wordsBefore(text, sentStart, nameStart, 8)
	// Take title words from the right, allowing connectors inside.
	n := 0
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.TrimSuffix(words[i], ","))
		if strings.HasSuffix(words[i], ",") {
			break
		}
		if titleWords[w] || (connectorWords[w] && n > 0 && i > 0 && titleWords[strings.ToLower(words[i-1])]) {
			n = len(words) - i
			continue
		}
		if demonymRE.MatchString(words[i]) && !months[w] && n > 0 {
			n = len(words) - i
			continue
		}
		// A possessive owner opens a title: "Putin's spokesman".
		if n > 0 && (strings.HasSuffix(words[i], "'s") || strings.HasSuffix(words[i], "’s")) && isCapitalized(words[i]) {
			n = len(words) - i
		}
		break
	}
	if n == 0 {
		return ""
	}
	role := words[len(words)-n:]
	// Drop connectors and "the" at the start, honorifics anywhere.
	var kept []string
	for _, w := range role {
		lw := strings.ToLower(w)
		if honorifics[lw] {
			continue
		}
		if len(kept) == 0 && connectorWords[lw] {
			continue
		}
		kept = append(kept, w)
	}
	for len(kept) > 0 && connectorWords[strings.ToLower(kept[len(kept)-1])] {
		kept = kept[:len(kept)-1]
	}
	if len(kept) == 0 {
		return ""
	}
	// "former chairman of President Reagan's council": the title before
	// "of" is another person's, when the words after it hold a title of
	// their own ("Secretary of State" does not: State only qualifies).
	for i := len(kept) - 2; i > 0; i-- {
		if strings.EqualFold(kept[i], "of") && hasTitleHead(kept[i+1:]) && hasTitleHead(kept[:i]) {
			kept = kept[i+1:]
			break
		}
	}
	if !hasTitleHead(kept) {
		return ""
	}
	return strings.Join(kept, " ")
}

// months are the capitalized month names that demonymRE would take for
// nationality words ("In March President Reagan said").
var months = set(`january february march april may june july august september october november december`)

// hasTitleHead reports whether the words of a role hold a title that is
// more than a nationality or words that qualify a title ("senior",
// "State"): "Foreign Minister", "Chairman", not "top" of "top Reagan
// aides".
func hasTitleHead(words []string) bool {
	for _, w := range words {
		if lw := strings.ToLower(w); titleWords[lw] && !modifierWords[lw] {
			return true
		}
	}
	return false
}

// appositionRE matches ", the United Nations envoy," or ", Putin's
// spokesman," right after a name.
var appositionRE = regexp.MustCompile(`^,\s+((?:the|a|an|his|her|its|\p{Lu}[\p{L}.-]*(?:'s|’s))\s+(?:[\p{L}.-]+\s+){0,4}?(?:` + titleAlternation() + `))\s*[,.;]`)

func titleAlternation() string {
	return `envoy|spokesman|spokeswoman|spokesperson|minister|president|secretary|ambassador|leader|chief|executive|director|chairman|adviser|advisor|aide|general|commander|official|head|founder|governor|senator|mayor`
}

// AppositionAfter returns a role given in apposition right after the name
// that ends at text[nameEnd:]: "Putin's spokesman" in "Peskov, Putin's
// spokesman, said".
func AppositionAfter(text string, nameEnd, sentEnd int) string {
	if nameEnd >= sentEnd {
		return ""
	}
	m := appositionRE.FindStringSubmatch(text[nameEnd:sentEnd])
	if m == nil {
		return ""
	}
	return strings.TrimPrefix(strings.TrimPrefix(m[1], "the "), "a ")
}

// wordsBefore returns up to max white-space separated words that end at
// pos, not crossing start.
func wordsBefore(text string, start, pos, max int) []string {
	fields := lastFields(text[start:pos], max)
	if pos > start && !unicode.IsSpace(rune(text[pos-1])) && len(fields) > 0 {
		// The name is glued to the previous token (a quote, a bracket):
		// nothing before it is a title.
		return nil
	}
	return fields
}

// lastFields returns the last max fields of s, the tail of what
// strings.Fields(s) returns. It scans from the end: a name late in a long
// sentence needs the few words before it, and splitting the whole
// sentence for each name took most of wordsBefore's time.
func lastFields(s string, max int) []string {
	out := make([]string, 0, max) // last field first
	end := len(s)
	for len(out) < max {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		out = append(out, s[start:end])
		end = start
	}
	slices.Reverse(out)
	return out
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
