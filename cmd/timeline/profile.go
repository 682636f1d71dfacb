package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
)

// profileFlags are the flags of build, extract and merge that write a
// CPU or allocation profile of the whole run, for `go tool pprof` (see
// bench/README.md): the per-article stages, the corpus-wide step and the
// writing of the output, which no benchmark of a single package covers.
type profileFlags struct {
	cpu string // -cpuprofile FILE
	mem string // -memprofile FILE
}

// add defines the profile flags on fs.
func (f *profileFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&f.cpu, "cpuprofile", "", "")
	fs.StringVar(&f.mem, "memprofile", "", "")
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

// writeMem writes the allocation profile of the run to -memprofile's
// file, if set: every allocation sampled since the start, by the code
// that made it (go tool pprof -sample_index=alloc_space).
func (f *profileFlags) writeMem(out *os.File) error {
	if out == nil {
		return nil
	}
	err := pprof.Lookup("allocs").WriteTo(out, 0)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("-memprofile: %w", err)
	}
	return nil
}

// profiled runs work under the profile flags f. An error of work comes
// first; a profile that cannot be written is reported only when work
// succeeded. Both profiles' files are created before work starts, so
// that a path that cannot be written fails the command at once.
func (f *profileFlags) profiled(work func() error) error {
	var mem *os.File
	if f.mem != "" {
		var err error
		if mem, err = os.Create(f.mem); err != nil {
			return fmt.Errorf("-memprofile: %w", err)
		}
	}
	stop, err := f.start()
	if err != nil {
		if mem != nil {
			mem.Close()
		}
		return err
	}
	err = work()
	if perr := stop(); err == nil {
		err = perr
	}
	if merr := f.writeMem(mem); err == nil {
		err = merr
	}
	return err
}
