"""Every KnownError raised anywhere in Seatkeeper carries a message with an id, not a string.

A plain string can only ever be shown in English; a declared message
(``message(id, text)``) is translated by the window and rendered in English
by the CLI. The check reads the source: each KnownError built there gets a
Message, never a literal, an f-string, a join or a module-level string.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest

import seatkeeper
from seatkeeper.domain.errors import KnownError, RuleRefused
from seatkeeper.domain.messages import CATALOG, MessageDef
from tests.source_names import namespace, resolve

PACKAGES = [seatkeeper]
SKIPPED = ("seatkeeper.store.migrations",)  # frozen history: they raise nothing to show
ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        names.append(package.__name__)
        names += [info.name for info in pkgutil.walk_packages(package.__path__,
                                                              f"{package.__name__}.")
                  if not info.name.startswith(SKIPPED)]
    return names


def _is_text(node: ast.expr, names: dict[str, Any]) -> bool:
    """Whether ``node`` is plainly a string: a literal, an f-string, a join, a str constant."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left, names) or _is_text(node.right, names)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in {"join", "format"} and _is_text(node.func.value, names)
    if isinstance(node, ast.Name):
        return isinstance(names.get(node.id), str)
    return False


def plain_text_errors(source: str, module: str = "") -> list[str]:
    """Where ``source`` builds a KnownError from a string instead of a message."""
    tree = ast.parse(source)
    names = namespace(tree, module)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        error = resolve(node.func, names)
        if not (inspect.isclass(error) and issubclass(error, KnownError)):
            continue
        position = 1 if issubclass(error, RuleRefused) and not _takes_message_first(error) \
            else 0
        given = [*node.args[position:position + 1],
                 *(k.value for k in node.keywords if k.arg == "message")]
        if any(_is_text(arg, names) for arg in given):
            found.append(f"line {node.lineno}: {error.__name__} from a plain string")
    return found


def _takes_message_first(error: type[KnownError]) -> bool:
    parameters = list(inspect.signature(error).parameters)
    return bool(parameters) and parameters[0] == "message"


@pytest.mark.parametrize("module", _modules())
def test_known_errors_carry_messages_with_ids(module: str) -> None:
    source = inspect.getsource(importlib.import_module(module))
    assert plain_text_errors(source, module) == []


def test_the_check_finds_a_plain_string() -> None:
    source = (
        "from seatkeeper.domain.errors import BadInput, KnownError, RuleRefused\n"
        "from seatkeeper.domain.eligibility import SendRefused\n"
        "NOTE = 'No server.'\n"
        "def f(x):\n"
        "    raise BadInput(f'{x} is bad', field='x')\n"
        "def g():\n"
        "    raise RuleRefused('VL-2', 'Too few ' + 'seats')\n"
        "def h(items):\n"
        "    raise KnownError(', '.join(items))\n"
        "def i():\n"
        "    raise KnownError(NOTE)\n"
        "def j():\n"
        "    raise SendRefused('Refused.', [])\n"
    )
    assert [line.split(": ")[1] for line in plain_text_errors(source)] == [
        "BadInput from a plain string", "RuleRefused from a plain string",
        "KnownError from a plain string", "KnownError from a plain string",
        "SendRefused from a plain string"]


def test_message_ids_are_dotted_lower_case_and_once_each() -> None:
    for module in _modules():
        importlib.import_module(module)
    ours = {id_: d for id_, d in CATALOG.items() if not id_.startswith("test.")}
    for prefix in ("volume.", "cli.", "seat.", "store.", "delivery.", "vault."):
        assert any(id_.startswith(prefix) for id_ in ours), prefix
    assert [id_ for id_ in ours if not ID.fullmatch(id_)] == []
    assert all(isinstance(d, MessageDef) and d.text.strip() for d in ours.values())


def test_a_row_problem_is_a_message_too() -> None:
    """RowError takes its problem as a Message: the source check cannot see dataclasses."""
    from seatkeeper.services.importing.records import RowError

    assert RowError.__dataclass_fields__["problem"].type == "Message"
