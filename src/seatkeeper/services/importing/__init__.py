"""Bringing rosters in: readers, column mapping, a dry-run plan, one-transaction apply.

The flow is the same for every format: read rows (plain dicts of text), map
columns to fields (guessed from the headers, overridable), ``preview`` into an
``ImportPlan`` that lists every bad row before anything is written, then
``apply`` the plan in one write transaction.
"""

from seatkeeper.services.importing.mapping import GENERIC_FIELDS, SNIPEIT_FIELDS, guess_mapping
from seatkeeper.services.importing.plan import ImportPlan, preview
from seatkeeper.services.importing.readers import SourceRows, read_file
from seatkeeper.services.importing.records import RowError
from seatkeeper.services.importing.writer import ImportCancelled, ImportResult, apply

__all__ = [
    "GENERIC_FIELDS", "SNIPEIT_FIELDS", "ImportCancelled", "ImportPlan", "ImportResult",
    "RowError", "SourceRows", "apply", "guess_mapping", "preview", "read_file",
]
