#!/usr/bin/env bash
# System packages: WeasyPrint (from PyPI) renders PDFs with the system's pango; the reports use
# DejaVu fonts, and Noto CJK for Chinese names. With --browser (the test targets), also Debian's
# chromium, which only the index test drives. Installs from Debian only what is missing; a no-op
# when all is there.
#   scripts/install-system-deps.sh             # what `make report` needs
#   scripts/install-system-deps.sh --browser   # and chromium, for `make test`
set -euo pipefail
# (grep reads all its input: with pipefail, `grep -q` ending early would fail the pipe)
browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) browser=true ;;
    *) echo "usage: $0 [--browser]" >&2; exit 2 ;;
  esac
done
need=()
ldconfig -p 2>/dev/null | grep 'libpango-1.0.so' >/dev/null || need+=(libpango-1.0-0)
ldconfig -p 2>/dev/null | grep 'libpangoft2-1.0.so' >/dev/null || need+=(libpangoft2-1.0-0)
ldconfig -p 2>/dev/null | grep 'libharfbuzz-subset.so' >/dev/null || need+=(libharfbuzz-subset0)
fc-list 2>/dev/null | grep -i 'DejaVuSans' >/dev/null || need+=(fonts-dejavu-core fontconfig)
# Chinese names (actors.name_zh) in reports and briefs
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
# the report index is tested in a real headless browser (tests/test_index_browser.py)
if $browser; then command -v chromium >/dev/null || need+=(chromium); fi
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${need[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
if ! command -v apt-get >/dev/null; then
  echo "error: need ${need[*]} and found no apt-get; install them with your system's package manager" >&2
  exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
