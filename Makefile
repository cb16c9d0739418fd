# A thin wrapper over CMake for the README's two commands:
#   make demo   build, resolve the bundled multi-agency sample with
#               aka-resolve and print its report, normalise a multi-script
#               sample, then the normalisation and name-matching benchmark
#               summaries and a 100,000-record resolution against the two
#               baselines (aka-bench)
#   make bench  build, then the benchmark harness against its baselines
#   make test   build normally, with ASan+UBSan and with ThreadSanitizer (the
#               threading tests), then run every test
# Both first install missing Debian/Ubuntu build dependencies when run as
# root, or print the exact apt-get command otherwise.

BUILD      ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=

# Debian package names; everything the build, tests and checks use.
DEB_PACKAGES := build-essential cmake pkg-config libicu-dev libxxhash-dev \
                libcmocka-dev python3 abigail-tools clang

.PHONY: demo test deps build build-test build-asan fuzz clean bench

deps:
	@command -v dpkg-query >/dev/null 2>&1 || exit 0; \
	missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "make: installing build dependencies:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "make: missing build dependencies. Install them with:"; \
	  echo "  sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAKA_WERROR=OFF $(CMAKE_ARGS)
	cmake --build $(BUILD) -j$(JOBS)

build-test: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAKA_WERROR=ON $(CMAKE_ARGS)
	cmake --build $(BUILD) -j$(JOBS)

build-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAKA_WERROR=ON \
	  -DAKA_SANITIZE=ON -DAKA_BUILD_BENCH=OFF $(CMAKE_ARGS)
	cmake --build $(ASAN_BUILD) -j$(JOBS)

# ThreadSanitizer over the tests that share handles between threads.
build-tsan: deps
	cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAKA_WERROR=ON \
	  -DCMAKE_C_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread \
	  -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread -DAKA_BUILD_BENCH=OFF \
	  -DAKA_BUILD_EXAMPLES=OFF -DAKA_ABI_CHECK=OFF $(CMAKE_ARGS)
	cmake --build $(TSAN_BUILD) -j$(JOBS) --target test_core test_resolve test_engine test_estimate test_snapshot test_changes

DEMO_OUT = $(BUILD)/demo

demo: build
	@mkdir -p $(DEMO_OUT)
	$(BUILD)/examples/aka-resolve --report --truth person \
	  --output $(DEMO_OUT)/entities.csv \
	  --possible-matches $(DEMO_OUT)/possible_matches.jsonl \
	  --explain $(DEMO_OUT)/explanations.jsonl examples/data/agencies.csv
	@echo "demo: entities, possible matches and explanations are in $(DEMO_OUT)/"
	$(BUILD)/examples/normalize_demo examples/data/sample_values.tsv
	$(BUILD)/bench/bench_normalize --n 200000 --reps 3 --summary
	$(BUILD)/bench/bench_names --summary
	$(BUILD)/bench/bench_names --speed --pairs 50000 --reps 3 --summary
	$(BUILD)/bench/aka-bench --n 100000 --reps 1 --scenarios resolve \
	  --out $(DEMO_OUT)/bench > /dev/null
	@sed -n '/^## Bulk resolution/,/^Where libaka/p' $(DEMO_OUT)/bench/report.md | grep -v '^Where libaka'
	@echo "demo: the benchmark's full report is $(DEMO_OUT)/bench/report.md"

# `make bench`: the harness (bench/README.md) at 10,000 and 100,000 records,
# three repetitions; report.md, report.json and the SVG chart in bench-out/.
bench: build
	$(BUILD)/bench/aka-bench --n 10000,100000 --reps 3 --out bench-out

# `make test` also fuzzes briefly when clang (libFuzzer) is available.
FUZZ_DEP := $(shell command -v clang >/dev/null 2>&1 && echo fuzz)

test: build-test build-asan build-tsan $(FUZZ_DEP)
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)
	TSAN_OPTIONS=halt_on_error=1 \
	  ctest --test-dir $(TSAN_BUILD) --output-on-failure -R 'test_(core|resolve|engine|estimate|snapshot|changes)$$'

# ---- fuzz: libFuzzer targets (tests/fuzz/), clang only ----------------------
# Builds the targets with ASan+UBSan and coverage-instrumented library
# objects, then fuzzes each for FUZZ_SECONDS over a scratch copy of its seed
# corpus (the checked-in corpus is never modified). Every target runs even
# after a failure; crash reproducers land in $(FUZZ_BUILD)/artifacts/.
# The seed is fixed so that `make test` walks the same mutations on every
# run and a clean tree stays green: a find is a regression of inputs already
# explored, not the luck of the minute. A campaign that looks for new bugs
# takes a random seed: make fuzz FUZZ_SEED=0 FUZZ_SECONDS=600.
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 5
FUZZ_SEED    ?= 1
FUZZ_MAX_LEN ?= 1024

fuzz: deps
	CC=clang cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DAKA_FUZZ=ON -DAKA_BUILD_BENCH=OFF -DAKA_BUILD_EXAMPLES=OFF $(CMAKE_ARGS)
	cmake --build $(FUZZ_BUILD) -j$(JOBS) --target aka_fuzzers
	@rm -rf $(FUZZ_BUILD)/corpora && mkdir -p $(FUZZ_BUILD)/corpora $(FUZZ_BUILD)/artifacts; \
	failed=""; \
	for t in $$(cd tests/fuzz && ls fuzz_*.c | sed 's/\.c$$//') fuzz_engine_nomem; do \
	  cp -R tests/fuzz/corpora/$$t $(FUZZ_BUILD)/corpora/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS)s"; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    $(FUZZ_BUILD)/tests/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -seed=$(FUZZ_SEED) -max_len=$(FUZZ_MAX_LEN) -print_final_stats=0 \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/$$t- \
	    $(FUZZ_BUILD)/corpora/$$t > $(FUZZ_BUILD)/$$t.log 2>&1 \
	    || { failed="$$failed $$t"; \
	         grep -E "invariant violated|ERROR:|SUMMARY:|^Base64:" $(FUZZ_BUILD)/$$t.log; }; \
	done; \
	if [ -n "$$failed" ]; then \
	  echo "fuzz: invariant violations or crashes in:$$failed"; \
	  echo "fuzz: reproducers in $(FUZZ_BUILD)/artifacts/, logs in $(FUZZ_BUILD)/*.log"; \
	  exit 1; \
	fi; \
	echo "fuzz: all targets ran $(FUZZ_SECONDS)s without a finding"

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(FUZZ_BUILD)
