"""Opening a roster creates Qt classes on the GUI thread only.

A worker used to import the screens and actions while the window showed the
first look. Their class statements create Qt types; meanwhile the GUI thread
delivers events, and PySide builds a Python class's meta-object there
(``PySide::MetaObjectBuilder::update``, called from ``QMetaObject::cast``). The
two met about once in 120 starts, and the process died of a segfault. The
benchmark's start probe died that way in CI, exit -11. Now the worker imports only
the Qt-free services, and the window imports the rest, one module per turn of its
event loop.

The check runs in a new process, where nothing is imported yet: any Qt module or
``seatkeeper.ui`` module first imported off the main thread is named.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.bundle import open_services
from seatkeeper.services.clock import Clock
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui import startup

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys

from tests import qt_imports

watch = qt_imports.install()

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.tasks import TaskRunner

errors = []
runner = TaskRunner(errors.append)

def opener(where, demo):
    from seatkeeper.credentials.memory_vault import MemoryVault
    from seatkeeper.services.bundle import open_services
    return open_services(where, actor="t", fill_demo=demo, vault=MemoryVault())

window = MainWindow(runner, opener, RosterLocation.parse(sys.argv[2]))
window.show()
loop = QEventLoop()
window.roster_opened.connect(loop.quit)
QTimer.singleShot(60_000, loop.quit)
window.open_roster(RosterLocation.parse(sys.argv[1]))
loop.exec()
print("opened" if window.ctx.services is not None else "not opened", errors)
print("off the GUI thread:", sorted(set(watch.take())))
window.close()
"""


def test_no_qt_module_is_imported_off_the_gui_thread(tmp_path: Path, clock: Clock) -> None:
    roster = tmp_path / "roster.sqlite"
    open_services(RosterLocation.parse(str(roster)), actor="t", fill_demo=True,
                  vault=MemoryVault(), clock=clock).close()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(roster), str(tmp_path / "demo.sqlite")],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "opened []", done.stdout + done.stderr[-3000:]
    assert lines[1] == "off the GUI thread: []"


def test_the_window_modules_are_the_ones_with_qt_in_them() -> None:
    """The worker's list holds services only; every screen and action is the window's."""
    assert all(name.startswith("seatkeeper.services.") for name in startup.SERVICE_MODULES)
    assert all(name.startswith("seatkeeper.ui.") for name in startup.WINDOW_MODULES)
    assert "seatkeeper.ui.screens.review" in startup.WINDOW_MODULES


def test_the_worker_imports_every_service_the_window_modules_use() -> None:
    """Whatever the screens and actions import outside ui/ is the worker's, so the
    window's turns spend their time on ui/ modules alone."""
    code = (
        "import sys\n"
        "from seatkeeper.ui import startup\n"
        "startup.load_service_modules()\n"
        "before = set(sys.modules)\n"
        "for name in startup.WINDOW_MODULES:\n"
        "    startup.import_window_module([name])\n"
        "print(sorted(m for m in set(sys.modules) - before\n"
        "             if m.split('.')[0] != 'PySide6' and not m.startswith('seatkeeper.ui')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"
