package main

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"teilhabelotse/storage"
)

// TestKillDuringBackupAndExport kills backup (plain and encrypted) and
// export at random moments. Whatever temporary copy a kill leaves — in the
// data folder (the plaintext of an encrypted backup) or at the target — is
// gone after the next start, or after the next write to that folder; the
// database passes the check.
func TestKillDuringBackupAndExport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the real program; skipped with -short")
	}
	tmp := t.TempDir()
	prog := germanProgram(t, "TEILHABELOTSE_PASSPHRASE=Sicherung 2026!")
	data, target := filepath.Join(tmp, "data"), filepath.Join(tmp, "stick")
	os.MkdirAll(target, 0o700)
	if out, err := prog("--data", data, "demo", "--cases", "300", "--seed", "3").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	jobs := [][]string{
		{"backup", "--out", filepath.Join(target, "b.db"), "--force"},
		{"backup", "--encrypt", "--out", filepath.Join(target, "b.age"), "--force"},
		{"export", "json", "--case", "1", "--out", filepath.Join(target, "f.json"), "--force"},
	}
	rng := rand.New(rand.NewSource(20261203))
	leftovers := 0
	for run := 0; run < 18; run++ {
		job := jobs[run%len(jobs)]
		cmd := prog(append([]string{"--data", data}, job...)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Intn(1200)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		leftovers += len(temps(t, data)) + len(temps(t, filepath.Join(data, storage.BackupDir))) + len(temps(t, target))

		// The next start sweeps the data folder.
		if out, err := prog("--data", data, "check").CombinedOutput(); err != nil {
			t.Fatalf("run %d (%v): check after the kill: %v\n%s", run, job, err, out)
		}
		for _, dir := range []string{data, filepath.Join(data, storage.BackupDir)} {
			if left := temps(t, dir); len(left) > 0 {
				t.Errorf("run %d (%v): after the next start %s still holds %v", run, job, dir, left)
			}
		}
	}
	// The next write to the target folder sweeps it.
	if out, err := prog("--data", data, "export", "json", "--case", "2", "--out", filepath.Join(target, "g.json")).CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	if left := temps(t, target); len(left) > 0 {
		t.Errorf("after the next export the target folder still holds %v", left)
	}
	t.Logf("18 kills, %d temporary files left by them, all swept", leftovers)
}

// temps lists the temporary files in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), storage.TempPrefix) || strings.Contains(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}
