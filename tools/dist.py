"""Build the one-folder bundle and its archive, and check the built program as a user runs it.

    python -m tools.dist build [--out DIR]     # `make dist`
    python -m tools.dist check [--keep DIR]    # `make dist-check`: clean checkout, build, run

``build`` runs PyInstaller on packaging/seatkeeper.spec in this environment and, on
Linux, packs ``seatkeeper-<version>-linux-<arch>.tar.gz``: the bundle, the desktop
entry, the icons in the hicolor layout and an ``install.sh`` for the current user.

``check`` takes the committed tree (``git archive HEAD``: nothing untracked, no built
translations), installs it with its ``dist`` extra into a new virtual environment,
builds there, and runs the built program, not the sources: ``--version``, ``demo`` into
a temporary roster, ``report --json``, and the window offscreen for 10 s on an older
roster (the demo taken back to the first migration), which it must upgrade with no
warning in the log; ``report --json`` after that must count what the demo had. Where
this machine lacks some of Qt's xcb libraries, the program asked for X11 must name them
in one line instead of aborting inside Qt.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "seatkeeper.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOW_SECONDS = 10
# What the offscreen platform says of every top-level window (as in pyproject's pytest
# configuration): not ours, not a problem.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints",
                   "This plugin does not support raise", "This plugin does not support grabbing")

INSTALL_SH = """#!/bin/sh
# Install Seatkeeper for the current user: the program into ~/.local/lib/seatkeeper, a
# `seatkeeper` command into ~/.local/bin, the menu entry and the icons.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/lib" "$HOME/.local/bin" "$data/applications" "$data/icons"
rm -rf "$HOME/.local/lib/seatkeeper"
cp -R "$here/seatkeeper" "$HOME/.local/lib/seatkeeper"
ln -sf "$HOME/.local/lib/seatkeeper/seatkeeper" "$HOME/.local/bin/seatkeeper"
cp -R "$here/icons/." "$data/icons/"
sed "s|^Exec=.*|Exec=$HOME/.local/lib/seatkeeper/seatkeeper|" "$here/seatkeeper.desktop" \\
    > "$data/applications/seatkeeper.desktop"
update-desktop-database "$data/applications" 2>/dev/null || true
gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "Seatkeeper installed: run 'seatkeeper' or find it in the menu."
"""


def megabytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    files = [f for f in path.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def version(python: str) -> str:
    return subprocess.run([python, "-c", "import seatkeeper; print(seatkeeper.__version__)"],
                          check=True, capture_output=True, text=True).stdout.strip()


def build(out: Path, python: str = sys.executable, spec: Path = SPEC) -> Path:
    """PyInstaller's bundle in ``out/seatkeeper``; on Linux also the archive. Returns the bundle."""
    work = out / "build"
    subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out), "--workpath", str(work), str(spec)], check=True)
    bundle = out / "seatkeeper"
    print(f"bundle: {bundle} ({megabytes(bundle):.0f} MB)")
    if sys.platform.startswith("linux"):
        archive = linux_archive(bundle, spec.parent.parent, version(python))
        print(f"archive: {archive} ({megabytes(archive):.0f} MB)")
    return bundle


def linux_archive(bundle: Path, root: Path, release: str) -> Path:
    name = f"seatkeeper-{release}-linux-{platform.machine()}"
    archive = bundle.parent / f"{name}.tar.gz"
    icons = root / "src" / "seatkeeper" / "icons"

    def add(tar: tarfile.TarFile, source: Path, target: str, mode: int | None = None) -> None:
        info = tar.gettarinfo(str(source), f"{name}/{target}")
        if mode is not None:
            info.mode = mode
        with source.open("rb") as handle:
            tar.addfile(info, handle)

    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, f"{name}/seatkeeper")
        add(tar, root / "resources" / "seatkeeper.desktop", "seatkeeper.desktop")
        for size in ICON_SIZES:
            add(tar, icons / f"seatkeeper-{size}.png",
                f"icons/hicolor/{size}x{size}/apps/seatkeeper.png")
        script = bundle.parent / "install.sh"
        script.write_text(INSTALL_SH, encoding="utf-8")
        add(tar, script, "install.sh", 0o755)
    return archive


# ---------------------------------------------------------------- the check


class CheckFailed(Exception):
    pass


def _run(command: list[str], env: dict[str, str], timeout: int = 300) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)
    if done.returncode != 0:
        raise CheckFailed(f"{' '.join(command)} exited {done.returncode}:\n"
                          f"{done.stdout}{done.stderr}")
    return done.stdout


def _age_roster(python: str, roster: Path, revision: str = "0001") -> None:
    """Take ``roster`` back to ``revision`` with the installed Alembic scripts."""
    code = ("import sys, sqlalchemy as sa\n"
            "from alembic import command\n"
            "from seatkeeper.store.migrate import alembic_config\n"
            "engine = sa.create_engine('sqlite:///' + sys.argv[1])\n"
            "with engine.begin() as conn:\n"
            "    command.downgrade(alembic_config(conn), sys.argv[2])\n")
    subprocess.run([python, "-c", code, str(roster), revision], check=True)


def _revision(roster: Path) -> str:
    with sqlite3.connect(roster) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def unresolved_libraries(bundle: Path) -> dict[str, set[str]]:
    """Shared objects in the bundle whose dependencies neither it nor this system has.

    A name missing here on the build machine too (e.g. libxcb-icccm.so.4 on a server) is
    the target desktop's business (see seatkeeper.system_libraries); one this machine has
    but the bundle lost means the trimming went too far.
    """
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return {}
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    lost: dict[str, set[str]] = {}
    for item in sorted(internal.rglob("*.so*")):
        if item.is_symlink() or not item.is_file():
            continue
        out = subprocess.run(["ldd", str(item)], env=env, capture_output=True, text=True,
                             check=False).stdout
        for name in re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE):
            try:
                ctypes.CDLL(name)
            except OSError:
                continue  # this system lacks it as well
            lost.setdefault(name, set()).add(str(item.relative_to(internal)))
    return lost


def screen_count() -> int:
    """How many screens the window builds: the entries of ui/screens/specs.py's SCREENS
    (read as text: this check runs outside the app's environment)."""
    specs = ROOT / "src" / "seatkeeper" / "ui" / "screens" / "specs.py"
    return len(re.findall(r"^\s*ScreenSpec\(\"", specs.read_text(encoding="utf-8"), re.M))


def window_for(program: Path, roster: Path, env: dict[str, str], log: Path,
               seconds: int = WINDOW_SECONDS) -> None:
    """The window offscreen on ``roster`` for ``seconds``: up, the roster open, no warning."""
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    process = subprocess.Popen([str(program), "--db", str(roster)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(seconds)
        if process.poll() is not None:
            out, err = process.communicate()
            raise CheckFailed(f"the window quit after less than {seconds} s "
                              f"(exit {process.returncode}):\n{out}{err}")
    finally:
        if process.poll() is None:
            process.terminate()
        _out, err = process.communicate(timeout=30)
    written = (log.read_text(encoding="utf-8") if log.exists() else "")[len(before):]
    if f"roster opened: {screen_count()} screens" not in written:
        raise CheckFailed(f"the window did not open the roster within {seconds} s; log:\n"
                          f"{written}")
    bad = [line for line in written.splitlines()
           if re.search(r"\s(WARNING|ERROR|CRITICAL)\s", line)]
    bad += [line for line in err.splitlines()
            if line.strip() and not any(noise in line for noise in OFFSCREEN_NOISE)]
    if bad:
        raise CheckFailed("warnings while the window ran:\n" + "\n".join(bad))


def run_checks(bundle: Path, python: str, scratch: Path) -> None:
    program = bundle / ("seatkeeper-cli.exe" if sys.platform == "win32" else "seatkeeper")
    if sys.platform == "darwin":
        program = bundle / "seatkeeper"
    data = scratch / "data"
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "SEATKEEPER_"))}
    env.update(QT_QPA_PLATFORM="offscreen", SEATKEEPER_DATA_DIR=str(data),
               HOME=str(scratch / "home"), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    log = data / "logs" / "seatkeeper.log"

    lost = unresolved_libraries(bundle)
    if lost:
        raise CheckFailed("the bundle lost libraries its parts need: " + "; ".join(
            f"{name} (for {', '.join(sorted(users)[:3])})" for name, users in lost.items()))
    print("  libraries: every dependency in the bundle or on the system")

    said = _run([str(program), "--version"], env).strip()
    if said != f"seatkeeper {version(python)}":
        raise CheckFailed(f"--version said {said!r}")
    print(f"  --version: {said}")

    roster = scratch / "demo.sqlite"
    _run([str(program), "demo", "--db", str(roster)], env)
    counts = json.loads(_run([str(program), "report", "--json", "--db", str(roster)], env))
    if not counts.get("seats"):
        raise CheckFailed(f"report --json after demo counted no seats: {counts}")
    print(f"  demo + report --json: {counts}")
    exports(program, roster, scratch, env)

    head = _revision(roster)
    _age_roster(python, roster)
    print(f"  roster taken back from {head} to {_revision(roster)}")
    window_for(program, roster, env, log)
    if _revision(roster) != head:
        raise CheckFailed(f"the window left the roster at {_revision(roster)}, not {head}")
    after = json.loads(_run([str(program), "report", "--json", "--db", str(roster)], env))
    if after != counts:
        raise CheckFailed(f"the upgraded roster counts {after}, the demo had {counts}")
    print(f"  window {WINDOW_SECONDS} s offscreen: upgraded to {head}, no warning; "
          "report --json unchanged")
    first_run_on_x11(program, python, env)
    if sys.platform.startswith("linux"):
        install_from_archive(bundle.parent, scratch, env, python)


def install_from_archive(out: Path, scratch: Path, env: dict[str, str], python: str) -> None:
    """The Linux archive unpacked and installed for a user as its README says; the
    installed command runs and the menu entry points at it with our icon."""
    archive = out / f"seatkeeper-{version(python)}-linux-{platform.machine()}.tar.gz"
    unpacked = scratch / "unpacked"
    shutil.rmtree(unpacked, ignore_errors=True)
    unpacked.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    home = scratch / "user"
    user_env = {**env, "HOME": str(home)}
    user_env.pop("XDG_DATA_HOME", None)
    (script,) = unpacked.glob("*/install.sh")
    _run(["sh", str(script)], user_env)
    installed = home / ".local" / "lib" / "seatkeeper" / "seatkeeper"
    said = _run([str(home / ".local" / "bin" / "seatkeeper"), "--version"], user_env).strip()
    share = home / ".local" / "share"
    entry = (share / "applications" / "seatkeeper.desktop").read_text(encoding="utf-8")
    icon = share / "icons" / "hicolor" / "256x256" / "apps" / "seatkeeper.png"
    if f"Exec={installed}" not in entry.splitlines() or "Icon=seatkeeper" not in entry \
            or not icon.exists():
        raise CheckFailed(f"install.sh left a menu entry that does not fit:\n{entry}")
    print(f"  archive installed for a user: {said}, menu entry and icons in place")


# What each export starts with: the formats whose writers are imported only when asked for.
EXPORT_MAGIC = {"csv": b"", "xlsx": b"PK", "json": b"{", "html": b"<!", "ics": b"BEGIN:VCALENDAR",
                "pdf": b"%PDF"}


def exports(program: Path, roster: Path, scratch: Path, env: dict[str, str]) -> None:
    """Every export format written by the built program (XlsxWriter, icalendar and Qt's
    PDF writer load only then), and the XLSX read back by a dry-run import (calamine)."""
    for kind, magic in EXPORT_MAGIC.items():
        target = scratch / f"export.{kind}"
        _run([str(program), "export", "--db", str(roster), "--format", kind, "-o",
              str(target)], env)
        data = target.read_bytes() if target.exists() else b""
        if not data or not data.lstrip(b"\xef\xbb\xbf").startswith(magic):
            raise CheckFailed(f"export --format {kind} wrote {data[:40]!r}")
    _run([str(program), "import", "--db", str(scratch / "imported.sqlite"), "--dry-run",
          str(scratch / "export.xlsx")], env)
    print(f"  export {', '.join(EXPORT_MAGIC)}; the xlsx read back by import --dry-run")


def first_run_on_x11(program: Path, python: str, env: dict[str, str]) -> None:
    """On a machine without some of the xcb libraries (a server, a bare desktop), the built
    program asked for X11 must name them in one line and exit 1, not abort inside Qt."""
    if not sys.platform.startswith("linux"):
        return
    x11 = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    x11.pop("WAYLAND_DISPLAY", None)
    expected = subprocess.run(
        [python, "-c", "from seatkeeper.system_libraries import check; print(check() or '')"],
        env=x11, capture_output=True, text=True, check=True).stdout.strip()
    if not expected:
        print("  first run on X11: every xcb library is here, nothing to name")
        return
    done = subprocess.run([str(program), "--demo"], env=x11, capture_output=True, text=True,
                          timeout=60, check=False)
    if done.returncode != 1 or done.stderr.strip() != expected:
        raise CheckFailed(f"without some xcb libraries the program exited {done.returncode}"
                          f" and said:\n{done.stderr}\n(expected: {expected})")
    print(f"  first run on X11: {expected}")


def check(keep: Path | None = None) -> int:
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="seatkeeper-dist-check-")) if keep is None else keep
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        source = scratch / "checkout"
        shutil.rmtree(source, ignore_errors=True)
        source.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
        print(f"clean checkout of {_head()} in {source}")
        venv = scratch / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        python = str(venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python"))
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        f"{source}[dist,postgres]"], check=True)
        print(f"installed ({time.monotonic() - started:.0f} s)")
        bundle = build(scratch / "dist", python, source / "packaging" / "seatkeeper.spec")
        print(f"built ({time.monotonic() - started:.0f} s); running the built program:")
        run_checks(bundle, python, scratch)
    except CheckFailed as failure:
        print(f"dist-check FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"dist-check passed in {time.monotonic() - started:.0f} s")
    return 0


def _head() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.dist", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="the bundle (and on Linux its archive)")
    build_cmd.add_argument("--out", type=Path, default=ROOT / "dist")
    check_cmd = commands.add_parser("check", help="clean checkout, build, run the program")
    check_cmd.add_argument("--keep", type=Path, help="work here and keep it (default: a "
                           "temporary folder, removed)")
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.out)
        return 0
    return check(args.keep)


if __name__ == "__main__":
    sys.exit(main())
