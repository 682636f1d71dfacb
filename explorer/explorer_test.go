package explorer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/explorer"
)

func readHostile(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// embedded returns the JSON inside the page's data element.
func embedded(t testing.TB, page []byte) []byte {
	t.Helper()
	const open = `<script type="application/json" id="timeline-data">`
	i := bytes.Index(page, []byte(open))
	if i < 0 {
		t.Fatalf("the page has no data element")
	}
	rest := page[i+len(open):]
	j := bytes.Index(rest, []byte("</script>"))
	if j < 0 {
		t.Fatalf("the data element is not closed")
	}
	return rest[:j]
}

func TestPage(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr error
	}{
		{name: "object", data: `{"schema":"timeline/v1","events":[]}`},
		{name: "indented object", data: "{\n  \"a\": [1, 2]\n}\n"},
		{name: "empty", data: ``, wantErr: explorer.ErrData},
		{name: "not json", data: `{"a":`, wantErr: explorer.ErrData},
		{name: "array", data: `[1,2]`, wantErr: explorer.ErrData},
		{name: "string", data: `"<script>"`, wantErr: explorer.ErrData},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := explorer.Page([]byte(tt.data))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Page error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			var want, got any
			if err := json.Unmarshal([]byte(tt.data), &want); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(embedded(t, page), &got); err != nil {
				t.Fatalf("the embedded data is not JSON: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("embedded data = %v, want %v", got, want)
			}
		})
	}
}

// TestPageEscapes checks that no string of the data can end the element
// that holds it or open an HTML comment: the page has exactly the two
// script elements it writes.
func TestPageEscapes(t *testing.T) {
	page, err := explorer.Page(readHostile(t))
	if err != nil {
		t.Fatal(err)
	}
	lower := bytes.ToLower(page)
	if n := bytes.Count(lower, []byte("<script")); n != 2 {
		t.Errorf("the page has %d <script openings, want 2", n)
	}
	if n := bytes.Count(lower, []byte("</script")); n != 2 {
		t.Errorf("the page has %d </script closings, want 2", n)
	}
	if bytes.Contains(page, []byte("<!--")) {
		t.Errorf("the page contains <!--")
	}
	for _, r := range []string{"\u2028", "\u2029"} {
		if bytes.Contains(embedded(t, page), []byte(r)) {
			t.Errorf("the data holds a raw %U, which older parsers take for a line end", []rune(r)[0])
		}
	}
}

// TestPagePolicy checks that the page's Content-Security-Policy allows its
// own script, by the hash of what the page holds, and nothing from
// elsewhere.
func TestPagePolicy(t *testing.T) {
	page, err := explorer.Page([]byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindSubmatch(page)
	if m == nil {
		t.Fatal("the page has no Content-Security-Policy")
	}
	csp := string(m[1])
	for _, want := range []string{"default-src 'none'", "script-src 'sha256-", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("policy %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"unsafe-eval", "http:", "https:", "*"} {
		if strings.Contains(csp, bad) {
			t.Errorf("policy %q allows %q", csp, bad)
		}
	}
	script := page[bytes.LastIndex(page, []byte("<script>"))+len("<script>") : bytes.LastIndex(page, []byte("</script>"))]
	if len(script) < 10000 {
		t.Fatalf("the page's script is only %d bytes", len(script))
	}
	if !strings.Contains(csp, "'"+hashOf(script)+"'") {
		t.Errorf("policy %q does not allow the page's script (%s)", csp, hashOf(script))
	}
}

func TestHandler(t *testing.T) {
	data := readHostile(t)
	h, err := explorer.Handler(data)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	tests := []struct {
		name, method, path string
		wantStatus         int
		wantType           string
	}{
		{"page", "GET", "/", 200, "text/html; charset=utf-8"},
		{"page head", "HEAD", "/", 200, "text/html; charset=utf-8"},
		{"data", "GET", "/data.json", 200, "application/json; charset=utf-8"},
		{"other path", "GET", "/index.js", 404, ""},
		{"post", "POST", "/", 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if tt.wantType != "" && resp.Header.Get("Content-Type") != tt.wantType {
				t.Errorf("Content-Type %q, want %q", resp.Header.Get("Content-Type"), tt.wantType)
			}
			switch {
			case tt.path == "/" && tt.method == "GET":
				if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") {
					t.Errorf("no Content-Security-Policy header")
				}
				page, _ := explorer.Page(data)
				if !bytes.Equal(body, page) {
					t.Errorf("the served page differs from Page(data)")
				}
			case tt.path == "/data.json":
				if !bytes.Equal(body, data) {
					t.Errorf("the served data differs from the data")
				}
			}
		})
	}
	if _, err := explorer.Handler([]byte("nope")); !errors.Is(err, explorer.ErrData) {
		t.Errorf("Handler(nope) error = %v, want ErrData", err)
	}
}

// TestServe checks that Serve answers on a loopback listener only to
// loopback host names, and returns when its context ends.
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- explorer.Serve(ctx, ln, []byte(`{"schema":"timeline/v1"}`)) }()
	url := explorer.URL(ln.Addr())
	tests := []struct {
		host string
		want int
	}{
		{"", 200}, // the listener's own address
		{"localhost", 200},
		{"LOCALHOST.:8080", 200},
		{"app.localhost", 200},
		{"[::1]:8080", 200},
		{"attacker.example", 403},
		{"attacker.example:8080", 403},
		{"192.168.1.4", 403},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", url+"data.json", nil)
		if tt.host != "" {
			req.Host = tt.host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("Host %q: status %d, want %d", tt.host, resp.StatusCode, tt.want)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve returned %v after its context ended, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
}

func TestURL(t *testing.T) {
	tests := []struct {
		name, addr, want string
	}{
		{"loopback", "127.0.0.1:8080", "http://127.0.0.1:8080/"},
		{"every interface v4", "0.0.0.0:9000", "http://127.0.0.1:9000/"},
		{"every interface v6", "[::]:9000", "http://127.0.0.1:9000/"},
		{"v6 loopback", "[::1]:80", "http://[::1]:80/"},
		{"name", "example.org:8080", "http://example.org:8080/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := explorer.URL(addr(tt.addr)); got != tt.want {
				t.Errorf("URL(%s) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}

type addr string

func (a addr) Network() string { return "tcp" }
func (a addr) String() string  { return string(a) }
