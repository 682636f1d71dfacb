package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timeline"
)

func mustDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// eventsResult is a small result: a day, a week and an undated event.
func eventsResult() *pipeline.Result {
	return &pipeline.Result{
		Documents: []pipeline.DocInfo{{ID: "a", Title: "Putin meets Tillerson"}, {ID: "b"}},
		Entities: []entities.Entity{
			{ID: "person/vladimir-putin", Name: "Vladimir Putin", Kind: entities.Person},
			{ID: "person/rex-tillerson", Name: "Rex Tillerson", Kind: entities.Person},
		},
		Events: []timeline.Event{
			{ID: "e0001", Date: timeline.Date{Value: "2017-W14", Start: mustDay("2017-04-03"), End: mustDay("2017-04-09"), Granularity: "week"},
				Summary: "Chemical attack in Syria", Trigger: "attack", Class: "attack",
				Sources: []timeline.Source{{Document: "a", Sentence: "A chemical attack killed 80 last week.", TimeText: "last week", Offset: 30,
					Date: timeline.Date{Value: "2017-W14"}}}},
			{ID: "e0002", Date: timeline.Date{Value: "2017-04-12", Start: mustDay("2017-04-12"), End: mustDay("2017-04-12"), Granularity: "day"},
				Summary: "Vladimir Putin meets Rex Tillerson", Trigger: "met", Class: "meet",
				Entities: []entities.ID{"person/vladimir-putin", "person/rex-tillerson"},
				Sources: []timeline.Source{
					{Document: "a", Sentence: "Putin met Tillerson on Wednesday.", TimeText: "Wednesday", Offset: 23, Date: timeline.Date{Value: "2017-04-12"}},
					{Document: "b", Sentence: "Putin's meeting with Tillerson [failed].", Offset: -1}}},
			{ID: "u0001", Summary: "Putin agrees with Tillerson", Trigger: "agreed", Class: "agree",
				Sources: []timeline.Source{{Document: "b", Sentence: "Putin agreed with Tillerson.", Offset: -1}}},
		},
	}
}

func TestWriteTimelineJS(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteTimelineJS(&b, eventsResult()); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Events []struct {
			StartDate map[string]string  `json:"start_date"`
			EndDate   *map[string]string `json:"end_date"`
			Text      struct{ Headline string }
			UniqueID  string `json:"unique_id"`
		}
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Events) != 2 {
		t.Fatalf("got %d slides, want the 2 dated events", len(out.Events))
	}
	w := out.Events[0]
	if w.StartDate["day"] != "3" || w.EndDate == nil || (*w.EndDate)["day"] != "9" {
		t.Errorf("week slide: %+v %+v", w.StartDate, w.EndDate)
	}
	if d := out.Events[1]; d.EndDate != nil || d.StartDate["month"] != "4" || d.Text.Headline != "Vladimir Putin meets Rex Tillerson" {
		t.Errorf("day slide: %+v", d)
	}
}

func TestWriteVis(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteVis(&b, eventsResult()); err != nil {
		t.Fatal(err)
	}
	var items []struct{ ID, Start, End, Type string }
	if err := json.Unmarshal(b.Bytes(), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Type != "range" || items[0].End != "2017-04-10" || items[1].Type != "point" || items[1].End != "" {
		t.Errorf("items: %+v", items)
	}
}

func TestWriteEventsCSV(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteEventsCSV(&b, eventsResult()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][0] != "id" || rows[2][8] != "person/vladimir-putin; person/rex-tillerson" || rows[2][11] != "a; b" || rows[3][1] != "" {
		t.Errorf("rows: %q", rows)
	}
}

func TestWriteMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteMarkdown(&b, eventsResult()); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"## 2017",
		"- **week 14 of 2017 (3 Apr-9 Apr)**: Chemical attack in Syria (1 source)[^1]",
		"- **12 April 2017**: Vladimir Putin meets Rex Tillerson (2 sources)[^2][^3]",
		"## Undated context",
		`[^2]: a, Putin meets Tillerson: "Putin met Tillerson on Wednesday." ("Wednesday": 2017-04-12)`,
		`[^3]: b: "Putin's meeting with Tillerson \[failed\]." (no date in this article)`,
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestJSONUndatedApart(t *testing.T) {
	out := export.Build(eventsResult())
	if len(out.Events) != 2 || len(out.Undated) != 1 || out.Undated[0].Date != "" || out.Events[1].Sources[1].Offset != -1 {
		t.Errorf("events %d, undated %d", len(out.Events), len(out.Undated))
	}
}

func TestDateRangesDisplayed(t *testing.T) {
	tests := []struct {
		name     string
		date     timeline.Date
		md       string // the event's line in Markdown
		tjsEnd   map[string]string
		tjsStart map[string]string
	}{
		{"a split year", timeline.Date{Value: "1985", Start: mustDay("1985-01-01"), End: mustDay("1986-12-31"), Granularity: "year"},
			"- **1985-1986**: Exports fall (1 source)[^1]", map[string]string{"year": "1986"}, map[string]string{"year": "1985"}},
		{"one year", timeline.Date{Value: "1985", Start: mustDay("1985-01-01"), End: mustDay("1985-12-31"), Granularity: "year"},
			"- **1985**: Exports fall (1 source)[^1]", nil, map[string]string{"year": "1985"}},
		{"months of one year", timeline.Date{Value: "2017-03", Start: mustDay("2017-03-01"), End: mustDay("2017-05-31"), Granularity: "month"},
			"- **March-May 2017**: Exports fall (1 source)[^1]", map[string]string{"year": "2017", "month": "5"}, map[string]string{"year": "2017", "month": "3"}},
		{"months over a new year", timeline.Date{Value: "2016-12", Start: mustDay("2016-12-01"), End: mustDay("2017-02-28"), Granularity: "month"},
			"- **December 2016 - February 2017**: Exports fall (1 source)[^1]", map[string]string{"year": "2017", "month": "2"}, map[string]string{"year": "2016", "month": "12"}},
		{"one month", timeline.Date{Value: "2017-03", Start: mustDay("2017-03-01"), End: mustDay("2017-03-31"), Granularity: "month"},
			"- **March 2017**: Exports fall (1 source)[^1]", nil, map[string]string{"year": "2017", "month": "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &pipeline.Result{
				Documents: []pipeline.DocInfo{{ID: "a"}},
				Events: []timeline.Event{{ID: "e0001", Date: tt.date, Summary: "Exports fall", Trigger: "fell", Class: "fall",
					Sources: []timeline.Source{{Document: "a", Sentence: "Exports fell.", TimeText: "then", Offset: 0, Date: tt.date}}}},
			}
			var md bytes.Buffer
			if err := export.WriteMarkdown(&md, r); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(md.String(), tt.md+"\n") {
				t.Errorf("markdown lacks %q:\n%s", tt.md, md.String())
			}
			var tjs bytes.Buffer
			if err := export.WriteTimelineJS(&tjs, r); err != nil {
				t.Fatal(err)
			}
			var out struct {
				Events []struct {
					StartDate map[string]string `json:"start_date"`
					EndDate   map[string]string `json:"end_date"`
				}
			}
			if err := json.Unmarshal(tjs.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			if len(out.Events) != 1 || !maps.Equal(out.Events[0].StartDate, tt.tjsStart) || !maps.Equal(out.Events[0].EndDate, tt.tjsEnd) {
				t.Errorf("TimelineJS slide %+v, want start %v end %v", out.Events, tt.tjsStart, tt.tjsEnd)
			}
		})
	}
}
