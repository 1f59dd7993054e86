#!/usr/bin/env bash
# Checks `make install` and `make uninstall` in a scratch DESTDIR: the binary, a man page per
# command and the three completion scripts are where their tools look, the installed binary runs,
# and uninstall leaves no file behind.
# usage: scripts/check-install.sh [BINARY]   (default .build/debug/altitude, which `make test` built)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/altitude}
prefix=/usr/local
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }
[ -x "$binary" ] || fail "$binary not found (make test builds it; or name one: make check-install BINARY=…)"

make --no-print-directory install DESTDIR="$dest" PREFIX="$prefix" BINARY="$binary" > "$dest.log" 2>&1 \
  || { cat "$dest.log" >&2; rm -f "$dest.log"; fail "make install failed"; }
rm -f "$dest.log"
root=$dest$prefix

expected=(bin/altitude share/man/man1/altitude.1 share/bash-completion/completions/altitude
          share/zsh/site-functions/_altitude share/fish/vendor_completions.d/altitude.fish)
# A page per command: every subcommand --help lists (and `rules`' own subcommands).
for command in $("$root/bin/altitude" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | awk '/^  [a-z]/ {print $1}'); do
  expected+=("share/man/man1/altitude.$command.1")
done
for command in $("$root/bin/altitude" rules --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | awk '/^  [a-z]/ {print $1}'); do
  expected+=("share/man/man1/altitude.rules.$command.1")
done
((${#expected[@]} > 10)) || fail "found too few subcommands in altitude --help"
for file in "${expected[@]}"; do
  [ -s "$root/$file" ] || fail "$prefix/$file was not installed"
done
[ -x "$root/bin/altitude" ] || fail "$prefix/bin/altitude is not executable"

"$root/bin/altitude" --help > /dev/null || fail "the installed altitude --help failed"
"$root/bin/altitude" events --help > /dev/null || fail "the installed altitude events --help failed"
grep -q "^\.Dt ALTITUDE.EVENTS 1" "$root/share/man/man1/altitude.events.1" || fail "altitude.events.1 is not the events page"
bash -n "$root/share/bash-completion/completions/altitude" || fail "the bash completion does not parse"
grep -q "^#compdef altitude" "$root/share/zsh/site-functions/_altitude" || fail "the zsh completion has no #compdef"
grep -q "complete -c .altitude" "$root/share/fish/vendor_completions.d/altitude.fish" || fail "the fish completion completes nothing"
if command -v zsh > /dev/null; then zsh -n "$root/share/zsh/site-functions/_altitude" || fail "the zsh completion does not parse"; fi
if command -v fish > /dev/null; then fish -n "$root/share/fish/vendor_completions.d/altitude.fish" || fail "the fish completion does not parse"; fi
installed=$(find "$dest" -type f | wc -l)

make --no-print-directory uninstall DESTDIR="$dest" PREFIX="$prefix" > /dev/null || fail "make uninstall failed"
left=$(find "$dest" -type f)
[ -z "$left" ] || fail "uninstall left: ${left//$dest/}"
echo "check-install: make install put $installed files under DESTDIR$prefix (binary, ${#expected[@]} checked); make uninstall removed them all"
