"""Turn raw measurements into figures (ours, baseline, ratio, target, met), growth and tables.

The targets are issue 21's table (SQLite and PostgreSQL columns, stated at 1,000,000
seats and checked here at every size); export and vault calls keep the earlier rounds'
targets, which that table does not list. A figure without a target has ``met`` null.
"""

from __future__ import annotations

import statistics
from typing import Any

ISSUE = "issue 21 targets table"
EARLIER = "earlier round (not in issue 21's table)"

# name -> group, unit. Groups: "interactive" (each may grow at most GROWTH_LIMIT from the
# smallest to the largest roster, and is plotted), "throughput" and "memory" (plotted),
# "start" and "other".
FIGURES: dict[str, tuple[str, str]] = {
    "import (rows/s)": ("throughput", "rows/s"),
    "cold start": ("start", "s"),
    "all screens ready": ("start", "s"),
    "first paint": ("interactive", "s"),
    "filter p50": ("other", "s"),
    "filter p95": ("interactive", "s"),
    "sort holder": ("interactive", "s"),
    "sort renewal date": ("interactive", "s"),
    "sort devices": ("interactive", "s"),
    "scroll to end": ("interactive", "s"),
    "Review ready": ("interactive", "s"),
    "export (rows/s)": ("throughput", "rows/s"),
    "peak memory": ("memory", "MB"),
    "longest GUI stall": ("other", "s"),
    "GUI import longest stall": ("other", "s"),
    "GUI import peak memory": ("memory", "MB"),
    "vault calls": ("other", "calls"),
}
GROWTH_LIMIT = 1.5

# rule: "min_ratio" ours >= value x baseline; "max_ratio" ours <= value x baseline;
# "max" ours <= value; "max_plus" ours <= baseline + value.
Target = tuple[str, float, str, str]  # rule, value, text, source
_SORT: Target = ("max", 0.7, "<= 700 ms", ISSUE)
_STALL: Target = ("max", 0.05, "<= 50 ms", ISSUE)
_MEMORY: Target = ("max_plus", 150.0, "<= bare + 150 MB", ISSUE)
_EXPORT: Target = ("min_ratio", 0.5, ">= 0.5x bare", EARLIER)
_VAULT: Target = ("max", 0.0, "0", EARLIER)
TARGETS: dict[str, dict[str, Target | None]] = {
    "import (rows/s)": {"sqlite": ("min_ratio", 0.25, ">= 0.25x bare", ISSUE),
                        "postgresql": ("min_ratio", 0.25, ">= 0.25x COPY", ISSUE)},
    "cold start": {"sqlite": ("max_ratio", 1.5, "<= 1.5x bare window", ISSUE),
                   "postgresql": None},
    # Issue 21, item 4: all screens ready <= 3x (SQLite; PostgreSQL has no start target).
    "all screens ready": {"sqlite": ("max_ratio", 3.0, "<= 3x bare window", ISSUE),
                          "postgresql": None},
    "first paint": {"sqlite": ("max_ratio", 2.0, "<= 2x bare table", ISSUE),
                    "postgresql": ("max_ratio", 3.0, "<= 3x bare table", ISSUE)},
    "filter p95": {"sqlite": ("max", 0.1, "<= 100 ms", ISSUE),
                   "postgresql": ("max", 0.15, "<= 150 ms", ISSUE)},
    "sort holder": {"sqlite": _SORT, "postgresql": _SORT},
    "sort renewal date": {"sqlite": _SORT, "postgresql": _SORT},
    "sort devices": {"sqlite": _SORT, "postgresql": _SORT},
    "Review ready": {"sqlite": ("max", 1.0, "<= 1 s", ISSUE),
                     "postgresql": ("max", 1.5, "<= 1.5 s", ISSUE)},
    "export (rows/s)": {"sqlite": _EXPORT, "postgresql": _EXPORT},
    "peak memory": {"sqlite": _MEMORY, "postgresql": _MEMORY},
    "longest GUI stall": {"sqlite": _STALL, "postgresql": _STALL},
    "GUI import longest stall": {"sqlite": _STALL, "postgresql": _STALL},
    "GUI import peak memory": {"sqlite": _MEMORY, "postgresql": _MEMORY},
    "vault calls": {"sqlite": _VAULT, "postgresql": _VAULT},
}


def _median(values: list[float]) -> float:
    return float(statistics.median(values))


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def _met(rule: str, value: float, ours: float, baseline: float | None) -> bool | None:
    if rule == "max":
        return ours <= value
    if baseline is None:
        return None
    if rule == "min_ratio":
        return ours >= value * baseline
    if rule == "max_ratio":
        return ours <= value * baseline
    if rule == "max_plus":
        return ours <= baseline + value
    raise ValueError(rule)


def _figure(kind: str, name: str, ours: float, baseline: float | None) -> dict[str, Any]:
    group, unit = FIGURES[name]
    target = TARGETS.get(name, {}).get(kind)
    figure: dict[str, Any] = {
        "name": name, "group": group, "unit": unit, "ours": ours, "baseline": baseline,
        "ratio": ours / baseline if baseline else None,
        "target": None, "target_rule": None, "target_value": None, "target_source": None,
        "met": None}
    if target is not None:
        rule, value, text, source = target
        figure.update(target=text, target_rule=rule, target_value=value,
                      target_source=source, met=_met(rule, value, ours, baseline))
    return figure


def figures(raw: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The figures of one run (one database, one size) from its raw measurements."""
    imp, imp_base = _median(raw["import_rows_s"]), _median(raw["import_baseline_rows_s"])
    exp, exp_base = _median(raw["export_rows_s"]), _median(raw["export_baseline_rows_s"])
    bare, starts, full = raw["bare"], raw["starts"], raw["full"]
    cold_base = _median([b["cold_start_s"] for b in bare])
    filters = [f for run in full for f in run["filter_s"]]
    filter_base = raw["filter_baseline_s"]
    sorts = [_median(list(times)) for times in zip(*(run["sort_s"] for run in full),
                                                    strict=True)]
    rss_base = _median([b["peak_rss_mb"] for b in bare])

    def fig(name: str, ours: float, baseline: float | None = None) -> dict[str, Any]:
        return _figure(kind, name, ours, baseline)

    return [
        fig("import (rows/s)", imp, imp_base),
        fig("cold start", _median([s["cold_start_s"] for s in starts]), cold_base),
        fig("first paint", _median([s["first_paint_s"] for s in starts]),
            _median([b["first_paint_s"] for b in bare])),
        # Start to every screen loaded and usable (the paint above is the first look's).
        fig("all screens ready", _median([s["ready_s"] for s in starts]), cold_base),
        fig("filter p50", _p(filters, 0.5), _p(filter_base, 0.5)),
        fig("filter p95", _p(filters, 0.95), _p(filter_base, 0.95)),
        *[fig(f"sort {key}", ours, base) for key, ours, base in
          zip(("holder", "renewal date", "devices"), sorts, raw["sort_baseline_s"],
              strict=True)],
        fig("scroll to end", _median([run["scroll_end_s"] for run in full])),
        fig("Review ready", _median([run["review_ready_s"] for run in full])),
        fig("export (rows/s)", exp, exp_base),
        fig("peak memory", max(run["peak_rss_mb"] for run in full), rss_base),
        fig("longest GUI stall", max(run["longest_stall_s"] for run in full)),
        fig("vault calls", float(sum(run["vault_calls"] for run in full))),
        # The wizard's steps (benchmarks.gui_import_probe: reading the headers, the dry run,
        # the write), SQLite only, into a scratch roster: the longest stall of any, and the
        # window process's peak memory (the child's is its own).
        *([fig("GUI import longest stall", raw["gui_import"]["longest_stall_s"]),
           fig("GUI import peak memory", raw["gui_import"]["peak_rss_mb"], rss_base)]
          if "gui_import" in raw else []),
    ]


def growth(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each interactive figure's growth from the smallest to the largest roster, per
    database, against GROWTH_LIMIT (empty with fewer than two sizes)."""
    out: list[dict[str, Any]] = []
    for kind in dict.fromkeys(run["database"] for run in runs):
        mine = sorted((r for r in runs if r["database"] == kind), key=lambda r: r["seats"])
        if len(mine) < 2:
            continue
        small, large = mine[0], mine[-1]
        for name, (group, _unit) in FIGURES.items():
            if group != "interactive":
                continue
            a, b = _ours(small, name), _ours(large, name)
            ratio = b / a if a else None
            out.append({"database": kind, "figure": name, "seats_from": small["seats"],
                        "seats_to": large["seats"], "from": a, "to": b, "growth": ratio,
                        "limit": GROWTH_LIMIT,
                        "met": None if ratio is None else ratio <= GROWTH_LIMIT})
    return out


def _ours(run: dict[str, Any], name: str) -> float:
    return float(next(f["ours"] for f in run["figures"] if f["name"] == name))


def show(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "rows/s":
        return f"{value:,.0f}/s"
    if unit == "s":
        ms = value * 1000
        return f"{ms:,.1f} ms" if ms < 10 else f"{ms:,.0f} ms"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.0f}"


def _ratio(f: dict[str, Any]) -> str:
    if f["unit"] == "MB" and f["baseline"] is not None:
        return f"+{f['ours'] - f['baseline']:,.0f} MB"
    return f"{f['ratio']:.2f}x" if f["ratio"] is not None else "-"


def _met_text(met: bool | None) -> str:
    return "-" if met is None else ("yes" if met else "NO")


LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def table(result: dict[str, Any]) -> str:
    """The whole run as markdown: one table per size (the databases side by side), then
    the growth of the interactive figures."""
    m = result["machine"]
    lines = [f"# Seatkeeper benchmark — {m['cpu']} ({m['cores']} cores), Python {m['python']}, "
             f"Qt {m['qt']}, SQLite {m['sqlite']}"
             + (f", PostgreSQL {m['postgresql']}" if m.get("postgresql") else ""),
             "", f"Command: `{result['command']}`; whole run {result['wall_s']:,.0f} s."]
    kinds = list(dict.fromkeys(run["database"] for run in result["runs"]))
    for seats in result["seats"]:
        runs = {r["database"]: r for r in result["runs"] if r["seats"] == seats}
        head = "| figure |" + "".join(
            f" {LABELS[k]} | baseline | ratio | target | met |" for k in kinds)
        lines += ["", f"## {seats:,} seats", "", head,
                  "|---|" + "---:|---:|---:|---|---|" * len(kinds)]
        for name in FIGURES:
            cells = [f"| {name} |"]
            if not any(x["name"] == name for k in kinds for x in runs[k]["figures"]):
                continue  # a figure of the other database only
            for kind in kinds:
                f = next((x for x in runs[kind]["figures"] if x["name"] == name), None)
                if f is None:
                    cells.append(" - | - | - | - | - |")
                    continue
                cells.append(f" {show(f['ours'], f['unit'])} | {show(f['baseline'], f['unit'])}"
                             f" | {_ratio(f)} | {f['target'] or '-'} | {_met_text(f['met'])} |")
            lines.append("".join(cells))
        gui_import = runs.get("sqlite", {}).get("raw", {}).get("gui_import")
        if gui_import and "longest_stall_s" in gui_import:
            lines.append("\nGUI import, longest stall of each step: " + ", ".join(
                f"{step} {show(gui_import[key], 's')}" for step, key in (
                    ("reading the headers", "headers_longest_stall_s"),
                    ("dry run", "dry_run_longest_stall_s"),
                    ("write", "import_longest_stall_s"))) + ".")
        for kind in kinds:
            starts = len(runs[kind]["raw"]["starts"])
            lines.append(f"\n{LABELS[kind]}: cold start and all screens ready are medians of "
                         f"{starts} start{'s' if starts != 1 else ''}, each after a bare "
                         "window's (bare, app, bare, app, ...).")
            worst = max(runs[kind]["raw"]["full"], key=lambda run: run["longest_stall_s"])
            if worst.get("longest_stall_during"):
                lines.append(f"\n{LABELS[kind]}: the longest GUI stall came while "
                             f"{worst['longest_stall_during']}.")
    if result["growth"]:
        sizes = f"{result['seats'][0]:,} to {result['seats'][-1]:,} seats"
        lines += ["", f"## Growth of the interactive figures, {sizes} (limit "
                  f"{GROWTH_LIMIT}x)", "", "| figure | database | smallest | largest | growth "
                  "| met |", "|---|---|---:|---:|---:|---|"]
        for g in result["growth"]:
            grown = f"{g['growth']:.2f}x" if g["growth"] is not None else "-"
            lines.append(f"| {g['figure']} | {LABELS[g['database']]} | {show(g['from'], 's')} "
                         f"| {show(g['to'], 's')} | {grown} | {_met_text(g['met'])} |")
    return "\n".join(lines)
