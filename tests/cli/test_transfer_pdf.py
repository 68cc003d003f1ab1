"""`seatkeeper export --format pdf`: the review report through Qt's PDF writer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seatkeeper.cli import run
from seatkeeper.store.engine import Store


def test_pdf_report_is_a_pdf_with_pages(demo_store: Store, roster_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.dispose()
    out = tmp_path / "review.pdf"
    assert run(["export", "--db", str(roster_path), "--format", "pdf", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-z])", data)) >= 2  # the demo needs 3 pages
    assert "page(s)" in capsys.readouterr().out


def test_pdf_to_an_unwritable_place_is_one_line(demo_store: Store, roster_path: Path,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    demo_store.dispose()
    out = tmp_path / "missing-folder" / "review.pdf"
    assert run(["export", "--db", str(roster_path), "--format", "pdf", "-o", str(out)]) == 2
    assert "cannot be written" in capsys.readouterr().err
