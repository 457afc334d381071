"""The package's import structure (issue 10, section 2): no import cycles between pipeline modules and no
private name (``_x``) imported from another module. Read from the source with :mod:`ast`, so lazy imports
inside functions count for privacy but not for cycles (a function-level import is how a cycle is broken)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, ast.Module]:
    return {_module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(tree: ast.Module, top_level_only: bool) -> list[ast.ImportFrom | ast.Import]:
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = []
    for node in nodes:
        if isinstance(node, ast.If):  # "if TYPE_CHECKING:" imports never run
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
    return found


def _targets(node: ast.Import | ast.ImportFrom, modules: dict[str, ast.Module]) -> list[str]:
    """The pipeline modules an import statement loads (``from pkg import mod`` loads ``pkg.mod``)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name in modules]
    if node.level or not node.module or not node.module.startswith("pipeline"):
        return []
    names = [f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules]
    return names + ([node.module] if node.module in modules else [])


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _graph(modules: dict[str, ast.Module]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, tree in modules.items():
        for node in _imports(tree, top_level_only=True):
            for target in _targets(node, modules):
                # a package importing its own submodules (pipeline.extract -> pipeline.extract.people) is how
                # packages re-export; the submodule importing its package back would be the cycle
                if target != name:
                    graph.setdefault(name, set()).add(target)
    return graph


def test_no_import_cycles_between_modules():
    assert _cycles(_graph(_modules())) == []


def test_no_private_names_imported_from_other_modules():
    offending = []
    for name, tree in _modules().items():
        for node in _imports(tree, top_level_only=False):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline") and node.module != name:
                offending += [f"{name}: from {node.module} import {a.name}" for a in node.names
                              if a.name.startswith("_") and not a.name.startswith("__")]
    assert offending == []


def test_the_checks_see_a_cycle_and_a_private_import():
    """The two checks above would fail on a cycle and on a private import (so they can fail at all)."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    tree = ast.parse("from pipeline.x import _hidden, shown\n")
    (node,) = _imports(tree, top_level_only=False)
    assert [a.name for a in node.names if a.name.startswith("_")] == ["_hidden"]
