// Package samples holds the sample articles that "timeline demo" runs on:
// a short, invented story about a barge collision on the Danube, told by
// several articles in the formats the tool reads (plain text with a
// dateline, an HTML page, JSONL, and an article without a date). They
// were written for the project and may be used freely.
package samples

import (
	"embed"
	"io/fs"
)

//go:embed articles
var articles embed.FS

// FS returns the sample articles, at the root of the file system.
func FS() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		panic(err) // the embedded folder exists: a build error, not a run-time one
	}
	return sub
}
