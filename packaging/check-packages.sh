#!/usr/bin/env bash
# Proves packaging/debian-setup.sh complete from a build, not from memory.
# For every CMake package config the configure step used (the *_DIR entries of CMakeCache.txt), every program the
# build ran (compilers, make program, pkg-config, Qt's tools) and every shared library an executable of the build
# links, it finds the owning Debian package (dpkg -S) and fails, naming the package, when it is not in the dependency
# closure (apt-cache depends --recurse --no-recommends) of the list in debian-setup.sh.
# Usage: packaging/check-packages.sh BUILD_DIR... [--packages "pkg1 pkg2 ..."]   (--packages replaces the list)
set -euo pipefail
cd "$(dirname "$0")/.."

builds=()
list=""
while (($#)); do
  case $1 in
    --packages) list=$2; shift 2 ;;
    *) builds+=("$1"); shift ;;
  esac
done
((${#builds[@]})) || { echo "usage: $0 BUILD_DIR... [--packages LIST]" >&2; exit 2; }
[[ -n $list ]] || list=$(bash packaging/debian-setup.sh --list)

# Every listed name must be a real package: a virtual one (e.g. libqt6svg6-dev) may resolve differently elsewhere.
for p in $list; do
  # (grep without -q: it reads to the end, so apt-cache never dies of SIGPIPE and fails the pipeline under pipefail)
  if ! apt-cache show --no-all-versions "$p" 2>/dev/null | grep '^Package: ' >/dev/null; then
    echo "check-packages: '$p' in debian-setup.sh is not a real package (virtual or unknown); name the package that provides it" >&2
    exit 1
  fi
done

# The closure: every real package reachable by Depends/Pre-Depends from the list (alternatives included).
# shellcheck disable=SC2086
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances $list | grep -v '^ ' | grep -v '^<' | sed 's/:.*//' | sort -u)
[[ -n $closure ]] || { echo "check-packages: apt-cache knows none of the listed packages (run apt-get update)" >&2; exit 1; }

declare -A owner_of=() why=() seen=()
owner() {  # prints the package owning file $1 (tries the /usr-merged twin too), or nothing
  local f=$1 out
  for cand in "$f" "$(readlink -f "$f")" "${f#/usr}" "/usr$f"; do
    [[ -e $cand || -L $cand ]] || [[ $cand == "${f#/usr}" || $cand == "/usr$f" ]] || continue
    if out=$(dpkg -S "$cand" 2>/dev/null); then
      echo "${out%%:*}" | head -n1 | sed 's/, .*//'
      return
    fi
  done
}
need() {  # need FILE REASON (each file is looked up once: dpkg -S is slow and executables share libraries)
  local f=$1 reason=$2 p
  [[ $f == /usr/* || $f == /lib* ]] || return 0
  [[ -z ${seen[$f]:-} ]] || return 0
  seen[$f]=1
  p=$(owner "$f")
  if [[ -z $p ]]; then
    echo "check-packages: no Debian package owns $f ($reason)" >&2
    return 0
  fi
  p=${p%%:*}
  [[ -n ${owner_of[$p]:-} ]] || { owner_of[$p]=1; why[$p]="$reason: $f"; }
}

for b in "${builds[@]}"; do
  cache=$b/CMakeCache.txt
  [[ -f $cache ]] || { echo "check-packages: $cache not found (configure first)" >&2; exit 2; }
  # CMake package configs
  while IFS='=' read -r key dir; do
    name=${key%%_DIR:*}
    for cfg in "$dir/${name}Config.cmake" "$dir/$(echo "$name" | tr 'A-Z' 'a-z')-config.cmake" "$dir/${name}-config.cmake"; do
      if [[ -f $cfg ]]; then need "$cfg" "CMake package $name"; break; fi
    done
  done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache")
  # programs the build runs
  while IFS='=' read -r key prog; do
    [[ -x $prog ]] && need "$(readlink -f "$prog")" "program ${key%%:*}"
  done < <(grep -E '^(CMAKE_(C|CXX)_COMPILER|CMAKE_MAKE_PROGRAM|PKG_CONFIG_EXECUTABLE|CMAKE_AR|CMAKE_LINKER):FILEPATH=/' "$cache")
  for tool in lupdate lrelease moc rcc uic; do
    for t in /usr/lib/qt6/libexec/$tool /usr/lib/qt6/bin/$tool; do
      [[ -x $t ]] && grep -rqs "$t" "$b/build.ninja" && need "$t" "Qt tool $tool"
    done
  done
  # shared libraries of every ELF executable the build made
  while IFS= read -r exe; do
    while read -r lib; do
      need "$lib" "linked by ${exe#"$b"/}"
    done < <(ldd "$exe" 2>/dev/null | awk '/=> \// {print $3} /^\t\/[^ ]+ \(/ {print $1}')
  done < <(find "$b" -type f -perm -u+x -not -path '*/CMakeFiles/*' -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print)
done

missing=()
for p in "${!owner_of[@]}"; do
  grep -qx "$p" <<<"$closure" || missing+=("$p")
done
if ((${#missing[@]})); then
  for p in "${missing[@]}"; do
    echo "check-packages: $p is used by the build but not installed by packaging/debian-setup.sh (${why[$p]})" >&2
  done
  exit 1
fi
echo "check-packages: all ${#owner_of[@]} Debian packages the build used are in the closure of debian-setup.sh's list"
