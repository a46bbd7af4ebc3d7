"""Look-alike subjects on the real knowledge base: a recorded decision or fact asked of another
organisation or state than the one its name holds is "not recorded", with the real record as the
nearest; asked of its own subject, or about something else, the usual answer. Verdicts only."""

from __future__ import annotations

import re

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import first_line, verdict_of, visible


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


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Реформу Совета прокуроров СНГ предлагал генпрокурор Казахстана?", "kazakhstan"),
        ("Did Kazakhstan's prosecutor general propose reforms of the CIS prosecutors council?", "kazakhstan"),
        ("Предлагал ли генпрокурор Беларуси реформу Совета прокуроров?", "belarus"),
        ("was it the belarusian prosecutor general who recommended reforms to the CIS prosecutors council?", "belarus"),
    ],
)
def test_a_yes_no_of_a_record_asked_of_another_state_is_a_no_said_of_its_own(engine: Engine, question: str, asked: str) -> None:
    """A state is only ever whose record it is: "did Kazakhstan's prosecutor propose it" of Russia's
    Prosecutor General is no "yes" (the reform was confirmed, the state ignored), but a "no", said of Russia."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "subject", verdict
    assert verdict.value["asked"] == asked and verdict.value["other"] == "russia"
    assert re.match(r"(?:No|Нет)\.", visible(first_line(engine, verdict)))


@pytest.mark.parametrize(
    "question",
    [
        "Реформу Совета прокуроров СНГ предлагал генпрокурор России?",
        "Did the Russian Prosecutor General recommend reforms to the council of prosecutors?",
    ],
)
def test_a_yes_no_of_a_record_asked_of_its_own_state_is_a_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.reason != "subject", verdict
    assert re.match(r"(?:Yes|Да)\.", visible(first_line(engine, verdict))), verdict
