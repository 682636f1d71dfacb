package explorer

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// script is the built front end (web/build.sh writes it).
//
//go:embed assets/explorer.js
var script string

// ErrData reports data that is not a JSON object.
var ErrData = errors.New("explorer: the data is not a JSON object")

// policy is the page's Content-Security-Policy: its own script only (by
// hash, filled in by [Page]), inline styles, data: images; no connection,
// frame, font, form or base URL.
const policy = "default-src 'none'; script-src '%s'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

const pageHead = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="%s">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="timeline">
<title>Timeline explorer</title>
<link rel="icon" href="data:,">
</head>
<body>
<noscript>The explorer needs JavaScript to draw the timeline and the graph.</noscript>
<script type="application/json" id="timeline-data">`

const pageMiddle = "</script>\n<script>"

const pageTail = "</script>\n</body>\n</html>\n"

// scriptHash is the CSP source expression of the embedded script.
func scriptHash() string {
	sum := sha256.Sum256([]byte(script))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// contentPolicy is the page's Content-Security-Policy.
func contentPolicy() string { return fmt.Sprintf(policy, scriptHash()) }

// Page returns the self-contained page for data, the JSON of the output
// contract. The data is compacted and HTML-escaped (<, > and & become
// \u003c, \u003e and \u0026 inside JSON strings), so that no article text
// can end the <script> element that carries it.
func Page(data []byte) ([]byte, error) {
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrData, err)
	}
	if b := bytes.TrimSpace(compact.Bytes()); len(b) == 0 || b[0] != '{' {
		return nil, ErrData
	}
	var page bytes.Buffer
	page.Grow(len(pageHead) + compact.Len() + len(script) + 512)
	fmt.Fprintf(&page, pageHead, contentPolicy())
	json.HTMLEscape(&page, compact.Bytes())
	page.WriteString(pageMiddle)
	page.WriteString(script)
	page.WriteString(pageTail)
	return page.Bytes(), nil
}

// WritePage writes the self-contained page for data to w: one HTML file
// that opens from disk with no network.
func WritePage(w io.Writer, data []byte) error {
	page, err := Page(data)
	if err != nil {
		return err
	}
	_, err = w.Write(page)
	return err
}

// Handler serves the page for data at "/" and the data itself at
// "/data.json". Other paths are not found; methods other than GET and
// HEAD are refused.
func Handler(data []byte) (http.Handler, error) {
	page, err := Page(data)
	if err != nil {
		return nil, err
	}
	raw := bytes.Clone(data)
	modified := time.Now()
	csp := contentPolicy()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp+"; frame-ancestors 'none'")
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		http.ServeContent(w, r, "index.html", modified, bytes.NewReader(page))
	})
	mux.HandleFunc("GET /data.json", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "application/json; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		http.ServeContent(w, r, "data.json", modified, bytes.NewReader(raw))
	})
	return mux, nil
}

// Serve serves [Handler] for data on ln until ctx is done, then shuts the
// server down and returns nil. On a loopback listener it answers only
// requests addressed to a loopback host, so that a web page elsewhere
// cannot read the data through a name that resolves to 127.0.0.1 (DNS
// rebinding).
func Serve(ctx context.Context, ln net.Listener, data []byte) error {
	h, err := Handler(data)
	if err != nil {
		ln.Close()
		return err
	}
	if isLoopback(ln.Addr()) {
		h = loopbackOnly(h)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		// Let requests under way finish for a moment, then close what is
		// left: a browser keeps idle and preconnected sockets open.
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil {
			srv.Close()
		}
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// URL is the address a browser opens for a listener: "http://HOST:PORT/",
// with 127.0.0.1 for a listener on every interface.
func URL(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + "/"
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

func isLoopback(a net.Addr) bool {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.IsLoopback()
	}
	return false
}

// loopbackOnly refuses requests whose Host is not localhost or a loopback
// address.
func loopbackOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.TrimSuffix(strings.ToLower(host), ".")
		ip := net.ParseIP(strings.Trim(host, "[]"))
		if host != "localhost" && !strings.HasSuffix(host, ".localhost") && (ip == nil || !ip.IsLoopback()) {
			http.Error(w, "the explorer answers only on localhost", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
