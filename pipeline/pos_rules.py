"""The attribute ruler's part-of-speech rules, applied by table look-up instead of spaCy's token matcher.

Extraction reads a token's part of speech (``pos``), never the lemma or morphology the model's attribute
ruler also sets. :class:`PosRules` takes the ruler's rules that set ``POS`` and gives every token the
part of speech the ruler would: the rule added last among those matching the token wins, as in
``AttributeRuler.set_annotations`` (matches applied in the order the rules were added). Whether a
one-token rule matches depends only on the token's tag, lower-case form, space flag and dependency
label, so the answer is kept per distinct combination; rules over several tokens are checked by a plain
scan. A ruler with rules this class does not read (other attributes, operators) is left as it is.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.tokens import Doc

# The token attributes a rule may test, in the column order of ``Doc.to_array``.
_KEYS = ("TAG", "LOWER", "IS_SPACE", "DEP")
_COLUMNS = [TAG, LOWER, IS_SPACE, DEP]
MEMO_SIZE = 50_000  # distinct (tag, lower-case form, space, label) combinations remembered (~15 MB at most)


def _predicate(value) -> tuple[str, object] | None:
    """("eq", v), ("in", set) or ("not_in", set); None for what this class does not read."""
    if isinstance(value, (str, bool)):
        return "eq", value
    if isinstance(value, dict) and len(value) == 1:
        (op, items), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(items, list) and all(isinstance(i, str) for i in items):
            return op.lower(), frozenset(items)
    return None


def _holds(pred: tuple[str, object], value) -> bool:
    op, want = pred
    if op == "eq":
        return value == want
    return (value in want) == (op == "in")


class PosRules:
    """Sets ``pos`` as the attribute ruler's part-of-speech rules do (see the module's docstring)."""

    def __init__(self, vocab, rules: list[tuple[int, list[dict[str, tuple]], int, str]]):
        self.strings = vocab.strings
        rules = [(order, tokens, index, self.strings.add(pos)) for order, tokens, index, pos in rules]
        self.single = [(order, tokens[0], pos) for order, tokens, _index, pos in rules if len(tokens) == 1]
        self.multi = [rule for rule in rules if len(rule[1]) > 1]
        self.memo: dict[tuple, tuple] = {}

    @classmethod
    def from_ruler(cls, ruler) -> "PosRules | None":
        rules = []
        for order, p in enumerate(ruler.patterns):
            if "POS" not in p["attrs"]:
                continue
            for pattern in p["patterns"]:
                tokens = []
                for spec in pattern:
                    if not isinstance(spec, dict) or set(spec) - set(_KEYS):
                        return None
                    preds = {k: _predicate(v) for k, v in spec.items()}
                    if None in preds.values():
                        return None
                    tokens.append(preds)
                if not tokens or not -len(tokens) <= p["index"] < len(tokens):
                    return None
                rules.append((order, tokens, p["index"], p["attrs"]["POS"]))
        return cls(ruler.vocab, rules)

    def _values(self, row: tuple) -> dict[str, object]:
        tag, lower, space, dep = row
        s = self.strings
        return {"TAG": s[tag] if tag else "", "LOWER": s[lower] if lower else "", "IS_SPACE": bool(space),
                "DEP": s[dep] if dep else ""}

    @staticmethod
    def _matches(preds: dict[str, tuple], values: dict[str, object]) -> bool:
        return all(_holds(pred, values[k]) for k, pred in preds.items())

    def _lookup(self, row: tuple) -> tuple:
        """For a token with these attributes: (order, pos id) of the last one-token rule that matches it
        (None when none does), then, for each token of each longer rule, whether that token matches."""
        found = self.memo.get(row)
        if found is None:
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()  # bounded: a long run meets ever more word forms
            values = self._values(row)
            best = None
            for order, preds, pos in self.single:
                if self._matches(preds, values):
                    best = (order, pos)
            found = self.memo[row] = (best, tuple(tuple(self._matches(t, values) for t in tokens)
                                                  for _, tokens, _, _ in self.multi))
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        looked = [self._lookup(tuple(row)) for row in doc.to_array(_COLUMNS).tolist()]
        chosen = [best for best, _ in looked]
        for r, (order, tokens, index, pos) in enumerate(self.multi):
            n = len(tokens)
            for start in range(len(looked) - n + 1):
                if all(looked[start + k][1][r][k] for k in range(n)):
                    i = start + (index if index >= 0 else n + index)
                    if chosen[i] is None or chosen[i][0] <= order:
                        chosen[i] = (order, pos)
        if not any(chosen):
            return doc
        current = doc.to_array([POS]).tolist()
        doc.from_array([POS], numpy.array([c[1] if c else old for c, old in zip(chosen, current)], dtype=numpy.uint64))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:  # noqa: ARG002 - spaCy's signature
        for doc in stream:
            yield self(doc)
