package timeline_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timeline"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestMerge(t *testing.T) {
	events := corpusRun(t,
		[3]string{"a", "2017-04-13", "Vladimir Putin met Rex Tillerson in Moscow on Wednesday."},
		[3]string{"b", "2017-04-16", "Tillerson's talks with Putin on Wednesday were tense."},
		[3]string{"c", "", "Putin's meeting with Tillerson has produced nothing."},
		[3]string{"d", "2017-04-13", "Putin met Tillerson on Monday."},
		[3]string{"e", "", "Putin met Tillerson on Friday."},
		[3]string{"f", "2017-04-13", "Dmitry Peskov said on Thursday that the talks went well."},
		[3]string{"g", "", "Peskov said on Thursday that he was pleased."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.ID+" "+e.Date.Value+" "+e.Summary+" "+sources(e))
	}
	want := []string{
		"e0001 2017-04-10 Vladimir Putin meets Rex Tillerson d",
		"e0002 2017-04-12 Vladimir Putin meets Rex Tillerson in Moscow a,b,c?",
		"e0003 2017-04-13 Dmitry Peskov comments f,g?",
		"u0001  Vladimir Putin meets Rex Tillerson e?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n got: %q\nwant: %q", got, want)
	}
}

func TestMergeKeepsApart(t *testing.T) {
	tests := []struct {
		name string
		arts [][3]string
		want int // dated events
	}{
		{"different kinds", [][3]string{
			{"a", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"b", "2017-04-13", "Putin attacked Tillerson on Wednesday."}}, 2},
		{"no shared participant", [][3]string{
			{"a", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"b", "2017-04-13", "Lavrov met Trump on Wednesday."}}, 2},
		{"statements of two speakers", [][3]string{
			{"a", "2017-04-13", "Putin said on Wednesday that it was bad."},
			{"b", "2017-04-13", "Peskov said on Wednesday that it was bad."}}, 2},
		{"a year and a day need two shared participants", [][3]string{
			{"a", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"b", "2017-04-13", "Putin met Trump in 2017."}}, 2},
		{"same day, shared participant", [][3]string{
			{"a", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"b", "2017-04-16", "Tillerson's talks with Putin on Wednesday were tense."}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, e := range corpusRun(t, tt.arts...) {
				if e.Dated() {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("got %d dated events, want %d", n, tt.want)
			}
		})
	}
}

func TestTimelineOrder(t *testing.T) {
	// A day comes before the week that holds it, a more reported event
	// before a less reported one of the same date.
	events := corpusRun(t,
		[3]string{"a", "2017-04-13", "A chemical attack in Syria killed 80 people last week."},
		[3]string{"b", "2017-04-13", "Putin met Tillerson on April 3."},
		[3]string{"c", "2017-04-13", "Lavrov met Trump on April 3."},
		[3]string{"d", "2017-04-14", "Lavrov's talks with Trump on April 3 went well."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Value+" "+e.Summary)
	}
	want := []string{"2017-04-03 Lavrov meets Trump", "2017-04-03 Putin meets Tillerson", "2017-W14 Chemical attack in Syria"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order:\n got: %q\nwant: %q", got, want)
	}
}

func TestDateOf(t *testing.T) {
	d := timeline.Date{Value: "2017-W14", Start: day("2017-04-03"), End: day("2017-04-09"), Granularity: "week"}
	if d.Days() != 7 || !d.Overlaps(timeline.Date{Start: day("2017-04-09"), End: day("2017-04-09")}) {
		t.Errorf("week: days %d", d.Days())
	}
}

func TestUndatedJoinsRelatedKind(t *testing.T) {
	strike := [3]string{"a", "2017-04-13", "Russia fired missiles at Syria on Wednesday."}
	tests := []struct {
		name string
		arts [][3]string
		want []string // each event: its kind and sources, undated ones marked "?"
	}{
		{"an undated attack joins the strike that others date", [][3]string{
			strike,
			{"b", "2017-05-11", "The crisis began when Russia attacked Syria."}},
			[]string{"strike a,b?"}},
		{"a dated attack comes first", [][3]string{
			strike,
			{"c", "2017-04-13", "Russia attacked Syria on Wednesday."},
			{"b", "2017-05-11", "The crisis began when Russia attacked Syria."}},
			[]string{"attack c,b?", "strike a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range corpusRun(t, tt.arts...) {
				got = append(got, e.Class+" "+sources(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events:\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// sources lists the documents of an event's sources, an undated one
// marked "?".
func sources(e timeline.Event) string {
	var docs []string
	for _, s := range e.Sources {
		d := s.Document
		if s.Date.IsZero() {
			d += "?"
		}
		docs = append(docs, d)
	}
	return strings.Join(docs, ",")
}

func TestUndatedPrefersItsOwnArticle(t *testing.T) {
	// c's undated "meeting" shares both participants with the meeting of
	// 12 April, which two articles report, and with the one of 10 May,
	// which c itself dates: it is c's.
	events := corpusRun(t,
		[3]string{"a", "2017-04-13", "Lavrov met Trump on Wednesday."},
		[3]string{"b", "2017-04-14", "Lavrov met Trump on Wednesday."},
		[3]string{"c", "2017-05-11", "Yesterday, Lavrov and Trump met. Lavrov's meeting with Trump was a positive step."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Value+" "+sources(e))
	}
	want := []string{"2017-04-12 a,b", "2017-05-10 c"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n got: %q\nwant: %q", got, want)
	}
	for _, e := range events {
		if e.Date.Value == "2017-05-10" && (len(e.Sources) != 1 || e.Sources[0].Mentions != 2) {
			t.Errorf("the meeting of 10 May: sources %+v, want c's two reports", e.Sources)
		}
	}
}

func TestUndatedNeedsItsSubject(t *testing.T) {
	// b's undated meeting names Lavrov as the one who met Putin and
	// Tillerson: it is not their dated meeting, which Lavrov was not at.
	events := corpusRun(t,
		[3]string{"a", "2017-04-13", "Putin met Tillerson in Moscow on Wednesday."},
		[3]string{"b", "2017-04-20", "Lavrov met Putin and Tillerson at the Kremlin, a week after the summit."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Value+" "+sources(e))
	}
	want := []string{"2017-04-12 a", " b?"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n got: %q\nwant: %q", got, want)
	}
}

func TestRareEventsMergeOnLess(t *testing.T) {
	// A collision is seldom two: b names no one but gives the day, c
	// gives only the month and the place.
	events := corpusRun(t,
		[3]string{"a", "2017-04-13", "Two barges collided near Moscow on Monday."},
		[3]string{"b", "2017-04-14", "The collision of two barges on April 10, 2017 closed the river."},
		[3]string{"c", "2017-05-20", "Crew fatigue caused the collision near Moscow in April, the inquiry found."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Value+" "+sources(e))
	}
	if want := []string{"2017-04-10 a,b,c"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n got: %q\nwant: %q", got, want)
	}
}

func TestUndatedRareEventsShareOneName(t *testing.T) {
	// Undated reports of a fire merge on one name they share, though
	// each names another that the other does not.
	m := &timeline.Merger{KeepThin: true}
	events := corpusRunWith(t, m,
		[3]string{"a", "", "The Danube Commission said the fire in Moscow destroyed the store."},
		[3]string{"b", "", "Crews from Hamburg fought the fire in Moscow."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.Class+" "+sources(e))
	}
	if want := []string{"fire a?,b?"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n got: %q\nwant: %q", got, want)
	}
}

// TestOnceAndAtPlace checks what joins undated reports to a dated event or to
// each other on one name: what befalls a person once, a subject at a place,
// the one person a charge or an arrest befell.
func TestOnceAndAtPlace(t *testing.T) {
	tests := []struct {
		name string
		arts [][3]string
		want []string
	}{
		{
			// One dies once: b's undated death, written half a year
			// later, is the one a dates, though b names no place.
			name: "a death however late",
			arts: [][3]string{
				{"a", "2013-06-07", "Esther Williams died on Thursday in Beverly Hills."},
				{"b", "2013-12-20", "Esther Williams died at home, her family said."},
				{"c", "2013-12-21", "Jane Russell died at home in Beverly Hills."},
			},
			want: []string{"2013-06-06 a,b?", " c?"},
		},
		{
			// One is killed once: b's passive names the one a's killing
			// befell.
			name: "a killing however late",
			arts: [][3]string{
				{"a", "2011-10-24", "A gang member killed Zurana Horton in Brownsville on Friday."},
				{"b", "2012-03-02", "Zurana Horton was killed as she walked her children home."},
			},
			want: []string{"2011-10-21 a,b?"},
		},
		{
			// Her death is her killing: b joins the killing a dates, and
			// c's undated reports of both are one.
			name: "a death that was a killing",
			arts: [][3]string{
				{"a", "2011-10-24", "A gang member killed Zurana Horton in Brownsville on Friday."},
				{"b", "2012-03-02", "Zurana Horton died in the street."},
				{"c", "2012-05-01", "Esther Williams was killed in a crash. Esther Williams died at the scene."},
			},
			want: []string{"2011-10-21 a,b?", " c?"},
		},
		{
			// One escapes once: b, of unknown date, names no place.
			name: "an escape however late",
			arts: [][3]string{
				{"a", "2013-01-08", "Joseph Comeaux escaped in Baytown on Sunday."},
				{"b", "", "Joseph Comeaux escaped from a prison van, marshals said."},
			},
			want: []string{"2013-01-06 a,b?"},
		},
		{
			// Undated, one report with the place and one without.
			name: "a person's escape and its place",
			arts: [][3]string{
				{"a", "2013-01-10", "Joseph Comeaux escaped from a prison van."},
				{"b", "2013-01-11", "Joseph Comeaux escaped in Baytown after a guard was shot."},
			},
			want: []string{" a?,b?"},
		},
		{
			// A country agrees to many things: its reports stay apart.
			name: "a place's agreements",
			arts: [][3]string{
				{"a", "1987-03-10", "The Soviet Union agreed in Geneva to cut its coal prices."},
				{"b", "1987-03-11", "The Soviet Union agreed in Hamburg to sell more coal."},
			},
			want: []string{" a?", " b?"},
		},
		{
			// One person charged, told with and without the place.
			name: "passive and object",
			arts: [][3]string{
				{"a", "", "Joseph Comeaux was charged in Brooklyn."},
				{"b", "", "Police charged Joseph Comeaux."},
			},
			want: []string{" a?,b?"},
		},
		{
			// A death befalls its subject, not the one it names beside.
			name: "two deaths beside one person",
			arts: [][3]string{
				{"a", "", "Esther Williams died with Jane Russell."},
				{"b", "", "Joseph Comeaux died with Jane Russell."},
			},
			want: []string{" a?", " b?"},
		},
		{
			// The one who charged is not the one charged.
			name: "subject",
			arts: [][3]string{
				{"a", "", "Joseph Comeaux was charged."},
				{"b", "", "Joseph Comeaux charged Zurana Horton in Brooklyn."},
			},
			want: []string{" b?", " a?"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range corpusRunWith(t, &timeline.Merger{KeepThin: true}, tt.arts...) {
				got = append(got, e.Date.Value+" "+sources(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events:\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestMergeGuards checks what keeps reports apart that share names, and
// what still joins them.
func TestMergeGuards(t *testing.T) {
	tests := []struct {
		name string
		arts [][3]string
		want []string // each dated event: its kind and sources, undated ones marked "?"
	}{
		{"an undated fall days later is another day's", [][3]string{
			{"a", "2017-04-10", "Japan's exports fell on Monday."},
			{"b", "2017-04-13", "Japan's exports fell sharply."}},
			[]string{"fall a"}},
		{"an undated fall the next day is the day's", [][3]string{
			{"a", "2017-04-10", "Japan's exports fell on Monday."},
			{"b", "2017-04-11", "Japan's exports fell sharply."}},
			[]string{"fall a,b?"}},
		{"a month's fall is reported weeks later", [][3]string{
			{"a", "2017-03-01", "Japan's exports fell in February."},
			{"b", "2017-03-20", "Japan's exports fell sharply."}},
			[]string{"fall a,b?"}},
		{"two things that rose in one month", [][3]string{
			{"a", "2017-03-10", "Japan's exports rose in February."},
			{"b", "2017-03-12", "Japan's imports rose in February."}},
			[]string{"rise a", "rise b"}},
		{"a month's report between two days weeks apart", [][3]string{
			{"a", "2017-04-13", "Putin met Tillerson in Moscow on Monday."},
			{"b", "2017-04-29", "Putin met Trump in Moscow on April 28."},
			{"c", "2017-04-30", "Putin met Tillerson and Trump in Moscow in April."}},
			[]string{"meet a,c", "meet b"}},
		{"a place alone joins no talks", [][3]string{
			{"a", "2017-04-13", "Putin met Tillerson in Moscow on Wednesday."},
			{"b", "2017-04-14", "Talks in Moscow were tense."}},
			[]string{"meet a"}},
		{"a place that names the event joins it", [][3]string{
			{"a", "2017-02-23", "Six nations reached an accord in Moscow on Sunday."},
			{"b", "2017-03-01", "Dealers said the Moscow accord had failed."}},
			[]string{"agree a,b?"}},
		{"a year's vote draws no undated vote", [][3]string{
			{"a", "2017-04-13", "The Danube Commission voted in 2017 to close the river."},
			{"b", "2017-04-14", "The Danube Commission voted to reopen the river."}},
			[]string{"vote a"}},
		{"a name few reports of an event give draws nothing", [][3]string{
			{"a", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"b", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"c", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"d", "2017-04-13", "Putin met Tillerson on Wednesday."},
			{"e", "2017-04-13", "Putin met Tillerson and Lavrov on Wednesday."},
			{"f", "2017-04-14", "Lavrov held talks."}},
			[]string{"meet a,b,c,d,e"}},
		{"every name of a small event counts", [][3]string{
			{"a", "2013-01-10", "Joseph Comeaux escaped from a prison van in Baytown on Wednesday."},
			{"b", "2013-01-10", "Joseph Comeaux escaped on Wednesday."},
			{"c", "2013-01-10", "Joseph Comeaux escaped on Wednesday."},
			{"d", "2013-01-10", "Joseph Comeaux escaped on Wednesday."},
			{"e", "2013-01-10", "Joseph Comeaux escaped on Wednesday."},
			{"f", "", "Joseph Comeaux escaped in Baytown."}},
			[]string{"escape a,b,c,d,e,f?"}},
		{"a death few of its reports name the dead of", [][3]string{
			{"a", "2013-06-07", "Esther Williams died on Thursday in Beverly Hills."},
			{"b", "2013-06-07", "The actress died on Thursday in Beverly Hills."},
			{"c", "2013-06-07", "The actress died on Thursday in Beverly Hills."},
			{"d", "2013-06-07", "The actress died on Thursday in Beverly Hills."},
			{"e", "2013-06-07", "The actress died on Thursday in Beverly Hills."},
			{"f", "", "Esther Williams died at home."}},
			[]string{"die a,b,c,d,e,f?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range corpusRun(t, tt.arts...) {
				if e.Dated() {
					got = append(got, e.Class+" "+sources(e))
				}
			}
			slices.Sort(got)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events:\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestUndatedContextOfAPlaceAlone(t *testing.T) {
	// Talks that name only a country are not one piece of context; an
	// accord that the place names is.
	m := &timeline.Merger{KeepThin: true}
	events := corpusRunWith(t, m,
		[3]string{"a", "", "The ministry sought new talks with Japan."},
		[3]string{"b", "", "Exporters held talks with Japan."},
		[3]string{"c", "", "Dealers said the Moscow accord had failed."},
		[3]string{"d", "", "Bankers doubt the Moscow accord will hold."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.Class+" "+sources(e))
	}
	slices.Sort(got)
	if want := []string{"agree c?,d?", "meet a?", "meet b?"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n got: %q\nwant: %q", got, want)
	}
}

// TestDeathsJoin checks that one person's killing, death and shooting of
// one day are one event, known as the killing, and that a shot person is
// "shot", not "Shot on".
func TestDeathsJoin(t *testing.T) {
	tests := []struct {
		name string
		arts [][3]string
		want []string // "date summary sources"
	}{
		{
			name: "a killing told as a shooting and a death",
			arts: [][3]string{
				{"a", "2013-03-11", "Police officers killed Kimani Gray on Saturday in Brooklyn."},
				{"b", "2013-03-12", "The shooting of Kimani Gray on Saturday angered the neighbourhood."},
				{"c", "2013-03-12", "The death of Kimani Gray on Saturday sparked protests."},
			},
			want: []string{"2013-03-09 Police officers kill Kimani Gray in Brooklyn a,b,c"},
		},
		{
			name: "a shooting days before the death",
			arts: [][3]string{
				{"a", "2013-03-11", "Kimani Gray was shot on Saturday."},
				{"b", "2013-03-15", "Kimani Gray died on Thursday."},
			},
			want: []string{"2013-03-09 Kimani Gray is shot a", "2013-03-14 Kimani Gray dies b"},
		},
		{
			name: "two people's deaths",
			arts: [][3]string{
				{"a", "2013-03-11", "Police officers killed Kimani Gray on Saturday."},
				{"b", "2013-03-12", "The death of Tishana King on Saturday sparked protests."},
			},
			want: []string{"2013-03-09 Death of Tishana King b", "2013-03-09 Police officers kill Kimani Gray a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range corpusRun(t, tt.arts...) {
				got = append(got, e.Date.Value+" "+e.Summary+" "+sources(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events:\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestOneOffWithinArticle(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			// The quake the article dated, told again without a date.
			name: "told again",
			text: "A strong earthquake hit Japan on Sunday. The quake destroyed the store in Moscow.",
			want: []string{"2017-04-09 a"},
		},
		{
			// A wire story's lead is its news, not the one it recalls.
			name: "the lead before an earlier one",
			text: "The earthquake destroyed the store in Moscow. On April 3 a quake hit Japan.",
			want: []string{"2017-04-03 a", " a?"},
		},
		{
			// Long before the article: recalled, not retold.
			name: "an old one",
			text: "An earthquake hit Japan in 2005. The earthquake destroyed the store in Moscow.",
			want: []string{"2005 a", " a?"},
		},
		{
			// "A quake" in general is no quake the article told of.
			name: "indefinite",
			text: "A strong earthquake hit Japan on Sunday. Insurers fear a quake in Moscow.",
			want: []string{"2017-04-09 a", " a?"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range corpusRunWith(t, &timeline.Merger{KeepThin: true}, [3]string{"a", "2017-04-13", tt.text}) {
				got = append(got, e.Date.Value+" "+sources(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events:\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestSmallEventCountsArticles(t *testing.T) {
	// Article a tells of one escape ten times and names Baytown once: it
	// is still an event of one article, each of whose names counts, so
	// b's undated escape in Baytown joins it.
	a := "Joseph Comeaux escaped from a prison van in Baytown on Sunday." + strings.Repeat(" Joseph Comeaux escaped after a guard was shot.", 9)
	for _, b := range []string{"Joseph Comeaux escaped in Baytown.", "The escape in Baytown shocked the town."} {
		t.Run(b, func(t *testing.T) {
			var got []string
			for _, e := range corpusRunWith(t, &timeline.Merger{KeepThin: true}, [3]string{"a", "2013-01-08", a}, [3]string{"b", "2013-01-10", b}) {
				got = append(got, e.Date.Value+" "+sources(e))
			}
			if want := "2013-01-06 a,b?"; strings.Join(got, "\n") != want {
				t.Errorf("events: %q, want %q", got, want)
			}
		})
	}
}

func TestPlaceOnlyJoinsThePerson(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			// "A driver" is the one the article named.
			name: "undated",
			text: "Joseph Comeaux was charged with homicide. A driver was charged in Brooklyn after the crash.",
			want: []string{" a?"},
		},
		{
			// Two days, two arrests.
			name: "other days",
			text: "Joseph Comeaux was arrested on Monday. A man was arrested in Brooklyn on Friday.",
			want: []string{"2013-04-08 a", "2013-04-12 a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range corpusRunWith(t, &timeline.Merger{KeepThin: true}, [3]string{"a", "2013-04-13", tt.text}) {
				got = append(got, e.Date.Value+" "+sources(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("events:\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestFamousEventRecalledLater lets an undated report recall, months on,
// an event that many articles told ("the Louvre accord" in April), but
// not one that few did.
func TestFamousEventRecalledLater(t *testing.T) {
	for _, tt := range []struct {
		tellers int
		joins   bool
	}{{20, true}, {3, false}} {
		t.Run(fmt.Sprint(tt.tellers, " articles"), func(t *testing.T) {
			var arts [][3]string
			for i := range tt.tellers {
				arts = append(arts, [3]string{fmt.Sprint("a", i), "2017-02-23", "Six nations reached an accord in Moscow on Sunday."})
			}
			arts = append(arts, [3]string{"late", "2017-04-20", "Dealers said the Moscow accord had failed."})
			joined := false
			for _, e := range corpusRun(t, arts...) {
				joined = joined || e.Dated() && strings.Contains(sources(e), "late")
			}
			if joined != tt.joins {
				t.Errorf("the report of April 20 joins the accord of February 19: %v, want %v", joined, tt.joins)
			}
		})
	}
}
