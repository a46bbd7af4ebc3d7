"""Look-alike subjects on the real knowledge base: a recorded decision or fact asked of another
organisation or state than the one its name holds is "not recorded", with the real record as the
nearest; asked of its own subject, or about something else, the usual answer. Verdicts only."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import verdict_of


@pytest.mark.parametrize(
    ("question", "asked", "other"),
    [
        ("Когда ОДКБ получила статус наблюдателя при СНГ?", "csto", "sco"),
        ("When did the CSTO get observer status at the CIS?", "csto", "sco"),
        ("Что говорил генпрокурор Казахстана о реформе Совета прокуроров?", "kazakhstan", "russia"),
        ("What did the Prosecutor General of Kazakhstan propose for the CIS Council of Prosecutors?", "kazakhstan", "russia"),
        # the council's full name scores above the reform it is about
        ("Что предложил генпрокурор Казахстана по реформе Координационного совета генпрокуроров СНГ?", "kazakhstan", "russia"),
    ],
)
def test_a_record_asked_of_another_subject_is_not_recorded(engine: Engine, question: str, asked: str, other: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "subject", verdict
    assert verdict.value["asked"] == asked and verdict.value["other"] == other
    assert verdict.alternatives


@pytest.mark.parametrize(
    "question",
    [
        "When did the SCO get observer status?",
        "Когда ШОС получила статус наблюдателя при СНГ?",
        "Did the Dushanbe summit make the SCO a full member of the CIS?",
        "Was Kazakhstan at the XVIII meeting?",
        "Is the CSTO a CIS body?",
    ],
)
def test_a_record_asked_of_its_own_subject_gets_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.reason != "subject", verdict
