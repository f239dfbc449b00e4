#!/usr/bin/env bash
# awsquiz's entry points: `./run.sh play [ARGS]`, `./run.sh test`, `./run.sh bench`,
# `./run.sh install [PREFIX]` and `./run.sh uninstall [PREFIX]` (PREFIX defaults to ~/.local).
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
  install)
    prefix="${2:-$HOME/.local}"
    swift build -c release --product awsquiz >&2
    bin=.build/release/awsquiz
    mkdir -p "$prefix/bin" "$prefix/share/awsquiz" "$prefix/share/bash-completion/completions" \
      "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
    install -m 755 "$bin" "$prefix/bin/awsquiz"
    rm -rf "$prefix/share/awsquiz/Questions"
    cp -R Questions "$prefix/share/awsquiz/Questions"
    "$bin" --generate-completion-script bash > "$prefix/share/bash-completion/completions/awsquiz"
    "$bin" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_awsquiz"
    "$bin" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/awsquiz.fish"
    echo "Installed $prefix/bin/awsquiz, its questions in $prefix/share/awsquiz/ and bash, zsh and fish completions."
    case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Add $prefix/bin to PATH to run it as awsquiz." ;; esac
    echo "zsh reads the completion once $prefix/share/zsh/site-functions is on fpath."
    ;;
  uninstall)
    prefix="${2:-$HOME/.local}"
    rm -f "$prefix/bin/awsquiz" "$prefix/share/bash-completion/completions/awsquiz" \
      "$prefix/share/zsh/site-functions/_awsquiz" "$prefix/share/fish/vendor_completions.d/awsquiz.fish"
    rm -rf "$prefix/share/awsquiz"
    echo "Removed awsquiz from $prefix (your history and settings are kept)."
    ;;
  *)
    echo "usage: ./run.sh play [awsquiz arguments] | test | bench | install [PREFIX] | uninstall [PREFIX]" >&2
    exit 2
    ;;
esac
