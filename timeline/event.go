// Package timeline turns the dated sentences of articles into events
// (what happened, when, who and where) and merges the events that several
// articles report into one, with every source.
//
// Extraction works on one article: [Extract] finds event triggers (verbs
// such as "met" or "vetoed", nouns such as "meeting" or "strike") in the
// sentences that hold a calendar date, and attaches the date that governs
// the trigger and the entities of its sentence. Merging works on the
// corpus: a [Merger] collects the candidates of every article and joins
// those whose dates overlap, whose participants overlap and whose triggers
// mean the same.
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
	return Date{Value: v, Start: t.Interval.Start, End: t.Interval.End, Granularity: g}, true
}

// Candidate is an event found in one article, before merging.
type Candidate struct {
	Sentence     int         // index of the sentence in the article
	SentenceText string      // the sentence, as evidence
	Trigger      string      // the trigger as written ("met")
	TriggerSpan  corpus.Span // its byte span in the article's clean text
	Class        string      // what the trigger means, shared by synonyms ("meet")
	Date         Date
	TimeText     string      // the temporal expression as written
	TimeSpan     corpus.Span // its byte span in the clean text
	TimeOffset   int         // its offset in characters (code points) in the clean text
	Participants []int       // indexes of the article's local entities, subject first
	Place        int         // index of the local entity where it happened, or -1
}

// Source is one article's report of an event.
type Source struct {
	Document string
	Sentence string
	TimeText string
	Offset   int // offset of TimeText in the document's clean text, in characters (code points)
}

// Event is a happening reported by one or more articles.
type Event struct {
	ID       string
	Date     Date
	Summary  string
	Trigger  string // the most common trigger among its sources
	Class    string
	Entities []entities.ID // participants, most involved first; places included
	Sources  []Source
}
