"""The catalogue tooling: it finds every text of the code and says what is not translated."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import translations as t


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small Seatkeeper-shaped package and an empty catalogue folder."""
    root = tmp_path
    pkg = root / "src" / "seatkeeper"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "domain").mkdir()
    (pkg / "ui" / "screen.py").write_text(
        'CTX = "Screen"\n'
        'def label(n):\n'
        '    return tr(CTX, "{n} seat left", n=n), tr(CTX, "Hello {name}", name="x")\n',
        encoding="utf-8")
    (pkg / "domain" / "rules.py").write_text(
        'HELD = message("seat.held", "Seat {seat} is held by {holder}.")\n', encoding="utf-8")
    monkeypatch.setattr(t, "ROOT", root)
    monkeypatch.setattr(t, "PACKAGE", pkg)
    monkeypatch.setattr(t, "TS_DIR", root / "resources" / "translations")
    monkeypatch.setattr(t, "LANGUAGES", {"nb": "nb_NO"})
    monkeypatch.setattr(t, "QT_STRINGS", {})
    return root


def _translate(path: Path, source: str, *forms: str) -> None:
    """Fill one entry of a .ts file as a translator would."""
    known = t.read_ts(path)
    key = next(k for k in known if k.source == source)
    known[key] = t.Translation(list(forms), True)
    t.write_ts(path, "nb_NO", t.collect(), known)


def test_update_lists_every_text_unfinished_and_check_names_them(package: Path) -> None:
    t.update()
    problems = t.check()
    assert sorted((p.key.context, p.key.source, p.what) for p in problems) == [
        ("Messages", "Seat {seat} is held by {holder}.", "not translated yet"),
        ("Screen", "Hello {name}", "not translated yet"),
        ("Screen", "{n} seat left", "not translated yet"),
    ]


def test_a_text_new_in_the_code_is_missing_until_the_catalogue_is_updated(
        package: Path) -> None:
    t.update()
    ts = t.TS_DIR / "seatkeeper_nb.ts"
    _translate(ts, "Hello {name}", "Hei {name}")
    _translate(ts, "{n} seat left", "{n} lisens igjen", "{n} lisenser igjen")
    _translate(ts, "Seat {seat} is held by {holder}.", "Lisens {seat} brukes av {holder}.")
    assert t.check() == []
    screen = package / "src" / "seatkeeper" / "ui" / "screen.py"
    screen.write_text(screen.read_text(encoding="utf-8")
                      + 'def more():\n    return tr(CTX, "Renewal date")\n', encoding="utf-8")
    assert [(p.key.source, p.what) for p in t.check()] == [
        ("Renewal date", "missing: run make translations")]
    t.update()  # keeps what was translated
    assert [(p.key.source, p.what) for p in t.check()] == [
        ("Renewal date", "not translated yet")]


def test_a_translation_that_loses_a_placeholder_or_a_plural_is_a_problem(
        package: Path) -> None:
    t.update()
    ts = t.TS_DIR / "seatkeeper_nb.ts"
    _translate(ts, "Hello {name}", "Hei")
    _translate(ts, "{n} seat left", "{n} lisens igjen")
    _translate(ts, "Seat {seat} is held by {holder}.", "Lisens {seat} brukes av {holdr}.")
    whats = sorted((p.key.source, p.what.split(":")[0].split(" [")[0]) for p in t.check())
    assert whats == [("Hello {name}", "placeholders"),
                     ("Seat {seat} is held by {holder}.", "placeholders"),
                     ("{n} seat left", "not translated yet")]  # its plural form is empty


def test_the_real_catalogue_has_every_text_of_the_code_translated() -> None:
    """Issue 14: a text the code has that the .ts files lack, or an entry left unfinished
    (bokmål, Danish, and the English plural forms), fails here; `make translations` adds
    the new ones."""
    english = (t.TS_DIR / "seatkeeper_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in english
    problems = t.check()
    assert problems == [], "\n".join(
        f"{p.key.context}: {p.key.source!r} ({p.what})" for p in problems[:20])
