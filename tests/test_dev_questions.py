"""The published development questions, scored exactly as ../shared/tools/dev_eval.py does."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answers.engine import Engine
from bot.present.answer import ask as present_ask

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).with_name("dev_questions.yaml")).read_text(encoding="utf-8")
)


def passes(engine: Engine, case: dict[str, Any]) -> tuple[bool, str]:
    answer = present_ask(engine, case["q"])
    text = re.sub(r"<[^>]+>", " ", answer.html)
    if case.get("decline"):
        return not answer.answered, text
    ok = answer.answered and all(re.search(p, text, re.I) for p in case["expect"])
    return ok, text


@pytest.mark.parametrize("case", CASES, ids=[c["q"][:50] for c in CASES])
def test_dev_question(engine: Engine, case: dict[str, Any]) -> None:
    ok, text = passes(engine, case)
    assert ok, f"{case['q']!r} -> {' '.join(text.split())[:300]}"
