"""Known errors are raised with declared messages (an id and arguments), never with text.

A refusal written as an f-string cannot be translated, and its values are
formatted before the window could format them for the admin's locale. This
reads the source of the store and of the seat-side services (the modules
moved to messages so far) and fails on any KnownError built from a string.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from seatkeeper.domain import errors

SRC = Path(__file__).resolve().parents[1] / "src" / "seatkeeper"
CHECKED = sorted([
    *(SRC / "store").glob("*.py"),
    *(SRC / "services" / name for name in (
        "audit_log.py", "credentials.py", "first_look.py", "lookups.py", "plans.py",
        "purchasing.py", "roster.py", "rows.py", "seats.py", "subscription_actions.py",
        "subscription_terms.py")),
])
KNOWN = {name for name, value in vars(errors).items()
         if isinstance(value, type) and issubclass(value, errors.KnownError)}


def _texts(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in KNOWN):
            continue
        message_args = node.args[1:] if node.func.id == "RuleRefused" else node.args
        for arg in message_args:  # RuleRefused's first argument is the rule's id
            if isinstance(arg, ast.JoinedStr | ast.Constant | ast.BinOp):
                found.append(f"line {node.lineno}: {node.func.id}({ast.unparse(arg)[:60]})")
    return found


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(SRC)))
def test_known_errors_carry_declared_messages(path: Path) -> None:
    assert _texts(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_sees_a_text_refusal() -> None:
    code = 'raise BadInput(f"Seat {seat} is held.")\nraise RuleRefused("VL-2", "Too few.")'
    assert len(_texts(ast.parse(code))) == 2
