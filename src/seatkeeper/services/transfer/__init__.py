"""Import and export, chosen by format in one place for the window and the CLI.

``exports.export(services, request)`` writes seats (csv, xlsx), the roster
(json), the review report (html, pdf) or the deadlines calendar (ics);
``imports.read_import`` reads a roster file of any import format (csv, xlsx,
snipeit, json) into a plan that lists every bad row, and
``imports.import_roster`` writes such a plan. PDF needs Qt, so the caller
passes its renderer in: nothing under services imports Qt.
"""

from seatkeeper.services.transfer.exports import (
    EXPORT_FORMATS,
    ExportRequest,
    ExportResult,
    PdfRenderer,
    export,
    write_calendar,
)
from seatkeeper.services.transfer.imports import (
    AUTO,
    IMPORT_FORMATS,
    import_roster,
    is_json,
    read_headers,
    read_import,
    reader_format,
)

__all__ = [
    "AUTO", "EXPORT_FORMATS", "IMPORT_FORMATS", "ExportRequest", "ExportResult", "PdfRenderer",
    "export", "import_roster", "is_json", "read_headers", "read_import", "reader_format",
    "write_calendar",
]
