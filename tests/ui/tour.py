"""A walk through everything an admin can open: every screen, menu, dialog and wizard page.

``tour(qtbot, window)`` yields ``(name, widget)`` for each, shown and loaded; the
caller grabs a picture of it, or reads its texts, and the tour moves on and
closes what it opened. The screenshot test, the pseudo-translation test and
the accessibility test walk the same tour, so a new dialog added here is
photographed in every language, checked for untranslated text and for
unnamed widgets at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from seatkeeper.domain.errors import RuleRefused
from seatkeeper.domain.volume import TOO_FEW_SEATS
from seatkeeper.ui.actions.seats import SeatActions
from seatkeeper.ui.dialogs.credentials_dialog import CredentialsDialog
from seatkeeper.ui.dialogs.decision_dialog import DecisionDialog
from seatkeeper.ui.dialogs.language_dialog import LanguageDialog
from seatkeeper.ui.dialogs.lead_times_dialog import LeadTimesDialog
from seatkeeper.ui.dialogs.new_plan_dialog import NewPlanDialog
from seatkeeper.ui.dialogs.restore_dialog import RestoreDialog
from seatkeeper.ui.dialogs.seat_dialogs import AssignDialog, DevicesDialog
from seatkeeper.ui.dialogs.smtp_dialog import SmtpDialog
from seatkeeper.ui.dialogs.welcome_dialog import WelcomeDialog
from seatkeeper.ui.main_window import MainWindow
from seatkeeper.ui.messages import show_error
from seatkeeper.ui.widgets.table_screen import TableScreen
from seatkeeper.ui.wizards.import_wizard import ImportWizard
from seatkeeper.ui.wizards.purchase_wizard import PurchaseWizard
from seatkeeper.ui.wizards.send_wizard import SendWizard
from tests.conftest import TEST_DATA

WAIT = 10_000
NEXT = QWizard.WizardButton.NextButton
DATA = TEST_DATA

Shown = Iterator[tuple[str, QWidget]]


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT)


def _select(qtbot: QtBot, screen: TableScreen, row: int = 0) -> None:
    qtbot.waitUntil(lambda: not screen.model.is_loading and screen.model.rowCount() > row,
                    timeout=WAIT)
    screen.table.selectRow(row)
    qtbot.waitUntil(lambda: screen.detail.toPlainText().strip() != "", timeout=WAIT)


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    pos = QPoint(8, button.height() // 2) if isinstance(button, QRadioButton) \
        else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    _click(qtbot, wizard.button(NEXT))


def _retype(qtbot: QtBot, widget: QSpinBox | QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _dialog(qtbot: QtBot, window: QWidget, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(kind)), timeout=WAIT)
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    return found[-1]


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def screens(qtbot: QtBot, window: MainWindow) -> Shown:
    for key in window.screens:
        window.show_screen(key)
        screen = window.screens[key]
        qtbot.waitUntil(lambda s=screen: not s.model.is_loading, timeout=WAIT)
        if screen.model.rowCount():
            _select(qtbot, screen)
        _idle(qtbot, window)
        yield f"screen_{key}", window
    window.show_screen("licences")


def menus(qtbot: QtBot, window: MainWindow) -> Shown:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            menu.popup(window.mapToGlobal(QPoint(40, 30)))
            qtbot.waitExposed(menu)
            yield f"menu_{menu.title().replace('&', '')}", menu
            menu.hide()


def seat_dialogs(qtbot: QtBot, window: MainWindow) -> Shown:
    services = window.services
    assert services is not None
    licences = window.screens["licences"]
    actions = window.findChild(SeatActions)
    assert actions is not None
    rows = [licences.model.row_at(n) for n in range(licences.model.rowCount())]
    held = next(n for n, r in enumerate(rows) if r is not None and r.holder)
    free = next(n for n, r in enumerate(rows) if r is not None and not r.holder
                and r.active)
    for name, row, open_it, kind in (
            ("dialog_reassign", held, actions.assign_seat, AssignDialog),
            ("dialog_assign", free, actions.assign_seat, AssignDialog),
            ("dialog_devices", held, actions.open_devices, DevicesDialog),
            ("dialog_credentials", held, actions.open_setup, CredentialsDialog)):
        _select(qtbot, licences, row)
        open_it()
        dialog = _dialog(qtbot, window, kind)
        _idle(qtbot, window)
        yield name, dialog
        _close(dialog)
    _select(qtbot, licences, held)
    actions.unassign_seat()
    box = _dialog(qtbot, window, QMessageBox)
    yield "confirm_unassign", box
    _close(box)
    dialog = NewPlanDialog(window.ctx, services, rows[held].subscription_id,
                           rows[held].subscription, window)
    dialog.open()
    yield "dialog_new_plan", dialog
    _close(dialog)


def purchase_wizard(qtbot: QtBot, window: MainWindow) -> Shown:
    services = window.services
    assert services is not None
    wizard = PurchaseWizard(window.ctx, services, window)
    wizard.open()
    qtbot.waitExposed(wizard)
    yield "purchase_1_choose", wizard
    _next(qtbot, wizard)
    accounts = wizard.currentPage().findChild(QComboBox, "accounts")
    qtbot.waitUntil(lambda: accounts.count() > 0, timeout=WAIT)
    yield "purchase_new_2_account", wizard
    _next(qtbot, wizard)
    yield "purchase_new_3_request", wizard
    _click(qtbot, wizard.currentPage().findChild(QPushButton, "recordRequest"))
    approve = wizard.currentPage().findChild(QPushButton, "approveRequest")
    qtbot.waitUntil(approve.isEnabled, timeout=WAIT)
    _click(qtbot, approve)
    qtbot.waitUntil(wizard.button(NEXT).isEnabled, timeout=WAIT)
    yield "purchase_new_3_approved", wizard
    _next(qtbot, wizard)
    _retype(qtbot, wizard.currentPage().findChild(QLineEdit, "price"), "9.50")
    qtbot.waitUntil(wizard.button(NEXT).isEnabled, timeout=WAIT)
    yield "purchase_new_4_seats", wizard
    _next(qtbot, wizard)
    brand = wizard.currentPage().findChild(QComboBox, "cardBrand")
    brand.setCurrentIndex(1)
    _retype(qtbot, wizard.currentPage().findChild(QLineEdit, "cardLast4"), "4242")
    qtbot.waitUntil(wizard.button(NEXT).isEnabled, timeout=WAIT)
    yield "purchase_new_5_payment", wizard
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled(),
                    timeout=WAIT)
    yield "purchase_new_6_review", wizard
    wizard.reject()
    wizard = PurchaseWizard(window.ctx, services, window)
    wizard.open()
    _click(qtbot, wizard.currentPage().findChild(QRadioButton, "pathAdd"))
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.button(NEXT).isEnabled, timeout=WAIT)
    yield "purchase_add_2_subscription", wizard
    _next(qtbot, wizard)
    _retype(qtbot, wizard.currentPage().findChild(QSpinBox, "addSeats"), "3")
    qtbot.waitUntil(wizard.button(NEXT).isEnabled, timeout=WAIT)
    yield "purchase_add_3_count", wizard
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled(),
                    timeout=WAIT)
    yield "purchase_add_4_review", wizard
    wizard.reject()


def send_wizard(qtbot: QtBot, window: MainWindow) -> Shown:
    services = window.services
    assert services is not None

    def opened() -> SendWizard:
        wizard = SendWizard(window.ctx, services, parent=window, open_url=lambda _url: True)
        wizard.open()
        qtbot.waitUntil(lambda: wizard.subscription_page.combo.count() > 0, timeout=WAIT)
        return wizard

    wizard = opened()
    yield "send_1_subscription", wizard
    _next(qtbot, wizard)
    yield "send_2_method", wizard
    _click(qtbot, wizard.method_page.devices)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.devices_page.list.count() > 0, timeout=WAIT)
    yield "send_3_devices", wizard
    wizard.reject()
    wizard = opened()
    _next(qtbot, wizard)
    _click(qtbot, wizard.method_page.email)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.email_page.address, "anna@example.com")
    qtbot.waitUntil(wizard.button(NEXT).isEnabled, timeout=WAIT)
    yield "send_3_email", wizard
    _next(qtbot, wizard)
    yield "send_4_review", wizard
    _click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=WAIT)
    yield "send_5_result", wizard
    wizard.reject()


def import_wizard(qtbot: QtBot, window: MainWindow) -> Shown:
    services = window.services
    assert services is not None
    wizard = ImportWizard(window.ctx, services, parent=window)
    wizard.open()
    qtbot.waitExposed(wizard)
    yield "import_1_file", wizard
    qtbot.keyClicks(wizard.file_page.path_edit, str(DATA / "snipeit_licences.csv"))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(wizard.mapping_page.combos), timeout=WAIT)
    if not wizard.mapping_page.owner_edit.text():  # Snipe-IT names no account owner
        qtbot.keyClicks(wizard.mapping_page.owner_edit, "it@example.com")
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT)
    # The field rows are added to a shown page: Qt shows them on its next turn.
    qtbot.waitUntil(lambda: all(c.isVisible() for c in wizard.mapping_page.combos.values()),
                    timeout=WAIT)
    yield "import_2_mapping", wizard
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT)
    yield "import_3_preview", wizard
    wizard.preview_page.tabs.setCurrentIndex(0)  # every row as it will be written
    yield "import_3_preview_rows", wizard
    _next(qtbot, wizard)
    yield "import_4_mode", wizard
    wizard.reject()


def other_dialogs(qtbot: QtBot, window: MainWindow, tmp: Path) -> Shown:
    services = window.services
    assert services is not None
    for name, dialog in (
            ("dialog_smtp", SmtpDialog(window.ctx, services, window)),
            ("dialog_lead_times", LeadTimesDialog(services.reminders.lead_times(), window)),
            ("dialog_decision", DecisionDialog(["Plus · L-0001", "Plus · L-0002"], None, "",
                                               window)),
            ("dialog_restore", RestoreDialog(str(tmp / "roster.sqlite"), [], window)),
            ("dialog_welcome", WelcomeDialog(can_import=True, parent=window)),
            ("dialog_language", LanguageDialog("", "nb_NO", window))):
        dialog.open()
        qtbot.waitExposed(dialog)
        _idle(qtbot, window)
        yield name, dialog
        _close(dialog)
    from seatkeeper.ui.dialogs.export_dialog import ExportDialog

    export = ExportDialog(True, window)
    export.open()
    yield "dialog_export", export
    _close(export)
    box = show_error(window, RuleRefused("VL-2", TOO_FEW_SEATS(minimum=5, seats=3)))
    yield "dialog_error", box
    _close(box)


def tour(qtbot: QtBot, window: MainWindow, tmp: Path) -> Shown:
    """Everything, in order; the window is left on its Licences screen."""
    yield from screens(qtbot, window)
    yield from menus(qtbot, window)
    yield from seat_dialogs(qtbot, window)
    yield from purchase_wizard(qtbot, window)
    yield from send_wizard(qtbot, window)
    yield from import_wizard(qtbot, window)
    yield from other_dialogs(qtbot, window, tmp)
    QApplication.processEvents()
