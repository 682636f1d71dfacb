package ner

// Type is the type of an entity: "PER", "LOC" or "ORG".
type Type string

// Entity types.
const (
	PER Type = "PER" // people
	LOC Type = "LOC" // countries, cities, regions and other places
	ORG Type = "ORG" // organizations, including "the Kremlin" and "the White House"
)

// Span is an entity in a sentence: tokens [Start, End) of one type.
type Span struct {
	Start, End int
	Type       Type
}

// types lists the entity types in tag order.
var types = [...]Type{PER, LOC, ORG}

// The tagger labels each token with one of numTags BILOU tags: O, or
// B(egin), I(nside), L(ast), U(nit) of a type. Tag t>0 has type (t-1)/4 and
// part (t-1)%4.
const (
	numTypes = 3
	numTags  = 1 + 4*numTypes
	tagO     = 0
)

const (
	partB = iota
	partI
	partL
	partU
)

func tagOf(typ, part int) int { return 1 + 4*typ + part }

func tagType(t int) int { return (t - 1) / 4 }

func tagPart(t int) int { return (t - 1) % 4 }

// typeIndex returns the index of ty in types, or -1.
func typeIndex(ty Type) int {
	for i, t := range types {
		if t == ty {
			return i
		}
	}
	return -1
}

// allowed reports whether tag b may follow tag a under BILOU; a = -1 is the
// sentence start and b = -1 the sentence end.
func allowed(a, b int) bool {
	open := a > 0 && (tagPart(a) == partB || tagPart(a) == partI)
	if open {
		// Inside a chunk: continue it with I or L of the same type.
		return b > 0 && tagType(b) == tagType(a) && (tagPart(b) == partI || tagPart(b) == partL)
	}
	// Outside: O, B or U may follow; I and L may not.
	return b <= 0 || tagPart(b) == partB || tagPart(b) == partU
}

// spansToTags writes BILOU tags for spans over n tokens; overlapping or
// invalid spans are skipped.
func spansToTags(spans []Span, n int) []int {
	tags := make([]int, n)
	for _, s := range spans {
		ti := typeIndex(s.Type)
		if ti < 0 || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		free := true
		for k := s.Start; k < s.End; k++ {
			if tags[k] != tagO {
				free = false
			}
		}
		if !free {
			continue
		}
		if s.End-s.Start == 1 {
			tags[s.Start] = tagOf(ti, partU)
			continue
		}
		tags[s.Start] = tagOf(ti, partB)
		for k := s.Start + 1; k < s.End-1; k++ {
			tags[k] = tagOf(ti, partI)
		}
		tags[s.End-1] = tagOf(ti, partL)
	}
	return tags
}

// tagsToSpans reads spans back from a valid BILOU sequence.
func tagsToSpans(tags []int) []Span {
	var out []Span
	start := -1
	for i, t := range tags {
		if t == tagO {
			start = -1
			continue
		}
		switch tagPart(t) {
		case partU:
			out = append(out, Span{Start: i, End: i + 1, Type: types[tagType(t)]})
			start = -1
		case partB:
			start = i
		case partL:
			if start >= 0 {
				out = append(out, Span{Start: start, End: i + 1, Type: types[tagType(t)]})
			}
			start = -1
		}
	}
	return out
}
