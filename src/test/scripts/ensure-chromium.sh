#!/usr/bin/env bash
# The browser tests drive Debian's Chromium and ChromeDriver. Install them when missing and possible.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium and ChromeDriver for the browser tests (apt-get install chromium chromium-driver)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
    exit 0
fi
echo "The browser tests need Chromium and ChromeDriver. Install them with:" >&2
echo "    sudo apt-get install chromium chromium-driver" >&2
exit 1
