"""A big CSV's header row is read from its head: the mapping page reads no 230 MB."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatkeeper.domain.errors import BadInput
from seatkeeper.services import transfer
from seatkeeper.services.importing import readers
from seatkeeper.services.importing.readers import HEAD_BYTES, read_head

HEADER = "subscription;vendor;licence_id;holder_name\n"
ROW = "Kontorpakke;Microsoft;L-{i};Åse Ødegård\n"


def _big(path: Path, encoding: str, tail: str = "") -> Path:
    rows = "".join(ROW.format(i=i) for i in range(HEAD_BYTES // 30))
    path.write_bytes((HEADER + rows + tail).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_the_header_row_of_a_big_file_comes_from_its_head(
        tmp_path: Path, encoding: str) -> None:
    # A NUL far below the head: reading the whole file would refuse it.
    path = _big(tmp_path / "big.csv", encoding, tail="broken;\x00;row;here\n")
    assert path.stat().st_size > HEAD_BYTES
    given = None if encoding.startswith("utf") else encoding
    source = read_head(path, None, given)
    assert source.headers == ["subscription", "vendor", "licence_id", "holder_name"]
    assert transfer.read_headers(path, "auto", given) == ("generic", source.headers)
    with pytest.raises(BadInput):  # the dry run reads it all, and says so
        readers.read_file(path, None, given)


def test_a_small_file_and_a_bad_one_read_as_before(tmp_path: Path) -> None:
    small = tmp_path / "small.csv"
    small.write_text(HEADER + ROW.format(i=1), encoding="utf-8")
    assert read_head(small).headers == readers.read_file(small).headers
    with pytest.raises(BadInput, match="cannot read"):
        read_head(tmp_path / "missing.csv")
    one_line = tmp_path / "one.csv"  # no line break in the head: the whole file is read
    one_line.write_text(";".join(f"c{i}" for i in range(HEAD_BYTES // 5)) + "\n",
                        encoding="utf-8")
    assert len(read_head(one_line).headers) == HEAD_BYTES // 5
