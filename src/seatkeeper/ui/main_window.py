"""The main window: navigation, one screen per roster view, status bar, menus.

The window exists before the roster is open: opening (migrations, keyring
probing) runs on a worker and the screens are built when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seatkeeper import __version__
from seatkeeper.domain.errors import KnownError
from seatkeeper.services.bundle import Services
from seatkeeper.services.rows import RosterCounts
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui import backup_actions, send_actions, transfer_actions
from seatkeeper.ui import reminders as reminders_ui
from seatkeeper.ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
from seatkeeper.ui.messages import Banner, show_error
from seatkeeper.ui.roster_lock import RosterLock
from seatkeeper.ui.screens import (
    audit,
    deadlines,
    deliveries,
    devices,
    licences,
    review,
    seat_actions,
)
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.table_screen import TableScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    build: Callable[[TaskRunner, Services], TableScreen]


def screen_specs() -> list[ScreenSpec]:
    """The navigation, in order; later screens (Deliveries, Review, Audit) join here."""
    return [
        ScreenSpec("licences", _tr("Licences"), licences.build),
        ScreenSpec("devices", _tr("Devices"), devices.build),
        ScreenSpec("deliveries", _tr("Deliveries"), deliveries.build),
        ScreenSpec("deadlines", _tr("Deadlines"), deadlines.build),
        ScreenSpec("review", _tr("Review"), review.build),
        ScreenSpec("audit", _tr("Audit"), audit.build),
    ]


Opener = Callable[[RosterLocation, bool], Services]


class MainWindow(QMainWindow):
    """Seatkeeper's window over one open roster at a time."""

    roster_opened = Signal()

    def __init__(self, runner: TaskRunner, opener: Opener, demo_location: RosterLocation) -> None:
        super().__init__()
        self.runner, self._opener, self._demo_location = runner, opener, demo_location
        self.services: Services | None = None
        self.screens: dict[str, TableScreen] = {}
        self._offer_welcome = False
        self.roster_lock = RosterLock()
        self.setWindowTitle("Seatkeeper")
        self.resize(1440, 800)

        self.banner = Banner(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(140)
        self.nav.setAccessibleName(_tr("Screens"))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 7px 10px; }")
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(_tr("Opening the roster…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.nav.currentRowChanged.connect(self._show_screen)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.counts_label = QLabel(self)
        self.vault_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.vault_label)
        self._build_menus()
        self.seat_actions = seat_actions.install(self)
        send_actions.install(self)
        self.reminders = reminders_ui.install(self)  # strip, hourly check, tray, settings

    # -- opening ------------------------------------------------------------
    def open_roster(self, location: RosterLocation, *, fill_demo: bool = False,
                    offer_welcome: bool = False) -> None:
        self._offer_welcome = offer_welcome
        try:
            self.roster_lock.take(location)  # a second window on one roster is refused
        except KnownError as error:
            show_error(self, error, _tr("Cannot open the roster"))
            return
        self.statusBar().showMessage(_tr("Opening %1…").replace("%1", location.label))
        self.runner.run(lambda: self._opener(location, fill_demo), self._attach,
                        lambda error: self._open_failed(error, location))

    def _open_failed(self, error: BaseException, location: RosterLocation | None = None) -> None:
        if location is not None and (self.services is None
                                     or self.services.store.location != location):
            self.roster_lock.drop(location)
        self.placeholder.setText(_tr("No roster is open. Use File → Open roster… or "
                                     "File → Open demo roster."))
        self.statusBar().clearMessage()
        show_error(self, error, _tr("Cannot open the roster"))

    def _attach(self, services: Services) -> None:
        self._detach()
        self.services = services
        self.roster_lock.keep_only(services.store.location)
        label = services.store.location.label
        title = f"Seatkeeper — {label}"
        if services.read_only:
            title += _tr(" (read-only review)")
        self.setWindowTitle(title)
        self.statusBar().showMessage(label)
        for spec in screen_specs():
            screen = spec.build(self.runner, services)
            screen.setObjectName(f"screen_{spec.key}")
            screen.status_changed.connect(
                lambda text, s=screen: self._screen_status(s, text))
            self.screens[spec.key] = screen
            self.stack.addWidget(screen)
            self.nav.addItem(spec.title)
        self.nav.setCurrentRow(0)
        self._show_vault_state(services)
        self._load_first_then_rest(list(self.screens.values()))
        self.roster_opened.emit()

    def _load_first_then_rest(self, screens: list[TableScreen]) -> None:
        """The shown screen loads alone; the others and the counts queue behind it.

        On a large roster the hidden screens' counts (1.5 M devices, deadlines,
        the status-bar totals) would share the two cores with the first page
        the admin is waiting for.
        """
        first, rest = screens[0], screens[1:]
        for screen in rest:
            screen.model.is_loading = True  # queued: waiters see it as loading

        def load_rest() -> None:
            first.model.loaded.disconnect(load_rest)
            first.model.load_failed.disconnect(load_rest)
            if first not in self.screens.values():
                return  # the roster was closed or reopened meanwhile
            if first.isVisible():  # paint the first page now, before the others compete
                first.table.viewport().repaint()
            for screen in rest:
                screen.refresh()
            self.refresh_counts()

        first.model.loaded.connect(load_rest)
        first.model.load_failed.connect(load_rest)
        first.refresh()

    def close_roster(self) -> None:
        """Close the open roster (its lock stays: the same roster is reopened next)."""
        self._detach()
        self.placeholder.setText(_tr("Opening the roster…"))

    def _detach(self) -> None:
        self.nav.clear()
        for screen in self.screens.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        if self.services is not None:
            old = self.services
            self.services = None
            self.runner.run(old.close)

    def _show_vault_state(self, services: Services) -> None:
        if services.vault_description is None:
            self.vault_label.setText(_tr("Credentials unavailable"))
            self.vault_label.setToolTip(_tr("No secure keyring on this system, so seat "
                                            "credentials cannot be stored or shown. Everything "
                                            "else works."))
            self.banner.show_message(_tr("No secure keyring was found on this system: seat "
                                         "credentials are unavailable. Everything else works."),
                                     "warning")
        else:
            self.vault_label.setText(_tr("Keyring: %1").replace("%1", services.vault_description))
            self.vault_label.setToolTip("")

    def refresh_counts(self) -> None:
        services = self.services
        if services is not None:
            self.runner.run(services.roster.counts, self._show_counts)

    def _show_counts(self, counts: RosterCounts) -> None:
        self.counts_label.setText(
            _tr("%1 subscriptions · %2 seats (%3 assigned) · %4 devices · %5 pending deliveries")
            .replace("%1", f"{counts.subscriptions:,}").replace("%2", f"{counts.seats:,}")
            .replace("%3", f"{counts.assigned:,}").replace("%4", f"{counts.devices:,}")
            .replace("%5", f"{counts.pending_deliveries:,}"))
        if self._offer_welcome and counts.subscriptions == 0:
            self._offer_welcome = False
            self._welcome()

    def _welcome(self) -> None:
        dialog = WelcomeDialog(can_import=True, parent=self)
        dialog.setObjectName("welcomeDialog")
        dialog.finished.connect(lambda _result: self._welcome_chosen(dialog.choice))
        dialog.open()

    def _welcome_chosen(self, choice: WelcomeChoice) -> None:
        if choice is WelcomeChoice.DEMO:
            self.open_roster(self._demo_location, fill_demo=True)
        elif choice is WelcomeChoice.IMPORT:
            transfer_actions.open_import_wizard(self)

    # -- navigation and menus ----------------------------------------------
    def _screen_status(self, screen: TableScreen, text: str) -> None:
        if self.stack.currentWidget() is screen:
            self.statusBar().showMessage(text)

    def _show_screen(self, row: int) -> None:
        keys = list(self.screens)
        if 0 <= row < len(keys):
            screen = self.screens[keys[row]]
            self.stack.setCurrentWidget(screen)
            self.statusBar().showMessage(screen.count_label.text())

    def show_screen(self, key: str) -> None:
        if key in self.screens:
            self.nav.setCurrentRow(list(self.screens).index(key))

    def refresh(self) -> None:
        for screen in self.screens.values():
            screen.refresh()
        self.refresh_counts()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("&File"))
        self._action(file_menu, _tr("&Open roster…"), self._choose_roster,
                     QKeySequence.StandardKey.Open)
        self._action(file_menu, _tr("Open &demo roster"),
                     lambda: self.open_roster(self._demo_location, fill_demo=True))
        backup_actions.install(self, file_menu)
        file_menu.addSeparator()
        transfer_actions.install(self, file_menu)
        file_menu.addSeparator()
        self._action(file_menu, _tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        view = self.menuBar().addMenu(_tr("&View"))
        for number, spec in enumerate(screen_specs(), start=1):  # Ctrl+1, Ctrl+2, …
            self._action(view, spec.title, partial(self.show_screen, spec.key),
                         f"Ctrl+{number}")
        view.addSeparator()
        self._action(view, _tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.settings_menu = self.menuBar().addMenu(_tr("&Settings"))
        self.settings_menu.setObjectName("settingsMenu")
        help_menu = self.menuBar().addMenu(_tr("&Help"))
        self._action(help_menu, _tr("&About Seatkeeper"), self._about)

    def _action(self, menu: object, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _choose_roster(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Open roster"), "", _tr("Seatkeeper rosters (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_roster(RosterLocation.parse(path))

    def _about(self) -> None:
        QMessageBox.about(self, _tr("About Seatkeeper"),
                          _tr("Seatkeeper %1 — keeps software subscriptions true and "
                              "affordable.").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._detach()
        self.runner.wait()
        self.roster_lock.keep_only(None)
        super().closeEvent(event)
