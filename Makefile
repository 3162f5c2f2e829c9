# Teilhabelotse — build, run and test.
#
#   make run     install missing system packages, build, start the program
#   make test    system packages for the tests, gofmt, go vet, staticcheck,
#                go test, smoke test
#   make build   build ./teilhabelotse
#   make smoke   start the built program on a virtual display and quit it
#   make screenshots  write the window's and the documents' pictures of the
#                test fixtures into $(SHOTS) (build tag "screenshots")
#   make duplicates  the pairs of places where the code repeats itself, with
#                Go's import blocks passed over (scripts/duplicates.sh)
#   make third-party  regenerate THIRD_PARTY.md after a dependency changed
#   make release Linux tar.xz and Windows zip with SHA256SUMS in dist/
#                (scripts/setup-deps.sh --release first), checked by
#                scripts/release-check.sh
#
# Everything is built with the tag migrated_fynedo (FyneApp.toml's
# [Migrations] fyneDo = true: callbacks run on Fyne's one event goroutine).

GO     ?= go
TAGS   := migrated_fynedo
BINARY := teilhabelotse
# Arguments for the program, e.g. make run ARGS="--lang en"
ARGS   ?=

.PHONY: all run build test deps test-deps fmt-check vet lint unit smoke clean third-party release release-deps screenshots duplicates

all: build

run: deps build
	./$(BINARY) $(ARGS)

build:
	$(GO) build -tags $(TAGS) -o $(BINARY) .

deps:
	@scripts/setup-deps.sh

test-deps:
	@scripts/setup-deps.sh --test

test: test-deps fmt-check vet lint unit smoke

fmt-check:
	@files="$$(gofmt -l .)"; \
	if [ -n "$$files" ]; then \
		echo "gofmt: these files need formatting (gofmt -w):"; echo "$$files"; exit 1; \
	fi; echo "gofmt: ok"

vet:
	$(GO) vet -tags $(TAGS) ./...

# staticcheck, the version scripts/setup-deps.sh --test installs.
STATICCHECK ?= $(or $(shell $(GO) env GOBIN),$(shell $(GO) env GOPATH)/bin)/staticcheck
lint:
	$(STATICCHECK) -tags $(TAGS) ./...

# TEILHABELOTSE_CRASH_GUI=1: the crash test of the window (crashgui_test.go,
# about five minutes) runs here, not in every plain go test.
unit:
	TEILHABELOTSE_CRASH_GUI=1 $(GO) test -tags $(TAGS) -timeout 30m ./...

smoke:
	scripts/smoke.sh

duplicates:
	@scripts/duplicates.sh

# The screenshot and sample generators are tools, not tests: they compile
# only with the tag "screenshots" and write pictures to look at (and to copy
# into docs/screenshots by choice); they assert nothing.
SHOTS ?= /tmp/teilhabelotse-shots
screenshots:
	mkdir -p $(SHOTS)/pdf
	UI_SCREENSHOTS=$(SHOTS) PDFSHOTS=$(SHOTS)/pdf $(GO) test -tags '$(TAGS) screenshots' -count=1 -run 'TestScreenshots|TestWriteSamples' ./ui/ ./pdf/
	cd $(SHOTS)/pdf && for f in *.pdf; do pdftoppm -png -r 60 $$f $${f%.pdf}; done
	@echo "pictures in $(SHOTS)"

# go test fails (scripts/thirdparty) while THIRD_PARTY.md is out of date.
third-party:
	$(GO) run ./scripts/thirdparty -w THIRD_PARTY.md

release-deps:
	@scripts/setup-deps.sh --release

release: release-deps
	scripts/release.sh
	scripts/release-check.sh

clean:
	rm -f $(BINARY) $(BINARY).exe
	rm -rf out dist
