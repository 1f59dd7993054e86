#!/usr/bin/env bash
# Installs what building Altitude needs on Debian or Ubuntu: libical (with ICU),
# SQLite, libcurl (feeds over HTTPS), time zone data and pkg-config. With --test, also a Python environment in
# .venv/ with the packages the conformance oracle, the benchmark peers and the digest tests' SMTP server use.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libical-dev libsqlite3-dev libcurl4-openssl-dev tzdata pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
  echo "setup: Swift 6 is needed and was not found (https://www.swift.org/install/linux/)" >&2
  exit 1
fi

if [ "${1:-}" = "--test" ]; then
  if [ ! -x .venv/bin/python ] || [ scripts/requirements-test.txt -nt .venv/.installed ]; then
    if ! python3 -m venv .venv 2>/dev/null; then
      sudo=""
      [ "$(id -u)" -ne 0 ] && sudo="sudo"
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv .venv
    fi
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/requirements-test.txt
    touch .venv/.installed
  fi
fi
