package timeline_test

import (
	"strings"
	"testing"

	"github.com/timelinehq/timeline/timeline"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text, dct string
		// want describes each candidate: trigger, class, date ("" when
		// undated), participants' names (subject first), place; "!" for
		// none expected.
		want []string
	}{
		{"verb with date, object and place", "Putin met Tillerson in Moscow on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] Moscow"}},
		{"statement with adjacent time", "Peskov said on Thursday that relations were poor.", "2017-04-13",
			[]string{"said say 2017-04-13 [Peskov] -"}},
		{"statement does not take the embedded clause's time", "Peskov said Putin on Wednesday gave Tillerson his views.", "2017-04-13",
			nil},
		{"consequence dates its cause", "A chemical attack in Syria killed 80 people last week.", "2017-04-13",
			[]string{"attack attack 2017-W14 [] Syria"}},
		{"time modifying a noun", "Peskov hinted the June 7-8 summit in Hamburg would help.", "2017-05-11",
			[]string{"summit meet 2017-06-07 [] Hamburg"}},
		{"possessive time", "Differences over last week's strikes on Syria grew.", "2017-04-13",
			[]string{"strikes strike 2017-W14 [Syria] -"}},
		{"a clock's colon opens no clause", "At 14:48 UTC, Putin met Tillerson in Moscow.", "2017-04-13",
			[]string{"met meet 2017-04-13 [Putin Tillerson] Moscow"}},
		{"it said after a body's statement", "The White House said on Thursday that prices were high. It said on Friday that they would stay high.", "2017-04-15",
			[]string{"said say 2017-04-13 [White House] -", "said say 2017-04-14 [White House] -"}},
		{"negated trigger", "Putin did not meet Trump on Friday.", "2017-04-13", nil},
		{"undated report is kept undated", "Putin met Tillerson.", "2017-04-13",
			[]string{"met meet  [Putin Tillerson] -"}},
		{"undated statement is dropped", "Peskov said relations were poor.", "2017-04-13", nil},
		{"conjoined subjects and a building as place", "Yesterday, Lavrov and Trump met at the White House.", "2017-05-11",
			[]string{"met meet 2017-05-10 [Lavrov Trump] White House"}},
		{"noun with possessor and complement", "Putin's meeting with Tillerson on Wednesday was tense.", "2017-04-13",
			[]string{"meeting meet 2017-04-12 [Putin Tillerson] -"}},
		{"unknown article date leaves weekday unresolved", "Putin met Tillerson on Wednesday.", "",
			[]string{"met meet  [Putin Tillerson] -"}},
		{"headline subjects listed with commas", "Putin, Tillerson discuss the state of ties", "2017-04-13",
			[]string{"discuss meet  [Putin Tillerson] -"}},
		{"a place before a comma is no subject", "In Moscow, Putin met Tillerson on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] Moscow"}},
		{"a country qualifying an office named without its holder", "Lavrov met the United States secretary of state on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Lavrov] -"}},
		{"a country that is a party", "Lavrov met United States officials on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Lavrov United States] -"}},
		{"a passive's agent after a title", "Tillerson was received by Foreign Minister Lavrov on Wednesday.", "2017-04-13",
			[]string{"received meet 2017-04-12 [Lavrov Tillerson] -"}},
		{"a time in the subject dates the rise, not the saying", "Japan said its February sales rose 14 pct to 46.5 mln dlrs from 40.9 mln dlrs a year ago.", "2017-04-13",
			[]string{"rose rise 2017-02 [Japan] -"}},
		{"a time in a prepositional phrase dates the rise", "Money supply rose 1.9 billion dlrs in the February 23 week.", "2017-04-13",
			[]string{"rose rise 2017-02-23 [] -"}},
		{"two verbs joined by and share a time", "Putin and Tillerson met in Moscow on Wednesday and agreed to set up a working group.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] Moscow", "agreed agree 2017-04-12 [Putin Tillerson] Moscow"}},
		{"a statement keeps its own time", "Lavrov met Tillerson on Wednesday and said the talks went well.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Lavrov Tillerson] -"}},
		{"a report's time is not its topic's", "The commission will publish its report on the attack in May.", "2017-04-13",
			[]string{"attack attack  [] -"}},
		{"people met without a determiner", "Putin met port officials on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin] -"}},
		{"shot down is no killing", "The plan was quickly shot down by Putin on Wednesday.", "2017-04-13", nil},
		{"a stabbing without death is an attack", "Putin stabbed Tillerson on Wednesday.", "2017-04-13",
			[]string{"stabbed attack 2017-04-12 [Putin Tillerson] -"}},
		{"a fatal stabbing is a killing", "Putin fatally stabbed Tillerson on Wednesday.", "2017-04-13",
			[]string{"stabbed kill 2017-04-12 [Putin Tillerson] -"}},
		{"shot dead is a killing", "Putin shot Tillerson dead on Wednesday.", "2017-04-13",
			[]string{"shot kill 2017-04-12 [Putin Tillerson] -"}},
		{"a long shot is no shooting", "Putin called a deal with Tillerson a long shot on Wednesday.", "2017-04-13", nil},
		{"an escaped conviction is neither", "Putin feigned illness to escape conviction on Wednesday.", "2017-04-13", nil},
		{"an averted strike is none", "Putin averted a strike on Wednesday.", "2017-04-13", nil},
		{"an escape is one", "Putin escaped from prison on Wednesday.", "2017-04-13",
			[]string{"escaped escape 2017-04-12 [Putin] -"}},
		{"a direct question is no report", "Protesters chanted \"Putin, how many kids did you kill today\" on Wednesday.", "2017-04-13", nil},
		{"an embedded question still tells", "It is unclear how many people Putin killed on Wednesday.", "2017-04-13",
			[]string{"killed kill 2017-04-12 [Putin] -"}},
		{"fired upon someone is an attack", "Putin fired upon Tillerson on Wednesday.", "2017-04-13",
			[]string{"fired attack 2017-04-12 [Putin Tillerson] -"}},
		{"fired on a day is a dismissal", "Tillerson was fired on Wednesday by Putin.", "2017-04-13",
			[]string{"fired dismiss 2017-04-12 [Putin Tillerson] -"}},
		{"a death is no one's it is told to", "Her publicist confirmed her death to the Associated Press on Wednesday.", "2017-04-13",
			[]string{"death die 2017-04-12 [] -"}},
		{"a death knell is no death", "The report on Wednesday sounded the death knell to Putin's plan.", "2017-04-13", nil},
		{"an event others are timed by takes no time of theirs", "In the week following the attack, markets were calm.", "2017-04-13",
			[]string{"attack attack  [] -"}},
		{"nor ahead of it", "Putin met Tillerson on Wednesday ahead of the vote.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] -", "vote vote  [] -"}},
		{"released on bail is freed, and shares the passive before it", "Tillerson was booked into county jail on Wednesday and later released on bail.", "2017-04-13",
			[]string{"released free 2017-04-12 [Tillerson] -"}},
		{"an intransitive verb after a passive stays active", "Tillerson was suspended on Wednesday and resigned.", "2017-04-13",
			[]string{"resigned resign 2017-04-12 [Tillerson] -"}},
		{"to fire someone is to dismiss", "Putin decided on Wednesday to fire Tillerson.", "2017-04-13",
			[]string{"fire dismiss 2017-04-12 [Putin Tillerson] -"}},
		{"a thing received from someone", "Putin had no comment on the offer he received from Tillerson on Wednesday.", "2017-04-13", nil},
		{"a guest received", "Putin received the visiting delegation in Moscow on Wednesday.", "2017-04-13",
			[]string{"received meet 2017-04-12 [Putin] Moscow"}},
		{"a guest by title", "Putin received US Secretary of State Tillerson on Wednesday.", "2017-04-13",
			[]string{"received meet 2017-04-12 [Putin Tillerson] -"}},
		{"no guest received", "Lavrov welcomed the report on Wednesday.", "2017-04-13", nil},
		{"no guest hosted", "Putin hosted the ceremony and Lavrov received a letter on Wednesday.", "2017-04-13", nil},
		{"a name qualifying what is received", "Acme Corp received SEC approval on Wednesday.", "2017-04-13", nil},
		{"a passive without an agent", "The offer was positively received on Wednesday.", "2017-04-13", nil},
		{"a need met", "Gazprom met its export targets on Wednesday to meet demand in Germany.", "2017-04-13", nil},
		{"a name met", "Putin met the Gazprom chief on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin] -"}},
		{"a participle with an agent is passive", "Putin cited figures released on Wednesday by Lavrov.", "2017-04-13",
			[]string{"released release 2017-04-12 [Lavrov] -"}},
		{"a second verb shares the first one's subject", "On Wednesday Putin travelled to Moscow and met Tillerson.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] -"}},
		{"a pronoun does not stand for the one told", "Putin told Lavrov he met Tillerson on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] -"}},
		{"a pronoun does not stand for a town's region", "Putin, a private investor from Moscow, Russia, told Lavrov they met Tillerson on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] -"}},
		{"a name inside an apposition is not the subject", "Putin, a Moscow official, met Tillerson on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Putin Tillerson] -"}},
		{"a pronoun does not stand for a preposition's object", "In a letter to Lavrov, it said it met Tillerson on Wednesday.", "2017-04-13",
			[]string{"met meet 2017-04-12 [Tillerson] -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(t, tt.text, tt.dct)
			var got []string
			for _, c := range timeline.Extract(a) {
				var ps []string
				for _, p := range c.Participants {
					ps = append(ps, a.Text[a.Mentions[a.Locals[p].Mentions[0]].Span.Start:a.Mentions[a.Locals[p].Mentions[0]].Span.End])
				}
				place := "-"
				if c.Place >= 0 {
					place = a.Locals[c.Place].Name
				}
				got = append(got, c.Trigger+" "+c.Class+" "+c.Date.Value+" ["+strings.Join(ps, " ")+"] "+place)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Extract(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtractFutureAndWeekday(t *testing.T) {
	a := article(t, "Putin will meet Trump next month.", "2017-05-11")
	cs := timeline.Extract(a)
	if len(cs) != 1 || !cs[0].Future || cs[0].Date.Value != "2017-06" {
		t.Errorf("future meeting: got %+v", cs)
	}
	// A temporal clause in the present tells of what is to come; in the
	// past, of what was.
	for _, tt := range []struct {
		text   string
		future bool
	}{
		{"The name stays secret until after Putin dies.", true},
		{"Prices will be reviewed when Putin meets Trump.", true},
		{"Sales rose 1.0 pct after they rose 4.7 pct in January.", false},
		{"Putin dies at 95", false},
		{"The bill will be wrapped into other legislation and voted on in April.", true},
		{"The bill was wrapped into other legislation and voted on in April.", false},
		// After an event noun, a relative clause or an infinitive.
		{"Investors await the meetings that will be held this weekend.", true},
		{"Ministers prepared for a summit to be held in Hamburg.", true},
		{"The meetings that were held last week ended without a deal.", false},
	} {
		cs = timeline.Extract(article(t, tt.text, "2017-05-11"))
		if len(cs) == 0 || cs[len(cs)-1].Future != tt.future {
			t.Errorf("%q: got %+v, want the last candidate's Future %v", tt.text, cs, tt.future)
		}
	}
	a = article(t, "Putin met Tillerson on Wednesday.", "")
	cs = timeline.Extract(a)
	if len(cs) != 1 || cs[0].Weekday != 3 || cs[0].Dated() || cs[0].TimeText != "Wednesday" {
		t.Errorf("weekday of an undated article: got %+v", cs)
	}
}

func TestDCTMonthPlacesMonthNames(t *testing.T) {
	a := article(t, "Trump took office in January.", "")
	a.DCT = timeline.Date{Value: "2017-04", Start: day("2017-04-01"), End: day("2017-04-30"), Granularity: "month"}
	cs := timeline.Extract(a)
	if len(cs) != 1 || cs[0].Class != "office" || cs[0].Date.Value != "2017-01" {
		t.Errorf("got %+v", cs)
	}
}

// TestTimesThatDateNothing leaves undated the events whose only time
// describes someone (a decade) or is part of a name (a company's, a
// bond's maturity or coupon); other times still date them.
func TestTimesThatDateNothing(t *testing.T) {
	tests := []struct {
		name, dct, text string
		want            string // the dated events' dates and summaries
	}{
		{"a decade before the noun", "2013-06-07", "Famous 1950s pin-up star Esther Williams died.", ""},
		{"a decade after of", "2013-06-07", "Esther Williams, one of the biggest stars of the 1940s and 1950s, died.", ""},
		{"a decade introduced by in dates a death", "2013-06-07", "Jane Russell died in the early 1950s.", "195 Jane Russell dies"},
		{"two decades introduced by during", "2013-06-07", "Jane Russell died during the 1940s or 1950s.", "194 Jane Russell dies"},
		{"a day still dates", "2013-06-07", "Famous 1950s pin-up star Esther Williams died on Thursday.", "2013-06-06 Esther Williams dies"},
		{"a year inside a company's name", "1987-03-02", "Spectrum 2000 Inc said it will begin test marketing.", ""},
		{"a year between the parts of a name", "1987-03-02", "Den Danske Bank af 1871 A/S said it was issuing certificates of deposit.", ""},
		{"a bond's maturity", "1987-03-02", "The key U.S. 7-1/2 pct Treasury bond due 2016 fell to a low of 96.08.", ""},
		{"a bond's coupon and year", "1987-03-02", "The six pct 1997 federal government loan stock fell 10 pfennigs.", ""},
		{"a coupon of a year", "1987-03-02", "The benchmark Canada 9-1/2 pct of 2001 fell 1/8.", ""},
		{"an index's base year", "1987-04-20", "South Korea's wholesale price index, base 1980, rose 0.2 pct to 125.1 in March.", "1987-03 Rose"},
		{"a year of the past still dates", "1987-03-02", "The plant was acquired by Du Pont in 1928.", "1928 Du Pont makes an acquisition"},
		{"a year of the noun before of", "1987-10-22", "He rejected a comparison with the stock market collapse of 1929.", ""},
		{"a year of the noun before of and a determiner", "1987-03-10", "The Reagan administration protested the constitutionality of the 1978 special prosecutor law.", ""},
		{"a year of a participle after its noun", "1987-03-10", "A court rejected a petition by holders of railway bonds issued in 1911.", ""},
		{"a part of a year still dates", "1987-03-10", "Car production rose in the first nine months of 1986.", "1986 Car production rises"},
		{"a verb after its auxiliary still dates", "1987-03-10", "The Kharg terminal, attacked about 135 times since August 1985, was last raided in January.", "1987-01 Attacked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDated(t, tt.dct, tt.text, tt.want) })
	}
}

// checkDated checks the dates and summaries of the dated events of an
// article of date dct, one per line.
func checkDated(t *testing.T, dct, text, want string) {
	t.Helper()
	var got []string
	for _, e := range corpusRun(t, [3]string{"a", dct, text}) {
		if e.Dated() {
			got = append(got, e.Date.Value+" "+e.Summary)
		}
	}
	if g := strings.Join(got, "\n"); g != want {
		t.Errorf("%q\n got: %q\nwant: %q", text, g, want)
	}
}

// TestBoughtGoods takes "bought" for an acquisition only when what is
// bought is no quantity of goods, currency or securities.
func TestBoughtGoods(t *testing.T) {
	tests := []struct {
		text    string
		acquire bool
	}{
		{"Japan bought 75,000 tonnes of wheat on Tuesday.", false},
		{"The Bank of Japan bought a modest amount of dollars on Tuesday.", false},
		{"The Soviet Union bought up to 1.5 mln tonnes of U.S. corn on Tuesday.", false},
		{"Japan has bought back 33.7 mln shares.", false},
		{"It said the 241,000 shares were bought on Tuesday.", false},
		{"Whittaker Corp bought the plant on Tuesday.", true},
		{"K Mart Corp bought Whittaker Corp on Tuesday.", true},
	}
	for _, tt := range tests {
		acquire := false
		for _, c := range timeline.Extract(article(t, tt.text, "1987-03-12")) {
			acquire = acquire || c.Class == "acquire"
		}
		if acquire != tt.acquire {
			t.Errorf("%q: acquisition %v, want %v", tt.text, acquire, tt.acquire)
		}
	}
}

func TestBaseYearDatesNothing(t *testing.T) {
	// "at 1980 prices" is the base of a figure; "last year" dates the rise.
	checkDated(t, "1987-03-02", "Output calculated at 1980 prices rose to 434,682 billion lire last year.", "1986 Rose")
}

func TestMonthAcrossTheYear(t *testing.T) {
	tests := []struct {
		name, dct, text string
		want            string // the dated events' dates and summaries
	}{
		{"a month far behind is next year's", "2017-03-02",
			"Putin will visit Moscow and Hamburg during a trip to Europe in June to attend the Venice summit meeting of the major industrialized countries, the White House said.",
			"2017-06 Putin visits Moscow"},
		{"a month named with its year stays", "2017-04-13", "Putin will visit Syria during a trip to Europe in January 2017.", "2017-01 Putin visits Syria"},
		{"a last meeting stays", "2017-04-13", "Putin exceeded the quotas set at their last meeting in January, Russia said.", "2017-01 Last meeting"},
		{"a month just gone stays", "2017-04-13", "Putin said they would meet Tillerson from April 1.", "2017-04-01 Putin meets Tillerson"},
		{"a month ahead of a past statement is last year's", "2017-03-04", "In mid-February, Putin said the board would meet.", "2017-02 Putin comments"},
		{"a month ahead named with next stays", "2017-03-04", "Putin agreed to meet Tillerson next February.", "2018-02 Putin meets Tillerson"},
		{"a month before an event noun of the past, in a sentence of the future", "2017-04-07", "Ministers are set to review their February Moscow accord.", "2017-02 Moscow accord"},
		{"a month before an event noun months back stays", "2017-09-07", "Ministers are set to review their February Moscow accord.", "2017-02 Moscow accord"},
		{"a month before an event noun most of a year back is the next", "2017-12-07", "Putin hopes to win the June election in Russia.", "2018-06 Election in Russia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDated(t, tt.dct, tt.text, tt.want) })
	}
}
