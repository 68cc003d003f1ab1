"""The review report speaks the admin's language and formats (issue 14), from the CLI too.

``seatkeeper export --format html|pdf --locale nb-NO`` writes the report with the
window's catalogue: its words in bokmål, dates ``15.03.2027``, amounts as Norway writes
them, instants in the local time zone; ``en-US`` (and no locale) stay English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from seatkeeper.cli import run
from seatkeeper.domain.messages import CONTEXT
from seatkeeper.services import report
from seatkeeper.store.engine import Store
from seatkeeper.ui import i18n


@pytest.fixture
def restored_language() -> Iterator[None]:
    """The CLI installs a translator for the run; a test process must get English back."""
    before, language = QLocale(), i18n.current_language()
    yield
    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
    QLocale.setDefault(before)
    i18n._current = language


def _report(roster_path: Path, tmp_path: Path, *locale: str) -> str:
    out = tmp_path / "review.html"
    assert run(["export", "--db", str(roster_path), "--format", "html", "-o", str(out),
                *locale]) == 0
    return out.read_text(encoding="utf-8")


def test_a_norwegian_report_has_norwegian_words_dates_and_amounts(
        demo_store: Store, roster_path: Path, tmp_path: Path, restored_language: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Oslo")
    demo_store.dispose()
    html = _report(roster_path, tmp_path, "--locale", "nb-NO")
    assert '<html lang="nb">' in html
    # Every heading is the catalogue's bokmål (whatever the translator chose), not English.
    for heading in (report.TITLE, report.SUMMARY, report.FINDINGS, report.SIGN_OFF):
        said = QCoreApplication.translate(CONTEXT, heading.text, heading.id)
        assert said != heading.text, f"{heading.id} is not translated"
        assert said in html
    assert "Licence roster review" not in html
    # Dates as Norway writes them; no ISO date and no "UTC" left in the words.
    assert re.search(r"\b\d{2}\.\d{2}\.20\d\d\b", html)
    body = html.split("<body>", 1)[1]
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", body)
    assert " UTC" not in body
    # Norwegian kroner as Norway writes them; other currencies by their code, decimal comma.
    assert re.search(r"kr\N{NO-BREAK SPACE}[\d\N{NO-BREAK SPACE}]+,\d\d", html)
    assert re.search(r"\d,\d\d\N{NO-BREAK SPACE}USD", html)


def test_danish_report_and_the_english_default(
        demo_store: Store, roster_path: Path, tmp_path: Path, restored_language: None) -> None:
    demo_store.dispose()
    english = _report(roster_path, tmp_path)
    assert '<html lang="en">' in english
    assert "Licence roster review" in english
    danish = _report(roster_path, tmp_path, "--locale", "da-DK")
    assert '<html lang="da">' in danish
    said = QCoreApplication.translate(CONTEXT, report.TITLE.text, report.TITLE.id)
    assert said != report.TITLE.text
    assert said in danish
    assert re.search(r"\d\.\d{3},\d\d\N{NO-BREAK SPACE}USD|\d+,\d\d\N{NO-BREAK SPACE}USD",
                     danish)
