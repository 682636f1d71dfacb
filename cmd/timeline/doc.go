/*
Timeline turns news articles into a dated event timeline and an entity
co-mention graph.

Usage:

	timeline build [flags] INPUT...   process articles, write JSON (or -f FORMAT)
	timeline extract [flags] INPUT... the per-article half of build: write results as JSONL
	timeline merge [flags] FILE...    the corpus-wide half: merge extract files, write like build
	timeline demo [-o DIR]            run on the built-in sample articles
	timeline serve [flags] INPUT...   explore the result in a browser (127.0.0.1:8080; -addr to change)
	timeline eval timex [--split all|timebank|aquaint] [--emit FILE] [--errors] [--conventions] GOLD.jsonl
	                                  score the temporal tagger on TempEval-3 data: --split one
	                                  part, --emit the tags as JSONL for score.py, --errors list
	                                  every miss, spurious tag and wrong value, --conventions
	                                  count how each part's gold writes disputed forms
	timeline eval ner [--emit FILE] [--gmb-gpe loc|proper|none] [--gold raw|project] FILE.conll
	                                  score the name tagger on CoNLL-2003 or GMB data (-h for more)
	timeline eval entities ecb|reuters PATH  score entity resolution: ECB+ chains or Reuters-21578 places
	timeline train ner [flags]        retrain the name tagger from ../shared/data (-h for the flags)
	timeline version                  print the version
	timeline help                     print this text

An INPUT is a file (.txt, .html, .htm, .jsonl, .ndjson), a folder (read
recursively), or - for standard input. A .txt file that holds HTML is read
as HTML. A JSONL line is one article: {"id", "url", "title", "date" or
"published", "text" or "html"}. With no INPUT, build runs the demo.

Build flags:

	-o FILE          write to FILE instead of standard output
	-f FORMAT        json (the timeline/v1 contract, default), dot (Graphviz); more below
	-date DATE       publication date (YYYY-MM-DD) of articles whose metadata states none
	-window UNIT     co-mention unit: sentence (default), paragraph or document
	-workers N       articles processed at once (default: one per CPU)
	-max-size SIZE   size limit of one article, e.g. 32MB (default 32MB)
	-seed N          seed of the community detection (default 1)
	-quiet           no progress or warnings on standard error
	-cpuprofile FILE write a CPU profile of the run to FILE, for go tool pprof
	                 (also extract and merge)
	-memprofile FILE write an allocation profile of the run to FILE (likewise)

On a terminal, build, extract and merge show a progress bar (documents,
MB/s, documents/s, failures, time left); -quiet or a redirected standard
error silences it. Ctrl-C stops a run cleanly and says how far it got.

Extract and merge split build in two, to spread a large corpus over
several runs or machines: extract takes build's -o, -date, -window,
-workers, -max-size and -quiet and writes one JSON line per article
(names, co-mention groups, candidate events; no article text but the
events' sentences) after a header line {"schema": "timeline-extract/v1"}.
Merge reads any number of such files, in order (- for standard input),
takes build's -o, -f, -seed, -quiet and graph flags, and writes what
build would have written for the same inputs. It refuses a file of
another version, naming it. See pipeline/README.md for the format.

Graph flags (build, merge), applied in this order before the graph is measured:

	-weight W        edge weight: count (co-mentions, default), documents
	                 (articles that co-mention the pair) or npmi (association
	                 beyond chance, so that hubs do not drown specific ties)
	-since DATE      only the articles published from DATE (2017-04-13, 2017-04 or 2017)
	-until DATE      only the articles published until DATE, included
	-types LIST      only these types: person, location, organization (comma-separated)
	-min-count N     only the edges co-mentioned at least N times (with npmi,
	                 which scores pairs seen once highest, try 2 or 3)
	-min-weight X    only the edges that weigh at least X
	-focus NAME      only NAME's neighbourhood (an ID, a name or an alias)
	-depth N         steps from -focus (default 1)
	-top N           then only the N entities of highest PageRank

The DOT drawing (-f dot) shows each entity's strongest tie and then the
strongest others, up to twice as many ties as entities; its legend says
how many of how many it shows.

Formats (-f):

	json        the timeline/v1 contract: documents, entities, events, graph
	dot         the co-mention graph as Graphviz DOT
	gexf        the graph as GEXF 1.3 with time spells, for Gephi
	graphml     the graph as GraphML
	cytoscape   the graph as Cytoscape.js elements JSON
	d3          the graph as D3 node-link JSON
	geojson     the places with coordinates, their mentions and events
	csv-graph   the graph as CSV: nodes, then edges
	timelinejs  the events as TimelineJS3 JSON
	vis         the events as vis-timeline items
	csv         the events as CSV
	md          the events as a Markdown chronology, sources as footnotes
	html        a self-contained page to explore timeline and graph offline

Each article's publication date anchors its relative dates ("Wednesday",
"last week"). It comes from the input's metadata, then -date, then a
dateline near the top, then the URL; otherwise it is estimated from the
article's own dates, and the JSON says which (dct_source).

Environment: GOGC sets the garbage collector's target (default 200 here,
100 in Go: a build then runs with less memory and a little more CPU), and
GOMEMLIMIT bounds the heap, as for any Go program.

Exit status: 0 when every input was processed, 1 when some failed (the
output is still written and lists them with the reason), 2 on a usage
error, 130 when interrupted.

Examples:

	timeline build articles/ > timeline.json
	timeline build -f dot articles/ | dot -Tsvg > graph.svg
	timeline build -date 2017-04-13 -o out.json story.txt
	cat feed.jsonl | timeline build -
	timeline extract -o day1.jsonl feeds/day1/ && timeline extract -o day2.jsonl feeds/day2/
	timeline merge -o timeline.json day1.jsonl day2.jsonl
	timeline demo -o /tmp/demo
	timeline eval timex ../shared/data/tempeval3/train.jsonl
*/
package main
