package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
)

// profileFlags are the flags of build, extract and merge that write a
// CPU profile of the whole run, for `go tool pprof` (see
// bench/README.md): the per-article stages, the corpus-wide step and the
// writing of the output, which no benchmark of a single package covers.
type profileFlags struct {
	cpu string // -cpuprofile FILE
}

// add defines the profile flags on fs.
func (f *profileFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&f.cpu, "cpuprofile", "", "")
}

// start starts the CPU profile when -cpuprofile is set; the caller calls
// the returned stop when the command's work is done, which writes the
// profile out.
func (f *profileFlags) start() (stop func() error, err error) {
	if f.cpu == "" {
		return func() error { return nil }, nil
	}
	out, err := os.Create(f.cpu)
	if err != nil {
		return nil, fmt.Errorf("-cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(out); err != nil {
		out.Close()
		return nil, fmt.Errorf("-cpuprofile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := out.Close(); err != nil {
			return fmt.Errorf("-cpuprofile: %w", err)
		}
		return nil
	}, nil
}

// profiled runs work under the profile flags f. An error of work comes
// first; a profile that cannot be written is reported only when work
// succeeded.
func (f *profileFlags) profiled(work func() error) error {
	stop, err := f.start()
	if err != nil {
		return err
	}
	err = work()
	if perr := stop(); err == nil {
		err = perr
	}
	return err
}
