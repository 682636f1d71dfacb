package timeline_test

import (
	"strings"
	"testing"
)

func TestSummarySubjectPhrase(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the summaries of the dated events, one per line
	}{
		{"a subject that is no name", "Stock prices dropped sharply on Monday.", "Stock prices fall"},
		{"a singular subject", "The call money rate dropped on Monday.", "Call money rate falls"},
		{"an apposition skipped", "The Dow Jones Industrial Average, a stock market index used to gauge American stocks, fell 344.65 on Thursday.",
			"Dow Jones Industrial Average falls"},
		{"a name that qualifies the subject", "Japan's Nikkei stock index fell to lows on Monday.", "Japan's Nikkei stock index falls"},
		{"the antecedent of which", "Singapore's Straits Times Index, which fell 8.3 percent on Friday, was closed.",
			"Singapore's Straits Times Index falls"},
		{"a source is not the subject", "According to the Associated Press, the number of people claiming weekly unemployment benefits rose 15,000 last week.",
			"Number of people rises"},
		{"the head before of agrees", "Exports of American wine rose on Monday.", "Exports of American wine rise"},
		{"a clause after show", "Statistics show foreign reserves rose on Monday.", "Foreign reserves rise"},
		{"a name after a preposition is no head", "Trade between Argentina and Brazil jumped 90 pct on Monday.", "Trade between Argentina and Brazil rises"},
		{"a long complement is cut", "Exports from the Ras Tanurah and Juaymah terminals in the Gulf fell on Monday.", "Exports fall in the Gulf"},
		{"declining to comment is no fall", "A USAir spokesman declined to comment on Monday.", ""},
		{"declining to a figure is", "Car production declined to 2,978 units on Monday.", "Car production falls"},
		{"a name ending the subject wins", "Russian President Vladimir Putin met Tillerson on Wednesday.", "Vladimir Putin meets Tillerson"},
		{"a speaker in apposition is named", "Peskov, a Kremlin spokesman, said on Thursday that ties were poor.", "Peskov comments"},
		{"a pronoun is no subject", "It fell sharply on Thursday.", "Fell"},
		{"a number is no subject", "The two met on Thursday.", "Met"},
		{"a month inside the subject", "The preliminary February index rose 0.6 pct on Monday.", "Preliminary February index rises"},
		{"gains after a verb are its object", "Operating net excludes gains of 1.5 mln dlrs on Monday.", ""},
		{"gains after a number are a noun", "The company had 2.3 pct gains on Monday.", ""},
		{"an irregular plural agrees", "The seamen signed an agreement on Saturday.", "Seamen reach an agreement"},
		{"a subordinator is no part of an event noun's phrase", "When debt rescheduling talks resumed on Tuesday, banks waited.", "Debt rescheduling talks"},
		{"the object of a participle is no subject", "A loan signed in Moscow on Wednesday was repaid.", "Loan signed in Moscow"},
		{"a participle needs a verb after it", "The company and the union agreed in principle on Monday to pattern a contract.", "Company and the union reach an agreement"},
		{"a complement that is no name", "Return on equity fell to 10.8 pct on Monday.", "Return on equity falls"},
		{"an aside between commas with a list", "Canadian investment, including the buying of foreign companies, stocks and bonds, rose on Monday.", "Canadian investment rises"},
		{"a reporting clause is no apposition", "Prices, the Commerce Department said, rose on Monday.", "Prices rise"},
		{"an apposition that is a name names the subject", "The biggest agency, the Associated Press, fell on Monday.", "Associated Press falls"},
		{"an aside in parentheses", "The March crush ratio (the value of soyproducts less the cost of the soybeans) fell on Monday.", "March crush ratio falls"},
		{"an aside between dashes", "The six states - Bahrain, Kuwait and Oman - agreed on Monday to integrate their economies.", "Six states reach an agreement"},
		{"a possessive pronoun stands for the subject's name", "Japan said its exports rose on Monday.", "Japan's exports rise"},
		{"a possessive pronoun without a name is dropped", "The company said its comparable store sales rose on Monday.", "Comparable store sales rise"},
		{"a fronted time without a comma", "For the month of April sales fell on Monday.", "Sales fall"},
		{"that opening a clause is no determiner", "Analysts expect that January durable goods orders fell on Monday.", "January durable goods orders fall"},
		{"a head in -ing", "Consumer spending fell on Monday.", "Consumer spending falls"},
		{"a complement with its determiner", "Productivity in the non-farm business sector fell on Monday.", "Productivity in the non-farm business sector falls"},
		{"a period qualifying the head", "Fourth quarter earnings rose on Monday.", "Fourth quarter earnings rise"},
		{"a participle right after the head", "Quantities offered at the auction fell on Monday.", "Quantities fall"},
		{"a verb before a preposition ends no subject", "The Commission withdrew from the package agreed on Monday.", "Agreed"},
		{"a period after said", "The bank earlier said first quarter net income rose on Monday.", "First quarter net income rises"},
		{"a compared figure's time is not the rise's", "Sales rose on Monday to 46.5 mln dlrs from 40.9 mln dlrs a year ago.", "Sales rise"},
		{"a time in the subject is the rise's", "Acme Corp said its February sales rose 14 pct to 46.5 mln dlrs from 40.9 mln dlrs a year ago.", "February sales rise"},
		{"a company's month", "K Mart Corp said February sales rose 13.1 pct from a year ago.", "K Mart Corp's February sales rise"},
		{"a time between subject and verb", "The shortfall for the full year rose on Monday.", "Shortfall rises"},
		{"a company's figures for a period", "K Mart Corp said sales for February rose 5 pct on Monday.", "K Mart Corp's sales rise"},
		{"a period after a possessive", "The bank's first quarter provision rose on Monday.", "Bank's first quarter provision rises"},
		{"it that moved", "Total money rose 3.3 pct in February, after it fell 3.5 pct in January.", "Total money falls\nTotal money rises"},
		{"a verb before a that-clause is finite", "The syndicate members agreed on Monday that bonds should be sold by banks.", "Syndicate members reach an agreement"},
		{"a participle after its noun", "Figures released on Monday show that exports rose.", "Figures released"},
		{"a perfect is no participle", "Both sides had agreed on Monday on the need to boost trade links in keeping with an accord.", "Both sides reach an agreement"},
		{"it after a speaker phrase", "The group said it bought 32,800 shares on Monday.", "Group makes an acquisition"},
		{"a company's own results", "Whittaker Corp reported first quarter earnings from continuing operations fell on Monday.", "Whittaker Corp's first quarter earnings from continuing operations fall"},
		{"a country's month", "The Commerce Department said January retail sales fell on Monday.", "January retail sales fall"},
		{"an aside that opens with a participle", "French money supply, measured in terms of M-3, rose on Monday.", "French money supply rises"},
		{"two nouns joined by and", "The company's cash and equivalents fell on Monday.", "Company's cash and equivalents fall"},
		{"rises of a figure are a noun", "Productivity increased, reflecting rises of 4.3 pct on Monday.", ""},
		{"a name in the subject is no object", "Japan and Brazil teams met on Monday.", "Japan and Brazil teams hold talks"},
		{"a passive's agent after a lower-case title", "The businesses were acquired by former chairman Rex Tillerson on Monday.", "Rex Tillerson makes an acquisition"},
		{"a verb's name that is not its subject", "Last year's offer to Japan was rejected on Monday.", "Rejected (Japan)"},
		{"a name after a preposition is no speaker", "The stretch between Moscow and Hamburg will stay closed, officials said on Monday.", "Officials comment"},
		{"the noun a name ends with stands for it", "Traffic on the Danube Commission stretch stopped, the commission said on Monday.", "Danube Commission comments"},
		{"a person meeting a place visits it", "Vladimir Putin visited Syria on Monday.", "Vladimir Putin visits Syria"},
		{"a place meeting a place does not", "Japan met Brazil on Monday.", "Japan meets Brazil"},
		{"what a passive befell, as written", "Two crew members were killed on Monday.", "Two crew members are killed"},
		{"a reduced relative's noun", "Fishermen asked for compensation for the fish killed on Monday by the spill.", "Fish are killed"},
		{"a collision", "Two cargo barges collided near Moscow on Monday.", "Two cargo barges collide near Moscow"},
		{"one agrees with a party, not a paper", "Japan signed a letter of intent on Monday.", "Japan reaches an agreement"},
		{"a statement a subject made", "Japan made a statement on Monday.", "Japan comments"},
		{"people met without a determiner", "Putin met port officials on Monday.", "Putin meets port officials"},
		{"things without a determiner are no object", "India bought eight cargoes on Monday.", "India makes an acquisition"},
		{"an event noun's complement", "There was a sharp decline in net income on Monday.", "Sharp decline in net income"},
		{"a complement before the verb", "Talks on export quotas resumed on Monday.", "Talks on export quotas"},
		{"an amount is no complement", "There was a decline of five pct on Monday.", "Decline"},
		{"a statement without a speaker is no event", "Prices will rise this year, it said on Monday.", ""},
		{"a denied passive is no event", "No crew members were hurt on Monday.", ""},
		{"a passive with a named agent", "Two men were arrested on Monday by Russia.", "Russia arrests two men"},
		{"a be-form makes -ing a verb", "Putin is meeting Tillerson on Monday.", "Putin meets Tillerson"},
		{"a plural possessive stays in the noun's phrase", "The company will hold a special shareholders' meeting on Monday.", "Special shareholders' meeting"},
		{"a passive with no is-phrase reads as a headline", "The decision was announced on Monday.", "Decision announced"},
		{"a rise by an amount is no passive", "Net earnings soared by 71 pct on Monday.", "Net earnings rise"},
		{"a noun after a preposition is no passive's subject", "The offer of wheat to the farmers was rejected on Monday.", "Rejected"},
		{"the antecedent of who", "He replaces Rex Tillerson, who resigned on Monday.", "Rex Tillerson resigns"},
		{"a headline's passive", "Zurana Horton shot and killed in Brownsville on Monday.", "Zurana Horton is killed in Brownsville"},
		{"an aside's passive after an age", "A vigil was held for Zurana Horton, 34, killed by a gang member on Monday.", "Zurana Horton is killed"},
		{"a perfect with no object is active", "The gang member had killed in Brownsville on Monday.", "Gang member kills in Brownsville"},
		{"an amount after the verb is its object", "A chemical attack in Syria killed 80 people and wounded at least 550 others on Monday.", "Chemical attack in Syria"},
		{"a that-clause after the verb is its object", "Vladimir Putin charged during a debate on Monday that Japan was wrong.", "Vladimir Putin charges"},
		{"a shot that is a noun", "Putin missed a shot on Monday.", ""},
		{"a shooting percentage", "Brazil shot 35.0 percent on Monday.", ""},
		{"an agreement's expiry dates nothing", "The current agreement expires on Monday.", ""},
		{"an accord that runs till a year", "The accord with Japan runs till 1999.", ""},
		{"an agreement on a day", "The agreement with Japan on Monday was a surprise.", "Agreement with Japan"},
		{"a registration statement is a document", "Japan said it filed a registration statement covering debentures due 2012.", ""},
		{"a time before a noun that speaks", "Wheat exports will reach 2.0 mln tonnes in 1991, the accord said.", ""},
		{"a time past which", "The union seeks an agreement to keep the plant open past 1989.", ""},
		{"won after an amount is a currency", "Exports rose to 33,992.0 billion won in February.", "Exports rise"},
		{"capturing a market is no arrest", "Imports threaten to capture 25 pct of the market in August.", ""},
		{"a fall from a month is dated by neither", "Reserves fell 0.04 pct from December.", ""},
		{"a time before a comma is not a statement's", "Reserves fell to 375 billion at the end of January from 421 billion at the end of December, Japan said in a statement.",
			"Reserves fall"},
		{"a company named with 's says", "Profits will return by late 1987, Moody's added.", ""},
		{"an -ing participle after a comma goes on with the clause", "Pakistan said planes attacked villages last Thursday and Friday, killing 90 people.", "Planes carry out an attack\nKilling"},
		{"a period inside the subject", "K Mart Corp said domestic car sales in the February 21 to 28 period rose to 3,501 cars.", "K Mart Corp's domestic car sales rise"},
		{"a time after following is the earlier change's", "Prices fell 0.4 pct following a 3.6 pct increase in the third quarter.", ""},
		{"a compared figure's time dates nothing after it", "Group turnover fell to 38 billion marks from 42.72 billion in 1985, and parent company turnover fell to 14 billion marks.", ""},
		{"a compared figure's day is the change's", "Intervention rate was last raised to eight pct from 7-1/4 on January 2.", "Intervention"},
		{"notes due a year", "Japan requested a meeting of holders of its notes due 1991.", ""},
		{"targets that are met", "Japan sees little hope the deficit reduction targets will be met this year.", ""},
		{"a period after said is the reported clause's", "Japan said between February 1985 and December 1986 the dollar fell by 40 pct.", "Dollar falls"},
		{"elections due by a month", "The presidential elections due by April 1988 worry Japan.", "Presidential elections"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range corpusRun(t, [3]string{"a", "2017-04-13", tt.text}) {
				if e.Dated() {
					got = append(got, e.Summary)
				}
			}
			if g := strings.Join(got, "\n"); g != tt.want {
				t.Errorf("%q\n got: %q\nwant: %q", tt.text, g, tt.want)
			}
		})
	}
}
