package ner

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is mix(template, value hash); the numbers
// are part of the model format, so append new ones at the end.
const (
	fBias = iota + 1
	fWord
	fLower
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fShape
	fShapeM1
	fShapeP1
	fShapeM1Shape
	fShapeShapeP1
	fLowerM1Lower
	fLowerLowerP1
	fPrefix // + length
	fSuffix // + length
	fCluster
	fClusterM1
	fClusterP1
	fGazetteer
	fFirstShape
	fHeadLower
	fFlags
	fLowerM1ShapeP1
	fShapeM1LowerP1
	fWordShapeM1
	fWordShapeP1
	fGazM1
	fGazP1
	fEmb // + prefix length index
	fEmbM1
	fEmbP1
	// The second pass's features (see stack.go).
	fPrior // + offset from the token, 0 to 4
	fPriorLower
	fPriorAround
	fPriorSame
	fDocType
	fDocCount
	fDocPart
	fDocMajority
	fDocMajorityWord
	fDocPrev
	fDocNext
)

// maxAffix is the longest prefix and suffix used, in runes.
const maxAffix = 4

// clusterLengths are the prefix lengths of a word's cluster path used as
// features (Miller et al. 2004; Ratinov and Roth 2009).
var clusterLengths = [...]int{4, 6, 10, 20}

// embContext is the prefix of the neighbours' embedding clusters used as
// context features (10 bits: about a thousand clusters).
const embContext = 2

// Token flags.
const (
	flInitCap = 1 << iota
	flAllCaps
	flHasDigit
	flAllDigits
	flHasHyphen
	flHasPeriod
	flPunct
	flMixedCase
	flHasLower
)

// tokInfo holds the hashes of one token, computed once per sentence.
type tokInfo struct {
	word, lower, shape uint64
	prefix, suffix     [maxAffix]uint64 // 0 where the word is too short
	cluster            [len(clusterLengths)]uint64
	emb                [len(clusterLengths)]uint64 // embedding cluster prefixes
	gaz                uint64                      // bit 4*list+part for every gazetteer phrase covering the token
	flags              uint32
}

// Hashes of the pseudo-tokens before and after a sentence.
var (
	hashBOS = hashString("<s>")
	hashEOS = hashString("</s>")
)

// analyze fills info for one token.
func analyze(tok string, info *tokInfo) {
	*info = tokInfo{word: hashString(tok), lower: fnvOffset, shape: fnvOffset}
	var (
		prevClass rune
		nr        int
		letters   int
		uppers    int
		digits    int
		flags     uint32
	)
	for i, r := range tok {
		lr := lowerRune(r)
		info.lower = hashRune(info.lower, lr)
		if nr < maxAffix {
			info.prefix[nr] = info.lower
		}
		nr++
		var class rune
		switch {
		case unicode.IsUpper(r):
			class = 'X'
			letters++
			uppers++
			if i == 0 {
				flags |= flInitCap
			}
		case unicode.IsLetter(r):
			class = 'x'
			letters++
			flags |= flHasLower
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			class = 'd'
			digits++
		default:
			class = r
			switch r {
			case '-':
				flags |= flHasHyphen
			case '.':
				flags |= flHasPeriod
			}
		}
		if class != prevClass {
			info.shape = hashRune(info.shape, class)
			prevClass = class
		}
	}
	// Prefixes shorter than the word only.
	for k := nr; k < maxAffix; k++ {
		info.prefix[k] = 0
	}
	if nr > 0 && nr <= maxAffix {
		info.prefix[nr-1] = 0 // the full word is not its own prefix
	}
	// Suffixes, hashed from the end backwards.
	h := uint64(fnvOffset)
	s := tok
	for k := 0; k < maxAffix && k < nr-1; k++ {
		r, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
		h = hashRune(h, lowerRune(r))
		info.suffix[k] = h
	}
	if digits > 0 {
		flags |= flHasDigit
		if digits == nr {
			flags |= flAllDigits
		}
	}
	if letters > 0 && uppers == letters {
		flags |= flAllCaps
	}
	if uppers > 0 && uppers < letters && flags&flInitCap == 0 {
		flags |= flMixedCase
	}
	if letters == 0 && digits == 0 {
		flags |= flPunct
	}
	info.flags = flags
}

// sentence holds the per-token analysis of one sentence.
type sentence struct {
	toks     []string
	info     []tokInfo
	headline bool // every word in capitals
	// For the second pass (see stack.go): the first pass's tags, and the
	// features token i draws from the rest of its article,
	// docFeats[docOffs[i]:docOffs[i+1]].
	prior    []int
	docFeats []uint64
	docOffs  []int
}

// prepare analyzes tokens with the model's resources.
func (r *resources) prepare(toks []string, s *sentence) {
	s.toks = toks
	s.prior, s.docOffs = nil, nil
	if cap(s.info) < len(toks) {
		s.info = make([]tokInfo, len(toks))
	}
	s.info = s.info[:len(toks)]
	caps, lowers := 0, 0
	for i, t := range toks {
		in := &s.info[i]
		analyze(t, in)
		if in.flags&flHasLower != 0 {
			lowers++
		} else if in.flags&flAllCaps != 0 && len(t) > 1 {
			caps++
		}
		if r != nil {
			r.clusterOf(t, in)
			r.embOf(in)
		}
	}
	s.headline = caps >= 2 && lowers == 0
	if r != nil && s.headline && len(r.truecase) > 0 {
		// Read a headline in capitals as if it were set in the usual
		// case, so that the word features work.
		for i, t := range toks {
			in := &s.info[i]
			if in.flags&flAllCaps == 0 {
				continue
			}
			if tc := r.trueCase(t, in.lower); tc != t {
				analyze(tc, in)
				r.clusterOf(tc, in)
				r.embOf(in)
			}
		}
	}
	if r != nil {
		r.matchGazetteer(s)
		if !s.headline {
			// "US" in a sentence set in the usual case is not the
			// pronoun "us": its lower-case features are its own. (The
			// gazetteer has matched it as "us" already.)
			for i := range s.info {
				r.setApart(&s.info[i])
			}
		}
	}
}

// setApart gives an acronym that spells a common word ("US", "WHO") its
// own lower-case hash.
func (r *resources) setApart(in *tokInfo) {
	if r.lowerUsual(in) {
		in.lower = mix(in.lower, acronymSalt)
	}
}

// acronymSalt sets apart the lower-case features of acronyms that spell a
// common word.
const acronymSalt = 0x9e3779b97f4a7c15

// features appends the feature hashes of token i.
func (s *sentence) features(i int, out []uint64) []uint64 {
	out = intrinsic(&s.info[i], s.headline, out)
	return s.contextual(i, out)
}

// intrinsic appends the features of a token that depend on nothing but
// the token (and whether the sentence is a headline), so that a model can
// sum their weights once per word.
func intrinsic(in *tokInfo, headline bool, out []uint64) []uint64 {
	out = append(out,
		fBias,
		mix(fWord, in.word),
		mix(fLower, in.lower),
		mix(fShape, in.shape),
	)
	for k := 0; k < maxAffix; k++ {
		if in.prefix[k] != 0 {
			out = append(out, mix(fPrefix+uint64(k)<<8, in.prefix[k]))
		}
		if in.suffix[k] != 0 {
			out = append(out, mix(fSuffix+uint64(k)<<8, in.suffix[k]))
		}
	}
	for k, c := range in.cluster {
		if c != 0 {
			out = append(out, mix(fCluster+uint64(k)<<8, c))
		}
	}
	for k, c := range in.emb {
		if c != 0 {
			out = append(out, mix(fEmb+uint64(k)<<8, c))
		}
	}
	hl := uint64(0)
	if headline {
		out = append(out, mix(fHeadLower, in.lower))
		hl = 1
	}
	return append(out, mix(fFlags, uint64(in.flags)<<1|hl))
}

// wordKey identifies a word and its sentence's headline flag in a model's
// cache of intrinsic scores.
func wordKey(in *tokInfo, headline bool) uint64 {
	if headline {
		return mix(in.word, 1)
	}
	return in.word
}

// contextual appends the features of token i that depend on its
// neighbours or its place in the sentence.
func (s *sentence) contextual(i int, out []uint64) []uint64 {
	in := &s.info[i]
	lowerAt := func(k int) uint64 {
		switch {
		case k < 0:
			return hashBOS
		case k >= len(s.info):
			return hashEOS
		}
		return s.info[k].lower
	}
	shapeAt := func(k int) uint64 {
		switch {
		case k < 0:
			return hashBOS
		case k >= len(s.info):
			return hashEOS
		}
		return s.info[k].shape
	}
	lm1, lp1 := lowerAt(i-1), lowerAt(i+1)
	sm1, sp1 := shapeAt(i-1), shapeAt(i+1)
	out = append(out,
		mix(fLowerM1, lm1),
		mix(fLowerP1, lp1),
		mix(fLowerM2, lowerAt(i-2)),
		mix(fLowerP2, lowerAt(i+2)),
		mix(fShapeM1, sm1),
		mix(fShapeP1, sp1),
		mix(mix(fShapeM1Shape, sm1), in.shape),
		mix(mix(fShapeShapeP1, in.shape), sp1),
		mix(mix(fLowerM1Lower, lm1), in.lower),
		mix(mix(fLowerLowerP1, in.lower), lp1),
		mix(mix(fLowerM1ShapeP1, lm1), sp1),
		mix(mix(fShapeM1LowerP1, sm1), lp1),
		mix(mix(fWordShapeM1, in.word), sm1),
		mix(mix(fWordShapeP1, in.word), sp1),
	)
	if i > 0 {
		if c := s.info[i-1].cluster[1]; c != 0 {
			out = append(out, mix(fClusterM1, c))
		}
	}
	if i+1 < len(s.info) {
		if c := s.info[i+1].cluster[1]; c != 0 {
			out = append(out, mix(fClusterP1, c))
		}
	}
	if i > 0 {
		if c := s.info[i-1].emb[embContext]; c != 0 {
			out = append(out, mix(fEmbM1, c))
		}
	}
	if i+1 < len(s.info) {
		if c := s.info[i+1].emb[embContext]; c != 0 {
			out = append(out, mix(fEmbP1, c))
		}
	}
	for g := in.gaz; g != 0; g &= g - 1 {
		bit := uint64(trailingZeros(g))
		cap := uint64(in.flags & flInitCap)
		out = append(out, mix(fGazetteer, bit<<1|cap))
	}
	if i > 0 {
		for g := s.info[i-1].gaz; g != 0; g &= g - 1 {
			out = append(out, mix(fGazM1, uint64(trailingZeros(g))))
		}
	}
	if i+1 < len(s.info) {
		for g := s.info[i+1].gaz; g != 0; g &= g - 1 {
			out = append(out, mix(fGazP1, uint64(trailingZeros(g))))
		}
	}
	if i == 0 {
		out = append(out, mix(fFirstShape, in.shape))
	}
	if s.prior != nil {
		out = s.stacked(i, out)
	}
	return out
}

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }
