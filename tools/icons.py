"""Render the app icon from its SVG source: PNGs 16-512, a Windows .ico and a macOS .icns.

    python -m tools.icons            # resources/icons/seatkeeper.svg -> src/seatkeeper/icons/
    python -m tools.icons --check    # exit 1 when a rendered file is missing or stale

The PNGs ship inside the package (the window, the tray and the Linux desktop entry use
them); the .ico and .icns are for the Windows installer and the macOS bundle.

QtSvg (PySide6, already a dependency) draws the SVG; the .ico and .icns containers are
written here (both simply hold PNG images), so no image library is needed.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "seatkeeper.svg"
ICONS = ROOT / "src" / "seatkeeper" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-carrying icon types and the pixel size each holds.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (Vista and later read PNG entries at every size)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries (the ic11-ic14 types are the @2x ones)."""
    body = b""
    for kind, size in ICNS_TYPES:
        pixel = size * 2 if kind in (b"ic11", b"ic12", b"ic13", b"ic14") else size
        if pixel not in pngs:
            continue
        data = pngs[pixel]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs(svg: Path = SOURCE) -> dict[str, bytes]:
    """Every file the script writes, by name, rendered from ``svg``."""
    pngs = {size: render_png(svg, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, 1024})}
    files = {f"seatkeeper-{size}.png": pngs[size] for size in PNG_SIZES}
    files["seatkeeper.ico"] = ico_bytes({s: pngs[s] for s in ICO_SIZES})
    files["seatkeeper.icns"] = icns_bytes(pngs)
    return files


# How far one channel of one pixel may differ from a fresh rendering and still count as the
# same icon: Qt's raster engine picks its SIMD path by the CPU, and antialiased edges come
# out a step or two apart on another machine (the committed files are rendered once).
TOLERANCE = 3


def png_chunks(name: str, data: bytes) -> list[bytes]:
    """The PNG images a written file holds, in order (a .png is one; .ico and .icns many)."""
    if name.endswith(".ico"):
        count = struct.unpack_from("<H", data, 4)[0]
        chunks = []
        for index in range(count):
            size, offset = struct.unpack_from("<II", data, 6 + 16 * index + 8)
            chunks.append(data[offset:offset + size])
        return chunks
    if name.endswith(".icns"):
        chunks, at = [], 8
        while at < len(data):
            length = struct.unpack_from(">I", data, at + 4)[0]
            chunks.append(data[at + 8:at + length])
            at += length
        return chunks
    return [data]


def same_image(a: bytes, b: bytes) -> bool:
    """Whether two PNGs show the same picture, each channel within ``TOLERANCE``."""
    from PySide6.QtGui import QImage

    first, second = QImage.fromData(a), QImage.fromData(b)
    if first.isNull() or second.isNull() or first.size() != second.size():
        return False
    one = first.convertToFormat(QImage.Format.Format_RGBA8888)
    two = second.convertToFormat(QImage.Format.Format_RGBA8888)
    left, right = bytes(one.constBits()), bytes(two.constBits())  # type: ignore[call-overload]
    return len(left) == len(right) and all(abs(x - y) <= TOLERANCE for x, y in zip(left, right,
                                                                                  strict=True))


def up_to_date(name: str, written: bytes, rendered: bytes) -> bool:
    if written == rendered:
        return True
    old, new = png_chunks(name, written), png_chunks(name, rendered)
    return len(old) == len(new) and all(same_image(a, b) for a, b in zip(old, new, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.icons", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="only report missing or stale files (exit 1 if any)")
    parser.add_argument("--out", type=Path, default=ICONS, help="target folder")
    args = parser.parse_args(argv)
    stale = []
    for name, data in outputs().items():
        target = args.out / name
        if target.exists() and up_to_date(name, target.read_bytes(), data):
            continue
        stale.append(name)
        if not args.check:
            target.write_bytes(data)
    if args.check and stale:
        print("icons out of date, run `python -m tools.icons`: " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
