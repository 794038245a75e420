# migof: `make run` and `make test` work on a fresh Debian machine with the Swift toolchain.
SWIFT      ?= swift
PREFIX     ?= /usr/local
CONFIG     ?= release
BIN         = .build/$(CONFIG)/migof
SYSTEM_PKGS = libncurses-dev tmux strace
# The report tests open the HTML in a real browser and read its PDF back: only tests need them.
BROWSER_PKGS = chromium poppler-utils

.PHONY: all deps test-deps bench-deps build run test unit e2e man install uninstall clean data resources goldens bench fuzz fuzz-readers

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

# deps plus the browser the report tests print with; as quiet as deps when all are present.
test-deps:
	@$(MAKE) --no-print-directory deps SYSTEM_PKGS="$(SYSTEM_PKGS) $(BROWSER_PKGS)"

test: test-deps
	$(SWIFT) build -c $(CONFIG) --product migof
	$(SWIFT) test
	$(SWIFT) build --product MigofFuzz
	.build/debug/MigofFuzz Tests/fuzz/corpus
	MIGOF=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

unit: deps
	$(SWIFT) test

e2e: build test-deps
	MIGOF=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh

# What `make install` puts under $(PREFIX), and exactly what `make uninstall` removes.
RESOURCES   = $(notdir $(wildcard Sources/MigofCore/Resources/*.*))
FRAMEWORKS  = $(notdir $(wildcard Sources/MigofCore/Resources/frameworks/*.json))
THEMES      = $(notdir $(wildcard Themes/*.json))
SHARE       = $(DESTDIR)$(PREFIX)/share/migof
MANPAGE     = $(DESTDIR)$(PREFIX)/share/man/man1/migof.1
BASH_COMP   = $(DESTDIR)$(PREFIX)/share/bash-completion/completions/migof
ZSH_COMP    = $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_migof
FISH_COMP   = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/migof.fish
# The manual's date: the last commit's, so the page is the same on every machine.
MAN_DATE   ?= $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

# migof.1 from the argument parser itself (swift-argument-parser's manual plugin; works offline
# once the package's dependencies are fetched).
# Regenerated only when the binary changed, since the plugin builds the tool again (about a minute).
man: build .build/migof.1

.build/migof.1: $(BIN)
	$(SWIFT) package --disable-sandbox plugin generate-manual --date $(MAN_DATE) --authors "migof contributors"
	cp .build/plugins/GenerateManual/outputs/migof/migof.1 $@

install: build man
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/themes $(SHARE)/frameworks $(dir $(MANPAGE)) $(dir $(BASH_COMP)) $(dir $(ZSH_COMP)) $(dir $(FISH_COMP))
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/migof
	install -m 644 $(addprefix Sources/MigofCore/Resources/,$(RESOURCES)) $(SHARE)/
	install -m 644 $(addprefix Sources/MigofCore/Resources/frameworks/,$(FRAMEWORKS)) $(SHARE)/frameworks/
	install -m 644 $(addprefix Themes/,$(THEMES)) $(SHARE)/themes/
	install -m 644 .build/migof.1 $(MANPAGE)
	$(BIN) --generate-completion-script bash > $(BASH_COMP)
	$(BIN) --generate-completion-script zsh > $(ZSH_COMP)
	$(BIN) --generate-completion-script fish > $(FISH_COMP)
	chmod 644 $(BASH_COMP) $(ZSH_COMP) $(FISH_COMP)

# Removes exactly what install wrote; folders only when they are migof's own and left empty.
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/migof $(addprefix $(SHARE)/,$(RESOURCES)) $(addprefix $(SHARE)/themes/,$(THEMES)) \
	  $(addprefix $(SHARE)/frameworks/,$(FRAMEWORKS))
	rm -f $(MANPAGE) $(BASH_COMP) $(ZSH_COMP) $(FISH_COMP)
	-rmdir $(SHARE)/themes $(SHARE)/frameworks $(SHARE) 2>/dev/null

# Rebuild the bundled default store from the bundled CSV with migof's own importer.
data: build
	rm -f .build/store.json.new
	$(BIN) import sdg Sources/MigofCore/Resources/sdg-10-7-2.csv --store .build/store.json.new --new
	mv .build/store.json.new Sources/MigofCore/Resources/store.json
	rm -f .build/store.json.new.bak .build/store.json.new.lock
	bash Sources/MigofCore/Embedded/embed-resources.sh

# The copy of the resources every binary carries, for a binary copied alone (EmbeddedResources);
# run after changing a framework, theme or bundled file. EmbeddedResourcesTests checks it.
resources:
	bash Sources/MigofCore/Embedded/embed-resources.sh

# The benchmark compares with jq too; only it needs jq, so only it installs it.
bench-deps:
	@$(MAKE) --no-print-directory deps SYSTEM_PKGS="$(SYSTEM_PKGS) jq"

# One table: load against python3 and jq, first paint and first full frame, key to frame, save,
# memory, at the bundled store and synthetic stores of BENCH_SIZES entities (see
# docs/performance.md). BENCH_SIZES=2000,20000,100000 adds the largest (about 2 GB, minutes).
BENCH_SIZES ?= 2000,20000
bench: bench-deps build
	MIGOF_BENCH_ENTITIES=$(BENCH_SIZES) python3 Tests/bench/bench.py $(BIN)

# The long fuzz and fault runs: libFuzzer on each reader (store decoders, journal, framework,
# theme) for FUZZ_SECONDS each, then 100 times the counts of `make test` (2,000,000 key events),
# optimised in a build folder of their own (so the release binary is not rebuilt), with a fresh
# seed each run (printed on failure; replay with FUZZ_SEED=...), then the unit tests once under
# AddressSanitizer. `make fuzz-readers FUZZ_SECONDS=3600` runs only the first part, longer.
FUZZ_SCALE   ?= 100
FUZZ_SEED    ?= $(shell date +%s)
FUZZ_SECONDS ?= 30
# ld.gold fails on the fuzzer runtime's objects; lld links them.
FUZZ_FLAGS    = -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DMIGOF_LIBFUZZER -Xswiftc -use-ld=lld

fuzz-readers:
	$(SWIFT) build -c release --product MigofFuzz --scratch-path .build/fuzz-lib $(FUZZ_FLAGS)
	$(SWIFT) build --product MigofFuzz
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Tests/fuzz/run.sh .build/fuzz-lib/release/MigofFuzz

fuzz: build fuzz-readers
	MIGOF_FUZZ_SCALE=$(FUZZ_SCALE) MIGOF_FUZZ_SEED=$(FUZZ_SEED) $(SWIFT) test -c release -Xswiftc -enable-testing \
	  --scratch-path .build/fuzz --filter FuzzTests
	MIGOF_FUZZ_SCALE=$(FUZZ_SCALE) MIGOF_FUZZ_SEED=$(FUZZ_SEED) MIGOF_E2E_SUITES=fault.sh MIGOF=$(CURDIR)/$(BIN) bash Tests/e2e/run.sh
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/fuzz/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build/asan

clean:
	rm -rf .build

# Rewrite the golden screens after an intended change of look; review the diff before committing.
goldens: deps
	MIGOF_UPDATE_GOLDENS=1 $(SWIFT) test --filter 'GoldenScreenTests|HardTextGoldenTests|FrameworkScreenTests|ConflictGoldenTests|WorldScreensGoldenTests'
