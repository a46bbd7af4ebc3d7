"""Attribution questions of the eleventh round: "what's X short for" is an abbreviation question,
"who heads <body>" says first when the sources name no head. Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import first_line, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what's CIS short for", "Commonwealth of Independent States"),
        ("what is EAG short for?", "Eurasian Group"),
        ("expand BCOC", "Bureau for Coordination"),
        ("ОДКБ — сокращение от чего?", "Организация Договора о коллективной безопасности"),
        ("АТЦ это сокращение чего", "Антитеррористический центр"),
    ],
)
def test_short_for_asks_the_expansion(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    assert words in first_line(engine, verdict)
