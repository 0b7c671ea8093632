"""Reading: format and encoding come from the bytes; bad input is refused with a reason."""
import codecs

import pytest

from extractors import reading
from extractors.reading import BadInput, decode_text, read_document

KK = "Қазақстан Республикасының Әділет министрлігінде тіркелді\n"
RU = "Зарегистрирован в Министерстве юстиции Республики Казахстан\n"


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", KK.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + KK.encode("utf-8")),
    ("utf-16", codecs.BOM_UTF16_LE + RU.encode("utf-16-le")),
    ("utf-16-le", RU.encode("utf-16-le")),
    ("utf-16-be", RU.encode("utf-16-be")),
    ("cp1251", RU.encode("cp1251")),
])
def test_encodings_are_detected_from_bytes(encoding, data):
    text, found = decode_text(data, "x.txt")
    assert found == encoding
    assert text.strip() in (KK.strip(), RU.strip())


def test_windows_line_ends_and_form_feeds():
    text, _ = decode_text("а\r\nб\fв".encode("utf-8"))
    assert text == "а\nб\n\n\n\nв"  # a form feed is a page break: three blank lines


def test_kazakh_letters_are_not_cp1251():
    # Kazakh text in a single-byte code page cannot be told from noise: refused, not guessed
    with pytest.raises(BadInput) as err:
        decode_text(bytes(range(0x80, 0x100)) * 20, "noise.txt")
    assert err.value.reason == "encoding"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\n  \t\n", "empty"),
    (bytes([0, 1, 2, 3, 255, 254, 0, 7]) * 200, "binary"),
    (b"\x01\x02\x03\x04\x05text\x06\x07\x08" * 100, "binary"),
])
def test_bad_input_is_refused_with_its_reason(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(BadInput) as err:
        read_document(p, tmp_path)
    assert err.value.reason == reason
    assert "bad.txt" in str(err.value)


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    p = tmp_path / "big.txt"
    p.write_text("а" * 2000, encoding="utf-8")
    with pytest.raises(BadInput) as err:
        read_document(p, tmp_path)
    assert err.value.reason == "too_large" and "big.txt" in str(err.value)


def test_fingerprint_and_provenance(tmp_path):
    p = tmp_path / "sub" / "act.txt"
    p.parent.mkdir()
    p.write_text("бірінші\nекінші\n", encoding="utf-8")
    doc = read_document(p, tmp_path)
    assert doc.source_file == "sub/act.txt"
    assert doc.sha256 == reading.fingerprint(p.read_bytes())
    assert doc.lines[:2] == ["бірінші", "екінші"] and doc.source_format == "txt"
