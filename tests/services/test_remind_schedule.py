"""`remind install`: what each platform's scheduler gets, and undoing it."""

from __future__ import annotations

import plistlib
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

from seatkeeper.services.remind_schedule import (
    CRON_MARK,
    Scheduler,
    SchedulerError,
    remind_command,
)

ROSTER = "/home/kari/Mine dokumenter/roster.sqlite"  # a space, as real folders have
NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


class FakeOs:
    """Records the commands; keeps a crontab the way `crontab` does, in a file."""

    def __init__(self, tmp: Path, *, systemd: bool) -> None:
        self.commands: list[list[str]] = []
        self.systemd = systemd
        self.crontab = tmp / "crontab"

    def which(self, name: str) -> str | None:
        return f"/usr/bin/{name}" if name == "crontab" or self.systemd else None

    def __call__(self, argv: Sequence[str], stdin: str | None) -> subprocess.CompletedProcess[str]:
        self.commands.append(list(argv))
        if argv[:2] == ["crontab", "-l"]:
            if not self.crontab.exists():
                return subprocess.CompletedProcess(argv, 1, "", "no crontab for kari")
            return subprocess.CompletedProcess(argv, 0, self.crontab.read_text(), "")
        if argv[:2] == ["crontab", "-"]:
            self.crontab.write_text(stdin or "")
        if argv[:2] == ["crontab", "-r"]:
            self.crontab.unlink(missing_ok=True)
        return subprocess.CompletedProcess(argv, 0, "", "")


def _scheduler(tmp: Path, fake: FakeOs, platform: str = "linux") -> Scheduler:
    return Scheduler(ROSTER, home=tmp / "home", data_dir=tmp / "data", platform=platform,
                     run=fake, which=fake.which)


def test_systemd_gets_a_timer_that_runs_remind_hourly_at_login_and_after_a_missed_hour(
        tmp_path: Path) -> None:
    fake = FakeOs(tmp_path, systemd=True)
    scheduler = _scheduler(tmp_path, fake)
    plan = scheduler.install()
    folder = tmp_path / "home" / ".config" / "systemd" / "user"
    timer = (folder / "seatkeeper-remind.timer").read_text()
    assert "OnCalendar=hourly" in timer
    assert "Persistent=true" in timer
    assert "OnStartupSec=" in timer
    assert "WantedBy=timers.target" in timer
    service = (folder / "seatkeeper-remind.service").read_text()
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    assert shlex.split(exec_start.removeprefix("ExecStart=")) == remind_command(ROSTER)
    assert ["systemctl", "--user", "enable", "--now", "seatkeeper-remind.timer"] in fake.commands
    assert scheduler.installed()
    assert plan.scheduler == "systemd user timer"
    scheduler.uninstall()
    assert ["systemctl", "--user", "disable", "--now", "seatkeeper-remind.timer"] \
        in fake.commands
    assert not folder.joinpath("seatkeeper-remind.timer").exists()
    assert not folder.joinpath("seatkeeper-remind.service").exists()
    assert not scheduler.installed()


def test_the_unit_run_by_hand_runs_the_same_command(tmp_path: Path) -> None:
    """The ExecStart line, split as systemd splits it, is the command itself."""
    fake = FakeOs(tmp_path, systemd=True)
    command = [sys.executable, "-m", "seatkeeper", "--version"]
    scheduler = Scheduler(ROSTER, home=tmp_path / "home", platform="linux", run=fake,
                          which=fake.which, command=command)
    scheduler.install()
    service = (tmp_path / "home/.config/systemd/user/seatkeeper-remind.service").read_text()
    line = next(x for x in service.splitlines() if x.startswith("ExecStart="))
    by_hand = subprocess.run(shlex.split(line.removeprefix("ExecStart=")),
                             capture_output=True, text=True, check=True)
    direct = subprocess.run(command, capture_output=True, text=True, check=True)
    assert by_hand.stdout == direct.stdout != ""


def test_without_systemd_two_marked_crontab_lines_and_nothing_else_touched(
        tmp_path: Path) -> None:
    fake = FakeOs(tmp_path, systemd=False)
    fake.crontab.write_text("0 3 * * * backup.sh\n")
    scheduler = _scheduler(tmp_path, fake)
    scheduler.install()
    scheduler.install()  # twice: still two lines
    lines = fake.crontab.read_text().splitlines()
    assert lines[0] == "0 3 * * * backup.sh"
    ours = [line for line in lines if line.endswith(CRON_MARK)]
    assert len(ours) == 2
    assert ours[0].startswith("@reboot ")
    assert ours[1].startswith("17 * * * * ")
    command = shlex.split(ours[1].removeprefix("17 * * * * ").removesuffix(CRON_MARK))
    assert command == remind_command(ROSTER)
    assert scheduler.installed()
    scheduler.uninstall()
    assert fake.crontab.read_text() == "0 3 * * * backup.sh\n"
    assert not scheduler.installed()


def test_an_uninstall_that_leaves_an_empty_crontab_removes_it(tmp_path: Path) -> None:
    fake = FakeOs(tmp_path, systemd=False)
    scheduler = _scheduler(tmp_path, fake)
    scheduler.install()
    scheduler.uninstall()
    assert not fake.crontab.exists()


def test_windows_gets_a_task_at_logon_and_hourly_that_catches_up(tmp_path: Path) -> None:
    fake = FakeOs(tmp_path, systemd=False)
    scheduler = _scheduler(tmp_path, fake, "win32")
    scheduler.install()
    xml = tmp_path / "data" / "remind-task.xml"
    task = ET.fromstring(xml.read_text(encoding="utf-16").split("?>", 1)[1])  # noqa: S314
    assert task.find("t:Triggers/t:LogonTrigger", NS) is not None
    assert task.findtext("t:Triggers/t:TimeTrigger/t:Repetition/t:Interval", None, NS) == "PT1H"
    assert task.findtext("t:Settings/t:StartWhenAvailable", None, NS) == "true"
    command = remind_command(ROSTER)
    assert task.findtext("t:Actions/t:Exec/t:Command", None, NS) == command[0]
    assert task.findtext("t:Actions/t:Exec/t:Arguments", None, NS) == \
        subprocess.list2cmdline(command[1:])
    assert fake.commands[-1] == ["schtasks", "/Create", "/TN", r"Seatkeeper\Remind", "/XML",
                                 str(xml), "/F"]
    scheduler.uninstall()
    assert ["schtasks", "/Delete", "/TN", r"Seatkeeper\Remind", "/F"] in fake.commands
    assert not xml.exists()


def test_macos_gets_a_launch_agent_at_load_and_hourly(tmp_path: Path) -> None:
    fake = FakeOs(tmp_path, systemd=False)
    scheduler = _scheduler(tmp_path, fake, "darwin")
    scheduler.install()
    plist = tmp_path / "home/Library/LaunchAgents/no.seatkeeper.remind.plist"
    agent = plistlib.loads(plist.read_bytes())
    assert agent["ProgramArguments"] == remind_command(ROSTER)
    assert agent["RunAtLoad"] is True
    assert agent["StartInterval"] == 3600
    assert fake.commands[-1][:2] == ["launchctl", "bootstrap"]
    scheduler.uninstall()
    assert fake.commands[-1][:2] == ["launchctl", "bootout"]
    assert not plist.exists()


def test_no_scheduler_at_all_says_what_to_run_instead(tmp_path: Path) -> None:
    scheduler = Scheduler(ROSTER, home=tmp_path, platform="linux",
                          run=FakeOs(tmp_path, systemd=False), which=lambda name: None)
    with pytest.raises(SchedulerError) as refused:
        scheduler.install()
    assert refused.value.msg.id == "remind.no_scheduler"
    assert f"seatkeeper remind --db {ROSTER}" in refused.value.message


def test_a_refusing_scheduler_is_one_line_with_its_output(tmp_path: Path) -> None:
    fake = FakeOs(tmp_path, systemd=True)

    def refusing(argv: Sequence[str], stdin: str | None) -> subprocess.CompletedProcess[str]:
        if "enable" in argv:
            return subprocess.CompletedProcess(argv, 1, "", "Failed to connect to bus")
        return fake(argv, stdin)

    scheduler = Scheduler(ROSTER, home=tmp_path, platform="linux", run=refusing,
                          which=fake.which)
    with pytest.raises(SchedulerError) as refused:
        scheduler.install()
    assert "exited with 1: Failed to connect to bus" in refused.value.message


def test_a_bundle_runs_itself_and_a_checkout_runs_the_module() -> None:
    assert remind_command("r.sqlite", "/opt/Seatkeeper/seatkeeper", frozen=True) == [
        "/opt/Seatkeeper/seatkeeper", "remind", "--db", "r.sqlite"]
    assert remind_command("r.sqlite", "/usr/bin/python3", frozen=False)[:3] == [
        "/usr/bin/python3", "-m", "seatkeeper"]
