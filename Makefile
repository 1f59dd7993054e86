# Altitude: the two commands a new machine needs are `make demo` and `make test`.
SWIFT ?= swift
SHARED ?= ../shared
RELEASE := .build/release/altitude
SAMPLE := SampleData/vp-google.ics SampleData/vp-outlook.ics
# Scores a labelled calendar (scripts/evaluate.py): the gap, the unclassified share, the range's coverage and width.
EVALUATE = .venv/bin/python scripts/evaluate.py --altitude .build/debug/altitude
# The weeks the held-out labelled calendars (Tests/Holdout/*/) cover: 2026-W37..W48.
HOLDOUT_WEEKS := --from 2026-09-07 --to 2026-11-30
# install: where, and which binary (`make check-install` installs the debug one that `make test` built).
PREFIX ?= /usr/local
DESTDIR ?=
BINARY ?= $(RELEASE)
BINDIR = $(PREFIX)/bin
MAN1DIR = $(PREFIX)/share/man/man1
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/site-functions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d
# Where install-files puts the man pages and completions made from BINARY: .build-man/release or /debug.
STAGE = .build-man/$(notdir $(patsubst %/,%,$(dir $(BINARY))))
# fuzz: seconds per target (five targets: importer, rules, profile, orgchart, config).
FUZZ_SECONDS ?= 60
# The coach demo: its own store, and "now" pinned to the day after the sample clients' last week.
COACH := ALTITUDE_STORE=reports/coach/clients.sqlite ALTITUDE_NOW=2026-11-25T09:00:00Z $(RELEASE)

.PHONY: demo test release conformance evaluate bench install-files install uninstall check-install fuzz fuzz-ci clean

## demo: install what is missing, build, and run Altitude on the bundled SampleData: the week's report,
## 26 weeks of trend, the HTML report (reports/sample-vp.html), the series `altitude label` would ask about,
## the weekly digest email, previewed; then a
## coach's portfolio of the three sample clients in SampleData/clients/ (a store of their own, reports/coach/): a
## session with commitments and the weeks after it measured against them, a what-if, the portfolio, its HTML
## page, and a redacted session pack.
demo: release
	$(RELEASE) report $(SAMPLE) --profile SampleData/profile.yaml --week 2026-W47
	@echo
	$(RELEASE) trends $(SAMPLE) --profile SampleData/profile.yaml --week 2026-W47 --weeks 26
	@echo
	mkdir -p reports
	$(RELEASE) report $(SAMPLE) --profile SampleData/profile.yaml --week 2026-W47 --weeks 26 --format html --output reports/sample-vp.html
	@echo
	@# What a first run asks the leader to check: the series with the most hours at each level (a terminal asks for a level).
	$(RELEASE) label --review $(SAMPLE) --profile SampleData/profile.yaml --limit 10 --quiet
	@echo
	@# The digest reads a store: a demo one, with recurring meetings kept to 26 weeks after the demo week.
	rm -f reports/demo.sqlite
	ALTITUDE_NOW=2026-11-23T09:00:00Z $(RELEASE) import $(SAMPLE) --profile SampleData/profile.yaml --store reports/demo.sqlite --quiet >/dev/null
	$(RELEASE) digest --dry-run --week 2026-W47 --store reports/demo.sqlite
	@echo
	rm -rf reports/coach
	for client in atlas beacon cobalt; do \
		$(COACH) clients add $$client --profile SampleData/clients/$$client.yaml --source SampleData/clients/$$client.ics --quiet || exit 1; \
	done
	@# A session with commitments, measured in each week after it (2026-W43 to W47), and what handing off would do.
	$(COACH) sessions add --client atlas --date 2026-10-12 --note "delegating the weekly ops review" \
		--commit "hand-off: Weekly project status review to Alex" --commit "stop: Engineering daily standup" \
		--commit "limit: detail-reviews=2h" --commit "focus: 2x3h" --commit "hold: 25%"
	$(COACH) report --client atlas --week 2026-W47
	$(COACH) whatif --client atlas --week 2026-W47 --hand-off "Weekly project status review" --limit detail-reviews=1h
	$(COACH) portfolio --week 2026-W47
	$(COACH) portfolio --week 2026-W47 --weeks 16 --format html --output reports/coach/portfolio.html
	$(COACH) report --client atlas --week 2026-W47 --format html --redact --output reports/coach/atlas-session-pack.html

## test: install what is missing, run the test suite, the rules' evaluation, then conformance against ../shared when it is there.
test:
	scripts/setup.sh --test
	$(SWIFT) test
	@# The range around each share is calibrated on the development calendars; the file must be what the rules measure.
	.venv/bin/python scripts/calibrate.py --altitude .build/debug/altitude --check > /dev/null
	$(EVALUATE) --check
	$(EVALUATE) --check --data SampleData --from 2026-05-25 --to 2026-11-30
	@# The development calendars (Tests/Development/*/, 2026-W10..W22): held to the goals, as the two above, but for the
	@# range's width: 15.5-17.5 points with the calibration that also holds the rules' first passes (README, "How sure").
	for calendar in Tests/Development/*/; do \
		$(EVALUATE) --check --data $$calendar --from 2026-03-02 --to 2026-06-01 --max-width 18 || exit 1; \
	done
	@# The held-out calendars (never tuned against), each held at the level it measured: none may get worse unnoticed.
	$(EVALUATE) --check --data Tests/Holdout/fulfillment-director $(HOLDOUT_WEEKS) --max-gap 6.5 --max-unclassified 4.5 \
		--min-coverage 83 --max-width 16
	$(EVALUATE) --check --data Tests/Holdout/head-of-finance $(HOLDOUT_WEEKS) --max-gap 6.5 --max-unclassified 1 \
		--min-coverage 66 --max-width 16
	$(EVALUATE) --check --data Tests/Holdout/vp-marketing $(HOLDOUT_WEEKS) --max-gap 15.5 --max-unclassified 3 \
		--min-coverage 25 --max-width 18
	$(EVALUATE) --check --data Tests/Holdout/customer-support-director $(HOLDOUT_WEEKS) --max-gap 10.5 --max-unclassified 3 \
		--min-coverage 66 --max-width 16.5
	$(EVALUATE) --check --data Tests/Holdout/chief-of-staff $(HOLDOUT_WEEKS) --max-gap 10.5 --max-unclassified 1 \
		--min-coverage 41 --max-width 13.5
	@if [ -d "$(SHARED)/corpus" ]; then \
		.venv/bin/python scripts/conformance.py --altitude .build/debug/altitude --shared "$(SHARED)" && \
		.venv/bin/python scripts/conformance.py --altitude .build/debug/altitude --shared "$(SHARED)" \
			--corpus Tests/Corpus --baseline own-corpus; \
	else \
		echo "conformance: $(SHARED)/corpus not found; skipped"; \
	fi

## release: the shipping build (static Swift runtime: one self-contained binary).
release:
	scripts/setup.sh
	$(SWIFT) build -c release --static-swift-stdlib

## install-files: what install copies besides the binary, made as you (it needs Swift): a man page per command
## (swift-argument-parser's generate-manual) and the bash, zsh and fish completions, in .build-man/.
install-files: $(STAGE)/.staged

$(STAGE)/.staged: $(BINARY)
	SWIFT="$(SWIFT)" scripts/manpages.sh $(BINARY) $(STAGE)/man1
	rm -rf $(STAGE)/completions && mkdir -p $(STAGE)/completions
	$(BINARY) --generate-completion-script bash > $(STAGE)/completions/altitude
	$(BINARY) --generate-completion-script zsh > $(STAGE)/completions/_altitude
	$(BINARY) --generate-completion-script fish > $(STAGE)/completions/altitude.fish
	touch $@

## install: the release binary (built first if there is none), its man pages and completions, under
## $(DESTDIR)$(PREFIX): bin/, share/man/man1/, share/bash-completion/completions/, share/zsh/site-functions/,
## share/fish/vendor_completions.d/.
install: $(STAGE)/.staged
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MAN1DIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 0755 $(BINARY) "$(DESTDIR)$(BINDIR)/altitude"
	install -m 0644 $(STAGE)/man1/altitude*.1 "$(DESTDIR)$(MAN1DIR)/"
	install -m 0644 $(STAGE)/completions/altitude "$(DESTDIR)$(BASHDIR)/altitude"
	install -m 0644 $(STAGE)/completions/_altitude "$(DESTDIR)$(ZSHDIR)/_altitude"
	install -m 0644 $(STAGE)/completions/altitude.fish "$(DESTDIR)$(FISHDIR)/altitude.fish"

$(RELEASE):
	$(MAKE) release

## uninstall: removes what install put (same PREFIX and DESTDIR); leaves the directories.
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/altitude" "$(DESTDIR)$(MAN1DIR)/altitude.1" "$(DESTDIR)$(MAN1DIR)"/altitude.*.1 \
		"$(DESTDIR)$(BASHDIR)/altitude" "$(DESTDIR)$(ZSHDIR)/_altitude" "$(DESTDIR)$(FISHDIR)/altitude.fish"

## check-install: install into a scratch DESTDIR, check every file and that the installed binary runs, uninstall,
## and check nothing is left. CI runs it on the debug binary `make test` built (no release build).
check-install:
	scripts/check-install.sh $(if $(filter command line environment,$(origin BINARY)),$(BINARY),.build/debug/altitude)

## fuzz: build the libFuzzer targets (Fuzz/) and run each for FUZZ_SECONDS; fails on a crash and leaves the input
## in .build-fuzz/artifacts/. fuzz-ci: the short, repeatable run CI does (10 s each).
fuzz:
	scripts/setup.sh
	SWIFT="$(SWIFT)" scripts/fuzz.sh --seconds $(FUZZ_SECONDS)

fuzz-ci:
	scripts/setup.sh
	SWIFT="$(SWIFT)" scripts/fuzz.sh --ci

conformance: release
	scripts/setup.sh --test
	.venv/bin/python scripts/conformance.py --altitude $(RELEASE) --shared "$(SHARED)" --verbose

## evaluate: how well the rules classify the labelled calendars, week by week.
evaluate: release
	scripts/setup.sh --test
	.venv/bin/python scripts/evaluate.py
	.venv/bin/python scripts/evaluate.py --data SampleData --from 2026-05-25 --to 2026-11-30
	for calendar in Tests/Development/*/; do .venv/bin/python scripts/evaluate.py --data $$calendar --from 2026-03-02 --to 2026-06-01 || exit 1; done
	for holdout in Tests/Holdout/*/; do .venv/bin/python scripts/evaluate.py --data $$holdout $(HOLDOUT_WEEKS) || exit 1; done

## bench: Altitude beside the bare-libical floor and the Python route, as ratios.
bench: release
	scripts/setup.sh --test
	.venv/bin/python scripts/benchmark.py --runs 9 --shared "$(SHARED)"

clean:
	rm -rf .build .build-fuzz .build-man bench-out .venv
