package uitest

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// CPUClock reports the process's CPU time per operation beside a
// benchmark's wall time: on a machine shared with other work the wall time
// says more about the neighbours than about the code.
type CPUClock struct {
	b     *testing.B
	start time.Duration
}

// StartCPU resets b's timer and starts counting CPU time.
func StartCPU(b *testing.B) CPUClock {
	b.ResetTimer()
	return CPUClock{b, cpuNow()}
}

// Stop stops b's timer and reports cpu-ms/op (where the system tells it).
func (c CPUClock) Stop() {
	c.b.StopTimer()
	if now := cpuNow(); now > 0 {
		c.b.ReportMetric(float64(now-c.start)/float64(time.Millisecond)/float64(c.b.N), "cpu-ms/op")
	}
}

// NoteText is a note of n characters in paragraphs of sentences, as a
// counselor writes one.
func NoteText(n int) string {
	const sentence = "Frau Mustermann berichtet über ihre Rückkehr an den Arbeitsplatz, die Schmerzen am Abend und die Gespräche mit dem Arbeitgeber. "
	var b strings.Builder
	for i := 0; utf8.RuneCountInString(b.String()) < n; i++ {
		b.WriteString(sentence)
		if i%6 == 5 {
			b.WriteString("\n\n")
		}
	}
	return string([]rune(b.String())[:n])
}
