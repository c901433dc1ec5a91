# adder: build, install, test and measure.
#   make run    build, install the kernelspec for this user, run the tour notebook
#   make test   every test (Go unit and integration tests, conformance, real Jupyter clients)
#   make bench  speed and memory against CPython 3.12 and ipykernel, as ratios

GO      ?= go
BIN     := $(CURDIR)/bin/adder
PYTHON  := /usr/bin/python3
export CGO_ENABLED := 0
export ADDER_BIN := $(BIN)

.PHONY: all build install run test test-go test-conformance test-clients bench deps vet clean

all: build

# TAGS=sqlite links SQLite for the sqlite3 module (5 MB of binary, about
# 2 MB of a kernel's idle memory).
TAGS    ?=

build:
	$(GO) build -trimpath -tags "$(TAGS)" -o $(BIN) ./cmd/adder

deps:
	scripts/deps.sh

install: build
	$(BIN) install --user

run: deps install
	$(BIN) nbrun notebooks/tour.ipynb

vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags sqlite ./interp/stdlib

test: deps build vet test-go test-clients

test-go: build
	$(GO) test -count=1 -timeout 20m ./...
	$(GO) test -count=1 -tags sqlite ./interp/stdlib

test-clients: build
	$(PYTHON) -m pytest -q -p no:cacheprovider tests/

bench: deps build
	$(GO) build -trimpath -o bin/adder-bench ./cmd/adder-bench
	scripts/bench.sh

clean:
	rm -rf bin
