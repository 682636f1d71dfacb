package main

import (
	"context"
	"errors"
)

// runEvalEvents implements "timeline eval events": event merging scores.
func runEvalEvents(ctx context.Context, e *env, args []string) error {
	return errors.New("eval events: not implemented yet")
}
