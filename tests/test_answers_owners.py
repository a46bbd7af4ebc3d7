"""Look-alike owners on the real knowledge base: a recorded CIS body named as another
organisation's ("Совет министров обороны ОДКБ") is "no such body" with the CIS one as the nearest
record; the body and the organisation named apart, or the body alone, get the usual answers."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import verdict_of


@pytest.mark.parametrize(
    ("question", "nearest"),
    [
        ("Кто возглавляет Совет министров обороны ОДКБ?", "defence_ministers_council"),
        ("What did the CSTO Defence Ministers Council discuss?", "defence_ministers_council"),
        ("Who heads the Defence Ministers Council of the CSTO?", "defence_ministers_council"),
        ("sovet ministrov oborony ODKB kto glava", "defence_ministers_council"),
        ("Какие решения принял Совет глав разведок ОДКБ?", "security_services_heads_council"),
    ],
)
def test_a_body_named_as_another_organisations_is_not_recorded(engine: Engine, question: str, nearest: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_body", verdict
    assert verdict.alternatives[:1] == [nearest]


@pytest.mark.parametrize(
    "question",
    [
        "What does the CIS Anti-Terrorism Center do with the SCO?",
        "Regional Anti-Terrorist Structure of the SCO",
        "Совет министров обороны СНГ",
        "Was the CSTO at the XVIII meeting?",
    ],
)
def test_a_body_and_an_organisation_named_apart_get_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded", verdict
