"""Conversations and chatty questions, on the real knowledge base: spoken openers and asides around a
question, informal shortenings, "X in the report = ?", a meeting named by its month and body, an
overview asked for ("расскажи про ..."), and follow-ups that ask who of a body spoke at the previous
meeting, pick a listed document by a word of its name, or count into the entries the previous
question enumerated.

Verdicts are asserted, not wording; "today" is always handed in.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.present.answer import present

TODAY = date(2026, 11, 30)

XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
SPB = "mtg_2025_08_12_interior_ministers"
SECRETARIES = "mtg_2025_11_05_security_secretaries_13"
BORDER = "programme_border_security_2030"
TERRORISM = "programme_ct_extremism_2026_2028"


def verdict_of(engine: Engine, question: str, context: Verdict | None = None) -> Verdict:
    verdict = engine.answer(question, today=TODAY, context=context)
    assert present(engine.kb, verdict, TODAY).html.strip()
    return verdict


def converse(engine: Engine, *questions: str) -> list[Verdict]:
    context = None
    verdicts = []
    for question in questions:
        verdict = verdict_of(engine, question, context)
        verdicts.append(verdict)
        if verdict.answered:
            context = verdict
    return verdicts


def said_by(verdict: Verdict) -> set[str]:
    values = verdict.value if isinstance(verdict.value, list) else []
    return {
        *(s.speaker for s in verdict.statements if s.speaker),
        *(str(v.get("person")) for v in values if isinstance(v, dict)),
    }


# --- openers, asides, shortenings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("ну привет) слушай а сколько там всего отраслевых органов в сфере безопасности у снг, не помню", "fact_sectoral_bodies_count"),
        ("ну слушай, а сколько специализированных органов СНГ в сфере безопасности, не помню", "fact_specialised_bodies_count"),
        ("so how big is the CIS security family — sectoral councils I mean", "fact_sectoral_bodies_count"),
        ("so how large is the CIS security family — specialised bodies I mean", "fact_specialised_bodies_count"),
        ("nu slushai, skolko otraslevyh organov v sfere bezopasnosti, ne pomnyu", "fact_sectoral_bodies_count"),
    ],
)
def test_a_count_among_chatter_is_answered(engine: Engine, question: str, fact: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind in ("count", "card")
    assert verdict.focus == [fact]


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Коротко, в двух словах: кто такой Трефилов?", "denis_trefilov"),
        ("Коротко: кто такой Клемез?", "yevgeny_klemez"),
        ("в двух словах, кто такой Рахмон?", "emomali_rahmon"),
        ("korotko: kto takoy Trefilov?", "denis_trefilov"),
        ("in short: who is Klemez?", "yevgeny_klemez"),
    ],
)
def test_a_request_for_brevity_asks_nothing(engine: Engine, question: str, person: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "card"
    assert verdict.focus == [person]


@pytest.mark.parametrize(
    "question",
    [
        "tl;dr pls — intl orgs present at the XVIII CT meeting?",
        "intl orgs present at the June CT meeting?",
        "which intl orgs attended the June mtg?",
        "international organisations present at the XVIII counter-terrorism meeting?",
    ],
)
def test_the_organisations_at_a_meeting_asked_tersely(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [XVIII]
    groups = verdict.value["groups"] if isinstance(verdict.value, dict) else {}
    assert {"csto", "eag", "rats_sco"} <= set(groups.get("organisations", []))


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("ATC in the June report = ?", "atc"),
        ("BCOC in the August report = ?", "bcoc"),
        ("ЕАГ в июньском документе = ?", "eag"),
        ("EAG in the Moscow report = ?", "eag"),
    ],
)
def test_an_abbreviation_equal_to_what(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute != "source"
    assert verdict.focus == [entity]


# --- a meeting by its month and body, as an overview ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Расскажи про августовское заседание глав МВД стран СНГ", SPB),
        ("Расскажи про июньское совещание антитеррористических подразделений", XVIII),
        ("Расскажи про июньское антитеррористическое совещание", XVIII),
        ("расскажи о ноябрьском заседании секретарей совбезов", SECRETARIES),
        ("rasskazhi pro avgustovskoe zasedanie glav MVD stran SNG", SPB),
        ("Tell me about the August meeting of the heads of interior ministries of the countries", SPB),
    ],
)
def test_tell_me_about_a_meeting_gives_its_card(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "card"
    assert verdict.focus == [meeting]


# --- follow-ups --------------------------------------------------------------------------------------


def test_who_of_a_body_spoke_at_the_previous_meeting(engine: Engine) -> None:
    first, who, what = converse(
        engine,
        "Расскажи про августовское заседание глав МВД стран СНГ",
        "кто из исполкома выступал?",
        "что он сказал про нелегальную миграцию?",
    )
    assert first.focus == [SPB]
    assert who.focus == [SPB] and who.attribute == "speakers"
    assert "yevgeny_klemez" in said_by(who)
    assert what.kind == "quote" and what.focus == ["yevgeny_klemez"]


def test_who_from_a_state_spoke_keeps_only_its_people(engine: Engine) -> None:
    _, tajik = converse(engine, "Tell me about the June counter-terrorism meeting", "who from Tajikistan spoke?")
    assert tajik.focus == [XVIII] and "emomali_rahmon" in said_by(tajik)
    _, executive = converse(engine, "Tell me about the June counter-terrorism meeting", "who from the Executive Committee spoke?")
    # The President of Tajikistan is no one of the Executive Committee.
    assert "emomali_rahmon" not in said_by(executive)


@pytest.mark.parametrize(
    ("opening", "question", "entry"),
    [
        ("Which programmes were approved at the Dushanbe summit?", "until when is the border one?", BORDER),
        ("Which programmes were approved at the Dushanbe summit?", "what period does the terrorism one cover?", TERRORISM),
        ("Какие программы утвердили на саммите в Душанбе?", "а до какого года та, что про границы?", BORDER),
        ("Какие программы утвердили на саммите в Душанбе?", "а та, что про терроризм?", TERRORISM),
    ],
)
def test_a_listed_document_by_a_word_of_its_name(engine: Engine, opening: str, question: str, entry: str) -> None:
    listed, picked = converse(engine, opening, question)
    assert {BORDER, TERRORISM} <= set(listed.items)
    assert picked.answered and picked.focus == [entry]


def test_no_listed_entry_when_the_word_fits_several(engine: Engine) -> None:
    _, picked = converse(engine, "Which programmes were approved at the Dushanbe summit?", "until when is the cooperation one?")
    assert picked.focus != [BORDER] and picked.focus != [TERRORISM]


@pytest.mark.parametrize(
    ("opening", "question"),
    [
        (
            "Какие организации представляли ШОС, ОДКБ и ЕАГ на июньском антитеррористическом совещании?",
            "а что там докладывал секретариат третьей из них?",
        ),
        ("Какие организации представляли ЕАГ, ОДКБ и ШОС на июньском совещании?", "а что докладывал секретариат первой из них?"),
        ("Which organisations represented the CSTO, the EAG and the SCO at the June meeting?", "what did the secretariat of the second of them report?"),
    ],
)
def test_the_nth_of_the_entries_the_question_named(engine: Engine, opening: str, question: str) -> None:
    listed, reported = converse(engine, opening, question)
    assert listed.answered and listed.focus == [XVIII]
    assert reported.kind == "quote"
    assert any("EAG Secretariat" in s.en for s in reported.statements)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("What did the October summit in Dushanbe decide about the SCO?", "and what new format did the leaders set up?"),
        ("Что такое формат СНГ плюс?", None),
    ],
)
def test_there_after_a_decision_is_the_meeting_that_adopted_it(engine: Engine, first: str, second: str | None) -> None:
    questions = [first, *([second] if second else [])]
    there = "which programmes were approved there?" if second else "а какие программы утвердили там?"
    *_, listed, picked = converse(engine, *questions, there, "until when is the border one?" if second else "до какого года та, что про границы?")
    assert {BORDER, TERRORISM} <= set(listed.items)
    assert picked.focus == [BORDER]
