"""What an action, a screen or a dialog needs of the window, without the window.

After Picard's action registry: action factories take a ``WindowContext``
and a parent widget, never the main window. The context holds the task
runner, the open roster's services, the roster's change events and the
message bridge (after qutebrowser's ``utils/message``): whoever has news or
an error says so here, and the window decides how it is shown.

``host`` is the window seen through a protocol: an action can read the
current Licences selection, bring a screen forward or open another roster,
but imports nothing of the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from seatkeeper.domain.changes import Changed
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.ops import ReadOp, RosterEvents, WriteOp
from seatkeeper.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services
    from seatkeeper.store.location import RosterLocation


def reviewer_reason() -> str:
    """Why a reviewer's login on a team roster is offered no edit (the server refuses them)."""
    return tr("Roster", "Your login can review this roster but not change it.")


def edit_refusal(services: Services | None, read_only: Callable[[], str]) -> str:
    """Why the open roster's records cannot be changed from here ("": they can).

    ``read_only`` words the read-only case as the caller's screen says it; a reviewer's
    login (services.may_edit, as the server grants it) has one reason everywhere."""
    if services is None:
        return ""
    if services.read_only:
        return read_only()
    return "" if services.may_edit else reviewer_reason()


class MessageBridge(QObject):
    """News and errors from anywhere in ``ui``; the window shows them."""

    info = Signal(str, int)  # text, seconds shown (0: until dismissed)
    warning = Signal(str)
    error = Signal(object, str)  # the error, the dialog's title ("" for the default)
    status = Signal(str, int)  # status-bar text, milliseconds shown

    def say(self, text: str, seconds: int = 8) -> None:
        self.info.emit(text, seconds)

    def warn(self, text: str) -> None:
        self.warning.emit(text)

    def fail(self, error: BaseException, title: str = "") -> None:
        self.error.emit(error, title)

    def show_status(self, text: str, msecs: int = 0) -> None:
        self.status.emit(text, msecs)


class WindowHost(Protocol):
    """The window, as actions may use it."""

    def find_screen(self, key: str) -> QWidget | None:
        """The screen ``key`` (a ``TableScreen``) of the open roster, if it is built."""

    def show_screen(self, key: str) -> None: ...

    def open_roster(self, location: RosterLocation, *, fill_demo: bool = False) -> None: ...

    def close_roster(self) -> None: ...

    def bring_forward(self) -> None: ...

    def add_strip(self, strip: QWidget) -> None:
        """Put ``strip`` above the banner and the screens (the reminders)."""


class WindowContext(QObject):
    """Runner, services, events and messages of one window.

    ``services_changed`` fires when a roster's services are attached or dropped;
    ``roster_opened`` once its screens are built (actions then join their toolbars).
    """

    services_changed = Signal(object)  # the new Services, or None when the roster closed
    roster_opened = Signal()

    def __init__(self, runner: TaskRunner, window: QWidget, host: WindowHost) -> None:
        super().__init__(window)
        self.runner, self.window, self.host = runner, window, host
        self.events = RosterEvents(self)
        self.messages = MessageBridge(self)
        self._services: Services | None = None

    @property
    def services(self) -> Services | None:
        return self._services

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.services_changed.emit(services)

    @property
    def read_only(self) -> bool:
        return self._services is None or self._services.read_only

    def read(self, work: Callable[[], Any], *, owner: QObject | None = None,
             background: bool = False) -> ReadOp[Any]:
        return ReadOp(self.runner, work, owner=owner, background=background)

    def write(self, work: Callable[[], Changed[Any]], *,
              owner: QObject | None = None) -> WriteOp[Any]:
        return WriteOp(self.runner, self.events, work, owner=owner)
