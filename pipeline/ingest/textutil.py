"""Decoding and character-level normalisation shared by every input format."""
from __future__ import annotations

import re
import unicodedata

from pipeline.errors import IngestError

# Typographic ligatures some PDFs and Word exports keep as single code points.
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
}
# Bullet glyphs as they come out of PDFs and Word: normalised to "•" at the start of a line.
BULLET_GLYPHS = "•●▪■◦○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2023\u2043\uf02d"
_CID_BULLET = re.compile(r"\(cid:(?:127|149|183|108)\)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MANY_BLANKS = re.compile(r"\n{3,}")
_BULLET_LINE = re.compile(r"^[ ]*[" + re.escape(BULLET_GLYPHS) + r"][ ]*", re.MULTILINE)


# Legacy single-byte encodings of the languages our documents come in, most likely first.
_WESTERN_ENCODINGS = ("cp1252", "iso8859_15", "cp1250", "iso8859_2", "latin_1")
# Non-ASCII characters that are normal in Western and Central European prose ...
_COMMON_NON_ASCII = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ€£°§«»“”‘’„–—…•·")
# ... and ones that, next to a letter, mean the bytes were decoded with the wrong table.
_ODD_NEXT_TO_LETTERS = set("¤¦¨¯´¸¹²³¼½¾¿×÷ˆ˜šž¬µ¶¢¥ª©®±ºƒ†‡‰‹›")


def _western_score(text: str) -> float | None:
    """How plausible a decoding is as European prose; None when it does not look Latin at all."""
    letters = sum(1 for ch in text if ch.isalpha())
    non_ascii_letters = sum(1 for ch in text if ch.isalpha() and ord(ch) > 127)
    if letters and non_ascii_letters / letters > 0.3:
        return None  # Cyrillic, Greek, ... read as accented Latin letters
    common = sum(1 for ch in text if ch in _COMMON_NON_ASCII)
    odd = sum(1 for i, ch in enumerate(text) if ch in _ODD_NEXT_TO_LETTERS
              and ((i and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())))
    controls = sum(1 for ch in text if 0x80 <= ord(ch) <= 0x9F)
    return common - 3 * odd - 5 * controls


def _decode_legacy(data: bytes) -> str:
    """Bytes that are not UTF-8: the most plausible European single-byte table, else detection.

    charset-normalizer alone often picks cp1250 or a Baltic table for English text with a few
    accents and typographic quotes; the scoring above prefers what Western prose looks like.
    """
    best: tuple[float, str] | None = None
    for encoding in _WESTERN_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _western_score(text[:200_000])
        if score is not None and (best is None or score > best[0]):
            best = (score, text)
    if best is not None:
        return best[1]
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise IngestError("the file's text encoding could not be detected; save it as UTF-8", error_type="undecodable")
    return str(match)


def _wide_encoding(head: bytes) -> str | None:
    """UTF-32 or UTF-16 (either byte order) told by where the NUL bytes fall, or None.

    Text in these encodings is mostly characters below U+0100 (Latin scripts, digits, spaces,
    punctuation), whose code units carry NUL bytes in fixed positions: UTF-16LE "A\\0", UTF-16BE
    "\\0A", UTF-32LE "A\\0\\0\\0". Binary files have NULs too, but not in such a regular pattern.
    """
    if len(head) < 4 or b"\x00" not in head:
        return None

    def nul_share(offset: int, step: int) -> float:
        units = head[offset::step]
        return units.count(0) / max(len(units), 1)

    # UTF-32: the top byte of every code unit is NUL, and the next one for any character below U+10000.
    if nul_share(3, 4) > 0.95 and nul_share(2, 4) > 0.9 and nul_share(0, 4) < 0.1:
        return "utf-32-le"
    if nul_share(0, 4) > 0.95 and nul_share(1, 4) > 0.9 and nul_share(3, 4) < 0.1:
        return "utf-32-be"
    # UTF-16: spaces, digits and punctuation alone give NULs in one half, even in Cyrillic or Greek
    # text; the decoding below is the real check.
    if nul_share(1, 2) > 0.15 and nul_share(0, 2) < 0.02:
        return "utf-16-le"
    if nul_share(0, 2) > 0.15 and nul_share(1, 2) < 0.02:
        return "utf-16-be"
    return None


def _decode_wide_without_bom(data: bytes, head: bytes) -> str | None:
    """UTF-16/UTF-32 text saved without a byte-order mark; None when the bytes are not that."""
    encoding = _wide_encoding(head)
    if encoding is None:
        return None
    width = 4 if encoding.startswith("utf-32") else 2
    try:
        text = data[:len(data) - len(data) % width].decode(encoding)
    except UnicodeDecodeError:
        return None  # NULs in a pattern, but not valid text: left to the binary checks
    sample = text[:65536]
    controls = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t\f")
    return text if controls <= 0.05 * max(len(sample), 1) else None


def decode_text(data: bytes) -> str:
    """UTF-8 first (with or without BOM), UTF-16 with a BOM, UTF-16/UTF-32 without one (told by the
    pattern of NUL bytes), then legacy encodings.

    Raises IngestError for binary content: NUL bytes or mostly control characters.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError("the file starts like UTF-16 text but is not valid UTF-16", error_type="undecodable") from None
    head = data[:65536]
    wide = _decode_wide_without_bom(data, head)
    if wide is not None:
        return wide
    if b"\x00" in head:
        raise IngestError("the file looks binary (contains NUL bytes), not text", error_type="binary_content")
    # Control bytes are rare in text in every encoding we read; checked before decoding so that
    # junk is reported as binary rather than as an unknown encoding.
    if sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f") > 0.05 * len(head):
        raise IngestError("the file looks binary (many control bytes), not text", error_type="binary_content")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if text and controls / min(len(text), 65536) > 0.05:
        raise IngestError("the file looks binary (many control characters), not text", error_type="binary_content")
    return text


def normalise_text(text: str) -> str:
    """Unicode NFC, ligatures expanded, bullets unified, spaces folded, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = unicodedata.normalize("NFC", text)
    for lig, rep in LIGATURES.items():
        text = text.replace(lig, rep)
    text = _ZERO_WIDTH.sub("", text)
    text = _CID_BULLET.sub("•", text)
    text = _SPACES.sub(" ", text)
    text = _BULLET_LINE.sub("• ", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip("\n")
