package main

import (
	"context"
	"errors"
)

// runEvalTimex implements "timeline eval timex".
func runEvalTimex(ctx context.Context, e *env, args []string) error {
	return errors.New("eval timex: not implemented yet")
}
