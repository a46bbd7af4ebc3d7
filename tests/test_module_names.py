"""Module constants are bound once: a second assignment of the same name at module level silently
replaces the first for every function of the module (two branches once each added an
``_ONE_MEETING`` to ``yesno.py``, now ``question_form.py``, and bare digits before a meeting word stopped numbering it)."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"


def _rebound(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in seen:
                found.append(f"{path.relative_to(BOT.parent)}:{node.lineno} rebinds {name} (first bound at line {seen[name]})")
            seen[name] = node.lineno
    return found


def test_no_module_constant_is_bound_twice() -> None:
    rebound = [line for path in sorted(BOT.rglob("*.py")) for line in _rebound(path)]
    assert not rebound, "\n".join(rebound)
