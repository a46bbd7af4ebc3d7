"""Follow-ups that point into the previous answer's list (an entry by its ordinal, "which of them
..."), and "was that before or after X?" against the previous meeting."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import BORDER, DUSHANBE, SECRETARIES, SPB, TERRORISM, XVIII, converse, verdict_of


def test_an_ordinal_picks_that_entry_of_the_previous_list(engine: Engine) -> None:
    *_, third = converse(
        engine,
        "Which international organisations took part in the XVIII meeting on countering terrorism?",
        "tell me more about the third one",
    )
    assert third.answered and third.focus == ["eag"]


def test_an_ordinal_with_a_question_asks_it_of_that_entry_and_the_next_ordinal_repeats_it(engine: Engine) -> None:
    *_, listed, first, second, last = converse(
        engine,
        "Сколько специализированных органов СНГ работает в сфере безопасности?",
        "перечисли",
        "а первый из них когда создан?",
        "а второй?",
        "и последний?",
    )
    assert listed.items == ["atc", "bcoc", "illegal_migration_joint_commission"]
    assert first.answered and first.lang == "ru"
    assert first.focus == ["atc"] and first.attribute == "established"  # when the ATC was established: 2000
    assert second.answered and "bcoc" in second.focus
    assert last.answered and last.focus == ["illegal_migration_joint_commission"]


def test_an_ordinal_after_the_states_of_a_meeting(engine: Engine) -> None:
    *_, second = converse(engine, "Which states attended the St Petersburg meeting of interior ministers?", "and the second one?")
    assert second.answered and second.focus == ["belarus"]


def test_which_of_them_keeps_the_entries_a_place_names(engine: Engine) -> None:
    _, moscow, latest = converse(
        engine,
        "Какие заседания органов СНГ по безопасности прошли в 2025 году?",
        "какие из них были в Москве?",
        "а какое из них было последним?",
    )
    assert moscow.kind == "list" and moscow.items == [XVIII, SECRETARIES]
    assert latest.kind == "list" and latest.items == [SECRETARIES]


def test_which_of_them_by_the_organisation_or_meeting_named(engine: Engine) -> None:
    _, sco = converse(
        engine,
        "Which international organisations took part in the XVIII meeting on countering terrorism?",
        "which of them is linked to the SCO?",
    )
    assert sco.kind == "list" and sco.items == ["rats_sco"]
    _, states = converse(
        engine,
        "Which states attended the St Petersburg meeting of interior ministers?",
        "which of them were at the XVIII counter-terrorism meeting?",
    )
    assert states.kind == "list" and "turkmenistan" not in states.items and "armenia" in states.items


def test_before_or_after_compares_the_previous_meeting(engine: Engine) -> None:
    _, before = converse(
        engine, "When did the interior ministers meet in St Petersburg?", "was that before or after the Dushanbe summit?"
    )
    assert before.attribute == "order" and before.yes is None
    assert before.value["first"] == SPB and before.value["subject"] == SPB
    assert before.value["relative_to"] == DUSHANBE
    _, after = converse(
        engine,
        "Когда прошло 13-е заседание Совета секретарей советов безопасности?",
        "это было до или после саммита в Душанбе?",
    )
    assert after.attribute == "order" and after.lang == "ru" and after.yes is None
    assert after.value["second"] == SECRETARIES and after.value["relative_to"] == DUSHANBE


def test_a_number_in_a_list_question_is_not_an_entry(engine: Engine) -> None:
    # "the third session" names a session of the meeting, not the third entry of a list.
    _, third = converse(
        engine,
        "Which international organisations took part in the XVIII meeting on countering terrorism?",
        "what was discussed at the third session?",
    )
    assert third.answered and "eag" not in third.focus


def test_after_an_empty_list_what_about_asks_the_completed_question_again(engine: Engine) -> None:
    _, minsk, petersburg, when = converse(
        engine,
        "Какие совещания по безопасности проходили в Москве?",
        "а в Минске?",
        "а в Санкт-Петербурге?",
        "и когда?",
    )
    assert minsk.kind == "list" and minsk.items == []
    assert petersburg.kind == "list" and petersburg.items == [SPB]
    assert when.attribute == "date" and when.focus == [SPB]
    _, _, dushanbe = converse(engine, "Which meetings took place in Minsk?", "and in Moscow?", "and in Dushanbe?")
    assert dushanbe.kind == "list" and dushanbe.items == [DUSHANBE]


def test_a_reply_naming_the_one_meant_and_a_chatty_opening(engine: Engine) -> None:
    first, chosen = converse(engine, "When did the interior ministers meet?", "no, the Security Secretaries one")
    assert first.focus == [SPB]
    assert chosen.answered and chosen.attribute == "date" and SECRETARIES in chosen.focus
    *_, interior = converse(
        engine, "Where did the Security Secretaries Council meet?", "ok, what about the interior ministers?"
    )
    assert interior.answered and SPB in interior.focus and interior.attribute == "place"
    *_, russian = converse(engine, "Где собирался Совет министров внутренних дел?", "ладно, а когда?")
    assert russian.attribute == "date" and russian.focus == [SPB] and russian.lang == "ru"


def test_a_pointing_word_keeps_the_previous_subject_whatever_a_verb_names(engine: Engine) -> None:
    # "held" is a word of the name of the 2025 meetings figure; "it" is the meeting.
    _, when = converse(engine, "When did the interior ministers meet in St Petersburg?", "and when was it held?")
    assert when.attribute == "date" and when.focus == [SPB]
    _, undated = converse(
        engine,
        "Which countries had delegations at the Moscow meeting of intelligence service chiefs?",
        "and when was it held?",
    )
    assert undated.focus == ["mtg_security_intelligence_heads_moscow"] and undated.attribute == "date"


def test_the_year_before_is_the_previous_questions_year_one_back(engine: Engine) -> None:
    _, before = converse(engine, "How many meetings did the CIS security bodies hold in 2025?", "what about the year before?")
    assert before.answered and before.value != 20 and before.items == []
    _, russian = converse(
        engine, "Сколько заседаний провели органы СНГ в сфере безопасности в 2025 году?", "а годом раньше?"
    )
    assert russian.answered and russian.value != 20 and russian.items == [] and russian.lang == "ru"
    _, following = converse(engine, "Which meetings were held in 2024?", "and the following year?")
    assert following.kind == "list" and SPB in following.items


def test_a_stated_figure_of_another_year_does_not_answer(engine: Engine) -> None:
    verdict = verdict_of(engine, "Сколько заседаний провели органы СНГ в сфере безопасности в 2024 году?")
    assert verdict.value != 20 and "fact_meetings_2025" not in verdict.focus


def test_a_loosely_named_entry_of_the_previous_subject(engine: Engine) -> None:
    _, concept = converse(engine, "Какие документы утвердили на саммите в Душанбе?", "до какого года рассчитана концепция?")
    assert concept.focus == ["military_cooperation_concept_2030"] and concept.lang == "ru"
    _, english = converse(engine, "What was approved at the Dushanbe summit?", "until when does the concept run?")
    assert english.focus == ["military_cooperation_concept_2030"]


def test_a_fact_about_the_subject_pointed_at_keeps_its_people(engine: Engine) -> None:
    *_, who = converse(
        engine,
        "Что такое Антитеррористический центр СНГ?",
        "когда его создали?",
        "кто напомнил об этом на пленарном заседании в июне?",
    )
    assert who.answered and "emomali_rahmon" in who.focus


def test_how_many_basic_organisations_after_the_bodies_of_a_meeting(engine: Engine) -> None:
    _, basic = converse(
        engine,
        "How many CIS bodies had working structures at the XVIII counter-terrorism meeting?",
        "and how many basic organisations?",
    )
    assert basic.attribute == "count" and basic.value["of"] == "basic_organisations" and basic.value["number"] == 4


def test_a_follow_up_of_little_words_typed_on_the_wrong_layout(engine: Engine) -> None:
    _, where = converse(engine, "Кто выступал на 13-м заседании Совета секретарей?", "ult 'nj ,skj?")
    assert where.lang == "ru" and where.attribute == "place" and where.focus[:1] == [SECRETARIES]
    _, when = converse(engine, "Где собирался Совет министров внутренних дел?", "f rjulf?")
    assert when.attribute == "date" and when.focus == [SPB]
    assert engine.parse("and when?").text == "and when?"  # English little words stay as typed


def test_latin_typed_russian_international_organisations_then_list_and_which_of_them(engine: Engine) -> None:
    count, listed, sco = converse(
        engine,
        "skolko mezhdunarodnyh organizaciy bylo na XVIII soveshchanii?",
        "perechisli",
        "a kakaya iz nih otnositsya k SHOS?",
    )
    assert count.value["of"] == "organisations" and count.value["number"] == 3 and count.lang == "ru"
    assert listed.lang == "ru" and listed.value["groups"]["organisations"] == ["csto", "rats_sco", "eag"]
    assert sco.kind == "list" and sco.items == ["rats_sco"]


def test_going_back_to_an_earlier_subject_named_in_the_turn(engine: Engine) -> None:
    *_, back = converse(
        engine, "What did Klemez say about drug trafficking?", "Who is Trefilov?", "going back to Klemez, what did he say about migration?"
    )
    assert back.kind == "quote" and "yevgeny_klemez" in back.focus
    *_, russian = converse(
        engine, "Кто такой Евгений Клемез?", "Кто такой Трефилов?", "вернёмся к Клемезу: что он говорил о миграции?"
    )
    assert russian.kind == "quote" and "yevgeny_klemez" in russian.focus and russian.lang == "ru"


def test_a_question_of_its_own_after_a_is_not_what_about(engine: Engine) -> None:
    _, summit = converse(
        engine,
        "Когда прошло 13-е заседание Совета секретарей советов безопасности?",
        "а что на саммите в Душанбе решили насчёт ШОС?",
    )
    assert summit.answered and DUSHANBE in summit.focus and summit.kind != "not_recorded"


# "how many days between them?" after a list of two dated meetings: the days, not a count of the list
DAYS_BETWEEN_LISTED = [
    ("which security meetings took place in Moscow in 2025?", "how many days between them?", 148),
    ("какие заседания прошли в Москве в 2025 году?", "а сколько дней между ними?", 148),
    ("kakie zasedaniya proshli v Moskve v 2025?", "skolko dney mezhdu nimi?", 148),
    ("Какие заседания прошли летом 2025 года?", "сколько времени прошло между ними?", 63),
    ("Which meetings were held in Moscow in 2025?", "how far apart were they?", 148),
]


@pytest.mark.parametrize("listing, between, days", DAYS_BETWEEN_LISTED, ids=[b for _, b, _ in DAYS_BETWEEN_LISTED])
def test_days_between_the_two_meetings_listed(engine: Engine, listing: str, between: str, days: int) -> None:
    *_, verdict = converse(engine, listing, between)
    assert verdict.kind == "count" and verdict.intent == "time:between" and verdict.value == days


# "which of them was earlier?" over two listed meetings, then "between them" is still the two
WHICH_OF_TWO = [
    ("which of them was first?", XVIII),
    ("какое из них было раньше?", XVIII),
    ("which of them was later?", SECRETARIES),
    ("kakoe iz nih bylo pozzhe?", SECRETARIES),
]


@pytest.mark.parametrize("which, chosen", WHICH_OF_TWO, ids=[w for w, _ in WHICH_OF_TWO])
def test_which_of_two_listed_was_earlier_then_the_days_between_them(engine: Engine, which: str, chosen: str) -> None:
    *_, picked, between = converse(engine, "Which meetings were held in Moscow in 2025?", which, "how many days between them?")
    assert picked.kind == "list" and picked.items == [chosen]
    assert between.intent == "time:between" and between.value == 148


# "how many days from it to X?" after one meeting: the days, not only which came first
DAYS_FROM_IT = [
    ("Когда прошло XVIII совещание по противодействию терроризму?", "сколько дней прошло от него до совета министров внутренних дел в Питере?", 63),
    ("When did the interior ministers meet in St Petersburg?", "how many days was that after the XVIII meeting?", 63),
    ("Где прошло 13-е заседание секретарей совбезов?", "а сколько дней прошло от него до заседания в Питере?", 85),
]


@pytest.mark.parametrize("first, asked, days", DAYS_FROM_IT, ids=[a for _, a, _ in DAYS_FROM_IT])
def test_days_from_the_previous_meeting_to_one_named(engine: Engine, first: str, asked: str, days: int) -> None:
    *_, verdict = converse(engine, first, asked)
    assert verdict.intent == "time:between" and verdict.value == days


@pytest.mark.parametrize("asked", ["это было до или после заседания МВД?", "eto bylo do ili posle zasedaniya MVD?"])
def test_before_or_after_a_meeting_named_by_its_body_is_no_participation_question(engine: Engine, asked: str) -> None:
    *_, verdict = converse(engine, "когда было 13-е заседание секретарей совбезов?", asked)
    assert verdict.intent == "time:order" and set(verdict.focus) == {SPB, SECRETARIES}


# "who spoke at the November one?": a question of its own about the meeting its month or city names
DESCRIBED_ONE = [
    ("when was the XVIII meeting?", "who spoke at the November one?", SECRETARIES, "speakers"),
    ("когда было XVIII совещание?", "кто выступал на ноябрьском?", SECRETARIES, "speakers"),
    ("когда было XVIII совещание?", "а где было августовское заседание?", SPB, "where"),
    ("Где прошло 13-е заседание?", "а кто говорил на петербургском?", SPB, "speakers"),
    ("Which meetings took place in 2025?", "who chaired the November one?", SECRETARIES, "not_recorded"),
]


@pytest.mark.parametrize("first, asked, meeting, intent", DESCRIBED_ONE, ids=[a for _, a, _, _ in DESCRIBED_ONE])
def test_a_question_of_its_own_about_the_meeting_a_month_or_city_names(
    engine: Engine, first: str, asked: str, meeting: str, intent: str
) -> None:
    *_, verdict = converse(engine, first, asked)
    assert verdict.answered and verdict.focus == [meeting] and verdict.intent == intent


@pytest.mark.parametrize(
    "listing",
    [
        "Какие базовые организации СНГ участвовали в XVIII антитеррористическом совещании?",
        "kakie bazovye organizacii uchastvovali v XVIII soveshchanii?",
    ],
)
def test_a_group_listed_of_a_meeting_keeps_the_meeting_for_there(engine: Engine, listing: str) -> None:
    listed, there = converse(engine, listing, "а сколько там было органов СНГ?")
    assert listed.kind == "list" and len(listed.items) == 4 and listed.filters.get("meetings") == [XVIII]
    assert there.answered and XVIII in there.focus


# "which of them runs longer?" over the documents listed: by the end of their periods; "it" next is that one
PERIOD_OF_LISTED = [
    ("Какие программы утвердили в Душанбе?", "какая из них рассчитана на больший срок?", "сколько лет осталось до её окончания?", BORDER, 2030),
    ("which programmes were approved in Dushanbe?", "which of them ends first?", "how many years are left until it ends?", TERRORISM, 2028),
    ("kakie programmy utverdili v Dushanbe?", "kakaya iz nih dolshe deystvuet?", "а сколько лет осталось до её окончания?", BORDER, 2030),
]


@pytest.mark.parametrize("listing, which, left, chosen, end", PERIOD_OF_LISTED, ids=[w for _, w, _, _, _ in PERIOD_OF_LISTED])
def test_which_listed_document_runs_longer_then_years_left(
    engine: Engine, listing: str, which: str, left: str, chosen: str, end: int
) -> None:
    *_, picked, remaining = converse(engine, listing, which, left)
    assert picked.answered and picked.focus == [chosen]
    assert remaining.answered and chosen in remaining.focus


@pytest.mark.parametrize("then", ["which of them runs longest?", "which one runs longest?"])
def test_the_longest_running_of_a_list_holding_documents_without_a_period(engine: Engine, then: str) -> None:
    # a decision without a period on the list made it no comparison: declined
    verdict = converse(engine, "what programmes were approved in 2025?", then)[-1]
    assert verdict.kind == "list" and set(verdict.items) == {"programme_border_security_2030", "military_cooperation_concept_2030"}, verdict


@pytest.mark.parametrize(
    ("turns", "place"),
    [
        (["which meetings were held in 2025?", "where was the second one?"], "st_petersburg"),
        (["какие встречи прошли летом 2025?", "где прошла первая из них?"], "moscow"),
        (["какие встречи прошли летом 2025?", "где прошла первая из них?", "а вторая?"], "st_petersburg"),
    ],
)
def test_where_an_entry_of_the_list_was_is_its_place(engine: Engine, turns: list[str], place: str) -> None:
    # "where was" holds only stop words: nothing was asked of the entry but its card
    verdict = converse(engine, *turns)[-1]
    assert (verdict.attribute, verdict.value["place"]) == ("place", place), verdict


def test_tell_me_about_the_first_one_after_entries_asked_in_turn_is_its_card(engine: Engine) -> None:
    # was "which came first" of the two meetings asked in turn, then the first's place again
    verdict = converse(
        engine, "which meetings were held in 2025?", "where was the second one?", "and the third?", "tell me about the first one"
    )[-1]
    assert (verdict.kind, verdict.focus[:1]) == ("card", [XVIII]), verdict
