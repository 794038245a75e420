# migof: `make run` and `make test` work on a fresh Debian machine with the Swift toolchain.
SWIFT      ?= swift
PREFIX     ?= /usr/local
CONFIG     ?= release
BIN         = .build/$(CONFIG)/migof
SYSTEM_PKGS = libncurses-dev tmux

.PHONY: all deps build run test unit e2e install clean data goldens bench

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
	install -m 644 Sources/MigofCore/Resources/* $(DESTDIR)$(PREFIX)/share/migof/
	install -m 644 Themes/*.json $(DESTDIR)$(PREFIX)/share/migof/themes/

# Rebuild the bundled default store from the bundled CSV with migof's own importer.
data: build
	rm -f .build/store.json.new
	$(BIN) import sdg Sources/MigofCore/Resources/sdg-10-7-2.csv --store .build/store.json.new --new
	mv .build/store.json.new Sources/MigofCore/Resources/store.json
	rm -f .build/store.json.new.bak .build/store.json.new.lock

# Start-up and key-to-frame timings in a 200x60 pseudo-terminal (medians, see docs/performance.md).
bench: build
	python3 Tests/bench/bench.py $(BIN)

clean:
	rm -rf .build

# Rewrite the golden screens after an intended change of look; review the diff before committing.
goldens: deps
	MIGOF_UPDATE_GOLDENS=1 $(SWIFT) test --filter GoldenScreenTests
