"""Abbreviations, definitions and "which body deals with <topic>": verdicts on the real knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.loader import KnowledgeError, load_knowledge


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("What does SVR stand for?", "svr"),
        ("Как расшифровывается СМВД СНГ?", "interior_ministers_council"),
        ("Что значит МПА СНГ?", "ipa_council"),
        ("what is the full name of the CSTO", "csto"),
        ("rasshifruy ODKB", "csto"),
    ],
)
def test_abbreviations_expand_to_the_full_name(engine: Engine, question: str, entity: str) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.kind == "card" and verdict.focus == [entity], verdict


@pytest.mark.parametrize(
    ("question", "bodies"),
    [
        ("Which CIS body brings together the people in charge of the police?", {"interior_ministers_council"}),
        ("Какой совет СНГ собирает руководителей разведки и контрразведки?", {"security_services_heads_council"}),
        ("Какой совет СНГ отвечает за охрану границ?", {"border_troops_commanders_council"}),
        ("kakoy organ SNG boretsya s mafiey i banditami", {"bcoc"}),
        ("rfrjq jhufy cyu pfybvftncz rfhnjuhfabtq", {"geodesy_council"}),  # wrong layout: картографией
        ("who deals with floods", {"emergencies_council"}),
        ("which body handles prisons?", {"penitentiary_services_council"}),
        ("Which CIS body looks after environmental protection?", {"ecological_council"}),
        ("which organisation fights money laundering", {"financial_intelligence_council", "eag"}),
        ("кто занимается коррупцией", {"anti_corruption_council"}),
    ],
)
def test_a_topic_finds_the_one_or_few_bodies(engine: Engine, question: str, bodies: set[str]) -> None:
    verdict = engine.answer(question)
    found = set(verdict.focus if verdict.kind == "card" else verdict.items)
    assert verdict.answered and found == bodies, (verdict.kind, verdict.focus, verdict.items)
    assert verdict.filters["topic"]


def test_a_topic_nobody_covers_is_not_forced_onto_a_body(engine: Engine) -> None:
    verdict = engine.answer("which body deals with football?")
    assert "topic" not in verdict.filters


def test_topics_must_name_a_body_or_organisation(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parent.parent / "knowledge"
    for path in source.glob("*.yaml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "more_topics.yaml").write_text("topics:\n  - entity: moscow\n    en: [capital]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    (error,) = caught.value.errors
    assert error.file == "more_topics.yaml" and error.line == 2 and "topics are for bodies" in error.message
