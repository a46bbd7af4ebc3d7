"""What the answer tests share: the real knowledge base's entry ids, one fixed "today", one way to
ask a question (the verdict, checked to word into a non-empty message) and one way to hold a
conversation (keeping what the bot keeps between turns)."""

from __future__ import annotations

import re
from datetime import date

from bot.answers.engine import Engine
from bot.answers.knowledge import remembered
from bot.answers.verdict import Verdict
from bot.present.answer import present

TODAY = date(2026, 11, 30)

# Meetings and events.
SPB = "mtg_2025_08_12_interior_ministers"
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
INTEL = "mtg_security_intelligence_heads_moscow"
SECRETARIES = "mtg_2025_11_05_security_secretaries_13"
DUSHANBE = "mtg_2025_10_dushanbe_summit"
EXERCISE = "ex_2025_10_commonwealth_antiterror"
# Documents, people and facts.
BORDER = "programme_border_security_2030"
TERRORISM = "programme_ct_extremism_2026_2028"
CONCEPT = "military_cooperation_concept_2030"
KLEMEZ = "yevgeny_klemez"
AIMS = "fact_aims_2025"
STATEMENT = "joint_statement_transnational_crime"
RAHMON = "emomali_rahmon"
TREFILOV = "denis_trefilov"
PESKOV = "dmitry_peskov"
PUTIN = "vladimir_putin"


def verdict_of(engine: Engine, question: str, context: Verdict | None = None, *, today: date = TODAY) -> Verdict:
    """The verdict on ``question``; every verdict must word into a non-empty reply."""
    verdict = engine.answer(question, today=today, context=context)
    assert present(engine.kb, verdict, today).html.strip()
    return verdict


def converse(engine: Engine, *questions: str) -> list[Verdict]:
    """The verdicts of one conversation, each turn given what the handlers keep after the last."""
    verdicts: list[Verdict] = []
    context: Verdict | None = None
    for question in questions:
        verdict = verdict_of(engine, question, context)
        verdicts.append(verdict)
        context = remembered(verdict, context)
    return verdicts


def html_of(engine: Engine, verdict: Verdict) -> str:
    """The HTML of the reply to ``verdict``."""
    return present(engine.kb, verdict, TODAY).html


def first_line(engine: Engine, verdict: Verdict) -> str:
    """The first line of the reply's HTML: where the answer itself stands."""
    return html_of(engine, verdict).split("\n")[0]


def visible(html_text: str) -> str:
    """The text a reader sees of ``html_text``: tags dropped, white space folded."""
    return " ".join(re.sub(r"<[^>]+>", " ", html_text).split())
