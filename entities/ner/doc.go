// Package ner finds the names of people, places and organizations in news
// text: a sequence tagger trained by the project's own code, in pure Go.
//
// # Model
//
// Each token gets one of 13 BILOU tags (O, or the Begin, Inside, Last or
// Unit token of a PER, LOC or ORG name). A token's tag scores are the sums
// of the weights of its features: the word and its lower-case form, its
// shape ("Xx", "X.X."), prefixes and suffixes, the words and shapes around
// it, its word cluster at several depths (Brown clusters learnt from
// unlabelled news, see package brown), its cluster in a hierarchy of
// pre-trained word vectors (GloVe, learnt from six billion words), and its
// matches in a gazetteer of countries, cities, regions, organizations and
// first and last names.
// Viterbi decoding adds tag-transition weights and allows only valid BILOU
// sequences. The weights are learnt by the averaged structured perceptron
// (see [Train]); features are 64-bit hashes looked up in an open-addressing
// table, so tagging builds no strings.
//
// [Model.TagDocument] then makes an article consistent: a name gets the
// same type wherever it recurs, a recurrence the tagger missed is tagged,
// and a person's surname alone is that person.
//
// # Conventions
//
// Spans cover names only: titles ("President", "Foreign Minister"), "Mr",
// the determiner "the" and the possessive "'s" stay outside. "the Kremlin"
// and "the White House" are organizations. Nationality words ("Russian")
// are not names of places.
//
// The embedded model ([Load]) and how to retrain it are described in
// README.md.
package ner
