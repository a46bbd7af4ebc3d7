"""Follow-ups resolved against the previous verdict of the same conversation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from tests.telegram_env import TelegramEnv, close_env, make_env

SECRETARIES_13 = "mtg_2025_11_05_security_secretaries_13"


def converse(engine: Engine, *questions: str) -> list[Verdict]:
    verdicts: list[Verdict] = []
    context = None
    for question in questions:
        verdict = engine.answer(question, context=context)
        verdicts.append(verdict)
        if verdict.answered:
            context = verdict
    return verdicts


def test_a_question_without_its_subject_takes_the_previous_one(engine: Engine) -> None:
    first, where, who = converse(
        engine, "When was the 13th meeting of the CIS Security Secretaries Council?", "where was that?", "кто там выступал?"
    )
    assert first.attribute == "date"
    assert where.focus[0] == SECRETARIES_13 and where.attribute == "place" and where.value["place"] == "moscow"
    assert who.focus[0] == SECRETARIES_13 and who.attribute == "speakers" and who.lang == "ru"
    assert who.value[0]["person"] == "denis_trefilov"


def test_russian_elliptic_follow_up(engine: Engine) -> None:
    _, when = converse(engine, "Which states attended the interior ministers meeting in St Petersburg?", "а когда?")
    assert when.attribute == "date" and when.value["date"] == "2025-08-12" and when.lang == "ru"


def test_what_about_repeats_the_question_for_another_entity(engine: Engine) -> None:
    _, other = converse(engine, "Which meetings were held in Moscow?", "what about St Petersburg?")
    assert other.kind == "list" and other.items == ["mtg_2025_08_12_interior_ministers"]


def test_a_new_full_question_starts_a_new_topic(engine: Engine) -> None:
    _, new = converse(engine, "When did the interior ministers meet?", "What is the CSTO?")
    assert new.focus == ["csto"] and "follow_up" not in new.filters


def test_without_context_a_bare_follow_up_is_not_answered_as_something_else(engine: Engine) -> None:
    verdict = engine.answer("where was that?")
    assert not verdict.answered or "follow_up" not in verdict.filters


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine) -> AsyncIterator[TelegramEnv]:
    env = await make_env(tmp_path, engine)
    yield env
    assert env.errors() == [], "the bot made requests Telegram would refuse"
    await close_env(env)


async def test_follow_up_in_telegram(tg: TelegramEnv) -> None:
    await tg.say("When was the 13th meeting of the CIS Security Secretaries Council?")
    (second,) = await tg.say("where was that?")
    assert second["text"].startswith("Moscow, Russia — 13th Security Secretaries meeting")
    # Another chat has no such context.
    (other,) = await tg.say("where was that?", chat_id=777, user_id=777)
    assert "Moscow, Russia — 13th" not in other["text"]


def test_which_states_were_there_after_a_meeting(engine: Engine) -> None:
    _, states = converse(engine, "When did the CIS interior ministers meet?", "which states were there?")
    assert states.attribute == "participants" and "turkmenistan" in states.value["groups"]["states"]


def test_another_category_and_list_them(engine: Engine) -> None:
    _, specialised, listed = converse(
        engine,
        "Сколько органов отраслевого сотрудничества СНГ в сфере безопасности?",
        "а специализированных?",
        "перечисли их",
    )
    assert specialised.focus == ["fact_specialised_bodies_count"], specialised
    assert listed.kind == "list" and set(listed.items) == {"atc", "bcoc", "illegal_migration_joint_commission"}


def test_what_did_he_say_about_a_topic(engine: Engine) -> None:
    _, drugs = converse(engine, "Who is Yevgeny Klemez?", "what did he say about drugs?")
    assert drugs.kind == "quote" and any("narcotic" in s.en for s in drugs.statements)


# --- round 2: counts of a meeting's groups, membership, pronouns for people, a decision's meeting --------

XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
SPB = "mtg_2025_08_12_interior_ministers"
INTEL = "mtg_security_intelligence_heads_moscow"


@pytest.mark.parametrize(
    ("questions", "number", "items"),
    [
        (
            ["When was the XVIII counter-terrorism meeting?", "how many international organisations took part?", "list them"],
            3,
            ["csto", "rats_sco", "eag"],
        ),
        (
            ["Где прошло XVIII совещание?", "а сколько там было международных организаций?", "перечисли их"],
            3,
            ["csto", "rats_sco", "eag"],
        ),
        (
            ["When did the CIS interior ministers meet?", "how many bodies other than states were present?", "name them"],
            2,
            ["atc", "bcoc"],
        ),
    ],
)
def test_a_group_of_the_meeting_counted_then_listed(
    engine: Engine, questions: list[str], number: int, items: list[str]
) -> None:
    _, counted, listed = converse(engine, *questions)
    assert counted.answered and counted.value["number"] == number and counted.items == items
    assert listed.answered and listed.value["groups"] == {listed.value["only"]: items}


@pytest.mark.parametrize(
    ("questions", "member", "yes"),
    [
        (["Which states attended the interior ministers' meeting in St Petersburg?", "what about Azerbaijan?"], "azerbaijan", False),
        (["Какие государства были на встрече руководителей спецслужб в Москве?", "а Казахстан?"], "kazakhstan", True),
        # The source says 9 states took part and names 8: one not named is no "no".
        (["Which countries took part in the XVIII meeting?", "and Turkmenistan?"], "turkmenistan", None),
    ],
)
def test_what_about_a_state_after_a_list_asks_whether_it_is_on_it(
    engine: Engine, questions: list[str], member: str, yes: bool | None
) -> None:
    _, other = converse(engine, *questions)
    assert other.kind == "yes_no" and other.yes is yes and member in other.focus


@pytest.mark.parametrize(
    ("questions", "number"),
    [
        (["Which states attended the interior ministers' meeting in St Petersburg?", "what about Azerbaijan?", "how many states were there in total?"], 8),
        (["Какие страны были на встрече руководителей спецслужб в Москве?", "а Казахстан?", "и сколько их было?"], 8),
        (["Какие страны были на встрече руководителей спецслужб в Москве?", "сколько их?"], 8),
    ],
)
def test_how_many_were_there_counts_the_previous_list(engine: Engine, questions: list[str], number: int) -> None:
    *_, counted = converse(engine, *questions)
    assert counted.answered and counted.value["number"] == number and counted.value["of"] == "states"


@pytest.mark.parametrize(
    ("questions", "attribute"),
    [
        (["Who addressed the 13th meeting of the CIS Security Secretaries Council?", "what's his position?"], "role"),
        (["Кто выступал на 13-м заседании секретарей совбезов?", "какая у него должность?"], "role"),
    ],
)
def test_he_is_the_person_the_previous_answer_named(engine: Engine, questions: list[str], attribute: str) -> None:
    _, role = converse(engine, *questions)
    assert role.focus == ["denis_trefilov"] and role.attribute == attribute


@pytest.mark.parametrize("where", ["where?", "где?", "and where was it decided?"])
def test_where_after_a_decision_is_where_its_meeting_was(engine: Engine, where: str) -> None:
    _, place = converse(engine, "Which organisation got observer status at the CIS?", where)
    assert place.attribute == "place" and place.value["place"] == "dushanbe"


@pytest.mark.parametrize(
    ("questions", "first"),
    [
        (["How many days have passed since the St Petersburg interior ministers meeting?", "and since the XVIII meeting?", "which of them came first?"], XVIII),
        (["Сколько дней прошло с заседания СМВД в Петербурге?", "а с XVIII совещания?", "какое из них было раньше?"], XVIII),
    ],
)
def test_them_after_what_about_are_the_two_things_asked_about(engine: Engine, questions: list[str], first: str) -> None:
    _, since, order = converse(engine, *questions)
    assert since.focus == [XVIII] and since.filters["instead_of"] == SPB  # the meeting named with its place
    assert order.intent == "time:order" and order.value["first"] == first and set(order.focus) == {XVIII, SPB}


@pytest.mark.parametrize(
    ("second", "expected"),
    [("when did he say it?", "fact_peskov_statement"), ("who is he?", "dmitry_peskov"), ("кто он?", "dmitry_peskov")],
)
def test_a_statement_then_he_and_when(engine: Engine, second: str, expected: str) -> None:
    _, verdict = converse(engine, "What did Peskov say about CIS cooperation?", second)
    assert verdict.answered and verdict.focus[0] == expected


@pytest.mark.parametrize(
    ("questions", "session"),
    [
        (["Что обсуждали на третьей сессии XVIII совещания?", "а на четвёртой?"], "четвёртая"),
        (["Какие угрозы отметили на первой сессии XVIII совещания?", "а на второй?"], "вторая"),
        (["What was discussed at the first session of the XVIII meeting?", "and at the second?"], "second"),
    ],
)
def test_what_about_another_ordinal_asks_the_same_of_it(engine: Engine, questions: list[str], session: str) -> None:
    first, other = converse(engine, *questions)
    assert other.attribute == "session" and other.focus == [XVIII]
    assert session in other.value["title"][other.lang].lower()
    assert other.statements[0] != first.statements[0]


def test_what_about_another_year_asks_the_same_of_it(engine: Engine) -> None:
    _, other = converse(engine, "Which meetings were held in 2025?", "and in 2024?")
    assert other.kind == "list" and other.items == [] and other.filters["years"] == [2024]


def test_a_long_name_called_by_one_word_and_another_of_its_kind(engine: Engine) -> None:
    _, concept, programme = converse(
        engine,
        "Какие документы утвердили главы государств СНГ в октябре 2025?",
        "до какого года концепция?",
        "а программа по терроризму?",
    )
    assert concept.focus[0] == "military_cooperation_concept_2030" and concept.attribute == "period"
    assert programme.focus[0] == "programme_ct_extremism_2026_2028" and programme.attribute == "period"


INTERIOR_12_AUGUST = "mtg_2025_08_12_interior_ministers"


@pytest.mark.parametrize(
    ("questions", "place"),
    [
        (["kto vystupal na 13 zasedanii soveta sekretarey bezopasnosti?", "a gde eto bylo?"], "moscow"),
        (["Кто выступал на 13-м заседании секретарей совбезов?", "a gde eto bylo?"], "moscow"),
        (["kogda sobiralsya sovet ministrov vnutrennih del?", "a gde?"], "st_petersburg"),
    ],
)
def test_latin_typed_russian_follow_up_asks_where_not_whether(
    engine: Engine, questions: list[str], place: str
) -> None:
    *_, where = converse(engine, *questions)
    assert where.kind == "fact" and where.attribute == "place" and where.value["place"] == place
    assert where.yes is None and where.lang == "ru"


@pytest.mark.parametrize(
    "questions",
    [
        ["Кто руководит департаментом сотрудничества по безопасности в Исполкоме СНГ?", "а на каком заседании он выступал?",
         "когда это было?", "kakie strany tam byli?"],
        ["Where did Yevgeny Klemez speak?", "when was that?", "which states were there?"],
    ],
)
def test_there_is_the_one_meeting_the_previous_answer_listed(engine: Engine, questions: list[str]) -> None:
    *_, states = converse(engine, *questions)
    assert states.focus == [INTERIOR_12_AUGUST] and states.attribute == "participants"
    assert "turkmenistan" in states.value["groups"]["states"]


@pytest.mark.parametrize(
    "questions",
    [
        ["kto vystupal na 13 zasedanii soveta sekretarey bezopasnosti?", "a gde eto bylo?", "kogda?",
         "a kakaya u nego dolzhnost?"],
        ["Who addressed the 13th meeting of the CIS Security Secretaries Council?", "where was it?", "when?",
         "what is his position?"],
    ],
)
def test_he_stays_the_person_named_turns_before(engine: Engine, questions: list[str]) -> None:
    *_, role = converse(engine, *questions)
    assert role.focus == ["denis_trefilov"] and role.attribute == "role"


@pytest.mark.parametrize(
    ("first", "new", "number"),
    [
        ("Where was the 13th meeting of the Security Secretaries Council held?",
         "How many sectoral bodies work in the CIS security sphere?", 16),
        ("Где прошло 13-е заседание Совета секретарей советов безопасности?",
         "Сколько отраслевых органов сотрудничества работает в сфере безопасности СНГ?", 16),
    ],
)
def test_a_full_question_pointing_at_nothing_is_a_new_topic(engine: Engine, first: str, new: str, number: int) -> None:
    _, verdict = converse(engine, first, new)
    assert "follow_up" not in verdict.filters
    assert SECRETARIES_13 not in verdict.focus
    assert str(number) in str(verdict.value)


@pytest.mark.parametrize(
    ("questions", "member", "yes"),
    [
        (["Когда собирался Совет министров внутренних дел СНГ?", "а где?", "Туркменистан там был?"], "turkmenistan", True),
        (["Когда собирался Совет министров внутренних дел СНГ?", "а где?", "Туркменистан там был?", "а Азербайджан?"],
         "azerbaijan", False),
        (["When did the CIS interior ministers meet?", "was Azerbaijan there?"], "azerbaijan", False),
        (["Which meetings did Turkmenistan take part in?", "how about Azerbaijan?", "was it at the St Petersburg meeting?"],
         "azerbaijan", False),
    ],
)
def test_took_part_with_a_pointer_to_the_meeting_or_the_member(
    engine: Engine, questions: list[str], member: str, yes: bool
) -> None:
    *_, verdict = converse(engine, *questions)
    assert verdict.kind == "yes_no" and verdict.value["member"] == member and verdict.yes is yes
    assert INTERIOR_12_AUGUST in verdict.focus


def test_the_same_member_at_another_meeting(engine: Engine) -> None:
    *_, verdict = converse(
        engine,
        "Which meetings did Turkmenistan take part in?",
        "how about Azerbaijan?",
        "was it at the St Petersburg meeting?",
        "and at the Moscow meeting of intelligence chiefs?",
    )
    assert verdict.kind == "yes_no" and verdict.value["member"] == "azerbaijan" and verdict.yes is True
    assert verdict.focus[0] == "mtg_security_intelligence_heads_moscow"


@pytest.mark.parametrize(
    ("first", "correction", "meeting", "attribute"),
    [
        ("Where did the council meet?", "no, I mean the interior ministers", INTERIOR_12_AUGUST, "place"),
        ("Where did the council meet?", "I meant the Dushanbe summit", "mtg_2025_10_dushanbe_summit", "place"),
        ("Где заседал совет?", "нет, я про совет министров внутренних дел", INTERIOR_12_AUGUST, "place"),
        ("Кто выступал на совещании в Москве?", "не, я имел в виду встречу руководителей спецслужб",
         "mtg_security_intelligence_heads_moscow", "speakers"),
    ],
)
def test_a_correction_asks_the_previous_question_of_the_meant_subject(
    engine: Engine, first: str, correction: str, meeting: str, attribute: str
) -> None:
    _, verdict = converse(engine, first, correction)
    assert verdict.answered and verdict.focus[0] == meeting and verdict.attribute == attribute


@pytest.mark.parametrize(
    "greeting", ["thanks! who sent a greeting to the plenary?", "спасибо! кто прислал приветствие пленарному заседанию?"]
)
def test_a_question_unanswerable_alone_is_about_the_previous_subject(engine: Engine, greeting: str) -> None:
    _, verdict = converse(
        engine, "Which international organisations were represented at the XVIII counter-terrorism meeting?", greeting
    )
    assert verdict.answered and verdict.focus == ["mtg_2025_06_10_counter_terrorism_heads_18"]
    assert verdict.filters.get("follow_up")
    assert verdict.attribute == "speakers" and verdict.value[0]["person"] == "emomali_rahmon"


def test_an_unrelated_question_after_a_meeting_is_still_declined(engine: Engine) -> None:
    _, verdict = converse(
        engine, "Which international organisations were represented at the XVIII counter-terrorism meeting?",
        "what is the weather like in Moscow today?",
    )
    assert not verdict.answered


@pytest.mark.parametrize(
    ("questions", "reason"),
    [
        (["When did the Security Secretaries Council hold its 13th meeting?", "and the one before?"], "number"),
        (["Когда прошло 13-е заседание Совета секретарей советов безопасности?", "а предыдущее?"], "number"),
        (["Где прошло заседание СМВД СНГ в августе?", "а предыдущее заседание?"], "before"),
        (["Where did the CIS interior ministers meet?", "the previous one?"], "before"),
    ],
)
def test_the_one_before_a_meeting_the_sources_do_not_record(engine: Engine, questions: list[str], reason: str) -> None:
    *_, verdict = converse(engine, *questions)
    assert verdict.kind == "not_recorded" and verdict.reason == reason
    if reason == "number":
        assert verdict.value["number"] == 12


@pytest.mark.parametrize(
    ("questions", "source_publisher"),
    [
        (["Сколько отраслевых органов сотрудничества СНГ работает в сфере безопасности?", "а кто это подсчитал?"],
         "Executive Committee"),
        (["Which states attended the St Petersburg meeting?", "who reported that?"], "BelTA"),
        (["How many specialised bodies does the CIS have in the security sphere?", "and who published this?"],
         "Executive Committee"),
    ],
)
def test_who_reported_it_is_the_publisher_of_the_record(
    engine: Engine, questions: list[str], source_publisher: str
) -> None:
    *_, verdict = converse(engine, *questions)
    assert verdict.attribute == "source" and verdict.value["field"] == "publisher"
    assert source_publisher in verdict.statements[0].en


@pytest.mark.parametrize(
    "count", ["Сколько всего государств участвовало в этой встрече?", "and how many countries took part in it?"]
)
def test_how_many_counts_the_group_the_question_names(engine: Engine, count: str) -> None:
    _, verdict = converse(engine, "Какие международные организации были на XVIII совещании?", count)
    assert verdict.answered and verdict.value["of"] == "states" and verdict.value["number"] == 9


@pytest.mark.parametrize(
    "questions",
    [
        ["Что такое АТЦ СНГ?", "когда его создали?", "кто об этом напомнил?"],
        ["Who is Yevgeny Klemez?", "what did he say about drugs?", "who said that?"],
    ],
)
def test_who_said_it_is_the_person_behind_the_previous_answer(engine: Engine, questions: list[str]) -> None:
    *_, verdict = converse(engine, *questions)
    person = "yevgeny_klemez" if "Klemez" in questions[0] else "emomali_rahmon"
    assert verdict.answered and verdict.focus[:1] == [person] and verdict.filters.get("follow_up")


@pytest.mark.parametrize(
    ("questions", "word"),
    [
        (["что Денис Трефилов сказал про молодёжь?", "а про границы?"], "границ"),
        (["Who is Yevgeny Klemez?", "what did he say about drugs?", "and about cybercrime?"], "cybercrime"),
    ],
)
def test_and_about_another_topic_asks_what_the_same_person_said(engine: Engine, questions: list[str], word: str) -> None:
    *_, verdict = converse(engine, *questions)
    assert verdict.kind == "quote" and verdict.yes is None and verdict.filters.get("follow_up")
    assert any(word in (s.ru if verdict.lang == "ru" else s.en) for s in verdict.statements)


def test_and_about_a_topic_the_person_did_not_speak_of_says_so(engine: Engine) -> None:
    *_, verdict = converse(engine, "что Денис Трефилов сказал про молодёжь?", "а про ШОС?")
    full = engine.answer("что Денис Трефилов сказал про ШОС?")
    # the same answer as the question asked in full: none of his words, or the article's note
    # between his quotes, said by nobody (never the SCO's card)
    assert (verdict.kind, verdict.focus, verdict.reason) == (full.kind, full.focus, full.reason)
    assert verdict.kind == "not_recorded" or all(s.speaker is None for s in verdict.statements)
