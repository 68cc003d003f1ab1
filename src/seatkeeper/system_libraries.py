"""The system libraries Qt needs on Linux, checked before Qt is imported.

PySide6's wheel carries Qt but not the X11/xcb, EGL and font libraries it links
against. On a bare Debian/Ubuntu desktop ``libxcb-cursor0`` (and a few more) are
missing, and Qt aborts with "could not load the Qt platform plugin xcb", which
tells an admin nothing. ``check()`` finds the missing ones first and names the
packages to install in one line (``python -m seatkeeper.system_libraries`` runs it;
``make run`` and the window's start do too).

Pure Python, no Qt: the lookup (``load``) and the distribution (``os_release``) are
parameters, so the tests fake a missing library instead of uninstalling one.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from seatkeeper.domain.messages import message

# Printed before Qt (and so its translator) can load: the English rendering, always.
MISSING_LIBRARIES = message(
    "start.missing_libraries",
    "Seatkeeper cannot open its window: the system library {libraries} is missing. "
    "Install it with: {command}",
    plural="Seatkeeper cannot open its window: {n} system libraries are missing, "
    "{libraries}. Install them with: {command}")

# Every library QtGui and QtWidgets load on Linux, whatever the platform plugin:
# soname -> (Debian/Ubuntu package, Fedora package).
CORE: dict[str, tuple[str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}
# What the xcb platform plugin (an X11 session, or XWayland) loads on top.
XCB: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


def _loads(soname: str) -> bool:
    """True when the dynamic linker finds ``soname`` (as Qt will), or a bundle carries it."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / soname).exists():
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _read_os_release() -> str:
    for name in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            return Path(name).read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


def is_fedora_like(os_release: str) -> bool:
    """Fedora, RHEL and their kin name these packages differently from Debian."""
    fields = {}
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        fields[key.strip()] = value.strip().strip('"').lower()
    family = {fields.get("ID", ""), *fields.get("ID_LIKE", "").split()}
    return bool(family & {"fedora", "rhel", "centos"})


def needs_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will load its xcb plugin: asked for, or the default outside Wayland
    (offscreen, wayland and the rest need only the core libraries)."""
    platform = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if platform:
        return platform == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing(environ: Mapping[str, str], load: Callable[[str], bool] | None = None) -> list[str]:
    """The sonames Qt will need here and the linker does not find, in a stable order."""
    load = _loads if load is None else load
    wanted: Iterable[str] = [*CORE, *XCB] if needs_xcb(environ) else list(CORE)
    return [name for name in wanted if not load(name)]


def advice(sonames: list[str], os_release: str) -> str:
    """One line naming the packages that bring ``sonames``, in the distribution's words."""
    fedora = is_fedora_like(os_release)
    packages = list(dict.fromkeys((CORE | XCB)[name][1 if fedora else 0] for name in sonames))
    command = "sudo dnf install" if fedora else "sudo apt install"
    return MISSING_LIBRARIES(n=len(sonames), libraries=", ".join(sonames),
                             command=f"{command} {' '.join(packages)}").render()


def check(environ: Mapping[str, str] | None = None, load: Callable[[str], bool] | None = None,
          os_release: str | None = None, platform: str = sys.platform) -> str | None:
    """The one line to show when Qt cannot start here, or None when it can (or not Linux)."""
    if not platform.startswith("linux"):
        return None
    environ = os.environ if environ is None else environ
    absent = missing(environ, load)
    if not absent:
        return None
    return advice(absent, _read_os_release() if os_release is None else os_release)


def main() -> int:
    line = check()
    if line is None:
        return 0
    print(line, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
