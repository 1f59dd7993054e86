#!/usr/bin/env bash
# Builds and runs Altitude's libFuzzer targets (Fuzz/*.swift):
#   importer  CalendarImporter.read: the calendar scanner, libical, series expansion
#   rules     RuleSet.load: a user's rules file after the shipped ladder, or after all the shipped
#             rules when its first line is `#shipped` (Fuzz/FuzzRules.swift says why)
#   profile   ProfileLoader.parse: the profile parser
#   orgchart  OrgChart.parse and the placements, and a chart as a profile names it
#   config    config.yaml's mail section: MailSettings.parse, transports, recipients
#
# usage: scripts/fuzz.sh [--seconds N] [--ci] [--build] [TARGET...]
#   --seconds N  how long each target runs (default $FUZZ_SECONDS, else 60)
#   --ci         a short, repeatable run: a fresh corpus from the seeds only (in corpus-ci/), a fixed seed, 10 s each
#   --build      build the targets only
#
# The package is not changed and its normal build is not touched: `swift build` compiles the
# library targets the harnesses need into .build-fuzz with libFuzzer's coverage instrumentation
# and AddressSanitizer (through a toolset, so the rules-embedding build tool is compiled plainly),
# and swiftc links each harness against those objects with -sanitize=fuzzer,address.
# Seeds are the committed fixtures, copied into .build-fuzz/corpus/TARGET at each run; what the
# fuzzer finds there is kept for the next `make fuzz`. A crash fails the run and leaves its input
# in .build-fuzz/artifacts/TARGET/; the log is .build-fuzz/logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SWIFTC=${SWIFTC:-swiftc}
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
SANITIZE=${FUZZ_SANITIZE:-fuzzer,address}   # fuzzer alone is faster; address also checks the C code
seconds=${FUZZ_SECONDS:-60}
ci=0
build_only=0
targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds=$2; explicit=1; shift 2 ;;
    --ci) ci=1; shift ;;
    --build) build_only=1; shift ;;
    importer|rules|profile|orgchart|config) targets+=("$1"); shift ;;
    *) echo "usage: scripts/fuzz.sh [--seconds N] [--ci] [--build] [importer|rules|profile|orgchart|config]..." >&2; exit 64 ;;
  esac
done
((${#targets[@]})) || targets=(importer rules profile orgchart config)
((ci && !${explicit:-0})) && seconds=10

# --- build ------------------------------------------------------------------------------------
mkdir -p "$SCRATCH/logs"
started=$SECONDS
# The clang side of $SANITIZE: coverage without libFuzzer's main, for the C targets (CZoneNames, CYaml).
csanitize=${SANITIZE/fuzzer/fuzzer-no-link}
toolset="$SCRATCH/toolset.json"
cat > "$toolset.new" <<EOF
{
  "schemaVersion": "1.0",
  "swiftCompiler": { "extraCLIOptions": ["-sanitize=$SANITIZE"] },
  "cCompiler": { "extraCLIOptions": ["-fsanitize=$csanitize"] }
}
EOF
cmp -s "$toolset.new" "$toolset" && rm "$toolset.new" || mv "$toolset.new" "$toolset"

swiftbuild=("$SWIFT" build --scratch-path "$SCRATCH" --toolset "$toolset")
for module in AltitudeImporter AltitudeRules AltitudeMail; do
  if ! "${swiftbuild[@]}" --target "$module" > "$SCRATCH/logs/build-$module.log" 2>&1; then
    grep -E "error:|warning: unable" "$SCRATCH/logs/build-$module.log" | head -40 >&2 || tail -40 "$SCRATCH/logs/build-$module.log" >&2
    echo "fuzz: building $module failed (log: $SCRATCH/logs/build-$module.log)" >&2
    exit 1
  fi
done
bin=$("${swiftbuild[@]}" --show-bin-path)

# A Swift target's objects, from its output file map (not a glob: a deleted source's stale
# object must not be linked); a C target's, by glob.
swift_objects() {
  python3 - "$bin/$1.build/output-file-map.json" <<'EOF'
import json, sys
for source, outputs in json.load(open(sys.argv[1])).items():
    if source and "object" in outputs:
        print(outputs["object"])
EOF
}
c_objects() { find "$bin/$1.build" -name '*.o' | sort; }

# lld is in the Swift toolchain and, unlike gold, quiet about ASan's local symbols.
linker=()
[ -x "$(dirname "$(command -v "$SWIFTC")")/ld.lld" ] && linker=(-use-ld=lld)
link() {  # link NAME SOURCE [swiftc arguments...]
  local name=$1 source=$2
  shift 2
  if ! "$SWIFTC" -sanitize="$SANITIZE" "${linker[@]}" -parse-as-library -swift-version 6 -g -Onone \
      -module-name "Fuzz_$name" -I "$bin/Modules" "$source" "$@" -o "$SCRATCH/fuzz-$name" \
      > "$SCRATCH/logs/link-$name.log" 2>&1; then
    grep -v "Cannot export local symbol" "$SCRATCH/logs/link-$name.log" | head -40 >&2
    echo "fuzz: linking fuzz-$name failed" >&2
    exit 1
  fi
}
mapfile -t model < <(swift_objects AltitudeModel)
mapfile -t importer < <(swift_objects AltitudeImporter)
mapfile -t rules < <(swift_objects AltitudeRules; swift_objects AltitudeYAML)
mapfile -t yams < <(swift_objects Yams; c_objects CYaml)
mapfile -t zonenames < <(c_objects CZoneNames)
mapfile -t mail < <(swift_objects AltitudeMail; swift_objects AltitudeYAML; c_objects CCurlTransfers; c_objects CBoundProcess)
read -r -a libical <<< "$(pkg-config --libs libical)"
yamsmap=(-Xcc -fmodule-map-file="$SCRATCH/checkouts/Yams/Sources/CYaml/include/module.modulemap")
for target in "${targets[@]}"; do
  case "$target" in
    importer)
      link importer Fuzz/FuzzImporter.swift \
        -Xcc -fmodule-map-file=Sources/CLibical/module.modulemap \
        -Xcc -fmodule-map-file="$bin/CZoneNames.build/module.modulemap" -Xcc -I -Xcc Sources/CZoneNames/include \
        "${importer[@]}" "${model[@]}" "${zonenames[@]}" "${libical[@]}" -licui18n -licuuc ;;
    rules) link rules Fuzz/FuzzRules.swift "${yamsmap[@]}" "${rules[@]}" "${model[@]}" "${yams[@]}" ;;
    profile) link profile Fuzz/FuzzProfile.swift "${yamsmap[@]}" "${rules[@]}" "${model[@]}" "${yams[@]}" ;;
    orgchart) link orgchart Fuzz/FuzzOrgChart.swift "${yamsmap[@]}" "${rules[@]}" "${model[@]}" "${yams[@]}" ;;
    config)
      link config Fuzz/FuzzConfig.swift "${yamsmap[@]}" -Xcc -fmodule-map-file="$bin/CCurlTransfers.build/module.modulemap" -Xcc -I -Xcc Sources/CCurlTransfers/include \
        -Xcc -fmodule-map-file="$bin/CBoundProcess.build/module.modulemap" -Xcc -I -Xcc Sources/CBoundProcess/include \
        "${mail[@]}" "${model[@]}" "${yams[@]}" -ldl ;;
  esac
done
echo "fuzz: built ${targets[*]} in $((SECONDS - started)) s ($SCRATCH/fuzz-*)"
((build_only)) && exit 0

# --- run --------------------------------------------------------------------------------------
# seed TARGET CORPUS: copies the committed fixtures the target reads into its corpus.
seed() {
  local file
  case "$1" in
    importer) for file in Tests/AltitudeImporterTests/Fixtures/*; do cp "$file" "$2/seed-${file##*/}"; done ;;
    rules)
      for file in Rules/*.yaml; do cp "$file" "$2/seed-${file##*/}"; done
      # The YAML examples in Rules/README.md; the one that disables a rule (a user's rules over
      # the shipped ones: replacing, disabling, `after:`) also after all the shipped rules.
      awk -v dir="$2" '/^```yaml/ {n++; on=1; next} /^```/ {on=0} on {print > (dir "/seed-readme-" n ".yaml")}' Rules/README.md
      for file in $(grep -l "disable: true" "$2"/seed-readme-*.yaml); do
        [[ $file == *-shipped.yaml ]] || { echo "#shipped"; cat "$file"; } > "${file%.yaml}-shipped.yaml"
      done ;;
    profile) for file in SampleData/profile.yaml $(find Tests -name profile.yaml | sort); do cp "$file" "$2/seed-${file//\//_}"; done ;;
    orgchart) for file in Tests/AltitudeCLITests/OrgCharts/*.csv $(find Tests -name org.csv | sort); do cp "$file" "$2/seed-${file//\//_}"; done ;;
    config)
      # The config.yaml examples in README.md (the blocks that set `mail:`), and an empty file.
      awk -v dir="$2" '/^```yaml/ {n++; on=1; next} /^```/ {on=0} on {print > (dir "/seed-readme-" n ".yaml")}' README.md
      for file in "$2"/seed-readme-*.yaml; do grep -q "^mail:" "$file" || rm "$file"; done
      : > "$2/seed-empty.yaml" ;;
  esac
}
dictionary() { case "$1" in importer) echo Fuzz/ics.dict ;; orgchart) echo Fuzz/csv.dict ;; *) echo Fuzz/yaml.dict ;; esac; }

symbolizer=$(dirname "$(command -v "$SWIFTC")")/llvm-symbolizer
export ASAN_SYMBOLIZER_PATH=$symbolizer
# A leak is a finding too (libFuzzer runs LeakSanitizer when a run's mallocs and frees differ;
# caches reachable from globals are not leaks). FUZZ_LEAKS=0 turns it off.
leaks=${FUZZ_LEAKS:-1}
# Foundation's own leaks, each named and explained in the file.
export LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
# libFuzzer prints the crash's stack; Swift's own backtracer would trip AddressSanitizer.
export SWIFT_BACKTRACE=enable=no
failed=()
for target in "${targets[@]}"; do
  corpus="$SCRATCH/corpus/$target"
  if ((ci)); then corpus="$SCRATCH/corpus-ci/$target"; rm -rf "$corpus"; fi  # make fuzz's corpus is kept
  artifacts="$SCRATCH/artifacts/$target/"
  log="$SCRATCH/logs/$target.log"
  mkdir -p "$corpus" "$artifacts"
  seed "$target" "$corpus"
  options=(-max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=4096 -detect_leaks="$leaks"
           -dict="$(dictionary "$target")" -artifact_prefix="$artifacts" -print_final_stats=1)
  ((ci)) && options+=(-seed=1)
  echo "fuzz: $target for $seconds s (corpus $corpus)"
  status=0
  "$SCRATCH/fuzz-$target" "${options[@]}" "$corpus" > "$log" 2>&1 || status=$?
  runs=$(grep -o "stat::number_of_executed_units: *[0-9]*" "$log" | grep -o "[0-9]*$" || echo "?")
  if ((status == 0)); then
    echo "fuzz: $target: $runs runs, no crash"
    continue
  fi
  failed+=("$target")
  echo "fuzz: $target FAILED (exit $status) after $runs runs; log: $log" >&2
  # The report, demangled: from the first line about the crash (Swift's "Fatal error", the
  # sanitizer's, libFuzzer's) to the stack's end; then the input, also as Base64 for CI's log.
  awk '/Fatal error/ {print; next} /^==[0-9]+==|^ALARM|out-of-memory|ERROR: libFuzzer/ {on=1} /^MS: / {on=0} on' "$log" \
    | "$SWIFT" demangle --simplified | cut -c1-300 | head -80 >&2
  grep "^Base64: " "$log" | cut -c1-2000 >&2 || true
  for artifact in $(grep -o "Test unit written to .*" "$log" | sed 's/Test unit written to //'); do
    echo "fuzz: the input is $artifact; again: $SCRATCH/fuzz-$target $artifact" >&2
  done
done
echo "fuzz: $((SECONDS - started)) s in all"
if ((${#failed[@]})); then
  echo "fuzz: crashed: ${failed[*]}" >&2
  exit 1
fi
