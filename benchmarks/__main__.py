"""Run the benchmark: generate a roster, measure each figure beside its baseline, report.

``python -m benchmarks [--seats N] [--work DIR]``; writes benchmarks/results/latest.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import data
from benchmarks.generate import generate, top_up_devices
from benchmarks.report import figures, table
from seatkeeper.store.paging import TableQuery

RESULTS = Path(__file__).resolve().parent / "results"
SORT_KEYS = ("holder", "renewal_date", "devices")  # the columns app_probe clicks


def _reps(seats: int) -> dict[str, int]:
    """Repetitions: several, fewer at a million so the whole run fits ten minutes."""
    big = seats >= 500_000
    return {"import": 1 if big else 3, "import_baseline": 3, "export": 1 if big else 3,
            "starts": 3, "full": 1 if big else 2}


def _probe(module: str, *args: str, timeout: float = 600) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", module, args[0], str(started), *args[1:]],
                          capture_output=True, text=True, env=env, timeout=timeout, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            return dict(json.loads(line.removeprefix("BENCH-RESULT ")))
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


def _median(values: list[float]) -> float:
    return float(statistics.median(values))


def run(seats: int, work: Path, log: Any = print) -> dict[str, Any]:
    reps = _reps(seats)
    work.mkdir(parents=True, exist_ok=True)
    csv_path, db = work / "roster.csv", work / "roster.sqlite"
    raw: dict[str, Any] = {}
    log(f"generating {seats:,} seats…")
    generated = generate(csv_path, seats)
    raw["roster"] = {"seats": generated.seats, "subscriptions": generated.subscriptions,
                     "people_pool": generated.people, "csv_devices": generated.csv_devices,
                     "extra_devices": len(generated.extra_devices)}
    log("import…")
    raw["import_rows_s"] = [data.import_once(csv_path, db) for _ in range(reps["import"])]
    raw["import_baseline_rows_s"] = [data.import_baseline_once(csv_path, work / "bare.sqlite")
                                     for _ in range(reps["import_baseline"])]
    top_up_devices(db, generated)
    log("export…")
    out = work / "export.csv"
    raw["export_rows_s"] = [data.export_once(db, out) for _ in range(reps["export"])]
    raw["export_baseline_rows_s"] = [data.export_baseline_once(db, out)
                                     for _ in range(reps["export"])]
    log("SQL baselines…")
    raw["filter_baseline_s"] = [data.sql_seconds(db, TableQuery(q, "subscription"))
                                for q in generated.samples]
    raw["sort_baseline_s"] = [data.sql_seconds(db, TableQuery("", key), with_count=False)
                              for key in SORT_KEYS]
    log("GUI: bytecode…")
    compile_bytecode()
    log("GUI: bare window…")
    bare = [_probe("benchmarks.bare_probe", str(seats)) for _ in range(reps["starts"])]
    log("GUI: Seatkeeper cold starts…")
    starts = [_probe("benchmarks.app_probe", str(db), "start") for _ in range(reps["starts"])]
    log("GUI: filter, sort, scroll…")
    full = [_probe("benchmarks.app_probe", str(db), "full", json.dumps(generated.samples))
            for _ in range(reps["full"])]
    raw.update(bare=bare, starts=starts, full=full)
    return raw


def machine() -> dict[str, Any]:
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
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "qt": qVersion(), "pyside6": PySide6.__version__,
            "sqlite": __import__("sqlite3").sqlite_version, "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--seats", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the generated roster (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="seatkeeper-bench-") as tmp:
        raw = run(args.seats, args.work or Path(tmp),
                  log=lambda text: print(text, file=sys.stderr, flush=True))
    result = {"seats": args.seats, "machine": machine(), "figures": figures(raw), "raw": raw,
              "wall_s": time.monotonic() - started}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    print(table(result))
    print(f"\nwritten {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
