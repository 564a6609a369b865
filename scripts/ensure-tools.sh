#!/usr/bin/env bash
# Makes sure the browser tests' system tools are present: Chromium (Playwright cannot
# download its own browser here), poppler-utils (pdftotext/pdftoppm for the PDF checks) and
# LibreOffice Impress (soffice: the PowerPoint export's tests open the file in a real reader), and
# WebKitGTK's WebDriver with a virtual X server (webkit2gtk-driver, xvfb, xauth: the WebKit smoke test,
# tests/e2e/webkit.spec.ts, as Playwright cannot download its own WebKit here).
# Installs them from Debian when run as root; otherwise says what to install.
set -euo pipefail

have_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then [ -x "${CHROMIUM_PATH}" ]; return; fi
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
    || command -v google-chrome-stable >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1
}

missing=()
have_chromium || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-impress-nogui)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tools: installing ${missing[*]} from Debian" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
  exit 0
fi

echo "ensure-tools: missing ${missing[*]}." >&2
echo "  Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}), or set CHROMIUM_PATH to a Chromium/Chrome executable." >&2
exit 1
