package main

import (
	"context"
	"errors"
)

// runEvalNER implements "timeline eval ner".
func runEvalNER(ctx context.Context, e *env, args []string) error {
	return errors.New("eval ner: not implemented yet")
}

// runTrainNER implements "timeline train ner".
func runTrainNER(ctx context.Context, e *env, args []string) error {
	return errors.New("train ner: not implemented yet")
}
