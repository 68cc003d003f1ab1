"""Desktop notifications without the window: for `seatkeeper remind` run by the scheduler.

The window notifies through its tray icon. When Seatkeeper is closed, the
hourly `seatkeeper remind` has no Qt and no window, so it speaks to the
platform directly:

- Linux and the BSDs: the freedesktop Notifications service on the session
  D-Bus (``org.freedesktop.Notifications.Notify``), through jeepney, the
  pure-Python D-Bus library the keyring already depends on. A scheduler run
  from cron has no ``DBUS_SESSION_BUS_ADDRESS``; the user's bus at
  ``$XDG_RUNTIME_DIR/bus`` (``/run/user/<uid>/bus``) is used then.
- macOS: ``osascript`` with a ``display notification`` script.
- Windows: a PowerShell toast through the Windows Runtime notification API.

A notifier that cannot deliver raises ``NotifyUnavailable`` with a message
saying why (no session bus, no notification service, the command failed): the
caller logs it in one line and keeps the reminder open.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import message

APP_NAME = "Seatkeeper"
TIMEOUT_MS = 0  # 0: the notification stays until the admin closes it (a deadline)

NO_BUS = message("notify.no_bus", "No desktop session bus to notify on ({reason}).")
NO_SERVICE = message("notify.no_service",
                     "No notification service answered on the desktop bus ({reason}).")
COMMAND_FAILED = message("notify.command_failed",
                         "The desktop notification could not be shown ({reason}).")


class NotifyUnavailable(KnownError):
    """The platform could not show the notification; the reminder stays open."""


@dataclass(frozen=True)
class Notice:
    title: str
    body: str
    urgent: bool = False


class Notifier(Protocol):
    """Shows one notice on the admin's desktop, or raises NotifyUnavailable."""

    name: str

    def send(self, notice: Notice) -> None: ...


def session_bus_address(env: Mapping[str, str] = os.environ) -> str | None:
    """The session bus: the environment's, else the user's bus socket (cron has no env)."""
    address = env.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = env.get("XDG_RUNTIME_DIR") or (f"/run/user/{os.getuid()}"
                                             if hasattr(os, "getuid") else "")
    socket = Path(runtime) / "bus" if runtime else None
    return f"unix:path={socket}" if socket is not None and socket.exists() else None


class FreedesktopNotifier:
    """org.freedesktop.Notifications on the session bus (or on ``address``)."""

    name = "freedesktop notifications"

    def __init__(self, address: str | None = None) -> None:
        self._address = address

    def send(self, notice: Notice) -> None:
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        address = self._address or session_bus_address()
        if address is None:
            raise NotifyUnavailable(NO_BUS(reason="DBUS_SESSION_BUS_ADDRESS is not set"))
        target = DBusAddress("/org/freedesktop/Notifications",
                             bus_name="org.freedesktop.Notifications",
                             interface="org.freedesktop.Notifications")
        hints = {"urgency": ("y", 2 if notice.urgent else 1),
                 "desktop-entry": ("s", "seatkeeper")}
        call = new_method_call(target, "Notify", "susssasa{sv}i",
                               (APP_NAME, 0, "seatkeeper", notice.title, notice.body, [],
                                hints, TIMEOUT_MS))
        try:
            with open_dbus_connection(bus=address) as connection:
                reply = connection.send_and_get_reply(call, timeout=10)
        except (OSError, TimeoutError, ValueError) as error:
            raise NotifyUnavailable(NO_BUS(reason=type(error).__name__)) from error
        if reply.header.message_type == MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "an error")
            raise NotifyUnavailable(NO_SERVICE(reason=str(name)))


Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    # Our own argv (osascript or powershell with a script we built), never a shell.
    return subprocess.run(list(argv), capture_output=True, text=True, timeout=30,  # noqa: S603
                          check=False)


def _applescript_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _powershell_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# A toast through the Windows Runtime API, with no module to install; the texts are
# XML-escaped by the XmlDocument itself (CreateTextNode).
_TOAST = """
[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null
$xml = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)
$texts = $xml.GetElementsByTagName('text')
$texts.Item(0).AppendChild($xml.CreateTextNode({title})) | Out-Null
$texts.Item(1).AppendChild($xml.CreateTextNode({body})) | Out-Null
$toast = [Windows.UI.Notifications.ToastNotification]::new($xml)
[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('Seatkeeper').Show($toast)
"""  # noqa: E501


class CommandNotifier:
    """macOS (osascript) or Windows (PowerShell): the platform's own notification."""

    def __init__(self, platform: str, run: Runner = _run) -> None:
        self.platform, self._run = platform, run
        self.name = "Notification Center" if platform == "darwin" else "Windows notifications"

    def argv(self, notice: Notice) -> list[str]:
        if self.platform == "darwin":
            script = (f"display notification {_applescript_text(notice.body)} "
                      f"with title {_applescript_text(APP_NAME)} "
                      f"subtitle {_applescript_text(notice.title)}")
            return ["osascript", "-e", script]
        script = _TOAST.format(title=_powershell_text(notice.title),
                               body=_powershell_text(notice.body))
        return ["powershell", "-NoProfile", "-NonInteractive", "-Command", script]

    def send(self, notice: Notice) -> None:
        try:
            done = self._run(self.argv(notice))
        except (OSError, subprocess.SubprocessError) as error:
            raise NotifyUnavailable(COMMAND_FAILED(reason=type(error).__name__)) from error
        if done.returncode != 0:
            last = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or ["no output"]
            raise NotifyUnavailable(COMMAND_FAILED(reason=f"exit {done.returncode}: {last[0]}"))


def system_notifier(platform: str = sys.platform) -> Notifier:
    """The notifier for this operating system."""
    if platform in ("darwin", "win32"):
        return CommandNotifier(platform)
    return FreedesktopNotifier()
