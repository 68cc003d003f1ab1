"""File dialogs open in Documents or the folder last used, not the program's folder
(issue 18)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from seatkeeper.ui import file_dialogs
from seatkeeper.ui.actions import file as file_actions
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.file_dialogs import documents_folder, remember_folder, start_folder


def test_first_dialog_starts_in_documents_then_in_the_folder_last_used(tmp_path: Path) -> None:
    assert start_folder() == documents_folder()
    assert start_folder() != Path.cwd() or Path.cwd() == documents_folder()
    chosen = tmp_path / "exports"
    chosen.mkdir()
    remember_folder(str(chosen / "roster.csv"))
    assert start_folder() == chosen
    chosen.rmdir()  # a folder that is gone falls back to Documents
    assert start_folder() == documents_folder()


def test_open_roster_dialog_starts_in_a_real_folder_and_remembers_it(
        monkeypatch: pytest.MonkeyPatch, ctx: WindowContext, tmp_path: Path) -> None:
    asked: list[str] = []
    picked = tmp_path / "team" / "roster.sqlite"
    picked.parent.mkdir()

    def fake_open(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        asked.append(folder)
        return str(picked), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    file_actions.choose_roster(ctx)
    assert asked[0] == str(file_dialogs.documents_folder())  # not "" (the program's folder)
    file_actions.choose_roster(ctx)
    assert asked[1] == str(picked.parent)
