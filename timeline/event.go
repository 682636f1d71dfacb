// Package timeline turns the sentences of articles into events (what
// happened, when, who and where) and merges the events that several
// articles report into one, with every source.
//
// Extraction works on one article: [Extract] finds event triggers (verbs
// such as "met" or "vetoed", nouns such as "meeting" or "strike"),
// attaches the temporal expression that governs each, the entities of its
// clause (subject first) and its place. Reports the text does not date
// stay undated. Merging works on the corpus: a [Merger] joins, through
// buckets keyed by kind and participant and a sweep over dates, the
// candidates whose dates overlap, whose participants overlap and whose
// triggers mean the same; undated reports join the dated event they fit,
// and the rest is undated context kept apart.
//
// The README gives the method in full and the figures measured on ECB+
// and Wikinews, with the commands that reproduce them.
package timeline

import (
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/timex"
)

// Date is when an event happened, at the precision the text gives.
type Date struct {
	Value       string    // TIMEX3 value: "2017-04-12", "2017-W14", "2017-06", "2015"
	Start, End  time.Time // the calendar days the value covers, inclusive
	Granularity string    // day, week, month, quarter, season, half, year, decade, century
}

// Days is the number of calendar days the date covers.
func (d Date) Days() int { return int(d.End.Sub(d.Start).Hours()/24+0.5) + 1 }

// Overlaps reports whether two dates share a day.
func (d Date) Overlaps(o Date) bool { return !d.End.Before(o.Start) && !o.End.Before(d.Start) }

// DateOf converts a tagged temporal expression into a Date; ok is false
// when the expression is not on the calendar (a duration, a set, an
// unresolved weekday).
func DateOf(t timex.Timex) (Date, bool) {
	if t.Interval.IsZero() || (t.Type != timex.Date && t.Type != timex.Time) {
		return Date{}, false
	}
	g := string(t.Granularity)
	if g == "time" {
		g = "day"
	}
	v := t.Value
	if t.Type == timex.Time && len(v) >= 10 {
		v = v[:10] // the day of a time of day
	}
	start, end := t.Interval.Start, t.Interval.End
	if end.Before(start) {
		end = start // a malformed range: keep the day the value names
	}
	return Date{Value: v, Start: start, End: end, Granularity: g}, true
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Value == "" }

// Candidate is an event found in one article, before merging.
type Candidate struct {
	Sentence      int           // index of the sentence in the article
	SentenceText  string        // the sentence, as evidence
	Trigger       string        // the trigger as written ("met")
	TriggerSpan   corpus.Span   // its byte span in the article's clean text
	TriggerOffset int           // its offset in characters (code points) in the clean text
	Also          []corpus.Span // other triggers of the clause that name the same happening ("held talks ... meeting")
	Class         string        // what the trigger means, shared by synonyms ("meet")
	Verb          bool          // the trigger is a verb; otherwise an event noun
	Future        bool          // the clause says the event is yet to happen ("will meet")

	// Date is when the event happened; zero when the text does not
	// establish it. Weekday is the ISO weekday (1 = Monday) of a time
	// expression that could not be placed on the calendar ("on Wednesday"
	// in an article of unknown date), 0 when none.
	Date     Date
	Weekday  int
	TimeText string      // the temporal expression as written, "" when none
	TimeSpan corpus.Span // its byte span in the clean text
	// TimeOffset is the offset of TimeText in characters (code points) in
	// the clean text; -1 when there is no TimeText.
	TimeOffset int

	// Participants are indexes of the article's local entities, the
	// subject first when Subject is set (a passive "X was arrested" has no
	// subject: X is the one it happened to).
	Participants []int
	Subject      bool
	Place        int    // index of the local entity where it happened, or -1
	PlacePrep    string // how the text introduces the place: "in", "at the"
	Object       string // the object as written when no entity fills it ("a Western effort")
	// SubjectPhrase is a verb's subject as written when no name ends it:
	// "Stock prices", "Japan's Nikkei stock index" (a name that only
	// qualifies it). Summaries use it in place of a subject name.
	SubjectPhrase string
	// Patient is what a passive verb's action befell, as written, when no
	// name says it: "Two crew members" were killed, "the fish" killed by
	// a spill. Summaries use it with the class's passive phrase ("Two
	// crew members are killed").
	Patient string
	Phrase  string // for an event noun, the noun phrase that names it ("chemical attack")

	// DocDate is the article's creation date at its known precision; zero
	// when unknown. An undated candidate can only join an event that is
	// compatible with it.
	DocDate Date
}

// Dated reports whether the candidate has a calendar date.
func (c Candidate) Dated() bool { return !c.Date.IsZero() }

// Source is one article's report of an event.
type Source struct {
	Document string
	Sentence string
	Trigger  string
	// TriggerOffset is the offset of Trigger in the document's clean text,
	// in characters (code points).
	TriggerOffset int
	TimeText      string
	// Offset is the offset of TimeText in the document's clean text, in
	// characters (code points); -1 when the source gives no time.
	Offset int
	// Date is the date this source gives at its own precision; zero when
	// the source could not be dated from its own article and joined the
	// event by its participants and kind.
	Date Date
	// Mentions counts the sentences of the document that report the event.
	Mentions int
}

// Mention locates one trigger that was merged into an event: evaluations
// compare these with gold event mentions.
type Mention struct {
	Document string
	Trigger  corpus.Span // byte span in the document's clean text
}

// Event is a happening reported by one or more articles.
type Event struct {
	ID       string
	Date     Date // zero for undated context
	Summary  string
	Trigger  string // the most common trigger among its sources
	Class    string
	Entities []entities.ID // participants, most involved first; the place last
	Place    entities.ID   // where it happened, "" when unknown
	Future   bool          // every source speaks of it as yet to happen
	Sources  []Source      // one per document, in input order
	Mentions []Mention     // every trigger merged into it
}

// Dated reports whether the event is on the timeline; undated events are
// context that no article dates.
func (e Event) Dated() bool { return !e.Date.IsZero() }
