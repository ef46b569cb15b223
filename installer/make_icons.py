"""Render resources/icons/quickreply.svg to the PNG sizes, a multi-size .ico (Windows) and an .icns (macOS).

    python installer/make_icons.py [--preview FILE]

Qt's SVG renderer draws each size from the vector source (sharper at 16 px than scaling a big bitmap down); Pillow
packs them into .ico and .icns (pip install -e '.[build]'). The outputs are committed, so a build never needs this
script: run it after changing the SVG. ``--preview`` also writes the 16, 24, 32 and 48 px renders on light and dark
taskbar colours, magnified, to check that the tray icon still reads.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "quickreply.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from for the taskbar, Start menu and Explorer
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # Pillow writes the icns types for these (with @2x from the larger)
# Taskbar colours: Windows light and dark, GNOME dark, macOS light menu bar, a blue classic taskbar.
BACKGROUNDS = ("#f3f3f3", "#ffffff", "#202020", "#000000", "#2b5797")


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def preview(renders: dict[int, QImage], path: Path, zoom: int = 4) -> None:
    sizes = (16, 24, 32, 48)
    row = max(sizes) + 8
    sheet = QImage(sum(s + 8 for s in sizes) + 4, row * len(BACKGROUNDS), QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for i, colour in enumerate(BACKGROUNDS):
        painter.fillRect(0, i * row, sheet.width(), row, QColor(colour))
        x = 4
        for size in sizes:
            painter.drawImage(x, i * row + 4, renders[size])
            x += size + 8
    painter.end()
    big = sheet.scaled(sheet.width() * zoom, sheet.height() * zoom, mode=Qt.TransformationMode.FastTransformation)
    big.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also write a magnified preview on light and dark backgrounds")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    renders = {size: render(renderer, size) for size in SIZES}
    for size, image in renders.items():
        image.save(str(ICONS / f"quickreply-{size}.png"))
    images = {size: to_pillow(image) for size, image in renders.items()}
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "quickreply.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[512].save(ICONS / "quickreply.icns", append_images=[images[s] for s in ICNS_SIZES if s != 512])
    if args.preview:
        preview(renders, args.preview)
    written = ", ".join(f"quickreply-{s}.png" for s in SIZES)
    print(f"wrote {written}, quickreply.ico, quickreply.icns in {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
