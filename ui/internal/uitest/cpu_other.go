//go:build !unix

package uitest

import "time"

func cpuNow() time.Duration { return 0 }
