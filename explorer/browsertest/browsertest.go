// Package browsertest drives a headless Chromium for the explorer's
// end-to-end tests: it starts the browser with no network of its own,
// collects what each page writes to its console and every request it
// makes, and saves screenshots for people to look at.
//
// Chromium is found as $CHROMIUM, or as chromium, chromium-browser or
// google-chrome on the PATH. When it is missing the test is skipped, or
// fails in CI (where scripts/test.sh installs Debian's chromium). Nothing
// is ever downloaded.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/timelinehq/timeline/internal/testenv"
)

// Width and Height are the size of the browser's window, in CSS pixels.
const (
	Width  = 1600
	Height = 1000
)

// Browser is a running headless Chromium.
type Browser struct {
	ctx context.Context
}

// Start starts Chromium for the test and stops it when the test ends.
func Start(t testing.TB) *Browser {
	t.Helper()
	path := findChromium(t)
	dir, err := os.MkdirTemp("", "timeline-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(Width, Height),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("lang", "en-US"),
		// file:// pages may not read other files; the explorer needs none.
		chromedp.Flag("allow-file-access-from-files", false),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	// The browser lives as long as the context that starts it, so this one
	// has no timeout.
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		cancelAlloc()
		removeAll(dir)
		t.Fatalf("starting %s: %v", path, err)
	}
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
		removeAll(dir)
	})
	return &Browser{ctx: ctx}
}

// removeAll removes the profile folder; Chromium's children may still
// write in it for a moment after the browser stops.
func removeAll(dir string) {
	for range 50 {
		if err := os.RemoveAll(dir); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func findChromium(t testing.TB) string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return testenv.Command(t, "chromium")
}

// Tab is a browser tab that records its console and its requests.
type Tab struct {
	// Ctx runs chromedp actions in the tab.
	Ctx context.Context

	mu       sync.Mutex
	console  []chromedp.ConsoleMessage
	requests []string
}

// NewTab opens a tab, closed when the test ends. Its actions time out
// after a minute.
func (b *Browser) NewTab(t testing.TB) *Tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
	})
	tab := &Tab{Ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(Width, Height)); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			tab.mu.Lock()
			tab.console = append(tab.console, m)
			tab.mu.Unlock()
		}
	}()
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			tab.mu.Lock()
			tab.requests = append(tab.requests, ev.Request.URL)
			tab.mu.Unlock()
		}
	}()
	return tab
}

// Console returns the messages of the page's console so far that are
// errors, warnings or uncaught exceptions, with where they came from.
func (tab *Tab) Console() []string {
	// The messages arrive on another goroutine: give the last ones a moment.
	time.Sleep(100 * time.Millisecond)
	tab.mu.Lock()
	defer tab.mu.Unlock()
	var out []string
	for _, m := range tab.console {
		switch m.Type {
		case chromedp.ConsoleError, chromedp.ConsoleWarning, chromedp.ConsoleException:
			s := m.String()
			if m.Exception != nil {
				s = (&chromedp.ExceptionError{ExceptionDetails: m.Exception}).Error()
			}
			if m.URL != "" {
				s += fmt.Sprintf(" (%s:%d)", shorten(m.URL), m.Line+1)
			}
			out = append(out, s)
		}
	}
	return out
}

// Requests returns the URLs the page has requested so far (data: URLs
// shortened).
func (tab *Tab) Requests() []string {
	time.Sleep(100 * time.Millisecond)
	tab.mu.Lock()
	defer tab.mu.Unlock()
	out := make([]string, len(tab.requests))
	for i, u := range tab.requests {
		out[i] = shorten(u)
	}
	return out
}

func shorten(u string) string {
	if len(u) > 120 {
		return u[:117] + "..."
	}
	return u
}

// Screenshot saves the tab's window as NAME.png in ScreenshotDir and logs
// the path.
func (tab *Tab) Screenshot(t testing.TB, name string) string {
	t.Helper()
	png, err := chromedp.Run(tab.Ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return ""
	}
	dir := ScreenshotDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return path
}

// ScreenshotDir is where screenshots go: $TIMELINE_SCREENSHOTS, or
// timeline-explorer-screenshots in the temporary folder.
func ScreenshotDir() string {
	if d := os.Getenv("TIMELINE_SCREENSHOTS"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "timeline-explorer-screenshots")
}

// Eval evaluates a JavaScript expression in the tab and returns its value.
func Eval[T any](t testing.TB, tab *Tab, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tab.Ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", firstLine(expr), err)
	}
	return v
}

// WaitReady navigates to url and waits until the explorer has drawn its
// views (it marks <html data-ready="true">).
func (tab *Tab) WaitReady(t testing.TB, url string) {
	t.Helper()
	if err := chromedp.Do(tab.Ctx,
		chromedp.Navigate(url),
		chromedp.WaitReady(chromedp.CSS(`html[data-ready="true"]`)),
	); err != nil {
		t.Fatalf("loading %s: %v; console: %q", url, err, tab.Console())
	}
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " ..."
	}
	return s
}
