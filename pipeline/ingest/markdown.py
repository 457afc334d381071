"""Markdown → normalised text with heading / paragraph / list-item blocks.

markdown-it-py parses the document (CommonMark), so emphasis, links, images and inline HTML are
removed by walking tokens rather than by regexes. List items keep a visible marker ("- " or "3. ")
in the text; the block span covers only the item's own text.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.ingest.builder import TextBuilder
from pipeline.ingest.textutil import normalise_text
from pipeline.records import Block

_BREAK = re.compile(r"<br\s*/?>", re.I)
_MD = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (child.type == "html_inline" and _BREAK.fullmatch(child.content)):
            parts.append("\n")  # (a "<br>" inside a table cell: "**Opening**<br>Jane Doe, Chair" is two lines)
        elif child.type == "image":
            parts.append(child.content or "")
    return "".join(parts)


def read_markdown(raw: str) -> tuple[str, tuple[Block, ...], str | None]:
    """Return (text, blocks, title). The title is the first heading, if any."""
    tokens = _MD.parse(normalise_text(raw))
    out = TextBuilder()
    title: str | None = None
    list_stack: list[list] = []  # [ordered, next number]
    pending_item_marker: str | None = None
    heading_level = 0
    in_table_cell = False
    row: list[str] = []  # the cells of the table row being read
    for tok in tokens:
        if tok.type == "heading_open":
            heading_level = int(tok.tag[1])
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrGet("start") or 1) if tok.type == "ordered_list_open" else 0
            list_stack.append([tok.type == "ordered_list_open", start])
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif tok.type == "list_item_open":
            ordered, number = list_stack[-1]
            pending_item_marker = f"{number}. " if ordered else "- "
            if ordered:
                list_stack[-1][1] += 1
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close":
            # One line per cell; an empty cell of a row with content is written "–", as HTML ingest
            # does, so that the columns stay aligned for rules reading one cell per line.
            if any(row):
                for cell in row:
                    out.add_block("line", cell or "–")
            row = []
        elif tok.type in ("th_open", "td_open"):
            in_table_cell = True
            row.append("")
        elif tok.type in ("th_close", "td_close"):
            in_table_cell = False
        elif tok.type == "inline":
            text = _inline_text(tok).strip()
            if in_table_cell:
                row[-1] = text
                continue
            if not text:
                continue
            if heading_level:
                out.add_block("heading", text, level=heading_level)
                title = title or " ".join(text.split())
            elif pending_item_marker is not None:
                out.add_block("list_item", text, level=len(list_stack), marker=pending_item_marker)
                pending_item_marker = None
            else:
                # A paragraph inside a list item that already has its marker continues the item.
                out.add_block("paragraph", text, level=len(list_stack))
        elif tok.type == "heading_close":
            heading_level = 0
        elif tok.type in ("fence", "code_block"):
            if tok.content.strip():
                out.add_block("paragraph", tok.content.strip("\n"))
        elif tok.type == "html_block":
            continue  # raw HTML in Markdown carries no prose we can place reliably
    return out.text(), out.blocks(), title
