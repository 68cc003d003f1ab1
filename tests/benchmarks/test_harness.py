"""The benchmark harness still runs end to end at a tiny size and writes every figure.

It checks that latest.json is well formed (every figure with its baseline, ratio,
target and met flag, for each size and database, and the growth of the interactive
figures), that the table and the three plots are written beside it, and that a
PostgreSQL run leaves no database behind; never how fast anything was.
"""

from __future__ import annotations

import json
import math
import struct
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import pg_base_url

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {"import (rows/s)", "cold start", "first paint", "all screens ready", "filter p50",
           "filter p95", "sort holder", "sort renewal date", "sort devices", "scroll to end",
           "Review ready", "export (rows/s)", "peak memory", "longest GUI stall",
           "vault calls"}
WITH_BASELINE = FIGURES - {"scroll to end", "Review ready", "longest GUI stall",
                           "vault calls"}
INTERACTIVE = {"first paint", "filter p95", "sort holder", "sort renewal date",
               "sort devices", "scroll to end", "Review ready"}
# Issue 21's targets table: a target in both columns, or in SQLite's alone.
TARGETED = {"import (rows/s)", "first paint", "filter p95", "sort holder",
            "sort renewal date", "sort devices", "Review ready", "peak memory",
            "longest GUI stall", "export (rows/s)", "vault calls"}
SQLITE_ONLY_TARGETS = {"cold start", "all screens ready", "GUI import longest stall",
                       "GUI import peak memory"}
# The wizard's import (its stall, the window's memory), into a scratch SQLite file.
SQLITE_ONLY = {"GUI import longest stall", "GUI import peak memory"}
FIGURE_KEYS = {"name", "group", "unit", "ours", "baseline", "ratio", "target", "target_rule",
               "target_value", "target_source", "met"}


@pytest.fixture
def harness(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(ROOT))
    for name in [m for m in sys.modules if m == "benchmarks" or m.startswith("benchmarks.")]:
        monkeypatch.delitem(sys.modules, name)
    import benchmarks.__main__ as harness_main

    return harness_main


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _check(result: dict[str, Any], out: Path, seats: list[int], kinds: list[str]) -> None:
    assert result["seats"] == seats
    assert result["databases"] == kinds
    assert {"cpu", "python", "qt", "sqlite", "postgresql"} <= set(result["machine"])
    assert [(r["database"], r["seats"]) for r in result["runs"]] == \
        [(k, n) for n in seats for k in kinds]
    for run in result["runs"]:
        kind = run["database"]
        by_name = {f["name"]: f for f in run["figures"]}
        assert set(by_name) == FIGURES | (SQLITE_ONLY if kind == "sqlite" else set())
        for name, figure in by_name.items():
            where = f"{kind} {run['seats']} {name}"
            assert set(figure) == FIGURE_KEYS, where
            assert isinstance(figure["ours"], float | int), where
            assert math.isfinite(figure["ours"]), where
            if name in WITH_BASELINE:
                assert figure["baseline"] is not None, where
                assert figure["ratio"] is not None, where
            targeted = name in TARGETED or (name in SQLITE_ONLY_TARGETS and kind == "sqlite")
            if targeted:
                assert isinstance(figure["target"], str), where
                assert isinstance(figure["met"], bool), where
            else:
                assert figure["target"] is None, where
                assert figure["met"] is None, where
        raw = run["raw"]
        assert raw["roster"]["seats"] == run["seats"]
        assert len(raw["filter_baseline_s"]) == 20
        assert all(not probe["errors"] for probe in raw["full"])
        assert len(raw["bare"]) == len(raw["starts"]) == 1  # --quick: one start of each
        if kind == "sqlite":  # the wizard's dry run and import ran in its child and reported
            assert raw["gui_import"]["rows"] > 0
            assert raw["gui_import"]["progress_reports"] == 3
            assert raw["gui_import"]["dry_run_reports"] >= 1
            assert raw["gui_import"]["longest_stall_s"] == max(
                raw["gui_import"][f"{step}_longest_stall_s"]
                for step in ("headers", "dry_run", "import"))
    growth = {(g["database"], g["figure"]): g for g in result["growth"]}
    if len(seats) > 1:
        assert set(growth) == {(k, name) for k in kinds for name in INTERACTIVE}
        for g in growth.values():
            assert (g["seats_from"], g["seats_to"], g["limit"]) == (seats[0], seats[-1], 1.5)
            assert isinstance(g["met"], bool)
    else:
        assert growth == {}
    for group in ("interactive", "throughput", "memory"):
        png = Path(result["plots"][group])
        assert png.parent == out.parent
        assert _png_size(png) == (1200, 800)
    markdown = out.with_suffix(".md").read_text(encoding="utf-8")
    assert "| figure |" in markdown
    assert "medians of 1 start, each after a bare window's" in markdown
    assert f"## {seats[-1]:,} seats" in markdown


def test_harness_on_sqlite_at_two_sizes(harness: Any, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results" / "latest.json"
    code = harness.main(["--seats", "1000,2000", "--quick", "--work", str(tmp_path / "work"),
                         "--out", str(out)])
    assert code == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    _check(result, out, [1000, 2000], ["sqlite"])
    printed = capsys.readouterr().out
    assert "| figure | SQLite | baseline |" in printed
    assert "Growth of the interactive figures" in printed


def test_starts_alternate_with_the_bare_window(harness: Any) -> None:
    """Issue 21: the median of 9 starts alternating with the bare window, at every size."""
    assert harness._reps(100_000)["starts"] == harness._reps(1_000_000)["starts"] == 9
    assert harness._reps(1_000_000, quick=True)["starts"] == 1
    order: list[str] = []

    def probe(name: str) -> dict[str, Any]:
        order.append(name)
        return {"spawned": len(order)}

    bare, app = harness.alternate(3, lambda: probe("bare"), lambda: probe("app"))
    assert order == ["bare", "app"] * 3
    assert [b["spawned"] for b in bare] == [1, 3, 5]
    assert [a["spawned"] for a in app] == [2, 4, 6]


def _bench_databases(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.scalars(sa.text(
                "SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%'")))
    finally:
        engine.dispose()


@pytest.mark.integration
def test_harness_on_postgresql(harness: Any, tmp_path: Path) -> None:
    url = pg_base_url()
    out = tmp_path / "latest.json"
    code = harness.main(["--seats", "2000", "--quick", "--db", url, "--no-sqlite",
                         "--work", str(tmp_path / "work"), "--out", str(out)])
    assert code == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    _check(result, out, [2000], ["postgresql"])
    assert result["machine"]["postgresql"]
    # The throwaway database is gone, and the command recorded shows no password.
    (run,) = result["runs"]
    assert run["database_name"].startswith("bench_")
    assert run["database_name"] not in _bench_databases(url)
    password = sa.make_url(url).password
    if password:
        assert str(password) not in result["command"]


def test_an_unreachable_server_is_one_line_and_exit_2(harness: Any, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    """``make bench`` measures PostgreSQL by default: a machine without the server gets
    one line saying what to do, before any roster is generated, and no password."""
    out = tmp_path / "latest.json"
    code = harness.main(["--seats", "100", "--quick", "--out", str(out),
                         "--db", "postgresql://bench:s3cret-pw@127.0.0.1:1/test"])
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "cannot reach the PostgreSQL server" in err
    assert "s3cret-pw" not in err
    assert "Traceback" not in err
    assert not out.exists()
    assert not (tmp_path / "100").exists()


def test_make_bench_runs_both_databases_and_the_curves_by_default() -> None:
    """Issue 21's done-when: ``make bench`` gives both columns and the curves in one run."""
    dry = __import__("subprocess").run(["make", "-n", "bench"], cwd=ROOT, capture_output=True,
                                       text=True, check=True).stdout
    line = next(x for x in dry.splitlines() if "-m benchmarks" in x)
    assert "--seats 10000,100000,1000000" in line
    assert "--db postgresql://" in line
