#!/usr/bin/env bash
# Installs what the tests and benchmarks drive adder with: Debian's real
# Jupyter stack (jupyter_client, jupyter_kernel_test, nbclient/nbconvert,
# jupyter console, ipykernel as the reference kernel), pytest (with the
# rerun plugin, for the terminal tests only), tmux, and Chromium with npm,
# in which the widget tests render widget state with the real
# @jupyter-widgets JavaScript.
# Does nothing when all of it is already there.
set -euo pipefail
pkgs=(jupyter-client jupyter-console python3-jupyter-kernel-test jupyter-nbconvert
      python3-nbclient python3-ipykernel python3-pytest python3-pytest-rerunfailures tmux
      chromium)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ] && [ "${1:-}" != "--update" ]; then
    exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "deps: installing ${missing[*]:-(nothing missing; refreshing lists)}" >&2
$sudo apt-get update -q
if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi
