package conll

import "strings"

// Scheme names the tag set of a file.
type Scheme string

// Tag sets.
const (
	SchemeCoNLL Scheme = "conll" // PER, LOC, ORG, MISC
	SchemeGMB   Scheme = "gmb"   // per, geo, gpe, org, tim, art, eve, nat
)

// GPEMode says what a GMB gpe chunk becomes.
type GPEMode string

// GPE modes, as the reference scorer's --gmb-gpe.
const (
	GPELoc    GPEMode = "loc"    // every gpe chunk is a place
	GPEProper GPEMode = "proper" // a place only when its last token is NNP/NNPS (country names, not "Iraqi")
	GPENone   GPEMode = "none"   // dropped
)

// DetectScheme says whether documents use GMB's lower-case tag set.
func DetectScheme(docs []Document) Scheme {
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, tag := range s.Tags {
				switch _, ty := splitTag(tag); ty {
				case "geo", "gpe", "per", "org", "tim":
					return SchemeGMB
				}
			}
		}
	}
	return SchemeCoNLL
}

// Options controls how raw chunks map to PER, LOC and ORG.
type Options struct {
	Scheme Scheme
	GPE    GPEMode // GMB only; empty means GPELoc
}

// Entities returns the sentence's chunks mapped to the types "PER", "LOC"
// and "ORG"; chunks of other types are dropped.
func Entities(s Sentence, opt Options) []Chunk {
	var out []Chunk
	for _, c := range Chunks(s.Tags) {
		var typ string
		if opt.Scheme == SchemeGMB {
			switch c.Type {
			case "per":
				typ = "PER"
			case "org":
				typ = "ORG"
			case "geo":
				typ = "LOC"
			case "gpe":
				switch opt.GPE {
				case GPENone:
					continue
				case GPEProper:
					if p := s.POS[c.End-1]; p != "NNP" && p != "NNPS" {
						continue
					}
				}
				typ = "LOC"
			}
		} else {
			switch strings.ToUpper(c.Type) {
			case "PER", "LOC", "ORG":
				typ = strings.ToUpper(c.Type)
			}
		}
		if typ != "" {
			out = append(out, Chunk{Start: c.Start, End: c.End, Type: typ})
		}
	}
	return out
}
