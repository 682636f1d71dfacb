package conll

// Chunk is an entity chunk: tokens [Start, End) of one type.
type Chunk struct {
	Start, End int
	Type       string
}

// splitTag splits "B-PER" into ("B", "PER"); "O" gives ("O", ""); a bare
// type counts as inside.
func splitTag(tag string) (prefix byte, typ string) {
	if tag == "O" || tag == "" || tag == "_" {
		return 'O', ""
	}
	if len(tag) > 2 && (tag[1] == '-' || tag[1] == '_') {
		switch tag[0] {
		case 'B', 'I', 'E', 'S', 'L', 'U':
			return tag[0], tag[2:]
		}
	}
	return 'I', tag
}

// endOfChunk and startOfChunk follow conlleval.pl, extended to IOBES and
// BILOU.
func endOfChunk(pt byte, pty string, t byte, ty string) bool {
	switch pt {
	case 'E', 'L', 'S', 'U':
		return true
	case 'B', 'I':
		if t == 'B' || t == 'S' || t == 'U' || t == 'O' {
			return true
		}
	}
	return pt != 'O' && pty != ty
}

func startOfChunk(pt byte, pty string, t byte, ty string) bool {
	if t == 'B' || t == 'S' || t == 'U' {
		return true
	}
	if (pt == 'E' || pt == 'L' || pt == 'S' || pt == 'U' || pt == 'O') && (t == 'E' || t == 'L' || t == 'I') {
		return true
	}
	return t != 'O' && pty != ty
}

// Chunks finds the chunks of a tag sequence with conlleval semantics: a chunk
// of raw type ends where conlleval would end it, so "B-gpe I-geo" is two
// chunks.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start := -1
	pt, pty := byte('O'), ""
	for i := 0; i <= len(tags); i++ {
		t, ty := byte('O'), ""
		if i < len(tags) {
			t, ty = splitTag(tags[i])
		}
		if start >= 0 && endOfChunk(pt, pty, t, ty) {
			out = append(out, Chunk{Start: start, End: i, Type: pty})
			start = -1
		}
		if startOfChunk(pt, pty, t, ty) && t != 'O' {
			start = i
		}
		pt, pty = t, ty
	}
	return out
}
