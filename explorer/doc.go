// Package explorer is the analyst's explorer: one web page that shows a
// result of the output contract (timeline/v1) as a zoomable timeline, a
// co-mention graph, an entity list and an event panel, linked together.
//
// The page's script is built from the sources in web/ (see web/build.sh)
// and embedded here, so that go build needs no Node. [WritePage] writes the
// page with the data inside it, a file that opens offline; [Handler] and
// [Serve] serve the same page on a local address.
//
// The page loads nothing: its Content-Security-Policy allows only its own
// script (by hash) and inline styles, and the data is escaped so that no
// string in it can close the element that holds it. Article text is
// untrusted; the script writes every string as text, never as markup.
package explorer
