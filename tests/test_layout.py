"""The tests mirror the source file for file, so the tests of a module are found by its path.

A test module ``tests/<dir>/test_<name>[_<aspect>].py`` belongs to the source module
``src/seatkeeper/<dir>/<name>.py`` (or the package ``<name>/``); the aspect, when
there is one, says which side of it the file tests. Outside the source's mirror are only
the integration tests (several modules against real services), the benchmark harness's
own tests, and this layout's and the rules' checks.
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src" / "seatkeeper"
OUTSIDE = {"integration", "benchmarks", "tools"}  # folders that do not mirror src
OWN = {"test_layout.py", "test_rule_coverage.py"}


def _module_for(test: Path) -> Path | None:
    """The source module ``test`` mirrors: the longest module name its name starts with."""
    folder = SRC / test.parent.relative_to(TESTS)
    stem = test.stem.removeprefix("test_")
    parts = stem.split("_")
    for end in range(len(parts), 0, -1):
        name = "_".join(parts[:end])
        for candidate in (folder / f"{name}.py", folder / name / "__init__.py"):
            if candidate.exists():
                return candidate
    return None


def test_every_test_module_mirrors_a_source_module() -> None:
    strays = [str(test.relative_to(TESTS)) for test in sorted(TESTS.rglob("test_*.py"))
              if test.parts[len(TESTS.parts)] not in OUTSIDE and test.name not in OWN
              and _module_for(test) is None]
    assert strays == []


def test_the_mirror_finds_the_module_of_an_aspect() -> None:
    assert _module_for(TESTS / "ui" / "test_i18n_pseudo_locale.py") == SRC / "ui" / "i18n.py"
    assert _module_for(TESTS / "ui" / "test_nothing_of_ours.py") is None
