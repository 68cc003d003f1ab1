"""CSV encodings and dialects (issue 15): BOMs, UTF-16, 8-bit files named or detected."""

from __future__ import annotations

import pytest

from seatkeeper.domain.errors import BadInput
from seatkeeper.services.importing.readers import decode, detect_encoding, read_csv_text

TEXT = "Navn;Beløp\r\nÆrlig Østby;1 490,00 kr\r\nÅse Ødegård;12,95\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                      "utf-16-be"])
def test_unicode_files_decode_with_or_without_a_bom(encoding: str) -> None:
    assert decode(TEXT.encode(encoding), "f.csv") == TEXT


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "iso8859-15"])
def test_an_8_bit_file_reads_with_its_encoding_named(encoding: str) -> None:
    assert decode(TEXT.encode(encoding), "f.csv", encoding) == TEXT


def test_an_8_bit_file_unnamed_is_refused_naming_what_it_looks_like() -> None:
    with pytest.raises(BadInput, match="--encoding cp1252"):
        decode(TEXT.encode("cp1252"), "f.csv")
    assert detect_encoding(TEXT.encode("cp1252")) == "cp1252"
    assert detect_encoding(TEXT.encode("utf-16")) == "utf-16"
    assert detect_encoding(TEXT.encode("utf-8")) == "utf-8"
    # A short file gives the detector little to go on; its letters still say cp1252.
    assert detect_encoding("subscription;monthly_price\nKøntor;12,95\n".encode("cp1252")) \
        == "cp1252"


def test_an_unknown_encoding_is_refused_in_words() -> None:
    with pytest.raises(BadInput, match="not an encoding"):
        decode(b"a;b\n", "f.csv", "klingon-8")


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_the_delimiter_is_sniffed(delimiter: str) -> None:
    source = read_csv_text(TEXT.replace(";", delimiter))
    assert source.headers == ["Navn", "Beløp"]
    assert [r for _, r in source.rows][1] == {"Navn": "Åse Ødegård", "Beløp": "12,95"}
