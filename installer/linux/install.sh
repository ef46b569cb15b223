#!/usr/bin/env bash
# Add QuickReply (this bundle folder) to the desktop's application menu for the current user; no root needed.
#     ./install.sh            # from inside the QuickReply folder, wherever it was unpacked
#     ./install.sh --remove   # take it out of the menu again (the library in ~/.local/share/QuickReply stays)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/quickreply.desktop"
    for size in 16 24 32 48 64 128 256 512; do rm -f "$icons/${size}x${size}/apps/quickreply.png"; done
    rm -f "$icons/scalable/apps/quickreply.svg"
    echo "QuickReply removed from the menu. Its library stays in ~/.local/share/QuickReply."
    exit 0
fi
mkdir -p "$apps"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$here/icons/quickreply-$size.png" "$icons/${size}x${size}/apps/quickreply.png"
done
mkdir -p "$icons/scalable/apps" && cp "$here/icons/quickreply.svg" "$icons/scalable/apps/quickreply.svg"
# Exec with the bundle's absolute path, quoted as the Desktop Entry spec asks.
sed "s|^Exec=.*|Exec=\"$here/quickreply\"|" "$here/quickreply.desktop" >"$apps/quickreply.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" || true
echo "QuickReply (快捷回复) is in the application menu. Start with the system: 设置… → 开机启动 in the tray menu."
