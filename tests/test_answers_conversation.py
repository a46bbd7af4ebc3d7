"""Conversations: replies to the bot's own "did you mean", corrections, and the short follow-ups
users type ("source?", "подробнее", "какие?", "by whom?", "apart from the countries").

The conversation keeps what ``bot.answers.knowledge.remembered`` keeps, as the handlers and
``cisbot ask --jsonl`` do.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.answers.knowledge import remembered
from bot.answers.verdict import Verdict
from tests.telegram_env import TelegramEnv, close_env, make_env

TODAY = date(2026, 11, 30)
SECRETARIES_13 = "mtg_2025_11_05_security_secretaries_13"
SPB = "mtg_2025_08_12_interior_ministers"
INTEL = "mtg_security_intelligence_heads_moscow"
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"


def converse(engine: Engine, *questions: str) -> list[Verdict]:
    verdicts: list[Verdict] = []
    context: Verdict | None = None
    for question in questions:
        verdict = engine.answer(question, today=TODAY, context=context)
        verdicts.append(verdict)
        context = remembered(verdict, context)
    return verdicts


# --- a reply to "did you mean" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("questions", "chosen", "attribute", "lang"),
    [
        (["when did the council meet?", "no, the second one you suggested"], SPB, "date", "en"),
        (["when did the council meet?", "the second one"], SPB, "date", "en"),
        (["где заседал совет?", "да, второй"], SPB, "place", "ru"),
        (["kogda bylo zasedanie soveta?", "net, vtoroe"], SPB, "date", "ru"),
        (["когда было совещание в Москве?", "да"], INTEL, "date", "ru"),
    ],
)
def test_a_reply_to_did_you_mean_asks_the_question_of_the_entry_chosen(
    engine: Engine, questions: list[str], chosen: str, attribute: str, lang: str
) -> None:
    first, reply = converse(engine, *questions)
    assert chosen in first.alternatives and chosen not in first.focus  # offered, not answered
    assert reply.answered and reply.focus[0] == chosen and reply.attribute == attribute, reply
    assert reply.lang == lang


def test_yes_chooses_only_when_one_entry_was_offered(engine: Engine) -> None:
    first, reply = converse(engine, "when did the council meet?", "yes")
    assert len(first.alternatives) > 1
    assert not reply.answered  # two were offered: "yes" names neither, so nothing is guessed


@pytest.mark.parametrize(
    ("pick", "chosen"),
    [("the third one", "sco"), ("the second", "decision_sco_observer"), ("третий", "sco")],
)
def test_a_clarification_is_kept_and_one_of_its_candidates_chosen(engine: Engine, pick: str, chosen: str) -> None:
    clarify, reply = converse(engine, "Which organisation became an observer at the CIS?", pick)
    assert clarify.kind == "clarify" and clarify.alternatives[:3] == ["fact_sco_observer", "decision_sco_observer", "sco"]
    assert reply.answered and reply.focus[0] == chosen


def test_a_turn_that_chooses_nothing_goes_on_from_the_answer_before_the_clarification(engine: Engine) -> None:
    first, clarify, where = converse(
        engine, "When did the interior ministers meet in St Petersburg?", "Which organisation became an observer at the CIS?", "where?"
    )
    assert first.focus[0] == SPB and clarify.kind == "clarify"
    assert where.answered and where.focus[0] == SPB and where.attribute == "place"


# --- corrections, and the short follow-ups -------------------------------------------------------


@pytest.mark.parametrize(
    "correction",
    ["sorry, I meant the interior ministers", "oops, I mean the interior ministers", "извините, я имел в виду министров внутренних дел"],
)
def test_a_correction_names_the_meant_council_loosely(engine: Engine, correction: str) -> None:
    _, corrected = converse(engine, "Where did the CIS defence ministers meet in 2025?", correction)
    assert corrected.answered and corrected.focus[0] == SPB and corrected.attribute == "place", corrected


@pytest.mark.parametrize(("source", "more"), [("source?", "more details"), ("источник?", "подробнее"), ("istochnik?", "podrobnee")])
def test_source_and_more_details_of_the_previous_answer(engine: Engine, source: str, more: str) -> None:
    _, cited, detailed = converse(engine, "When was the XIII meeting of the CIS security secretaries?", source, more)
    assert cited.attribute == "source" and cited.value["source"] == "seed001" and cited.focus == [SECRETARIES_13]
    assert detailed.kind == "card" and detailed.focus == [SECRETARIES_13]


@pytest.mark.parametrize(
    "questions",
    [
        ["Была ли Беларусь на XVIII совещании по противодействию терроризму?", "а международных организаций там сколько было?", "какие?"],
        ["Was Belarus at the XVIII counter-terrorism meeting?", "how many international organisations were there?", "which ones?"],
    ],
)
def test_which_ones_after_a_count_lists_them(engine: Engine, questions: list[str]) -> None:
    _, counted, listed = converse(engine, *questions)
    assert counted.value["number"] == 3
    assert listed.answered and listed.value["groups"] == {"organisations": ["csto", "rats_sco", "eag"]}


@pytest.mark.parametrize(
    "questions",
    [
        ["Did Turkmenistan send anyone to the interior ministers' meeting in St Petersburg?", "who else was there apart from the countries?"],
        ["Когда заседал Совет министров внутренних дел СНГ?", "kto eshche uchastvoval krome stran?"],
        ["When was the XVIII counter-terrorism meeting?", "who else attended besides the states?"],
    ],
)
def test_the_participants_apart_from_a_group(engine: Engine, questions: list[str]) -> None:
    _, others = converse(engine, *questions)
    groups = others.value["groups"]
    assert others.attribute == "participants" and "states" not in groups and groups.get("bodies"), others


@pytest.mark.parametrize(("question", "by_whom"), [("when was the CIS anti-terrorism centre set up?", "by whom?"), ("когда создали АТЦ СНГ?", "кем?")])
def test_by_whom_is_asked_of_the_previous_subject(engine: Engine, question: str, by_whom: str) -> None:
    _, verdict = converse(engine, question, by_whom)
    assert verdict.answered and ({"atc", "fact_atc_established"} & set(verdict.focus)), verdict


def test_the_full_name_of_a_meeting_named_with_a_roman_numeral(engine: Engine) -> None:
    full = engine.answer("What is the full name of the XVIII counter-terrorism meeting?", today=TODAY)
    assert full.attribute == "full_name" and full.focus == [XVIII]
    _, its = converse(engine, "how many CIS bodies had working structures at the XVIII meeting?", "its full name?")
    assert its.attribute == "full_name" and its.focus == [XVIII]
    # The numeral itself asked about is still the numeral.
    numeral = engine.answer("What does 'XVIII' mean in the name of the June 2025 counter-terrorism meeting?", today=TODAY)
    assert numeral.attribute == "numeral"


def test_a_follow_up_on_the_wrong_layout_with_few_known_words(engine: Engine) -> None:
    assert engine.parse("rnj gjldtk 'nb bnjub?").text.startswith("кто подвел эти итоги")
    _, who = converse(engine, "Сколько заседаний провели органы СНГ в сфере безопасности в 2025 году?", "rnj gjldtk 'nb bnjub?")
    assert who.attribute == "source" and who.lang == "ru"


# --- through Telegram ----------------------------------------------------------------------------


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine) -> AsyncIterator[TelegramEnv]:
    env = await make_env(tmp_path, engine)
    yield env
    assert env.errors() == [], "the bot made requests Telegram would refuse"
    await close_env(env)


async def test_did_you_mean_answered_in_telegram(tg: TelegramEnv) -> None:
    (first,) = await tg.say("when did the council meet?")
    assert "Did you mean" in first["text"] and "Interior Ministers" in first["text"]
    (second,) = await tg.say("no, the second one you suggested")
    assert second["text"].startswith("12 August 2025"), second["text"]
    (clarify,) = await tg.say("Which organisation became an observer at the CIS?")
    assert clarify["text"].startswith("I am not sure what you mean")
    (chosen,) = await tg.say("the third one")
    assert chosen["text"].startswith("Shanghai Cooperation Organization"), chosen["text"]


@pytest.mark.parametrize(
    "questions",
    [
        ["Когда прошло 14-е заседание Совета секретарей советов безопасности СНГ?", "а 13-е?"],
        ["When was the 14th meeting of the Security Secretaries Council?", "and the 13th?"],
    ],
)
def test_another_ordinal_in_figures_asks_the_same_of_it(engine: Engine, questions: list[str]) -> None:
    missing, other = converse(engine, *questions)
    assert missing.kind == "not_recorded"
    assert other.focus[0] == SECRETARIES_13 and other.attribute == "date", other


@pytest.mark.parametrize(
    "questions",
    [["что говорил Песков о сотрудничестве в СНГ?", "а когда он это заявил?"], ["What did Peskov say about CIS cooperation?", "and when did he state that?"]],
)
def test_when_a_statement_was_made_is_asked_of_the_statement(engine: Engine, questions: list[str]) -> None:
    _, when = converse(engine, *questions)
    about = {*when.focus, *(s.entity for s in when.statements)}
    assert when.answered and "fact_peskov_statement" in about, when


@pytest.mark.parametrize(
    "questions",
    [
        ["что Клемез говорил про оружие?", "Какие органы СНГ относятся к специализированным?"],
        ["Who is Yevgeny Klemez?", "Which bodies are specialised?"],
    ],
)
def test_a_list_asked_without_pointing_back_is_not_the_previous_subjects_card(engine: Engine, questions: list[str]) -> None:
    _, new = converse(engine, *questions)
    assert "yevgeny_klemez" not in new.focus, new


@pytest.mark.parametrize(
    ("questions", "meetings"),
    [
        (["Who is Trefilov?", "which meetings did he attend?"], [SECRETARIES_13]),
        (["Кто такой Клемез?", "на каких заседаниях он был?"], [SPB]),
    ],
)
def test_the_meetings_of_the_person_just_named(engine: Engine, questions: list[str], meetings: list[str]) -> None:
    _, listed = converse(engine, *questions)
    assert listed.kind == "list" and listed.items == meetings, listed  # not every meeting there is


@pytest.mark.parametrize(
    ("question", "again", "lang"),
    [
        ("Who addressed the 13th meeting of the Security Secretaries Council?", "and in Russian?", "ru"),
        ("Where did the interior ministers meet in 2025?", "po-russki pozhaluysta", "ru"),
        ("Где прошло 13-е заседание Совета секретарей советов безопасности?", "а по-английски?", "en"),
    ],
)
def test_the_previous_answer_in_the_other_language(engine: Engine, question: str, again: str, lang: str) -> None:
    first, other = converse(engine, question, again)
    assert "russia" not in other.focus  # not the card of Russia
    assert other.lang == lang and other.focus == first.focus and other.attribute == first.attribute, other


@pytest.mark.parametrize(
    "questions",
    [
        ["Where did the CIS Interior Ministers Council hold its 2025 meeting?", "who from the Executive Committee briefed the media about it?", "what's his job title?"],
        ["Когда заседал СМВД СНГ?", "а кто рассказал об этом журналистам?", "какая у него должность?"],
        ["When did the interior ministers meet?", "who from the executive committee commented on it?", "his position?"],
    ],
)
def test_who_told_the_media_about_the_meeting_then_his_post(engine: Engine, questions: list[str]) -> None:
    _, told, post = converse(engine, *questions)
    assert told.focus == ["yevgeny_klemez"], told
    assert post.focus == ["yevgeny_klemez"] and post.attribute == "role", post


def test_yes_with_a_question_after_a_clarification(engine: Engine) -> None:
    clarify, where = converse(engine, "What did Trefilov say about young people?", "yes, where did he speak?")
    assert clarify.kind == "clarify" and clarify.alternatives == ["denis_trefilov"]
    assert where.kind == "list" and where.items == [SECRETARIES_13]
    # The words after "да" name someone else: that is a question of its own.
    _, other = converse(engine, "What did Trefilov say about young people?", "да, а кто такой Песков?")
    assert other.focus[0] == "dmitry_peskov", other


@pytest.mark.parametrize(
    "questions",
    [
        ["сколько заседаний провели в 2025?", "а в 2024?"],
        ["Сколько отраслевых органов СНГ работает в сфере безопасности?", "f crjkmrj pfctlfybq jyb ghjdtkb d 2025?", "f d 2024?"],
    ],
)
def test_another_year_of_a_figure_bound_to_its_year_is_not_that_figure(engine: Engine, questions: list[str]) -> None:
    *_, other = converse(engine, *questions)
    assert other.kind == "not_recorded" and other.reason == "year" and other.value["year"] == 2024, other


def test_who_recalled_it_is_the_one_person_the_records_about_the_subject_name(engine: Engine) -> None:
    *_, who, post = converse(
        engine, "when was the CIS anti-terrorism centre set up?", "by whom?", "who reminded everyone of that in June?", "his position?"
    )
    assert who.focus == ["emomali_rahmon"], who
    assert post.focus == ["emomali_rahmon"] and post.attribute == "role"


@pytest.mark.parametrize(
    "questions",
    [
        ["What did the heads of state adopt on transnational crime?", "where is its text going to be distributed?", "who told the Security Secretaries about it?"],
        ["Какие документы утвердили на саммите в Душанбе?", "до какого года рассчитана концепция?", "кто рассказал о ней секретарям советов безопасности?"],
    ],
)
def test_who_told_a_council_about_it_is_the_speaker_at_its_meeting(engine: Engine, questions: list[str]) -> None:
    *_, who = converse(engine, *questions)
    assert who.focus == ["denis_trefilov"], who


@pytest.mark.parametrize(
    "questions",
    [
        ["Tell me about the Commonwealth-Antiterror 2025 exercise", "at which meeting was it discussed?"],
        ["Где собирались проводить учения «Содружество-Антитеррор-2025»?", "на какой сессии это обсуждали?"],
    ],
)
def test_the_meeting_session_at_which_the_previous_subject_was_discussed(engine: Engine, questions: list[str]) -> None:
    _, discussed = converse(engine, *questions)
    assert discussed.focus == [XVIII] and discussed.statements, discussed
    assert "Commonwealth-Antiterror" in discussed.statements[0].en


@pytest.mark.parametrize(
    "questions",
    [
        ["Where was the XVIII counter-terrorism meeting?", "who chaired it?"],
        ["Where was the XVIII counter-terrorism meeting?", "а кто председательствовал на том совещании?"],
    ],
)
def test_who_chaired_a_meeting_with_a_long_official_name(engine: Engine, questions: list[str]) -> None:
    _, chaired = converse(engine, *questions)
    assert chaired.kind == "not_recorded" and chaired.focus == [XVIII], chaired  # not the Chair of the heads of state
