package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file is gzip-compressed binary:
//
//	magic "timeline-ner 1\n"
//	lists:    uvarint n, then per list: string name, uvarint k, k strings
//	clusters: uvarint n, then n (word, path strings, uvarint count) triples
//	embedding clusters: uvarint p, p path strings; uvarint n, then n
//	          (lower-case word hash as a uvarint delta from the one before,
//	          ascending; uvarint path index) pairs
//	trans:    (numTags+1)*numTags float32, little-endian
//	step:     float32, the quantization step of the weights
//	features: uvarint n; n keys ascending as uvarint deltas
//	heads:    uvarint h; per head a string name and, per key, a uvarint bit
//	          set of tags with a non-zero weight and, per set bit, a
//	          zig-zag varint weight in steps
//	second:   uvarint 0, or 1 and the second pass's trans, step, features
//	          and heads as above
//
// Strings are a uvarint length and the bytes.

const magic = "timeline-ner 6\n"

// quantStep is the weight resolution of a saved model.
const quantStep = 1.0 / 256

// ErrFormat is returned for a model file that cannot be decoded.
var ErrFormat = errors.New("ner: bad model file")

// Save writes the model to w.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	f32 := func(f float32) {
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(f))
		bw.Write(buf[:4])
	}
	bw.WriteString(magic)
	uv(uint64(len(m.res.rawLists)))
	for _, l := range m.res.rawLists {
		str(l.Name)
		uv(uint64(len(l.Phrases)))
		for _, p := range l.Phrases {
			str(p)
		}
	}
	uv(uint64(len(m.res.clusterWords)))
	for i, w := range m.res.clusterWords {
		str(w)
		str(m.res.clusterPaths[i])
		uv(uint64(m.res.clusterCounts[i]))
	}
	uv(uint64(len(m.res.embPaths)))
	for _, p := range m.res.embPaths {
		str(p)
	}
	uv(uint64(len(m.res.embKeys)))
	prevKey := uint64(0)
	for i, k := range m.res.embKeys {
		uv(k - prevKey)
		prevKey = k
		uv(uint64(m.res.embIDs[i]))
	}
	stage := func(m *Model) {
		for a := 0; a <= numTags; a++ {
			for b := 0; b < numTags; b++ {
				v := m.trans[a][b]
				if math.IsInf(float64(v), -1) {
					v = 0
				}
				f32(v)
			}
		}
		f32(quantStep)
		// Features, by key.
		type feat struct {
			key uint64
			row int32
		}
		var feats []feat
		for r, k := range m.keys {
			if k != 0 {
				feats = append(feats, feat{k, int32(r)})
			}
		}
		slices.SortFunc(feats, func(a, b feat) int {
			switch {
			case a.key < b.key:
				return -1
			case a.key > b.key:
				return 1
			}
			return 0
		})
		var q [numTags]int64
		kept := feats[:0]
		for _, f := range feats {
			for _, h := range m.heads {
				if quantize(h.weights[int(f.row)*numTags:int(f.row+1)*numTags], &q) != 0 {
					kept = append(kept, f)
					break
				}
			}
		}
		uv(uint64(len(kept)))
		prev := uint64(0)
		for _, f := range kept {
			uv(f.key - prev)
			prev = f.key
		}
		uv(uint64(len(m.heads)))
		for _, h := range m.heads {
			str(h.name)
			for _, f := range kept {
				mask := quantize(h.weights[int(f.row)*numTags:int(f.row+1)*numTags], &q)
				uv(uint64(mask))
				for t := 0; t < numTags; t++ {
					if mask&(1<<t) != 0 {
						sv(q[t])
					}
				}
			}
		}
	}
	stage(m)
	if m.second == nil {
		uv(0)
	} else {
		uv(1)
		stage(m.second)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// quantize rounds a weight row to steps and returns the set of non-zero
// tags.
func quantize(row []float32, q *[numTags]int64) uint32 {
	var mask uint32
	for t, w := range row {
		q[t] = int64(math.Round(float64(w) / quantStep))
		if q[t] != 0 {
			mask |= 1 << t
		}
	}
	return mask
}

// Decode reads a model written by Save.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	m, err := decode(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return m, nil
}

// maxCount bounds every count in a model file, so that a corrupt file
// cannot ask for a huge allocation.
const maxCount = 1 << 26

func decode(br *bufio.Reader) (*Model, error) {
	var err error
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var x uint64
		x, err = binary.ReadUvarint(br)
		return x
	}
	count := func() int {
		n := uv()
		if err == nil && n > maxCount {
			err = fmt.Errorf("count %d too large", n)
		}
		if err != nil {
			return 0
		}
		return int(n)
	}
	sv := func() int64 {
		if err != nil {
			return 0
		}
		var x int64
		x, err = binary.ReadVarint(br)
		return x
	}
	str := func() string {
		n := count()
		if err != nil {
			return ""
		}
		if n > 1<<16 {
			err = fmt.Errorf("string length %d too large", n)
			return ""
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b)
	}
	f32 := func() float32 {
		if err != nil {
			return 0
		}
		var b [4]byte
		_, err = io.ReadFull(br, b[:])
		return math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
	}
	magicBuf := make([]byte, len(magic))
	if _, err := io.ReadFull(br, magicBuf); err != nil || string(magicBuf) != magic {
		return nil, errors.New("not a model file")
	}
	res := newResources()
	nl := count()
	for i := 0; i < nl && err == nil; i++ {
		name := str()
		k := count()
		phrases := make([]string, 0, min(k, 1<<16))
		for j := 0; j < k && err == nil; j++ {
			phrases = append(phrases, str())
		}
		res.addList(name, phrases)
	}
	nc := count()
	words := make([]string, 0, min(nc, 1<<16))
	paths := make([]string, 0, min(nc, 1<<16))
	counts := make([]int, 0, min(nc, 1<<16))
	for i := 0; i < nc && err == nil; i++ {
		words = append(words, str())
		paths = append(paths, str())
		counts = append(counts, count())
	}
	if err != nil {
		return nil, err
	}
	res.addClusters(words, paths, counts)
	np := count()
	res.embPaths = make([]string, 0, min(np, 1<<16))
	for i := 0; i < np && err == nil; i++ {
		res.embPaths = append(res.embPaths, str())
	}
	ne := count()
	res.embKeys = make([]uint64, 0, min(ne, 1<<20))
	res.embIDs = make([]int32, 0, min(ne, 1<<20))
	key := uint64(0)
	for i := 0; i < ne && err == nil; i++ {
		d := uv()
		if i > 0 && d == 0 {
			err = errors.New("embedding words out of order")
		}
		key += d
		id := uv()
		if err == nil && id >= uint64(np) {
			err = fmt.Errorf("embedding cluster %d of %d", id, np)
		}
		res.embKeys = append(res.embKeys, key)
		res.embIDs = append(res.embIDs, int32(id))
	}
	if err != nil {
		return nil, err
	}
	res.setEmbPaths()
	type stage struct {
		keys  []uint64
		heads []head
		trans []float32
		step  float32
	}
	readStage := func() *stage {
		trans := make([]float32, (numTags+1)*numTags)
		for i := range trans {
			trans[i] = f32()
		}
		step := f32()
		nf := count()
		keys := make([]uint64, 0, min(nf, 1<<20))
		prev := uint64(0)
		for i := 0; i < nf && err == nil; i++ {
			prev += uv()
			keys = append(keys, prev)
		}
		nh := count()
		if err == nil && (nh == 0 || nh > 64) {
			err = fmt.Errorf("%d heads", nh)
			return nil
		}
		heads := make([]head, 0, nh)
		for h := 0; h < nh && err == nil; h++ {
			name := str()
			weights := make([]float32, 0, len(keys)*numTags)
			for i := 0; i < nf && err == nil; i++ {
				mask := uv()
				if mask >= 1<<numTags {
					err = errors.New("bad tag set")
					return nil
				}
				for t := 0; t < numTags; t++ {
					var w float32
					if mask&(1<<t) != 0 {
						w = float32(sv()) * step
					}
					weights = append(weights, w)
				}
			}
			heads = append(heads, head{name: name, weights: weights})
		}
		if err != nil {
			return nil
		}
		return &stage{keys, heads, trans, step}
	}
	first := readStage()
	if err != nil {
		return nil, err
	}
	// Build the first pass's tables while the second is read and built.
	res.index()
	done := make(chan *Model, 1)
	go func() { done <- newModel(res, first.keys, first.heads, first.trans, first.step) }()
	var second *stage
	switch uv() {
	case 0:
	case 1:
		second = readStage()
	default:
		err = errors.New("bad second pass flag")
	}
	var m2 *Model
	if err == nil && second != nil {
		m2 = newModel(res, second.keys, second.heads, second.trans, second.step)
	}
	m := <-done
	if err != nil {
		return nil, err
	}
	m.second = m2
	return m, nil
}
