# migof: `make run` and `make test` work on a fresh Debian machine with the Swift toolchain.
SWIFT      ?= swift
PREFIX     ?= /usr/local
CONFIG     ?= release
BIN         = .build/$(CONFIG)/migof
SYSTEM_PKGS = libncurses-dev tmux

.PHONY: all deps bench-deps build run test unit e2e install clean data goldens bench fuzz

all: build

# Install only the system packages that are missing, so repeat runs cost nothing.
# python3 drives a few end-to-end checks and the benchmark; any python3 on PATH will do.
deps:
	@missing=""; \
	for p in $(SYSTEM_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product migof

run: build
	$(BIN) $(ARGS)

test: deps
	$(SWIFT) build -c $(CONFIG) --product migof
	$(SWIFT) test
	MIGOF=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

unit: deps
	$(SWIFT) test

e2e: build
	MIGOF=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/migof/themes
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/migof
	install -d $(DESTDIR)$(PREFIX)/share/migof/frameworks
	install -m 644 Sources/MigofCore/Resources/*.* $(DESTDIR)$(PREFIX)/share/migof/
	install -m 644 Sources/MigofCore/Resources/frameworks/*.json $(DESTDIR)$(PREFIX)/share/migof/frameworks/
	install -m 644 Themes/*.json $(DESTDIR)$(PREFIX)/share/migof/themes/

# Rebuild the bundled default store from the bundled CSV with migof's own importer.
data: build
	rm -f .build/store.json.new
	$(BIN) import sdg Sources/MigofCore/Resources/sdg-10-7-2.csv --store .build/store.json.new --new
	mv .build/store.json.new Sources/MigofCore/Resources/store.json
	rm -f .build/store.json.new.bak .build/store.json.new.lock

# The benchmark compares with jq too; only it needs jq, so only it installs it.
bench-deps:
	@$(MAKE) --no-print-directory deps SYSTEM_PKGS="$(SYSTEM_PKGS) jq"

# One table: load against python3 and jq, first paint and first full frame, key to frame, save,
# memory, at the bundled store and synthetic stores of BENCH_SIZES entities (see
# docs/performance.md). BENCH_SIZES=2000,20000,100000 adds the largest (about 2 GB, minutes).
BENCH_SIZES ?= 2000,20000
bench: bench-deps build
	MIGOF_BENCH_ENTITIES=$(BENCH_SIZES) python3 Tests/bench/bench.py $(BIN)

# The long fuzz and fault runs: 100 times the counts of `make test` (2,000,000 key events),
# optimised in a build folder of their own (so the release binary is not rebuilt), with a fresh
# seed each run (printed on failure; replay with FUZZ_SEED=...).
FUZZ_SCALE ?= 100
FUZZ_SEED  ?= $(shell date +%s)
fuzz: build
	MIGOF_FUZZ_SCALE=$(FUZZ_SCALE) MIGOF_FUZZ_SEED=$(FUZZ_SEED) $(SWIFT) test -c release -Xswiftc -enable-testing \
	  --scratch-path .build/fuzz --filter FuzzTests
	MIGOF_FUZZ_SCALE=$(FUZZ_SCALE) MIGOF_FUZZ_SEED=$(FUZZ_SEED) MIGOF_E2E_SUITES=fault.sh MIGOF=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

clean:
	rm -rf .build

# Rewrite the golden screens after an intended change of look; review the diff before committing.
goldens: deps
	MIGOF_UPDATE_GOLDENS=1 $(SWIFT) test --filter 'GoldenScreenTests|HardTextGoldenTests|FrameworkScreenTests'
