package main

import (
	"bufio"
	"context"
	"io"
	"math/rand"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"teilhabelotse/storage"
)

// TestKillDuringImport is the durability test: the real program is killed
// with SIGKILL at random moments while it imports case files, 60 times over
// on one data folder. Every case whose number the program printed must
// still be there, and the database must pass the integrity check. SIGKILL
// is what a crash, a killed process or a forced logout looks like to
// SQLite; a power cut additionally needs the fsyncs of synchronous=FULL,
// which this test cannot pull the plug on.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the real program; skipped with -short")
	}
	tmp := t.TempDir()
	prog := germanProgram(t)

	// One real case file, exported once from a demo case.
	src := filepath.Join(tmp, "demo")
	if out, err := prog("--data", src, "demo", "--seed", "5").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	file := filepath.Join(tmp, "fallakte.json")
	if out, err := prog("--data", src, "export", "json", "--case", "1", "--out", file).CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}

	// Each run imports the file several times, so a kill finds the
	// program in the middle of writing more often than not.
	args := []string{"--data", filepath.Join(tmp, "data"), "import", "--duplicate=new"}
	for range 40 {
		args = append(args, file)
	}
	const runs = 60
	rng := rand.New(rand.NewSource(20261125))
	reported := map[int64]bool{}
	killed := 0
	deadline := time.Now().Add(50 * time.Second)
	for i := 0; i < runs && time.Now().Before(deadline); i++ {
		cmd := prog(args...)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan []string, 1)
		go func() { lines <- completeLines(stdout) }()
		time.Sleep(time.Duration(rng.Intn(151)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		ids := <-lines // the pipe ends when the program is gone
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killed++
		} else if err != nil {
			t.Fatalf("run %d ended with %v before the kill", i, err)
		}
		for _, l := range ids {
			id, err := strconv.ParseInt(l, 10, 64)
			if err != nil {
				t.Fatalf("run %d printed %q, want a case number", i, l)
			}
			reported[id] = true
		}
	}
	t.Logf("%d runs killed, %d imports reported done", killed, len(reported))
	if killed == 0 {
		t.Error("no run was killed before it finished; the test proves nothing")
	}

	db, err := storage.Open(filepath.Join(tmp, "data"))
	if err != nil {
		t.Fatalf("open after the kills: %v", err)
	}
	defer db.Close()
	r, err := db.Check(context.Background())
	if err != nil || !r.OK() {
		t.Fatalf("integrity after the kills: %+v, %v", r, err)
	}
	rows, err := db.ListCases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	have := map[int64]bool{}
	for _, row := range rows {
		have[row.ID] = true
		if _, err := db.LoadCase(context.Background(), row.ID); err != nil {
			t.Errorf("case %d cannot be read after the kills: %v", row.ID, err)
		}
	}
	for id := range reported {
		if !have[id] {
			t.Errorf("case %d was reported imported but is gone", id)
		}
	}
}

// completeLines reads r to its end and returns the lines that end in a
// newline: a line cut off by the kill is no report.
func completeLines(r io.Reader) []string {
	var out []string
	br := bufio.NewReader(r)
	for {
		l, err := br.ReadString('\n')
		if err != nil {
			return out
		}
		out = append(out, strings.TrimSuffix(l, "\n"))
	}
}
