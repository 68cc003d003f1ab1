"""What a name in a module's source means: for the tests that read the source (ast).

``namespace`` maps each name to the object it is bound to: the module's own
globals, module-level string constants as the source writes them, and every
``from x import y`` (inside functions too). ``resolve`` follows ``a.b.c``.
"""

from __future__ import annotations

import ast
import importlib
from typing import Any

MISSING = object()


def namespace(tree: ast.Module, module: str = "") -> dict[str, Any]:
    names: dict[str, Any] = dict(vars(importlib.import_module(module))) if module else {}
    for node in tree.body:  # module-level texts, as the source has them
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            names |= {t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            source = importlib.import_module(node.module)
            for alias in node.names:
                names[alias.asname or alias.name] = getattr(source, alias.name, MISSING)
    return names


def resolve(node: ast.expr, names: dict[str, Any]) -> Any:
    if isinstance(node, ast.Name):
        return names.get(node.id, MISSING)
    if isinstance(node, ast.Attribute):
        base = resolve(node.value, names)
        return MISSING if base is MISSING else getattr(base, node.attr, MISSING)
    return MISSING
