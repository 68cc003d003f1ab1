"""The first-run check: a missing system library is named with its package, before Qt.

The lookup is faked (a set of sonames that "are not there"), never by uninstalling.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from seatkeeper import system_libraries as libs

DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13"\nID=debian\n'
UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n'
FEDORA = 'NAME="Fedora Linux"\nID=fedora\n'
ROCKY = 'ID="rocky"\nID_LIKE="rhel centos fedora"\n'
X11 = {"DISPLAY": ":0"}


def _without(*absent: str):  # type: ignore[no-untyped-def]
    return lambda soname: soname not in absent


def test_a_bare_ubuntu_desktop_is_told_to_install_libxcb_cursor0() -> None:
    line = libs.check(X11, _without("libxcb-cursor.so.0"), UBUNTU, "linux")
    assert line is not None
    assert "\n" not in line
    assert "libxcb-cursor.so.0" in line
    assert line.endswith("sudo apt install libxcb-cursor0")


def test_fedora_gets_fedora_package_names_once_each() -> None:
    line = libs.check(X11, _without("libxcb-cursor.so.0", "libxcb-shape.so.0",
                                    "libxcb-xkb.so.1"), FEDORA, "linux")
    assert line is not None
    assert line.endswith("sudo dnf install xcb-util-cursor libxcb")
    assert libs.check(X11, _without("libxcb-icccm.so.4"), ROCKY, "linux").endswith(  # type: ignore[union-attr]
        "sudo dnf install xcb-util-wm")


def test_several_missing_are_all_named_in_one_line() -> None:
    line = libs.check(X11, _without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"), DEBIAN,
                      "linux")
    assert line is not None
    assert "2 system libraries are missing, libxcb-icccm.so.4, libxcb-keysyms.so.1." in line
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")


def test_nothing_is_said_when_everything_loads() -> None:
    assert libs.check(X11, lambda _name: True, DEBIAN, "linux") is None


def test_wayland_and_offscreen_need_only_the_core_libraries() -> None:
    no_xcb = _without(*libs.XCB)
    assert libs.check({"WAYLAND_DISPLAY": "wayland-0"}, no_xcb, DEBIAN, "linux") is None
    assert libs.check({"QT_QPA_PLATFORM": "offscreen"}, no_xcb, DEBIAN, "linux") is None
    # ... but a missing core library stops those too,
    line = libs.check({"QT_QPA_PLATFORM": "offscreen"}, _without("libEGL.so.1"), DEBIAN, "linux")
    assert line is not None
    assert line.endswith("sudo apt install libegl1")
    # and xcb asked for under Wayland needs its libraries.
    env = {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}
    assert libs.check(env, no_xcb, DEBIAN, "linux") is not None


def test_windows_and_macos_are_not_checked() -> None:
    nothing = _without(*libs.CORE, *libs.XCB)
    assert libs.check(X11, nothing, "", "win32") is None
    assert libs.check(X11, nothing, "", "darwin") is None


def test_the_real_lookup_finds_a_library_and_misses_a_made_up_one() -> None:
    assert libs._loads("libc.so.6")
    assert not libs._loads("libseatkeeper-does-not-exist.so.9")


def test_the_window_start_says_it_in_one_line_and_never_imports_qt(tmp_path: Path) -> None:
    """The app's own start, in a process: the check runs before Qt is imported."""
    code = (
        "import sys\n"
        "from seatkeeper import system_libraries as libs\n"
        "libs._loads = lambda name: name != 'libxcb-cursor.so.0'\n"
        "libs._read_os_release = lambda: 'ID=ubuntu\\n'\n"
        "from seatkeeper.__main__ import main\n"
        "code = main(['--demo'])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(SEATKEEPER_DATA_DIR=str(tmp_path), DISPLAY=":99")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines() == [
        "Seatkeeper cannot open its window: the system library libxcb-cursor.so.0 is "
        "missing. Install it with: sudo apt install libxcb-cursor0"]
    assert "Traceback" not in done.stderr
