package ner

// hashIndex is a read-only open-addressing table from 64-bit hashes to
// 32-bit values, built once from a map. The tagger looks up every token's
// word cache, clusters and gazetteer phrases; in a Go map each lookup
// costs a hash and a group probe that mostly misses the cache, here one
// multiply and, nearly always, one cache line (16-byte slots, at most half
// full, so linear probing rarely moves to the next line).
type hashIndex struct {
	slots   []hashSlot // key 0 marks an empty slot
	shift   uint       // 64 - log2(len(slots))
	zero    uint32     // the value of key 0, when hasZero
	hasZero bool
}

type hashSlot struct {
	key uint64
	val uint32
}

// fibMul spreads a key over the table (Fibonacci hashing: the top bits of
// key times 2^64/φ).
const fibMul = 0x9e3779b97f4a7c15

// newHashIndex indexes the entries of m.
func newHashIndex[V ~int32 | ~uint32](m map[uint64]V) hashIndex {
	x := emptyIndex(len(m))
	for k, v := range m {
		x.put(k, uint32(v))
	}
	return x
}

// newHashIndexOf indexes keys[i] -> vals[i]; the keys are distinct.
func newHashIndexOf[V ~int32 | ~uint32](keys []uint64, vals []V) hashIndex {
	x := emptyIndex(len(keys))
	for i, k := range keys {
		x.put(k, uint32(vals[i]))
	}
	return x
}

// emptyIndex returns an index with room for n keys.
func emptyIndex(n int) hashIndex {
	bits := uint(1)
	for 1<<bits < 2*n {
		bits++
	}
	return hashIndex{slots: make([]hashSlot, 1<<bits), shift: 64 - bits}
}

// put adds a key that is not in x yet.
func (x *hashIndex) put(k uint64, v uint32) {
	if k == 0 {
		x.zero, x.hasZero = v, true
		return
	}
	mask := uint64(len(x.slots) - 1)
	i := (k * fibMul) >> x.shift
	for x.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = hashSlot{key: k, val: v}
}

// get returns the value of key k and whether it is present.
func (x *hashIndex) get(k uint64) (uint32, bool) {
	if k == 0 {
		return x.zero, x.hasZero
	}
	if len(x.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(x.slots) - 1)
	for i := (k * fibMul) >> x.shift; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.key == k {
			return s.val, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}

// slot returns the first slot key k would be looked up in, for warming the
// cache ahead of get; nil for an empty index.
func (x *hashIndex) slot(k uint64) *hashSlot {
	if len(x.slots) == 0 {
		return nil
	}
	return &x.slots[(k*fibMul)>>x.shift]
}
