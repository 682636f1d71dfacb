package ner

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// resources are the lexical tables a model carries besides its weights: a
// gazetteer of names in lists (countries, cities, first names, ...) and a
// table of word clusters learnt from unlabelled news text.
type resources struct {
	lists []string          // gazetteer list names, at most 16
	gaz   map[uint64]uint32 // phrase hash -> bit set of lists, and gazPrefix

	gazMaxLen  int              // longest phrase, in tokens
	clusters   map[uint64]int32 // word hash -> index in clusterHashes
	clustersLC map[uint64]int32 // lower-case word hash -> the same, for words in capitals
	paths      [][len(clusterLengths)]uint64

	// Embedding clusters: embKeys, the lower-case hashes of the words in
	// ascending order, and embIDs, each one's cluster: an index in
	// embPaths, the clusters' bit-string paths, and in embPre, their
	// prefixes' hashes. emb maps the same, for training (a decoded model
	// looks them up in ix only).
	embKeys  []uint64
	embIDs   []int32
	embPaths []string
	embPre   [][len(clusterLengths)]uint64
	emb      map[uint64]int32

	// truecase maps the lower-case hash of a word to its usual spelling,
	// for words in headlines set in capitals.
	truecase map[uint64]casing

	// ix holds the same tables as gaz, clusters and clustersLC for fast
	// lookups at tag time; nil until a model is built on the resources.
	ix *resIndex

	// The source of the tables, kept for encoding.
	rawLists                   []List
	clusterWords, clusterPaths []string
	clusterCounts              []int
}

// casing is the usual spelling of a word and how often it and its
// all-capitals form occur in the unlabelled text.
type casing struct {
	word       string
	n, capsN   int
	capsIsWord bool // the all-capitals form is the usual one
}

// resIndex is the read-only copy of a resources' lookup tables that
// tagging uses (see hashIndex).
type resIndex struct {
	gaz, clusters, clustersLC, emb hashIndex
}

// index builds r.ix; the tables must be complete.
func (r *resources) index() {
	r.ix = &resIndex{gaz: newHashIndex(r.gaz), clusters: newHashIndex(r.clusters),
		clustersLC: newHashIndex(r.clustersLC), emb: newHashIndexOf(r.embKeys, r.embIDs)}
}

// gazLists returns the gazetteer entry of phrase hash h.
func (r *resources) gazLists(h uint64) (uint32, bool) {
	if r.ix != nil {
		return r.ix.gaz.get(h)
	}
	lists, ok := r.gaz[h]
	return lists, ok
}

// gazPrefix marks a gazetteer entry that begins a longer phrase.
const gazPrefix = 1 << 31

// maxLists is the number of gazetteer lists a model can have: each token
// records its matches in 64 bits, 4 BILOU parts per list.
const maxLists = 16

func newResources() *resources {
	return &resources{gaz: map[uint64]uint32{}, clusters: map[uint64]int32{},
		clustersLC: map[uint64]int32{}, truecase: map[uint64]casing{}}
}

// phraseHash folds the lower-case hashes of a phrase's tokens.
func phraseHash(h, lower uint64) uint64 { return mix(h^0x5bd1e995, lower) }

// addList adds a gazetteer list of phrases, each phrase a space-separated
// run of tokens as Tokenize would give them.
func (r *resources) addList(name string, phrases []string) {
	id := -1
	for i, n := range r.lists {
		if n == name {
			id = i
		}
	}
	if id < 0 {
		if len(r.lists) >= maxLists {
			return
		}
		id = len(r.lists)
		r.lists = append(r.lists, name)
	}
	r.rawLists = append(r.rawLists, List{Name: name, Phrases: phrases})
	for _, p := range phrases {
		toks := strings.Fields(p)
		if len(toks) == 0 {
			continue
		}
		h := uint64(0)
		for k, t := range toks {
			h = phraseHash(h, hashLower(t))
			if k < len(toks)-1 {
				r.gaz[h] |= gazPrefix
			}
		}
		r.gaz[h] |= 1 << id
		if len(toks) > r.gazMaxLen {
			r.gazMaxLen = len(toks)
		}
	}
}

// matchGazetteer marks, on every token, the lists of the phrases covering it
// and the token's BILOU part in each.
func (r *resources) matchGazetteer(s *sentence) {
	if len(r.gaz) == 0 {
		return
	}
	for i := range s.info {
		h := uint64(0)
		for n := 1; n <= r.gazMaxLen && i+n <= len(s.info); n++ {
			h = phraseHash(h, s.info[i+n-1].lower)
			lists, ok := r.gazLists(h)
			if !ok {
				break
			}
			for l := lists &^ gazPrefix; l != 0; l &= l - 1 {
				id := uint(trailingZeros(uint64(l)))
				if n == 1 {
					s.info[i].gaz |= 1 << (4*id + partU)
					continue
				}
				s.info[i].gaz |= 1 << (4*id + partB)
				for k := i + 1; k < i+n-1; k++ {
					s.info[k].gaz |= 1 << (4*id + partI)
				}
				s.info[i+n-1].gaz |= 1 << (4*id + partL)
			}
		}
	}
}

// addClusters adds word clusters: words[i] belongs to the cluster whose
// bit-string path is paths[i] and occurs counts[i] times in the unlabelled
// text. A lower-case entry points at the first cased form listed, so give
// words by decreasing frequency.
func (r *resources) addClusters(words, paths []string, counts []int) {
	r.clusterWords = append(r.clusterWords, words...)
	r.clusterPaths = append(r.clusterPaths, paths...)
	r.clusterCounts = append(r.clusterCounts, counts...)
	for i, w := range words {
		lc := hashLower(w)
		c := r.truecase[lc]
		if counts[i] > c.n {
			c.word, c.n = w, counts[i]
		}
		if isAllCaps(w) {
			c.capsN += counts[i]
		}
		c.capsIsWord = c.capsN*2 >= c.n
		r.truecase[lc] = c
	}
	byPath := map[string]int32{}
	for i, w := range words {
		p := paths[i]
		id, ok := byPath[p]
		if !ok {
			id = int32(len(r.paths))
			byPath[p] = id
			r.paths = append(r.paths, pathPrefixes(p))
		}
		r.clusters[hashString(w)] = id
		lc := hashLower(w)
		if _, ok := r.clustersLC[lc]; !ok {
			r.clustersLC[lc] = id
		}
	}
}

// pathPrefixes hashes the prefixes of a cluster's bit-string path that
// the features use (clusterLengths; the whole path where it is shorter).
func pathPrefixes(p string) [len(clusterLengths)]uint64 {
	var pre [len(clusterLengths)]uint64
	for k, n := range clusterLengths {
		pre[k] = mix(uint64(k+1), hashString(p[:min(n, len(p))]))
	}
	return pre
}

// clusterOf sets the cluster prefixes of token t.
func (r *resources) clusterOf(t string, in *tokInfo) {
	if len(r.paths) == 0 {
		return
	}
	if r.ix != nil {
		id, ok := r.ix.clusters.get(in.word)
		if !ok {
			id, ok = r.ix.clustersLC.get(in.lower)
		}
		if ok {
			in.cluster = r.paths[id]
		}
		return
	}
	id, ok := r.clusters[in.word]
	if !ok {
		id, ok = r.clustersLC[in.lower]
	}
	if ok {
		in.cluster = r.paths[id]
	}
}

// addEmbeddings adds embedding clusters: the lower-case word words[i]
// belongs to the cluster whose bit-string path is paths[i]. The first
// entry of a word that folds alike wins. Call it once.
func (r *resources) addEmbeddings(words, paths []string) {
	r.emb = make(map[uint64]int32, len(words))
	byPath := map[string]int32{}
	for i, w := range words {
		lc := hashLower(w)
		if _, ok := r.emb[lc]; ok {
			continue
		}
		id, ok := byPath[paths[i]]
		if !ok {
			id = int32(len(r.embPaths))
			byPath[paths[i]] = id
			r.embPaths = append(r.embPaths, paths[i])
		}
		r.emb[lc] = id
	}
	r.embKeys = slices.Sorted(maps.Keys(r.emb))
	r.embIDs = make([]int32, len(r.embKeys))
	for i, k := range r.embKeys {
		r.embIDs[i] = r.emb[k]
	}
	r.setEmbPaths()
}

// setEmbPaths hashes the prefixes of the embedding clusters' paths.
func (r *resources) setEmbPaths() {
	r.embPre = make([][len(clusterLengths)]uint64, len(r.embPaths))
	for i, p := range r.embPaths {
		r.embPre[i] = pathPrefixes(p)
	}
}

// embOf sets the embedding cluster prefixes of a token from its lower-case
// hash.
func (r *resources) embOf(in *tokInfo) {
	if len(r.embPre) == 0 {
		return
	}
	if r.lowerUsual(in) {
		return // the vectors are of lower-case words: "US" is not "us"
	}
	if r.ix != nil {
		if id, ok := r.ix.emb.get(in.lower); ok {
			in.emb = r.embPre[id]
		}
		return
	}
	if id, ok := r.emb[in.lower]; ok {
		in.emb = r.embPre[id]
	}
}

// lowerUsual reports whether a word in capitals, without periods, is an
// acronym whose letters news text writes more often as a lower-case word:
// "US" ("us"), "WHO" ("who"), "IT" ("it"); not "LONDON" ("London") or
// "NATO".
func (r *resources) lowerUsual(in *tokInfo) bool {
	if in.flags&flAllCaps == 0 || in.flags&flHasPeriod != 0 || len(r.truecase) == 0 {
		return false
	}
	c, ok := r.truecase[in.lower]
	return ok && !strings.ContainsFunc(c.word, unicode.IsUpper)
}

// isAllCaps reports whether w has letters and all are upper case.
func isAllCaps(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters
}

// trueCase returns the usual spelling of an all-capitals word from a
// headline: "MOSCOW" -> "Moscow", "IN" -> "in", but "NATO" and "US" stay.
func (r *resources) trueCase(w string, lower uint64) string {
	c, ok := r.truecase[lower]
	if !ok || c.capsIsWord {
		return w
	}
	return c.word
}
