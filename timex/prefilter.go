package timex

import "regexp/syntax"

// prefix is a rule's pre-filter on the first two bytes of a match: the
// engine tries a rule's anchored regexp at every word start near a cue,
// and most tries fail, most of them at the first or second byte ("the" is
// no start of "last week"). On Reuters text the filter rejects two tries
// in three (142,467 of 216,034 on the first 2,000 articles) without
// running the backtracker.
//
// The sets are computed from the compiled program and err on the side of
// matching: empty-width assertions (\b, ^) are assumed to hold, and a
// non-ASCII byte passes. A text whose first two bytes the sets reject has
// no non-empty match, and the engine skips empty matches anyway, so the
// filter never changes what the rule finds.
type prefix struct {
	first byteSet
	// second[b] is the set of bytes that may follow first byte b (ASCII
	// only); nil when anything may (a one-byte match is possible).
	second [128]*byteSet
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }
func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }

func (s *byteSet) union(t *byteSet) {
	for i := range s {
		s[i] |= t[i]
	}
}

// allBytes is the set that accepts everything.
var allBytes = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// may reports whether a non-empty match of the rule may start text.
func (p *prefix) may(text string) bool {
	if len(text) == 0 {
		return false
	}
	b := text[0]
	if !p.first.has(b) {
		return false
	}
	if b >= 0x80 || len(text) < 2 {
		return true
	}
	sec := p.second[b]
	return sec == nil || sec.has(text[1])
}

// newPrefix computes the pre-filter of a regular expression as package
// regexp compiles it (Perl syntax). A pattern it cannot compile gets a
// filter that accepts everything.
func newPrefix(pattern string) *prefix {
	p := &prefix{first: allBytes}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return p
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return p
	}
	c := prefixCompiler{prog: prog, bytes: map[uint32]*byteSet{}}
	start, _ := c.closure(uint32(prog.Start))
	p.first = byteSet{}
	for _, pc := range start {
		p.first.union(c.byteSet(pc))
	}
	for b := 0; b < 128; b++ {
		if !p.first.has(byte(b)) {
			continue
		}
		var sec byteSet
		any := false
		for _, pc := range start {
			if !c.byteSet(pc).has(byte(b)) {
				continue
			}
			next, match := c.closure(prog.Inst[pc].Out)
			if match {
				any = true
				break
			}
			for _, q := range next {
				sec.union(c.byteSet(q))
			}
		}
		if !any {
			p.second[b] = &sec
		}
	}
	return p
}

// prefixCompiler walks a program for newPrefix.
type prefixCompiler struct {
	prog  *syntax.Prog
	bytes map[uint32]*byteSet // the bytes each rune instruction may begin with
}

// closure returns the rune instructions reachable from pc without
// consuming input, and whether a match is.
func (c *prefixCompiler) closure(pc uint32) (insts []uint32, match bool) {
	seen := map[uint32]bool{}
	stack := []uint32{pc}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &c.prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Arg, in.Out)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			stack = append(stack, in.Out)
		case syntax.InstMatch:
			match = true
		case syntax.InstFail:
		default: // InstRune, InstRune1, InstRuneAny, InstRuneAnyNotNL
			insts = append(insts, pc)
		}
	}
	return insts, match
}

// byteSet returns the bytes the text may begin with for rune instruction
// pc to match its first rune: its ASCII runes, and every non-ASCII byte.
func (c *prefixCompiler) byteSet(pc uint32) *byteSet {
	if s, ok := c.bytes[pc]; ok {
		return s
	}
	s := &byteSet{0, 0, ^uint64(0), ^uint64(0)}
	in := &c.prog.Inst[pc]
	for b := 0; b < 128; b++ {
		if in.MatchRune(rune(b)) {
			s.add(byte(b))
		}
	}
	c.bytes[pc] = s
	return s
}
