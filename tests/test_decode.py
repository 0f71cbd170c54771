import codecs
import gzip

import pytest

from articlextract import extract
from articlextract.decode import decode, declared_charset, sniff_format
from articlextract.errors import DecompressionLimit, EmptyDocument, NotHTML
from articlextract.options import Options

PAGE = "<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
OPTS = Options()


def page(text: str, meta: str = "") -> str:
    return PAGE.format(meta=meta, text=text)


def test_utf8_bom_is_stripped():
    d = decode(codecs.BOM_UTF8 + page("mööse").encode("utf-8"), OPTS)
    assert d.text.startswith("<html>") and "mööse" in d.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(encoding):
    d = decode(page("Grüße aus Köln").encode(encoding), OPTS)
    assert "Grüße aus Köln" in d.text


def test_valid_utf8_wins_over_wrong_latin1_declaration():
    raw = page("mööse", '<meta charset="iso-8859-1">').encode("utf-8")
    assert "mööse" in decode(raw, OPTS).text


def test_cp1252_declared_as_utf8_is_not_mojibake():
    raw = page("mööse “quoted”", '<meta charset="utf-8">').encode("cp1252")
    assert "mööse “quoted”" in decode(raw, OPTS).text


def test_bogus_charset_label_does_not_break_decoding():
    raw = page("café", '<meta charset="utf-8, ie=edge">').encode("cp1252")
    assert declared_charset(page("", '<meta charset="no-such-charset">').encode()) is None
    assert "café" in decode(raw, OPTS).text


def test_mostly_utf8_with_a_stray_byte_stays_utf8():
    raw = page("Grüße aus Köln, naïve café").encode("utf-8").replace(b"</p>", b"\xff</p>")
    assert "Grüße aus Köln, naïve café" in decode(raw, OPTS).text


def test_declared_legacy_charset_is_used():
    raw = page("Привет, мир", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    assert "Привет, мир" in decode(raw.encode("cp1251"), OPTS).text


def test_control_characters_never_reach_output():
    d = decode(page("a\x00b\x01c\x1bd\ufffee").encode("utf-8"), OPTS)
    assert not any(ch in d.text for ch in "\x00\x01\x1b\ufffe")


def test_empty_and_binary_inputs_are_page_problems():
    with pytest.raises(EmptyDocument):
        decode(b" \n\t" * 10, OPTS)
    with pytest.raises(NotHTML):
        decode(b"%PDF-1.4\n" + bytes(range(256)) * 10, OPTS)


def test_gzip_is_read_and_bombs_are_stopped():
    assert "hello" in decode(gzip.compress(page("hello").encode()), OPTS).text
    with pytest.raises(DecompressionLimit):
        decode(gzip.compress(b"A" * 2_000_000), Options(max_decompressed_bytes=1_000_000))


def test_sniff_format():
    assert sniff_format(page("x")) == "html"
    assert sniff_format("Headline\n\nBy Someone\n\nA paragraph of text. <3 it\n") == "text"


def test_extract_reports_page_problems_instead_of_raising():
    a = extract(b"")
    assert a.status == "empty" and a.reason.startswith("empty_document")
    b = extract(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert b.status == "error" and b.reason.startswith("not_a_web_page")


def test_gunzip_is_exact_for_multi_member_and_keeps_a_truncated_tail():
    from articlextract.decode import gunzip_limited
    data = bytes(range(256)) * 5000 + b"A" * 3_000_000  # output spans several 1 MB chunks
    packed = gzip.compress(data)
    assert gunzip_limited(packed + gzip.compress(b"tail"), 10**8) == data + b"tail"
    assert data.startswith(gunzip_limited(packed[: len(packed) // 2], 10**8))
    with pytest.raises(DecompressionLimit):
        gunzip_limited(packed, len(data) - 1)


def test_a_meta_charset_past_the_prescan_is_found_when_the_bytes_are_not_utf8():
    filler = "".join(f'<meta name="k{i}" content="news, world">' for i in range(200))
    raw = page("Привет, мир", filler + '<meta charset="windows-1251">').encode("cp1251")
    assert declared_charset(raw) == "cp1251"
    assert "Привет, мир" in decode(raw, OPTS).text
    flood = b"<meta " * 40_000 + b"\xff"  # linear: "charset=" is looked for first
    assert declared_charset(flood) is None


def test_c1_controls_take_their_windows_1252_meaning():
    d = decode(page("a \u0096 b \u0093q\u0094 c\u0081d").encode("utf-8"), OPTS)
    assert "a \u2013 b \u201cq\u201d cd" in d.text


def test_a_comment_only_page_is_empty():
    for raw in (b"<!-- x -->", b"  <!-- a --> <!-- b", "<!---->"):
        with pytest.raises(EmptyDocument):
            decode(raw, OPTS)
    assert decode(b"<!-- a --> text", OPTS).text.endswith("text")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_very_short_text_behind_a_utf16_or_utf32_bom_is_text_not_binary(encoding):
    article = extract("hi".encode(encoding))
    assert article.status == "ok" and article.text == "hi"


def test_binary_bytes_behind_a_utf16_bom_are_still_binary():
    # FF FE then an unpaired low surrogate (DC00) and control bytes: no UTF-16 text.
    article = extract(codecs.BOM_UTF16_LE + b"\x00\xdc\x01\x02\x03\x04\x05\x06\x07\x08")
    assert article.status == "error" and "binary" in article.reason
