"""The main window: it composes the navigation, the screens, the menus and the messages.

What the window does is elsewhere: opening a roster in ``ui.startup``, every
menu action in ``ui.actions`` (factories taking the window's context, laid
out here from the registry), the screens in ``ui.screens``. Nothing in
``ui`` imports this module; it implements the ``WindowHost`` and ``Shell``
protocols the others see it through.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from seatkeeper.domain.changes import Changes, Entity
from seatkeeper.services.first_look import FirstPage
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions.registry import (
    ROSTER_MODULES,
    WINDOW_MODULES,
    Menu,
    Placed,
    create_actions,
    menu_title,
)
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.counts import (
    devices_text,
    pending_deliveries_text,
    seats_text,
    subscriptions_text,
)
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.messages import Banner, show_error
from seatkeeper.ui.startup import Opener, Startup
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.tones import restyle
from seatkeeper.ui.widgets.table_screen import TableScreen
from seatkeeper.ui.window_layout import place_window, restore_table, save_table, save_window

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services
    from seatkeeper.services.rows import RosterCounts

log = logging.getLogger(__name__)
CTX = "MainWindow"
COUNTED = (Entity.SUBSCRIPTION, Entity.SEAT, Entity.PERSON, Entity.DEVICE, Entity.DELIVERY)


class MainWindow(QMainWindow):
    """Seatkeeper's window over one open roster at a time."""

    roster_opened = Signal()  # the roster's screens are built (relayed from the context)

    def __init__(self, runner: TaskRunner, opener: Opener, demo_location: RosterLocation) -> None:
        super().__init__()
        self.runner = runner
        self.ctx = WindowContext(runner, self, self)
        self.setWindowTitle("Seatkeeper")
        place_window(self)  # fits the screen; remembered per screen size

        self.banner = Banner(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(140)
        self.nav.setAccessibleName(tr(CTX, "Screens"))
        restyle(self.nav, "QListWidget#navigation::item { padding: 7px 10px; }")
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(tr(CTX, "Opening the roster…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.nav.currentRowChanged.connect(self._show_row)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.banner)
        self._column.addLayout(body, 1)
        self.setCentralWidget(central)
        self.counts_label = QLabel(self)
        self.vault_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.vault_label)

        self.startup = Startup(self.ctx, self, opener, demo_location)
        self.menus: dict[Menu, QMenu] = {}
        self.actions_by_name: dict[str, Placed] = {}
        for menu in Menu:
            self.menus[menu] = self.menuBar().addMenu(menu_title(menu))
            self.menus[menu].setToolTipsVisible(True)
        self._screen_entries: list[QAction] = []  # View's per-screen submenus, rebuilt on show
        self.menus[Menu.VIEW].aboutToShow.connect(self._screen_menus)
        self._add_actions(create_actions(self.ctx, self, WINDOW_MODULES))
        self._connect()

    def _connect(self) -> None:
        messages = self.ctx.messages
        messages.info.connect(lambda text, seconds: self.banner.show_message(text, "info",
                                                                             seconds))
        messages.warning.connect(lambda text: self.banner.show_message(text, "warning"))
        messages.error.connect(lambda error, title: show_error(self, error, title))
        messages.status.connect(lambda text, msecs: self.statusBar().showMessage(text, msecs))
        self.ctx.roster_opened.connect(self.roster_opened)
        self.ctx.roster_opened.connect(self._roster_opened)
        self.ctx.events.changed.connect(self._roster_changed)

    # -- menus --------------------------------------------------------------
    def _add_actions(self, placed: list[Placed]) -> None:
        """Put ``placed`` in their menus, in order; a menu with no action stays hidden."""
        for item in placed:
            self.actions_by_name[item.name] = item
        self._drop_screen_menus()
        for menu, qmenu in self.menus.items():
            qmenu.clear()
            items = sorted((p for p in self.actions_by_name.values() if p.menu is menu),
                           key=lambda p: p.order)
            for item in items:
                if item.separator_before and not qmenu.isEmpty():
                    qmenu.addSeparator()
                qmenu.addAction(item.action)
            qmenu.menuAction().setVisible(bool(items))

    def _drop_screen_menus(self) -> QMenu:
        view = self.menus[Menu.VIEW]
        for entry in self._screen_entries:
            view.removeAction(entry)
            sub = entry.menu()
            if isinstance(sub, QMenu):
                sub.deleteLater()
        self._screen_entries = []
        return view

    def _screen_menus(self) -> None:
        """View lists each screen's toolbar actions too: Tab does not reach a toolbar, so
        without this the actions found only there had no way in from the keyboard."""
        view = self._drop_screen_menus()
        titles = [self.nav.item(i).text() for i in range(self.nav.count())]
        for title, screen in zip(titles, self.screens.values(), strict=False):
            actions = [a for a in screen.actions_bar.actions()
                       if not a.isSeparator() and not isinstance(a, QWidgetAction)]
            if not actions:
                continue
            if not self._screen_entries:
                self._screen_entries.append(view.addSeparator())
            sub = QMenu(tr(CTX, "{screen} screen", screen=title), view)
            sub.setObjectName(f"screenMenu_{title}")
            sub.setToolTipsVisible(True)
            sub.addActions(actions)
            view.addMenu(sub)
            self._screen_entries.append(sub.menuAction())

    def first_roster(self) -> None:
        self._add_actions(create_actions(self.ctx, self, ROSTER_MODULES))

    # -- what actions and the start-up see (WindowHost, Shell) -------------
    @property
    def services(self) -> Services | None:
        return self.ctx.services

    @property
    def screens(self) -> dict[str, TableScreen]:
        return self.startup.screens

    def find_screen(self, key: str) -> TableScreen | None:
        return self.startup.screens.get(key)

    def show_screen(self, key: str) -> None:
        if key in self.startup.screens:
            self.nav.setCurrentRow(list(self.startup.screens).index(key))

    def open_roster(self, location: RosterLocation, *, fill_demo: bool = False,
                    offer_welcome: bool = False,
                    first_look: Callable[[], FirstPage | None] | None = None) -> None:
        self.startup.open_roster(location, fill_demo=fill_demo, offer_welcome=offer_welcome,
                                 first_look=first_look)

    def close_roster(self) -> None:
        self.startup.close_roster()

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def add_strip(self, strip: QWidget) -> None:
        # Above the banner: a banner that appears or hides never moves a reminder's
        # buttons under the pointer (issue 17).
        self._column.insertWidget(0, strip)

    def add_screen(self, key: str, title: str, screen: TableScreen) -> None:
        screen.status_changed.connect(lambda text, s=screen: self._screen_status(s, text))
        screen.table.setAccessibleName(title)  # a screen reader names the table by its screen
        screen.detail.setAccessibleName(tr(CTX, "{screen}: details", screen=title))
        self.stack.addWidget(screen)
        self.nav.addItem(title)

    def remove_screens(self, keep: TableScreen | None) -> None:
        # The placeholder first: taking the shown screen out of the stack shows the next
        # one, and so on down the stack, and a hidden Review shown so computed every
        # finding of the roster being closed (3 s at a million seats, waited for on exit).
        if self.stack.currentWidget() is not keep:
            self.stack.setCurrentWidget(self.placeholder)
        if keep is None:
            self.nav.clear()
        else:
            while self.nav.count() > 1:
                self.nav.takeItem(self.nav.count() - 1)
        for screen in list(self.startup.screens.values()):
            if screen is not keep:
                self.stack.removeWidget(screen)
                screen.deleteLater()

    def show_first_screen(self) -> None:
        self.nav.setCurrentRow(max(self.nav.currentRow(), 0))

    def set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)

    def set_roster_title(self, label: str | None, *, read_only: bool = False) -> None:
        if label is None:
            self.setWindowTitle("Seatkeeper")
        elif read_only:
            self.setWindowTitle(tr(CTX, "Seatkeeper — {roster} (read-only review)",
                                   roster=label))
        else:
            self.setWindowTitle(tr(CTX, "Seatkeeper — {roster}", roster=label))

    def refresh(self) -> None:
        """Read everything again (View → Refresh does the same)."""
        self.ctx.events.announce(Changes.everything())

    # -- the status bar -----------------------------------------------------
    def _show_row(self, row: int) -> None:
        screens = list(self.startup.screens.values())
        if 0 <= row < len(screens):
            self.stack.setCurrentWidget(screens[row])
            self.statusBar().showMessage(screens[row].count_label.text())

    def _screen_status(self, screen: TableScreen, text: str) -> None:
        if self.stack.currentWidget() is screen:
            self.statusBar().showMessage(text)

    def _roster_opened(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        log.info("roster opened: %d screens", len(self.startup.screens))
        for key, screen in self.startup.screens.items():
            if restore_table(self, key, screen.table.horizontalHeader(), screen.splitter):
                screen.columns_kept = True
        if services.vault_description is None:
            self.vault_label.setText(tr(CTX, "Credentials unavailable"))
            self.vault_label.setToolTip(tr(CTX, "No secure keyring on this system, so seat "
                                           "credentials cannot be stored or shown. "
                                           "Everything else works."))
            self.banner.show_message(tr(CTX, "No secure keyring was found on this system: "
                                        "seat credentials are unavailable. Everything else "
                                        "works."), "warning")
        else:
            self.vault_label.setText(tr(CTX, "Keyring: {name}",
                                        name=services.vault_description))
            self.vault_label.setToolTip("")
        self.refresh_counts()

    def _roster_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*COUNTED):
            self.refresh_counts()

    def refresh_counts(self) -> None:
        services = self.ctx.services
        if services is not None:
            self.ctx.read(services.roster.counts, owner=self).success(self._show_counts).run()

    def _show_counts(self, counts: RosterCounts) -> None:
        self.counts_label.setText(tr(
            CTX, "{subscriptions} · {seats} ({assigned} assigned) · {devices} · {pending}",
            subscriptions=subscriptions_text(counts.subscriptions),
            seats=seats_text(counts.seats), assigned=counts.assigned,
            devices=devices_text(counts.devices),
            pending=pending_deliveries_text(counts.pending_deliveries)))
        self.startup.offer_welcome(counts.subscriptions)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window(self)
        for key, screen in self.startup.screens.items():
            save_table(self, key, screen.table.horizontalHeader(), screen.splitter)
        self.startup.shut_down()
        super().closeEvent(event)
