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


def decode_text(data: bytes) -> str:
    """UTF-8 first (with or without BOM), then charset detection for legacy encodings.

    Raises IngestError for binary content: NUL bytes or mostly control characters.
    """
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("the file looks binary (contains NUL bytes), not text", error_type="binary_content")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise IngestError("the file's text encoding could not be detected; save it as UTF-8", error_type="undecodable") from None
        text = str(best)
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
