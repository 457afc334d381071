"""Rule hygiene (issue 10, section 2): every rule the extraction can name has a docstring'd home and
is exercised by the test suite's own sentences.

A *rule* is a provenance string a fact row can carry (``mentions.rule``, ``roles.rule`` = ``role:`` + a
statement rule, ``dates.rule``, ``key_messages.rule``, ``documents.published_date_source``). They are
found in the source of ``pipeline/extract/`` without running anything:

- string constants shaped like a namespaced rule (``pattern:…``, ``cue:…``, ``coref:…``, ``acronym:…``,
  ``gazetteer…``, ``line:…``, ``list:…``, ``table:…``, ``role:…``, ``ner:…``);
- the rule argument of the calls that emit one: ``Statement(person, "<rule>", …)``, the organisation
  finder's ``add(ctx, span, "<rule>", <strength>)``, the last argument of the other ``add(…)`` helpers and of
  ``KeyMessage(…)``, and a string assigned to a variable named ``rule``;
- the rules built from a table (f-strings): every such construction must be declared in ``DYNAMIC``
  below with the names it yields (or a family prefix where the names are open-ended), else the check fails;
- the publication-date rules, :data:`pipeline.extract.doc_publication.PUBLICATION_RULES` (the function's name is
  the rule).

A rule's *home* is a docstring in ``pipeline/extract/`` (module, class or function) that names it in
quotes or backticks and says which class of phrasings it covers; a declared family's home is the function
named in ``DYNAMIC``, which must have a docstring. A rule is *exercised* when at least ``MIN_EXAMPLES``
lines of ``tests/`` (other than this file) name it as a quoted string (``"pattern:day"`` or, for a
statement rule, ``"role:title"``): in this suite an expected row names its rule, so a line is an example.

Rules still short of a home or of examples are listed in ``NO_HOME_YET`` and ``FEW_EXAMPLES_YET``: the
gap stays visible and can only shrink (an entry that is no longer needed fails the check too).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "pipeline" / "extract"
TESTS = ROOT / "tests"
MIN_EXAMPLES = 3

_NAMESPACED = re.compile(r"(?:pattern|cue|coref|acronym|gazetteer|line|list|table|role|ner|ruler|model):[\w.+-]+(?::[\w.+-]+)*")

# Rules built from a table, per (module, literal prefix of the f-string or concatenation):
# (home function, the names it yields). "<_TABLE>" stands for each name of the module's (name, pattern)
# table; a name with "*" is an open family (any word in its place), counted as one rule.
DYNAMIC: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("dates.py", "pattern:"): ("dates.extract_dates", (
        "pattern:<PATTERNS>",  # date_patterns.PATTERNS, imported by dates; two days joined by "and" that are no range:
        # only the shapes with two days whose first day ends right before the "and" (in "May 5 and May 19, 2025" a month stands between: no ":and" row)
        "pattern:day_range:and", "pattern:day_range_us:and", "pattern:cross_month_range:and")),
    # (the year-less cross-month range never joins its days by "and": no "pattern:yearless_cross_month_range:and")
    ("dates.py", "*:and"): ("dates.extract_dates", ("pattern:yearless_day_range:and",)),
    ("relative_dates.py", "relative:"): ("relative_dates.extract_relative_dates", ("relative:<_PATTERNS>",)),
    ("dates_multilingual.py", "multilingual:"): ("dates_multilingual.extract_dates_multilingual", ("multilingual:*",)),
    # bare years another language dates with a word or case ending ("2012-ben", "od leta 2036", "2029. godine")
    ("dates_language_years.py", "multilingual:"): ("dates_language_years", ("multilingual:year:*",)),
    ("foreign_ner.py", "ner:"): ("foreign_ner.add_foreign_entities", ("ner:*:*",)),
    ("people.py", "ner:"): ("people._ner_candidates", ("ner:PERSON", "ner:ORG")),
    ("people.py", "coref:"): ("people.extract_people", ("coref:surname", "coref:first_name")),
    ("locations.py", "ner:"): ("locations.extract_locations", ("ner:GPE", "ner:LOC")),
    ("organisations.py", "ruler:"): ("organisations.from_gazetteer", ("ruler:pattern:*",)),
    ("statement_role_first.py", "cue:"): ("statement_role_first.cue_statements", ("cue:*",)),
    # roles.rule is "role:" + the statement rule that stated it: no rule of its own.
    ("roles.py", "role:"): ("roles.extract_roles", ()),
}

# Rules without a docstring naming them yet (the gap; remove an entry when its home is written).
NO_HOME_YET: frozenset[str] = frozenset()
# Rules with fewer than MIN_EXAMPLES test lines yet, with their count (remove an entry when it reaches it).
FEW_EXAMPLES_YET: dict[str, int] = {
    "ner:DATE+dateparser": 0,
}


def _modules() -> list[tuple[str, ast.Module]]:
    return [(p.name, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(EXTRACT.glob("*.py"))]


def _docstring_nodes(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                ids.add(id(first.value))
    return ids


def _str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_rule(node: ast.Call) -> str | None:
    """The rule a call emits, for the emitting calls named in the module doc."""
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
    args = node.args
    if name == "Statement" and len(args) >= 2:
        return _str(args[1])
    if name == "add" and len(args) >= 3 and isinstance(args[2], ast.Constant) and isinstance(args[2].value, int):
        return _str(args[1])
    if name == "add" and len(args) >= 4 and isinstance(args[3], ast.Constant) and isinstance(args[3].value, int):
        return _str(args[2])  # the organisation rules' add(ctx, span, "<rule>", <strength>)
    if name in ("add", "KeyMessage") and len(args) >= 3:
        return _str(args[-1])
    return None


def _assigned_rules(node: ast.Assign) -> list[str]:
    """Rules assigned to a variable named ``rule`` (``items, rule = …, "list_under_key_heading"``)."""
    out = []
    for target in node.targets:
        if isinstance(target, ast.Name) and target.id == "rule" and (s := _str(node.value)):
            out.append(s)
        elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
            out += [s for t, v in zip(target.elts, node.value.elts) if isinstance(t, ast.Name) and t.id == "rule" and (s := _str(v))]
    return out


def _dynamic_prefix(node: ast.AST) -> str | None:
    """The literal prefix of a rule built at run time (f"pattern:{shape}", "cue:" + word)."""
    if isinstance(node, ast.JoinedStr) and node.values and (head := _str(node.values[0])):
        prefix = head
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and (head := _str(node.left)):
        prefix = head
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Name) and node.left.id == "rule" \
            and (tail := _str(node.right)):
        return "*" + tail  # rule + ":and"
    else:
        return None
    m = re.match(r"(?:pattern|cue|coref|relative|multilingual|ner|ruler|role):", prefix)
    return m.group() if m else None


def _table_names(module: str, family: str) -> tuple[str, ...]:
    """Expand "pattern:<_PATTERNS>": the names of a module's (name, pattern) table."""
    m = re.fullmatch(r"(.*)<(\w+)>(.*)", family)
    if not m:
        return (family,)
    import importlib

    table = getattr(importlib.import_module(f"pipeline.extract.{module[:-3]}"), m.group(2))
    return tuple(f"{m.group(1)}{name}{m.group(3)}" for name, _ in table)


def rules_in_code() -> tuple[set[str], set[tuple[str, str]]]:
    """(rule names found in pipeline/extract, (module, prefix) of every rule built at run time)."""
    names: set[str] = set()
    dynamic: set[tuple[str, str]] = set()
    for module, tree in _modules():
        docs = _docstring_nodes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and id(node) not in docs and (s := _str(node)) and _NAMESPACED.fullmatch(s):
                names.add(s)
            elif isinstance(node, ast.Call) and (rule := _call_rule(node)):
                names.add(rule)
            elif isinstance(node, ast.Assign):
                names.update(_assigned_rules(node))
            elif (prefix := _dynamic_prefix(node)) is not None:
                dynamic.add((module, prefix))
    from pipeline.extract.doc_publication import PUBLICATION_RULES

    names |= {f.__name__ for f in PUBLICATION_RULES}
    for (module, _), (_, families) in DYNAMIC.items():
        for family in families:
            names |= set(_table_names(module, family))
    return names, dynamic


def _docstrings() -> dict[str, str]:
    """"module.Qualified.name" -> docstring, for every documented definition in pipeline/extract."""
    out: dict[str, str] = {}
    for module, tree in _modules():
        stem = module[:-3]
        if doc := ast.get_docstring(tree):
            out[stem] = doc

        def walk(node: ast.AST, qual: str) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    name = f"{qual}.{child.name}"
                    if doc := ast.get_docstring(child):
                        out[name] = doc
                    walk(child, name)

        walk(tree, stem)
    return out


def _family(name: str) -> re.Pattern[str] | None:
    """An open family's names as a pattern ("cue:*" matches "cue:chaired"); None for a plain name."""
    return re.compile(re.escape(name).replace(r"\*", r"[\w.+:-]+")) if "*" in name else None


def _named_in(name: str, text: str) -> bool:
    return bool(re.search(r"[\"'`]" + re.escape(name) + r"[\"'`]", text))


def homes(names: set[str]) -> dict[str, list[str]]:
    """Rule name -> the documented definitions whose docstring names it (a family: its declared home)."""
    docs = _docstrings()
    out: dict[str, list[str]] = {}
    for name in names:
        out[name] = [where for where, doc in docs.items() if _named_in(name, doc)]
    for (_, _), (home, families) in DYNAMIC.items():
        for family in families:
            if _family(family) and home in docs:
                out.setdefault(family, []).append(home)
    return out


def examples(names: set[str]) -> dict[str, int]:
    """Rule name -> lines of tests/ naming it as a quoted string (a family: its prefix)."""
    lines = [line for p in sorted(TESTS.glob("test_*.py")) if p.name != Path(__file__).name
             for line in p.read_text(encoding="utf-8").splitlines()]
    out = {}
    for name in names:
        family = _family(name)
        body = family.pattern if family else re.escape(name)
        # a role row's rule names its role rule and its organisation rule: "role:apposition+org-of-email"
        pattern = re.compile(r"[\"'](?:role:)?(?:[\w:-]+\+)?" + body + r"(?:\+[\w:-]+)?[\"']")
        out[name] = sum(1 for line in lines if pattern.search(line))
    return out


def _all_rules() -> set[str]:
    names, _ = rules_in_code()
    families = {f: _family(f) for (_, fams) in DYNAMIC.values() for f in fams if _family(f)}
    # Members of an open family (a "cue:chaired" constant) are counted as the family.
    return {n for n in names if n in families or not any(p.fullmatch(n) for p in families.values())} | set(families)


def test_rule_hygiene_every_runtime_rule_is_declared():
    _, dynamic = rules_in_code()
    undeclared = sorted(dynamic - set(DYNAMIC))
    assert not undeclared, f"rules built at run time without a DYNAMIC entry: {undeclared}"
    stale = sorted(set(DYNAMIC) - dynamic)
    assert not stale, f"DYNAMIC entries no code builds any more: {stale}"


def test_rule_hygiene_every_rule_has_a_docstring_home():
    found = homes(_all_rules())
    missing = {n for n, where in found.items() if not where}
    assert not sorted(missing - NO_HOME_YET), f"rules no docstring names: {sorted(missing - NO_HOME_YET)}"
    assert not sorted(NO_HOME_YET - missing), f"NO_HOME_YET entries that have a home now (remove them): {sorted(NO_HOME_YET - missing)}"


def test_rule_hygiene_every_rule_has_three_test_examples():
    counts = examples(_all_rules())
    short = {n: c for n, c in counts.items() if c < MIN_EXAMPLES}
    new = {n: c for n, c in short.items() if n not in FEW_EXAMPLES_YET}
    assert not new, f"rules with fewer than {MIN_EXAMPLES} test lines: {dict(sorted(new.items()))}"
    done = sorted(n for n in FEW_EXAMPLES_YET if n not in short)
    assert not done, f"FEW_EXAMPLES_YET entries that have enough examples now (remove them): {done}"


def test_rule_hygiene_the_scan_finds_known_rules():
    """The scan itself: rules of every emitting shape are found (a scan that finds nothing passes nothing)."""
    names = _all_rules()
    for rule in ("title", "name-paren", "board-entry", "pattern:org-head", "legal-form", "pattern:event_name",
                 "pattern:day_range", "relative:in_month", "list_after_lead_in", "submitted_by_line", "cue:*", "multilingual:*"):
        assert rule in names, rule
