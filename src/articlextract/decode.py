"""Stage 1: turn what the caller gave us (path, bytes or str) into clean Unicode text.

Order of trust for bytes: byte-order mark, then valid UTF-8, then the declared charset
(``<meta charset>`` / http-equiv, XML declaration), then charset-normalizer's guess.
Valid UTF-8 wins over a declaration because mis-declared pages are common and UTF-8
essentially never validates by accident.
"""

from __future__ import annotations

import codecs
import os
import re
import zlib
from dataclasses import dataclass, field
from typing import Iterator

from .clean import clean_text, utf8_needs_cleaning
from .errors import DecompressionLimit, EmptyDocument, InputTooLarge, NotHTML, UndecodableInput
from .options import Options

GZIP_MAGIC = b"\x1f\x8b"

# Binary formats that are sometimes saved by scrapers in place of a page.
BINARY_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"RIFF", "riff"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"\x7fELF", "elf"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"(\xb5/\xfd", "zstd"),
    (b"wOFF", "woff"),
    (b"wOF2", "woff2"),
)

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Linear-time: the attribute value is bounded, and the scan only looks at a prefix.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.\-]{1,40})""", re.I)
_PRESCAN_BYTES = 4096
# A browser re-parses when a <meta charset> turns up later in <head>; we look that far for
# one only when the bytes are not UTF-8. Found by "charset=", then checked to sit in a <meta>,
# so a flood of "<meta " cannot make the scan quadratic.
_LATE_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.I)
_HEAD_SCAN_BYTES = 65536
_META_REACH = 400
_HIGH_BYTE_CONTEXT = 256
_GUNZIP_CHUNK = 1 << 20

# WHATWG: these labels mean windows-1252 in a browser.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                  "ascii": "cp1252", "iso8859-1": "cp1252", "x-sjis": "shift_jis", "gb2312": "gb18030",
                  "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030"}

_MOJIBAKE = re.compile("[\u00c3\u00c2][\u0080-\u00bf]|\u00e2\u20ac[\u0080-\u00bf\u2018-\u201e\u2122\u0153\u00a6\u009d]")
# _MOJIBAKE, one pattern per lead character: `re` finds a literal far faster than a character
# class. No two matches of these can overlap (no lead is a trailing character), so their
# counts add up to _MOJIBAKE's.
_MOJIBAKE_BY_LEAD = tuple((lead, re.compile(lead + rest)) for lead, rest in (
    ("\u00c3", "[\u0080-\u00bf]"), ("\u00c2", "[\u0080-\u00bf]"),
    ("\u00e2", "\u20ac[\u0080-\u00bf\u2018-\u201e\u2122\u0153\u00a6\u009d]")))
MOJIBAKE_MIN_SIGNS = 3  # one or two can be real text ("Â»" in a menu)
_SURROGATE_BYTES = re.compile(rb"\xed[\xa0-\xbf][\x80-\xbf]")


@dataclass
class Decoded:
    text: str
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    path: str | None = None
    # ``text`` as UTF-8, when the page's own bytes are exactly that (strict UTF-8 without a BOM,
    # nothing cleaned): the parser reads them without converting ``text`` back (see parse_html).
    utf8: bytes | None = None


def read_source(source: object, options: Options) -> tuple[bytes | str, str | None]:
    """Return the raw content and the path it came from. Raises only for caller mistakes."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    if isinstance(source, str) and not _looks_like_path(source):
        return source, None
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        size = os.path.getsize(path)  # raises FileNotFoundError / PermissionError: caller mistakes
        if size > options.max_input_bytes:
            raise InputTooLarge(f"{size} bytes is over max_input_bytes={options.max_input_bytes}")
        with open(path, "rb") as fh:
            return fh.read(), path
    raise TypeError(f"extract() takes a path, bytes or str, not {type(source).__name__}")


def _looks_like_path(s: str) -> bool:
    """A str is a path only if it is short, single-line and names an existing file."""
    if len(s) > 4096 or "\n" in s or "<" in s or "\x00" in s:
        return False
    try:
        return os.path.isfile(s)
    except (OSError, ValueError):
        return False


def gunzip_limited(data: bytes, limit: int) -> bytes:
    """Decompress gzip (possibly multi-member) but never past ``limit`` bytes.

    Output grows one chunk at a time, so a bomb costs at most ``limit`` plus a chunk of memory.
    """
    out = bytearray()
    while data:
        d = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            data = _inflate_member(d, data, out, limit)
        except zlib.error as exc:
            if out:
                break  # a truncated archive keeps what decompressed
            raise UndecodableInput(f"broken gzip data: {exc}") from None
        if data and not data.startswith(GZIP_MAGIC):
            break
    return bytes(out)


def _inflate_member(d: "zlib._Decompress", data: bytes, out: bytearray, limit: int) -> bytes:
    """Inflate one gzip member into ``out``; return the bytes after it (the next member)."""
    while not d.eof:
        chunk = d.decompress(data, _GUNZIP_CHUNK)
        out += chunk
        if len(out) > limit:
            raise DecompressionLimit(f"gzip data expands past {limit} bytes "
                                     "(max_decompressed_bytes, or max_input_bytes if smaller)")
        data = d.unconsumed_tail
        if not data and not chunk:  # input used up and nothing pending: a truncated member
            break
    return d.unused_data if d.eof else b""


_BINARY_CONTROLS = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b != 27)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None if it may be text."""
    for magic, name in BINARY_MAGIC:
        if data.startswith(magic):
            return name
    head = data[:4096]
    if not head or _utf16_without_bom(head) or _wide_text_with_bom(head):
        return None
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))  # C speed: a byte loop was a hot spot
    if controls / len(head) > 0.05:
        return "binary"
    return None


def _wide_text_with_bom(head: bytes) -> bool:
    """UTF-16 or UTF-32 text behind its byte-order mark: its NULs are no sign of binary data,
    even when the text is too short for ``_utf16_without_bom`` to count them ("hi" is 6 bytes).
    The rest must decode in that encoding (the head may cut a character in two at its end)."""
    for bom, encoding in BOMS:
        if encoding != "utf-8" and head.startswith(bom):
            try:
                codecs.getincrementaldecoder(encoding)("strict").decode(head[len(bom):])
            except UnicodeDecodeError:
                return False
            return True
    return False


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte when it is mostly ASCII."""
    if len(head) < 8:
        return None
    # Either share needs more NULs than 0.4 of the shorter half: one count of the head (C
    # speed) rules out nearly every page without slicing it in two (asked twice per page).
    if 5 * head.count(0) <= 2 * (len(head) // 2):  # (in integers: no rounding at the bound)
        return None
    even, odd = head[0::2], head[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def declared_charset(data: bytes) -> str | None:
    head = data[:_PRESCAN_BYTES]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    label = m.group(1) if m else _late_meta_charset(data)
    if not label:
        return None
    return _codec_name(label)


def _late_meta_charset(data: bytes) -> bytes | None:
    """A ``charset=`` inside a ``<meta>`` tag further down the head."""
    head = data[:_HEAD_SCAN_BYTES]
    end = head.lower().find(b"</head")
    for m in _LATE_CHARSET.finditer(head, _PRESCAN_BYTES - _META_REACH, end if end >= 0 else len(head)):
        tag_start = head.rfind(b"<", max(0, m.start() - _META_REACH), m.start())
        if tag_start >= 0 and head[tag_start:tag_start + 5].lower() == b"<meta" \
                and b">" not in head[tag_start:m.start()]:
            return m.group(1)
    return None


def _codec_name(raw_label: bytes) -> str | None:
    label = raw_label.decode("ascii", "ignore").lower().strip()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> Decoded:
    warnings: list[str] = []
    for bom, enc in BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(enc, "replace"), enc, warnings)
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return Decoded(data.decode(utf16, "replace"), utf16, warnings)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", warnings, utf8=data)
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if _only_surrogate_errors(data) or _mostly_utf8(data):
        warnings.append("invalid_utf8_replaced")
        return Decoded(data.decode("utf-8", "replace"), "utf-8", warnings)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return Decoded(data.decode(declared), declared, warnings)
        except (UnicodeDecodeError, LookupError):
            warnings.append(f"declared_charset_wrong:{declared}")
    guess = _detect(data)
    if guess:
        return Decoded(data.decode(guess, "replace"), guess, warnings)
    warnings.append("charset_unknown")
    return Decoded(data.decode("cp1252", "replace"), "cp1252", warnings)


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes: most high bytes belong to valid multi-byte sequences."""
    sample = data[:500_000]
    valid = sum(len(m) for m in _UTF8_MULTIBYTE.findall(sample))
    high = len(_HIGH_BYTE.findall(sample))
    return high > 0 and valid >= 0.8 * high


def _only_surrogate_errors(data: bytes) -> bool:
    """True when the only invalid UTF-8 in ``data`` is encoded surrogates (CESU-8 leftovers)."""
    if not _SURROGATE_BYTES.search(data):
        return False
    try:
        _SURROGATE_BYTES.sub(b"", data).decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# The encodings a browser knows (WHATWG), by Python codec name: a detector's guess outside
# this list (mac-iceland, hp-roman8…) is almost always wrong on a web page.
WEB_ENCODINGS = frozenset({
    "utf-8", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp1258", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
    "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r",
    "koi8-u", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "shift_jis", "cp932", "euc_jp",
    "iso2022_jp", "euc_kr", "cp949", "tis-620", "cp874", "cp866", "mac-roman", "latin-1",
})


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a core dependency
        return None
    # Sample from the first non-ASCII byte: a long ASCII head (hundreds of English <meta>
    # tags) drowns the evidence, and detectors then guess a single-byte charset.
    first_high = _HIGH_BYTE.search(data)
    start = max(0, first_high.start() - _HIGH_BYTE_CONTEXT) if first_high else 0
    for match in from_bytes(data[start:start + 200_000]):
        try:
            name = codecs.lookup(match.encoding).name
        except LookupError:
            continue
        if name in WEB_ENCODINGS:
            return _LABEL_ALIASES.get(name, name)
    return None


def decode(raw: bytes | str, options: Options) -> Decoded:
    """Decode raw input to clean text, raising ExtractError subclasses for page problems."""
    warnings: list[str] = []
    if isinstance(raw, str):
        if len(raw) > options.max_input_bytes:
            raise InputTooLarge(f"{len(raw)} characters is over max_input_bytes={options.max_input_bytes}")
        text = raw[1:] if raw.startswith("\ufeff") else raw
        decoded = Decoded(text, None, warnings)
    else:
        if len(raw) > options.max_input_bytes:
            raise InputTooLarge(f"{len(raw)} bytes is over max_input_bytes={options.max_input_bytes}")
        if raw.startswith(GZIP_MAGIC):
            # Past max_input_bytes the page would be refused anyway: stop decompressing there.
            raw = gunzip_limited(raw, min(options.max_decompressed_bytes, options.max_input_bytes))
        if not raw or raw.isspace():  # as `not raw.strip()`, without copying the page
            raise EmptyDocument("the page is empty")
        kind = sniff_binary(raw)
        if kind:
            raise NotHTML(f"the input is {kind} data, not a web page")
        decoded = decode_bytes(raw)
    if not (decoded.encoding == "utf-8" and isinstance(raw, bytes) and not utf8_needs_cleaning(raw)):
        decoded.text = clean_text(decoded.text)
        decoded.utf8 = None
    if not decoded.text or decoded.text.isspace() or only_comments(decoded.text):
        raise EmptyDocument("the page is empty")
    head = decoded.text[:100_000]
    if looks_like_mojibake(head):
        decoded.warnings.append("possible_mojibake")
    return decoded


def looks_like_mojibake(head: str) -> bool:
    """``len(_MOJIBAKE.findall(head)) >= MOJIBAKE_MIN_SIGNS``, stopping at the last sign needed.
    Mojibake needs one of its lead characters: "in" runs at C speed, the patterns do not."""
    count = 0
    for lead, pattern in _MOJIBAKE_BY_LEAD:
        if lead in head:
            for _ in pattern.finditer(head):
                count += 1
                if count >= MOJIBAKE_MIN_SIGNS:
                    return True
    return False


_STARTS_WITH_COMMENT = re.compile(r"\s*<!--")


def only_comments(text: str) -> bool:
    """True for a page that is nothing but HTML comments (an unclosed one runs to the end)."""
    if not _STARTS_WITH_COMMENT.match(text):
        return False
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if text[pos:start if start >= 0 else len(text)].strip():
            return False
        if start < 0:
            return True
        end = text.find("-->", start + 4)
        if end < 0:
            return True
        pos = end + 3


_TAG = re.compile(r"<(?:!doctype|html|head|body|div|p|meta|title|script|span|a|table|br|!--)\b", re.I)
_DOCUMENT_START = re.compile(r"<(?:!doctype|html|\?xml)\b", re.I)
MARKUP_MIN_TAGS = 5
# Markup holds a tag on at least one line in 4 (one per line when pretty-printed, all on a few
# lines when minified); a text dump quoting an HTML sample (a post about <script> tags) holds
# many tags on a few lines.
MARKUP_LINES_PER_TAG_LINE = 4
# A page that starts with a tag is markup unless it holds fewer than one tag per 20 lines: a
# text dump whose converter left in a first element (a tracking pixel's <img>).
FIRST_TAG_LINES_PER_TAG = 20


def sniff_format(text: str) -> str:
    """'html' when the text is markup, else 'text' (a plain-text dump)."""
    head = text[:65536].lstrip()
    if _DOCUMENT_START.match(head[:20]):
        return "html"
    if head[:1] == "<" and _TAG.match(head[:20]):
        return "html" if _at_least(_TAG.finditer(head), _lines(head) / FIRST_TAG_LINES_PER_TAG) else "text"
    if len(_TAG.findall(head)) < MARKUP_MIN_TAGS:  # a text dump: its lines need not be counted
        return "text"
    return "html" if _at_least(_tag_lines(head), _lines(head) / MARKUP_LINES_PER_TAG_LINE) else "text"


def _lines(head: str) -> int:
    """The head's lines, counted up to 200."""
    return min(head.count("\n") + 1, 200)


def _at_least(items: Iterator[object], needed: float) -> bool:
    """Whether ``items`` yields at least ``needed`` items (it stops as soon as it does)."""
    count = 0
    for _ in items:
        count += 1
        if count >= needed:
            return True
    return count >= needed


def _tag_lines(head: str) -> Iterator[int]:
    """The start of each line of ``head`` that holds a tag."""
    line_end = -1
    for m in _TAG.finditer(head):
        if m.start() > line_end:  # the first tag of another line
            yield m.start()
            line_end = head.find("\n", m.start())
            if line_end < 0:
                return
