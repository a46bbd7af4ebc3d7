"""Yes/no questions of the eighth round: an outcome asked with another verb of the same act, a
greeting asked in Latin-typed Russian, "а про X … что-то было?", a wrong keyboard layout with a
framing word, and a meeting recorded only as planned. Verdicts on the real knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine
from bot.present.answer import present

TODAY = date(2026, 11, 30)
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
SPB = "mtg_2025_08_12_interior_ministers"
EXERCISE = "ex_2025_10_commonwealth_antiterror"


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что в Душанбе учредили формат «СНГ плюс»?",
        "Правда ли, что формат СНГ плюс создали в Душанбе?",
        "Was the CIS Plus format founded in Dushanbe?",
        "Pravda li chto format SNG plyus uchredili v Dushanbe?",
    ],
)
def test_establishing_verbs_confirm_one_another(engine: Engine, question: str) -> None:
    """"учредили" in the question, "учреждённый" or "established" in the record: one act."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is True


def test_establishing_elsewhere_is_no_yes(engine: Engine) -> None:
    verdict = engine.answer("Правда ли, что формат СНГ плюс учредили в Минске?", today=TODAY)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    "question",
    [
        "Byl li Rakhmon avtorom pozdravleniya na plenarnom zasedanii XVIII soveshchaniya?",
        "Obrashchalsya li Rakhmon k uchastnikam XVIII soveshchaniya?",
        "Был ли Рахмон автором поздравления участникам XVIII совещания?",
        "Did Rahmon send a greeting to the XVIII meeting?",
    ],
)
def test_greeting_asked_in_any_letters_is_the_address(engine: Engine, question: str) -> None:
    """The source records Rahmon's address read out at the XVIII meeting: that is the yes."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is True
    assert verdict.grounds == "address_heard"


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("a pro PDD i dorozhnuyu bezopasnost na avgustovskom sovete glav MVD chto-to bylo?", SPB),
        ("а про ПДД на августовском совете глав МВД что-то было?", SPB),
        ("a pro kiberprestupnost na avgustovskom sovete MVD chto-to bylo?", SPB),
        ("а про беспилотники на XVIII совещании что-то было?", XVIII),
        ("a pro migraciyu na XVIII soveshchanii chto-to bylo?", XVIII),
    ],
)
def test_anything_said_of_a_topic_asks_whether_it_was_discussed(engine: Engine, question: str, meeting: str) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is True
    assert meeting in verdict.focus


def test_anything_said_of_an_absent_topic_is_no_yes(engine: Engine) -> None:
    verdict = engine.answer("а про ядерное оружие на августовском совете МВД что-нибудь было?", today=TODAY)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    "question",
    [
        # "Как правильно: программы … на 2026-2028 годы были утверждены, правда?" on the English layout
        "Rfr ghfdbkmyj: ghjuhfvvs gj ghjnbdjltqcndb. nthhjhbpve yf 2026-2028 ujls ,skb endth;ltys ghfdlf&",
        # "Правда ли, что формат СНГ плюс учредили в Душанбе?"
        "Ghfdlf kb? xnj ajhvfn CYU gk.c exhtlbkb d Leif,t&",
        "Правильно ли, что формат СНГ плюс учредили в Душанбе?",
    ],
)
def test_wrong_layout_and_framing_words_keep_the_yes(engine: Engine, question: str) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is True


@pytest.mark.parametrize(
    "question",
    [
        "Were the Commonwealth-Antiterror drills held in Kazakhstan?",
        "Were the Commonwealth-Antiterror exercises held in Kazakhstan?",
    ],
)
def test_planned_exercise_is_never_a_yes_to_held(engine: Engine, question: str) -> None:
    """Recorded only as planned (in Tajikistan): no yes to its being held, least of all elsewhere."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was the Commonwealth-Antiterror 2025 exercise planned in Kazakhstan?", "planned to be held in Tajikistan"),
        ("Учения Содружество-Антитеррор должны были пройти в Казахстане?", "место проведения по плану"),
    ],
)
def test_planned_place_is_worded_as_a_plan(engine: Engine, question: str, expected: str) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is False and EXERCISE in verdict.focus
    html = present(engine.kb, verdict, TODAY).html
    assert expected in html
    assert "was held in" not in html


@pytest.mark.parametrize(
    "question",
    [
        "what were the results of the Commonwealth-Antiterror 2025 drills?",
        "Каковы итоги учений Содружество-Антитеррор 2025?",
    ],
)
def test_results_of_a_planned_exercise_are_not_reported(engine: Engine, question: str) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.reason == "not_stated" and verdict.attribute == "outcomes"
    assert verdict.focus == [EXERCISE]


@pytest.mark.parametrize(
    "question",
    [
        "How many sessions did the St Petersburg interior ministers meeting have?",
        "Сколько сессий было на августовском заседании СМВД?",
        "skolko sessiy bylo na 13-m zasedanii sekretarey sovbezov?",
    ],
)
def test_sessions_not_recorded_are_not_counted_as_states(engine: Engine, question: str) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.reason == "not_stated" and verdict.attribute == "sessions"


def test_sessions_recorded_are_counted(engine: Engine) -> None:
    verdict = engine.answer("How many sessions did the XVIII counter-terrorism meeting have?", today=TODAY)
    assert verdict.attribute == "count" and verdict.value["number"] == 5


@pytest.mark.parametrize(
    "question",
    [
        "Who gave the welcome speech at the Security Secretaries Council's session this year?",
        "Кто выступал на заседании Совета секретарей советов безопасности в этом году?",
        "Где собирался Совет министров внутренних дел в этом году?",
        "kto vystupal na sovete sekretarey sovbezov v etom godu?",
    ],
)
def test_this_year_without_a_meeting_says_so(engine: Engine, question: str) -> None:
    """Today is 2026; the councils met in 2025: nothing recorded this year, the latest given."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.kind == "not_recorded"
    assert verdict.value["year"] == 2026


def test_last_year_finds_the_meeting(engine: Engine) -> None:
    verdict = engine.answer("Who spoke at the Security Secretaries Council meeting last year?", today=TODAY)
    assert verdict.answered and "mtg_2025_11_05_security_secretaries_13" in verdict.focus


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("ok so uzbekistan — was it at the counter terrorism thing in june or not, yes/no only", "Yes."),
        ("was belarus at the St Petersburg meeting? just yes or no", "Yes."),
        ("Were the Commonwealth-Antiterror 2025 drills going to be held in Uzbekistan? yes/no only", "No."),
    ],
)
def test_yes_no_only_is_answered_short(engine: Engine, question: str, first: str) -> None:
    """A lead-in and a topic set off by a dash keep the yes/no; "yes/no only" keeps it short."""
    verdict = engine.answer(question, today=TODAY)
    html = present(engine.kb, verdict, TODAY).html
    assert html.startswith(f"<b>{first}</b>") or html.startswith(first)
    assert len(html.split("\n")[0]) <= 200
