"""A page's characters and whether it holds images, straight from pdfminer's layout tree.

``pdfplumber.Page.chars`` turns every object of the page into a dictionary of some 25 resolved
attributes (colours, graphic state, marked content) and took about half of the time spent
reading a PDF. The layout reader needs ten of them, so this walks the same pdfminer tree
(``page.layout``, in the same order as pdfplumber) and builds only those, with pdfplumber's own
coordinate arithmetic: a character here equals ``page.chars``'s restricted to :data:`CHAR_KEYS`
(``tests/test_pdf_objects.py`` checks it on a generated PDF with figures, images, rotated text and
a shifted MediaBox, and on ../shared/pdfs).
"""
from __future__ import annotations

import unicodedata

from pdfminer.layout import LTChar, LTContainer, LTImage
from pdfplumber.page import Page, fix_fontname_bytes

__all__ = ["CHAR_KEYS", "page_chars"]

CHAR_KEYS = ("text", "fontname", "size", "matrix", "upright", "x0", "x1", "top", "bottom", "doctop")


def page_chars(page: Page) -> tuple[list[dict], bool]:
    """``(characters, has_images)`` of a page; raises what ``page.layout`` raises."""
    layout = page.layout  # pdfminer's interpretation, wrapped in PdfminerException on failure
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop = page.initial_doctop
    norm = page.pdf.unicode_norm
    chars: list[dict] = []
    has_images = False
    stack = [iter(layout._objs)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTChar):
                text = obj.get_text()
                if norm is not None:  # not set by cluster-kb; kept equal to pdfplumber all the same
                    text = unicodedata.normalize(norm, text)
                fontname = obj.fontname
                if isinstance(fontname, bytes):
                    fontname = fix_fontname_bytes(fontname)
                top = (height - obj.y1) + mb_top
                x0, x1 = (obj.x0 + mb_x0, obj.x1 + mb_x0) if mb_x0 != 0 else (obj.x0, obj.x1)
                chars.append({
                    "text": text,
                    "fontname": fontname,
                    "size": obj.size,
                    "matrix": obj.matrix,  # a tuple of numbers made by pdfminer: resolve_all() keeps it as is
                    "upright": obj.upright,
                    "x0": x0,
                    "x1": x1,
                    "top": top,
                    "bottom": (height - obj.y0) + mb_top,
                    "doctop": doctop + top,
                })
            elif isinstance(obj, LTContainer):  # a figure: its children follow, in order (as pdfplumber)
                stack.append(iter(obj._objs))
                break
            elif isinstance(obj, LTImage):
                has_images = True
        else:
            stack.pop()
    return chars, has_images
