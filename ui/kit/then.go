package kit

// Then makes the change handler *h — what a binding put there — run also
// afterwards: a view that follows a bound widget (a line shown for one
// choice, a field enabled by a tick) is added behind the binding instead
// of replacing it.
func Then[T any](h *func(T), also func(T)) {
	bound := *h
	*h = func(v T) {
		if bound != nil {
			bound(v)
		}
		also(v)
	}
}
