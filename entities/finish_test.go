package entities

import (
	"strings"
	"testing"

	"github.com/timelinehq/timeline/corpus"
)

func TestFinishPersonThatIsNone(t *testing.T) {
	tests := []struct {
		text, name string
		want       Kind
	}{
		{"Critics of the Reagan Administration said so.", "Reagan Administration", Organization},
		{"The Administration said so.", "Administration", Organization},
		{"Safeguard took a stake in Sanchez, which makes software.", "Sanchez", Organization},
		{"Petrobras said its output rose.", "Petrobras", Organization},
		{"Peskov said it was too early.", "Peskov", Person},
		{"Reagan said he would veto it.", "Reagan", Person},
		{"Ronald Reagan, which no one doubted, won.", "Ronald Reagan", Person},
		{"Putin said in an interview broadcast by state television channel Mir.", "Mir", Organization},
		{"The newspaper Kommersant reported it.", "Kommersant", Organization},
		{"The channel interviewed Lavrov.", "Lavrov", Person},
		{"It was polled by Reuter correspondents.", "Reuter", Organization},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.name)
			m, ok := finish(tt.text, corpus.Span{Start: 0, End: len(tt.text)},
				Mention{Span: corpus.Span{Start: i, End: i + len(tt.name)}, Text: tt.name, Kind: Person})
			if !ok || m.Kind != tt.want {
				t.Errorf("%q in %q: kind %s (ok %v), want %s", tt.name, tt.text, m.Kind, ok, tt.want)
			}
		})
	}
}

func TestHeadlineNames(t *testing.T) {
	tests := []struct {
		name, text string
		found      []string // the mentions of the headline, as the tagger found them
		want       []string // the headline's mentions after headlines
	}{
		{"trimmed to the name the article repeats", "Lindsay Lohan Checks Into Court\nLindsay Lohan arrived at the court.",
			[]string{"Lindsay Lohan Checks"}, []string{"Lindsay Lohan"}},
		{"a word the article writes in lower case", "Fred LaRue, Watergate Figure, Dies at 75\nFred LaRue, a Watergate figure, died.",
			[]string{"Fred LaRue", "Watergate Figure"}, []string{"Fred LaRue"}},
		{"a name the article does not repeat stays", "Obama Names Hillary Clinton Envoy\nThe president named his envoy.",
			[]string{"Obama", "Hillary Clinton"}, []string{"Obama", "Hillary Clinton"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head := strings.Index(tt.text, "\n")
			sents := []corpus.Span{{Start: 0, End: head}, {Start: head + 1, End: len(tt.text)}}
			var ms []Mention
			for _, f := range tt.found {
				i := strings.Index(tt.text, f)
				ms = append(ms, Mention{Span: corpus.Span{Start: i, End: i + len(f)}, Text: f, Kind: Person, Sentence: 0})
			}
			// The body's own mention of the name, as the tagger finds it.
			body := tt.text[head+1:]
			for _, f := range tt.want {
				if i := strings.Index(body, f); i >= 0 {
					ms = append(ms, Mention{Span: corpus.Span{Start: head + 1 + i, End: head + 1 + i + len(f)}, Text: f, Kind: Person, Sentence: 1})
				}
			}
			var got []string
			for _, m := range headlines(tt.text, sents, ms) {
				if m.Sentence == 0 {
					got = append(got, m.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("headline mentions %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInitialCommonWords(t *testing.T) {
	tag, err := LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		word       string // a name that opens the first line
		kept       bool
	}{
		{"a common word the article writes in lower case", "Man charged in hit-and-run death of grandmother\nA Schenectady man was charged with manslaughter, police said.", "Man", false},
		{"the same word where the article never writes it in lower case", "Man charged in hit-and-run death of grandmother\nA Schenectady driver was charged with manslaughter, police said.", "Man", true},
		{"a surname of a longer name", "Sterling said the fund would grow.\nWilliam Sterling, who runs the fund, said sterling was weak.", "Sterling", true},
		{"a name news writes capitalized", "Turkey said it would buy wheat.\nThe turkey market in Ankara was quiet.", "Turkey", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head := strings.Index(tt.text, "\n")
			sents := []corpus.Span{{Start: 0, End: head}, {Start: head + 1, End: len(tt.text)}}
			found := false
			for _, m := range tag.Recognize(tt.text, sents) {
				found = found || m.Span.Start == 0 && m.Text == tt.word
			}
			if found != tt.kept {
				t.Errorf("%q opening %q: kept %v, want %v", tt.word, tt.text, found, tt.kept)
			}
		})
	}
}

func TestFacilities(t *testing.T) {
	type m = named
	tests := []struct {
		name, text string
		found      []m      // the tagger's mentions, in the order of the text
		want       []string // "KIND:name resolved by" of each mention after facilities
	}{
		{"a stay at the clinic",
			"Lohan entered the Betty Ford Center. She will stay 90 days at Betty Ford. Betty Ford, the former first lady, founded it.",
			[]m{{"Lohan", Person}, {"Betty Ford Center", Organization}, {"Betty Ford", Person}, {"Betty Ford", Person}},
			[]string{"PERSON:Lohan", "ORGANIZATION:Betty Ford Center", "ORGANIZATION:Betty Ford Center", "PERSON:Betty Ford"}},
		{"driven to the hospital",
			"He was driven to Walter Reed on Friday, where the Walter Reed Hospital staff met him.",
			[]m{{"Walter Reed", Person}, {"Walter Reed Hospital", Location}},
			[]string{"LOCATION:Walter Reed Hospital", "LOCATION:Walter Reed Hospital"}},
		{"no such place in the article",
			"She will stay 90 days at Betty Ford.",
			[]m{{"Betty Ford", Person}},
			[]string{"PERSON:Betty Ford"}},
		{"no word of place before it",
			"The Betty Ford Center opened in 1982, and Betty Ford spoke there.",
			[]m{{"Betty Ford Center", Organization}, {"Betty Ford", Person}},
			[]string{"ORGANIZATION:Betty Ford Center", "PERSON:Betty Ford"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsOf(tt.text, tt.found)
			var got []string
			for _, m := range facilities(tt.text, []corpus.Span{{Start: 0, End: len(tt.text)}}, ms) {
				if m.Text != tt.text[m.Span.Start:m.Span.End] {
					t.Errorf("%q does not hold its text %q", m.Text, tt.text[m.Span.Start:m.Span.End])
				}
				got = append(got, string(m.Kind)+":"+m.ResolvedName())
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNicknames(t *testing.T) {
	tests := []struct {
		name, text string
		found      []string // the tagger's person mentions, in order
		want       []string // "name resolved by [as written] ~name it goes by" after nicknames
	}{
		{"single quotes", "A vigil for Kimani 'Kiki' Gray, 16, was held.",
			[]string{"Kimani", "Kiki", "Gray"}, []string{"Kimani Gray [Kimani 'Kiki' Gray] ~Kiki Gray"}},
		{"brackets", "A vigil for Kimani (Kiki) Gray, 16, was held.",
			[]string{"Kimani", "Kiki", "Gray"}, []string{"Kimani Gray [Kimani (Kiki) Gray] ~Kiki Gray"}},
		{"double quotes, nickname not tagged", `Vincent "The Chin" Gigante died.`,
			[]string{"Vincent", "Gigante"}, []string{`Vincent Gigante [Vincent "The Chin" Gigante]`}},
		{"curly quotes", "Burkhard “Bobby” Junger was arrested.",
			[]string{"Burkhard", "Junger"}, []string{"Burkhard Junger [Burkhard “Bobby” Junger] ~Bobby Junger"}},
		{"a title in brackets is no nickname", "Chancellor of the Exchequer (Finance Minister) Nigel Lawson spoke.",
			[]string{"Exchequer", "Nigel Lawson"}, []string{"Exchequer [Exchequer]", "Nigel Lawson [Nigel Lawson]"}},
		{"a quoted phrase is no nickname", "Smith 'said no' Jones.",
			[]string{"Smith", "Jones"}, []string{"Smith [Smith]", "Jones [Jones]"}},
		{"two names side by side", "Kimani and Gray met.",
			[]string{"Kimani", "Gray"}, []string{"Kimani [Kimani]", "Gray [Gray]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := peopleOf(tt.text, tt.found)
			var got []string
			for _, m := range nicknames(tt.text, ms) {
				if m.Text != tt.text[m.Span.Start:m.Span.End] {
					t.Errorf("%q does not hold its text %q", m.Text, tt.text[m.Span.Start:m.Span.End])
				}
				g := m.ResolvedName() + " [" + m.Text + "]"
				if n := nicknamed(m); n != "" {
					g += " ~" + n
				}
				got = append(got, g)
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHyphensAndConjunctions(t *testing.T) {
	type m = named
	tests := []struct {
		name, text string
		found      []m      // the tagger's mentions, in the order of the text
		want       []string // "KIND:Text" after the fix-ups, in Recognize's order, from boundPrefixes to nationalityWords
	}{
		{"a full name takes the word after its hyphen", "IMF chief Dominique Strauss-Kahn said so.",
			[]m{{"Dominique Strauss", Person}, {"Kahn", Person}},
			[]string{"PERSON:Dominique Strauss-Kahn"}},
		{"the surname alone, once the article has the full name", "Dominique Strauss-Kahn came. Strauss-Kahn spoke.",
			[]m{{"Dominique Strauss", Person}, {"Kahn", Person}, {"Strauss", Organization}, {"Kahn", Person}},
			[]string{"PERSON:Dominique Strauss-Kahn", "PERSON:Strauss-Kahn"}},
		{"two names of one word are a pair", "The Trump-Putin meeting ended.",
			[]m{{"Trump", Person}, {"Putin", Person}},
			[]string{"PERSON:Trump", "PERSON:Putin"}},
		{"places stay apart", "The Vladimir Putin-era US-Russia talks ended.",
			[]m{{"Vladimir Putin", Person}, {"US", Location}, {"Russia", Location}},
			[]string{"PERSON:Vladimir Putin", "LOCATION:US", "LOCATION:Russia"}},
		{"not across spaces", "Dominique Strauss - Kahn said so.",
			[]m{{"Dominique Strauss", Person}, {"Kahn", Person}},
			[]string{"PERSON:Dominique Strauss", "PERSON:Kahn"}},
		{"a company's name with its legal form", "Borg-Warner Corp said so. Hiram Walker-Gooderham and Worts Ltd agreed.",
			[]m{{"Borg", Organization}, {"Warner Corp", Organization}, {"Hiram Walker", Person}, {"Gooderham and Worts Ltd", Organization}},
			[]string{"ORGANIZATION:Borg-Warner Corp", "ORGANIZATION:Hiram Walker-Gooderham and Worts Ltd"}},
		{"the company's stem elsewhere in the article", "Borg-Warner Corp said so. Borg-Warner shares fell, and Baldwin-United Corp and Baldwin-United rose.",
			[]m{{"Borg", Organization}, {"Warner Corp", Organization}, {"Borg", Organization}, {"Baldwin", Person}, {"United Corp", Organization}, {"United", Organization}},
			[]string{"ORGANIZATION:Borg-Warner Corp", "ORGANIZATION:Borg-Warner", "ORGANIZATION:Baldwin-United Corp", "ORGANIZATION:Baldwin-United"}},
		{"two names over 'and' that the article names apart", "The Federal Reserve Board and Bank of England met. The Bank of England and the Federal Reserve Board agreed.",
			[]m{{"Federal Reserve Board and Bank of England", Organization}, {"Bank of England", Organization}, {"Federal Reserve Board", Organization}},
			[]string{"ORGANIZATION:Federal Reserve Board", "ORGANIZATION:Bank of England", "ORGANIZATION:Bank of England", "ORGANIZATION:Federal Reserve Board"}},
		{"an organization and a country after it", "The Group of Five and Canada met.",
			[]m{{"Group of Five and Canada", Organization}},
			[]string{"ORGANIZATION:Group of Five", "LOCATION:Canada"}},
		{"two names that end alike", "Fuji Bank and Mitsubishi Bank lent more.",
			[]m{{"Fuji Bank and Mitsubishi Bank", Organization}},
			[]string{"ORGANIZATION:Fuji Bank", "ORGANIZATION:Mitsubishi Bank"}},
		{"a company's legal form ends the first of two", "Goldman, Sachs and Co and Lazard Freres and Co managed it.",
			[]m{{"Goldman, Sachs and Co and Lazard Freres and Co", Organization}},
			[]string{"ORGANIZATION:Goldman, Sachs and Co", "ORGANIZATION:Lazard Freres and Co"}},
		{"a company named with its possessive ends the first", "It is rated AAA by Moody's and Standard and Poor's.",
			[]m{{"Moody's and Standard and Poor", Organization}},
			[]string{"ORGANIZATION:Moody's", "ORGANIZATION:Standard and Poor"}},
		{"a country first is a company's name", "Hongkong and Shanghai Banking Corp said.",
			[]m{{"Hongkong and Shanghai Banking Corp", Organization}},
			[]string{"ORGANIZATION:Hongkong and Shanghai Banking Corp"}},
		{"a country of two parts stays whole", "Trinidad and Tobago signed.",
			[]m{{"Trinidad and Tobago", Organization}},
			[]string{"ORGANIZATION:Trinidad and Tobago"}},
		{"two countries after 'of' stay whole", "The Law Society of England and Wales said.",
			[]m{{"Law Society of England and Wales", Organization}},
			[]string{"ORGANIZATION:Law Society of England and Wales"}},
		{"a name with 'and' stays whole", "Procter and Gamble Co said. Procter rose.",
			[]m{{"Procter and Gamble Co", Organization}, {"Procter", Organization}},
			[]string{"ORGANIZATION:Procter and Gamble Co", "ORGANIZATION:Procter"}},
		{"a company's name cut at its possessive", "Wendy's International Inc declined. Wendy's rose, a Wendy's spokesman said.",
			[]m{{"Wendy", Person}, {"International Inc", Organization}, {"Wendy", Person}, {"Wendy", Person}},
			[]string{"ORGANIZATION:Wendy's International Inc", "ORGANIZATION:Wendy", "ORGANIZATION:Wendy"}},
		{"a company's name cut at its bracket", "Cheung Kong (Holdings) Ltd <CKGH.HK> said. Cheung Kong rose.",
			[]m{{"Cheung Kong", Person}, {"Holdings", Organization}, {"Ltd", Organization}, {"Cheung Kong", Person}},
			[]string{"ORGANIZATION:Cheung Kong (Holdings) Ltd", "ORGANIZATION:Cheung Kong"}},
		{"a possessive before a company's own name", "Reagan's International Harvester Co talks ended. Mr Reagan spoke.",
			[]m{{"Reagan", Person}, {"International Harvester Co", Organization}, {"Reagan", Person}},
			[]string{"PERSON:Reagan", "ORGANIZATION:International Harvester Co", "PERSON:Reagan"}},
		{"a bracket around a place", "Daiwa (Europe) Ltd said.",
			[]m{{"Daiwa", Organization}, {"Europe", Location}, {"Ltd", Organization}},
			[]string{"ORGANIZATION:Daiwa", "LOCATION:Europe", "ORGANIZATION:Ltd"}},
		{"two companies without a legal form are a pair", "The GM-Toyota venture grew.",
			[]m{{"GM", Organization}, {"Toyota", Organization}},
			[]string{"ORGANIZATION:GM", "ORGANIZATION:Toyota"}},
		{"a law named for two people", "The Gramm-Rudman balanced budget law forces cuts. Under Gramm-Rudman, Gramm said.",
			[]m{{"Gramm", Organization}, {"Rudman", Person}, {"Gramm", Person}, {"Rudman", Person}, {"Gramm", Person}},
			[]string{"PERSON:Gramm"}},
		{"a law named for three people, tagged whole", "the Gramm-Rudman-Hollings deficit target of 1988",
			[]m{{"Gramm-Rudman-Hollings", Person}},
			nil},
		{"an act", "the Hart-Scott-Rodino Act requires it",
			[]m{{"Hart", Person}, {"Scott-Rodino Act", Organization}},
			nil},
		{"people named side by side", "The Trump-Putin meeting ended on the budget.",
			[]m{{"Trump", Person}, {"Putin", Person}},
			[]string{"PERSON:Trump", "PERSON:Putin"}},
		{"places before a deficit", "the US-Japan trade deficit grew",
			[]m{{"US", Location}, {"Japan", Location}},
			[]string{"LOCATION:US", "LOCATION:Japan"}},
		{"a name without a hyphen", "the Reagan budget cuts",
			[]m{{"Reagan", Person}},
			[]string{"PERSON:Reagan"}},
		// Prefixes that never stand alone.
		{"a prefix that never stands alone joins the name after its hyphen", "the Inter-American Development Bank lent",
			[]m{{"Inter", Organization}, {"American Development Bank", Organization}},
			[]string{"ORGANIZATION:Inter-American Development Bank"}},
		{"a pair of countries stays two", "Franco-U.S. talks ended",
			[]m{{"Franco", Organization}, {"U.S.", Location}},
			[]string{"ORGANIZATION:Franco", "LOCATION:U.S."}},
		{"no hyphen, no join", "Inter and American Development Bank",
			[]m{{"Inter", Organization}, {"American Development Bank", Organization}},
			[]string{"ORGANIZATION:Inter", "ORGANIZATION:American Development Bank"}},
		// Nationality words.
		{"a nationality word before a noun", "The Philippine government and Philippine officials met.",
			[]m{{"Philippine", Organization}, {"Philippine", Location}},
			nil},
		{"a country's name stays", "Talks with the Philippines and Laos ended.",
			[]m{{"Philippines", Location}, {"Laos", Location}},
			[]string{"LOCATION:Philippines", "LOCATION:Laos"}},
		{"a company's short name as a subject stays", "American Airlines Inc said it would buy planes. American said the order was large.",
			[]m{{"American Airlines Inc", Organization}, {"American", Organization}},
			[]string{"ORGANIZATION:American Airlines Inc", "ORGANIZATION:American"}},
		{"the word before a noun, beside a company of its name", "Philippine Long Distance Telephone Co said Philippine stocks rose.",
			[]m{{"Philippine Long Distance Telephone Co", Organization}, {"Philippine", Organization}},
			[]string{"ORGANIZATION:Philippine Long Distance Telephone Co"}},
		{"an adjective that opens many names", "Federal funds traded at six pct.",
			[]m{{"Federal", Organization}},
			nil},
		{"the adjective as a company's short name", "Federal Paper Board Co Inc rose. Federal said sales grew.",
			[]m{{"Federal Paper Board Co Inc", Organization}, {"Federal", Organization}},
			[]string{"ORGANIZATION:Federal Paper Board Co Inc", "ORGANIZATION:Federal"}},
		{"a person's name is no nationality word", "Mr Russian said so.",
			[]m{{"Russian", Person}},
			[]string{"PERSON:Russian"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsOf(tt.text, tt.found)
			var got []string
			ms = conjoined(tt.text, boundPrefixes(tt.text, ms))
			ms = hyphenatedNames(tt.text, splitCompanies(tt.text, hyphenatedCompanies(tt.text, ms)))
			for _, m := range nationalityWords(tt.text, namedLaws(tt.text, ms)) {
				if m.Text != tt.text[m.Span.Start:m.Span.End] {
					t.Errorf("%q does not hold its text", m.Text)
				}
				got = append(got, string(m.Kind)+":"+m.Text)
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// named is a mention as a test gives it: a name and its kind, found in
// the text after the one before.
type named struct {
	name string
	kind Kind
}

// mentionsOf places the names in text, each after the one before.
// peopleOf is mentionsOf for the names of people found, in order.
func peopleOf(text string, found []string) []Mention {
	people := make([]named, len(found))
	for i, f := range found {
		people[i] = named{f, Person}
	}
	return mentionsOf(text, people)
}

func mentionsOf(text string, names []named) []Mention {
	var ms []Mention
	from := 0
	for _, f := range names {
		i := from + strings.Index(text[from:], f.name)
		ms = append(ms, Mention{Span: corpus.Span{Start: i, End: i + len(f.name)}, Text: f.name, Kind: f.kind})
		from = i + len(f.name)
	}
	return ms
}

func TestGluedOpeners(t *testing.T) {
	lower := map[string]bool{"analyst": true, "although": true, "echoing": true, "hunter": true, "de": true}
	usual := func(w string) (string, bool) {
		if lw := strings.ToLower(w); lower[lw] {
			return lw, true
		}
		return "", false
	}
	tests := []struct {
		name, text string
		found      []string // the tagger's person mentions, in order
		want       []string // their texts after gluedOpeners
	}{
		{"a typing error glued to a surname named before", "President Reagan spoke. Athough Reagan's topic was not disclosed.",
			[]string{"Reagan", "Athough Reagan"}, []string{"Reagan", "Reagan"}},
		{"a common word glued to a surname named before", "Comeau spoke. Analyst Comeau said so.",
			[]string{"Comeau", "Analyst Comeau"}, []string{"Comeau", "Comeau"}},
		{"a first name news text does not know", "Zelensky spoke. Volodymyr Zelensky said so.",
			[]string{"Zelensky", "Volodymyr Zelensky"}, []string{"Zelensky", "Volodymyr Zelensky"}},
		{"a given name", "Reagan spoke. Ronald Reagan said so.",
			[]string{"Reagan", "Ronald Reagan"}, []string{"Reagan", "Ronald Reagan"}},
		{"a particle", "Clercq spoke. De Clercq said so.",
			[]string{"Clercq", "De Clercq"}, []string{"Clercq", "De Clercq"}},
		{"the surname not named before", "Analyst Comeau said so. Comeau spoke.",
			[]string{"Analyst Comeau", "Comeau"}, []string{"Analyst Comeau", "Comeau"}},
		{"the two words written twice", "Comeau spoke. Analyst Comeau said so. Analyst Comeau left.",
			[]string{"Comeau", "Analyst Comeau", "Analyst Comeau"}, []string{"Comeau", "Analyst Comeau", "Analyst Comeau"}},
		{"not the sentence's first word", "Comeau spoke. He met Analyst Comeau.",
			[]string{"Comeau", "Analyst Comeau"}, []string{"Comeau", "Analyst Comeau"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := peopleOf(tt.text, tt.found)
			var sents []corpus.Span
			for start := 0; start < len(tt.text); {
				end := strings.Index(tt.text[start:], ". ")
				if end < 0 {
					end = len(tt.text)
				} else {
					end += start + 1
				}
				sents = append(sents, corpus.Span{Start: start, End: end})
				start = end + 1
			}
			for i := range ms {
				for si, s := range sents {
					if ms[i].Span.Start >= s.Start && ms[i].Span.Start < s.End {
						ms[i].Sentence = si
					}
				}
			}
			var got []string
			for _, m := range gluedOpeners(tt.text, sents, ms, usual) {
				if m.Text != tt.text[m.Span.Start:m.Span.End] {
					t.Errorf("%q does not hold its text %q", m.Text, tt.text[m.Span.Start:m.Span.End])
				}
				got = append(got, m.Text)
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
