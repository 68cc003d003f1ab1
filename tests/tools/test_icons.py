"""tools/icons.py: the committed icons are the SVG's current rendering; .ico/.icns hold them."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tools import icons


def _png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.width(), image.height()


def test_the_committed_icons_are_up_to_date(qtbot: QtBot) -> None:
    assert icons.main(["--check"]) == 0


def test_a_changed_svg_makes_them_stale(qtbot: QtBot, tmp_path: Path) -> None:
    assert icons.main(["--out", str(tmp_path)]) == 0
    assert icons.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "seatkeeper-32.png").write_bytes(b"old")
    assert icons.main(["--check", "--out", str(tmp_path)]) == 1


def _shifted(data: bytes, by: int) -> bytes:
    """The PNG with every pixel's red channel moved ``by`` (capped), saved again."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor

    image = QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha():
                image.setPixelColor(x, y, QColor(min(255, colour.red() + by), colour.green(),
                                                 colour.blue(), colour.alpha()))
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(out.data())


def test_another_cpus_antialiasing_is_not_stale_but_a_new_picture_is(
        qtbot: QtBot, tmp_path: Path) -> None:
    # The check compared bytes, and a machine whose Qt drew edges through another SIMD
    # path failed it with the SVG unchanged.
    assert icons.main(["--out", str(tmp_path)]) == 0
    png = tmp_path / "seatkeeper-48.png"
    original = png.read_bytes()
    png.write_bytes(_shifted(original, 2))
    assert png.read_bytes() != original
    assert icons.main(["--check", "--out", str(tmp_path)]) == 0
    png.write_bytes(_shifted(original, 40))
    assert icons.main(["--check", "--out", str(tmp_path)]) == 1


def test_the_ico_directory_lists_each_png(qtbot: QtBot) -> None:
    data = (icons.ICONS / "seatkeeper.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, height, _c, _r, _p, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        assert (width or 256, height or 256, bits) == (size, size, 32)
        assert _png_size(data[offset:offset + length]) == (size, size)


def test_the_icns_holds_the_mac_sizes(qtbot: QtBot) -> None:
    data = (icons.ICONS / "seatkeeper.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        found[kind] = _png_size(data[at + 8:at + length])
        at += length
    assert found[b"ic07"] == (128, 128)
    assert found[b"ic09"] == (512, 512)
    assert found[b"ic14"] == (1024, 1024)  # 512 at 2x
    assert found[b"icp4"] == (16, 16)
