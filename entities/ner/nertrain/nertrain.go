// Package nertrain assembles the training data and lexical resources of the
// named-entity tagger and trains it: the recipe behind "timeline train ner".
package nertrain

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/entities/ner/conll"
)

// Config says what to train on.
type Config struct {
	// DataDir is the shared data folder (../shared/data from the module
	// root); the default corpora are read from it.
	DataDir string
	// Files are extra labelled column files (CoNLL-2003 or GMB tags) to
	// train on; with NoDefault they are the only ones.
	Files     []string
	NoDefault bool
	// Clusters is a word-cluster file ("path<TAB>word<TAB>count" lines, as
	// written by the cluster package); empty means none.
	Clusters string
	// Embeddings is an embedding-cluster file ("path<TAB>word" lines, as
	// written by entities/ner/internal/embgen); empty means none.
	Embeddings string
	// NoGazetteer trains without gazetteer features.
	NoGazetteer bool
	// Places is the places table of package entities/gazetteer, whose
	// cities and regions join the gazetteer; empty means none.
	Places  string
	Options ner.TrainOptions
}

// DefaultFiles returns the corpora the embedded model is trained on,
// relative to the data folder.
func DefaultFiles() []string {
	return []string{"conll2003/eng.train", "gmb/gmb_train90.conll"}
}

// Load reads labelled column files and maps them to the project's
// convention (GMB gpe chunks are places only when they are proper nouns).
// Each document (as -DOCSTART- lines divide a file) gets its own Doc.
func Load(paths []string) ([]ner.Sentence, error) {
	var out []ner.Sentence
	doc := 0
	for _, p := range paths {
		docs, err := conll.ReadFile(p)
		if err != nil {
			return nil, err
		}
		opt := conll.Options{Scheme: conll.DetectScheme(docs), GPE: conll.GPEProper}
		for _, d := range ner.FromCoNLL(docs, opt) {
			for _, s := range d {
				s.Doc = doc
				out = append(out, s)
			}
			doc++
		}
	}
	return out, nil
}

// Train reads the data and trains a model.
func Train(ctx context.Context, cfg Config, log io.Writer) (*ner.Model, error) {
	var files []string
	if !cfg.NoDefault {
		for _, f := range DefaultFiles() {
			files = append(files, filepath.Join(cfg.DataDir, f))
		}
	}
	files = append(files, cfg.Files...)
	if len(files) == 0 {
		return nil, fmt.Errorf("nertrain: no training files")
	}
	data, err := Load(files)
	if err != nil {
		return nil, err
	}
	ntok := 0
	for _, s := range data {
		ntok += len(s.Tokens)
	}
	fmt.Fprintf(log, "training on %d sentences, %d tokens from %d files\n", len(data), ntok, len(files))
	opt := cfg.Options
	opt.Progress = log
	if !cfg.NoGazetteer {
		opt.Gazetteer = Gazetteer(cfg.DataDir, cfg.Places)
		n := 0
		for _, l := range opt.Gazetteer {
			n += len(l.Phrases)
		}
		fmt.Fprintf(log, "gazetteer: %d names in %d lists\n", n, len(opt.Gazetteer))
	}
	if cfg.Clusters != "" {
		entries, err := ReadClusters(cfg.Clusters)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			opt.ClusterWords = append(opt.ClusterWords, e.Word)
			opt.ClusterPaths = append(opt.ClusterPaths, e.Path)
			opt.ClusterCounts = append(opt.ClusterCounts, e.Count)
		}
		fmt.Fprintf(log, "clusters: %d words\n", len(entries))
	}
	if cfg.Embeddings != "" {
		words, paths, err := ReadEmbeddings(cfg.Embeddings)
		if err != nil {
			return nil, err
		}
		opt.EmbWords, opt.EmbPaths = words, paths
		fmt.Fprintf(log, "embedding clusters: %d words\n", len(words))
	}
	return ner.Train(ctx, data, opt)
}
