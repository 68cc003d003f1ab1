"""The detail pane beside a table: the selected row, in full, as simple HTML.

Every value is escaped: names and e-mails come from imports and must never be
read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from seatkeeper.ui.tones import rich


def section(title: str, pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td class='muted' style='padding-right:12px'>{escape(k)}</td>"
        f"<td>{escape(v)}</td></tr>" for k, v in pairs
    )
    return f"<h3 style='margin-bottom:4px'>{escape(title)}</h3><table>{rows}</table>"


def bullet_list(title: str, items: Sequence[str], empty: str) -> str:
    body = "".join(f"<li>{escape(i)}</li>" for i in items) if items else \
        f"<p class='muted'>{escape(empty)}</p>"
    wrapped = f"<ul style='margin-top:2px'>{body}</ul>" if items else body
    return f"<h4 style='margin-bottom:2px'>{escape(title)}</h4>{wrapped}"


class DetailPane(QTextBrowser):
    """Read-only rich text; screens fill it with ``section`` and ``bullet_list``.

    The HTML names tone classes only; ``rich`` gives them the palette's colours and
    shows the text again when the system turns light or dark.
    """

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self.clear_detail()

    def clear_detail(self) -> None:
        rich(self, f"<p class='muted'>{escape(self._placeholder)}</p>")

    def show_html(self, html: str) -> None:
        rich(self, html)
