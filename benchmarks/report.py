"""Turn raw measurements into figures (ours, baseline, ratio, target) and a table."""

from __future__ import annotations

import statistics
from typing import Any


def _median(values: list[float]) -> float:
    return float(statistics.median(values))


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def _figure(name: str, ours: float, baseline: float | None, unit: str, target: str,
            met: bool) -> dict[str, Any]:
    ratio = ours / baseline if baseline else None
    return {"name": name, "ours": ours, "baseline": baseline, "unit": unit,
            "ratio": ratio, "target": target, "met": met}


def figures(raw: dict[str, Any]) -> list[dict[str, Any]]:
    imp, imp_base = _median(raw["import_rows_s"]), _median(raw["import_baseline_rows_s"])
    exp, exp_base = _median(raw["export_rows_s"]), _median(raw["export_baseline_rows_s"])
    bare, starts, full = raw["bare"], raw["starts"], raw["full"]
    cold = _median([s["cold_start_s"] for s in starts])
    cold_base = _median([b["cold_start_s"] for b in bare])
    paint = _median([s["first_paint_s"] for s in starts])
    paint_base = _median([b["first_paint_s"] for b in bare])
    ready = _median([s["ready_s"] for s in starts])
    filters = [f for run in full for f in run["filter_s"]]
    filter_base = raw["filter_baseline_s"]
    sorts = [_median(list(times)) for times in zip(*(run["sort_s"] for run in full),
                                                    strict=True)]
    sort_base = raw["sort_baseline_s"]
    scroll = _median([run["scroll_end_s"] for run in full])
    rss = max(run["peak_rss_mb"] for run in full)
    rss_base = _median([b["peak_rss_mb"] for b in bare])
    stall = max(run["longest_stall_s"] for run in full)
    vault = sum(run["vault_calls"] for run in full)
    return [
        _figure("import (rows/s)", imp, imp_base, "rows/s", ">= 250,000 and >= 0.25x",
                imp >= 250_000 and imp >= 0.25 * imp_base),
        _figure("cold start", cold, cold_base, "s", "<= 1.5x", cold <= 1.5 * cold_base),
        _figure("first paint", paint, paint_base, "s", "<= 2x", paint <= 2 * paint_base),
        # Start to every screen loaded and usable (the paint above is the first look's).
        _figure("all screens ready", ready, cold_base, "s", "-", True),
        _figure("filter p50", _p(filters, 0.5), _p(filter_base, 0.5), "s", "-", True),
        _figure("filter p95", _p(filters, 0.95), _p(filter_base, 0.95), "s", "<= 0.100 s",
                _p(filters, 0.95) <= 0.1),
        *[_figure(f"sort {key}", ours, base, "s", "<= 0.700 s", ours <= 0.7)
          for key, ours, base in zip(("holder", "renewal date", "devices"), sorts, sort_base,
                                     strict=True)],
        _figure("scroll to end", scroll, None, "s", "-", True),
        _figure("export (rows/s)", exp, exp_base, "rows/s", ">= 0.5x", exp >= 0.5 * exp_base),
        _figure("peak memory", rss, rss_base, "MB", "<= bare + 150 MB", rss <= rss_base + 150),
        _figure("longest GUI stall", stall, None, "s", "<= 0.050 s", stall <= 0.05),
        _figure("vault calls", float(vault), None, "calls", "0", vault == 0),
    ]


def _show(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "rows/s":
        return f"{value:,.0f}/s"
    if unit == "s":
        return f"{value * 1000:,.0f} ms"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.0f}"


def table(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [f"Seatkeeper benchmark, {result['seats']:,} seats — {m['cpu']} ({m['cores']} cores), "
             f"Python {m['python']}, Qt {m['qt']}, SQLite {m['sqlite']}",
             "",
             "| figure | Seatkeeper | baseline | ratio | target | met |",
             "|---|---:|---:|---:|---|---|"]
    for f in result["figures"]:
        ratio = f"{f['ratio']:.2f}x" if f["ratio"] is not None else "-"
        lines.append(f"| {f['name']} | {_show(f['ours'], f['unit'])} | "
                     f"{_show(f['baseline'], f['unit'])} | {ratio} | {f['target']} | "
                     f"{'yes' if f['met'] else 'NO'} |")
    full = result.get("raw", {}).get("full", [])
    worst = max(full, key=lambda run: run["longest_stall_s"], default=None)
    if worst is not None and worst.get("longest_stall_during"):
        lines += ["", f"The longest GUI stall came while: {worst['longest_stall_during']}."]
    return "\n".join(lines)
