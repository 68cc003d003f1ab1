"""Opening a roster in the window: first look, services on a worker, screens one by one.

The window exists before the roster is open. Opening it:

1. the roster lock is taken (a second window on one roster is refused);
2. a first look reads the Licences count and first page with the bare
   driver (plain sqlite3 for a file, ~10 ms; psycopg for PostgreSQL) and the
   Licences screen shows real seats before SQLAlchemy and the services are
   even imported;
3. a worker imports SQLAlchemy and the services, then opens them
   (migrations, the daily backup, keyring probing), while the window imports
   the screens and the roster's actions, one module per turn of its event
   loop (Qt classes are made on the GUI thread only: see WINDOW_MODULES);
4. the screens are built one per turn of the event loop, the shown one
   loads alone and the hidden ones queue behind its first page;
5. ``ctx.roster_opened`` fires: actions join the toolbars.

Closing detaches the screens and closes the services on a worker.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from seatkeeper.domain.errors import KnownError
from seatkeeper.services.first_look import FirstPage, first_licence_page, has_first_look
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions.registry import ROSTER_MODULES as ROSTER_ACTIONS
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.roster_lock import RosterLock
from seatkeeper.ui.screens import licences
from seatkeeper.ui.screens.specs import SCREENS, ScreenSpec
from seatkeeper.ui.tasks import settle_long_lived
from seatkeeper.ui.widgets.table_screen import TableScreen

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services
    from seatkeeper.ui.dialogs.welcome_dialog import WelcomeChoice

CTX = "Startup"

# What the window needs once a roster is open, in two parts.
#
# SQLAlchemy and the services hold no Qt (the import contracts keep ui/ out of them). A
# worker imports them while the window shows the first look: about 0.7 s that, on the
# GUI thread, would hold the first paint. With them every service the screens and actions
# import, so that the window's turns below run only ui/ modules (the reminder schedule's
# plistlib, xml.sax and shlex alone were 16 ms of them).
SERVICE_MODULES = (
    "seatkeeper.services.bundle",
    "seatkeeper.services.remind_schedule",
    "seatkeeper.services.calendar_export",
)
# The screens and the actions over them define Qt classes, and those are made on the GUI
# thread only. PySide builds a Python class's meta-object when Qt first asks for it, on
# the GUI thread and without the GIL (PySide::MetaObjectBuilder::update, from
# QMetaObject::cast as an event is delivered); a worker making Qt classes meanwhile
# crashed the process (a segfault there in about 1 start in 120). The window imports
# these one per turn of its event loop while the worker opens the store: 1-22 ms each,
# about 57 ms in all (tests/ui/test_startup_gui_thread.py).
WINDOW_MODULES = (
    *(f"seatkeeper.ui.screens.{spec.module}" for spec in SCREENS if spec.key != "licences"),
    *(f"seatkeeper.ui.actions.{module}" for module in ROSTER_ACTIONS),
    "seatkeeper.ui.widgets.subscription_panel",
)

Opener = Callable[[RosterLocation, bool], "Services"]


class Shell(Protocol):
    """The parts of the window that opening a roster fills."""

    def add_screen(self, key: str, title: str, screen: TableScreen) -> None: ...

    def remove_screens(self, keep: TableScreen | None) -> None: ...

    def show_first_screen(self) -> None: ...

    def set_placeholder(self, text: str) -> None: ...

    def set_roster_title(self, label: str | None, *, read_only: bool = False) -> None: ...

    def first_roster(self) -> None:
        """The roster's own actions (Seats, Send, Settings, reminders): once."""


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


def after_paint(widget: QWidget, then: Callable[[], None], at_most_ms: int = 300) -> None:
    _PaintedThen(widget, then, at_most_ms)


def load_service_modules() -> None:
    """On the worker: the Qt-free part of what an open roster needs."""
    for name in SERVICE_MODULES:
        import_module(name)


def import_window_module(names: list[str]) -> None:
    """On the GUI thread: the next of ``names`` not imported yet."""
    while names:
        name = names.pop(0)
        if name not in sys.modules:
            import_module(name)
            return


class Startup(QObject):
    """Opens and closes rosters in one window (see the module docstring)."""

    def __init__(self, ctx: WindowContext, shell: Shell, opener: Opener,
                 demo_location: RosterLocation) -> None:
        super().__init__(ctx)
        self.ctx, self._shell, self._opener = ctx, shell, opener
        self.demo_location = demo_location
        self.screens: dict[str, TableScreen] = {}
        self.roster_lock = RosterLock()
        self._offer_welcome = False
        self._opening: RosterLocation | None = None
        self._early: TableScreen | None = None  # the Licences screen over a first look
        self._first_loaded = False  # the shown screen's first page is in: the rest may load
        self._roster_actions = False

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
            self.ctx.messages.fail(error, tr(CTX, "Cannot open the roster"))
            return
        self._opening = location
        self.ctx.messages.show_status(tr(CTX, "Opening {roster}…", roster=location.label))

        def failed(error: BaseException) -> None:
            self._open_failed(error, location)

        def open_it(_loaded: object = None) -> None:
            self._import_by_turns(list(WINDOW_MODULES))
            self.ctx.read(lambda: self._opener(location, fill_demo)).success(
                self._attach).failure(failed).run()

        def start_opening(*_ignored: object) -> None:
            self.ctx.read(load_service_modules).success(open_it).failure(failed).run()

        if self.screens or not has_first_look(location):
            start_opening()
            return

        # First a look with the bare driver (sqlite3 ~10 ms, psycopg): real seats are on
        # screen before the worker imports SQLAlchemy and the services (~0.5 s) and opens
        # the store. Started together, the two would share the GIL and both be late.
        def looked(page: FirstPage | None) -> None:
            self._first_look(location, page, fill_demo)
            if self._early is not None and self._early.isVisible():
                after_paint(self._early.table.viewport(), start_opening)
            else:
                start_opening()

        look = first_look or (lambda: first_licence_page(location, licences.PAGE_SIZE))
        # A failed look is the store's to report.
        self.ctx.read(look).success(looked).failure(start_opening).run()

    def _first_look(self, location: RosterLocation, page: FirstPage | None,
                    fill_demo: bool) -> None:
        if page is None or (fill_demo and page.count == 0) or self._opening != location \
                or self.screens:
            return  # the store answers instead (an empty demo roster is filled first)
        screen = licences.build_early(self.ctx, page)
        self._early = screen
        self._add("licences", SCREENS[0].title(), screen)
        self._shell.show_first_screen()
        self._shell.set_roster_title(location.label)
        screen.status_changed.emit(screen.count_label.text())

    def _open_failed(self, error: BaseException, location: RosterLocation) -> None:
        services = self.ctx.services
        if services is None or services.store.location != location:
            self.roster_lock.drop(location)
        if location == self._opening:
            self._opening = None
            if services is None:
                self._detach()  # a first look of a roster that cannot be opened goes too
        self._install_roster_actions()
        self._shell.set_placeholder(tr(CTX, "No roster is open. Use File → Open roster… or "
                                        "File → Open demo roster."))
        self.ctx.messages.show_status("")
        self.ctx.messages.fail(error, tr(CTX, "Cannot open the roster"))

    def _install_roster_actions(self) -> None:
        """Seats and Send menus, settings, reminders: once, with the first roster.

        Their modules import the services; the worker has imported those by now (or
        failed to, and then an action's module imports what it needs on its own).
        """
        if not self._roster_actions:
            self._roster_actions = True
            self._shell.first_roster()

    def _import_by_turns(self, names: list[str]) -> None:
        """One window module per turn of the event loop, while the worker opens the store."""
        import_window_module(names)
        if names:
            QTimer.singleShot(0, self, partial(self._import_by_turns, names))

    def _attach(self, services: Services) -> None:
        early = self._early if self._opening == services.store.location else None
        self._early = None
        self._detach(keep=early)
        self._opening = None
        self._first_loaded = False
        self.ctx.set_services(services)
        self.roster_lock.keep_only(services.store.location)
        self._shell.set_roster_title(services.store.location.label,
                                     read_only=services.read_only)
        self.ctx.messages.show_status(services.store.location.label)
        # What the turns above have not imported yet (a store that opened quickly).
        left = [name for name in WINDOW_MODULES if name not in sys.modules]
        steps: list[Callable[[], object]] = [partial(import_module, name) for name in left]
        steps.append(self._install_roster_actions)
        for spec in SCREENS:
            if spec.key == "licences" and early is not None:
                steps.append(partial(self._go_live, early, services))
            else:
                steps.append(partial(self._build_screen, spec))
        steps.append(partial(self._attached, services))
        self._run_steps(services, steps)

    def _run_steps(self, services: Services, steps: list[Callable[[], object]]) -> None:
        """One step each turn of the event loop: building six screens and the menus at
        once would hold the window for a noticeable moment on a busy machine."""
        if self.ctx.services is not services:
            return  # closed or reopened meanwhile
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, partial(self._run_steps, services, steps))

    def _go_live(self, screen: TableScreen, services: Services) -> None:
        licences.go_live(screen, services)
        self._first_loaded = True  # the first look's page is the store's first page

    def _build_screen(self, spec: ScreenSpec) -> None:
        screen = spec.build(self.ctx)
        self._add(spec.key, spec.title(), screen)
        if len(self.screens) == 1:  # the shown screen loads alone; the rest queue behind
            self._shell.show_first_screen()
            screen.model.loaded.connect(self._first_screen_loaded)
            screen.model.load_failed.connect(self._first_screen_loaded)
            screen.refresh()
        elif self._first_loaded:
            screen.refresh()
        else:  # queued: waiters see it as loading
            screen.model.is_loading = True

    def _first_screen_loaded(self) -> None:
        """Then the hidden screens load.

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

    def _attached(self, _services: Services) -> None:
        self._shell.show_first_screen()
        settle_long_lived()  # the screens are built: the full collections need not walk them
        self.ctx.roster_opened.emit()

    def _add(self, key: str, title: str, screen: TableScreen) -> None:
        screen.setObjectName(f"screen_{key}")
        self.screens[key] = screen
        self._shell.add_screen(key, title, screen)

    # -- the welcome, for an empty roster -----------------------------------
    def offer_welcome(self, subscriptions: int) -> None:
        """With the first counts of a roster opened for the admin: an empty one gets a
        welcome (the demo, an import, or an empty start)."""
        if self._offer_welcome and subscriptions == 0:
            self._offer_welcome = False
            from seatkeeper.ui.dialogs.welcome_dialog import WelcomeDialog  # an empty roster

            dialog = WelcomeDialog(can_import=True, parent=self.ctx.window)
            dialog.setObjectName("welcomeDialog")
            dialog.finished.connect(lambda _result: self._welcome_chosen(dialog.choice))
            dialog.open()

    def _welcome_chosen(self, choice: WelcomeChoice) -> None:
        from seatkeeper.ui.actions.transfer import open_import_wizard
        from seatkeeper.ui.dialogs.welcome_dialog import WelcomeChoice

        if choice is WelcomeChoice.DEMO:
            self.open_roster(self.demo_location, fill_demo=True)
        elif choice is WelcomeChoice.IMPORT:
            open_import_wizard(self.ctx)

    # -- closing ------------------------------------------------------------
    def close_roster(self) -> None:
        """Close the open roster (its lock stays: the same roster is reopened next)."""
        self._detach()
        self._shell.set_placeholder(tr(CTX, "Opening the roster…"))

    def _detach(self, keep: TableScreen | None = None) -> None:
        self._shell.remove_screens(keep)
        self.screens = {key: s for key, s in self.screens.items() if s is keep}
        old = self.ctx.services
        if old is not None:
            self.ctx.set_services(None)
            self.ctx.runner.run(old.close)

    def shut_down(self) -> None:
        self._detach()
        self.ctx.runner.wait()
        self.roster_lock.keep_only(None)
