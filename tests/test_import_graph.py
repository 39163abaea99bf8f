"""The code's own imports: no cycle between any two ``daily_helpers`` modules (function-level
imports included), no private name of the generated package, no memo."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "daily_helpers"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of ``tree`` except those under ``if TYPE_CHECKING:`` (annotations only:
    never imported at run time, so never part of a cycle)."""
    nodes: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        nodes.append(node)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))
    return nodes


def _imports(path: Path, *, typing: bool = False) -> set[tuple[str, str | None]]:
    """(module, imported name or None) for every import in ``path``, at any depth (function
    bodies too); those under ``if TYPE_CHECKING:`` only when ``typing``."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[tuple[str, str | None]] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree) if typing else _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            found.update((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                found.add((base, alias.name))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges: set[str] = set()
        for module, imported in _imports(path):
            if imported is not None and f"{module}.{imported}" in modules:
                edges.add(f"{module}.{imported}")  # from . import tokens
            elif module in modules:
                edges.add(module)
        graph[name] = edges - {name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_graph_sees_function_level_imports() -> None:
    graph = _graph()
    assert "daily_helpers._transport_aiohttp" in graph["daily_helpers._transport_choice"]
    assert "daily_helpers.tokens" in graph["daily_helpers._base"]


def test_no_import_cycle_between_daily_helpers_modules() -> None:
    graph = _graph()
    # A package __init__ re-exporting its modules is not a cycle of logic: leave them out.
    for init in [name for name, path in graph.items() if name.count(".") == 0]:
        graph[init] = set()
    for name in graph:
        graph[name] = {m for m in graph[name] if m.count(".") or m == name}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_no_private_name_of_the_generated_package_and_no_memo() -> None:
    for path in PACKAGE.rglob("*.py"):
        for module, imported in _imports(path, typing=True):
            if module.startswith("daily_openapi_client"):
                names = [*module.split("."), imported or ""]
                assert not any(part.startswith("_") for part in names), (path, module, imported)
            assert "_memo" not in module, path
            assert imported != "_memo", path
    assert not (PACKAGE / "_memo.py").exists()
    assert not (PACKAGE / "_strict.py").exists()


def test_the_typed_user_file_imports_every_public_name() -> None:
    """``tests/typing/user_app.py`` (checked by ``mypy --strict`` in ./scripts/test) stays
    complete: it imports every name of the literal ``__all__``."""
    import daily_helpers

    user_file = PACKAGE.parent / "tests" / "typing" / "user_app.py"
    imported = {name for module, name in _imports(user_file) if module == "daily_helpers"}
    assert imported == set(daily_helpers.__all__)
    init = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    literal = [
        node
        for node in init.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    ]
    assert len(literal) == 1
    assert isinstance(literal[0].value, ast.List)
    assert all(isinstance(e, ast.Constant) for e in literal[0].value.elts)
