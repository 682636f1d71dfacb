package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/timelinehq/timeline/explorer/browsertest"
	"github.com/timelinehq/timeline/internal/testenv"
)

func TestSplitAddr(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantAddr string
		wantRest []string
		wantErr  bool
	}{
		{"default", []string{"a.txt"}, defaultAddr, []string{"a.txt"}, false},
		{"two dashes", []string{"--addr", ":9000", "a.txt"}, ":9000", []string{"a.txt"}, false},
		{"one dash", []string{"-quiet", "-addr", "0.0.0.0:80", "a.txt"}, "0.0.0.0:80", []string{"-quiet", "a.txt"}, false},
		{"equals", []string{"a.txt", "--addr=127.0.0.1:0"}, "127.0.0.1:0", []string{"a.txt"}, false},
		{"after the inputs", []string{"a", "b", "-addr", "[::1]:8080"}, "[::1]:8080", []string{"a", "b"}, false},
		{"after --", []string{"--", "-addr"}, defaultAddr, []string{"--", "-addr"}, false},
		{"other flags kept", []string{"-date", "2017-04-13", "-window", "paragraph"}, defaultAddr, []string{"-date", "2017-04-13", "-window", "paragraph"}, false},
		{"missing value", []string{"a.txt", "--addr"}, "", nil, true},
		{"no port", []string{"--addr", "localhost"}, "", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr, rest, err := splitAddr(tt.args)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, want error %t", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if addr != tt.wantAddr || !slices.Equal(rest, tt.wantRest) {
				t.Errorf("splitAddr(%q) = %q, %q; want %q, %q", tt.args, addr, rest, tt.wantAddr, tt.wantRest)
			}
		})
	}
}

func TestServeUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"bad addr", []string{"serve", "--addr", "nowhere"}},
		{"output file", []string{"serve", "-o", "x.html", "a.txt"}},
		{"format", []string{"serve", "-f", "html", "a.txt"}},
		{"unknown flag", []string{"serve", "-port", "80"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCmd(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr: %s", code, exitUsage, stderr)
			}
		})
	}
}

// syncBuffer is a buffer that the command and the test may use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs "timeline serve ARGS" in-process on a free port, as a
// person would run it, and returns the URL it prints. The server stops,
// and must exit 0, when the test ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: pw, stderr: &stderr}
	done := make(chan int, 1)
	go func() {
		code := run(ctx, e, append([]string{"serve", "--addr", "127.0.0.1:0", "-quiet"}, args...))
		pw.Close()
		done <- code
	}()
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if u := regexp.MustCompile(`http://\S+/`).FindString(sc.Text()); u != "" {
				found <- u
				break
			}
		}
		close(found)
		io.Copy(io.Discard, pr)
	}()
	var u string
	select {
	case u = <-found:
	case <-time.After(2 * time.Minute):
	}
	if u == "" {
		cancel()
		t.Fatalf("serve printed no URL; stderr: %s", stderr.String())
	}
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve exited %d after Ctrl-C, want 0; stderr: %s", code, stderr.String())
			}
		case <-time.After(15 * time.Second):
			t.Errorf("serve did not stop after Ctrl-C")
		}
	})
	return u
}

// served is the part of the contract the browser tests check against.
type served struct {
	Events []struct {
		ID       string   `json:"id"`
		Start    string   `json:"start"`
		End      string   `json:"end"`
		Entities []string `json:"entities"`
		Sources  []struct {
			Document string `json:"document"`
			Sentence string `json:"sentence"`
			TimeText string `json:"time_text"`
		} `json:"sources"`
	} `json:"events"`
	Graph struct {
		Nodes []struct {
			ID string `json:"id"`
		} `json:"nodes"`
		Edges []struct {
			Source string `json:"source"`
			Target string `json:"target"`
			First  string `json:"first"`
			Last   string `json:"last"`
		} `json:"edges"`
	} `json:"graph"`
}

func fetchData(t *testing.T, base string) *served {
	t.Helper()
	resp, err := http.Get(base + "data.json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var d served
	if err := json.NewDecoder(resp.Body).Decode(&d); err != nil {
		t.Fatalf("data.json: %v", err)
	}
	return &d
}

// datedEvents returns the ids of the dated events that pass keep, sorted.
func (d *served) datedEvents(keep func(i int) bool) []string {
	var ids []string
	for i, ev := range d.Events {
		if ev.Start != "" && keep(i) {
			ids = append(ids, ev.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

func timelineItems(t *testing.T, tab *browsertest.Tab) []string {
	t.Helper()
	ids := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('.tl-item')].map(g => g.dataset.event)`)
	sort.Strings(ids)
	return ids
}

func eventCards(t *testing.T, tab *browsertest.Tab) []string {
	t.Helper()
	ids := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('article.event')].map(a => a.dataset.event)`)
	sort.Strings(ids)
	return ids
}

func hashParams(t *testing.T, tab *browsertest.Tab) url.Values {
	t.Helper()
	h := browsertest.Eval[string](t, tab, `location.hash.slice(1)`)
	v, err := url.ParseQuery(h)
	if err != nil {
		t.Fatalf("hash %q: %v", h, err)
	}
	return v
}

// TestServeExplorer drives Chromium against "timeline serve" on the seeds
// as an analyst would: the page loads cleanly, the timeline shows the
// seeds' events, clicking Vladimir Putin filters it to his events, the
// URL keeps the view, brushing dates filters the graph, and an event shows
// its sources. Screenshots of each step are saved (see browsertest).
func TestServeExplorer(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	seeds := testenv.Shared(t, "seeds")
	b := browsertest.Start(t)
	base := startServe(t, seeds)
	data := fetchData(t, base)
	tab := b.NewTab(t)
	tab.WaitReady(t, base)
	tab.Screenshot(t, "seeds")

	t.Run("loads cleanly", func(t *testing.T) {
		if got := tab.Console(); len(got) > 0 {
			t.Errorf("console errors or warnings: %q", got)
		}
		for _, r := range tab.Requests() {
			if !strings.HasPrefix(r, base) && !strings.HasPrefix(r, "data:") {
				t.Errorf("the page requested %s", r)
			}
		}
	})

	t.Run("timeline shows the events", func(t *testing.T) {
		want := data.datedEvents(func(int) bool { return true })
		if len(want) == 0 {
			t.Fatal("the seeds gave no dated event")
		}
		if got := timelineItems(t, tab); !slices.Equal(got, want) {
			t.Errorf("timeline items %q, want the dated events %q", got, want)
		}
		if got := len(eventCards(t, tab)); got != len(data.Events) {
			t.Errorf("the event panel lists %d events, want %d", got, len(data.Events))
		}
	})

	const putin = "person/vladimir-putin"
	hasPutin := func(i int) bool { return slices.Contains(data.Events[i].Entities, putin) }
	t.Run("clicking Vladimir Putin filters the timeline", func(t *testing.T) {
		want := data.datedEvents(hasPutin)
		if len(want) == 0 {
			t.Fatal("the seeds gave no dated event of Vladimir Putin")
		}
		if err := chromedp.Do(tab.Ctx, chromedp.Click(`//button[contains(@class, "entity")][span[@class="name"][normalize-space(.)="Vladimir Putin"]]`)); err != nil {
			t.Fatal(err)
		}
		tab.Screenshot(t, "putin")
		if got := timelineItems(t, tab); !slices.Equal(got, want) {
			t.Errorf("timeline items %q, want Putin's dated events %q", got, want)
		}
		var all []string
		for i, ev := range data.Events {
			if hasPutin(i) {
				all = append(all, ev.ID)
			}
		}
		sort.Strings(all)
		if got := eventCards(t, tab); !slices.Equal(got, all) {
			t.Errorf("event cards %q, want Putin's events %q", got, all)
		}
		if got := hashParams(t, tab).Get("entity"); got != putin {
			t.Errorf("the URL keeps entity=%q, want %q", got, putin)
		}
		if got := browsertest.Eval[string](t, tab, `document.querySelector('.entity-card strong')?.textContent || ''`); got != "Vladimir Putin" {
			t.Errorf("the graph's card shows %q, want Vladimir Putin", got)
		}
	})

	t.Run("brushing dates filters the graph", func(t *testing.T) {
		if err := chromedp.Do(tab.Ctx, chromedp.Click(`//button[normalize-space(.)="Reset view"]`)); err != nil {
			t.Fatal(err)
		}
		// Brush 30 pixels around the median day event in the overview.
		box := browsertest.Eval[[]float64](t, tab, `(() => {
			const marks = [...document.querySelectorAll('.ov-marks rect')].map(r => r.getBoundingClientRect());
			marks.sort((a, b) => a.x - b.x);
			const m = marks[Math.floor(marks.length / 2)];
			return [m.x + m.width / 2, m.y + m.height / 2];
		})()`)
		if err := chromedp.Do(tab.Ctx, chromedp.DragAndDropXY(box[0]-15, box[1], box[0]+15, box[1], 8)); err != nil {
			t.Fatal(err)
		}
		h := hashParams(t, tab)
		from, err1 := time.Parse("2006-01-02", h.Get("from"))
		to, err2 := time.Parse("2006-01-02", h.Get("to"))
		if err1 != nil || err2 != nil {
			t.Fatalf("after brushing, the URL has from=%q to=%q", h.Get("from"), h.Get("to"))
		}
		tab.Screenshot(t, "dates")
		in := func(first, last string) bool {
			a, err1 := time.Parse("2006-01-02", first)
			b, err2 := time.Parse("2006-01-02", last)
			return err1 == nil && err2 == nil && !a.After(to) && !b.Before(from)
		}
		want := data.datedEvents(func(i int) bool { return in(data.Events[i].Start, data.Events[i].End) })
		if got := eventCards(t, tab); !slices.Equal(got, want) {
			t.Errorf("between %s and %s the event panel lists %q, want %q", h.Get("from"), h.Get("to"), got, want)
		}
		links := 0
		for _, e := range data.Graph.Edges {
			if e.Source != e.Target && in(e.First, e.Last) {
				links++
			}
		}
		status := browsertest.Eval[string](t, tab, `document.querySelector('.graph .panel-head .muted').textContent`)
		if wantStatus := fmt.Sprintf("%d link", links); !strings.HasPrefix(status, wantStatus) || !strings.Contains(status, "seen in these dates") {
			t.Errorf("graph status %q, want %d links seen in these dates", status, links)
		}
	})

	t.Run("the URL keeps the view", func(t *testing.T) {
		if err := chromedp.Do(tab.Ctx, chromedp.Click(`//button[contains(@class, "entity")][span[@class="name"][normalize-space(.)="Vladimir Putin"]]`)); err != nil {
			t.Fatal(err)
		}
		shared := browsertest.Eval[string](t, tab, `location.href`)
		h := hashParams(t, tab)
		from, to := h.Get("from"), h.Get("to")
		if h.Get("entity") != putin || from == "" || to == "" {
			t.Fatalf("the URL %s does not keep the entity and the dates", shared)
		}
		// The timeline shows exactly the dates of the URL: Putin's events
		// that overlap them.
		want := data.datedEvents(func(i int) bool {
			ev := data.Events[i]
			return hasPutin(i) && ev.Start <= to && ev.End >= from
		})
		other := b.NewTab(t)
		other.WaitReady(t, shared)
		if got := timelineItems(t, other); !slices.Equal(got, want) {
			t.Errorf("the shared URL %s shows %q, want %q", shared, got, want)
		}
		if got := eventCards(t, other); !slices.Equal(got, eventCards(t, tab)) {
			t.Errorf("the shared URL lists events %q, want %q", got, eventCards(t, tab))
		}
	})

	t.Run("an event shows its sources", func(t *testing.T) {
		if err := chromedp.Do(tab.Ctx, chromedp.Click(`//button[normalize-space(.)="Reset view"]`)); err != nil {
			t.Fatal(err)
		}
		// The dated event with the most sources, clicked on the timeline.
		best := -1
		for i, ev := range data.Events {
			if ev.Start != "" && (best < 0 || len(ev.Sources) > len(data.Events[best].Sources)) {
				best = i
			}
		}
		ev := data.Events[best]
		sel := fmt.Sprintf(`.tl-item[data-event=%q] circle.dot, .tl-item[data-event=%q] rect.bar`, ev.ID, ev.ID)
		visible := browsertest.Eval[string](t, tab, fmt.Sprintf(`[...document.querySelectorAll(%q)].find(e => e.getAttribute('display') !== 'none') ? 'yes' : 'no'`, sel))
		if visible != "yes" {
			t.Fatalf("event %s is not drawn on the timeline", ev.ID)
		}
		if err := chromedp.Do(tab.Ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf(`.tl-item[data-event=%q] %s`, ev.ID, map[bool]string{true: "circle.dot", false: "rect.bar"}[browsertest.Eval[bool](t, tab, fmt.Sprintf(`document.querySelector('.tl-item[data-event=%q]').classList.contains('point')`, ev.ID))])))); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(tab.Ctx, chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`article.event.open[data-event=%q] .sources`, ev.ID)))); err != nil {
			t.Fatal(err)
		}
		tab.Screenshot(t, "event")
		got := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('article.event.open .sentence')].map(s => s.textContent)`)
		var want []string
		for _, s := range ev.Sources {
			want = append(want, s.Sentence)
		}
		if !slices.Equal(got, want) {
			t.Errorf("the open event shows sentences %q, want %q", got, want)
		}
		marks := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('article.event.open .sentence mark.time')].map(m => m.textContent)`)
		for _, s := range ev.Sources {
			if s.TimeText != "" && strings.Contains(s.Sentence, s.TimeText) && !slices.Contains(marks, s.TimeText) {
				t.Errorf("the time expression %q is not marked (marked: %q)", s.TimeText, marks)
			}
		}
		if got := tab.Console(); len(got) > 0 {
			t.Errorf("console errors or warnings: %q", got)
		}

		// The README's picture: the fortnight around this event, opened.
		start, err := time.Parse("2006-01-02", ev.Start)
		if err != nil {
			t.Fatal(err)
		}
		view := fmt.Sprintf("%s#from=%s&to=%s&event=%s", base, start.AddDate(0, 0, -7).Format("2006-01-02"), start.AddDate(0, 0, 7).Format("2006-01-02"), ev.ID)
		readme := b.NewTab(t)
		readme.WaitReady(t, view)
		readme.Screenshot(t, "readme")
	})
}

// TestServeUntrustedArticle serves an article whose title and text hold
// <script> and an <img onerror>: the page shows them as text and runs
// neither.
func TestServeUntrustedArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	dir := t.TempDir()
	article := map[string]string{
		"id":    "planted",
		"title": "<script>window.__planted='title'</script>Putin meets Tillerson",
		"date":  "2017-04-13",
		"text": "Russian President Vladimir Putin met U.S. Secretary of State Rex Tillerson in Moscow on Wednesday, the Kremlin said. " +
			"<script>window.__planted='text'</script> Putin told Tillerson on Wednesday that relations had worsened " +
			`<img src=x onerror="window.__planted='img'"> since Donald Trump took office. Foreign Minister Sergei Lavrov met Tillerson on Tuesday.`,
	}
	line, _ := json.Marshal(article)
	if err := os.WriteFile(filepath.Join(dir, "planted.jsonl"), append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	b := browsertest.Start(t)
	base := startServe(t, dir)
	data := fetchData(t, base)
	planted := ""
	for _, ev := range data.Events {
		for _, s := range ev.Sources {
			if strings.Contains(s.Sentence, "<script>") {
				planted = ev.ID
			}
		}
	}
	if planted == "" {
		t.Fatal("no event kept the sentence with the planted <script>; the test needs one")
	}
	tab := b.NewTab(t)
	tab.WaitReady(t, base)
	if err := chromedp.Do(tab.Ctx,
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`article.event[data-event=%q]`, planted))),
		chromedp.WaitVisible(chromedp.CSS(`article.event.open .sources`)),
	); err != nil {
		t.Fatal(err)
	}
	tab.Screenshot(t, "planted")
	text := browsertest.Eval[string](t, tab, `document.body.innerText`)
	for _, want := range []string{"<script>window.__planted='text'</script>", `<img src=x onerror="window.__planted='img'">`, "<script>window.__planted='title'</script>Putin meets Tillerson"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not show %q as text", want)
		}
	}
	if got := browsertest.Eval[string](t, tab, `String(window.__planted)`); got != "undefined" {
		t.Errorf("the planted script ran: window.__planted = %s", got)
	}
	if got := tab.Console(); len(got) > 0 {
		t.Errorf("console errors or warnings: %q", got)
	}
}

// TestBuildHTMLOffline writes the page with "timeline build -f html" and
// opens the file from disk: it shows the seeds' events and requests
// nothing but itself.
func TestBuildHTMLOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	seeds := testenv.Shared(t, "seeds")
	dir := t.TempDir()
	page, jsonPath := filepath.Join(dir, "explorer.html"), filepath.Join(dir, "timeline.json")
	for _, args := range [][]string{
		{"build", "-quiet", "-f", "html", "-o", page, seeds},
		{"build", "-quiet", "-o", jsonPath, seeds},
	} {
		if _, stderr, code := runCmd(t, "", args...); code != exitOK {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
	}
	raw, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var data served
	if err := json.Unmarshal(raw, &data); err != nil {
		t.Fatal(err)
	}
	b := browsertest.Start(t)
	tab := b.NewTab(t)
	u := "file://" + filepath.ToSlash(page)
	tab.WaitReady(t, u)
	tab.Screenshot(t, "offline")
	for _, r := range tab.Requests() {
		if r != u && !strings.HasPrefix(r, "data:") {
			t.Errorf("the page requested %s", r)
		}
	}
	if got := tab.Console(); len(got) > 0 {
		t.Errorf("console errors or warnings: %q", got)
	}
	want := data.datedEvents(func(int) bool { return true })
	if got := timelineItems(t, tab); len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("timeline items %q, want the dated events %q", got, want)
	}
}
