"""The benchmark harness still runs end to end (at 2,000 seats) and produces every figure.

It checks that each figure is there and is a number, never how fast anything was.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {"import (rows/s)", "cold start", "first paint", "all screens ready", "filter p50",
           "filter p95", "sort holder", "sort renewal date", "sort devices", "scroll to end",
           "export (rows/s)", "peak memory", "longest GUI stall", "vault calls"}
WITH_BASELINE = FIGURES - {"scroll to end", "longest GUI stall", "vault calls"}


@pytest.fixture
def harness(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.syspath_prepend(str(ROOT))
    sys.modules.pop("benchmarks", None)
    import benchmarks.__main__ as harness_main

    return harness_main


def test_harness_produces_every_figure(harness: object, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "latest.json"
    code = harness.main(["--seats", "2000", "--work", str(tmp_path / "work"),  # type: ignore[attr-defined]
                         "--out", str(out)])
    assert code == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["seats"] == 2000
    assert {"cpu", "python", "qt", "sqlite"} <= set(result["machine"])
    by_name = {f["name"]: f for f in result["figures"]}
    assert set(by_name) == FIGURES
    for name, figure in by_name.items():
        assert isinstance(figure["ours"], float | int), name
        assert math.isfinite(figure["ours"]), name
        assert isinstance(figure["met"], bool), name
        if name in WITH_BASELINE:
            assert figure["baseline"] is not None, name
            assert figure["ratio"] is not None, name
    assert result["raw"]["roster"]["seats"] == 2000
    assert len(result["raw"]["filter_baseline_s"]) == 20
    assert all(not run["errors"] for run in result["raw"]["full"])
    printed = capsys.readouterr().out
    assert "| figure | Seatkeeper | baseline |" in printed
    assert "vault calls" in printed
