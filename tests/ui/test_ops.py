"""Read and write ops: results on the GUI thread, a write's changes announced exactly once."""

from __future__ import annotations

from threading import Event

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.errors import BadInput, ConflictError
from seatkeeper.domain.messages import MessageDef
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.widgets.forms import Busy, ReasonLabel
from tests.ui.conftest import Errors

REFUSED = MessageDef("test.refused", "Seat {seat} is taken.")


def test_a_write_hands_its_value_over_then_announces_its_changes(
        qtbot: QtBot, ctx: WindowContext) -> None:
    seen: list[object] = []
    changes = Changes.of(Entity.SEAT, [7])
    ctx.events.changed.connect(lambda c, initiator: seen.append(("changed", c, initiator)))
    with qtbot.waitSignal(ctx.events.changed, timeout=5_000):
        ctx.write(lambda: Changed("seat 7", changes)).success(
            lambda value: seen.append(("value", value))).run(initiator="me")
    assert seen == [("value", "seat 7"), ("changed", changes, "me")]


def test_a_write_whose_dialog_is_gone_still_announces_its_changes(
        qtbot: QtBot, ctx: WindowContext) -> None:
    """The screens must hear of every write, even when the dialog that asked closed."""
    release = Event()
    dialog = QWidget()
    called: list[object] = []

    def work() -> Changed[str]:
        release.wait(5)
        return Changed("done", Changes.of(Entity.DEVICE, [3]))

    ctx.write(work, owner=dialog).success(called.append).run()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not _alive(dialog), timeout=5_000)
    with qtbot.waitSignal(ctx.events.changed, timeout=5_000) as blocker:
        release.set()
    assert blocker.args[0].ids(Entity.DEVICE) == {3}
    assert called == []  # nobody to hand the value to


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def test_a_conflict_reloads_everything_and_reaches_the_failure_handler(
        qtbot: QtBot, ctx: WindowContext) -> None:
    failures: list[BaseException] = []

    def work() -> Changed[None]:
        raise ConflictError("Seat L-0001 was changed by someone else.")

    with qtbot.waitSignal(ctx.events.changed, timeout=5_000) as blocker:
        ctx.write(work).failure(failures.append).run()
    assert blocker.args[0] == Changes.everything()
    assert [type(f) for f in failures] == [ConflictError]


def test_a_refusal_without_a_handler_goes_to_the_window(
        qtbot: QtBot, ctx: WindowContext, errors: Errors) -> None:
    def work() -> Changed[None]:
        raise BadInput(REFUSED(seat="L-0002"))

    ctx.write(work).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert errors[0].message == "Seat L-0002 is taken."


def test_an_empty_change_is_not_announced(qtbot: QtBot, ctx: WindowContext) -> None:
    heard: list[object] = []
    ctx.events.changed.connect(lambda *args: heard.append(args))
    done: list[object] = []
    ctx.write(lambda: Changed(1, Changes.nothing())).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    assert heard == []


@pytest.mark.parametrize("refused", [True, False])
def test_busy_disables_the_buttons_then_says_what_happened(
        qtbot: QtBot, ctx: WindowContext, refused: bool) -> None:
    """The one busy / failed / done behaviour every dialog shares."""
    parent = QWidget()
    qtbot.addWidget(parent)
    reason, save, other = ReasonLabel(parent), QPushButton(parent), QPushButton(parent)
    other.setEnabled(False)  # disabled before: stays disabled after
    release = Event()

    def work() -> Changed[None]:
        release.wait(5)
        if refused:
            raise BadInput(REFUSED(seat="L-0003"))
        return Changed(None, Changes.of(Entity.SEAT, [3]))

    done: list[object] = []
    ctx.write(work, owner=parent).busy(Busy(reason, [save, other], done_text="Saved.")).success(
        done.append).failure(done.append).run()
    assert not save.isEnabled()
    assert reason.text() == "Saving…"
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    assert save.isEnabled()
    assert not other.isEnabled()
    assert reason.text() == ("Seat L-0003 is taken." if refused else "Saved.")


def test_a_read_hands_its_result_to_the_gui_thread(qtbot: QtBot, ctx: WindowContext) -> None:
    import threading

    got: list[tuple[str, bool]] = []
    main = threading.get_ident()
    ctx.read(lambda: threading.get_ident() != main).success(
        lambda off_thread: got.append(("ran off the GUI thread", off_thread))).run()
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert got == [("ran off the GUI thread", True)]


def test_only_the_ops_and_the_models_hand_work_to_the_runner() -> None:
    """Whether a call writes is the kind of op, not a flag a caller must remember: outside
    ui/ops.py only the table models (their own pages) and the start-up (closing a roster)
    call the runner directly, and only ops.py ever asks for the writer."""
    import ast
    from pathlib import Path

    import seatkeeper.ui

    ui = Path(seatkeeper.ui.__file__).parent
    direct, writes = [], []
    for path in sorted(ui.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "run" and "runner" in ast.unparse(node.func.value):
                where = str(path.relative_to(ui))
                if where not in {"ops.py", "startup.py"} and not where.startswith("models/"):
                    direct.append(f"{where}:{node.lineno}")
                if any(k.arg == "write" for k in node.keywords) and where != "ops.py":
                    writes.append(f"{where}:{node.lineno}")
    assert (direct, writes) == ([], [])
