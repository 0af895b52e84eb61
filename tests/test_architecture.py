"""The direction of imports in reader/ (docs/architecture.md), read from the source with ast.

- The core never imports the UI, the CLI or Qt, not even for type checking or lazily.
- A feature package uses another one's public names only: no `_private` name or module
  from another feature package (reader.core.sources, reader.ui.speech, reader.cli ...).
- No import cycle between modules. Only imports that run when a module is loaded count:
  those at module level (also inside try or if), not those under `if TYPE_CHECKING:` and not
  those inside a function, which are lazy on purpose (start-up time, optional libraries).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

READER = Path(__file__).resolve().parents[1] / "reader"
CORE_MAY_NOT_IMPORT = ("reader.ui", "reader.cli", "PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    importer: str  # module name, e.g. reader.core.sources.feed
    path: Path
    line: int
    target: str  # the module imported from (or imported)
    names: tuple[str, ...]  # the names of `from target import names`; () for `import target`
    at_load: bool  # runs when the importer is loaded (module level, not TYPE_CHECKING)

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(READER.parent)}:{self.line}"


def module_name(path: Path) -> str:
    parts = path.relative_to(READER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(READER.rglob("*.py"))}


def feature(module: str) -> str:
    """The feature package a module belongs to: reader.core.sources, reader.ui.speech,
    reader.cli; a module directly in reader/core or reader/ui is its own."""
    parts = module.split(".")
    return ".".join(parts[:3]) if parts[1:2] in (["core"], ["ui"]) else ".".join(parts[:2])


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if MODULES[module].name == "__init__.py" else \
        module.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str) -> list[Import]:
    path = MODULES[module]
    found: list[Import] = []

    def visit(node: ast.AST, at_load: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend(Import(module, path, node.lineno, alias.name, (), at_load)
                         for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names = tuple(alias.name for alias in node.names)
            found.append(Import(module, path, node.lineno, _absolute(module, node), names,
                                at_load))
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, False)
            for child in node.orelse:
                visit(child, at_load)
        else:
            lazy = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            for child in ast.iter_child_nodes(node):
                visit(child, at_load and not lazy)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), True)
    return found


IMPORTS = [imp for module in MODULES for imp in imports_of(module)]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def test_the_core_never_imports_the_ui_the_cli_or_qt():
    wrong = [f"{imp.where}: {imp.importer} imports {imp.target}" for imp in IMPORTS
             if _within(imp.importer, "reader.core")
             and any(_within(imp.target, banned) for banned in CORE_MAY_NOT_IMPORT)]
    assert not wrong, "reader.core must not depend on these:\n" + "\n".join(wrong)


def test_feature_packages_use_each_others_public_names_only():
    wrong = []
    for imp in IMPORTS:
        if not _within(imp.target, "reader") or feature(imp.target) == feature(imp.importer):
            continue
        if any(_private(part) for part in imp.target.split(".")):
            wrong.append(f"{imp.where}: {imp.importer} imports private module {imp.target}")
        for name in imp.names:
            if _private(name) and not (f"{imp.target}.{name}" in MODULES
                                       and feature(f"{imp.target}.{name}")
                                       == feature(imp.importer)):
                wrong.append(f"{imp.where}: {imp.importer} imports {name} from {imp.target}")
    assert not wrong, "private names used across feature packages:\n" + "\n".join(wrong)


def _edges() -> dict[str, dict[str, Import]]:
    """Module -> the modules it imports when it is loaded (with the import that does it)."""
    edges: dict[str, dict[str, Import]] = {m: {} for m in MODULES}
    for imp in IMPORTS:
        if not imp.at_load:
            continue
        targets = [f"{imp.target}.{n}" if f"{imp.target}.{n}" in MODULES else imp.target
                   for n in imp.names] or [imp.target]
        for target in targets:
            if target in MODULES and target != imp.importer:
                edges[imp.importer].setdefault(target, imp)
    return edges


def _cycles(edges: dict[str, dict[str, Import]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            connect(v)
    return groups


def test_no_import_cycle_between_modules():
    edges = _edges()
    report = []
    for group in _cycles(edges):
        report.append("a cycle between " + ", ".join(group) + ":")
        report.extend(f"  {imp.where}: {a} imports {b}" for a in group
                      for b, imp in edges[a].items() if b in group)
    assert not report, "\n".join(report)


def test_the_checks_see_the_whole_package():
    # A walk that found nothing would pass every test above.
    assert "reader.core.models" in MODULES
    assert "reader.ui.app" in MODULES
    assert len(IMPORTS) > 500
    assert any(not imp.at_load for imp in IMPORTS)
    assert _cycles({"a": {"b": IMPORTS[0]}, "b": {"a": IMPORTS[0]}, "c": {}}) == [["a", "b"]]
