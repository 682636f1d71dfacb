package entities_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
)

// article builds the mentions of an article from a marked-up text: each
// name in [brackets] with its kind after a bar ("[Putin|P]"), and the
// title before it in the text; a name resolved by another than its text
// follows it after "=" ("[Kimani 'Kiki' Gray=Kimani Gray|P]"). It returns the plain text and mentions as
// the tagger would give them, then trimmed as Recognize does.
func article(t *testing.T, marked string) (string, []entities.Mention) {
	t.Helper()
	kinds := map[string]entities.Kind{"P": entities.Person, "L": entities.Location, "O": entities.Organization}
	var b strings.Builder
	var ms []entities.Mention
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			b.WriteString(marked)
			break
		}
		b.WriteString(marked[:i])
		j := strings.IndexByte(marked[i:], ']')
		name, kind, _ := strings.Cut(marked[i+1:i+j], "|")
		name, resolved, _ := strings.Cut(name, "=")
		start := b.Len()
		b.WriteString(name)
		ms = append(ms, entities.Mention{Span: corpus.Span{Start: start, End: b.Len()}, Text: name, Name: resolved, Kind: kinds[kind]})
		marked = marked[i+j+1:]
	}
	text := b.String()
	sent := corpus.Span{Start: 0, End: len(text)}
	var out []entities.Mention
	for _, m := range ms {
		if m, ok := entities.Trim(text, sent, m); ok {
			if m.Kind == entities.Person && m.Role == "" {
				m.Role = entities.RoleBefore(text, 0, m.Span.Start)
			}
			if m.Kind == entities.Person && m.Role == "" {
				m.Role = entities.AppositionAfter(text, m.Span.End, len(text))
			}
			out = append(out, m)
		}
	}
	return text, out
}

// resolve runs Group and a Resolver over articles and returns the
// entities with, per article and mention, the entity ID.
func resolve(t *testing.T, arts ...string) ([]entities.Entity, [][]entities.ID) {
	t.Helper()
	r := entities.NewResolver()
	var handles [][]entities.Handle
	var owners [][]int
	for i, a := range arts {
		_, ms := article(t, a)
		locals, owner := entities.Group(ms)
		handles = append(handles, r.Add(string(rune('a'+i)), locals))
		owners = append(owners, owner)
	}
	ents, idOf := r.Finish()
	ids := make([][]entities.ID, len(arts))
	for i := range arts {
		for _, o := range owners[i] {
			ids[i] = append(ids[i], idOf(handles[i][o]))
		}
	}
	return ents, ids
}

func find(ents []entities.Entity, id entities.ID) *entities.Entity {
	for i := range ents {
		if ents[i].ID == id {
			return &ents[i]
		}
	}
	return nil
}

func TestResolveMerges(t *testing.T) {
	tests := []struct {
		name     string
		articles []string
		// same lists the entity every listed mention (article, mention
		// index) must share; want is that entity's ID.
		same [][2]int
		want entities.ID
		kind entities.Kind
	}{
		{"surname joins full name in article", []string{"Russian President [Vladimir Putin|P] met [Rex Tillerson|P]. [Putin|P] said."},
			[][2]int{{0, 0}, {0, 2}}, "person/vladimir-putin", entities.Person},
		{"title inside the span becomes a role", []string{"[President Vladimir Putin|P] spoke. [Mr Putin|P] left."},
			[][2]int{{0, 0}, {0, 1}}, "person/vladimir-putin", entities.Person},
		{"transliteration across articles", []string{"[Sergey Lavrov|P] spoke in [Moscow|L].", "[Sergei Lavrov|P] met [Rex Tillerson|P]."},
			[][2]int{{0, 0}, {1, 0}}, "person/sergey-lavrov", entities.Person},
		{"surname alone in a later article", []string{"[Dmitry Peskov|P] spoke for the [Kremlin|O].", "[Peskov|P] told the [Kremlin|O] pool."},
			[][2]int{{0, 0}, {1, 0}}, "person/dmitry-peskov", entities.Person},
		{"al-Assad and al Assad", []string{"[Bashar al-Assad|P] ruled [Syria|L].", "[Bashar al Assad|P] spoke; [Assad|P] is in [Damascus|L]."},
			[][2]int{{0, 0}, {1, 0}, {1, 1}}, "person/bashar-al-assad", entities.Person},
		{"accents folded", []string{"[José Martí|P] wrote.", "[Jose Marti|P] wrote again."},
			[][2]int{{0, 0}, {1, 0}}, "person/jose-marti", entities.Person},
		{"country names", []string{"[US|L] and [U.S.|L] and [USA|L] officials", "[the United States|L] and [America|L]"},
			[][2]int{{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}}, "location/united-states", entities.Location},
		{"Russian Federation is Russia", []string{"[Russian Federation|O] vetoed it.", "[Russia|L] said no."},
			[][2]int{{0, 0}, {1, 0}}, "location/russia", entities.Location},
		{"acronym and expansion across articles", []string{"The [United Nations|O] met.", "The [U.N.|O] and [UN|O] said."},
			[][2]int{{0, 0}, {1, 0}, {1, 1}}, "organization/united-nations", entities.Organization},
		{"Islamic State and ISIS", []string{"the [Islamic State|O] group", "defeating [ISIS|O] in [Syria|L]"},
			[][2]int{{0, 0}, {1, 0}}, "organization/islamic-state", entities.Organization},
		{"company spelled together", []string{"[Exxon Mobil|O] profits", "[ExxonMobil|O] shares"},
			[][2]int{{0, 0}, {1, 0}}, "organization/exxon-mobil", entities.Organization},
		{"short form of a council", []string{"[Russia|L] at the [UN Security Council|O] and [Syria|L]", "[Russia|L] in the [Security Council|O] on [Syria|L]"},
			[][2]int{{0, 1}, {1, 1}}, "organization/un-security-council", entities.Organization},
		{"a company's name tagged a person", []string{"[Wells Fargo and Co|O] said.", "Shares of [Wells Fargo|P] rose."},
			[][2]int{{0, 0}, {1, 0}}, "organization/wells-fargo-and-co", entities.Organization},
		{"a company's name tagged a person, of two companies the larger", []string{"[Jardine Matheson Holdings Ltd|O] said.", "[Jardine Matheson Holdings Ltd|O] rose.", "[Jardine Matheson and Co Ltd|O] fell.", "[Jardine Matheson|P] said."},
			[][2]int{{0, 0}, {3, 0}}, "organization/jardine-matheson-holdings-ltd", entities.Organization},
		{"a state's body with and without its country word", []string{"the [French Finance Ministry|O] said.", "In [Paris|L], the [Finance Ministry|O] said."},
			[][2]int{{0, 0}, {1, 1}}, "organization/french-finance-ministry", entities.Organization},
		{"a state's body after its country's name", []string{"[Brazil|L]'s [Central Bank|O] raised rates.", "The [Brazilian Central Bank|O] said."},
			[][2]int{{0, 1}, {1, 0}}, "organization/brazilian-central-bank", entities.Organization},
		{"type votes across articles", []string{"the [Kremlin|O] said", "the [Kremlin|L] said", "the [Kremlin|O] denied"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/kremlin", entities.Organization},
		{"an island or a city named for a town", []string{"a quake hit [Qeshm|L] in [Iran|L]", "on [Qeshm Island|L] and the [Island of Qeshm|L]", "in [Qeshm City|L]"},
			[][2]int{{0, 0}, {1, 0}, {1, 1}, {2, 0}}, "location/qeshm", entities.Location},
		{"a city by its other name", []string{"in [Kiev|L], [Ukraine|L]", "in [Kyiv|L]"},
			[][2]int{{0, 0}, {1, 0}}, "location/kyiv", entities.Location},
		{"a first name's other spelling", []string{"[Bettie Mae Page|P] died.", "[Betty Mae Page|P] was a model.", "[Betty Page|P] posed."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "person/bettie-mae-page", entities.Person},
		{"a first name's short form", []string{"[Fred LaRue|P] died.", "[Frederick C. LaRue|P] was an aide."},
			[][2]int{{0, 0}, {1, 0}}, "person/frederick-c-larue", entities.Person},
		{"a first name's initial", []string{"[Mark Felt|P] died.", "[W. Mark Felt|P] was the FBI man.", "[William Mark Felt|P] was number two."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "person/w-mark-felt", entities.Person},
		{"a short form in a company named after a person", []string{"[Jim Walter Corp|O] said profits rose.", "[Jim Walter|P] shares fell."},
			[][2]int{{0, 0}, {1, 0}}, "organization/jim-walter-corp", entities.Organization},
		{"a known alias joins what partial matching held apart", []string{"the [U.S. Federal Reserve Board|O] met", "the [Fed|O] said", "the [Federal Reserve Board|O] said"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/us-federal-reserve-board", entities.Organization},
		{"a company by the last word of its name", []string{"[Eastman Kodak Co|O] said sales rose. [Kodak|P] said it would hire.", "[Kodak|P] shares fell."},
			[][2]int{{0, 0}, {0, 1}}, "organization/eastman-kodak-co", entities.Organization},
		{"a middle initial", []string{"[Richard M. Nixon|P] resigned.", "[Richard Nixon|P] spoke.", "[Nixon|P] left."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "person/richard-m-nixon", entities.Person},
		{"a middle name and its initial", []string{"[Frederick C. LaRue|P] died.", "[Frederick Cheney LaRue|P] was born.", "[Frederick LaRue|P] spoke."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "person/frederick-c-larue", entities.Person},
		{"possessive stripped", []string{"[Putin|P]'s spokesman [Dmitry Peskov|P] and [Vladimir Putin|P]"},
			[][2]int{{0, 0}, {0, 2}}, "person/vladimir-putin", entities.Person},
		{"a river written after the is no person", []string{"Barges collided on the [Danube|P] near [Ruse|L].", "The [Danube|P] reopened.", "traffic on the lower [Danube|L], near [Giurgiu|L]"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "location/danube", entities.Location},
		{"one-word person outvoted by the corpus", []string{"[Danube|P] levels fell.", "the [Danube|L] rose", "the [Danube|L] fell", "the [Danube|L] froze"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "location/danube", entities.Location},
		{"a surname used as a modifier stays a person", []string{"the [Reagan|P] administration said", "the [Reagan|P]-era rule"},
			[][2]int{{0, 0}, {1, 0}}, "person/reagan", entities.Person},
		{"honorific kept as an alias, surname joins", []string{"[Mr Jenkin|P] spoke.", "Mr [Jenkin|P] left.", "[Jenkin|P] said."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "person/jenkin", entities.Person},
		{"Miss joins the woman of the surname", []string{"[Mr Jenkin|P] spoke.", "[Miss Jenkin|P] spoke.", "[Miss Jenkin|P] said."},
			[][2]int{{1, 0}, {2, 0}}, "person/miss-jenkin", entities.Person},
		{"Mrs joins a woman's full name by her given name", []string{"[Margaret Thatcher|P] spoke.", "[Mrs Thatcher|P] said.", "[Thatcher|P] left."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "person/margaret-thatcher", entities.Person},
		{"Miss joins the woman of two of one surname", []string{"[John Jenkin|P] and [Katie Jenkin|P] came home. [Miss Jenkin|P] spoke. [Mr Jenkin|P] said."},
			[][2]int{{0, 1}, {0, 2}}, "person/katie-jenkin", entities.Person},
		{"a surname two people share is alone the one no honorific names", []string{"[John Jenkin|P] killed [Katie Jenkin|P]. [Jenkin|P] did not appear. [Miss Jenkin|P] was found. [Jenkin|P] was arrested."},
			[][2]int{{0, 0}, {0, 2}, {0, 4}}, "person/john-jenkin", entities.Person},
		{"a name ending a longer one opens with no given name", []string{"[Cheryl Boone Isaacs|P] was elected.", "President [Boone Isaacs|P] said.", "[Cheryl Boone Isaacs|P] and [Boone Isaacs|P] spoke."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}, {2, 1}}, "person/cheryl-boone-isaacs", entities.Person},
		{"a company's name in the possessive is the name a possessive cut", []string{"[Moody's Investors Service Inc|O] cut it. [Moody|O] said.", "[Standard and Poor's Corp|O] rated it. [Standard and Poor|O] said."},
			[][2]int{{0, 0}, {0, 1}}, "organization/moodys-investors-service-inc", entities.Organization},
		{"a department of a thing is the thing's department", []string{"the [U.S. Department of Agriculture|O] said", "the [U.S. Agriculture Department|O] said", "[Agriculture Department|O] and [U.S. Department of Agriculture|O] officials"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}, {2, 1}}, "organization/us-department-of-agriculture", entities.Organization},
		{"a ministry of a thing is the thing's ministry", []string{"the [Ministry of Foreign Affairs|O] said", "the [Foreign Affairs Ministry|O] said"},
			[][2]int{{0, 0}, {1, 0}}, "organization/ministry-of-foreign-affairs", entities.Organization},
		{"a name around a nickname is the nickname's name, later or earlier", []string{
			"[Jerry Ortiz|P] was shot.", "Deputy [Luis Gerardo (Jerry) Ortiz=Luis Gerardo Ortiz|P] died. [Jerry Ortiz|P] was 35.", "[Jerry Ortiz|P] was buried."},
			[][2]int{{0, 0}, {1, 0}, {1, 1}, {2, 0}}, "person/luis-gerardo-ortiz", entities.Person},
		{"an organization's last word is its name in the article", []string{"plans by the [European Commission|O] to cut. But the [Commission|O] is loathe."},
			[][2]int{{0, 0}, {0, 1}}, "organization/european-commission", entities.Organization},
		{"an organization's first word before of is its name in the article", []string{"the [Bank of England|O] said. The [Bank|O] also said."},
			[][2]int{{0, 0}, {0, 1}}, "organization/bank-of-england", entities.Organization},
		{"an acronym in brackets is the name it follows", []string{"the [European Community|O] ([EC|O]) said the [European Commission|O] would."},
			[][2]int{{0, 0}, {0, 1}}, "organization/european-community", entities.Organization},
		{"a bare surname is not the person an article named it beside, nor the Mrs", []string{
			"[Reagan|P] vetoed the bill in [Washington|L].", "[Mrs Reagan|P] smiled.", "[Reagan|P] and [Nancy Reagan|P] flew to [Rome|L].",
			"[Ronald Reagan|P] spoke in [Washington|L].", "[Reagan|P] signed it in [Rome|L]."},
			[][2]int{{0, 0}, {2, 0}, {3, 0}, {4, 0}}, "person/ronald-reagan", entities.Person},
		{"the Mrs with a surname joins the woman of it at the end", []string{
			"[Reagan|P] vetoed the bill in [Washington|L].", "[Mrs Reagan|P] smiled.", "[Reagan|P] and [Nancy Reagan|P] flew to [Rome|L].",
			"[Ronald Reagan|P] spoke in [Washington|L]."},
			[][2]int{{1, 0}, {2, 1}}, "person/nancy-reagan", entities.Person},
		{"the Fed is the Federal Reserve and its board", []string{"the [Fed|O] raised rates.", "the [Federal Reserve Board|O] said.", "[Federal Reserve|O] officials agreed."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/federal-reserve-board", entities.Organization},
		{"an acronym joins the name an article paired it with", []string{"[General Motors|O] said [GM|O] would cut jobs.", "oil from the [Gulf of Mexico|L]", "[GM|O] shares fell."},
			[][2]int{{0, 0}, {2, 0}}, "organization/general-motors", entities.Organization},
		{"an organization is named by the name more articles use", []string{"[U.S. Carmaker General Motors|O] said. [General Motors|O] added.", "[General Motors|O] shares fell.", "[General Motors|O] sales rose."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/general-motors", entities.Organization},
		{"a person's name with a stray word gives way to the name several use", []string{"Finance [Minsiter Kiichi Miyazawa|P] said", "[Kiichi Miyazawa|P] said", "[Kiichi Miyazawa|P] added"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "person/kiichi-miyazawa", entities.Person},
		{"British and American spellings are one name", []string{"the [International Coffee Organisation|O] met", "the [International Coffee Organization|O] said", "the [International Coffee Organization|O] agreed"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/international-coffee-organization", entities.Organization},
		{"a company known by letters of its name", []string{"[Volkswagen AG|O] said.", "[VW|O] sales rose."},
			[][2]int{{0, 0}, {1, 0}}, "organization/volkswagen-ag", entities.Organization},
		{"a body of no place is the end of a longer name", []string{"the [Chicago Board of Trade|O] said the [Board of Trade|O] would.", "the [Board of Trade|O] said."},
			[][2]int{{0, 0}, {0, 1}, {1, 0}}, "organization/board-of-trade", entities.Organization},
		{"an abbreviation is its word", []string{"[Salomon Brothers Inc|O] said.", "[Salomon Bros Inc|O] said."},
			[][2]int{{0, 0}, {1, 0}}, "organization/salomon-brothers-inc", entities.Organization},
		{"a company's tail of shared words does not name it", []string{"[A.G. Edwards and Sons Inc|O] said [Sons Inc|O] rose.", "[A.G. Edwards and Sons Inc.|O] said [Sons Inc|O] fell."},
			[][2]int{{0, 0}, {0, 1}, {1, 0}, {1, 1}}, "organization/ag-edwards-and-sons-inc", entities.Organization},
		{"a name many companies share does not name one", []string{"[First Nationwide Financial Corp|O] said.", "[First Nationwide Financial Corp|O] said [Financial Corp|O] rose.", "[Financial Corp|O] rose.", "[Financial Corp|O] fell."},
			[][2]int{{0, 0}, {1, 0}, {1, 1}}, "organization/first-nationwide-financial-corp", entities.Organization},
		{"a spelling one article wrote gives way to the one several use", []string{"the [Gulf Co-operation Council|O] met", "the [Gulf Cooperation Council|O] said", "the [Gulf Cooperation Council|O] agreed"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/gulf-cooperation-council", entities.Organization},
		{"a company with and without its legal form", []string{"[USAir Group Inc|O] bid for Piedmont.", "[USAir Group|O] said."},
			[][2]int{{0, 0}, {1, 0}}, "organization/usair-group-inc", entities.Organization},
		{"a company tagged a person is a company", []string{"[Nissan Motor|P] said.", "[Nissan Motor Ltd|O] shares rose.", "[Nissan Motor|P] added."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/nissan-motor", entities.Organization},
		{"an acronym paired with two names, one far more often", []string{
			"[International Business Machines Corp|O] said. [IBM|O] rose.", "[International Business Machines Corp|O] said. [IBM|O] fell.",
			"[International Business Machines Corp|O] said. [IBM|O] sold.", "[International Business Machines Corp|O] said. [IBM|O] bought.",
			"[International Business Machines Corp|O] said. [IBM|O] hired.", "[Indiana Bell Mutual Corp|O] said. [IBM|O] won.",
			"[IBM|O] shares fell."},
			[][2]int{{0, 0}, {4, 1}, {6, 0}}, "organization/international-business-machines-corp", entities.Organization},
		{"an acronym of a company's name before its legal form", []string{"[International Business Machines Corp|O] said. [IBM|O] Chairman John Akers spoke.", "[IBM|O] shares fell."},
			[][2]int{{0, 0}, {0, 1}, {1, 0}}, "organization/international-business-machines-corp", entities.Organization},
		{"an acronym of a company's name before its legal form, beside a company named by it", []string{"[Imperial Chemical Industries PLC|O] said. [ICI|O] will sell [ICI Americas Inc|O]."},
			[][2]int{{0, 0}, {0, 1}}, "organization/imperial-chemical-industries-plc", entities.Organization},
		{"a company's words before what kind of company it is", []string{"[Cheung Kong (Holdings) Ltd|O] said.", "[Cheung Kong|O] rose.", "[Jardine Matheson Holdings Ltd|O] fell.", "[Jardine Matheson (Holdings) Ltd|O] said."},
			[][2]int{{0, 0}, {1, 0}}, "organization/cheung-kong-holdings-ltd", entities.Organization},
		{"an acronym of the parent beside a unit named by it", []string{"[British Petroleum Co Plc|O] said. The offer is made through its [BP North America Inc|O] unit. [BP|O] said."},
			[][2]int{{0, 0}, {0, 2}}, "organization/british-petroleum-co-plc", entities.Organization},
		{"an acronym of a name with one of its two legal forms", []string{"[General Electric Co Plc|O] said. [GEC|O] shares rose."},
			[][2]int{{0, 0}, {0, 1}}, "organization/general-electric-co-plc", entities.Organization},
		{"a word alone is the company of that word and corporate words, named as often", []string{"[Wendy's International Inc|O] said.", "[Wendy's International Inc|O] rose.", "[Wendy's|O] fell.", "[Wendy's|O] hired."},
			[][2]int{{0, 0}, {2, 0}, {3, 0}}, "organization/wendys-international-inc", entities.Organization},
		{"a legal form spelt out is its abbreviation", []string{"[Boeing Company|O] said.", "[Boeing Co|O] rose.", "[National Discount Company Ltd|O] fell.", "[National Discount Co Ltd|O] said."},
			[][2]int{{0, 0}, {1, 0}}, "organization/boeing-company", entities.Organization},
		{"a company's words before what kind it is, of the one named far more", []string{"[Shearson Lehman Brothers Inc|O] said.", "[Shearson Lehman Brothers Inc|O] rose.", "[Shearson Lehman Brothers Inc|O] fell.", "[Shearson Lehman Brothers Inc|O] cut.", "[Shearson Lehman Brothers Inc|O] hired.", "[Shearson Lehman Brothers Holdings Inc|O] sold.", "[Shearson Lehman|O] said so."},
			[][2]int{{0, 0}, {6, 0}}, "organization/shearson-lehman-brothers-inc", entities.Organization},
		{"a facility's names that differ in the word for it", []string{"She went to the [Betty Ford Center|O].", "The [Betty Ford Center|O] said.", "At the [Betty Ford Center|O] she rested.", "The [Betty Ford Center|O] is in Rancho Mirage.", "The [Betty Ford Center|O] treats.", "She left the [Betty Ford Clinic|O]."},
			[][2]int{{0, 0}, {5, 0}}, "organization/betty-ford-center", entities.Organization},
		{"Mt is Mount", []string{"Climbers died in [Mt Cook National Park|O].", "Rescuers reached [Mount Cook National Park|O]."},
			[][2]int{{0, 0}, {1, 0}}, "organization/mt-cook-national-park", entities.Organization},
		{"a bank's name before its legal form", []string{"[Mellon Bank Corp|O] said.", "[Mellon Bank|O] raised its prime rate."},
			[][2]int{{0, 0}, {1, 0}}, "organization/mellon-bank-corp", entities.Organization},
		{"a company's name with a bracketed word", []string{"[Jardine Matheson Holdings Ltd|O] fell.", "[Jardine Matheson (Holdings) Ltd|O] said."},
			[][2]int{{0, 0}, {1, 0}}, "organization/jardine-matheson-holdings-ltd", entities.Organization},
		{"a clinic without the word", []string{"She checked into the [Betty Ford Center|O] in Rancho Mirage.", "She was at the [Betty Ford Clinic|O].", "She spent a month at [Betty Ford|O].", "The [Betty Ford Center|O] said."},
			[][2]int{{0, 0}, {2, 0}, {3, 0}}, "organization/betty-ford-center", entities.Organization},
		{"a company named by the word it starts with", []string{"[Chrysler Corp|O] said sales rose.", "[Chrysler|P] said it would cut jobs.", "[Chrysler|O] shares fell."},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/chrysler-corp", entities.Organization},
		{"a state written only abbreviated is named in full", []string{"in Olympia, [Wash.|L], the bank"},
			[][2]int{{0, 0}}, "location/washington", entities.Location},
		{"an acronym joins the name it shares two entities with", []string{"[Commodity Credit Corporation|O] loans to [Iowa|L] and [Kansas|L] farmers", "[CCC|O] loans in [Iowa|L] and [Kansas|L]"},
			[][2]int{{0, 0}, {1, 0}}, "organization/commodity-credit-corporation", entities.Organization},
		{"a name one letter off a known one is that one", []string{"[Rollins Environmental Services Inc|O] said", "[Rollins Environmental Service Inc|O] said"},
			[][2]int{{0, 0}, {1, 0}}, "organization/rollins-environmental-services-inc", entities.Organization},
		{"the misspelling of a body first named by its acronym", []string{"[OPEC|O] ministers met.", "the [Organiaation of Petroleum Exporting Countries|O] said", "[OPEC|O] output rose.", "the [Organization of Petroleum Exporting Countries|O] agreed", "the [Organization of Petroleum Exporting Countries|O] met"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}}, "organization/organization-of-petroleum-exporting-countries", entities.Organization},
		{"the spelling more articles use names the entity", []string{"[Janney Montgomey Scott Inc|O] said", "[Janney Montgomery Scott Inc|O] said", "[Janney Montgomery Scott Inc.|O] said"},
			[][2]int{{0, 0}, {1, 0}, {2, 0}}, "organization/janney-montgomery-scott-inc", entities.Organization},
		{"an acronym of four letters joins its only expansion", []string{"the [Canadian Imperial Bank of Commerce|O] lent", "[CIBC|O] said"},
			[][2]int{{0, 0}, {1, 0}}, "organization/canadian-imperial-bank-of-commerce", entities.Organization},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, ids := resolve(t, tt.articles...)
			for _, s := range tt.same {
				if s[1] >= len(ids[s[0]]) {
					t.Fatalf("article %d has %d mentions, want mention %d", s[0], len(ids[s[0]]), s[1])
				}
				if got := ids[s[0]][s[1]]; got != tt.want {
					t.Errorf("article %d mention %d: entity %q, want %q", s[0], s[1], got, tt.want)
				}
			}
			if e := find(ents, tt.want); e == nil {
				t.Errorf("no entity %q among %v", tt.want, ents)
			} else if e.Kind != tt.kind {
				t.Errorf("%s is a %s, want %s", tt.want, e.Kind, tt.kind)
			}
		})
	}
}

func TestResolveKeepsApart(t *testing.T) {
	tests := []struct {
		name     string
		articles []string
		a, b     [2]int // (article, mention) that must stay apart
	}{
		{"surname shared by two people", []string{"[Boris Johnson|P] spoke in [London|L].", "[Dustin Johnson|P] won the [Masters|O].", "[Johnson|P] said."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"ambiguous surname without context stays alone", []string{"[Boris Johnson|P] spoke in [London|L].", "[Dustin Johnson|P] won the [Masters|O].", "[Johnson|P] said."},
			[2]int{2, 0}, [2]int{0, 0}},
		{"person named like a country", []string{"[Michael Jordan|P] played.", "[Jordan|L] and [Israel|L] signed."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a company named far more often than its unit named after it", []string{"[Citicorp International Ltd|O] lent.", "[Citicorp|O] said.", "[Citicorp|O] rose.", "[Citicorp|O] fell.", "[Citicorp|O] cut rates.", "[Citicorp|O] hired."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"what an organization is of is no short name of it", []string{"the [British Bank of the Middle East|O] in [Qatar|L] and the [Gulf|L] said.", "Banks in the [Middle East|O], [Qatar|L] and the [Gulf|L] lost money."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a word named far more often than the one company of that word and its legal form", []string{"[Prudential Corp PLC|O] said.", "[Prudential|O] rose.", "[Prudential|O] fell.", "[Prudential|O] said.", "[Prudential|O] cut.", "[Prudential|O] hired."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"the bank of one country is not the bank of another", []string{"The [Bank of Greece|O] said Japanese banks will lend. The [Bank|O] said so. Banks are [Bank of Tokyo International Ltd|O] and others."},
			[2]int{0, 0}, [2]int{0, 2}},
		{"a state is no company of its name", []string{"[Texas International Co|O] sold reserves.", "Four [Texas|O] banks were downgraded."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a bank and its subsidiary named after it", []string{"[Chemical Bank International Ltd|O] said.", "[Chemical Bank|O] raised its prime rate."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"Washington the city and the person", []string{"[George Washington|P] crossed.", "officials in [Washington|L] said"},
			[2]int{0, 0}, [2]int{1, 0}},
		{"place and organization of one word", []string{"[Paris|L] is large.", "[Paris Saint-Germain|O] won."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"two sets of middle initials: the name without is either", []string{"[George W. Bush|P] won.", "[George H.W. Bush|P] lost.", "[George Bush|P] spoke."},
			[2]int{2, 0}, [2]int{0, 0}},
		{"an initial of two first names is neither", []string{"[W. Mark Felt|P] was the FBI man.", "[William Mark Felt|P] was number two.", "[Walter Mark Felt|P] too."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"an initial of two first names is neither (the other)", []string{"[W. Mark Felt|P] was the FBI man.", "[William Mark Felt|P] was number two.", "[Walter Mark Felt|P] too."},
			[2]int{0, 0}, [2]int{2, 0}},
		{"a name of a place's body is whole", []string{"[Industrial Bank of Japan|O] and the [Bank of Japan|O] said.", "the [Bank of Japan|O] intervened."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"a name of a place's body is whole, in another article", []string{"[Industrial Bank of Japan|O] and the [Bank of Japan|O] said.", "the [Bank of Japan|O] intervened."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a company is not its subsidiary named for a country", []string{"[IBM Canada Ltd|O], a unit of [IBM|O], said."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"a particle is no middle name", []string{"[Abdullah bin Abdul Aziz|P] spoke.", "[Abdullah Aziz|P] said."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"half of a hyphenated name is no middle name", []string{"[Wang Chao-Ming|P] spoke.", "[Wang Ming|P] said."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"two sets of middle initials: the other", []string{"[George W. Bush|P] won.", "[George H.W. Bush|P] lost.", "[George Bush|P] spoke."},
			[2]int{2, 0}, [2]int{1, 0}},
		{"a company's last word in another article", []string{"[Phelps Dodge Corp|O] filed.", "A report by the F.W. [Dodge|P] Division said.", "[Dodge|P] said contracts fell."},
			[2]int{0, 0}, [2]int{2, 0}},
		{"a word many companies' names share", []string{"[UtiliCorp United Inc|O] said. [United|O] agreed."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"a surname beside a full name ending with it", []string{"[President Reagan|P] will visit [Rome|L]. It said [Reagan|P] and [Nancy Reagan|P] would be in [Rome|L]."},
			[2]int{0, 2}, [2]int{0, 3}},
		{"Marie is not Mary", []string{"[Marie Smith|P] won.", "[Mary Smith|P] lost."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a middle name is no initial", []string{"[John Paul Smith|P] won.", "[John Smith|P] lost."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"first name shared in one article", []string{"[Vladimir Putin|P] and [Vladimir Safronkov|P] met. [Vladimir|P] spoke."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"Moscow, Russia and Moscow, Idaho", []string{"in [Moscow|L], [Russia|L]", "in [Moscow|L], [Idaho|L]"},
			[2]int{0, 0}, [2]int{1, 0}},
		{"acronym with two expansions", []string{"the [Associated Press|O] wrote", "the [Asia Pacific|L] region", "[AP|O] reported"},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a surname that a person's full name ends with is no company", []string{"[Baker International Corp|O] shares rose.", "Treasury Secretary [James Baker|P] spoke.", "[Baker|P] said the dollar was stable."},
			[2]int{0, 0}, [2]int{2, 0}},
		{"an institution written after the is no company", []string{"[House Group Inc|O] shares rose.", "Then the [House|O] voted."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a company whose name starts two companies' names stays apart", []string{"[Bell Industries Inc|O] rose.", "[Bell Group|O] fell.", "[Bell|O] said."},
			[2]int{0, 0}, [2]int{2, 0}},
		{"a short acronym no article pairs with a name stays apart", []string{"[First Boston Inc|O] underwrote it.", "the [FBI|O] said"},
			[2]int{0, 0}, [2]int{1, 0}},
		{"entities of many articles are no shared context", []string{
			"[United States|L], [Texas|L] a", "[United States|L], [Texas|L] b", "[United States|L], [Texas|L] c",
			"[United States|L], [Texas|L] d", "[United States|L], [Texas|L] e", "[United States|L], [Texas|L] f",
			"[United States|L], [Texas|L] g", "[United States|L], [Texas|L] h", "[United States|L], [Texas|L] i",
			"[United States|L], [Texas|L] j", "[Gulf of Mexico|L] rigs, [United States|L] and [Texas|L] output",
			"[GM|O] cars in the [United States|L] and [Texas|L]"},
			[2]int{10, 0}, [2]int{11, 0}},
		{"Miss and Mr of one surname in one article", []string{"[Miss Jenkin|P] and her father, [Mr Jenkin|P], came home."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"Miss and Mr of one surname across articles", []string{"[Mr Jenkin|P] spoke.", "[Miss Jenkin|P] spoke."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"honorific before the span", []string{"Mr [Jenkin|P] spoke.", "Mrs [Jenkin|P] spoke."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"Miss does not join the man's full name", []string{"[Mr John Jenkin|P] spoke.", "[Miss Jenkin|P] spoke."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"Mrs does not join a man's full name by his given name", []string{"[Ronald Reagan|P] spoke. [Mrs Reagan|P] smiled."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"Mrs does not join a man's full name across articles", []string{"[Ronald Reagan|P] spoke.", "[Mrs Reagan|P] smiled."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"Mr does not join a woman's full name", []string{"[Elizabeth Stern|P] spoke.", "[Mr Stern|P] left."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"Miss goes to the woman of two of one surname", []string{"[John Jenkin|P] and [Katie Jenkin|P] came home. [Miss Jenkin|P] spoke."},
			[2]int{0, 0}, [2]int{0, 2}},
		{"the House is not the White House", []string{"the [White House|O] said. The [House|O] voted."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"a place ending an organization's name is not the organization", []string{"[Allied Bank of Texas|O] said [Texas|O] banks lost."},
			[2]int{0, 0}, [2]int{0, 1}},
		{"a person named like a country keeps apart", []string{"[Jordan|P] scored 30 points.", "[Jordan|L] and [Israel|L] signed.", "[Jordan|L] said.", "[Jordan|L] agreed."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a person who names a company after himself", []string{"[Tony Lama Co Inc|O] said.", "Chairman [Tony Lama|P] said."},
			[2]int{0, 0}, [2]int{1, 0}},
		{"a state's body of two countries", []string{"the [French Finance Ministry|O] said.", "In [Tokyo|L], the [Finance Ministry|O] said."},
			[2]int{0, 0}, [2]int{1, 1}},
		{"a state's body of a country named before it", []string{"[Japan|L]'s [Finance Ministry|O] said.", "The [Finance Ministry|O] in [Paris|L] said."},
			[2]int{0, 1}, [2]int{1, 0}},
		{"a person with a title keeps apart from an organization", []string{"President [Danone|P] said.", "[Danone|O] shares rose.", "[Danone|O] profits fell."},
			[2]int{0, 0}, [2]int{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ids := resolve(t, tt.articles...)
			a, b := ids[tt.a[0]][tt.a[1]], ids[tt.b[0]][tt.b[1]]
			if a == b {
				t.Errorf("mentions %v and %v are both %q", tt.a, tt.b, a)
			}
		})
	}
}

func TestRolesAndCountries(t *testing.T) {
	ents, _ := resolve(t,
		"Russian Foreign Minister [Sergey Lavrov|P] met [Putin|P].",
		"[Peskov|P], [Putin|P]'s spokesman, said [Dmitry Peskov|P] would.",
		"Russian President [Vladimir Putin|P] in [Moscow|L].",
	)
	lavrov := find(ents, "person/sergey-lavrov")
	if lavrov == nil || !slices.Contains(lavrov.Roles, "Russian Foreign Minister") || lavrov.Country != "RU" {
		t.Errorf("Lavrov = %+v, want role Russian Foreign Minister and country RU", lavrov)
	}
	peskov := find(ents, "person/dmitry-peskov")
	if peskov == nil || !slices.Contains(peskov.Roles, "Putin's spokesman") {
		t.Errorf("Peskov = %+v, want role Putin's spokesman", peskov)
	}
	moscow := find(ents, "location/moscow")
	if moscow == nil || moscow.Country != "RU" || !moscow.HasCoord || moscow.Lat < 55 || moscow.Lat > 56 {
		t.Errorf("Moscow = %+v, want RU at about 55.75N", moscow)
	}
}

func TestTrim(t *testing.T) {
	tests := []struct {
		name, text string
		start, end int
		kind       entities.Kind
		want, role string
		ok         bool
	}{
		{"piece of a word", "Don't launch", 0, 2, entities.Location, "", "", false},
		{"possessive", "Putin's aide", 0, 7, entities.Person, "Putin", "", true},
		{"a possessive written with a double quote", `Japan"s exports`, 0, 7, entities.Location, "Japan", "", true},
		{"title in span", "President Vladimir Putin said", 0, 24, entities.Person, "Vladimir Putin", "President", true},
		{"honorific", "Mr Tillerson said", 0, 12, entities.Person, "Tillerson", "", true},
		{"a city councilman", "City Councilman Jumaane Williams said", 0, 32, entities.Person, "Jumaane Williams", "City Councilman", true},
		{"a place's councilman", "Brooklyn Councilman Jumaane Williams said", 0, 36, entities.Person, "Jumaane Williams", "Brooklyn Councilman", true},
		{"title without a name", "Says Kremlin Spokesman", 0, 22, entities.Person, "", "", false},
		{"an offence", "arrested for DUI", 13, 16, entities.Organization, "", "", false},
		{"an economic figure with dots", "G.N.P. rose", 0, 6, entities.Organization, "", "", false},
		{"a credit rating", "rated BBB by the agency", 6, 9, entities.Organization, "", "", false},
		{"a time zone", "at 10 a.m. EST today", 11, 14, entities.Organization, "", "", false},
		{"a market rate", "50 basis points over Libor", 21, 26, entities.Organization, "", "", false},
		{"a commodity's acronym stays", "the CCC said", 4, 7, entities.Organization, "CCC", "", true},
		{"the", "the Kremlin said", 0, 11, entities.Organization, "Kremlin", "", true},
		{"archive markup around a name", "<Aber Resources Ltd> said", 0, 20, entities.Organization, "Aber Resources Ltd", "", true},
		{"a ticker after a name", "American Express Co <AXP> said", 0, 25, entities.Organization, "American Express Co", "", true},
		{"a ticker alone", "shares of <BAC.N> rose", 10, 17, entities.Organization, "", "", false},
		{"a name cut after its markup", "Hughes Aircraft Corp> said", 0, 21, entities.Organization, "Hughes Aircraft Corp", "", true},
		{"a company's descriptor before its name", "U.S. Carmaker General Motors hopes to sell", 0, 28, entities.Organization, "General Motors", "", true},
		{"a demonym that is part of the name", "British Airways Plc said", 0, 19, entities.Organization, "British Airways Plc", "", true},
		{"the row of an earnings table", "Shr 25 cts vs 20 cts", 0, 3, entities.Organization, "", "", false},
		{"a company whose name is a table word in capitals", "CTS Corp said", 0, 3, entities.Organization, "CTS", "", true},
		{"a legal form alone", "adviser Dillon, Read and Co since", 25, 27, entities.Person, "", "", false},
		{"a legal form with dots alone", "Banco Central S.A. said", 14, 18, entities.Location, "", "", false},
		{"the Saudi Press Agency", "the official SPA said", 13, 16, entities.Organization, "SPA", "", true},
		{"a wire story's sign-off", "more generous terms.  REUTER...", 22, 28, entities.Person, "", "", false},
		{"the agency within the story", "polled by Reuter correspondents", 10, 16, entities.Person, "Reuter", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := entities.Mention{Span: corpus.Span{Start: tt.start, End: tt.end}, Text: tt.text[tt.start:tt.end], Kind: tt.kind}
			got, ok := entities.Trim(tt.text, corpus.Span{Start: 0, End: len(tt.text)}, m)
			if ok != tt.ok || ok && (got.Text != tt.want || got.Role != tt.role || tt.text[got.Span.Start:got.Span.End] != got.Text) {
				t.Errorf("Trim = %q role %q ok %v, want %q role %q ok %v", got.Text, got.Role, ok, tt.want, tt.role, tt.ok)
			}
		})
	}
}

func TestResolverDeterministic(t *testing.T) {
	arts := []string{"[Sergey Lavrov|P] in [Moscow|L]", "[Lavrov|P] and [Sergei Lavrov|P]", "[UN|O] and the [United Nations|O]"}
	a, _ := resolve(t, arts...)
	b, _ := resolve(t, arts...)
	if !slices.EqualFunc(a, b, func(x, y entities.Entity) bool { return x.ID == y.ID && x.Name == y.Name }) {
		t.Errorf("two runs differ:\n%v\n%v", a, b)
	}
}

func TestRoleBefore(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Russian Foreign Minister Sergey Lavrov arrived.", "Sergey", "Russian Foreign Minister"},
		{"Chairman John Smith said.", "John", "Chairman"},
		{"Republican Congressman John Smith said.", "John", "Republican Congressman"},
		{"US Secretary of State Rex Tillerson said.", "Rex", "US Secretary of State"},
		{"Duma Deputy Ivan Petrov said.", "Ivan", "Deputy"},
		{"Romanian Transport Minister Andrei Popa said.", "Andrei", "Romanian Transport Minister"},
		{"U.S. Trade Representative Clayton Yeutter said.", "Clayton", "U.S. Trade Representative"},
		{"It sold Energy Subroto shares.", "Subroto", ""},
		// Words that only qualify a title are no role.
		{"Critics of senior Reagan aides said.", "Reagan", ""},
		{"They met top Reagan aides.", "Reagan", ""},
		{"It said former Reagan aides left.", "Reagan", ""},
		{"Russian Putin said.", "Putin", ""},
		{"Mr Putin said.", "Putin", ""},
		// Another person's title before "of", a month before a title.
		{"He was chairman of President Reagan's council.", "Reagan", "President"},
		{"In March President Reagan said so.", "Reagan", "President"},
		{"Secretary of State George Shultz said.", "George", "Secretary of State"},
	} {
		if got := entities.RoleBefore(tc.text, 0, strings.Index(tc.text, tc.name)); got != tc.want {
			t.Errorf("RoleBefore(%q, %q) = %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

func TestRolesFoldCase(t *testing.T) {
	ents, _ := resolve(t,
		"Brazilian Finance Minister [Dilson Funaro|P] said.",
		"Finance Minister [Dilson Funaro|P] said.",
		"Finance Minister [Dilson Funaro|P] added.",
		"finance minister [Dilson Funaro|P] agreed.",
	)
	funaro := find(ents, "person/dilson-funaro")
	// The most used first: "Finance Minister" three times, in either case.
	if funaro == nil || !slices.Equal(funaro.Roles, []string{"Finance Minister", "Brazilian Finance Minister"}) {
		t.Errorf("Funaro = %+v, want roles Finance Minister and Brazilian Finance Minister", funaro)
	}
}

// TestStateBodyByTitle gives a state's body that an article names with no
// country word the one country of the article's title, and names it so.
func TestStateBodyByTitle(t *testing.T) {
	r := entities.NewResolver()
	titles := []string{"JAPAN MARCH BOND COUPON SEEN UNCHANGED", "FRENCH 1986 CURRENT ACCOUNT SURPLUS REVISED",
		"WEST GERMANY, TANZANIA AGREE DEBT RESCHEDULING", "JAPAN EXPECTED TO CUT BASE RATE"}
	var hs []entities.Handle
	for i, title := range titles {
		_, ms := article(t, "The [Finance Ministry|O] said.")
		locals, _ := entities.Group(ms)
		hs = append(hs, r.AddTitled(string(rune('a'+i)), title, locals)[0])
	}
	ents, idOf := r.Finish()
	want := []entities.ID{"organization/finance-ministry-japan", "organization/finance-ministry-france",
		"organization/finance-ministry", "organization/finance-ministry-japan"}
	for i, h := range hs {
		if got := idOf(h); got != want[i] {
			t.Errorf("%q: the Finance Ministry is %q, want %q", titles[i], got, want[i])
		}
	}
	if e := find(ents, "organization/finance-ministry-japan"); e == nil || e.Name != "Finance Ministry (Japan)" || e.Country != "JP" {
		t.Errorf("Japan's Finance Ministry: %+v", e)
	}
}
