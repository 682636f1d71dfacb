// Package corpus reads news articles and holds the types every later stage
// shares: [Document], [Span] and the reading errors.
//
// It is the leaf of the module: entities, timeline, graph and export all
// import it and it imports none of them. Articles come from plain text, HTML
// pages, JSONL files (one article a line), folders of these, or standard
// input; every input, good or bad, becomes a [Document] whose Status says
// whether it could be read.
package corpus
