"""Every wizard page has the same header (title and subtitle), and the wizards and
dialogs put their buttons in one order (issue 18: two header styles, button order that
differed between dialogs)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from seatkeeper.services.bundle import Services
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.wizards.common import WIZARD_BUTTONS
from seatkeeper.ui.wizards.import_wizard import ImportWizard
from seatkeeper.ui.wizards.purchase_wizard import PurchaseWizard
from seatkeeper.ui.wizards.send_wizard import SendWizard


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """These widgets start reads at once; a garbage collection that a worker thread
    happened to trigger would free Qt objects off the GUI thread. Collect here instead."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()


def wizards(qtbot: QtBot, ctx: WindowContext, services: Services) -> list[QWizard]:
    made: list[QWizard] = [PurchaseWizard(ctx, services), ImportWizard(ctx, services),
                           SendWizard(ctx, services)]
    for wizard in made:
        qtbot.addWidget(wizard)  # kept alive until the test ends, its reads done
    return made


def test_every_page_of_every_wizard_has_a_title_and_a_subtitle(
        qtbot: QtBot, ctx: WindowContext, demo_services: Services, runner: TaskRunner) -> None:
    for wizard in wizards(qtbot, ctx, demo_services):
        assert wizard.wizardStyle() == QWizard.WizardStyle.ClassicStyle
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            assert page.title(), (type(wizard).__name__, type(page).__name__)
            assert page.subTitle(), (type(wizard).__name__, type(page).__name__)
    runner.wait()


def test_the_wizards_lay_their_buttons_out_alike(qtbot: QtBot, ctx: WindowContext,
                                                 demo_services: Services,
                                                 runner: TaskRunner) -> None:
    for wizard in wizards(qtbot, ctx, demo_services):
        assert wizard.testOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        # The layout the shared set-up gives (QWizard has no getter for it).
        assert wizard.property("buttonLayout") == [b.value for b in WIZARD_BUTTONS], \
            type(wizard).__name__
    runner.wait()


def test_dialogs_close_through_a_button_box_in_the_platform_order(
        qtbot: QtBot, ctx: WindowContext, demo_services: Services, runner: TaskRunner) -> None:
    from seatkeeper.services.rows import LicenceRow  # noqa: F401
    from seatkeeper.store.paging import TableQuery
    from seatkeeper.ui.dialogs.credentials_dialog import CredentialsDialog
    from seatkeeper.ui.dialogs.seat_dialogs import DevicesDialog

    row = demo_services.roster.licence_page(TableQuery(limit=1))[0]
    for dialog in (DevicesDialog(ctx, demo_services, row),
                   CredentialsDialog(ctx, demo_services, row)):
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None, type(dialog).__name__
        closing = [b for b in dialog.findChildren(QPushButton)
                   if b.text().replace("&", "") in {"Close", "Save"}]
        assert closing
        assert all(b.parent() is box for b in closing), type(dialog).__name__
    runner.wait()
