package boilerplate

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/internal/testenv"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		in   string
		kind Kind
		keep bool
	}{
		{"prose", "Russian President Vladimir Putin met Rex Tillerson in Moscow on Wednesday.", Prose, true},
		{"long caption without period", "U.S. Secretary of State Rex Tillerson and Russian Foreign Minister Sergey Lavrov shake hands prior to their talks in Moscow Wednesday", Prose, true},
		{"headline", "Putin, Tillerson discuss bad state of US-Russian ties, Kremlin says", Headline, true},
		{"question headline is prose", "Could Syria have launched the attack with Russia's advance knowledge?", Prose, true},
		{"short", "Recommended", Short, false},
		{"byline", "By Staff Reporter", Meta, false},
		{"byline two", "By Zulal Sema, Alam El-Din Sadiq", Meta, false},
		{"byline lower", "By Timeline sample desk", Meta, false},
		{"sentence starting with by", "By supporting The Moscow Times, you're defending open, independent journalism.", Prose, false},
		{"dateline", "April 13, 2017", Meta, false},
		{"dateline author", "16 April, 2017, 00:53 | Author: Cecelia Webb", Meta, false},
		{"dateline and byline side by side", "14 March 2023 | By Timeline sample desk", Meta, false},
		{"byline and reading time", "By Jane Doe · 5 min read", Meta, false},
		{"a headline with a bar is no furniture", "Putin meets Tillerson | Kremlin says ties are poor", Headline, true},
		{"a reporter's credit", "Lederman reported from Moscow.", Meta, false},
		{"writers' credit", "Associated Press writers Jane Doe and John Smith in Washington contributed to this report.", Meta, false},
		{"credit to a story", "Reuters reporter Ann Lee contributed reporting.", Meta, false},
		{"a report in prose is kept", "Putin reported from Moscow that the talks had failed.", Prose, true},
		{"reading time", "3 MIN READ", Meta, false},
		{"source", "SOURCE:TRTWorld and agencies", Meta, false},
		{"ad banner", "Since July 1, 2024, we have disabled all ads to improve your reading experience.", Prose, false},
		{"appeal", "Our journalism is banned in Russia. We need your help to keep providing you with the truth.", Prose, false},
		{"newsletter", "Sign up for our daily newsletter and never miss a story.", Prose, false},
		{"quote with we is kept", "“We hope that the US president will become aware of that analysis,” he said on Thursday.", Prose, true},
		{"a share on in news is kept", "The company also said it plans to pay an initial quarterly dividend of five cts a share on the shares.", Prose, true},
		{"a newsletter in news is kept", "The newsletter said the letter indicated Baghdad was having difficulty selling crude at official prices.", Prose, true},
		{"advertising in news is kept", "Grey Advertising Inc said its subsidiary established a new division.", Prose, true},
		{"subscribe in news is kept", "Existing shareholders will have a preferential right to subscribe to the issue.", Prose, true},
		{"subscribe to our newsletter", "Subscribe to our newsletter.", Prose, false},
		{"sharing, to the reader", "Share this story with your friends.", Prose, false},
		{"copyright line", "Copyright © 2023 The Daily Example.", Prose, false},
		{"comments word in prose is kept", "The fallout follows comments by the Trump administration that a reset in relations was possible.", Prose, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := Unit{Text: tt.in, Keep: true}
			classify(&u)
			if u.Kind != tt.kind || u.Keep != tt.keep {
				t.Errorf("classify(%q) = kind %d keep %v (%s), want kind %d keep %v", tt.in, u.Kind, u.Keep, u.Reason, tt.kind, tt.keep)
			}
		})
	}
}

func TestCleanStructure(t *testing.T) {
	raw := `Talks end without a deal

By Jane Roe
March 3, 2021

The talks between the two governments ended on Tuesday without a deal, officials in Geneva said.

Negotiators from Geneva and Bern will meet again next month, the Swiss foreign ministry said.

Related stories
Football: Basel win the cup
Weather: snow in the Alps
Markets: shares rise in Zurich

Subscribe to our newsletter.`
	res := Clean(raw)
	for _, want := range []string{"Talks end without a deal", "ended on Tuesday", "meet again next month"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("clean text lacks %q:\n%s", want, res.Text)
		}
	}
	for _, bad := range []string{"Jane Roe", "March 3, 2021", "Basel", "Subscribe", "Related"} {
		if strings.Contains(res.Text, bad) {
			t.Errorf("clean text keeps %q:\n%s", bad, res.Text)
		}
	}
	if res.Title != "Talks end without a deal" {
		t.Errorf("title = %q", res.Title)
	}
}

// TestCleanTeasers drops a run of headline-and-paragraph teasers at the
// end of a page, the related one with the others, and keeps an article's
// own sections, which share its names.
func TestCleanTeasers(t *testing.T) {
	body := "Talks between Geneva and Bern ended on Tuesday without a deal, officials in Geneva said.\n\n" +
		"Negotiators from Geneva and Bern will meet again next month, the Swiss foreign ministry said.\n\n"
	tests := []struct {
		name       string
		tail       string
		gone, kept []string
	}{
		{"related teaser in a run",
			"\n\nBern rejects Geneva offer on border tolls\nThe Swiss capital turned down the offer from Geneva on Monday.\n\n" +
				"Basel win the cup\nThe football club beat Lugano in the final on Sunday night.\n\n" +
				"Snow closes Alpine passes\nHeavy snowfall closed three passes over the weekend, drivers were told.",
			[]string{"border tolls", "turned down", "Basel", "Lugano", "Alpine"}, nil},
		{"sections of the article",
			"Geneva's demands on the tolls\nGeneva wants the tolls between Geneva and Bern lowered by half, its negotiators said.\n\n" +
				"Bern's answer comes in writing\nBern will answer the Geneva proposal in writing before the next round, its envoy said.",
			nil, []string{"Geneva's demands on the tolls", "lowered by half", "Bern's answer comes in writing", "answer the Geneva proposal"}},
		{"a section, then one teaser",
			"Bern's answer comes in writing\nBern will answer the Geneva proposal in writing before the next round, its envoy said.\n\n" +
				"Basel win the cup\nThe football club beat Lugano in the final on Sunday night.",
			[]string{"Basel", "Lugano"}, []string{"Bern's answer comes in writing", "answer the Geneva proposal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := Clean(body + tt.tail).Text
			for _, g := range tt.gone {
				if strings.Contains(text, g) {
					t.Errorf("kept %q:\n%s", g, text)
				}
			}
			for _, k := range append(tt.kept, "meet again next month") {
				if !strings.Contains(text, k) {
					t.Errorf("dropped %q:\n%s", k, text)
				}
			}
		})
	}
}

func TestCleanWrappedWire(t *testing.T) {
	raw := "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary, Comissaria Smith said in its weekly review.\n    The dry period means the temporao will be late this year.\n"
	res := Clean(raw)
	want := "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January, Comissaria Smith said in its weekly review.\n\nThe dry period means the temporao will be late this year."
	if res.Text != want {
		t.Errorf("got\n%q\nwant\n%q", res.Text, want)
	}
}

// TestCleanWire keeps the whole of a wire story: a lead or a last
// paragraph that names someone the rest does not is the story's own, not
// a teaser, and a paragraph wrapped at a fixed width is one unit even where
// its first line is short or a line breaks inside a name. The rows of a
// table stay apart from the note under them.
func TestCleanWire(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		kept []string // whole units, as joined
		gone []string
	}{
		{"lead that names a company the rest does not",
			"Harbor Freight Lines Inc said it named Norman\nMcAllister as president of its river unit, succeeding Bill\nHarrow, who retired on March one.\n" +
				"    McAllister, a former president of Delta Tugs, most recently\nran a consulting business.\n",
			[]string{"Harbor Freight Lines Inc said it named Norman McAllister as president of its river unit, succeeding Bill Harrow, who retired on March one.",
				"McAllister, a former president of Delta Tugs, most recently ran a consulting business."}, nil},
		{"last paragraph with new names",
			"The talks between the two governments ended on Tuesday without a deal, officials in Geneva said.\n\n" +
				"Negotiators from Geneva will meet again next month, the Swiss foreign ministry said.\n\n" +
				"The European Union's envoy, Marta Keller, said Brussels was ready to help.",
			[]string{"The European Union's envoy, Marta Keller, said Brussels was ready to help."}, nil},
		{"a number goes on with the line before",
			"Gold futures are expected to open\n1.50 to 2.00 dlrs higher following London gold.",
			[]string{"Gold futures are expected to open 1.50 to 2.00 dlrs higher following London gold."}, nil},
		{"rows of a table and the note under them",
			"Shr 51 cts vs 75 cts\n    Net 5,524,000 vs 8,094,000\n    Revs 142.4 mln vs 137.2 mln\n" +
				"    NOTE: 1986 year net includes a loss of 785,000 dlrs or\neight cts a share for discontinued operations at its mills.\n",
			[]string{"NOTE: 1986 year net includes a loss of 785,000 dlrs or eight cts a share for discontinued operations at its mills."},
			[]string{"Shr 51 cts vs 75 cts Net"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Clean(tt.raw)
			units := map[string]bool{}
			for _, u := range res.Units {
				if u.Keep {
					units[u.Text] = true
				}
			}
			for _, k := range tt.kept {
				if !units[k] {
					t.Errorf("no kept unit %q; units:\n%+v", k, res.Units)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("kept %q:\n%s", g, res.Text)
				}
			}
		})
	}
}

func TestCleanShortArticle(t *testing.T) {
	raw := "Putin met Tillerson in Moscow on Wednesday."
	if got := Clean(raw).Text; got != raw {
		t.Errorf("a one-sentence article became %q", got)
	}
}

// TestSeeds checks the noise of the seed articles: what must go and what
// must stay.
func TestSeeds(t *testing.T) {
	dir := testenv.Shared(t, "seeds")
	texts := map[string]string{}
	var r corpus.Reader
	err := r.Walk(context.Background(), []string{dir}, func(d *corpus.Document) error {
		if d.Err != nil {
			t.Fatalf("%s: %v", d.Source, d.Err)
		}
		texts[d.ID[:3]] = Clean(d.Raw).Text
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		doc        string
		gone, kept []string
	}{
		{"000", []string{"Advertisements", "getAdSnippetCallback", "Discover more", "Subscribe"},
			[]string{"Mr Peskov said in a conference call", "The results will not come quickly"}},
		{"001", []string{"3 MIN READ", "By Staff Reporter", "Explore", "Indonesia ends rescue", "Kremlin rejects EU drone", "Sumud", "SOURCE:", "Recommended"},
			[]string{"Putin, Tillerson discuss bad state", "Dmitry Peskov on Thursday said", "Russia blocked a Western effort", "post-Cold War low"}},
		{"002", []string{"LeBron", "Cavs", "Snapdeal", "Flipkart", "Author: Cecelia Webb", "vetoes United Nations resolution", "fired 59 missiles"},
			[]string{"Putin receives US Secretary of State", "In a paradoxical response", "The fallout over the chemical attack follows comments"}},
		{"003", []string{"ad-free", "disabled all ads", "Support us", "Dear readers", "Prosecutor General", "Remind me later", "Read more"},
			[]string{"Talk of U.S.-Russia Thaw Premature", "Yesterday, Lavrov and Trump met", "a very good meeting"}},
		{"004", []string{"Pence to open Asian trip", "Lederman reported from Moscow."},
			[]string{"U.S. and Russian Federation at 'low point'", "in an interview broadcast Wednesday by state television channel Mir"}},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			text := texts[tt.doc]
			for _, g := range tt.gone {
				if strings.Contains(text, g) {
					t.Errorf("kept boilerplate %q", g)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(text, k) {
					t.Errorf("dropped article text %q", k)
				}
			}
		})
	}
	// The 004 title, printed three times, is kept once.
	if n := strings.Count(texts["004"], "at 'low point'"); n != 1 {
		t.Errorf("004 title kept %d times", n)
	}
}

func FuzzClean(f *testing.F) {
	if seeds, err := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt")); err == nil {
		for _, p := range seeds {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add("Headline\n\nBy X\n\nBody text here. More text.\n\nExplore\nA\nB\nC")
	f.Fuzz(func(t *testing.T, raw string) {
		res := Clean(raw)
		for _, u := range res.Units {
			if u.Start < 0 || u.End > len(raw) || u.Start > u.End {
				t.Fatalf("unit span %d..%d outside the input (%d bytes)", u.Start, u.End, len(raw))
			}
			if !u.Keep && u.Reason == "" {
				t.Fatalf("unit %q dropped without a reason", u.Text)
			}
		}
		if res.Title != "" && !strings.Contains(res.Text, res.Title) {
			t.Fatalf("title %q not in the text", res.Title)
		}
	})
}

// TestCleanTable keeps an article that is only a table of figures.
func TestCleanTable(t *testing.T) {
	raw := "Shr one dlr vs 73 cts\n    Net 12.6 mln vs 15.8 mln\n    Revs 337.3 mln vs 315.2 mln\n    Nine mths\n    Shr 3.07 dlrs vs 3.08 dlrs\n"
	res := Clean(raw)
	for _, want := range []string{"Shr one dlr vs 73 cts", "Revs 337.3 mln", "Nine mths"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("table lost %q: %q", want, res.Text)
		}
	}
}
