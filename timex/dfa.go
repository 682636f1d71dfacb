package timex

import (
	"encoding/binary"
	"regexp/syntax"
	"slices"
	"sync"
)

// startDFA is a rule's pre-filter: a deterministic automaton over ASCII
// bytes that tells, in one table look-up per byte, that no match of the
// rule's regexp can begin at a word start. The engine tries a rule's
// anchored regexp at every word start near one of its cues, and on
// Reuters text 93% of the tries fail (200,426 of 216,034 on the first
// 2,000 articles); the automaton turns away all but a few hundred of them,
// for a tenth of the cost of the backtracker.
//
// It is built from the compiled program by the subset construction,
// treating every empty-width assertion (\b, ^, $) as true. It therefore
// accepts every text the regexp matches and more; it gives up (says
// "may match") at the first non-ASCII byte. A text it rejects has no
// non-empty match, and the engine skips empty matches anyway, so the
// filter never changes what a rule finds.
type startDFA struct {
	// next[s*128+b] is the state after byte b in state s; deadState
	// when no match can follow.
	next []uint16
	// final[s] is set when a match may end in state s.
	final []bool
}

const (
	deadState  = 0
	startState = 1
	// maxDFAStates bounds an automaton (the largest rule needs about a
	// thousand states); a rule that would need more runs unfiltered.
	maxDFAStates = 1 << 14
)

// may reports whether a non-empty match of the rule may begin text.
func (d *startDFA) may(text string) bool {
	if d == nil {
		return true
	}
	s := uint16(startState)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 {
			return true
		}
		s = d.next[int(s)<<7|int(c)]
		if s == deadState {
			return false
		}
		if d.final[s] {
			return true
		}
	}
	return false
}

// lazyDFA builds a rule's automaton on first use.
type lazyDFA struct {
	once sync.Once
	dfa  *startDFA
}

func (l *lazyDFA) get(pattern string) *startDFA {
	l.once.Do(func() { l.dfa = newStartDFA(pattern) })
	return l.dfa
}

// newStartDFA builds the automaton of a regular expression as package
// regexp compiles it (Perl syntax); nil when it cannot, or when the
// automaton would be too large.
func newStartDFA(pattern string) *startDFA {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	b := dfaBuilder{prog: prog, ascii: make([]*[2]uint64, len(prog.Inst)), mark: make([]uint32, len(prog.Inst)),
		ids: map[string]uint16{}}
	d := &startDFA{next: make([]uint16, 2*128), final: make([]bool, 2)} // the dead state and the start state
	start, _ := b.closure([]uint32{uint32(prog.Start)})
	b.sets = [][]uint32{nil, start}
	b.ids[setKey(start, false)] = startState
	var outs []uint32
	for s := startState; s < len(b.sets); s++ {
		if d.final[s] {
			continue // the filter stops at the first possible match
		}
		for c := 0; c < 128; c++ {
			outs = outs[:0]
			for _, pc := range b.sets[s] {
				if b.matches(pc, byte(c)) {
					outs = append(outs, prog.Inst[pc].Out)
				}
			}
			if len(outs) == 0 {
				continue // dead
			}
			set, match := b.closure(outs)
			if len(set) == 0 && !match {
				continue
			}
			key := setKey(set, match)
			id, ok := b.ids[key]
			if !ok {
				if len(b.sets) >= maxDFAStates {
					return nil
				}
				id = uint16(len(b.sets))
				b.ids[key] = id
				b.sets = append(b.sets, set)
				d.next = append(d.next, make([]uint16, 128)...)
				d.final = append(d.final, match)
			}
			d.next[s<<7|c] = id
		}
	}
	return d
}

// dfaBuilder holds the state of the subset construction.
type dfaBuilder struct {
	prog  *syntax.Prog
	ascii []*[2]uint64 // the ASCII bytes each rune instruction matches, computed on demand
	mark  []uint32     // closure's visited marks, by generation
	gen   uint32
	sets  [][]uint32 // the rune instructions of each state
	ids   map[string]uint16
	stack []uint32
}

// closure returns the sorted rune instructions reachable from pcs without
// consuming input (assertions taken as true), and whether the match
// instruction is.
func (b *dfaBuilder) closure(pcs []uint32) (set []uint32, match bool) {
	b.gen++
	b.stack = append(b.stack[:0], pcs...)
	for len(b.stack) > 0 {
		pc := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		if b.mark[pc] == b.gen {
			continue
		}
		b.mark[pc] = b.gen
		in := &b.prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			b.stack = append(b.stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			b.stack = append(b.stack, in.Out)
		case syntax.InstMatch:
			match = true
		case syntax.InstFail:
		default: // InstRune, InstRune1, InstRuneAny, InstRuneAnyNotNL
			set = append(set, pc)
		}
	}
	slices.Sort(set)
	return set, match
}

// matches reports whether rune instruction pc matches ASCII byte c.
func (b *dfaBuilder) matches(pc uint32, c byte) bool {
	m := b.ascii[pc]
	if m == nil {
		m = new([2]uint64)
		for r := 0; r < 128; r++ {
			if b.prog.Inst[pc].MatchRune(rune(r)) {
				m[r>>6] |= 1 << (r & 63)
			}
		}
		b.ascii[pc] = m
	}
	return m[c>>6]&(1<<(c&63)) != 0
}

// setKey identifies a state by its instructions and whether it is final.
func setKey(set []uint32, match bool) string {
	key := make([]byte, 0, 4*len(set)+1)
	if match {
		key = append(key, 1) // the length tells it apart: 4 bytes per instruction
	}
	for _, pc := range set {
		key = binary.LittleEndian.AppendUint32(key, pc)
	}
	return string(key)
}
