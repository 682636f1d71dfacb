// Command timeline turns news articles into a dated event timeline and an
// entity co-mention graph. See doc.go for the usage text.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// env carries the process's streams so that commands never touch os.Std*
// directly and tests can run them in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stderrIsTTY    bool
}

// exit codes.
const (
	exitOK       = 0
	exitFailed   = 1 // some inputs failed, or the command failed
	exitUsage    = 2
	exitCanceled = 130
)

// errUsage marks an error caused by bad arguments; main exits with 2.
var errUsage = errors.New("usage error")

// usageError wraps a message as a usage error.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// errPartial marks a run that wrote its output but could not process every
// input; main exits with 1 without printing it again.
var errPartial = errors.New("some inputs failed")

// defaultGOGC is the garbage collector's target when the environment
// sets no GOGC: the heap may grow to three times what is live instead of
// twice. On Reuters-21578 (build, 2 cores) it halves the collections (27
// to 13) and the CPU they take (2.2 to 1.4 s, from GODEBUG=gctrace=1), for
// a peak RSS of 640 MiB instead of 460, well within the 1 GiB budget;
// GOGC=100 restores Go's default, and GOMEMLIMIT bounds the heap where
// memory is tight.
const defaultGOGC = 200

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGOGC)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, stderrIsTTY: isTerminal(os.Stderr)}
	code := run(ctx, e, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes one command line and returns the process exit code.
func run(ctx context.Context, e *env, args []string) int {
	err := dispatch(ctx, e, args)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(e.stdout, usage) // -h of build, extract, merge, serve, demo
		return exitOK
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "timeline: interrupted")
		return exitCanceled
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "timeline: %v\nRun 'timeline help' for usage.\n", err)
		return exitUsage
	case errors.Is(err, errPartial):
		return exitFailed
	default:
		fmt.Fprintf(e.stderr, "timeline: %v\n", err)
		return exitFailed
	}
}

// dispatch picks the subcommand.
func dispatch(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return runDemo(ctx, e, nil)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return runBuild(ctx, e, rest)
	case "demo":
		return runDemo(ctx, e, rest)
	case "extract":
		return runExtract(ctx, e, rest)
	case "merge":
		return runMerge(ctx, e, rest)
	case "serve":
		return runServe(ctx, e, rest)
	case "eval":
		return runEval(ctx, e, rest)
	case "train":
		return runTrain(ctx, e, rest)
	case "version", "-version", "--version":
		return runVersion(e)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usage)
		return nil
	}
	return usageError("unknown command %q", cmd)
}

// runEval dispatches "timeline eval KIND ...".
func runEval(ctx context.Context, e *env, args []string) error {
	return group{name: "eval", noun: "kind", want: "timex, ner, entities, events", run: map[string]command{
		"timex": runEvalTimex, "ner": runEvalNER, "entities": runEvalEntities, "events": runEvalEvents,
	}}.dispatch(ctx, e, args)
}

// runTrain dispatches "timeline train KIND ...".
func runTrain(ctx context.Context, e *env, args []string) error {
	return group{name: "train", noun: "kind", want: "ner", run: map[string]command{
		"ner": runTrainNER,
	}}.dispatch(ctx, e, args)
}

// command runs a (sub)command on the arguments that follow its name.
type command func(ctx context.Context, e *env, args []string) error

// group is a command whose first argument names a subcommand, such as
// "eval" (timex, ner, ...) or "eval entities" (ecb, reuters).
type group struct {
	name string // the command: "eval", "eval entities"
	noun string // what its subcommands are: "kind", "corpus"
	want string // its subcommands, as the usage errors list them
	run  map[string]command
}

// dispatch runs the subcommand args[0] names on the arguments after it.
func (g group) dispatch(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usageError("%s needs a %s: %s", g.name, g.noun, g.want)
	}
	if run, ok := g.run[args[0]]; ok {
		return run(ctx, e, args[1:])
	}
	return usageError("unknown %s %s %q (want %s)", g.name, g.noun, args[0], g.want)
}
