"""Guards against known faults of the Qt binding we pin (see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_signal_emit_keeps_the_refcount_of_true() -> None:
    """PySide6 6.12.0 decrefs Py_True on each emit; Python 3.11 then aborts at exit."""
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.changed.emit(1)
    assert sys.getrefcount(True) - before > -50
