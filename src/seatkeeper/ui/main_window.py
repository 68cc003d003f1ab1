"""The main window: navigation, one screen per roster view, status bar, menus.

The window exists before the roster is open: opening (migrations, keyring
probing) runs on a worker and the screens are built when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
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
from seatkeeper.services.first_look import FirstPage, first_licence_page
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui import backup_actions, transfer_actions
from seatkeeper.ui.messages import Banner, show_error
from seatkeeper.ui.roster_lock import RosterLock
from seatkeeper.ui.screens import licences
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.table_screen import TableScreen

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services
    from seatkeeper.services.rows import RosterCounts
    from seatkeeper.ui.dialogs.welcome_dialog import WelcomeChoice
    from seatkeeper.ui.reminders import ReminderController
    from seatkeeper.ui.screens.seat_actions import SeatActions


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    module: str  # under seatkeeper.ui.screens; imported once a roster is opening

    def build(self, runner: TaskRunner, services: Services) -> TableScreen:
        screen: TableScreen = import_module(f"seatkeeper.ui.screens.{self.module}").build(
            runner, services)
        return screen


def screen_specs() -> list[ScreenSpec]:
    """The navigation, in order."""
    return [
        ScreenSpec("licences", _tr("Licences"), "licences"),
        ScreenSpec("devices", _tr("Devices"), "devices"),
        ScreenSpec("deliveries", _tr("Deliveries"), "deliveries"),
        ScreenSpec("deadlines", _tr("Deadlines"), "deadlines"),
        ScreenSpec("review", _tr("Review"), "review"),
        ScreenSpec("audit", _tr("Audit"), "audit"),
    ]


# What the window needs once a roster is open: SQLAlchemy, the services and the screens
# and actions over them. A worker imports them while the window already shows the first
# look; imported on the GUI thread they would hold it (and the first paint) for ~0.5 s.
ROSTER_MODULES = (
    "seatkeeper.services.bundle",
    *(f"seatkeeper.ui.screens.{spec}" for spec in
      ("devices", "deliveries", "deadlines", "review", "audit", "seat_actions")),
    "seatkeeper.ui.send_actions",
    "seatkeeper.ui.reminders",
    "seatkeeper.ui.widgets.subscription_panel",
)


class _PaintedThen(QObject):
    """Calls ``then`` once ``widget`` has painted (or after ``at_most_ms`` regardless)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], at_most_ms: int) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # once this paint is done
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            widget = self.parent()
            if widget is not None:
                widget.removeEventFilter(self)
            then()
            self.deleteLater()


def _after_paint(widget: QWidget, then: Callable[[], None], at_most_ms: int = 300) -> None:
    _PaintedThen(widget, then, at_most_ms)


def load_roster_modules() -> None:
    for name in ROSTER_MODULES:
        import_module(name)


Opener = Callable[[RosterLocation, bool], "Services"]


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
        # Seats and Send menus, reminders: installed with the first roster (_install_actions)
        self.seat_actions: SeatActions | None = None
        self.reminders: ReminderController | None = None
        self._opening: RosterLocation | None = None
        self._early: TableScreen | None = None  # the Licences screen over a first look
        self._first_loaded = False  # the shown screen's first page is in: the rest may load

    # -- opening ------------------------------------------------------------
    def open_roster(self, location: RosterLocation, *, fill_demo: bool = False,
                    offer_welcome: bool = False,
                    first_look: Callable[[], FirstPage | None] | None = None) -> None:
        """Open ``location``; ``first_look`` answers its first page if the caller started
        reading it already (see services.first_look.start_first_look)."""
        self._offer_welcome = offer_welcome
        try:
            self.roster_lock.take(location)  # a second window on one roster is refused
        except KnownError as error:
            show_error(self, error, _tr("Cannot open the roster"))
            return
        self._opening = location
        self.statusBar().showMessage(_tr("Opening %1…").replace("%1", location.label))
        def open_it() -> Services:
            load_roster_modules()
            return self._opener(location, fill_demo)

        def start_opening(*_ignored: object) -> None:
            self.runner.run(open_it, self._attach,
                            lambda error: self._open_failed(error, location))

        if self.screens or location.path is None:
            start_opening()
            return
        # First a look at the file with plain sqlite3 (~10 ms): real seats are on screen
        # before the worker imports SQLAlchemy and the services (~0.5 s) and opens the
        # store. Started together, the two would share the GIL and both be late.
        def looked(page: FirstPage | None) -> None:
            self._first_look(location, page, fill_demo)
            if self._early is not None and self._early.isVisible():
                _after_paint(self._early.table.viewport(), start_opening)
            else:
                start_opening()

        look = first_look or (lambda: first_licence_page(location, licences.PAGE_SIZE))
        self.runner.run(look, looked, start_opening)  # a failed look is the store's to report

    def _first_look(self, location: RosterLocation, page: FirstPage | None,
                    fill_demo: bool) -> None:
        if page is None or (fill_demo and page.count == 0) or self._opening != location \
                or self.screens:
            return  # the store answers instead (an empty demo roster is filled first)
        screen = licences.build_early(self.runner, page)
        self._early = screen
        self._add_screen("licences", _tr("Licences"), screen)
        self.nav.setCurrentRow(0)
        self.setWindowTitle(f"Seatkeeper — {location.label}")
        screen.status_changed.emit(screen.count_label.text())

    def _open_failed(self, error: BaseException, location: RosterLocation | None = None) -> None:
        if location is not None and (self.services is None
                                     or self.services.store.location != location):
            self.roster_lock.drop(location)
        if location is not None and location == self._opening:
            self._opening = None
            if self.services is None:
                self._detach()  # a first look of a roster that cannot be opened goes too
        self._install_actions()
        self.placeholder.setText(_tr("No roster is open. Use File → Open roster… or "
                                     "File → Open demo roster."))
        self.statusBar().clearMessage()
        show_error(self, error, _tr("Cannot open the roster"))

    def _install_actions(self) -> None:
        """Seats and Send menus, SMTP and reminder settings: once, with the first roster.

        Their modules import the services; a worker has imported them by now.
        """
        if self.seat_actions is not None:
            return
        from seatkeeper.ui import reminders as reminders_ui
        from seatkeeper.ui import send_actions
        from seatkeeper.ui.screens import seat_actions

        self.seat_actions = seat_actions.install(self)
        send_actions.install(self)
        self.reminders = reminders_ui.install(self)  # strip, hourly check, tray, settings

    def _attach(self, services: Services) -> None:
        early = self._early if self._opening == services.store.location else None
        self._early = None
        self._detach(keep=early)
        self._opening = None
        self.services = services
        self._first_loaded = False
        self.roster_lock.keep_only(services.store.location)
        label = services.store.location.label
        title = f"Seatkeeper — {label}"
        if services.read_only:
            title += _tr(" (read-only review)")
        self.setWindowTitle(title)
        self.statusBar().showMessage(label)
        steps: list[Callable[[], None]] = [self._install_actions]
        for spec in screen_specs():
            if spec.key == "licences" and early is not None:
                steps.append(partial(self._go_live, early, services))
            else:
                steps.append(partial(self._build_screen, spec, services))
        steps.append(partial(self._attached, services))
        self._run_steps(services, steps)

    def _run_steps(self, services: Services, steps: list[Callable[[], None]]) -> None:
        """One step each turn of the event loop: building six screens and the menus at
        once would hold the window for a noticeable moment on a busy machine."""
        if self.services is not services:
            return  # closed or reopened meanwhile
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, partial(self._run_steps, services, steps))

    def _go_live(self, screen: TableScreen, services: Services) -> None:
        licences.go_live(screen, self.runner, services)
        self._first_loaded = True  # the first look's page is the store's first page
        self.refresh_counts()

    def _build_screen(self, spec: ScreenSpec, services: Services) -> None:
        screen = spec.build(self.runner, services)
        self._add_screen(spec.key, spec.title, screen)
        if len(self.screens) == 1:  # the shown screen loads alone; the rest queue behind
            self.nav.setCurrentRow(0)
            screen.model.loaded.connect(self._first_screen_loaded)
            screen.model.load_failed.connect(self._first_screen_loaded)
            screen.refresh()
        elif self._first_loaded:
            screen.refresh()
        else:  # queued: waiters see it as loading
            screen.model.is_loading = True

    def _first_screen_loaded(self) -> None:
        """Then the hidden screens and the status-bar totals load.

        On a large roster their counts (1.5 M devices, deadlines, the totals)
        would share the two cores with the first page the admin is waiting for.
        """
        first = self.sender()
        screens = list(self.screens.values())
        if self._first_loaded or not screens or first is not screens[0].model:
            return  # the roster was closed or reopened meanwhile
        self._first_loaded = True
        if screens[0].isVisible():  # paint the first page now, before the others compete
            screens[0].table.viewport().repaint()
        for screen in screens[1:]:
            screen.refresh()
        self.refresh_counts()

    def _attached(self, services: Services) -> None:
        self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
        self._show_vault_state(services)
        self.roster_opened.emit()

    def _add_screen(self, key: str, title: str, screen: TableScreen) -> None:
        screen.setObjectName(f"screen_{key}")
        screen.status_changed.connect(lambda text, s=screen: self._screen_status(s, text))
        self.screens[key] = screen
        self.stack.addWidget(screen)
        self.nav.addItem(title)

    def close_roster(self) -> None:
        """Close the open roster (its lock stays: the same roster is reopened next)."""
        self._detach()
        self.placeholder.setText(_tr("Opening the roster…"))

    def _detach(self, keep: TableScreen | None = None) -> None:
        if keep is None:
            self.nav.clear()
        else:
            while self.nav.count() > 1:
                self.nav.takeItem(self.nav.count() - 1)
        for key, screen in list(self.screens.items()):
            if screen is keep:
                continue
            del self.screens[key]
            self.stack.removeWidget(screen)
            screen.deleteLater()
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
        from seatkeeper.ui.dialogs.welcome_dialog import WelcomeDialog  # an empty roster only

        dialog = WelcomeDialog(can_import=True, parent=self)
        dialog.setObjectName("welcomeDialog")
        dialog.finished.connect(lambda _result: self._welcome_chosen(dialog.choice))
        dialog.open()

    def _welcome_chosen(self, choice: WelcomeChoice) -> None:
        from seatkeeper.ui.dialogs.welcome_dialog import WelcomeChoice

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
