"""The card field keeps only four digits: a whole card number is refused, not cut to its
first four (issue 18: "Visa ending 4111" after typing 4111 1111 1111 1111)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from seatkeeper.ui.widgets.forms import LastFourEdit


def test_typing_a_whole_card_number_keeps_no_digit_and_says_why(qtbot: QtBot) -> None:
    edit = LastFourEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, "4111111111111111")
    assert not edit.text().startswith("4111")  # never the first four
    assert len(edit.text()) < 4
    assert edit.typed_too_many
    assert edit.refusal() is not None
    assert "whole card number" in str(edit.refusal())


def test_the_field_forgets_the_long_number_undo_cannot_bring_it_back(qtbot: QtBot) -> None:
    edit = LastFourEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, "41111")
    assert edit.text() == ""
    edit.undo()
    assert "4111" not in edit.text()


def test_a_pasted_card_number_is_refused_and_four_digits_are_kept(qtbot: QtBot) -> None:
    edit = LastFourEdit()
    qtbot.addWidget(edit)
    edit.show()
    QGuiApplication.clipboard().setText("4111 1111 1111 1234")
    edit.paste()
    assert edit.text() == ""
    assert edit.typed_too_many
    QGuiApplication.clipboard().clear()
    qtbot.keyClicks(edit, "1234")
    assert edit.text() == "1234"
    assert not edit.typed_too_many
    assert edit.refusal() is None
