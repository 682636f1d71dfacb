package ner

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes: strings are hashed once per token with FNV-1a
// and combined with a template number by a multiply-xorshift mixer, so the
// hot path never builds a string.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	for i := 0; i < n; i++ {
		h ^= uint64(buf[i])
		h *= fnvPrime
	}
	return h
}

// mix combines two hashes.
func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2))
	h ^= h >> 31
	h *= 0x7fb5d329728ea185
	h ^= h >> 27
	h *= 0x81dadef4bc2dd44d
	h ^= h >> 33
	return h
}

// lowerRune is unicode.ToLower with an ASCII fast path, and with the
// accents of Latin letters dropped, so that "Zürich" and "Zurich", "José"
// and "Jose" share their lower-case features, clusters and gazetteer
// entries.
func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	if r >= 0xe0 && r <= 0x17f {
		if f := foldTable[r-0xe0]; f != 0 {
			return rune(f)
		}
	}
	return r
}

// foldTable maps the lower-case letters of Latin-1 Supplement and Latin
// Extended-A (U+00E0..U+017F) to their base letter; 0 keeps the letter.
var foldTable = func() (t [0x180 - 0xe0]byte) {
	groups := map[byte]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě",
		'g': "ĝğġģ", 'h': "ĥħ", 'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ",
		'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő", 'r': "ŕŗř",
		's': "śŝşš", 't': "ţťŧ", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ",
		'z': "źżž",
	}
	for base, letters := range groups {
		for _, r := range letters {
			t[r-0xe0] = base
		}
	}
	return t
}()

// hashLower hashes the lower-case form of s; it equals
// hashString(strings.ToLower(s)) for the letters that matter.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		h = hashRune(h, lowerRune(r))
		i += size
	}
	return h
}
