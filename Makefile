# Altitude: the two commands a new machine needs are `make demo` and `make test`.
SWIFT ?= swift
SHARED ?= ../shared
RELEASE := .build/release/altitude
SAMPLE := SampleData/vp-google.ics SampleData/vp-outlook.ics

.PHONY: demo test release conformance bench clean

## demo: install what is missing, build, and run Altitude on the bundled SampleData.
demo: release
	$(RELEASE) events $(SAMPLE) --from 2026-11-16 --to 2026-11-23 --timezone America/New_York

## test: install what is missing, run the test suite, then conformance against ../shared when it is there.
test:
	scripts/setup.sh --test
	$(SWIFT) test
	@if [ -d "$(SHARED)/corpus" ]; then \
		.venv/bin/python scripts/conformance.py --altitude .build/debug/altitude --shared "$(SHARED)"; \
	else \
		echo "conformance: $(SHARED)/corpus not found; skipped"; \
	fi

## release: the shipping build (static Swift runtime: one self-contained binary).
release:
	scripts/setup.sh
	$(SWIFT) build -c release --static-swift-stdlib

conformance: release
	scripts/setup.sh --test
	.venv/bin/python scripts/conformance.py --altitude $(RELEASE) --shared "$(SHARED)" --verbose

## bench: Altitude beside the bare-libical floor and the Python route, as ratios.
bench: release
	scripts/setup.sh --test
	.venv/bin/python scripts/benchmark.py --shared "$(SHARED)"

clean:
	rm -rf .build bench-out .venv
