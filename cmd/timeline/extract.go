package main

import (
	"context"
	"errors"
)

// runExtract implements "timeline extract": per-article results as JSONL.
func runExtract(ctx context.Context, e *env, args []string) error {
	return errors.New("extract: not implemented yet")
}

// runMerge implements "timeline merge": the corpus-wide step over extract files.
func runMerge(ctx context.Context, e *env, args []string) error {
	return errors.New("merge: not implemented yet")
}
