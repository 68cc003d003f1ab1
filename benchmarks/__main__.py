"""Run the benchmark: generate a roster, measure each figure beside its baseline, report.

``python -m benchmarks [--seats N[,N...]] [--db postgresql://...] [--no-sqlite]
[--work DIR] [--out FILE]``: every figure at each size, on SQLite and (with ``--db``)
on a throwaway PostgreSQL database on that server. Writes FILE (default
benchmarks/results/latest.json), a markdown table beside it (latest.md, also printed)
and one PNG plot per group (interactive.png, throughput.png, memory.png).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import data
from benchmarks.databases import SQLITE, Database, postgresql_database, sqlite_database
from benchmarks.generate import Generated, generate, top_up_devices
from benchmarks.report import figures, growth, table
from seatkeeper.store.paging import TableQuery

RESULTS = Path(__file__).resolve().parent / "results"
SORT_KEYS = ("holder", "renewal_date", "devices")  # the columns app_probe clicks
PLOTS = ("interactive", "throughput", "memory")


def _reps(seats: int, *, quick: bool = False) -> dict[str, int]:
    """Repetitions: several, fewer at a million so the whole run fits its time; one of
    each with ``quick`` (the harness's own check in CI and tests: figures, not medians).

    Starts are issue 21's "median of 9 starts alternating with the bare window": nine
    of each, at every size (a start is well under a second)."""
    if quick:
        return dict.fromkeys(("import", "import_baseline", "export", "starts", "full"), 1)
    big = seats >= 500_000
    return {"import": 1 if big else 3, "import_baseline": 1 if big else 3,
            "export": 1 if big else 3, "starts": 9, "full": 1 if big else 2}


def alternate(times: int, bare: Callable[[], dict[str, Any]],
              app: Callable[[], dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                          list[dict[str, Any]]]:
    """``times`` bare windows and app starts, one of each in turn (bare, app, bare, ...).

    Three bare windows then three starts let a neighbour's burst or the page cache
    warming favour one side; in turns, each start has a bare window beside it."""
    bares: list[dict[str, Any]] = []
    apps: list[dict[str, Any]] = []
    for _ in range(times):
        bares.append(bare())
        apps.append(app())
    return bares, apps


def _probe(module: str, *args: str, env: dict[str, str] | None = None,
           timeout: float = 600) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), **(env or {})}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", module, args[0], str(started), *args[1:]],
                          capture_output=True, text=True, env=env, timeout=timeout, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            result = dict(json.loads(line.removeprefix("BENCH-RESULT ")))
            if result.get("errors"):
                raise RuntimeError(f"{module} reported errors: {result['errors']}")
            return result
    raise RuntimeError(f"{module} gave no result (exit {done.returncode}):\n{done.stderr[-3000:]}")


def compile_bytecode() -> None:
    """Compile Seatkeeper's bytecode before the GUI probes start it, as installing it does.

    An installed app starts from compiled bytecode (pip compiles a wheel's modules; a
    checkout writes them on its first start), like the PySide6 the bare window loads.
    Where PYTHONDONTWRITEBYTECODE is set (as on the CI machine) every start of an
    editable install would compile each module from source again, about 40 ms of a
    start that no user sees twice.
    """
    import seatkeeper

    for package in (Path(seatkeeper.__file__).parent, Path(__file__).parent):
        compileall.compile_dir(package, quiet=1)


def run(db: Database, generated: Generated, work: Path, log: Callable[[str], Any] = print,
        *, quick: bool = False) -> dict[str, Any]:
    """Every figure's raw measurements on one database at one size."""
    seats = generated.seats
    reps = _reps(seats, quick=quick)
    csv_path = generated.path
    raw: dict[str, Any] = {}
    raw["roster"] = {"seats": generated.seats, "subscriptions": generated.subscriptions,
                     "people_pool": generated.people, "csv_devices": generated.csv_devices,
                     "extra_devices": len(generated.extra_devices)}

    def say(text: str) -> None:
        log(f"[{db.label} {seats:,}] {text}")

    say("import baseline…")
    raw["import_baseline_rows_s"] = [
        data.import_baseline_once(csv_path, db, work / "bare.sqlite")
        for _ in range(reps["import_baseline"])]
    say("import…")
    raw["import_rows_s"] = [data.import_once(csv_path, db) for _ in range(reps["import"])]
    top_up_devices(db, generated)
    say("export…")
    out = work / "export.csv"
    raw["export_rows_s"] = [data.export_once(db, out) for _ in range(reps["export"])]
    raw["export_baseline_rows_s"] = [data.export_baseline_once(db, out)
                                     for _ in range(reps["export"])]
    out.unlink(missing_ok=True)
    say("SQL baselines…")
    raw["filter_baseline_s"] = [data.sql_seconds(db, TableQuery(q, "subscription"))
                                for q in generated.samples]
    raw["sort_baseline_s"] = [data.sql_seconds(db, TableQuery("", key), with_count=False)
                              for key in SORT_KEYS]
    # The bare table paints the Licences screen's own first statements (count, page).
    first = json.dumps(data.licence_statements(db.kind, TableQuery("", "subscription")),
                       default=str)
    secret_env = {"BENCH_CONNINFO": db.conninfo, "BENCH_LOCATION": db.location}
    roster = db.location if db.kind == SQLITE else "-"
    # The app's settings (window layout, kept columns) and audit checkpoints go to a
    # folder of the run's own: not the user's, and not shared with another run.
    app_env = {**secret_env, "SEATKEEPER_DATA_DIR": str(work / "app-data")}
    say(f"GUI: bare window and Seatkeeper cold start, {reps['starts']} of each in turn…")
    bare, starts = alternate(
        reps["starts"],
        lambda: _probe("benchmarks.bare_probe", str(seats), db.kind, first, env=secret_env),
        lambda: _probe("benchmarks.app_probe", roster, "start", env=app_env))
    say("GUI: filter, sort, scroll, Review…")
    full = [_probe("benchmarks.app_probe", roster, "full", json.dumps(generated.samples),
                   env=app_env) for _ in range(reps["full"])]
    raw.update(bare=bare, starts=starts, full=full)
    if db.kind == SQLITE:  # the wizard's import of the same file, into a scratch roster
        say("GUI: import from the wizard…")
        scratch = work / "gui_import.sqlite"
        scratch.unlink(missing_ok=True)
        raw["gui_import"] = _probe("benchmarks.gui_import_probe", str(csv_path),
                                   str(scratch), "session", timeout=1800)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    return raw


def machine(server: str | None) -> dict[str, Any]:
    import PySide6
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    out = {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
           "qt": qVersion(), "pyside6": PySide6.__version__,
           "sqlite": __import__("sqlite3").sqlite_version, "platform": platform.platform(),
           "postgresql": None, "psycopg": None}
    if server is not None:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(server).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
            out["postgresql"] = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
        out["psycopg"] = psycopg.__version__
    return out


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part.replace("_", "").replace(",", "")) for part in text.split(",")
                        if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of seat counts: {text}") from None
    if not sizes or sizes[0] < 100:
        raise argparse.ArgumentTypeError("seat counts must be 100 or more")
    return sizes


def _plots(out: Path) -> dict[str, str]:
    """Draw the PNGs in a process of its own (it needs a QGuiApplication)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    subprocess.run([sys.executable, "-m", "benchmarks.plot", str(out), str(out.parent)],
                   check=True, env=env, timeout=120)
    return {group: str(out.parent / f"{group}.png") for group in PLOTS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--seats", type=_sizes, default=[1_000_000],
                        help="roster sizes, comma-separated (default 1000000)")
    parser.add_argument("--db", default=None, metavar="URL",
                        help="a PostgreSQL server to measure too (postgresql://user@host/db; "
                             "a throwaway database is created there and dropped)")
    parser.add_argument("--no-sqlite", action="store_true",
                        help="measure PostgreSQL only (needs --db)")
    parser.add_argument("--quick", action="store_true",
                        help="one repetition of each measurement (checks the harness)")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the generated rosters (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    if args.no_sqlite and args.db is None:
        parser.error("--no-sqlite needs --db")
    kinds = ([] if args.no_sqlite else ["sqlite"]) + (["postgresql"] if args.db else [])
    if args.db is not None and (problem := server_problem(args.db)) is not None:
        print(f"python -m benchmarks: {problem}", file=sys.stderr)
        return 2
    started = time.monotonic()

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    runs: list[dict[str, Any]] = []
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="seatkeeper-bench-") as tmp:
        for seats in args.seats:
            work = (args.work or Path(tmp)) / str(seats)
            work.mkdir(parents=True, exist_ok=True)
            log(f"generating {seats:,} seats…")
            generated = generate(work / "roster.csv", seats)
            for kind in kinds:
                run_started = time.monotonic()
                db = sqlite_database(work / "roster.sqlite") if kind == SQLITE \
                    else postgresql_database(args.db)
                try:
                    raw = run(db, generated, work, log, quick=args.quick)
                finally:
                    db.drop()
                runs.append({"database": kind, "label": db.label, "seats": seats,
                             "database_name": db.name,
                             "figures": figures(raw, kind), "raw": raw,
                             "wall_s": time.monotonic() - run_started})
            (work / "roster.csv").unlink(missing_ok=True)
    shown = shlex.join(_no_password(a) for a in (sys.argv[1:] if argv is None else argv))
    command = f"make bench BENCH_ARGS={shlex.quote(shown)}" \
        if argv is None and os.environ.get("MAKELEVEL") else f"python -m benchmarks {shown}"
    result: dict[str, Any] = {
        "format": 2, "seats": args.seats, "quick": args.quick, "databases": kinds,
        "machine": machine(args.db),
        "command": command.strip(), "runs": runs, "growth": growth(runs),
        "wall_s": time.monotonic() - started}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    result["plots"] = _plots(args.out)
    args.out.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    text = table(result)
    args.out.with_suffix(".md").write_text(text + "\n", encoding="utf-8")
    print(text)
    print(f"\nwritten {args.out}, {args.out.with_suffix('.md')} and "
          f"{', '.join(Path(p).name for p in result['plots'].values())}")
    return 0


def server_problem(server_url: str) -> str | None:
    """Why the ``--db`` server cannot be measured (one line, no password), or None.

    Asked before anything is generated, so an unreachable server costs a second, not
    the SQLite half of a run and a traceback.
    """
    import psycopg
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(server_url)
    except ArgumentError:
        return f"--db takes a postgresql:// URL, not {server_url!r}"
    if url.get_backend_name() != "postgresql":
        return f"--db takes a postgresql:// URL, not {url.get_backend_name()}"
    shown = url.render_as_string(hide_password=True)
    try:
        with psycopg.connect(url.set(drivername="postgresql")
                             .render_as_string(hide_password=False), connect_timeout=5):
            return None
    except psycopg.Error as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if url.password:
            first = first.replace(url.password, "***")
        return (f"cannot reach the PostgreSQL server {shown} ({first}); start it, pass "
                "another with --db URL (make bench BENCH_DB=URL), or leave --db out to "
                "measure SQLite alone")


def _no_password(arg: str) -> str:
    """An argument as recorded: a URL's password (``--db URL`` or ``--db=URL``) hidden."""
    if "://" not in arg:
        return arg
    from sqlalchemy.engine import make_url

    prefix, _, url = arg.partition("=") if arg.startswith("--") else ("", "", arg)
    shown = str(make_url(url).render_as_string(hide_password=True))
    return f"{prefix}={shown}" if prefix else shown


if __name__ == "__main__":
    sys.exit(main())
