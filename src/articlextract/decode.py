"""Stage 1: turn what the caller gave us (path, bytes or str) into clean Unicode text.

Order of trust for bytes: byte-order mark, then valid UTF-8, then the declared charset
(``<meta charset>`` / http-equiv, XML declaration), then charset-normalizer's guess.
Valid UTF-8 wins over a declaration because mis-declared pages are common and UTF-8
essentially never validates by accident.
"""

from __future__ import annotations

import codecs
import gzip
import os
import re
import zlib
from dataclasses import dataclass, field

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

# WHATWG: these labels mean windows-1252 in a browser.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                  "ascii": "cp1252", "iso8859-1": "cp1252", "x-sjis": "shift_jis", "gb2312": "gb18030",
                  "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030"}

_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_FORM_FEED = re.compile("[\x0c]")
_MOJIBAKE = re.compile("[\u00c3\u00c2][\u0080-\u00bf]|\u00e2\u20ac[\u0080-\u00bf\u2018-\u201e\u2122\u0153\u00a6\u009d]")
_SURROGATE_BYTES = re.compile(rb"\xed[\xa0-\xbf][\x80-\xbf]")


@dataclass
class Decoded:
    text: str
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    path: str | None = None


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
    """Decompress gzip (possibly multi-member) but never past ``limit`` bytes."""
    out = bytearray()
    while data:
        d = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            chunk = d.decompress(data, limit + 1 - len(out))
        except zlib.error as exc:
            if out:
                break  # a truncated archive keeps what decompressed
            raise UndecodableInput(f"broken gzip data: {exc}") from None
        out += chunk
        if len(out) > limit or d.unconsumed_tail:
            raise DecompressionLimit(f"gzip data expands past max_decompressed_bytes={limit}")
        data = d.unused_data if d.eof else b""
        if data and not data.startswith(GZIP_MAGIC):
            break
    return bytes(out)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None if it may be text."""
    for magic, name in BINARY_MAGIC:
        if data.startswith(magic):
            return name
    head = data[:4096]
    if not head or _utf16_without_bom(head):
        return None
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    if controls / len(head) > 0.05:
        return "binary"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte when it is mostly ASCII."""
    if len(head) < 8:
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
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").lower().strip()
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
        return Decoded(data.decode("utf-8"), "utf-8", warnings)
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
    for match in from_bytes(data[:200_000]):
        try:
            name = codecs.lookup(match.encoding).name
        except LookupError:
            continue
        if name in WEB_ENCODINGS:
            return _LABEL_ALIASES.get(name, name)
    return None


def clean_text(text: str) -> str:
    """Remove what must never reach an output: NUL and C0 controls, non-characters, lone surrogates."""
    text = _FORM_FEED.sub("\n", text)
    text = _CONTROL_CHARS.sub("", text)
    if _LONE_SURROGATE.search(text):  # a regex scan: a per-character loop cost half of extract()
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


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
            raw = gunzip_limited(raw, options.max_decompressed_bytes)
            if len(raw) > options.max_input_bytes:
                raise InputTooLarge(f"{len(raw)} decompressed bytes is over max_input_bytes")
        if not raw.strip():
            raise EmptyDocument("the page is empty")
        kind = sniff_binary(raw)
        if kind:
            raise NotHTML(f"the input is {kind} data, not a web page")
        decoded = decode_bytes(raw)
    decoded.text = clean_text(decoded.text)
    if not decoded.text.strip():
        raise EmptyDocument("the page is empty")
    if len(_MOJIBAKE.findall(decoded.text[:100_000])) >= 3:
        decoded.warnings.append("possible_mojibake")
    return decoded


_TAG = re.compile(r"<(?:!doctype|html|head|body|div|p|meta|title|script|span|a|table|br|!--)\b", re.I)


def sniff_format(text: str) -> str:
    """'html' when the text is markup, else 'text' (a plain-text dump)."""
    head = text[:65536].lstrip()
    if head[:1] == "<" and _TAG.match(head[:20]) or head[:5].lower() == "<?xml":
        return "html"
    tags = len(_TAG.findall(head))
    lines = head.count("\n") + 1
    return "html" if tags >= 5 and tags * 4 >= min(lines, 200) else "text"


def open_maybe_gzip(path: str) -> bytes:  # used by the CLI for listings
    with gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb") as fh:
        return fh.read()
