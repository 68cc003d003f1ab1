"""`seatkeeper remind install|uninstall`: the operating system runs the reminders hourly.

A cancel-by deadline must not pass because Seatkeeper was closed, and nobody
should have to write a cron job by hand (the competitors' e-mail alerts fail
mostly there). So Seatkeeper registers `seatkeeper remind --db ROSTER` with the
platform's own scheduler, at login and every hour, catching up once after the
machine was off:

- Linux with a systemd user manager: a ``.service`` and a ``.timer`` in
  ``~/.config/systemd/user`` (``OnCalendar=hourly``, ``Persistent=true`` for the
  catch-up, ``OnStartupSec`` for login), enabled with ``systemctl --user``.
- Linux without one: two lines in the user's crontab (``@reboot`` and hourly),
  marked so that uninstalling removes exactly them.
- Windows: a Task Scheduler task from an XML definition (logon trigger, hourly
  repetition, ``StartWhenAvailable`` for the catch-up), through ``schtasks``.
- macOS: a launchd agent in ``~/Library/LaunchAgents`` (``RunAtLoad``,
  ``StartInterval`` 3600), through ``launchctl``.

Each plan is built as data first (the files and the commands), so what would be
written on another platform is tested as files; ``install`` writes the files and
runs the commands with an injectable runner.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import message
from seatkeeper.store.location import RosterLocation

UNIT = "seatkeeper-remind"
CRON_MARK = "# seatkeeper-remind"
WINDOWS_TASK = r"Seatkeeper\Remind"
MACOS_LABEL = "no.seatkeeper.remind"

NO_SCHEDULER = message("remind.no_scheduler",
                       "No scheduler to register with here: {reason}. Run `seatkeeper remind "
                       "--db {roster}` from your own scheduler every hour instead.")
SCHEDULER_FAILED = message("remind.scheduler_failed",
                           "The scheduler refused: `{command}` exited with {code}: {output}")


ROSTER_URL_HAS_PASSWORD = message(
    "remind.roster_url_password",
    "The roster's address holds a password, which would be written into the scheduler's "
    "files in plain text. Give the password to PostgreSQL another way (e.g. ~/.pgpass) and "
    "use the address without it.")


class SchedulerError(KnownError):
    """The platform's scheduler is missing or refused."""


def scheduled_roster(location: RosterLocation) -> str:
    """The roster as the scheduled command names it; never an address with a password."""
    if location.path is not None:
        return str(location.path)
    if location.holds_password:
        raise SchedulerError(ROSTER_URL_HAS_PASSWORD())
    return location.url


@dataclass(frozen=True)
class Plan:
    """What registering means on one platform: files to write, commands to run."""

    scheduler: str
    files: dict[Path, str] = field(default_factory=dict)
    install: list[list[str]] = field(default_factory=list)
    uninstall: list[list[str]] = field(default_factory=list)  # run before the files go
    crontab: bool = False  # the plan edits the crontab instead of writing files


def remind_command(roster: str, python: str = sys.executable,
                   frozen: bool = bool(getattr(sys, "frozen", False))) -> list[str]:
    """The command the scheduler runs: this Seatkeeper, on this roster."""
    base = [python] if frozen else [python, "-m", "seatkeeper"]
    return [*base, "remind", "--db", roster]


def _systemd_quote(arg: str) -> str:
    if arg and not any(c in arg for c in ' \t"\'\\$%;'):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") \
        .replace("$", "$$") + '"'


def systemd_plan(home: Path, command: Sequence[str]) -> Plan:
    folder = home / ".config" / "systemd" / "user"
    service = (
        "[Unit]\n"
        "Description=Seatkeeper: deadline reminders and notifications\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={' '.join(_systemd_quote(a) for a in command)}\n")
    timer = (
        "[Unit]\n"
        "Description=Seatkeeper reminders at login and every hour\n\n"
        "[Timer]\n"
        "OnStartupSec=2min\n"
        "OnCalendar=hourly\n"
        "Persistent=true\n"
        "RandomizedDelaySec=5min\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n")
    return Plan("systemd user timer",
                {folder / f"{UNIT}.service": service, folder / f"{UNIT}.timer": timer},
                [["systemctl", "--user", "daemon-reload"],
                 ["systemctl", "--user", "enable", "--now", f"{UNIT}.timer"]],
                [["systemctl", "--user", "disable", "--now", f"{UNIT}.timer"]])


def cron_lines(command: Sequence[str]) -> list[str]:
    line = shlex.join(command)
    return [f"@reboot {line} {CRON_MARK}", f"17 * * * * {line} {CRON_MARK}"]


def crontab_with(current: str, command: Sequence[str] | None) -> str:
    """``current`` without Seatkeeper's lines, plus the new ones (none to uninstall)."""
    kept = [line for line in current.splitlines() if not line.endswith(CRON_MARK)]
    if command is not None:
        kept += cron_lines(command)
    return "\n".join(kept) + "\n" if kept else ""


def windows_task_xml(command: Sequence[str]) -> str:
    program, arguments = command[0], subprocess.list2cmdline(list(command[1:]))
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo><Description>Seatkeeper: deadline reminders and notifications</Description></RegistrationInfo>
  <Triggers>
    <LogonTrigger><Enabled>true</Enabled></LogonTrigger>
    <TimeTrigger>
      <Repetition><Interval>PT1H</Interval><StopAtDurationEnd>false</StopAtDurationEnd></Repetition>
      <StartBoundary>2026-01-01T00:17:00</StartBoundary>
      <Enabled>true</Enabled>
    </TimeTrigger>
  </Triggers>
  <Settings>
    <StartWhenAvailable>true</StartWhenAvailable>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <ExecutionTimeLimit>PT10M</ExecutionTimeLimit>
  </Settings>
  <Actions>
    <Exec><Command>{escape(program)}</Command><Arguments>{escape(arguments)}</Arguments></Exec>
  </Actions>
</Task>
"""  # noqa: E501


def windows_plan(data_dir: Path, command: Sequence[str]) -> Plan:
    # pythonw runs without flashing a console window every hour.
    program = Path(command[0])
    quiet = program.with_name("pythonw.exe")
    if program.name.lower() == "python.exe" and quiet.exists():
        command = [str(quiet), *command[1:]]
    xml = data_dir / "remind-task.xml"
    return Plan("Task Scheduler", {xml: windows_task_xml(command)},
                [["schtasks", "/Create", "/TN", WINDOWS_TASK, "/XML", str(xml), "/F"]],
                [["schtasks", "/Delete", "/TN", WINDOWS_TASK, "/F"]])


def macos_plan(home: Path, command: Sequence[str], uid: int) -> Plan:
    plist = home / "Library" / "LaunchAgents" / f"{MACOS_LABEL}.plist"
    body = plistlib.dumps({"Label": MACOS_LABEL, "ProgramArguments": list(command),
                           "RunAtLoad": True, "StartInterval": 3600,
                           "StandardErrorPath": str(home / "Library" / "Logs"
                                                    / "seatkeeper-remind.log")}).decode()
    return Plan("launchd agent", {plist: body},
                [["launchctl", "bootstrap", f"gui/{uid}", str(plist)]],
                [["launchctl", "bootout", f"gui/{uid}/{MACOS_LABEL}"]])


Runner = Callable[[Sequence[str], str | None], "subprocess.CompletedProcess[str]"]


def _run(argv: Sequence[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    # The scheduler's own tools with arguments we built, never a shell.
    return subprocess.run(list(argv), input=stdin,  # noqa: S603
                          capture_output=True, text=True,
                          timeout=60, check=False)


@dataclass
class Scheduler:
    """Registers `seatkeeper remind` for one roster with this machine's scheduler."""

    roster: str
    home: Path = field(default_factory=Path.home)
    data_dir: Path = field(default_factory=Path.home)
    platform: str = sys.platform
    run: Runner = _run
    which: Callable[[str], str | None] = shutil.which
    command: list[str] | None = None

    def plan(self) -> Plan:
        command = self.command or remind_command(self.roster)
        if self.platform == "win32":
            return windows_plan(self.data_dir, command)
        if self.platform == "darwin":
            return macos_plan(self.home, command, os.getuid() if hasattr(os, "getuid") else 0)
        if self.which("systemctl") is not None and \
                self.run(["systemctl", "--user", "show-environment"], None).returncode == 0:
            return systemd_plan(self.home, command)
        if self.which("crontab") is not None:
            return Plan("crontab", crontab=True)
        raise SchedulerError(NO_SCHEDULER(reason="no systemd user manager and no crontab",
                                          roster=self.roster))

    def install(self) -> Plan:
        plan = self.plan()
        if plan.crontab:
            self._set_crontab(crontab_with(self._crontab(), self.command
                                           or remind_command(self.roster)))
            return plan
        for path, text in plan.files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-16" if path.suffix == ".xml" else "utf-8")
        for argv in plan.install:
            self._check(argv, self.run(argv, None))
        return plan

    def uninstall(self) -> Plan:
        plan = self.plan()
        if plan.crontab:
            self._set_crontab(crontab_with(self._crontab(), None))
            return plan
        if self.installed(plan):
            for argv in plan.uninstall:
                self.run(argv, None)  # already gone from the scheduler is fine
        for path in plan.files:
            path.unlink(missing_ok=True)
        return plan

    def installed(self, plan: Plan | None = None) -> bool:
        plan = plan or self.plan()
        if plan.crontab:
            return any(line.endswith(CRON_MARK) for line in self._crontab().splitlines())
        return all(path.exists() for path in plan.files)

    def _crontab(self) -> str:
        done = self.run(["crontab", "-l"], None)
        return done.stdout if done.returncode == 0 else ""  # "no crontab for user": empty

    def _set_crontab(self, text: str) -> None:
        argv = ["crontab", "-"] if text else ["crontab", "-r"]
        done = self.run(argv, text if text else None)
        if text or "no crontab" not in (done.stderr or ""):
            self._check(argv, done)

    @staticmethod
    def _check(argv: Sequence[str], done: subprocess.CompletedProcess[str]) -> None:
        if done.returncode != 0:
            output = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or ["-"]
            raise SchedulerError(SCHEDULER_FAILED(command=" ".join(argv),
                                                  code=done.returncode, output=output[0]))

