"""What the verdict-level answer tests share: the real knowledge base's meeting ids and one way to
ask a question (the verdict, checked to word into a non-empty first message)."""

from __future__ import annotations

from datetime import date

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.present.answer import present

TODAY = date(2026, 11, 30)

SPB = "mtg_2025_08_12_interior_ministers"
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
INTEL = "mtg_security_intelligence_heads_moscow"
SECRETARIES = "mtg_2025_11_05_security_secretaries_13"
DUSHANBE = "mtg_2025_10_dushanbe_summit"
EXERCISE = "ex_2025_10_commonwealth_antiterror"


def verdict_of(engine: Engine, question: str) -> Verdict:
    verdict = engine.answer(question, today=TODAY)
    assert present(engine.kb, verdict, TODAY).html.strip()
    return verdict
