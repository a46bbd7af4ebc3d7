"""Questions typed the way fast users type them, on the real knowledge base: Russian in Latin
letters, greetings without punctuation. The verdict must be the one the plainly typed question
gets: the asked attribute of the right entry. Verdicts, not their wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("question", "intent", "entity"),
    [
        # "data" is "дата": the date is asked
        ("13e zasedanie sekretarej sovetov bezopasnosti - data?", "when", "mtg_2025_11_05_security_secretaries_13"),
        ("data zasedaniya smvd", "when", "mtg_2025_08_12_interior_ministers"),
        # "kto utverdil", "chto reshili": what was decided or approved
        ("kto utverdil programmu po ukrepleniyu granic", "outcomes", None),
        ("chto reshili v dushanbe", "outcomes", None),
    ],
)
def test_latin_typed_russian_asks_what_its_cyrillic_reading_asks(
    engine: Engine, question: str, intent: str, entity: str | None
) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.answered and verdict.lang == "ru", verdict
    assert verdict.intent == intent, verdict
    if entity is not None:
        assert verdict.kind == "fact" and verdict.attribute == "date" and verdict.focus == [entity], verdict


@pytest.mark.parametrize(
    "question",
    [
        "who is the head of the ATC",  # English stays as it is read
        "What is the Anti-Terrorism Center?",
        "ATC",
    ],
)
def test_english_questions_are_not_read_as_russian(engine: Engine, question: str) -> None:
    plain = engine.answer(question, today=TODAY)
    assert plain.lang == "en" and plain.intent in ("card", "head"), plain
