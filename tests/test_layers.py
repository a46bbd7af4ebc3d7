"""The layers' import rules, read from every module's imports (ast), so that the arrows keep
pointing down. docs/ARCHITECTURE.md explains the layers; changing a rule is one line below."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("bot", "handlers")  # the packages whose modules are read

# The Bot API double, under its old and its new name.
DOUBLE = ("bot.fake_telegram",)

# --- the rules ------------------------------------------------------------------------------------
# Who may import ``telegram``: the runtime, the handlers, the app, digest delivery, the command
# line (``cisbot chat``, ``cisbot digest``, logging set-up) and the double.
TELEGRAM_ALLOWED = ("bot.runtime", "handlers", "bot.app", "bot.digest.delivery", "bot.digest.operator",
                    "bot.cli", "bot.chat", "bot.logs", *DOUBLE)  # fmt: skip
# Packages that import nothing of the bot beyond themselves.
SELF_CONTAINED = ("bot.kb", "bot.search", "bot.storage", *DOUBLE)
# Where HTML is written (tags in string literals, escaping helpers).
HTML_ALLOWED = ("bot.present", *DOUBLE)
# Who may import ``handlers``: the app, and the handlers among themselves.
HANDLERS_IMPORTED_BY = ("bot.app", "handlers")
# A cycle of imports made only for type hints (``if TYPE_CHECKING:``) inside one package is allowed:
# the engine calls its answerers, which name the engine's types. Across packages none is.
TYPE_ONLY_CYCLES_WITHIN_A_PACKAGE = True
# ---------------------------------------------------------------------------------------------------

TAG = re.compile(r"</?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|blockquote|tg-spoiler|span)(\s[^<>]*)?>")
ESCAPERS = {("html", "escape")}


def within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources() -> dict[str, ast.Module]:
    found = {}
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            found[module_name(path)] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return found


MODULES = sources()


def package_of(module: str) -> str:
    return module if (ROOT / Path(*module.split("."))).is_dir() else module.rpartition(".")[0]


def type_only_lines(tree: ast.Module) -> set[int]:
    """The lines inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports(module: str, tree: ast.Module) -> Iterator[tuple[str, int]]:
    """Every module ``module`` imports (anywhere in it, TYPE_CHECKING blocks included), with the line.
    ``from package import name`` counts as importing ``package.name`` when that is a module."""
    package = package_of(module)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield (full if full in MODULES else base), node.lineno


def project(name: str) -> bool:
    return within(name, SCANNED)


def docstrings(tree: ast.Module) -> set[int]:
    """The ids of docstring nodes: prose about HTML is not HTML."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_there_are_modules_to_check() -> None:
    assert {"bot.app", "bot.kb.schema", "bot.search.text", "handlers.questions"} <= set(MODULES)


def counts_for_cycles(module: str, name: str, line: int, type_only: set[int]) -> bool:
    if name not in MODULES or name == module:
        return False
    same_package = package_of(module) == package_of(name)
    return not (TYPE_ONLY_CYCLES_WITHIN_A_PACKAGE and same_package and line in type_only)


def test_no_import_cycles() -> None:
    graph = {}
    for module, tree in MODULES.items():
        type_only = type_only_lines(tree)
        graph[module] = {
            name for name, line in imports(module, tree) if counts_for_cycles(module, name, line, type_only)
        }
    cycles = [component for component in strongly_connected(graph) if len(component) > 1]
    assert cycles == [], "import cycles: " + "; ".join(" <-> ".join(sorted(c)) for c in cycles)


def test_telegram_only_where_allowed() -> None:
    found = [
        f"{module}:{line}"
        for module, tree in MODULES.items()
        if not within(module, TELEGRAM_ALLOWED)
        for name, line in imports(module, tree)
        if within(name, ("telegram",))
    ]
    assert found == [], "telegram imported outside the runtime, handlers, app, delivery and CLI: " + ", ".join(
        sorted(set(found))
    )


def test_self_contained_layers_import_only_themselves() -> None:
    found = []
    for module, tree in MODULES.items():
        own = next((prefix for prefix in SELF_CONTAINED if within(module, (prefix,))), None)
        if own is None:
            continue
        found += [f"{module}:{line} imports {name}" for name, line in imports(module, tree)
                  if project(name) and name != "bot" and not within(name, (own,))]  # fmt: skip
    assert found == [], "; ".join(sorted(set(found)))


def test_handlers_are_imported_only_by_the_app() -> None:
    found = [
        f"{module}:{line}"
        for module, tree in MODULES.items()
        if not within(module, HANDLERS_IMPORTED_BY)
        for name, line in imports(module, tree)
        if within(name, ("handlers",))
    ]
    assert found == [], "handlers imported outside bot.app: " + ", ".join(found)


def test_html_only_in_present() -> None:
    found = []
    for module, tree in MODULES.items():
        if within(module, HTML_ALLOWED):
            continue
        skip = docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                if TAG.search(node.value):
                    found.append(f"{module}:{node.lineno} {node.value[:40]!r}")
            elif isinstance(node, ast.ImportFrom) and node.module:
                found += [f"{module}:{node.lineno} imports {alias.name}" for alias in node.names
                          if (node.module, alias.name) in ESCAPERS]  # fmt: skip
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in ESCAPERS
            ):
                found.append(f"{module}:{node.lineno} {node.value.id}.{node.attr}")
    assert found == [], "HTML outside bot/present/: " + ", ".join(found)


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative (no recursion limit to meet)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components
