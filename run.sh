#!/usr/bin/env bash
# awsquiz's entry points: `./run.sh play [ARGS]`, `./run.sh test` and `./run.sh bench`.
# Both install the system libraries they need (as root) or print the command to run.
set -euo pipefail
cd "$(dirname "$0")"

needs=()
[ -e /usr/include/ncursesw/curses.h ] || needs+=(libncursesw5-dev)
[ -e /usr/include/sqlite3.h ] || needs+=(libsqlite3-dev)
command -v tmux >/dev/null 2>&1 || needs+=(tmux)
if [ ${#needs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libncursesw5-dev libsqlite3-dev tmux >/dev/null
  else
    echo "awsquiz needs ${needs[*]}; install them with: sudo apt-get install -y libncursesw5-dev libsqlite3-dev tmux" >&2
    exit 1
  fi
fi
command -v swift >/dev/null 2>&1 || { echo "awsquiz needs a Swift 6 toolchain (swift) on PATH." >&2; exit 1; }

case "${1:-play}" in
  play)
    shift || true
    swift build -c release --product awsquiz >&2
    exec .build/release/awsquiz "$@"
    ;;
  test)
    swift build
    swift test
    ;;
  bench)
    swift build -c release --product awsquiz >&2
    swift build -c release --product awsquiz-bench >&2
    python3 Benchmarks/benchmark.py
    ;;
  *)
    echo "usage: ./run.sh play [awsquiz arguments] | ./run.sh test | ./run.sh bench" >&2
    exit 2
    ;;
esac
