# A thin wrapper over CMake for the README's two commands:
#   make demo   build, then normalise the bundled multi-script sample
#   make test   build normally and with ASan+UBSan, then run every test
# Both first install missing Debian/Ubuntu build dependencies when run as
# root, or print the exact apt-get command otherwise.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=

# Debian package names; everything the build, tests and checks use.
DEB_PACKAGES := build-essential cmake pkg-config libicu-dev libxxhash-dev \
                libcmocka-dev python3 abigail-tools clang

.PHONY: demo test deps build build-test build-asan clean

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

demo: build
	$(BUILD)/examples/normalize_demo examples/data/sample_values.tsv
	$(BUILD)/bench/bench_normalize --n 200000 --reps 3 --summary

test: build-test build-asan
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
