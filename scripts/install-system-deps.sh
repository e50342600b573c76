#!/usr/bin/env bash
# System packages: WeasyPrint (from PyPI) renders PDFs with the system's pango; the reports use
# DejaVu fonts, and Noto CJK for Chinese names; the browser test drives Debian's chromium.
# Installs from Debian only what is missing; a no-op when all is there.
set -euo pipefail
need=()
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || need+=(libpango-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so' || need+=(libpangoft2-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so' || need+=(libharfbuzz-subset0)
fc-list 2>/dev/null | grep -qi 'DejaVuSans' || need+=(fonts-dejavu-core fontconfig)
# Chinese names (actors.name_zh) in reports and briefs
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
# the report index is tested in a real headless browser (tests/test_index_browser.py)
command -v chromium >/dev/null || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages for the PDF export and the browser test: ${need[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
if ! command -v apt-get >/dev/null; then
  echo "error: need ${need[*]} (pango and DejaVu fonts) and found no apt-get; install them with your system's package manager" >&2
  exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
