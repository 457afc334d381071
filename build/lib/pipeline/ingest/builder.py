"""Assemble a normalised text from structural blocks while recording each block's span."""
from __future__ import annotations

from pipeline.records import Block


class TextBuilder:
    """Blocks are separated by one blank line; list items by a single newline within a list."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._blocks: list[Block] = []
        self._last_kind: str | None = None

    def _append(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def add_block(self, kind: str, text: str, *, level: int = 0, marker: str = "") -> None:
        text = "\n".join(" ".join(line.split()) for line in text.strip().split("\n") if line.strip())
        if not text:
            return
        if self._len:
            tight = kind == "list_item" and self._last_kind == "list_item"
            self._append("\n" if tight else "\n\n")
        self._append(marker)
        start = self._len
        self._append(text)
        self._blocks.append(Block(kind, start, self._len, level))
        self._last_kind = kind

    def text(self) -> str:
        return "".join(self._parts)

    def blocks(self) -> tuple[Block, ...]:
        return tuple(self._blocks)
