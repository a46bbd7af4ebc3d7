"""The app's wiring: ``bot_data`` is the typed :class:`BotData` (no string keys anywhere), and a
real update reaches the services through it."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.answers.engine import Engine
from tests.telegram_env import close_env, make_env

ROOT = Path(__file__).resolve().parent.parent


async def test_bot_data_is_typed_and_reached_by_a_real_update(tmp_path: Path, engine: Engine) -> None:
    from bot.runtime.services import BotData, Services

    env = await make_env(tmp_path, engine)
    try:
        bot_data = env.app.bot_data
        assert isinstance(bot_data, BotData) and not isinstance(bot_data, dict)
        assert isinstance(bot_data.services, Services)
        (about,) = await env.say("/about")  # the handler reads the version through services(context)
        assert bot_data.services.knowledge.kb.version in about["text"]
        assert env.errors() == []
    finally:
        await close_env(env)


def _is_bot_data(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "bot_data"


def _keyed(node: ast.AST) -> bool:
    """``x.bot_data[...]`` or ``x.bot_data.get / pop / setdefault(...)``."""
    if isinstance(node, ast.Subscript):
        return _is_bot_data(node.value)
    return isinstance(node, ast.Attribute) and node.attr in {"get", "pop", "setdefault"} and _is_bot_data(node.value)


def test_no_string_keys_on_bot_data() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        for top in ("bot", "handlers")
        for path in sorted((ROOT / top).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _keyed(node)
    ]
    assert found == [], "bot_data used with string keys: " + ", ".join(found)
