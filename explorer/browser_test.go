package explorer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/timelinehq/timeline/explorer"
	"github.com/timelinehq/timeline/explorer/browsertest"
)

// TestPageOffline opens the page from a file in Chromium, with data whose
// every string is hostile markup, and checks that it draws its views,
// requests nothing but itself, runs no planted script, and shows the
// markup as text.
func TestPageOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	b := browsertest.Start(t)
	page, err := explorer.Page(readHostile(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "explorer.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(path)
	tab := b.NewTab(t)
	tab.WaitReady(t, url)

	if got := tab.Console(); len(got) > 0 {
		t.Errorf("console errors or warnings: %q", got)
	}
	for _, r := range tab.Requests() {
		if r != url && !strings.HasPrefix(r, "data:") {
			t.Errorf("the page requested %s", r)
		}
	}

	text := func() string { return browsertest.Eval[string](t, tab, `document.body.innerText`) }
	for _, want := range []string{
		`<img src=x onerror="window.__pwned='name'">Eve`, // entity list
		`</script><script>window.__pwned='close'</script>`,
		`<svg onload="window.__pwned='summary'">Eve met Acme`, // event panel
		`Undated`,
		`Eve <i>left</i>`,
	} {
		if !strings.Contains(text(), want) {
			t.Errorf("the page does not show %q as text", want)
		}
	}
	if got := browsertest.Eval[int](t, tab, `document.querySelectorAll('.tl-item').length`); got != 2 {
		t.Errorf("the timeline shows %d events, want the 2 dated ones", got)
	}

	// Open the event: its sources show, the sentence as text, the time
	// expression marked, and the javascript: URL never becomes a link.
	if err := chromedp.Do(tab.Ctx, chromedp.Click(chromedp.CSS(`article.event[data-event="e1"]`))); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab.Ctx, chromedp.WaitVisible(chromedp.CSS(`article.event.open .sources`))); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`On Wednesday <img src=x onerror="window.__pwned='sentence'">Eve met Acme in </script><script>window.__pwned='close'</script>.`,
		`<script>window.__pwned='title'</script>Talks & threats`,
	} {
		if !strings.Contains(text(), want) {
			t.Errorf("the open event does not show %q as text", want)
		}
	}
	marks := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('article.event.open .sentence mark.time')].map(m => m.textContent)`)
	if !slices.Equal(marks, []string{"Wednesday", "Wednesday"}) {
		t.Errorf("time expressions marked: %q, want Wednesday in each source", marks)
	}
	hrefs := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))`)
	if !slices.Equal(hrefs, []string{"https://example.org/news/2"}) {
		t.Errorf("links: %q, want only the https one", hrefs)
	}
	tab.Screenshot(t, "hostile")

	if got := browsertest.Eval[string](t, tab, `String(window.__pwned)`); got != "undefined" {
		t.Errorf("a planted script ran: window.__pwned = %s", got)
	}
	if got := tab.Console(); len(got) > 0 {
		t.Errorf("console errors or warnings: %q", got)
	}
}

// TestPageOfflineEmpty opens the page of a run that found nothing: every
// view says so, and nothing fails.
func TestPageOfflineEmpty(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	b := browsertest.Start(t)
	page, err := explorer.Page([]byte(`{"schema": "timeline/v1",
		"documents": [{"id": "a", "source": "a.txt", "title": "", "dct": "", "dct_source": "none", "status": "error", "error": "empty file"}],
		"entities": [], "events": [], "graph": {"nodes": [], "edges": []}}`))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "empty.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	tab := b.NewTab(t)
	tab.WaitReady(t, "file://"+filepath.ToSlash(path))
	tab.Screenshot(t, "empty")
	text := browsertest.Eval[string](t, tab, `document.body.innerText`)
	for _, want := range []string{"1 article failed", "No entities were found.", "No graph", "No events were found in these articles."} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not say %q", want)
		}
	}
	if got := tab.Console(); len(got) > 0 {
		t.Errorf("console errors or warnings: %q", got)
	}
}
