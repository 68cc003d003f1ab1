"""store/audit_protection.py's erasure rule and migration 0012's frozen copy stay one text.

Migrations are never edited once released, so 0012 keeps its own copy of the rule the
UPDATE trigger lets through; the triggers put back at open use this module's. If the two
drift apart, a roster upgraded by 0012 and one repaired at open would allow different
changes of the audit log.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from seatkeeper.store import audit_protection

VERSIONS = Path(audit_protection.__file__).parent / "migrations" / "versions"


def _migration(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, VERSIONS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_erasure_rule_is_the_migrations_rule() -> None:
    migration = _migration("0012_i19_personal_fields")
    assert migration.ERASURE_ONLY == audit_protection.ERASURE_ONLY
    assert migration.MESSAGE == audit_protection.MESSAGE
