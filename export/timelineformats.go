package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timeline"
)

// The timeline formats write the events of a result, in timeline order:
// the dated events, then (where the format has room for them) the
// undated context apart.

// tljsDate is a TimelineJS3 date: year, and month and day only when the
// event's date is that precise.
type tljsDate struct {
	Year  string `json:"year"`
	Month string `json:"month,omitempty"`
	Day   string `json:"day,omitempty"`
}

type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tljsEvent struct {
	StartDate   tljsDate  `json:"start_date"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	UniqueID    string    `json:"unique_id"`
}

type tljsTimeline struct {
	Title  tljsTitle   `json:"title"`
	Events []tljsEvent `json:"events"`
}

type tljsTitle struct {
	Text tljsText `json:"text"`
}

// WriteTimelineJS writes the dated events as TimelineJS3 JSON: one slide
// per event, its date at its own precision (a week or a range as a start
// and end day, a month as a month), its summary as headline and its
// sources, with their sentences, as text. Undated events have no place on
// a TimelineJS timeline and are left out.
func WriteTimelineJS(w io.Writer, r *pipeline.Result) error {
	names := nameIndex(r)
	out := tljsTimeline{Events: []tljsEvent{}}
	n := 0
	for _, e := range r.Events {
		if !e.Dated() {
			continue
		}
		n++
		ev := tljsEvent{
			StartDate: tljsStart(e.Date), DisplayDate: displayDate(e.Date),
			Text:  tljsText{Headline: e.Summary, Text: sourcesHTML(e, names)},
			Group: e.Class, UniqueID: e.ID,
		}
		if e.Date.Granularity == "day" || e.Date.Granularity == "week" {
			if !e.Date.End.Equal(e.Date.Start) {
				end := tljsDay(e.Date.End)
				ev.EndDate = &end
			}
		} else if e.Date.Granularity == "year" && e.Date.End.Year() > e.Date.Start.Year() {
			ev.EndDate = &tljsDate{Year: strconv.Itoa(e.Date.End.Year())} // "1985/86"
		} else if e.Date.Granularity == "month" && e.Date.End.Sub(e.Date.Start) > 31*24*time.Hour {
			ev.EndDate = &tljsDate{Year: strconv.Itoa(e.Date.End.Year()), Month: strconv.Itoa(int(e.Date.End.Month()))}
		} else if e.Date.Granularity != "year" && e.Date.Granularity != "month" {
			end := tljsDay(e.Date.End)
			ev.EndDate = &end
		}
		out.Events = append(out.Events, ev)
	}
	out.Title.Text = tljsText{Headline: "Timeline", Text: fmt.Sprintf("%d events from %d articles", n, len(r.Documents))}
	return writeIndented(w, out)
}

func tljsStart(d timeline.Date) tljsDate {
	switch d.Granularity {
	case "year", "decade", "century":
		return tljsDate{Year: strconv.Itoa(d.Start.Year())}
	case "month":
		return tljsDate{Year: strconv.Itoa(d.Start.Year()), Month: strconv.Itoa(int(d.Start.Month()))}
	}
	return tljsDay(d.Start)
}

func tljsDay(t time.Time) tljsDate {
	return tljsDate{Year: strconv.Itoa(t.Year()), Month: strconv.Itoa(int(t.Month())), Day: strconv.Itoa(t.Day())}
}

// sourcesHTML lists an event's sources as HTML for a TimelineJS slide.
func sourcesHTML(e timeline.Event, names map[entities.ID]string) string {
	var b strings.Builder
	if len(e.Entities) > 0 {
		var ns []string
		for _, id := range e.Entities {
			ns = append(ns, html.EscapeString(names[id]))
		}
		b.WriteString("<p>" + strings.Join(ns, ", ") + "</p>")
	}
	b.WriteString("<ul>")
	for _, s := range e.Sources {
		fmt.Fprintf(&b, "<li><b>%s</b>: %s", html.EscapeString(s.Document), html.EscapeString(s.Sentence))
		if s.TimeText != "" {
			fmt.Fprintf(&b, " <i>(%s)</i>", html.EscapeString(s.TimeText))
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

// visItem is a vis-timeline item. Its end is exclusive, as vis-timeline
// draws ranges.
type visItem struct {
	ID      string `json:"id"`
	Content string `json:"content"`
	Start   string `json:"start"`
	End     string `json:"end,omitempty"`
	Type    string `json:"type"`
	Title   string `json:"title"`
	Group   string `json:"group,omitempty"`
	Sources int    `json:"sources"`
}

// WriteVis writes the dated events as a JSON array of vis-timeline items:
// a one-day event is a point, a longer one (a week, a month, a range) a
// range from its first day to the day after its last. Feed it to
// new vis.DataSet(items).
func WriteVis(w io.Writer, r *pipeline.Result) error {
	items := []visItem{}
	for _, e := range r.Events {
		if !e.Dated() {
			continue
		}
		it := visItem{
			ID: e.ID, Content: html.EscapeString(e.Summary), Start: day(e.Date.Start), Type: "point",
			Title: displayDate(e.Date) + ": " + e.Summary + " (" + plural(len(e.Sources), "source") + ")",
			Group: e.Class, Sources: len(e.Sources),
		}
		if e.Date.Days() > 1 {
			it.Type = "range"
			it.End = day(e.Date.End.AddDate(0, 0, 1))
		}
		items = append(items, it)
	}
	return writeIndented(w, items)
}

// WriteEventsCSV writes the events as CSV, one row per event: the dated
// ones in timeline order, then the undated context with empty dates.
// Entities are separated by "; ", as are the documents of the sources.
func WriteEventsCSV(w io.Writer, r *pipeline.Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"id", "date", "start", "end", "granularity", "summary", "kind", "trigger", "entities", "place", "sources", "documents", "sentence", "time_text"}); err != nil {
		return err
	}
	for _, e := range r.Events {
		var ents, docs []string
		for _, id := range e.Entities {
			ents = append(ents, string(id))
		}
		for _, s := range e.Sources {
			docs = append(docs, s.Document)
		}
		first := bestSource(e)
		row := []string{
			e.ID, e.Date.Value, day(e.Date.Start), day(e.Date.End), e.Date.Granularity, e.Summary, e.Class, e.Trigger,
			strings.Join(ents, "; "), string(e.Place), strconv.Itoa(len(e.Sources)), strings.Join(docs, "; "),
			first.Sentence, first.TimeText,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// bestSource picks the source that dates an event most precisely.
func bestSource(e timeline.Event) timeline.Source {
	best := e.Sources[0]
	for _, s := range e.Sources[1:] {
		if !s.Date.IsZero() && (best.Date.IsZero() || s.Date.Days() < best.Date.Days()) {
			best = s
		}
	}
	return best
}

// WriteMarkdown writes the events as a readable chronology: a heading per
// year, one line per event with its date at its precision, its summary
// and its sources as footnotes (the article, its sentence and the time
// expression); then the undated context apart.
func WriteMarkdown(w io.Writer, r *pipeline.Result) error {
	titles := map[string]string{}
	for _, d := range r.Documents {
		titles[d.ID] = d.Title
	}
	var b strings.Builder
	var notes []string
	dated, undated := 0, 0
	for _, e := range r.Events {
		if e.Dated() {
			dated++
		} else {
			undated++
		}
	}
	b.WriteString("# Timeline\n\n")
	fmt.Fprintf(&b, "%d dated events from %d articles.\n", dated, len(r.Documents))
	footnotes := func(e timeline.Event) string {
		var refs strings.Builder
		for _, s := range e.Sources {
			notes = append(notes, footnote(s, titles[s.Document]))
			fmt.Fprintf(&refs, "[^%d]", len(notes))
		}
		return refs.String()
	}
	year := -1 << 31
	for _, e := range r.Events {
		if !e.Dated() {
			continue
		}
		if y := e.Date.Start.Year(); y != year {
			year = y
			fmt.Fprintf(&b, "\n## %d\n\n", y)
		}
		fmt.Fprintf(&b, "- **%s**: %s%s (%s)%s\n", displayDate(e.Date), mdEscape(e.Summary), future(e), plural(len(e.Sources), "source"), footnotes(e))
	}
	if undated > 0 {
		b.WriteString("\n## Undated context\n\n")
		b.WriteString("Reported without a date that the articles establish.\n\n")
		for _, e := range r.Events {
			if e.Dated() {
				continue
			}
			fmt.Fprintf(&b, "- %s (%s)%s\n", mdEscape(e.Summary), plural(len(e.Sources), "source"), footnotes(e))
		}
	}
	if len(notes) > 0 {
		b.WriteString("\n")
		for i, n := range notes {
			fmt.Fprintf(&b, "[^%d]: %s\n", i+1, n)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func future(e timeline.Event) string {
	if e.Future {
		return " (expected)"
	}
	return ""
}

// footnote cites one source: the article, its sentence, the time
// expression it gives, or that its article does not date it.
func footnote(s timeline.Source, title string) string {
	doc := s.Document
	if title != "" {
		doc += ", " + mdEscape(title)
	}
	when := ""
	switch {
	case s.TimeText != "" && !s.Date.IsZero():
		when = fmt.Sprintf(" (\"%s\": %s)", mdEscape(s.TimeText), s.Date.Value)
	case s.TimeText != "":
		when = fmt.Sprintf(" (\"%s\", not datable from this article)", mdEscape(s.TimeText))
	default:
		when = " (no date in this article)"
	}
	return fmt.Sprintf("%s: \"%s\"%s", doc, mdEscape(oneLine(s.Sentence)), when)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdEscape keeps text from being read as Markdown markup.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`", "<", "&lt;", ">", "&gt;")
	return r.Replace(oneLine(s))
}

// displayDate writes a date for people, at its precision: "12 April
// 2017", "7-8 June 2017", "week 14 of 2017 (3-9 April)", "June 2017",
// "March-May 2017", "2015", "1985-1986".
func displayDate(d timeline.Date) string {
	s, e := d.Start, d.End
	switch d.Granularity {
	case "day":
		if s.Equal(e) {
			return s.Format("2 January 2006")
		}
		if s.Month() == e.Month() && s.Year() == e.Year() {
			return fmt.Sprintf("%d-%s", s.Day(), e.Format("2 January 2006"))
		}
		return s.Format("2 January 2006") + " - " + e.Format("2 January 2006")
	case "week":
		y, wk := s.ISOWeek()
		return fmt.Sprintf("week %d of %d (%s-%s)", wk, y, s.Format("2 Jan"), e.Format("2 Jan"))
	case "month":
		switch {
		case s.Year() == e.Year() && s.Month() == e.Month():
			return s.Format("January 2006")
		case s.Year() == e.Year():
			return s.Format("January") + "-" + e.Format("January 2006") // "from March to May"
		}
		return s.Format("January 2006") + " - " + e.Format("January 2006")
	case "year":
		if e.Year() > s.Year() {
			return fmt.Sprintf("%d-%d", s.Year(), e.Year()) // "1985/86", "between 2001 and 2004"
		}
		return strconv.Itoa(s.Year())
	case "decade":
		return fmt.Sprintf("the %ds", s.Year())
	}
	if d.Value != "" {
		return fmt.Sprintf("%s (%s to %s)", d.Value, s.Format("2 Jan 2006"), e.Format("2 Jan 2006"))
	}
	return ""
}

// nameIndex maps entity IDs to names.
func nameIndex(r *pipeline.Result) map[entities.ID]string {
	m := make(map[entities.ID]string, len(r.Entities))
	for _, e := range r.Entities {
		m[e.ID] = e.Name
	}
	return m
}

func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
