"""Ask the holders from Review: the mail-merge preview, sending through SMTP on 127.0.0.1,
and recording an answer from the "no answer" finding."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seatkeeper.services.smtp import SmtpSecurity, SmtpSettings
from seatkeeper.store import tables as t
from seatkeeper.ui.dialogs.ask_holders_dialog import AskHoldersDialog
from seatkeeper.ui.main_window import MainWindow
from tests.integration.test_smtp import Mailbox, mailbox
from tests.ui.conftest import save_screenshot
from tests.ui.screens.test_review import press, review_screen, rows

__all__ = ["mailbox"]
VOLUME = "ExpressVPN Volume (Office)"


def test_preview_then_send_then_record_an_answer(qtbot: QtBot, demo_window: MainWindow,
                                                 mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    services = demo_window.ctx.services
    assert services is not None
    services.mail.save_settings(SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, "",
                                             "it@northwind.example"), None)
    services.store.write(lambda c: c.execute(t.subscriptions.update().where(
        t.subscriptions.c.name == VOLUME).values(renewal_date=date(2026, 12, 10))))
    screen = review_screen(qtbot, demo_window)
    press(qtbot, screen, screen.ask_action)
    qtbot.waitUntil(lambda: screen.ask_dialog is not None, timeout=10_000)
    dialog = screen.ask_dialog
    assert isinstance(dialog, AskHoldersDialog)
    assert dialog.items.count() == 18  # the volume's held seats
    assert "Subject: Do you still need ExpressVPN Volume (Office)?" in \
        dialog.preview.toPlainText()
    save_screenshot(dialog, "ask_holders_dialog")
    dialog.items.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.send_button.text() == "&Send 17 messages"
    assert box.received == []  # the preview sends nothing
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(box.received) == 17 and "Asked 17" in screen.last_message,
                    timeout=20_000)

    # Past its reply-by date a question becomes a finding; the answer is recorded from it.
    services.store.write(lambda c: c.execute(t.holder_asks.update().values(
        reply_by=date(2026, 11, 20))))
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.model.is_loading and any(
        r.finding.kind == "holder_not_answered" for r in rows(screen)), timeout=10_000)
    number = next(i for i, r in enumerate(rows(screen))
                  if r.finding.kind == "holder_not_answered")
    seat_id = rows(screen)[number].finding.seat_id
    screen.table.selectRow(number)
    press(qtbot, screen, screen.answer_action)
    answer = screen.confirmation
    assert isinstance(answer, QMessageBox)
    keep = next(b for b in answer.buttons() if "Keep" in b.text())
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)

    def kept() -> bool:
        return services.store.read(lambda c: c.execute(sa.select(
            t.review_decisions.c.decision).where(
            t.review_decisions.c.seat_id == seat_id)).scalar()) == "keep"
    qtbot.waitUntil(kept, timeout=10_000)
