#!/usr/bin/env bash
# Writes a man page per altitude command (altitude.1, altitude.events.1, …) into OUTDIR.
# usage: scripts/manpages.sh BINARY OUTDIR
#
# The pages come from swift-argument-parser's `generate-manual` tool, the one its GenerateManual
# plugin runs, reading BINARY's --experimental-dump-help. The plugin itself
# (`swift package plugin generate-manual`) first builds every product again, in release without
# --static-swift-stdlib, over .build/release/altitude; so the tool is built here on its own, from
# the pinned swift-argument-parser, in .build-man (a few seconds once built), and run on BINARY.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=${MAN_SCRATCH:-.build-man}
binary=${1:?usage: scripts/manpages.sh BINARY OUTDIR}
out=${2:?usage: scripts/manpages.sh BINARY OUTDIR}

[ -x "$binary" ] || { echo "manpages: $binary not found (make release builds it)" >&2; exit 1; }
log="$SCRATCH/build.log"
mkdir -p "$SCRATCH"
# The version Package.resolved pins, checked out in the scratch directory (the package's own
# .build is not touched), then its generate-manual executable, which the plugin would run.
if ! { "$SWIFT" package --scratch-path "$SCRATCH" resolve &&
       "$SWIFT" build --package-path "$SCRATCH/checkouts/swift-argument-parser" --scratch-path "$SCRATCH/tool" \
         --product generate-manual; } > "$log" 2>&1; then
  tail -30 "$log" >&2
  echo "manpages: building generate-manual failed (log: $log)" >&2
  exit 1
fi
tool="$("$SWIFT" build --package-path "$SCRATCH/checkouts/swift-argument-parser" --scratch-path "$SCRATCH/tool" --show-bin-path)/generate-manual"

# Dated by the last commit, so the same source gives the same pages.
date=$(git log -1 --format=%cs 2>/dev/null || date +%F)
rm -rf "$out"
mkdir -p "$out"
"$tool" "$binary" --multi-page --date "$date" --output-directory "$out"
