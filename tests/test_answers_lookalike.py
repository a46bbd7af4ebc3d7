"""Look-alikes and out-of-scope questions on the real knowledge base: the verdicts, not their wording.

Each mechanism with several phrasings in English, Russian, Russian typed in Latin letters or on
the wrong keyboard layout, with typos: a body name no recorded body has, a post no named person
holds, a meeting ordinal written the Russian way in Latin letters or next to a misspelt meeting
word, what the sources cannot hold about a named person, place, state or body, and the bot's own
opinion or a forecast; a state or city the sources do not know at any meeting, and a status
recorded as another. Questions that only resemble them pass through to their usual answers.
"""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.answers.yesno import meeting_ordinals
from tests.answer_helpers import SECRETARIES, first_line, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("When did the CIS Council of Police Chiefs last meet?", "Council of Police Chiefs"),
        ("What did the CIS Council of Police Commanders discuss?", "Council of Police Commanders"),
        ("kogda zasedal sovet ministrov yusticii SNG", "sovet ministrov yusticii"),
        ("What is the International Anti-Drug Centre?", "International Anti-Drug Centre"),
        ("Совет начальников полиции СНГ — когда заседал?", "Совет начальников полиции"),
        ("Где заседал Совет руководителей полиции государств СНГ?", "Совет руководителей полиции государств"),
        # English typed on a Russian layout: "where did the cis police council meet".
        ("цруку вшв еру сшы зщдшсу сщгтсшд ьууе", "police council"),
    ],
)
def test_a_body_no_recorded_name_has(engine: Engine, question: str, name: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.answered) == ("not_recorded", "no_body", True)
    assert result.value["name"] == name
    assert result.alternatives  # the nearest records are shown


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Что обсуждал совет прокуроров?", "prosecutors_general_council"),
        ("When did the migration council meet?", None),
        ("Какой совет СНГ занимается военными вопросами?", "defence_ministers_council"),
        ("кто выступал на 13 заседании совета секретарей", SECRETARIES),
        ("Which councils are among the 16 sectoral bodies?", None),
        # A Russian word before the noun is the question's verb, not part of a name.
        ("Какие решения принял совет глав спецслужб?", "security_services_heads_council"),
    ],
)
def test_a_recorded_body_named_short_is_no_look_alike(engine: Engine, question: str, entity: str | None) -> None:
    result = verdict_of(engine, question)
    assert result.reason != "no_body" and result.answered
    if entity is not None:
        assert result.focus[0] == entity


@pytest.mark.parametrize(
    "question",
    ["Who is the CIS Minister of Security?", "Кто министр безопасности СНГ?", "kto ministr bezopasnosti SNG"],
)
def test_a_post_no_named_person_holds(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "title")
    assert result.value["holders"] == []
    assert "interior_ministers_council" in result.alternatives


def test_a_post_someone_holds_is_answered(engine: Engine) -> None:
    result = verdict_of(engine, "Who is the president of Tajikistan?")
    assert result.kind != "not_recorded" and result.answered


@pytest.mark.parametrize(
    "question",
    [
        "Имя директора АТЦ СНГ?",
        "What is the name of the head of the CIS Anti-Terrorism Center?",
        "kto rukovoditel ATC SNG",
    ],
)
def test_a_head_asked_by_name_is_not_given(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.attribute, result.reason) == ("fact", "head", "not_stated")
    assert result.focus == ["atc"]


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("kogda proshlo 15-e zasedanie soveta sekretarey sovbezov SNG", 15),
        ("gde proshlo 12-go zasedaniya soveta sekretarey sovbezov", 12),
        ("Wher was the 11th meting of the securty secretaries councl?", 11),
        ("Итоги 14-го заседанния Совета секретарей советов безопасности", 14),
    ],
)
def test_an_unrecorded_ordinal_typed_loosely(engine: Engine, question: str, number: int) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "number")
    assert result.value["number"] == number
    assert result.alternatives[0] == SECRETARIES


def test_meeting_ordinals_in_latin_russian_and_with_typos() -> None:
    assert meeting_ordinals("15-e zasedanie") == [15]
    assert meeting_ordinals("the 11th meting of the council") == [11]
    assert meeting_ordinals("13-oe soveshchanie") == [13]
    assert meeting_ordinals("the 11th member state") == []


@pytest.mark.parametrize(
    ("question", "attribute", "entity"),
    [
        ("Сколько зарабатывает Денис Трефилов?", "personal", "denis_trefilov"),
        ("How old is Yevgeny Klemez?", "personal", "yevgeny_klemez"),
        ("Is Denis Trefilov married?", "personal", "denis_trefilov"),
        ("kakaya zarplata u Klemeza", "personal", "yevgeny_klemez"),
        ("Где живёт Клемез?", "personal", "yevgeny_klemez"),
        ("What is Trefilov's phone number?", "contact", "denis_trefilov"),
        ("How many staff does the CIS Anti-Terrorism Center employ?", "staff", "atc"),
        ("Сколько сотрудников в Бюро по координации борьбы с оргпреступностью?", "staff", "bcoc"),
    ],
)
def test_what_the_sources_cannot_hold_about_a_named_entry(
    engine: Engine, question: str, attribute: str, entity: str
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.attribute, result.reason) == ("fact", attribute, "not_stated")
    assert result.focus[0] == entity


@pytest.mark.parametrize(
    "question",
    [
        "What's the weather like in Dushanbe?",
        "Какая погода в Москве?",
        "Погода в Санкт-Петербурге на выходных?",
        "Какое население Кыргызстана?",
        "Good hotels in St Petersburg?",
        "Лучшие рестораны Москвы?",
        "What do you think about the SCO?",
        "Что думаешь о ШОС, хорошая организация?",
        "Как вы оцениваете работу СМВД СНГ?",
        "Кто победит на выборах в Казахстане?",
        "chto ty dumaesh o SNG",
        "Is Dushanbe a nice city?",
        "Which is better, CSTO or SCO?",
        "Хорошая ли организация ШОС?",
    ],
)
def test_declined_though_a_known_name_is_in_it(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.answered) == ("decline", "out_of_scope", False)


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Which council deals with weather forecasts?", "hydrometeorology_council"),
        ("What did Klemez say about illegal migration?", "yevgeny_klemez"),
        ("What did Peskov say about cooperation in the CIS?", None),
    ],
)
def test_the_same_words_in_a_question_the_sources_answer(engine: Engine, question: str, entity: str | None) -> None:
    result = verdict_of(engine, question)
    assert result.answered and result.kind not in ("decline", "not_recorded")
    assert result.reason != "not_stated"
    if entity is not None:
        assert result.focus[0] == entity


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("When does the border security programme until 2035 end?", "programme_border_security_2030"),
        ("Когда принята программа укрепления безопасности внешних границ до 2035 года?", "programme_border_security_2030"),
        ("Концепция военного сотрудничества до 2035 года — когда утверждена?", "military_cooperation_concept_2030"),
    ],
)
def test_a_document_asked_with_another_end_year(engine: Engine, question: str, document: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "constraint")
    assert result.value == {"what": "year", "asked": 2035, "recorded": 2030}
    assert result.alternatives == [document]


def test_a_document_with_its_own_end_year_is_answered(engine: Engine) -> None:
    result = verdict_of(engine, "When was the border security programme until 2030 approved?")
    assert (result.kind, result.attribute) == ("fact", "date")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What did the Joint Statement on Cyber Security say?", "Joint Statement on Cyber Security"),
        ("When was the treaty on extradition signed?", "treaty on extradition"),
        ("Программа по противодействию незаконной миграции до 2030 года", "Программа по противодействию незаконной миграции"),
    ],
)
def test_a_document_no_recorded_name_has(engine: Engine, question: str, name: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.answered) == ("not_recorded", "no_document", True)
    assert result.value["name"] == name


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("What is the joint statement on transnational crime?", "joint_statement_transnational_crime"),
        ("What is the counter-terrorism programme for 2026-2028?", "programme_ct_extremism_2026_2028"),
        ("When was the treaty on controlled deliveries signed?", "treaty_controlled_deliveries"),
        ("Когда утверждена Концепция военного сотрудничества?", "military_cooperation_concept_2030"),
        ("What is the border programme?", "programme_border_security_2030"),
    ],
)
def test_a_recorded_document_named_short_is_no_look_alike(engine: Engine, question: str, document: str) -> None:
    result = verdict_of(engine, question)
    assert result.kind != "not_recorded" and result.answered
    assert result.focus[0] == document


@pytest.mark.parametrize(
    ("question", "person", "meeting"),
    [
        ("Что сказал Трефилов на заседании СМВД в Санкт-Петербурге?", "denis_trefilov", "mtg_2025_08_12_interior_ministers"),
        ("What did Klemez say at the XVIII meeting?", "yevgeny_klemez", "mtg_2025_06_10_counter_terrorism_heads_18"),
    ],
)
def test_no_statement_of_that_person_at_that_meeting(engine: Engine, question: str, person: str, meeting: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "not_said")
    assert (result.value["person"], result.value["meeting"]) == (person, meeting)


@pytest.mark.parametrize(
    ("question", "day", "month", "year"),
    [
        ("Что было на заседании 20 декабря 2025 года?", 20, 12, 2025),
        ("What happened at the CIS security meeting on 1 May 2025?", 1, 5, 2025),
        ("Что обсуждали на встрече 14 марта?", 14, 3, None),
        ("What was discussed at the meeting on March 3rd?", 3, 3, None),
    ],
)
def test_a_day_no_meeting_was_held_on(engine: Engine, question: str, day: int, month: int, year: int | None) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "no_day")
    assert result.value == {"day": day, "month": month, "year": year}
    assert result.alternatives  # the meetings nearest in time


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("What was decided at the meeting on 12 August?", "mtg_2025_08_12_interior_ministers"),
        ("Кто выступал на заседании 5 ноября?", SECRETARIES),
    ],
)
def test_a_day_a_meeting_was_held_on_is_answered(engine: Engine, question: str, meeting: str) -> None:
    result = verdict_of(engine, question)
    assert result.kind != "not_recorded" and result.focus[0] == meeting


def test_a_word_of_the_entry_name_asks_for_nothing(engine: Engine) -> None:
    named = verdict_of(engine, "What is the Council of Heads of Financial Intelligence Units?")
    assert named.reason != "not_stated" and named.focus[0] == "financial_intelligence_council"
    asked = verdict_of(engine, "How is the Council of Heads of Financial Intelligence Units financed?")
    assert (asked.kind, asked.attribute, asked.reason) == ("fact", "funding", "not_stated")


@pytest.mark.parametrize(
    "question",
    [
        "kto vystupal na 13 zasedanii soveta sekretarey bezopasnosti?",
        "Кто выступал на 13-м заседании Совета секретарей советов безопасности?",
        "who spoke at the 13th meeting of the Security Secretaries Council?",
    ],
)
def test_who_did_something_at_a_council_of_secretaries_is_no_post_question(engine: Engine, question: str) -> None:
    """ "Secretaries" in a council's name makes no question about who holds a post."""
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded" and verdict.attribute == "speakers", verdict


# ==================================================================================================
# Names the sources do not know asked of any meeting (a state, a city), and a status asked that the
# sources record as another or give none.


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Was Moldova at any of the meetings?", "Moldova"),
        ("Молдова была на каком-нибудь заседании?", "Молдова"),
        ("Грузия участвовала в каком-нибудь заседании?", "Грузия"),
        ("Were Ukraine's delegates at any of the meetings?", "Ukraine"),
        ("Была ли Украина на каком-нибудь из заседаний?", "Украина"),
    ],
)
def test_a_state_the_sources_do_not_know_was_at_no_meeting(engine: Engine, question: str, name: str) -> None:
    """Being at a meeting is taking part; "каком-нибудь" is no question word: a name the knowledge
    base does not know is on no recorded list of participants."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is False, verdict
    assert name in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("какие заседания проводились в Ташкенте", "Ташкенте"),
        ("Which meetings were held in Astana?", "Astana"),
        ("Were there any meetings in Bishkek?", "Bishkek"),
        ("Какие встречи прошли в Ереване?", "Ереване"),
    ],
)
def test_meetings_in_a_city_the_sources_do_not_know_are_none(engine: Engine, question: str, place: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "place", verdict
    line = first_line(engine, verdict)
    assert place in line and ("no meetings" in line or "ни одного" in line)


def test_a_known_state_at_any_meeting_is_still_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "Узбекистан был на каком-нибудь заседании?")
    assert verdict.answered and verdict.kind != "not_recorded", verdict
    assert "Да" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When did the SCO become a dialogue partner of the CIS?", "dialogue_partner"),
        ("Когда ШОС стала партнёром по диалогу СНГ?", "dialogue_partner"),
        ("When did the SCO become a full member of the CIS?", "full_member"),
        ("Since when has the Shanghai Cooperation Organisation been an associate member of the CIS?", "associate_member"),
    ],
)
def test_a_status_asked_that_the_sources_record_as_another(engine: Engine, question: str, asked: str) -> None:
    """The decision on observer status is no answer to "dialogue partner": not recorded, and the
    status recorded instead."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "status", verdict
    assert verdict.value["asked"] == asked and verdict.value["recorded"] == "observer"
    assert "observer" in first_line(engine, verdict) or "наблюдатель" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("When did the EAG become an observer at the CIS?", "eag"),
        ("Когда ОДКБ получила статус наблюдателя при СНГ?", "csto"),
        ("When did the CSTO become a dialogue partner of the CIS?", "csto"),
    ],
)
def test_a_status_asked_of_an_organisation_the_sources_give_none(engine: Engine, question: str, subject: str) -> None:
    """The SCO's observer status is no date for the EAG's."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded", verdict
    html = html_of(engine, verdict)
    assert "October" not in html and "октябр" not in html


def test_the_status_recorded_is_still_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "When did the SCO get observer status?")
    assert verdict.kind != "not_recorded" and "October" in first_line(engine, verdict), verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("secretaries council november", "security_secretaries_council"),
        ("совет секретарей ноябрь", "security_secretaries_council"),
    ],
)
def test_a_terse_name_with_a_month_is_no_unknown_body(engine: Engine, question: str, entity: str) -> None:
    """A month after a body's name dates its meeting, it is no word of another body's name; "совет
    секретарей ноябрь" is the Security Secretaries Council's."""
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded" and verdict.focus[:1] in ([entity], [SECRETARIES]), verdict


@pytest.mark.parametrize(
    "question",
    ["Когда прошло 12-е заседание Совета секретарей советов безопасности?", "When was the 12th meeting of the Security Secretaries Council?"],
)
def test_an_unrecorded_number_of_the_secretaries_council_names_its_13th_meeting(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and SECRETARIES in verdict.alternatives, verdict
