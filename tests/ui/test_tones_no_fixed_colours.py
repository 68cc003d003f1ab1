"""No fixed colour in ui/ outside ui/tones.py (issue 18, item 7).

A colour written into a style sheet, rich text or a QColor elsewhere is one shade for
both the light and the dark system scheme: a dark red or amber that vanishes on a dark
palette, a light strip under a dark palette's light text. Every colour comes from
ui/tones.py, which picks the shade for the palette in use and is re-run when it changes.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "seatkeeper" / "ui"
ALLOWED = {UI / "tones.py"}

# In a string: "#a61b1b", "#555", "rgb(1,2,3)", "color: red", "background:white".
NAMED = ("red|green|blue|yellow|orange|black|white|gray|grey|silver|maroon|navy|purple|"
         "teal|olive|lime|aqua|fuchsia|darkred|darkgreen|darkblue|darkorange|lightgray|"
         "lightgrey|darkgray|darkgrey")
IN_STRING = re.compile(
    r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"
    r"|\brgba?\s*\("
    rf"|(?:color|background|background-color|border[-\w]*)\s*:[^;'\"]*\b(?:{NAMED})\b",
    re.IGNORECASE)
# In code: QColor("..."), QColor(12, 34, 56), Qt.red, Qt.GlobalColor.darkRed.
IN_CODE = re.compile(
    r"\bQColor\s*\(\s*(?:['\"\d]|Qt\.)"
    r"|\bQt\.(?:GlobalColor\.)?(?:red|green|blue|yellow|black|white|gray|cyan|magenta|"
    r"dark(?:Red|Green|Blue|Yellow|Gray|Cyan|Magenta)|lightGray)\b")


STRINGS = {tokenize.STRING} | ({tokenize.FSTRING_MIDDLE}  # type: ignore[attr-defined]
                                if hasattr(tokenize, "FSTRING_MIDDLE") else set())


def fixed_colours(source: str) -> list[tuple[int, str]]:
    """(line, text) of every fixed colour in Python ``source``; comments do not count."""
    found: list[tuple[int, str]] = []
    code_lines: dict[int, list[str]] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in STRINGS:
            found += [(token.start[0], m.group(0)) for m in IN_STRING.finditer(token.string)]
            code_lines.setdefault(token.start[0], []).append("'S'")
        elif token.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE):
            code_lines.setdefault(token.start[0], []).append(token.string)
    # Code is matched on its tokens joined back, each string as 'S' and without comments:
    # QColor("red") counts, a colour named in a comment does not.
    for line, parts in code_lines.items():
        found += [(line, m.group(0)) for m in IN_CODE.finditer("".join(parts))]
    return sorted(found)


def test_the_checker_finds_each_kind_of_fixed_colour() -> None:
    source = '\n'.join([
        'label.setStyleSheet("color:#555;margin-left:22px")',
        "html = f\"<p style='color:#b00020'>{text}</p>\"",
        'GREY = QColor("#8a8a8a")',  # the literal, and QColor of a literal
        "SIGNAL = QColor('red')",
        "DARK = QColor(40, 40, 40)",
        "item.setForeground(Qt.red)",
        "item.setBackground(Qt.GlobalColor.darkRed)",
        'strip.setStyleSheet("background: white; border: 1px solid rgb(1, 2, 3)")',
    ]) + "\n"
    assert [line for line, _text in fixed_colours(source)] == [1, 2, 3, 3, 4, 5, 6, 7, 8, 8]


def test_the_checker_leaves_palette_colours_tones_and_comments_alone() -> None:
    source = '\n'.join([
        'body.setStyleSheet("QWidget#subscriptionBody { background: palette(base); }")',
        "html = \"<td class='muted'>Seat #12</td>\"",
        'tint(label, "warning")',
        "colour = QColor(tone('refusal'))  # not QColor('#fff')",
        "row = 'L-0001'",
    ]) + "\n"
    assert fixed_colours(source) == []


def test_no_fixed_colour_in_ui_outside_tones() -> None:
    files = sorted(p for p in UI.rglob("*.py") if p not in ALLOWED)
    assert len(files) > 50  # the walk found the ui package
    found = [f"{path.relative_to(UI)}:{line}: {text}"
             for path in files for line, text in fixed_colours(path.read_text("utf-8"))]
    assert found == []
