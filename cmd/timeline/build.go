package main

import (
	"context"
	"errors"
	"fmt"
)

const usage = "usage: timeline build [flags] INPUT...\n"

func runBuild(ctx context.Context, e *env, args []string) error {
	return errors.New("build: not implemented yet")
}

func runDemo(ctx context.Context, e *env, args []string) error {
	return errors.New("demo: not implemented yet")
}

func runVersion(e *env) error {
	_, err := fmt.Fprintln(e.stdout, "timeline dev")
	return err
}
