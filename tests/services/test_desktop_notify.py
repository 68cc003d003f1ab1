"""Desktop notifications reach a real notification service on a private session bus.

The fixture starts a private D-Bus daemon (what dbus-run-session does) and a minimal
org.freedesktop.Notifications service on it; the notifier talks real D-Bus to it.
The macOS and Windows notifiers are held to the commands they run.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from seatkeeper.services.desktop_notify import (
    CommandNotifier,
    FreedesktopNotifier,
    Notice,
    NotifyUnavailable,
    session_bus_address,
)
from tests.conftest import in_ci

pytestmark = pytest.mark.integration


@pytest.fixture
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        if in_ci():
            pytest.fail("CI must have dbus-daemon (see .ci/run)")
        pytest.skip("no dbus-daemon on this machine")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


class NotificationService(threading.Thread):
    """org.freedesktop.Notifications, recording what it is asked to show."""

    def __init__(self, address: str) -> None:
        super().__init__(daemon=True)
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.shown: list[tuple[object, ...]] = []
        self.connection = open_dbus_connection(bus=address)
        self.connection.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.Notifications"), timeout=5)
        self.stop = threading.Event()

    def run(self) -> None:
        from jeepney import MessageType, new_method_return

        while not self.stop.is_set():
            try:
                msg = self.connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            if msg.header.message_type == MessageType.method_call:
                self.shown.append(tuple(msg.body))
                self.connection.send(new_method_return(msg, "u", (len(self.shown),)))


def test_a_notice_reaches_the_notification_service_on_the_session_bus(
        private_bus: str) -> None:
    service = NotificationService(private_bus)
    service.start()
    try:
        FreedesktopNotifier(private_bus).send(
            Notice("Cancel ExpressVPN by 24.11.2026 01:00", "2 days left; 1 490,00 kr",
                   urgent=True))
    finally:
        service.stop.set()
        service.join(timeout=5)
        service.connection.close()
    assert len(service.shown) == 1
    app, replaces, _icon, title, body, actions, hints, timeout = service.shown[0]
    assert (app, replaces, title, body, actions, timeout) == (
        "Seatkeeper", 0, "Cancel ExpressVPN by 24.11.2026 01:00", "2 days left; 1 490,00 kr",
        [], 0)
    assert hints["urgency"] == ("y", 2)  # type: ignore[index]


def test_a_bus_without_a_notification_service_says_so(private_bus: str) -> None:
    with pytest.raises(NotifyUnavailable) as refused:
        FreedesktopNotifier(private_bus).send(Notice("t", "b"))
    assert refused.value.msg.id == "notify.no_service"
    assert "org.freedesktop.DBus.Error.ServiceUnknown" in refused.value.message


def test_no_session_bus_says_so(tmp_path: Path) -> None:
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()  # the user's bus socket, as a cron job finds it
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == \
        f"unix:path={tmp_path / 'bus'}"
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    with pytest.raises(NotifyUnavailable) as refused:
        FreedesktopNotifier(f"unix:path={tmp_path / 'none'}").send(Notice("t", "b"))
    assert refused.value.msg.id == "notify.no_bus"


class Recorder:
    def __init__(self, returncode: int = 0, stderr: str = "") -> None:
        self.argv: list[str] = []
        self.result = (returncode, stderr)

    def __call__(self, argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.argv = list(argv)
        return subprocess.CompletedProcess(argv, self.result[0], "", self.result[1])


def test_macos_shows_it_through_osascript_with_quotes_escaped() -> None:
    run = Recorder()
    CommandNotifier("darwin", run).send(Notice('Cancel "Pro" plan', "by 24.11.2026"))
    assert run.argv == ["osascript", "-e",
                        'display notification "by 24.11.2026" with title "Seatkeeper" '
                        'subtitle "Cancel \\"Pro\\" plan"']


def test_windows_shows_a_toast_with_quotes_escaped_and_reports_a_failure() -> None:
    run = Recorder(1, "Unable to find type [Windows.UI.Notifications]")
    with pytest.raises(NotifyUnavailable) as refused:
        CommandNotifier("win32", run).send(Notice("Admin's plan", "in 2 days"))
    assert run.argv[:4] == ["powershell", "-NoProfile", "-NonInteractive", "-Command"]
    assert "CreateTextNode('Admin''s plan')" in run.argv[4]
    assert "CreateTextNode('in 2 days')" in run.argv[4]
    assert "exit 1: Unable to find type" in refused.value.message
