package kit

import "time"

// SetRetryDelays shortens the waits between retries for a test.
func SetRetryDelays(d ...time.Duration) func() {
	old := retryDelays
	retryDelays = d
	return func() { retryDelays = old }
}
