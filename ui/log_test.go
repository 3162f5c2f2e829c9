package ui

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"teilhabelotse/internal/applog"
	"teilhabelotse/ui/internal/uitest"
)

// TestLogHoldsNoClientData walks a whole case through the window with the
// log running, then shows an error whose text names a file after the
// client: the log holds the error, and neither name.
func TestLogHoldsNoClientData(t *testing.T) {
	l, err := applog.Start(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(applog.Discard)

	TestWholeCaseThroughTheWindow(t) // Erika Mustermann, intake to closed

	u := newTestUI(t, uitest.Store(t))
	u.showError(fmt.Errorf("export /home/emu/Mustermann Erika.pdf: %w", errors.New("no space left on device")))
	l.Close()
	b, err := os.ReadFile(l.Path())
	if err != nil {
		t.Fatal(err)
	}
	log := string(b)
	if !strings.Contains(log, "no space left on device") {
		t.Fatalf("the error shown is not in the log:\n%s", log)
	}
	for _, name := range []string{"Mustermann", "Erika"} {
		if strings.Contains(log, name) {
			t.Errorf("the log names the client (%s):\n%s", name, log)
		}
	}
}
