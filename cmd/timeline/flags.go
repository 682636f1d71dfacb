package main

import (
	"errors"
	"flag"
)

// parseFlags parses fs over args. It returns -h as flag.ErrHelp, which
// run answers with the usage text, and any other error as a usage error
// of the command name.
func parseFlags(fs *flag.FlagSet, name string, args []string) error {
	err := fs.Parse(args)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError("%s: %v", name, err)
}

// parseInterleaved parses fs over args, collecting the arguments that are
// not flags: flags may come before or after them.
func parseInterleaved(fs *flag.FlagSet, name string, args []string) ([]string, error) {
	var rest []string
	for {
		if err := parseFlags(fs, name, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// parseArgs parses the flags of an eval or train command, which take n
// arguments after their flags; need is the usage error when the number
// differs.
func parseArgs(fs *flag.FlagSet, args []string, n int, need string) error {
	if err := fs.Parse(args); err != nil {
		return usageError("%v", err)
	}
	if fs.NArg() != n {
		return usageError("%s", need)
	}
	return nil
}
