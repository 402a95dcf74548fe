#!/usr/bin/env bash
# Installs the Debian packages the tests use, when missing: Chromium (drives the real
# VS Code of the extension tests), Kerberos headers and pkg-config (code-server's native
# modules), poppler-utils, LibreOffice Writer and a Times-metric font (the generator's tests
# read PDFs and render DOCX pages), Neovim (an independent LSP client of the language server),
# strace (a build test checks that each document is flushed to disk before it takes its name).
# Needs root (CI runs as root); prints what it would need otherwise.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
dpkg -s fonts-liberation >/dev/null 2>&1 || need+=(fonts-liberation)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v strace >/dev/null 2>&1 || need+=(strace)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages: ${need[*]} (run as root: apt-get install -y ${need[*]})" >&2
    exit 1
fi
echo "installing Debian packages: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
