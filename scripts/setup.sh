#!/usr/bin/env bash
# Installs everything the project needs, from Debian's packages and the npm
# registry only. Idempotent and quick when everything is already present.
#   scripts/setup.sh            everything (build + tests)
#   scripts/setup.sh web        enough to build and serve the web app
#   scripts/setup.sh cli        enough to build the command-line planner (no Emscripten)
#   scripts/setup.sh desktop    enough to build and open the desktop app
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
want="${1:-all}"

# Every configure needs googletest (tests/ is part of the one CMake project).
pkgs_cli=(nlohmann-json3-dev fonts-inter python3-fonttools zlib1g-dev dpkg-dev cmake g++ python3 googletest)
pkgs_web=("${pkgs_cli[@]}" emscripten)
pkgs_desktop=("${pkgs_cli[@]}" libglfw3-dev libgl1-mesa-dri)
pkgs_all=("${pkgs_web[@]}" libglfw3-dev libbenchmark-dev chromium xvfb
  libgl1-mesa-dri imagemagick clang libclang-rt-14-dev clang-format xdotool ccache
  poppler-utils)  # pdftotext: the e2e reads the printed reader as text
# Import (src/import): XLSX = zip (zlib's minizip) + XML (expat); openpyxl
# writes the XLSX test fixtures at build time.
pkgs_cli+=(libminizip-dev libexpat1-dev python3-openpyxl)
pkgs_web+=(libminizip-dev libexpat1-dev python3-openpyxl)
pkgs_desktop+=(libminizip-dev libexpat1-dev python3-openpyxl)
pkgs_all+=(libminizip-dev libexpat1-dev python3-openpyxl)
# The workbook out (src/workbook): Debian's libxlsxwriter natively; openpyxl
# (Debian's python3) reads the workbook back in tests/cli/workbook.sh.
pkgs_cli+=(libxlsxwriter-dev)
pkgs_desktop+=(libxlsxwriter-dev)
pkgs_all+=(libxlsxwriter-dev python3-openpyxl)
case "$want" in
  cli) pkgs=("${pkgs_cli[@]}") ;;
  web) pkgs=("${pkgs_web[@]}") ;;
  desktop) pkgs=("${pkgs_desktop[@]}") ;;
  all) pkgs=("${pkgs_all[@]}") ;;
  *) echo "setup: unknown set '$want' (cli, web, desktop or nothing for all)" >&2; exit 2 ;;
esac

sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt_updated=0
apt_update() { [ $apt_updated = 1 ] || { $sudo_ apt-get update -qq; apt_updated=1; }; }
# node and npm: any install works (the machine may carry NodeSource's build).
if ! command -v npm >/dev/null && { [ "$want" = all ] || [ "$want" = web ]; }; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt_update
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui 1.86 sources come from Debian's source package (libimgui-dev has
# no .cpp files). Fetched into an ignored folder, never committed.
tp="$here/third_party"
mkdir -p "$tp"
if [ ! -f "$tp/imgui/imgui.cpp" ] || [ ! -f "$tp/imgui/misc/cpp/imgui_stdlib.cpp" ]; then
  src_list=/etc/apt/sources.list.d/debian-src.sources
  if ! grep -rqs "deb-src" /etc/apt/sources.list.d/ /etc/apt/sources.list; then
    echo "setup: adding a deb-src entry for bookworm main"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
      $sudo_ tee "$src_list" >/dev/null
    apt_updated=0
  fi
  apt_update
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source -qq --download-only imgui >/dev/null 2>&1 && dpkg-source -x --skip-patches imgui_*.dsc imgui-src >/dev/null) \
    || (cd "$tmp" && apt-get source -qq imgui >/dev/null)
  d="$(find "$tmp" -maxdepth 1 -type d -name 'imgui*' | head -1)"
  # A tree from before misc/cpp was copied only gains that folder: another
  # build may be using the rest.
  if [ ! -f "$tp/imgui/imgui.cpp" ]; then
    rm -rf "$tp/imgui" && mkdir -p "$tp/imgui"
    cp "$d"/imgui*.cpp "$d"/imgui*.h "$d"/imconfig.h "$d"/imstb_*.h "$tp/imgui/"
    mkdir -p "$tp/imgui/backends"
    cp "$d"/backends/imgui_impl_glfw.* "$d"/backends/imgui_impl_opengl3* "$tp/imgui/backends/"
  fi
  # ImGui's std::string helpers for InputText (misc/cpp/imgui_stdlib.*).
  mkdir -p "$tp/imgui/misc/cpp"
  cp "$d"/misc/cpp/imgui_stdlib.cpp "$d"/misc/cpp/imgui_stdlib.h "$tp/imgui/misc/cpp/"
  rm -rf "$tmp"
fi

# Unpacks Debian's source package $1 into a temporary folder: sets src_dir
# (the unpacked tree) and src_tmp (removed by the caller when done).
fetch_debian_source() {
  apt_update
  src_tmp="$(mktemp -d)"
  (cd "$src_tmp" && apt-get source -qq "$1" >/dev/null 2>&1)
  src_dir="$(find "$src_tmp" -maxdepth 1 -type d -name "$1-*" | head -1)"
  [ -n "$src_dir" ] || { echo "setup: could not fetch Debian's $1 sources (apt-get source $1)" >&2; exit 1; }
}

# zlib sources for the wasm build (the frozen Emscripten sysroot has no zlib port).
if { [ "$want" = web ] || [ "$want" = all ]; } && [ ! -f "$tp/zlib/inflate.c" ]; then
  fetch_debian_source zlib
  d="$src_dir"
  rm -rf "$tp/zlib" && mkdir -p "$tp/zlib"
  cp "$d"/*.c "$d"/*.h "$tp/zlib/"
  rm -rf "$src_tmp"
fi

# Import: minizip (zlib's contrib/minizip, unzip + memory I/O) for the wasm
# build, from the same Debian zlib source package. Its own folder, so a tree
# fetched before this block only gains it.
if { [ "$want" = web ] || [ "$want" = all ]; } && [ ! -f "$tp/minizip/unzip.c" ]; then
  fetch_debian_source zlib
  d="$src_dir"
  rm -rf "$tp/minizip" && mkdir -p "$tp/minizip"
  cp "$d"/contrib/minizip/{unzip.c,unzip.h,ioapi.c,ioapi.h,crypt.h} "$tp/minizip/"
  rm -rf "$src_tmp"
fi

# Import: expat (the XLSX reader's XML parser) for the wasm build, from
# Debian's expat source package.
if { [ "$want" = web ] || [ "$want" = all ]; } && [ ! -f "$tp/expat/lib/xmlparse.c" ]; then
  fetch_debian_source expat
  d="$src_dir"
  src="$d"; [ -f "$d/expat/lib/xmlparse.c" ] && src="$d/expat"
  rm -rf "$tp/expat" && mkdir -p "$tp/expat/lib"
  cp "$src"/lib/*.c "$src"/lib/*.h "$tp/expat/lib/"
  rm -rf "$src_tmp"
fi

# libxlsxwriter sources for the wasm build of the workbook writer (src/workbook;
# cmake/third_party.cmake): Debian's source package, with its bundled minizip
# zip side, md5 and tmpfile helpers; zlib is the one above.
if { [ "$want" = web ] || [ "$want" = all ]; } && [ ! -f "$tp/libxlsxwriter/src/workbook.c" ]; then
  fetch_debian_source libxlsxwriter
  d="$src_dir"
  rm -rf "$tp/libxlsxwriter" && mkdir -p "$tp/libxlsxwriter"
  cp -r "$d/src" "$d/include" "$d/third_party" "$d/License.txt" "$tp/libxlsxwriter/"
  rm -rf "$src_tmp"
fi

# Google Benchmark sources, to build the same benchmarks as wasm under node.
if [ "$want" = all ] && [ ! -f "$tp/benchmark/CMakeLists.txt" ]; then
  fetch_debian_source benchmark
  d="$src_dir"
  rm -rf "$tp/benchmark" && cp -r "$d" "$tp/benchmark"
  rm -rf "$src_tmp"
fi

# nlohmann/json for emcc: a folder holding only a link, so /usr/include (glibc
# headers) never enters the wasm include path.
mkdir -p "$tp/include"
[ -e "$tp/include/nlohmann" ] || ln -s /usr/include/nlohmann "$tp/include/nlohmann"

# The UI font: Inter (OpenType CFF), copied so the build embeds a fixed file.
mkdir -p "$tp/fonts"
[ -f "$tp/fonts/Inter-Regular.otf" ] || cp "$(find /usr/share/fonts -name 'Inter-Regular.otf' | head -1)" "$tp/fonts/"
[ -f "$tp/fonts/Inter-SemiBold.otf" ] || cp "$(find /usr/share/fonts -name 'Inter-SemiBold.otf' | head -1)" "$tp/fonts/" 2>/dev/null || true

# Closure Compiler for the web build's JavaScript (cmake/closure.cmake),
# pinned by scripts/closure/package-lock.json.
if [ "$want" = all ] || [ "$want" = web ]; then
  if [ ! -x "$here/scripts/closure/node_modules/.bin/google-closure-compiler" ]; then
    (cd "$here/scripts/closure" && npm ci --silent --no-audit --no-fund)
  fi
fi

# playwright-core for the browser tests, pinned by tests/e2e/package-lock.json.
if [ "$want" = all ] && [ ! -d "$here/tests/e2e/node_modules/playwright-core" ]; then
  (cd "$here/tests/e2e" && npm ci --silent --no-audit --no-fund)
fi
echo "setup: ok"
