package pipeline

// FinishNoMetrics is Finish without the graph metrics, for the phase
// benchmark.
func (m *Merger) FinishNoMetrics() (*Result, error) { return m.finish(false) }

// Detach exposes detach to the tests.
var Detach = detach
