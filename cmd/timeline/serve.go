package main

import (
	"context"
	"errors"
)

// runServe implements "timeline serve": the explorer on a local web server.
func runServe(ctx context.Context, e *env, args []string) error {
	return errors.New("serve: not implemented yet")
}
