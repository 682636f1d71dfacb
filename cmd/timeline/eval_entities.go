package main

import (
	"context"
	"errors"
)

// runEvalEntities implements "timeline eval entities": entity resolution scores.
func runEvalEntities(ctx context.Context, e *env, args []string) error {
	return errors.New("eval entities: not implemented yet")
}
