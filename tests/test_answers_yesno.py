"""Yes/no questions and look-alikes on the real knowledge base: the verdicts, not their wording.

Cases are our own phrasings of the kinds, in English, Russian and Russian typed in Latin letters,
grouped by mechanism below: took part, held in, took place, discussed, category, CIS body,
membership, role and unrecorded numbers, places, people or chairs; numbers and dates asserted;
the meeting a month or day names; what a person is recorded as saying; outcomes, greetings and
planned meetings; a yes resting on the record of the claim asked (not the meeting's date or
venue); claims the record contradicts (one of exclusive alternatives)."""

from __future__ import annotations

import re

import pytest

from bot.answers.engine import Engine
from bot.answers.question_form import asserted_numbers, is_yes_no, meeting_ordinals
from bot.search.text import tokens as text_tokens
from tests.answer_helpers import (
    BORDER,
    CONCEPT,
    DUSHANBE,
    EXERCISE,
    INTEL,
    KLEMEZ,
    RAHMON,
    SECRETARIES,
    SPB,
    STATEMENT,
    TERRORISM,
    TREFILOV,
    XVIII,
    converse,
    first_line,
    html_of,
    verdict_of,
    visible,
)

# ==================================================================================================
# Took part, held in, took place, discussed, category, CIS body, membership, role; an unrecorded
# meeting number, place, person or chair.


@pytest.mark.parametrize(
    ("question", "yes", "grounds", "focus"),
    [
        # listed, not listed, a stated count larger than the names given, no list at all
        ("Was Kazakhstan represented at the XVIII counter-terrorism meeting?", True, "listed", [XVIII, "kazakhstan"]),
        (
            "Did Azerbaijan take part in the St Petersburg meeting of interior ministers?",
            False,
            "not_listed",
            [SPB, "azerbaijan"],
        ),
        ("Did Turkmenistan attend the XVIII counter-terrorism meeting?", None, "not_named", [XVIII, "turkmenistan"]),
        (
            "Did Armenia attend the 13th meeting of the Security Secretaries Council?",
            None,
            "not_stated",
            [SECRETARIES, "armenia"],
        ),
        ("Was the CSTO at the XVIII meeting?", True, "listed", [XVIII, "csto"]),
        (
            "Участвовал ли Туркменистан во встрече руководителей спецслужб СНГ в Москве?",
            True,
            "listed",
            [INTEL, "turkmenistan"],
        ),
        # the host: not among the delegations listed, but no "no" (the source does not say)
        ("Была ли Россия на встрече руководителей спецслужб в Москве?", None, "host_not_listed", [INTEL, "russia"]),
        ("Была ли Грузия на встрече руководителей спецслужб в Москве?", False, "not_listed", [INTEL]),
        ("uchastvoval li Kazakhstan v XVIII soveshchanii?", True, "listed", [XVIII, "kazakhstan"]),
    ],
)
def test_took_part(engine: Engine, question: str, yes: bool | None, grounds: str, focus: list[str]) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds, result.answered) == ("yes_no", yes, grounds, True)
    assert result.focus == focus
    assert result.sources


@pytest.mark.parametrize(
    "question",
    [
        "CSTO @ XVIII?? y/n",
        "CSTO at XVIII? yes/no",
        "ОДКБ на XVIII? да или нет",
        "ОДКБ была на XVIII совещании? да/нет",
        "ODKB na XVIII? da/net",
    ],
)
def test_a_terse_claim_closed_by_yes_or_no_is_a_yes_no_question(engine: Engine, question: str) -> None:
    # the choice of answers at the end asks for yes or no whatever the claim's first word
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.answered) == ("yes_no", True, True), result
    assert "csto" in result.focus


def test_took_part_in_several_meetings(engine: Engine) -> None:
    result = verdict_of(
        engine, "Did Kazakhstan attend both the XVIII counter-terrorism meeting and the St Petersburg meeting?"
    )
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "meetings")
    assert {m["meeting"] for m in result.value["meetings"]} == {XVIII, SPB}
    missing = verdict_of(
        engine, "Was Azerbaijan at both meetings, the XVIII counter-terrorism one and the St Petersburg one?"
    )
    assert (missing.kind, missing.yes) == ("yes_no", False)


@pytest.mark.parametrize(
    ("question", "yes", "place"),
    [
        ("Was the XVIII counter-terrorism meeting held in Moscow?", True, "moscow"),
        ("Was the Dushanbe summit held in Tajikistan?", True, "tajikistan"),
        ("Was the CIS interior ministers' meeting held in Minsk?", False, "minsk"),
        ("Прошло ли XVIII антитеррористическое совещание в Москве?", True, "moscow"),
    ],
)
def test_held_in(engine: Engine, question: str, yes: bool, place: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "place")
    assert result.value["asked"] == place


def test_took_place(engine: Engine) -> None:
    planned = verdict_of(engine, "Did the Commonwealth-Antiterror 2025 exercise take place?")
    assert (planned.kind, planned.yes, planned.grounds) == ("yes_no", None, "status")
    assert planned.value["status"] == "planned"
    # "this year" counts from today: 2026, and the 13th meeting was in 2025.
    this_year = verdict_of(engine, "Was the 13th meeting of the Security Secretaries Council held this year?")
    assert (this_year.kind, this_year.yes) == ("yes_no", False)
    last_year = verdict_of(engine, "Прошло ли 13-е заседание Совета секретарей советов безопасности в прошлом году?")
    assert (last_year.kind, last_year.yes) == ("yes_no", True)
    undated = verdict_of(engine, "Was the intelligence chiefs meeting held in 2024?")
    assert (undated.kind, undated.yes) == ("yes_no", None)


@pytest.mark.parametrize(
    ("question", "yes", "words"),
    [
        ("Was road safety discussed at the St Petersburg interior ministers meeting?", True, "road safety"),
        ("Did countering drones come up at the XVIII counter-terrorism meeting?", True, "unmanned"),
        ("Обсуждали ли на XVIII совещании беспилотники?", True, "беспилотн"),
    ],
)
def test_discussed(engine: Engine, question: str, yes: bool, words: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "discussed")
    assert any(words in s.en.lower() or words in s.ru.lower() for s in result.statements)


@pytest.mark.parametrize(
    "question",
    [
        "Was road safety discussed at the XVIII counter-terrorism meeting?",
        # a word the knowledge base does not know, or a period, is part of the topic
        "Was nuclear terrorism discussed at the XVIII meeting?",
        "Did the XVIII meeting discuss the programme for 2026–2028?",
    ],
)
def test_not_discussed_is_not_a_yes_nor_a_no(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.grounds) == ("yes_no", "not_discussed")
    assert result.yes is None  # the recorded agenda may be incomplete: never a confident "no"


@pytest.mark.parametrize(
    ("question", "yes", "grounds", "entity"),
    [
        (
            "Is the Bureau for Coordinating the Fight Against Organized Crime a specialised body?",
            True,
            "category",
            "bcoc",
        ),
        (
            "Is the Council of Prosecutors General one of the specialised bodies?",
            False,
            "category",
            "prosecutors_general_council",
        ),
        ("Является ли АТЦ СНГ отраслевым органом?", False, "category", "atc"),
        # "входит в число" is "is among", not a count of what the meeting lists
        ("Входит ли СМВД в число отраслевых органов?", True, "category", "interior_ministers_council"),
        ("АТЦ входит в число отраслевых органов?", False, "category", "atc"),
        ("Is the CSTO a CIS body?", False, "cis_body", "csto"),
        ("Является ли ОДКБ органом СНГ?", False, "cis_body", "csto"),
        ("Является ли АТЦ органом СНГ?", True, "cis_body", "atc"),
        ("Is the SCO a member of the CIS?", False, "member", "sco"),
    ],
)
def test_what_an_entity_is(engine: Engine, question: str, yes: bool, grounds: str, entity: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, grounds)
    assert result.focus[0] == entity


def test_roles(engine: Engine) -> None:
    result = verdict_of(engine, "Is Emomali Rahmon the Chair of the Council of Heads of CIS States?")
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "role")
    assert result.focus == ["emomali_rahmon", "council_heads_of_state"]
    titled = verdict_of(engine, "Is Trefilov the CIS Deputy Secretary-General?")
    assert (titled.kind, titled.yes, titled.grounds) == ("yes_no", True, "role")


@pytest.mark.parametrize(
    ("question", "reason", "nearest"),
    [
        ("When was the 15th meeting of the CIS Security Secretaries Council?", "number", SECRETARIES),
        ("Где прошло двенадцатое заседание Совета секретарей советов безопасности?", "number", SECRETARIES),
        ("Was the 14th meeting of the Security Secretaries Council held in Moscow?", "number", SECRETARIES),
        ("What did the CIS interior ministers discuss at their meeting in Dushanbe?", "place", SPB),
        ("Что обсуждали руководители спецслужб СНГ на встрече в Астане?", "place", INTEL),
        ("Кто такой генерал Иван Петров, председатель Совета командующих пограничными войсками?", "person", None),
        ("Who chaired the 13th meeting of the Security Secretaries Council?", "no_chair", None),
        ("When did Kazakhstan join the CSTO?", "join", "csto"),
        ("What was decided at the XVIII counter-terrorism meeting in 2024?", "year", XVIII),
        ("Что решили на XVIII совещании в 2023 году?", "year", XVIII),
        ("Когда Армения присоединилась к формату СНГ плюс?", "join", "decision_cis_plus"),
    ],
)
def test_look_alikes(engine: Engine, question: str, reason: str, nearest: str | None) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.answered) == ("not_recorded", reason, True)
    if nearest is not None:
        assert result.alternatives[0] == nearest


def test_look_alike_person_points_at_the_title_holder(engine: Engine) -> None:
    result = verdict_of(engine, "What did CIS Deputy Secretary-General Ivan Sidorov say at the XVIII meeting?")
    assert (result.kind, result.reason) == ("not_recorded", "person")
    assert result.value["person_text"] == "Ivan Sidorov"
    assert result.value["holders"] == ["denis_trefilov"]


@pytest.mark.parametrize(
    "question",
    [
        "When was the XVIII counter-terrorism meeting held?",
        "What was discussed at the St Petersburg meeting?",
        "Where was the 13th meeting held?",
        "Who spoke at the 13th meeting of the Security Secretaries Council?",
        "Which meetings were held in Moscow?",
        "What is the CIS Anti-Terrorism Center?",
        # two meetings, one named by its city: no look-alike of the other
        "How long after the XVIII counter-terrorism meeting did the interior ministers meet in St Petersburg?",
    ],
)
def test_other_questions_pass_through(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).kind not in ("yes_no", "not_recorded")


def test_first_line_says_yes_or_no(engine: Engine) -> None:
    """The presented answer starts with the verdict, in the question's language."""
    cases = [
        ("Was Kazakhstan represented at the XVIII counter-terrorism meeting?", "<b>Yes.</b>"),
        ("Был ли Азербайджан на заседании СМВД в Санкт-Петербурге?", "<b>Нет.</b>"),
        ("Была ли Россия на встрече руководителей спецслужб в Москве?", "<b>Источники об этом не сообщают.</b>"),
        ("Did Turkmenistan attend the XVIII counter-terrorism meeting?", "<b>The sources do not say.</b>"),
    ]
    for question, head in cases:
        assert first_line(engine, verdict_of(engine, question)) == head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Did Armenia attend?", True),
        ("Является ли ЕАГ органом СНГ?", True),
        ("Обсуждали ли на XVIII совещании дроны?", True),
        ("byla li na XVIII soveshchanii sessiya", True),
        ("When was the meeting?", False),
        ("Где прошло заседание?", False),
    ],
)
def test_yes_no_form(text: str, expected: bool) -> None:
    assert is_yes_no(text) is expected


def test_meeting_ordinals() -> None:
    assert meeting_ordinals("Where was the 12th meeting held?") == [12]
    assert meeting_ordinals("XVIII counter-terrorism meeting") == [18]
    assert meeting_ordinals("тринадцатое заседание Совета") == [13]
    # A day of the month or a session is no meeting number.
    assert meeting_ordinals("the meeting on 12 August, first session") == []


# --- checks of a stated fact ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Is the CIS Military Cooperation Concept meant to run until 2030?", True),
        ("Действует ли Концепция военного сотрудничества до 2035 года?", False),
        ("Does the Military Cooperation Concept run through 2028?", False),
        ("Рассчитана ли Концепция военного сотрудничества СНГ до 2030 года?", True),
    ],
)
def test_period_of_a_document(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "period")
    assert result.focus == [CONCEPT]
    assert result.value["end"] == 2030


@pytest.mark.parametrize(
    ("question", "yes", "asked"),
    [
        ("Заседание Совета министров внутренних дел СНГ в Петербурге было 13 августа?", False, [13, 8]),
        ("Was the interior ministers' meeting in St Petersburg held on 12 August?", True, [12, 8]),
        ("Did the St Petersburg meeting of interior ministers take place on August 13?", False, [13, 8]),
        ("Прошло ли XVIII совещание 10 июня?", True, [10, 6]),
        ("XVIII совещание было 10 июля?", False, [10, 7]),
    ],
)
def test_day_asked_against_the_record(engine: Engine, question: str, yes: bool, asked: list[int]) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "date")
    assert result.value["asked"] == asked
    assert result.focus in ([SPB], [XVIII])


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the XVIII meeting consist of five specialised sessions?", False),
        ("Было ли на XVIII совещании 4 специализированные сессии?", True),
        ("Did 9 states take part in the XVIII counter-terrorism meeting?", True),
        ("Участвовали ли 12 государств в XVIII совещании?", False),
    ],
)
def test_number_asked_against_the_record(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds, result.focus) == ("yes_no", yes, "count", [XVIII])


def test_sessions_without_a_stated_total_are_not_a_yes(engine: Engine) -> None:
    # The source gives one plenary and four specialised sessions, no total: "five sessions" is
    # neither confirmed nor denied, and the answer shows both figures.
    result = verdict_of(engine, "Did the XVIII meeting have five sessions?")
    assert (result.kind, result.yes, result.grounds) == ("yes_no", None, "count")
    assert result.value["sessions"] == {"plenary": 1, "specialised": 4}


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did Yevgeny Klemez serve as CIS Secretary-General?", False),
        ("Is Denis Trefilov the CIS Secretary-General?", False),  # he is the deputy
        ("Является ли Клемез Генеральным секретарём СНГ?", False),
        ("Является ли Денис Трефилов заместителем Генерального секретаря СНГ?", True),
        ("Is Klemez a director?", True),
    ],
)
def test_a_role_the_person_does_not_hold(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "role")
    assert result.value["roles"]


@pytest.mark.parametrize(
    "question",
    [
        "Планируется ли распространить текст Совместного заявления о борьбе с транснациональной преступностью в ООН?",
        "Is the text of the Joint Statement on transnational crime to be distributed at the United Nations?",
    ],
)
def test_what_a_document_says(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "stated")
    assert result.focus == [STATEMENT]
    assert "ООН" in result.statements[0].ru and "United Nations" in result.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Присутствовал ли Эмомали Рахмон лично на XVIII совещании в Москве?",
        "Did Emomali Rahmon attend the XVIII meeting?",
        "Was Rahmon present in person at the XVIII counter-terrorism meeting?",
    ],
)
def test_an_address_sent_is_no_attendance(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", None, "addressed")
    assert "emomali_rahmon" in result.focus


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Did Georgia take part in any of the meetings described in your sources?", "Georgia"),
        ("Участвовала ли Грузия в каких-либо заседаниях?", "Грузия"),
        ("Was Mongolia represented at the meetings?", "Mongolia"),
    ],
)
def test_an_unknown_participant_is_on_no_list(engine: Engine, question: str, name: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds, result.answered) == ("yes_no", False, "unknown_member", True)
    assert result.value["name"] == name
    assert result.sources


@pytest.mark.parametrize(
    "question",
    [
        "Когда было заседание Совета министров внутренних дел в Петербурге?",
        "Сколько государств участвовало в XVIII совещании?",
        "Кто такой Клемез?",
    ],
)
def test_questions_with_a_question_word_are_no_tone_yes_no(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).kind != "yes_no"


# --- look-alikes: another body's number, an unknown place, a post no one holds, contact details ---


@pytest.mark.parametrize(
    ("question", "body"),
    [
        (
            "What was on the agenda of the 13th meeting of the CIS Council of Defence Ministers?",
            "defence_ministers_council",
        ),
        ("Что решили на 25-м заседании Совета министров внутренних дел СНГ?", "interior_ministers_council"),
        (
            "When was the 13th meeting of the Council of Ministers of Internal Affairs held?",
            "interior_ministers_council",
        ),
    ],
)
def test_a_number_another_body_holds_is_no_record(engine: Engine, question: str, body: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.answered) == ("not_recorded", "number", True)
    assert result.value["body"] == body


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Что обсуждалось на встрече секретарей совбезов СНГ в Казани?", "Казани"),  # "Казани" resembles "указан"
        ("Что обсуждали на заседании СНГ в Ташкенте в 2025 году?", "Ташкенте"),  # no meeting named
        ("What did the CIS meeting in Bishkek decide?", "Bishkek"),
    ],
)
def test_an_unknown_place(engine: Engine, question: str, place: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.answered) == ("not_recorded", "place", True)
    assert result.value["place_text"] == place


@pytest.mark.parametrize("question", ["Who is the CIS Secretary-General?", "Кто является Генеральным секретарём СНГ?"])
def test_a_post_only_a_deputy_holds(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "title")
    assert result.value["holders"] == ["denis_trefilov"]
    first = first_line(engine, result)
    assert "Trefilov" not in first and "Трефилов" not in first  # never named as the holder


@pytest.mark.parametrize(
    "question",
    [
        "Who is the CIS Deputy Secretary-General?",
        "Who is the President of Tajikistan?",
        "Who chaired the Council of Heads of CIS States?",
    ],
)
def test_a_post_someone_holds_is_no_look_alike(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).reason != "title"


@pytest.mark.parametrize(
    ("question", "attribute", "entity"),
    [
        ("What is the phone number of the CIS Anti-Terrorism Center?", "contact", "atc"),
        ("Какой телефон у Совета министров внутренних дел?", "contact", "interior_ministers_council"),
        ("Кто руководит Межгосударственным экологическим советом СНГ?", "head", "ecological_council"),
        (
            "Сколько денег выделено на антитеррористическую программу СНГ на 2026–2028 годы?",
            "funding",
            "programme_ct_extremism_2026_2028",
        ),
        ("What is the budget of the CIS Anti-Terrorism Center?", "funding", "atc"),
        (
            "Which countries have already signed the treaty on international controlled delivery operations?",
            "signatories",
            "treaty_controlled_deliveries",
        ),
        ("Какие страны подписали договор о контролируемых поставках?", "signatories", "treaty_controlled_deliveries"),
    ],
)
def test_an_attribute_the_sources_do_not_give(engine: Engine, question: str, attribute: str, entity: str) -> None:
    result = verdict_of(engine, question)
    assert (result.attribute, result.reason, result.focus[:1]) == (attribute, "not_stated", [entity])
    # Worded as the attribute asked, never as a missing date.
    text = html_of(engine, result)
    assert "date" not in text and "дату" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Какие решения принял Совет руководителей пенитенциарных служб в 2025 году?",
        "What did the Council of Heads of Penitentiary Services discuss?",
    ],
)
def test_a_body_with_no_meeting_on_record(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "no_meetings")
    assert result.value["body"] == "penitentiary_services_council"


def test_a_body_with_meetings_on_record_is_no_look_alike(engine: Engine) -> None:
    assert verdict_of(engine, "What did the Council of Heads of State decide?").kind != "not_recorded"


@pytest.mark.parametrize(
    "question",
    [
        "Где проводились учения «Содружество-Антитеррор – 2024»?",
        "Where was the Commonwealth-Antiterror 2023 exercise held?",
    ],
)
def test_an_edition_year_not_recorded(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "year")
    assert result.alternatives == ["ex_2025_10_commonwealth_antiterror"]


def test_the_recorded_edition_is_answered(engine: Engine) -> None:
    result = verdict_of(engine, "Where was the Commonwealth-Antiterror 2025 exercise held?")
    assert result.kind != "not_recorded"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Какое решение приняли в Душанбе о вступлении Афганистана в СНГ?", "Афганистана"),
        ("When did Mongolia join the CIS?", "Mongolia"),
    ],
)
def test_an_unknown_state_joining_the_cis(engine: Engine, question: str, name: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "join")
    assert (result.value["joiner_text"], result.value["target"]) == (name, "cis")


# --- tuning round 2: every constraint of the assertion checked, no name dropped ------------------


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        # the usual answer (a card, a quote) holds all the question asserts: an explicit yes
        ("Правда ли, что ШОС теперь наблюдатель при СНГ?", True),
        ("Did Peskov make his remark about CIS cooperation in October?", True),
        ("Говорил ли Клемез о росте производства наркотиков?", True),
        # a number or a month asserted is another in the answer: no (the answer shows the right one)
        ("В 2025 году прошло 25 заседаний органов СНГ в сфере безопасности?", False),
        ("Did Peskov make his remark about CIS cooperation in September?", False),
    ],
)
def test_a_yes_no_question_the_usual_answer_responds_to(engine: Engine, question: str, yes: bool | None) -> None:
    result = verdict_of(engine, question)
    # a headline figure asserted is checked against the figure itself (grounds "figure"); what a
    # person said, against all their recorded statements (grounds "stated")
    assert result.kind in ("card", "quote", "fact") or result.grounds in ("figure", "stated")
    assert result.yes is yes


@pytest.mark.parametrize(
    "question",
    [
        # the claim's words inside a synonym phrase of the statement ("незаконной миграции")
        "Говорил ли Клемез, что миграция — угроза национальной безопасности?",
        "Did Klemez say migration is a threat to national security?",
        # "что" after a verb of saying with its comma left out, and no question mark
        "Клемез говорил что миграция это угроза национальной безопасности?",
        "клемез говорил что миграция представляет угрозу национальной безопасности",
        # a soft sign typed as an apostrophe
        "Klemez govoril chto migraciya eto ugroza nacional'noy bezopasnosti?",
    ],
)
def test_a_claim_said_typed_loosely_is_confirmed(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


@pytest.mark.parametrize(
    "question",
    [
        # a recorded plan answers a question in the future tense; a Russian verb ends no document's name
        "правда что текст совместного заявления разошлют в ООН",
        "текст совместного заявления распространят в ООН?",
        "tekst sovmestnogo zayavleniya rasprostranyat v OON?",
        "совместное заявление будет распространено в ООН",
        # another entry named first ("the UN") is no question about which statement comes next
        "Will the Joint Statement be circulated at the UN?",
    ],
)
def test_a_plan_asked_in_the_future_tense_is_a_yes(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes) == ("yes_no", True), result


def test_a_plan_asked_as_done_is_no_yes(engine: Engine) -> None:
    assert verdict_of(engine, "текст совместного заявления уже распространили в ООН?").yes is not True


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("совет пенитенциарных служб есть в списке отраслевых оргнаов?", "пенитенциарных"),
        ("Is the Heads of Penitentiary Services Council one of the sectoral bodies?", "Penitentiary"),
    ],
)
def test_a_category_answer_names_the_body_not_its_acronym(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    shown = visible(html_of(engine, verdict)).split(". ")[1]  # the sentence after "Yes."
    assert verdict.yes is True and words in shown, shown


def test_what_was_said_about_a_topic_is_no_claim(engine: Engine) -> None:
    assert verdict_of(engine, "Клемез говорил что про миграцию?").yes is None


def test_an_uncovered_topic_gets_no_yes(engine: Engine) -> None:
    result = verdict_of(engine, "Did Klemez talk about nuclear security?")
    assert result.yes is not True


@pytest.mark.parametrize(
    ("question", "yes", "member"),
    [
        # asked by tone alone, in Cyrillic and in Latin letters
        ("Узбекистан участвовал в XVIII совещании?", True, "uzbekistan"),
        ("kazakhstan byl na vstreche specsluzhb sng v moskve?", True, "kazakhstan"),
        # a right date names the meeting; the relation asked of it answers
        ("Был ли Кыргызстан среди участников заседания СМВД СНГ 12 августа?", True, "kyrgyzstan"),
        ("Была ли Беларусь на антитеррористическом совещании 10 июня 2025 года?", True, "belarus"),
        # a body and the place of its meeting name the meeting
        ("Участвовала ли ОДКБ в заседании СМВД в Петербурге?", False, "csto"),
        ("Did Azerbaijan send anyone to the interior ministers council in St Petersburg?", False, "azerbaijan"),
        ("Выступал ли Путин на заседании СМВД в Петербурге?", None, "vladimir_putin"),
    ],
)
def test_took_part_by_tone_date_or_place(engine: Engine, question: str, yes: bool | None, member: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes) == ("yes_no", yes)
    assert result.value["member"] == member


@pytest.mark.parametrize(
    ("question", "yes", "member"),
    [
        # typed as on a phone: no question mark, in Cyrillic, in Latin letters, on the wrong layout
        ("Turkmeniya uchastvovala vo vstreche glav specsluzhb v moskve", True, "turkmenistan"),
        ("россия была на 18м антитеррор совещании", True, "russia"),
        ("армения участвовала в xviii совещании", True, "armenia"),
        ("azerbajdzhan byl na zasedanii smvd v pitere", False, "azerbaijan"),
        ("fhvtybz exfcndjdfkf d pfctlfybb cvdl", True, "armenia"),  # армения участвовала в заседании смвд
        # "принимал участие" is taking part, not hosting
        ("казахстан принимал участие во встрече спецслужб в москве", True, "kazakhstan"),
        ("kazahstan prinimal uchastie vo vstreche specsluzhb v moskve?", True, "kazakhstan"),
        ("Принимала ли Армения участие в XVIII совещании?", True, "armenia"),
    ],
)
def test_took_part_asked_without_a_question_mark(engine: Engine, question: str, yes: bool, member: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes) == ("yes_no", yes)
    assert result.value["member"] == member


@pytest.mark.parametrize(
    "question",
    [
        "расскажи про смвд",
        "список тем на смвд 12 августа",
        "skol'ko stran bylo na zasedanii SMVD",
        "skol'ko stran bylo na zasedanii SMVD?",
        "инфа по учениям содружество-антитеррор",
        "где была встреча спецслужб",
        "чё было на смвд в питере",
    ],
)
def test_requests_and_questions_without_a_mark_are_no_yes_no(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert result.yes is None and result.kind != "yes_no", result


def test_a_terse_value_asked_by_tone_is_no_yes_no(engine: Engine) -> None:
    result = verdict_of(engine, "XVIII совещание — город?")
    assert result.kind != "yes_no"
    assert "москв" in html_of(engine, result).lower()


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the 13th Security Secretaries meeting take place in October 2025?", False),
        ("Did the 13th Security Secretaries meeting take place in November 2025?", True),
        ("Состоялось ли 13-е заседание секретарей советов безопасности в октябре?", False),
    ],
)
def test_the_month_a_meeting_took_place(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "status")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Что сказал Мирзиёев на саммите в Душанбе?", "Мирзиёев"),
        ("Когда Монголия стала наблюдателем при СНГ?", "Монголия"),
        ("Кто такой генерал Иванов, выступавший на XVIII совещании?", "Иванов"),
    ],
)
def test_a_name_the_sources_do_not_know_is_never_dropped(engine: Engine, question: str, name: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.yes) == ("not_recorded", "unknown_name", None)
    assert result.value["name"] == name
    assert result.alternatives  # the record the rest of the question resembles


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Was the Military Cooperation Concept approved at the 13th Security Secretaries meeting itself?", False),
        ("Была ли Концепция военного сотрудничества утверждена на саммите в Душанбе?", True),
        # named short of its full name: "the Concept" was a "Yes" from Trefilov's report at the 13th meeting
        ("Was the Concept approved at the 13th meeting?", False),
        ("Was the border programme adopted at the XVIII meeting?", False),
        ("Was the Concept approved at the Dushanbe summit?", True),
    ],
)
def test_where_a_document_was_adopted(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "adopted_at")
    assert result.value["meeting"] == DUSHANBE


@pytest.mark.parametrize(
    "question",
    [
        # a meeting named by its description and a month it was not held in: the month is a rare
        # word the search looked among alone, which found only August's and March's meetings
        "Did the CT heads meet in March 2025?",
        "Has the anti-terror heads' meeting happened in August 2025?",
        "Встречались ли главы антитеррористических подразделений в августе 2025?",
        # "vstrechalis" reads as the meeting word now: still the month checked, no topic "Да"
        "vstrechalis li glavy antiterroristicheskih podrazdeleniy v marte 2025?",
    ],
)
def test_a_meeting_described_and_asked_of_another_month_is_no(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert result.yes is False and result.focus[:1] == [XVIII], result


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        # a kind in the plural: the 13th meeting heard of the programmes, the summit approved them
        ("Did the security secretaries approve the programs at their 13th meeting?", False),
        ("Программы утверждались на 13-м заседании совбезов?", False),
        ("were both programmes adopted at the 13th Security Secretaries meeting?", False),
        ("programmy prinyali na 13-m zasedanii sovbezov?", False),
        ("Were the programmes adopted at the Dushanbe summit?", True),
    ],
)
def test_where_documents_of_a_kind_were_adopted(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "adopted_at"), result
    assert result.value["meeting"] == DUSHANBE
    assert set(result.value["documents"]) == {BORDER, TERRORISM}


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("АТЦ СНГ создан по решению 2005 года?", False),
        ("АТЦ СНГ создан по решению 2000 года?", True),
        ("Was the CIS ATC set up by a decision taken in 2003?", False),
        ("Was the CIS ATC set up by a decision taken in 2000?", True),
    ],
)
def test_a_year_asserted_against_a_stated_sentence(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "stated")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Был ли Денис Трефилов генсеком СНГ?", False),
        ("Является ли Трефилов замгенсеком СНГ?", True),
        ("Is Trefilov the CIS Secretary-General?", False),
    ],
)
def test_a_deputy_asked_as_the_principal(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "role")


@pytest.mark.parametrize(
    ("question", "what", "asked", "recorded"),
    [
        ("Какое заявление сделал Песков в сентябре о сотрудничестве в СНГ?", "month", 9, 10),
        ("What did Peskov say in September about the CIS?", "month", 9, 10),
        ("Что говорится в Концепции военного сотрудничества до 2035 года?", "year", 2035, 2030),
    ],
)
def test_a_month_or_year_the_record_gives_otherwise(
    engine: Engine, question: str, what: str, asked: int, recorded: int
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "constraint")
    assert result.value == {"what": what, "asked": asked, "recorded": recorded}
    assert result.alternatives


def test_the_right_month_is_answered(engine: Engine) -> None:
    result = verdict_of(engine, "What did Peskov say in October about the CIS?")
    assert result.kind != "not_recorded"


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("What did Klemez say at the 13th meeting of Security Secretaries?", SECRETARIES),
        ("What did Yevgeny Klemez say about nuclear security?", None),
    ],
)
def test_no_statement_of_that_person(engine: Engine, question: str, meeting: str | None) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason) == ("not_recorded", "not_said")
    assert (result.value["person"], result.value["meeting"]) == ("yevgeny_klemez", meeting)


def test_a_recorded_statement_is_quoted(engine: Engine) -> None:
    result = verdict_of(engine, "What did Klemez say about drugs?")
    assert result.kind == "quote"


def test_a_city_alone_names_no_meeting(engine: Engine) -> None:
    result = verdict_of(engine, "Сколько часов лететь из Москвы в Душанбе?")
    assert result.kind != "not_recorded"
    assert not result.answered


@pytest.mark.parametrize(
    ("question", "entity", "attribute"),
    [
        ("Кто председатель Совета министров внутренних дел СНГ?", "interior_ministers_council", "head"),
        (
            "Где находится штаб-квартира Бюро по координации борьбы с организованной преступностью?",
            "bcoc",
            "headquarters",
        ),
    ],
)
def test_an_official_or_a_seat_the_sources_do_not_give(
    engine: Engine, question: str, entity: str, attribute: str
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.attribute) == ("fact", "not_stated", attribute)
    assert result.focus == [entity]


def test_a_named_official_is_answered(engine: Engine) -> None:
    result = verdict_of(engine, "Who is the head of the Security Cooperation Department?")
    assert result.answered and result.reason != "not_stated"


def test_contact_details_of_the_entry_named_outright(engine: Engine) -> None:
    result = verdict_of(engine, "phone number of the CIS Executive Committee press service?")
    assert (result.kind, result.reason, result.attribute) == ("fact", "not_stated", "contact")
    assert result.focus == ["executive_committee"]


@pytest.mark.parametrize(
    "question",
    ["Did the Dushanbe summit make the SCO a full member of the CIS?", "Стала ли ШОС членом СНГ на саммите в Душанбе?"],
)
def test_an_organisation_made_a_member_at_a_meeting(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", False, "member")
    assert result.statements  # its recorded status (observer)


@pytest.mark.parametrize(
    "question",
    [
        "Did Kazakhstan attend the St Petersburg interior ministers' meeting in June?",
        "Участвовал ли Казахстан в заседании СМВД в Петербурге в июне 2025 года?",
    ],
)
def test_a_relation_of_a_meeting_placed_in_the_wrong_month(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", False, "status")
    assert result.value["date"] == "2025-08-12"


def test_an_assertion_holds_within_one_clause_of_a_card(engine: Engine) -> None:
    # The card names the August interior ministers' meeting and, in another clause, a June meeting.
    result = verdict_of(engine, "Did Kazakhstan attend the interior ministers' meeting in June?")
    assert result.yes is False
    right = verdict_of(engine, "Did Kazakhstan attend the interior ministers' meeting in August?")
    assert right.yes is True


def test_a_clause_on_another_event_does_not_contradict(engine: Engine) -> None:
    # Tajikistan's card speaks of the October summit; the question is of a June meeting.
    result = verdict_of(
        engine, "Was there a message from Tajikistan's president at the June 2025 counter-terrorism meeting?"
    )
    assert result.yes is not False


def test_a_form_of_address_is_no_unknown_name(engine: Engine) -> None:
    result = verdict_of(engine, "Was Kazakhstan at the XVIII meeting, Sir?")
    assert (result.kind, result.yes) == ("yes_no", True)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the heads of state adopt a joint statement on cybersecurity?", None),
        ("Did the heads of state adopt a joint statement on fighting transnational crime?", True),
    ],
)
def test_the_topic_asked_must_be_in_what_is_stated(engine: Engine, question: str, yes: bool | None) -> None:
    assert verdict_of(engine, question).yes is yes


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Was the SCO granted observer status at the 13th meeting?", False),
        ("Предоставили ли ШОС статус наблюдателя на саммите в Душанбе?", True),
    ],
)
def test_where_a_decision_was_taken(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "adopted_at")


def test_only_what_the_person_asked_about_said_confirms(engine: Engine) -> None:
    # A meeting's statement on cyber defence is no "yes" to whether Klemez spoke of it.
    assert verdict_of(engine, "Говорил ли Клемез о кибербезопасности?").yes is not True
    assert verdict_of(engine, "Говорил ли Клемез о росте производства наркотиков?").yes is True


# --- round 3: shapes nobody had tried -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Armenia was among the delegations at the interior ministers' session in St. Petersburg, right?", True),
        ("Moldova attended the August interior ministers council, didn't it?", None),
        ("Klemez heads the security cooperation department of the CIS Executive Committee, correct?", True),
        ("Казахстан был на заседании СМВД в Петербурге, верно?", True),
        ("Трефилов — заместитель генсека СНГ, так?", True),
        ("Klemez zamestitel gensekretarya, pravda?", None),
    ],
)
def test_a_statement_with_a_tag_asks_yes_or_no(engine: Engine, question: str, yes: bool | None) -> None:
    assert is_yes_no(question)
    result = verdict_of(engine, question)
    if yes is not None:
        assert (result.kind, result.yes) == ("yes_no", yes)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Is Dmitry Peskov the Russian foreign minister?", False),
        ("Является ли Песков министром иностранных дел?", False),
        ("Is Klemez a minister?", False),
        ("Является ли Клемез прокурором?", False),
        ("Is Rahmon the president of Tajikistan?", True),
        ("Является ли Рахмон председателем Совета глав государств СНГ?", True),
        ("Is Trefilov the CIS deputy secretary general?", True),
    ],
)
def test_an_office_no_recorded_title_names_is_a_no(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "role")


@pytest.mark.parametrize(
    ("question", "yes", "grounds"),
    [
        ("Программа противодействия терроризму и экстремизму рассчитана до 2030 года?", False, "period"),
        ("Is the counter-terrorism and extremism programme meant to run until 2030?", False, "period"),
        ("Is the CIS Military Cooperation Concept still valid in 2029?", True, "period_year"),
        ("Is the border security programme in force in 2031?", False, "period_year"),
        ("Действует ли концепция военного сотрудничества в 2031 году?", False, "period_year"),
        ("Программа укрепления безопасности внешних границ действует в 2028 году?", True, "period_year"),
        ("Программа укрепления безопасности внешних границ рассчитана до 2030 года?", True, "period"),
        ("Программа укрепления безопасности внешних границ рассчитана до 2035 года?", False, "period"),
    ],
)
def test_a_year_asked_of_a_document_is_checked_against_its_period(
    engine: Engine, question: str, yes: bool, grounds: str
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, grounds)
    assert str(result.value["asked"]) in html_of(engine, result)


@pytest.mark.parametrize(
    ("question", "yes", "meeting"),
    [
        ("Did Kyrgyz delegates show up at the June anti-terror gathering in Moscow?", True, XVIII),
        ("Was the Interstate Aviation Committee among the CIS bodies at the June meeting in Moscow?", True, XVIII),
        ("Была ли Армения на июньском совещании в Москве?", True, XVIII),
        ("Был ли Узбекистан на августовском заседании в Петербурге?", True, SPB),
    ],
)
def test_a_month_and_a_city_name_the_meeting(engine: Engine, question: str, yes: bool, meeting: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "listed")
    assert result.focus[0] == meeting


def test_a_meeting_named_outright_keeps_its_name_whatever_the_month(engine: Engine) -> None:
    result = verdict_of(engine, "Состоялось ли 13-е заседание в июне?")
    assert result.focus[0] == SECRETARIES
    assert result.yes is False
    # a remark is no meeting: the month does not pick one
    assert verdict_of(engine, "Did Peskov make his remark about CIS cooperation in October?").yes is True


@pytest.mark.parametrize(
    ("question", "yes", "grounds"),
    [
        ("Was Russia absent from the June 2025 counter-terrorism meeting?", False, "listed"),
        ("Отсутствовала ли Армения на заседании СМВД в Петербурге?", False, "listed"),
        ("Did Azerbaijan miss the St Petersburg interior ministers meeting?", True, "not_listed"),
        ("Пропустил ли Азербайджан заседание Совета министров внутренних дел в Петербурге?", True, "not_listed"),
    ],
)
def test_asked_whether_someone_stayed_away_the_list_answers_the_other_way(
    engine: Engine, question: str, yes: bool, grounds: str
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, grounds)


@pytest.mark.parametrize(
    "question",
    [
        "Did the Belarusians take part in the intelligence chiefs' talks in Moscow?",
        "Участвовала ли Беларусь в переговорах глав спецслужб в Москве?",
    ],
)
def test_taking_part_in_talks_is_attendance(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "listed")
    assert result.focus[0] == INTEL


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        # a state's delegation at a meeting is the state on its list (grid21); the body's meeting named
        # by the body and a meeting word, with "был ли" before the state
        ("Заседание СМВД СНГ — была ли там делегация Туркменистана?", True),
        ("Была ли делегация Туркменистана на заседании СМВД СНГ?", True),
        ("Был ли Туркменистан на заседании СМВД СНГ?", True),
        ("Zasedanie SMVD SNG — byla li tam delegatsiya Turkmenistana?", True),
        ("Заседание СМВД СНГ — была ли там делегация Азербайджана?", False),
        ("Была ли делегация Азербайджана на заседании Совета министров внутренних дел в Петербурге?", False),
        ("Приезжала ли делегация Узбекистана на встречу спецслужб в Москве?", True),
    ],
)
def test_a_delegation_at_a_meeting_is_attendance(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "listed" if yes else "not_listed")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Moldova attended the August interior ministers council, didn't it?", "Moldova"),
        ("Грузия участвовала во встрече руководителей органов безопасности и спецслужб?", "Грузия"),
        ("Georgia took part in the XVIII counter-terrorism meeting, right?", "Georgia"),
    ],
)
def test_an_unknown_name_as_the_subject_of_taking_part_is_not_dropped(engine: Engine, question: str, name: str) -> None:
    """A country the knowledge base does not know, asked of one meeting that lists its states: not
    among them ("No"), or not among those named where the source names fewer than it counts."""
    result = verdict_of(engine, question)
    assert result.yes is not True
    assert (result.kind, result.value["member_name"]) == ("yes_no", name), result
    assert (result.grounds, result.yes) in (("not_listed", False), ("not_named", None)), result


@pytest.mark.parametrize(
    ("question", "name", "yes"),
    [
        ("была ли делегация Грузии на заседании МВД в Петербурге", "Грузия", False),
        ("Были ли США на встрече руководителей спецслужб в Москве?", "Соединенные Штаты", False),
        ("did the UK take part in the St Petersburg meeting?", "United Kingdom", False),
        ("Did the United States attend the XVIII meeting?", "United States", None),
        ("Участвовала ли Украина в совещании руководителей спецслужб?", "Украина", False),
        # before countries were known by name these were "not mentioned", which never said "no"
        ("Was Ukraine's delegation at the Moscow intelligence chiefs' meeting?", "Ukraine", False),
        ("Была ли Грузия на антитеррористическом совещании 10 июня 2025 года?", "Грузия", None),
    ],
)
def test_a_country_the_sources_do_not_know_is_not_among_a_meetings_states(
    engine: Engine, question: str, name: str, yes: bool | None
) -> None:
    """Named as CLDR names it in the question's language (through Babel), whatever case or short
    name was typed; never a "yes" because "States" or "units" read like the answer."""
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.value["member_name"]) == ("yes_no", yes, name), result


@pytest.mark.parametrize("question", ["Did the United Nations attend XVIII?"])
def test_a_yes_needs_the_named_entry_in_the_answer(engine: Engine, question: str) -> None:
    """ "United Nations" against the XVIII card: its words are there ("Lead Units", "National
    Structures") but not as its name: no yes."""
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    "question",
    [
        "Проходило ли заседание Совета министров внутренних дел в Москве?",
        "Was the interior ministers' council meeting held in Moscow?",
    ],
)
def test_a_meeting_sharing_only_the_city_is_not_named_by_it(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert result.yes is not True
    assert SECRETARIES not in result.focus
    # "No: it was held in St Petersburg" (the body's one meeting) or "not recorded in Moscow".
    assert (result.kind, result.reason) == ("not_recorded", "place") or (result.kind, result.yes) == ("yes_no", False)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("obsuzhdali li na smvd nezakonnuyu migraciyu?", "незаконной миграцией"),
        ("obsuzhdali li na zasedanii smvd bezopasnost dorozhnogo dvizheniya?", "дорожного движения"),
        ("Обсуждали ли на СМВД незаконную миграцию?", "незаконной миграцией"),
    ],
)
def test_a_discussion_asked_in_latin_letters_is_answered_like_one_in_cyrillic(
    engine: Engine, question: str, words: str
) -> None:
    result = verdict_of(engine, question)
    assert result.yes is True
    assert SPB in result.focus
    assert words in html_of(engine, result).split("\n", 3)[2]


@pytest.mark.parametrize(
    ("question", "yes", "words"),
    [
        ("Обсуждали ли на СМВД незаконную миграцию?", True, "незаконной миграцией"),
        ("Обсуждалась ли на заседании СМВД безопасность дорожного движения?", True, "дорожного движения"),
        ("Did the Security Secretaries Council discuss youth?", True, "youth"),
        ("Обсуждали ли на СМВД изменение климата?", None, None),
    ],
)
def test_what_a_body_discussed_is_what_its_one_meeting_did(
    engine: Engine, question: str, yes: bool | None, words: str | None
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes) == ("yes_no", yes)
    assert result.grounds == ("discussed" if yes else "not_discussed")
    if words:
        # the agenda item itself, not the meeting's description cut before it
        assert words in result.statements[0].ru + result.statements[0].en


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("yavlyaetsya li klemez direktorom departamenta?", True),
        ("yavlyaetsya li peskov ministrom?", False),
    ],
)
def test_titles_typed_in_latin_letters(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "role")


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "Является ли Совет командующих Пограничными войсками отраслевым органом СНГ в сфере безопасности?",
            "border_troops_commanders_council",
        ),
        ("Is the CIS Heads of Penitentiary Services Council a sectoral body in the security sphere?", None),
    ],
)
def test_a_body_named_in_full_is_the_one_asked_for_its_category(
    engine: Engine, question: str, subject: str | None
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes) == ("yes_no", True)
    if subject:
        assert subject in result.focus


@pytest.mark.parametrize(
    ("question", "yes", "grounds"),
    [
        ("Выступал ли Рахмон с обращением на пленарном заседании XVIII совещания?", True, "address_heard"),
        ("Did Rahmon send a message to the XVIII meeting?", True, "address_heard"),
        ("Did Rahmon attend the XVIII meeting?", None, "addressed"),
        ("Присутствовал ли Рахмон на XVIII совещании?", None, "addressed"),
    ],
)
def test_an_address_asked_is_a_yes_being_there_is_not_said(
    engine: Engine, question: str, yes: bool | None, grounds: str
) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, grounds)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Учения Содружество-Антитеррор 2025 планировались в Казахстане?", False),
        ("Was the Commonwealth-Antiterror 2025 exercise planned for Uzbekistan?", False),
        ("Планировалось ли провести учения «Содружество-Антитеррор – 2025» на территории Таджикистана?", True),
    ],
)
def test_where_an_event_was_planned_is_its_place(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "place")


def test_a_year_before_a_document_was_adopted_is_outside_its_period(engine: Engine) -> None:
    result = verdict_of(engine, "Is the CIS Military Cooperation Concept valid in 2020?")
    assert (result.yes, result.grounds) == (False, "period_year")


@pytest.mark.parametrize(
    "question",
    [
        "pravda li chto peskov press-sekretar prezidenta rossii?",
        "Is Peskov the press secretary of the Russian president?",
        "Правда ли, что Песков — пресс-секретарь президента России?",
    ],
)
def test_a_person_sharing_only_a_title_word_is_not_named(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "role")
    assert "vladimir_putin" not in result.focus


# ==================================================================================================
# A number or a date asserted: a headline figure, a bound on a meeting's counts or a listed group,
# a year asked of an undated meeting, and relations that are no role or no membership.


@pytest.mark.parametrize(
    ("question", "yes", "fact"),
    [
        ("В сфере безопасности СНГ действуют 20 отраслевых органов?", False, "fact_sectoral_bodies_count"),
        ("Are there 16 sectoral cooperation bodies in the CIS security sphere?", True, "fact_sectoral_bodies_count"),
        ("Is it true that 25 meetings were held by the security bodies in 2025?", False, "fact_meetings_2025"),
        ("Правда ли, что в 2025 году прошло 20 заседаний?", True, "fact_meetings_2025"),
        ("Were there more than 10 sectoral bodies?", True, "fact_sectoral_bodies_count"),
        ("В 2025 году было больше 30 заседаний?", False, "fact_meetings_2025"),
        # in words: as in digits, and a compound numeral is one number (never 20 and then 5)
        ("Правда ли, что за 2025 год органы СНГ в сфере безопасности провели двадцать заседаний?", True, "fact_meetings_2025"),
        ("Правда ли, что за 2025 год органы СНГ провели двадцать пять заседаний?", False, "fact_meetings_2025"),
        ("Were twenty-five meetings held in 2025?", False, "fact_meetings_2025"),
        ("Правда ли, что в сфере безопасности действуют шестнадцать органов отраслевого сотрудничества?", True, "fact_sectoral_bodies_count"),
        ("Were fifteen sectoral bodies operating in the security sphere?", False, "fact_sectoral_bodies_count"),
    ],
)
def test_headline_figure(engine: Engine, question: str, yes: bool, fact: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "figure")
    assert result.focus == [fact]


@pytest.mark.parametrize(
    "question",
    [
        "Is the Council of Heads of Customs Services one of the 16 sectoral bodies in the security sphere?",
        "Входит ли Совет министров обороны в число 16 отраслевых органов?",
    ],
)
def test_one_of_the_sixteen_is_membership_not_a_figure(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).grounds != "figure"


@pytest.mark.parametrize(
    ("question", "entity", "yes"),
    [
        # the body named first, then the list asked about (grid21): the category check of that body
        ("Совет по геодезии входит в число органов отраслевого сотрудничества СНГ в сфере безопасности?", "geodesy_council", True),
        ("Sovet ministrov oborony gosudarstv – uchastnikov SNG vkhodit v chislo organov otraslevogo sotrudnichestva SNG?", "defence_ministers_council", True),
        ("Совет руководителей спецлужб входит в число отраслевых органов СНГ?", "security_services_heads_council", True),
        ("Пограничники входят в число отраслевых органов СНГ?", "border_troops_commanders_council", True),
        ("Координационное транспортное совещание входит в 16 органов отраслевого сотрудничества СНГ?", "transport_conference", False),
        ("Межгосударственный авиационный комитет входит в 16 органов отраслевого сотрудничества СНГ в сфере безопасности?", "interstate_aviation_committee", False),
        ("Антитеррористический центр входит в число отраслевых органов?", "atc", False),
        ("Является ли совет по геодезии отраслевым органом?", "geodesy_council", True),
        ("Координационное транспортное совещание является отраслевым органом СНГ?", "transport_conference", False),
        (
            "Совместная комиссия государств – участников Соглашения о сотрудничестве государств – участников Содружества"
            " Независимых Государств в борьбе с незаконной миграцией — это специализированный орган СНГ в сфере безопасности?",
            "illegal_migration_joint_commission",
            True,
        ),
    ],
)
def test_body_named_before_the_list_is_checked_by_category(engine: Engine, question: str, entity: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.grounds, result.focus, result.yes) == ("yes_no", "category", [entity], yes)


@pytest.mark.parametrize(
    "question",
    [
        # a made-up body is no real one that shares its generic words ("Council of Heads of … Agencies")
        "Is the CIS Council of Heads of Drug Control Agencies one of the CIS sectoral bodies in the security sphere?",
        "Is the CIS Council of Heads of Traffic Police one of the CIS sectoral bodies in the security sphere?",
        "Совет руководителей пожарных служб СНГ входит в число органов отраслевого сотрудничества СНГ в сфере безопасности?",
        "Sovet rukovoditeley GAI SNG vkhodit v chislo organov otraslevogo sotrudnichestva SNG v sfere bezopasnosti?",
        "Mezhgosudarstvennyy sovet SNG po yadernoy bezopasnosti vkhodit v chislo organov otraslevogo sotrudnichestva SNG?",
        "Совет руководителей наркополиции входит в перечень отраслевых органов?",
    ],
)
def test_made_up_body_in_the_sectoral_list_is_not_recorded(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.reason, result.yes) == ("not_recorded", "no_body", None)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Were fewer than 5 international organisations at the XVIII meeting?", True),
        ("На XVIII совещании было больше 15 органов СНГ?", False),
        ("Было ли на XVIII совещании больше трёх специализированных секций?", True),
        ("Did the XVIII meeting have more than 6 specialised sessions?", False),
    ],
)
def test_bound_on_a_meeting_count(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.yes, result.grounds, result.focus[:1]) == (yes, "count", [XVIII])


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Were more than 10 CIS bodies represented at the XVIII meeting?", True),
        ("Were more than 20 CIS bodies represented at the XVIII meeting?", False),
    ],
)
def test_bound_on_a_listed_group(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert result.yes is yes
    assert len(result.items) == 13


def test_a_number_asserted_exactly_of_a_list_is_no_no(engine: Engine) -> None:
    # the source may state another count than it names: only the length itself is a yes
    assert asserted_numbers("Were 12 CIS bodies at the XVIII meeting?") == [(12, "=", ["cis", "bodies", "at"])]
    assert asserted_numbers("Было ли 13-е заседание в Москве 5 ноября?") == []
    assert 16 not in [number for number, _, _ in asserted_numbers("one of the 16 sectoral bodies")]


@pytest.mark.parametrize(
    "question",
    [
        "Did the intelligence chiefs meet in Moscow in 2025?",
        "Встреча руководителей спецслужб СНГ в Москве прошла в 2025 году?",
        "vstrecha glav specsluzhb v moskve byla v 2024 godu?",
    ],
)
def test_year_of_an_undated_meeting_is_unsaid(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert result.yes is None
    assert INTEL in result.focus


@pytest.mark.parametrize(
    "question",
    [
        "did klemez speak to journalists after the interior ministers met?",
        "Клемез говорил с журналистами после заседания СМВД?",
    ],
)
def test_speaking_is_no_role_question(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert not (result.grounds == "role" and result.yes is False)


@pytest.mark.parametrize(
    "question",
    [
        "Is the joint statement's text going to be distributed at the UN?",
        "Will the Joint Statement be circulated at the United Nations?",
    ],
)
def test_joint_is_no_joining(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert result.grounds != "member"
    assert result.yes is not False


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Межпарламентская ассамблея СНГ участвовала в XVIII совещании?", "ipa_council"),
        ("Did the Council of Heads of Customs Services send a working structure to the XVIII meeting?", None),
        ("Был ли Совет руководителей таможенных служб представлен на XVIII совещании?", None),
    ],
)
def test_body_at_another_bodys_numbered_meeting(engine: Engine, question: str, body: str | None) -> None:
    # the XVIII meeting is the counter-terrorism units' one: no "18th meeting of <the body>" look-alike
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "listed")
    assert XVIII in result.focus
    if body:
        assert body in result.focus


def test_own_numbered_meeting_still_a_lookalike(engine: Engine) -> None:
    result = verdict_of(engine, "Did the Council of Defence Ministers hold its 13th meeting in Moscow?")
    assert result.kind == "not_recorded"


@pytest.mark.parametrize(
    "question",
    [
        "Утвердили ли прогармму противодействия терроризму на 2026-2028 годы?",
        "Получила ли Шанхайская организация сотрудничества статус наблюдателя при СНГ?",
        "Одобрили ли программу по противодействию терроризму и экстремизму на 2026–2028 годы?",
    ],
)
def test_decision_verb_of_the_same_family_confirms(engine: Engine, question: str) -> None:
    # "утвердили" ~ "approved", "получила статус" ~ "decided to grant the status"
    assert verdict_of(engine, question).yes is True


def test_decision_verb_alone_confirms_nothing_else(engine: Engine) -> None:
    question = "Заявление о сотрудничестве в борьбе с транснациональной преступностью приняли министры внутренних дел?"
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the interior ministers council meet before September 2025?", True),
        ("Секретари советов безопасности собирались весной 2025?", False),
        ("Was the XVIII counter-terrorism meeting held after July 2025?", False),
        ("Заседание СМВД прошло летом?", True),
        ("Was the 13th Security Secretaries Council held in autumn 2025?", True),
        ("XVIII совещание состоялось после мая 2025 года?", True),
    ],
)
def test_season_or_month_bound_of_a_meeting(engine: Engine, question: str, yes: bool) -> None:
    result = verdict_of(engine, question)
    assert (result.yes, result.grounds) == (yes, "status")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Has the SCO become a member state of the Commonwealth?", False),
        ("Является ли ШОС членом Содружества?", False),
        ("Is Azerbaijan a member of the Commonwealth of Independent States?", True),
    ],
)
def test_membership_of_the_commonwealth_named_in_full(engine: Engine, question: str, yes: bool) -> None:
    # the CIS named as what membership is of is no second subject
    result = verdict_of(engine, question)
    assert (result.yes, result.grounds) == (yes, "member")


# ==================================================================================================
# The meeting a month or day names, a topic asked of the meeting of a given day, and who reported
# a meeting.


@pytest.mark.parametrize(
    "question",
    [
        "Заседание секретарей совбезов было 5 октября 2025?",
        "Did the Security Secretaries Council meet in October?",
        "Заседание Совета секретарей советов безопасности прошло в октябре?",
        "Was the Security Secretaries Council meeting held on 5 October?",
    ],
)
def test_month_of_another_meeting_is_a_wrong_date(engine: Engine, question: str) -> None:
    """A body named with a meeting of its own keeps that meeting: a month of another body's meeting
    (the Dushanbe summit was in October) is a wrong date, never a "yes" about the summit."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no"
    assert verdict.yes is False
    assert verdict.focus[0] == SECRETARIES


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Обсуждалось ли на антитеррористическом совещании 10 июня финансирование терроризма?", XVIII),
        ("Was terrorist financing discussed at the counter-terrorism meeting on 10 June?", XVIII),
        ("Говорили ли на антитеррористическом совещании 10 июня про беспилотники?", XVIII),
        ("Did the interior ministers discuss road safety on 12 August?", SPB),
    ],
)
def test_topic_asked_of_the_meeting_of_a_day(engine: Engine, question: str, meeting: str) -> None:
    """A right day identifies the meeting; the topic asked of it is the answer, with the statement."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed")
    assert verdict.focus[0] == meeting
    assert verdict.statements


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Was the meeting of CIS intelligence chiefs in Moscow reported by TASS?", True),
        ("Рассказала ли пресс-служба СВР о повестке встречи глав спецслужб в Москве?", True),
        ("Сообщил ли ТАСС о встрече руководителей спецслужб СНГ в Москве?", True),
        ("Was the St Petersburg interior ministers meeting reported by TASS?", None),
        ("Did the SVR press office describe the interior ministers' meeting in St Petersburg?", None),
    ],
)
def test_who_reported_a_meeting(engine: Engine, question: str, yes: bool | None) -> None:
    """Who told of a meeting is in its record's notes; a participant list answers nothing about it,
    so a reporter not named there is "the sources do not say", never "no, not among the participants"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no"
    assert verdict.yes is yes
    assert verdict.grounds != "not_listed"
    if yes:
        assert any("TASS" in s.en or "Foreign Intelligence" in s.en for s in verdict.statements)


@pytest.mark.parametrize(
    "question",
    [
        "Did Trefilov say the Dushanbe summit paid attention to good-neighbourliness?",
        "Рассказывал ли Трефилов об итогах октябрьских встреч в Душанбе?",
        "Говорил ли Трефилов, что саммит в Душанбе уделил внимание добрососедству?",
    ],
)
def test_what_a_person_said_of_another_meeting(engine: Engine, question: str) -> None:
    """Trefilov is named at the 13th meeting, where he spoke of the Dushanbe summit: what he said of
    it is the answer, not "the sources do not name him at the summit"."""
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds) == (True, "discussed")
    assert verdict.focus[:2] == [SECRETARIES, "denis_trefilov"]
    assert "Dushanbe" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question", ["Did Trefilov speak at the Dushanbe summit?", "Выступал ли Трефилов на саммите в Душанбе?"]
)
def test_speaking_at_a_meeting_is_still_presence(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is None
    assert verdict.focus[0] != SECRETARIES


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Поднимался ли на июньском совещании вопрос возвращения боевиков-террористов?", "terrorist-fighters"),
        ("Упоминались ли религиозные организации в связи с дерадикализацией?", "religious"),
        ("Говорили ли на четвёртой сессии об учебно-методической литературе?", "literature"),
        ("Was the return of terrorist fighters raised in June?", "terrorist-fighters"),
        ("Were religious organisations mentioned in connection with deradicalisation?", "religious"),
    ],
)
def test_topic_of_a_meeting_named_by_month_or_session(engine: Engine, question: str, words: str) -> None:
    """No name finds the meeting: the one meeting whose record covers the topic (in the month and
    session named) answers it, with the statement."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert XVIII in verdict.focus
    assert words in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Говорили ли на второй сессии об учебно-методической литературе?",
        "Was the return of terrorist fighters raised in August?",
        "Обсуждали ли ядерную безопасность?",
    ],
)
def test_topic_in_another_session_or_month_is_no_yes(engine: Engine, question: str) -> None:
    """A statement of another session or month, or none at all, never makes a yes."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Поднимался ли на СМВД в августе вопрос судебно-экспертной деятельности?", "forensic"),
        ("Did the interior ministers council discuss forensic expert activity?", "forensic"),
        ("Was cooperation against crimes committed with information technologies discussed by the CIS interior ministers?", "communication technologies"),
    ],
)
def test_second_body_named_is_the_topic(engine: Engine, question: str, words: str) -> None:
    """The one body with a meeting of its own names the meeting; another body's name in the question
    (the forensic council, the Executive Committee's "CIS") is the topic asked, not a second subject."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed")
    assert verdict.focus == [SPB]
    assert words in verdict.statements[0].en


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Затрагивали ли министры внутренних дел тему безопасности на дорогах?", True),
        ("Затрагивали ли на СМВД тему миграции?", True),
        ("Did the XVIII meeting touch on drones?", True),
        ("Затрагивали ли на XVIII совещании ядерную безопасность?", None),
    ],
)
def test_touched_on_asks_what_was_discussed(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no"
    assert verdict.yes is yes
    assert verdict.grounds == ("discussed" if yes else "not_discussed")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Было ли на заседании СМВД в Петербурге девять государств?", False),
        ("Было ли на заседании СМВД в Петербурге восемь государств?", True),
        ("Было ли на заседании министров внутренних дел в Санкт-Петербурге 10 государств?", False),
    ],
)
def test_count_of_a_meeting_found_through_its_body(engine: Engine, question: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "count")
    assert verdict.focus == [SPB]


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the second session of the XVIII meeting cover digital tools against terrorist financing?", True),
        ("Обсуждались ли на второй сессии XVIII совещания цифровые инструменты против финансирования терроризма?", True),
        # the record gives it to the second session: a "No" that names it (was "the sources do not say")
        ("Did the fourth session of the XVIII meeting cover digital tools against terrorist financing?", False),
    ],
)
def test_a_session_named_by_its_ordinal_is_where_to_look(engine: Engine, question: str, yes: bool | None) -> None:
    """ "The second session" names one session (never a count of two): its statements answer, and a
    statement of another session makes no yes (a "No" with that session, see session_claim)."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no"
    assert verdict.grounds != "count"
    assert verdict.yes is yes


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Учения «Содружество-Антитеррор – 2025» должны были пройти в Казахстане?", False),
        ("Учения Содружество-Антитеррор 2025 должны пройти в Таджикистане?", True),
        ("Должны ли учения Содружество-Антитеррор 2025 состояться в Киргизии?", False),
    ],
)
def test_where_an_exercise_is_to_take_place(engine: Engine, question: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "place")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Were nine states represented at the XVIII meeting?", True),
        ("Were 10 states represented at the XVIII meeting?", False),
        ("Было ли на XVIII совещании пять специализированных секций?", False),
    ],
)
def test_stated_count_of_a_listed_group(engine: Engine, question: str, yes: bool) -> None:
    """The source states nine states and names eight: the stated count answers an exact number, a
    number neither stated nor listed is a no; a cardinal ("пять") is a count, not an ordinal."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is yes


@pytest.mark.parametrize(
    "question",
    [
        "Was the development of mutual legal assistance one of the aims of the bodies in 2025?",
        "Was ensuring stability in the Commonwealth one of the aims of the security bodies in 2025?",
    ],
)
def test_one_of_asserts_no_number(engine: Engine, question: str) -> None:
    """ "One of the aims" asserts no number 1 that the record would have to hold."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is True


def test_warned_is_said(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did Klemez warn about money laundering?")
    assert (verdict.kind, verdict.yes) == ("quote", True)
    assert "laundering" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Was protecting the environment one of the aims of the bodies in 2025?",
        "Было ли сохранение окружающей среды одной из целей органов в 2025 году?",
    ],
)
def test_aims_of_bodies_are_not_what_a_body_is(engine: Engine, question: str) -> None:
    """A body's name reached by a topic word in a question about the bodies' aims is no question of
    whether it is a CIS body: never "Yes, the Ecological Council is a CIS body"."""
    verdict = verdict_of(engine, question)
    assert verdict.grounds not in ("cis_body", "category")
    assert verdict.yes is not True


# ==================================================================================================
# What a person is recorded as saying, a wrong city beside a right date, the period of a document
# named by the meeting that adopted it, a status granted at a meeting, the question in the last of
# several sentences, a body said to have acted for another, and "the sources do not say so" before
# an answer that neither holds nor contradicts the question.


QUOTE_CHARS = 320  # what the presentation shows of a statement (bot/present/answer.py)


@pytest.mark.parametrize(
    ("question", "person", "word"),
    [
        ("Упоминал ли Трефилов молодёжь в своём выступлении?", "denis_trefilov", "молод"),
        ("Did Trefilov talk about the youth?", "denis_trefilov", "youth"),
        ("govoril li Klemez pro kiberprestupnost?", "yevgeny_klemez", "кибер"),
        ("Did Klemez mention cybercrime?", "yevgeny_klemez", "cyber"),
        ("Говорил ли Трефилов о формате «СНГ плюс»?", "denis_trefilov", "плюс"),
    ],
)
def test_what_a_person_said_is_a_yes_with_the_part_asked(engine: Engine, question: str, person: str, word: str) -> None:
    """Any recorded statement of the person that holds the topic asked makes a yes, and the part of
    it holding the asked word is what is shown (within the quote's length)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "stated")
    assert verdict.focus == [person]
    shown = verdict.statements[0].get(verdict.lang)[:QUOTE_CHARS].lower()
    assert word in shown


@pytest.mark.parametrize(
    "question",
    ["Говорил ли Трефилов о ядерном оружии?", "Did Klemez mention climate change?", "Упоминал ли Клемез изменение климата?"],
)
def test_a_topic_a_person_never_spoke_of_is_not_said(engine: Engine, question: str) -> None:
    """No yes and no no: the person's recorded statements do not mention it."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", None, "not_said")


def test_a_crime_is_not_cybercrime(engine: Engine) -> None:
    """"IT-преступления" lost its "IT" as a stop word and made every "преступления" cybercrime."""
    folded = engine.index.fold_synonyms(text_tokens("чудовищные преступления нацизма"))
    assert "~cybercrime" not in folded


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Секретари советов безопасности СНГ собирались 5 ноября 2025 года в Душанбе, верно?", "dushanbe"),
        ("Секретари совбезов СНГ встречались 5 ноября в Минске, верно?", "minsk"),
        ("Was the XVIII counter-terrorism meeting held on 10 June in Dushanbe?", "dushanbe"),
        ("Did the interior ministers meet on 12 August in Minsk?", "minsk"),
    ],
)
def test_a_right_date_does_not_confirm_a_wrong_city(engine: Engine, question: str, asked: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", False, "place")
    assert verdict.value["asked"] == asked
    assert verdict.value["place"] != asked


@pytest.mark.parametrize(
    "question",
    ["sekretari sovbezov vstrechalis 5 noyabrya v Moskve?", "Заседание секретарей совбезов прошло 5 ноября в Москве?"],
)
def test_a_right_date_and_city_stay_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", True)
    assert verdict.focus[0] == SECRETARIES


@pytest.mark.parametrize(
    "question",
    [
        "Действует ли сейчас программа сотрудничества СНГ в борьбе с терроризмом и экстремизмом, утверждённая в Душанбе?",
        "Is the counter-terrorism programme approved at the Dushanbe summit in force now?",
        "deystvuet li seychas programma po borbe s terrorizmom, prinyataya v Dushanbe?",
    ],
)
def test_a_document_named_by_its_meeting_runs_now(engine: Engine, question: str) -> None:
    """The meeting only says which programme: its 2026–2028 period covers today, not the summit's
    date (October 2025)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", True)
    assert verdict.focus == [TERRORISM]


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Правда, что на октябрьском саммите Шанхайской организации сотрудничества дали статус наблюдателя в Содружестве?", True),
        ("Did the Dushanbe summit grant the SCO observer status?", True),
        ("na sammite v Dushanbe SHOS dali status nablyudatelya?", True),
        ("Did the June meeting give the SCO observer status?", False),
    ],
)
def test_a_status_given_at_a_meeting_is_where_the_decision_was_taken(engine: Engine, question: str, yes: bool) -> None:
    """ "дали статус", "give the status": the decision granting it, checked against the meeting named."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "adopted_at")
    assert verdict.focus[0] == "decision_sco_observer"


@pytest.mark.parametrize(
    ("question", "body"),
    [
        (
            "погода это тоже безопасность? Совет по гидрометеорологии входит в перечень органов СНГ в сфере безопасности?",
            "hydrometeorology_council",
        ),
        ("Interesting. Is the Hydrometeorology Council one of the CIS security bodies?", "hydrometeorology_council"),
        ("Совет командующих пограничными войсками входит в перечень органов СНГ в сфере безопасности?", "border_troops_commanders_council"),
    ],
)
def test_a_body_in_the_list_of_security_bodies(engine: Engine, question: str, body: str) -> None:
    """The last of several sentences is the question; a body named in full is the one asked about,
    not another sharing "council" and "security" with the question."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", True)
    assert verdict.focus[0] == body


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Was the CIS Anti-Terrorism Center set up by a decision of the Defence Ministers Council?", False),
        ("АТЦ СНГ создан решением Совета министров обороны?", False),
        ("Was the CIS Anti-Terrorism Center set up by a decision of the Council of Heads of State?", True),
        ("Антитеррористический центр СНГ создан по решению Совета глав государств?", True),
    ],
)
def test_which_council_set_up_a_body(engine: Engine, question: str, yes: bool) -> None:
    """The clause of the ATC's record on its establishment names the Council of Heads of State."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "stated")
    assert verdict.focus == ["atc"]
    assert "Heads of CIS States" in verdict.statements[0].en


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Шла ли речь на июньском антитеррористическом совещании о блокировании террористического контента в интернете?", "интернет"),
        ("Was blocking terrorist content on the Internet discussed at the XVIII meeting?", "internet"),
    ],
)
def test_a_topic_of_a_long_statement_is_shown(engine: Engine, question: str, word: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed")
    assert verdict.focus[0] == XVIII
    assert word in verdict.statements[0].get(verdict.lang)[:QUOTE_CHARS].lower()


@pytest.mark.parametrize(
    "question",
    [
        "Работали ли отраслевые органы СНГ в сфере безопасности в 2025 году по плану?",
        "Did the security bodies work on a planned basis in 2025?",
    ],
)
def test_an_answer_that_neither_holds_nor_contradicts_says_so(engine: Engine, question: str) -> None:
    """Asked for yes or no outright, an answer that does not hold the question's words is no yes and
    no no: it is marked, and the presentation says the sources do not say so directly."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is None
    assert verdict.grounds == "unconfirmed"


@pytest.mark.parametrize(
    "question",
    [
        "Which CIS countries voted against giving the SCO observer status?",
        "Кто голосовал против предоставления ШОС статуса наблюдателя?",
        "Did Belarus abstain on the Military Cooperation Concept?",
    ],
)
def test_a_vote_on_a_decision_is_not_recorded(engine: Engine, question: str) -> None:
    """The sources record decisions taken, never how a state voted: said so, not the decision's card."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason, verdict.attribute) == ("fact", "not_stated", "vote")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Will the Joint Statement on transnational crime be circulated at the United Nations?", True),
        ("Is the Joint Statement on combating transnational crime supposed to be circulated at the UN?", True),
        ("Has the Joint Statement on transnational crime been circulated at the UN?", None),
    ],
)
def test_a_plan_of_a_named_document(engine: Engine, question: str, yes: bool | None) -> None:
    """"Will it be circulated" asks of that document's recorded plan (not which statement comes
    next); "has it been circulated" is not answered by a plan."""
    verdict = verdict_of(engine, question)
    assert verdict.focus and verdict.focus[0] == "joint_statement_transnational_crime"
    assert verdict.yes is yes


# ==================================================================================================
# An outcome asked with another verb of the same act, a greeting asked in Latin-typed Russian,
# "а про X … что-то было?", a wrong keyboard layout with a framing word, and a meeting recorded
# only as planned.


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
    verdict = verdict_of(engine, question)
    assert verdict.yes is True


def test_establishing_elsewhere_is_no_yes(engine: Engine) -> None:
    verdict = verdict_of(engine, "Правда ли, что формат СНГ плюс учредили в Минске?")
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
    verdict = verdict_of(engine, question)
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
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert meeting in verdict.focus


def test_anything_said_of_an_absent_topic_is_no_yes(engine: Engine) -> None:
    verdict = verdict_of(engine, "а про ядерное оружие на августовском совете МВД что-нибудь было?")
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
    verdict = verdict_of(engine, question)
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
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was the Commonwealth-Antiterror 2025 exercise planned in Kazakhstan?", "planned to be held in Tajikistan"),
        ("Учения Содружество-Антитеррор должны были пройти в Казахстане?", "место проведения по плану"),
    ],
)
def test_planned_place_is_worded_as_a_plan(engine: Engine, question: str, expected: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is False and EXERCISE in verdict.focus
    html = html_of(engine, verdict)
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
    verdict = verdict_of(engine, question)
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
    verdict = verdict_of(engine, question)
    assert verdict.reason == "not_stated" and verdict.attribute == "sessions"


def test_sessions_recorded_are_counted(engine: Engine) -> None:
    verdict = verdict_of(engine, "How many sessions did the XVIII counter-terrorism meeting have?")
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
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded"
    assert verdict.value["year"] == 2026


def test_last_year_finds_the_meeting(engine: Engine) -> None:
    verdict = verdict_of(engine, "Who spoke at the Security Secretaries Council meeting last year?")
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
    verdict = verdict_of(engine, question)
    html = html_of(engine, verdict)
    assert html.startswith(f"<b>{first}</b>") or html.startswith(first)
    assert len(html.split("\n")[0]) <= 200


# ==================================================================================================
# A "yes" that rests on the record of the claim asked, not on the meeting's date or venue: a topic
# of the meeting named by when it met or by its city, a document by the city of its adoption, what a
# person said ("described … as", "в своём обращении вспомнил"), and the kind of an address.


@pytest.mark.parametrize(
    ("question", "meeting", "words"),
    [
        ("Was road safety on the table when the CIS interior ministers met last summer?", SPB, "road safety"),
        ("Was illegal migration on the table when the interior ministers met in St Petersburg?", SPB, "migration"),
        ("Was deradicalisation on the agenda when the counter-terrorism chiefs met in June 2025?", XVIII, "deradical"),
        (
            "Стояла ли дерадикализация на повестке, когда в июне 2025 года собирались руководители "
            "антитеррористических подразделений?",
            XVIII,
            "deradical",
        ),
        (
            "Касались ли судебно-экспертной деятельности, когда министры внутренних дел собирались в августе?",
            SPB,
            "forensic",
        ),
        ("byla li dorozhnaya bezopasnost na povestke, kogda ministry vnutrennih del sobiralis letom?", SPB, "road safety"),
    ],
)
def test_a_topic_at_a_meeting_named_by_when_it_met_rests_on_its_record(
    engine: Engine, question: str, meeting: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus[0]) == ("yes_no", True, "discussed", meeting)
    assert words in verdict.statements[0].en.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Was nuclear safety on the table when the interior ministers met last summer?",
        "Обсуждали ли ядерную безопасность, когда министры внутренних дел собирались в августе 2025 года?",
    ],
)
def test_a_topic_not_recorded_at_a_meeting_named_by_when_it_met_is_no_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds, verdict.focus) == (None, "not_discussed", [SPB])


@pytest.mark.parametrize(
    ("question", "yes", "document", "shown"),
    [
        ("Was the Military Cooperation Concept until 2030 approved in Dushanbe?", True, CONCEPT, "approved at"),
        ("Приняли ли в Душанбе совместное заявление о борьбе с транснациональной преступностью?", True, STATEMENT, "место принятия"),
        ("Одобрили ли в Москве программу укрепления пограничной безопасности до 2030 года?", False, BORDER, "а не Москва"),
        ("Was the programme for strengthening border security approved in Dushanbe?", True, BORDER, "Dushanbe"),
    ],
)
def test_a_document_asked_by_the_city_of_its_adoption_rests_on_the_adoption(
    engine: Engine, question: str, yes: bool, document: str, shown: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus[0]) == ("yes_no", yes, "adopted_in", document)
    ground = html_of(engine, verdict).split("\n")[1]
    assert "2030" in ground or "Заявление" in ground  # the document itself, not only the meeting's venue
    assert shown in ground


@pytest.mark.parametrize(
    ("question", "meeting", "words"),
    [
        ("obsuzhdali li na antiterroristicheskom soveshchanii v Moskve bespilotniki?", XVIII, "unmanned"),
        ("Говорили ли на антитеррористическом совещании в Москве о дерадикализации?", XVIII, "deradical"),
        ("obsuzhdali li na vstreche v Moskve kiberzashchitu?", INTEL, "cyber"),
        ("Was road safety discussed at the meeting in St Petersburg?", SPB, "road safety"),
        # the month names the meeting, the city only places it
        ("Обсуждали ли на июньском совещании в Москве беспилотники?", XVIII, "unmanned"),
    ],
)
def test_a_topic_of_the_meeting_in_a_city_is_checked_at_the_meeting_held_there(
    engine: Engine, question: str, meeting: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.focus[0]) == ("yes_no", True, meeting)
    assert words in verdict.statements[0].en.lower()
    assert len(html_of(engine, verdict)) < 600  # one statement, never the whole agenda


@pytest.mark.parametrize(
    "question", ["Was nuclear terrorism discussed at the meeting in Moscow?", "Говорили ли на заседании в Москве о ядерном терроризме?"]
)
def test_a_topic_no_meeting_in_the_city_records_is_not_said(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is None and verdict.grounds in ("not_discussed_in", "not_discussed")


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("Правда, что Рахмон в своём обращении вспомнил решение 2000 года?", RAHMON, "2000"),
        ("Did Trefilov present the CIS Plus format as open to international organisations?", TREFILOV, "international organizations"),
        ("Did Klemez describe illegal migration as a direct threat to national security?", KLEMEZ, "migration"),
        ("Правда, что Трефилов в своей речи вспомнил о молодёжи?", TREFILOV, "youth"),
        ("Did Trefilov call the approved programmes documents for the medium term?", TREFILOV, "medium term"),
        ("Trefilov v svoem vystuplenii upomyanul molodezh?", TREFILOV, "youth"),
    ],
)
def test_a_claim_about_what_a_person_said_rests_on_their_statement(
    engine: Engine, question: str, person: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus) == ("yes_no", True, "stated", [person])
    assert words in verdict.statements[0].en


@pytest.mark.parametrize(
    "question", ["Did Rahmon mention drones in his address?", "Правда ли, что Клемез в своём выступлении назвал ШОС членом СНГ?"]
)
def test_a_claim_no_statement_holds_is_no_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    ("question", "person", "shown"),
    [
        ("What kind of address did Rahmon send to the XVIII meeting?", RAHMON, "congratulatory address"),
        ("What sort of address did Rahmon send to the counter-terrorism meeting in June?", RAHMON, "congratulatory"),
        ("С каким обращением Рахмон выступил на XVIII совещании?", RAHMON, "приветствие"),
        ("What kind of speech did Trefilov give at the 13th meeting of the security secretaries?", TREFILOV, "welcoming speech"),
        ("Какое выступление было у Трефилова на 13-м заседании секретарей совбезов?", TREFILOV, "приветственное слово"),
    ],
)
def test_the_kind_of_an_address_is_the_sources_word_for_it(
    engine: Engine, question: str, person: str, shown: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "speakers"
    assert [speaker["person"] for speaker in verdict.value] == [person]
    assert shown in html_of(engine, verdict).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("Was Trefilov's speech at the 13th meeting a welcoming one?", "welcoming speech"),
        ("Рахмон направил XVIII совещанию приветствие?", "приветствие, заслушанное"),
    ],
)
def test_whether_a_person_addressed_a_meeting_shows_the_kind_of_address(engine: Engine, question: str, shown: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is True
    assert shown in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Is Klemez called the director of the Security Cooperation Department?",
        "Назван ли Клемез директором департамента по сотрудничеству в сфере безопасности?",
    ],
)
def test_a_post_asked_with_a_verb_of_naming_is_still_the_post(engine: Engine, question: str) -> None:
    """"Called the director" names a title: the person's recorded posts answer, not what he said."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "role")


def test_a_claim_about_what_a_speaker_said_at_a_meeting_rests_on_his_words_there(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did Rahmon in his address to the XVIII meeting recall the 2000 decision?")
    assert (verdict.yes, verdict.grounds, verdict.focus) == (True, "stated", [RAHMON])
    assert "2000" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    ["Did Rahmon mention drones in his address to the XVIII meeting?", "Упоминал ли Рахмон беспилотники в обращении к XVIII совещанию?"],
)
def test_what_a_meeting_discussed_is_not_what_its_speaker_said(engine: Engine, question: str) -> None:
    """Drones were discussed at the first session, not in Rahmon's address."""
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds) == (None, "not_said")


# ==================================================================================================
# Claims the record contradicts: one of exclusive alternatives (a direction, the level that adopted
# a document) against the clause that says the other is a "no" with that clause, the recorded
# alternative stays a "yes"; what a format covers, one item of a listed practice, a group named with
# a topic, the bodies on the list of sixteen, and what a person said needing subject and direction.


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Did Klemez say extremist movements are declining?", "increase"),
        ("Did Klemez say narcotics production in the region is going down?", "growing"),
        ("Клемез считает, что эффективность международных систем безопасности растёт?", "declining"),
        ("Did the XVIII meeting note decreasing propaganda activity of terrorist organizations?", "increasing"),
        (
            "Отмечалось ли на XVIII совещании снижение пропагандистской активности террористических организаций?",
            "increasing",
        ),
        (
            "Was the Joint Statement on combating transnational crime adopted by the heads of government?",
            "Heads of State",
        ),
        ("Главы правительств СНГ приняли заявление о борьбе с транснациональной преступностью?", "главы государств"),
    ],
)
def test_a_claim_the_record_says_the_opposite_of_is_a_no_with_the_record(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is False
    shown = " ".join(f"{s.en} {s.ru}" for s in verdict.statements) + html_of(engine, verdict)
    assert words.lower() in shown.lower()
    assert not html_of(engine, verdict).lstrip("<b>").lower().startswith(("yes", "да"))


@pytest.mark.parametrize(
    "question",
    [
        "Did Klemez say narcotics production is growing?",
        "Did the XVIII meeting note increasing propaganda activity of terrorist organizations?",
        "Is the effectiveness of international security systems declining according to Klemez?",
        "Главы государств СНГ приняли заявление о борьбе с транснациональной преступностью?",
        "Was the Joint Statement on combating transnational crime adopted by the heads of state?",
    ],
)
def test_the_same_claim_with_the_recorded_alternative_stays_a_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert set(verdict.focus) & {KLEMEZ, XVIII, STATEMENT, DUSHANBE}


@pytest.mark.parametrize(
    "question",
    [
        "Did Klemez say drug trafficking routes are shrinking?",
        "Did Klemez say narcotics production is falling?",
        "Говорил ли Клемез, что экстремистские движения ослабевают?",
        "Klemez govoril, chto proizvodstvo narkotikov snizhaetsya?",
    ],
)
def test_an_opposite_claim_never_gets_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Does the CIS Plus platform also cover associations of states, not just single countries?", "associations"),
        ("Does CIS Plus cover international organisations, not only states?", "international organizations"),
        ("Охватывает ли формат СНГ плюс объединения государств?", "associations"),
    ],
)
def test_what_a_format_covers_is_confirmed_by_its_definition(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert (
        words in html_of(engine, verdict)
        or words in " ".join(f"{s.en} {s.ru}" for s in verdict.statements)
        or words in str(engine.kb.entities[verdict.focus[0]].description.en)
    )


@pytest.mark.parametrize(
    "question",
    ["Does CIS Plus cover only single states?", "Does CIS Plus cover military alliances?"],
)
def test_what_a_format_does_not_cover_gets_no_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    "question",
    [
        "Was blocking terrorist and extremist content on the Internet among the practices shared at the June meeting?",
        "Was countering terrorist use of drones among the practices exchanged at the XVIII meeting?",
    ],
)
def test_one_item_of_a_listed_practice_is_confirmed_with_its_frame(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert XVIII in verdict.focus


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "Were religious organisations mentioned in connection with deradicalization at the June meeting?",
            "religious",
        ),
        (
            "Were educational organisations mentioned in connection with deradicalization at the XVIII meeting?",
            "educational",
        ),
        ("Упоминались ли религиозные организации в связи с дерадикализацией на июньском совещании?", "religious"),
    ],
)
def test_a_group_named_in_connection_with_a_topic_is_checked_in_the_record(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed")
    assert words in verdict.statements[0].en.lower()


def test_a_group_the_record_does_not_name_with_the_topic_gets_no_yes(engine: Engine) -> None:
    question = "Were sports organisations mentioned in connection with deradicalization at the June meeting?"
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "Есть ли Совет министров иностранных дел в перечне 16 отраслевых органов СНГ по безопасности?",
            "иностранных дел",
        ),
        ("Входит ли Совет министров юстиции в число 16 отраслевых органов?", "юстиции"),
        ("vhodit li sovet ministrov inostrannyh del v chislo 16 otraslevyh organov?", "inostrannyh del"),
    ],
)
def test_a_body_the_list_of_sixteen_does_not_hold_is_not_confirmed(engine: Engine, question: str, name: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True
    assert verdict.kind == "not_recorded"
    assert name in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Входит ли Совет министров обороны в число 16 отраслевых органов?",
        "Is the Council of Heads of Migration Bodies among the 16 sectoral bodies?",
        "Was the Interstate Aviation Committee among the CIS bodies at the June meeting in Moscow?",
    ],
)
def test_a_body_on_the_list_stays_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


def test_a_document_named_with_its_years_asked_by_whom_is_no_period_check(engine: Engine) -> None:
    # "until 2030" is the Concept's name: who approved it is asked, and the clause that tells of
    # the approval names the Heads of State.
    verdict = verdict_of(engine, "Did the heads of government adopt the Military Cooperation Concept until 2030?")
    assert verdict.yes is not True
    assert verdict.grounds != "period"


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        # the direction word is what no statement holds; the one holding the rest says "growing"
        ("Клемез говорил, что масштабы киберпреступности сокращаются?", False),
        ("Did Klemez say the scale of cybercrime is shrinking?", False),
        # "growing" and "threat" are his words, drones are not: no yes
        ("Did Klemez say drones are a growing threat?", None),
        ("Did Klemez say narcotics production is growing?", True),
    ],
)
def test_what_a_person_said_needs_its_subject_and_its_direction(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", yes), verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did Azerbaijan attend the St Petersburg meeting?", False),
        ("Did Azerbaijan take part in the meeting in St Petersburg?", False),
        ("Did Turkmenistan attend the St Petersburg meeting?", True),
        ("Был ли Азербайджан на заседании в Санкт-Петербурге?", False),
        ("Была ли Армения на встрече в Питере?", True),
    ],
)
def test_a_city_with_one_meeting_names_it_in_a_question_of_taking_part(
    engine: Engine, question: str, yes: bool
) -> None:
    """St Petersburg hosted one recorded meeting: "the St Petersburg meeting" is it, and whether a
    state took part is an explicit Yes or No from its list (not "the sources do not say so directly")."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes and verdict.focus[:1] == [SPB], verdict


# ==================================================================================================
# Claims read in a named text and claims limited by "only": a report's clause confirms without
# the frame's words, a figure asserted of a report is checked against the fact it sources, "only"
# is never a yes to half; "did X mention <organisation>", an address sent, a meeting named as an
# organisation's ("саммит ОДКБ"), and a missing attribute said of the entry by its full name.


MEETINGS_2025 = "fact_meetings_2025"


@pytest.mark.parametrize(
    "question",
    [
        "В годовом отчёте говорится, что органы работали в тесном взаимодействии с Исполкомом СНГ?",
        "V otchete govoritsya, chto vzaimodeystvie organov nalazheno i razvivaetsya?",
        "Does the annual report say that the bodies' activities were aimed at ensuring stability in the Commonwealth?",
        "Does the annual report say the bodies worked in close interaction with the Executive Committee?",
        "В отчёте Исполкома говорится, что деятельность органов была направлена на укрепление авторитета СНГ на международной арене?",
        "Говорится ли в статье БелТА, что Клемез отметил рост экстремистских движений?",
    ],
)
def test_a_claim_read_in_a_named_report_is_confirmed_by_its_clause(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert re.sub(r"<[^>]+>", "", first_line(engine, verdict)).lower().startswith(("yes", "да"))


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the 2025 annual report say 25 meetings were held?", False),
        ("Did the annual report say 20 meetings were held in 2025?", True),
        ("Does the report say 17 meetings took place in 2025?", False),
        ("В годовом отчёте сказано, что проведено 18 заседаний?", False),
    ],
)
def test_a_figure_asserted_of_a_report_is_its_recorded_figure(engine: Engine, question: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds, verdict.focus) == (yes, "figure", [MEETINGS_2025])
    assert "20" in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Was the CIS Plus format meant only for CIS member states?",
        "Did only Russia send a delegation to the Moscow meeting of intelligence chiefs?",
        "Обсуждали на заседании СМВД в Санкт-Петербурге только незаконную миграцию?",
    ],
)
def test_a_claim_limited_by_only_is_no_when_the_record_holds_more(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is False


@pytest.mark.parametrize(
    "question",
    [
        "ok so uzbekistan — was it at the counter terrorism thing in june or not, yes/no only",
        "Was the XVIII meeting held only in Moscow?",
    ],
)
def test_only_as_the_answer_form_or_of_a_place_keeps_the_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


@pytest.mark.parametrize(
    ("question", "person", "asked"),
    [
        ("Did Trefilov mention the Collective Security Treaty Organization in his welcoming speech?", "denis_trefilov", "csto"),
        ("Did Klemez mention the CSTO?", "yevgeny_klemez", "csto"),
        ("Упоминал ли Клемез Шанхайскую организацию сотрудничества?", "yevgeny_klemez", "sco"),
        ("Upominal li Klemez ODKB?", "yevgeny_klemez", "csto"),
    ],
)
def test_an_organisation_no_source_recording_the_person_names_is_a_no(
    engine: Engine, question: str, person: str, asked: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds) == (False, "not_said")
    assert verdict.value["entity"] == person and verdict.value["asked"] == asked
    assert re.sub(r"<[^>]+>", "", first_line(engine, verdict)).lower().startswith(("no", "нет"))


@pytest.mark.parametrize(
    ("question", "beside"),
    [
        ("Упоминал ли Трефилов Шанхайскую организацию сотрудничества в своей речи?", "decision_sco_observer"),
        ("Did Trefilov mention the United Nations in his speech?", "joint_statement_transnational_crime"),
    ],
)
def test_an_organisation_the_same_source_names_elsewhere_is_shown_there(engine: Engine, question: str, beside: str) -> None:
    """Not in his quoted words, but in the article that records them: no confident no."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is None
    assert verdict.value["beside"] == beside


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Рахмон обращался к участникам XVIII совещания?", XVIII),
        ("Emomali Rahmon obrashchalsya k uchastnikam XVIII soveshchaniya?", XVIII),
        ("Трефилов обращался к участникам заседания Совета секретарей безопасности?", SECRETARIES),
        ("Did Trefilov address the participants of the 13th Security Secretaries meeting?", SECRETARIES),
    ],
)
def test_an_address_recorded_is_a_yes_to_addressing_the_participants(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert meeting in verdict.focus or meeting in str(verdict.value)


@pytest.mark.parametrize("question", ["Did Rahmon attend the XVIII meeting?", "Рахмон присутствовал на XVIII совещании?"])
def test_attending_is_still_not_an_address(engine: Engine, question: str) -> None:
    """Asked whether he attended, an address sent is no yes (the behaviour kept)."""
    assert verdict_of(engine, question).yes is None


@pytest.mark.parametrize(
    ("question", "organisation"),
    [
        ("Какие решения принял саммит ОДКБ в 2025 году?", "csto"),
        ("What did the CSTO summit decide in 2025?", "csto"),
        ("What did the SCO ministers' meeting decide?", "sco"),
        ("Какие решения приняло совещание министров ШОС в 2025 году?", "sco"),
        ("Who attended the EAG plenary meeting in 2025?", "eag"),
        ("Where was the CSTO summit held?", "csto"),
    ],
)
def test_a_meeting_of_an_organisation_the_sources_record_none_of_is_not_recorded(
    engine: Engine, question: str, organisation: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason) == ("not_recorded", "no_meetings")
    assert verdict.value["body"] == organisation
    assert "dushanbe" not in " ".join(verdict.focus)


@pytest.mark.parametrize(
    "question",
    [
        "Did the CSTO attend the XVIII meeting?",
        "Did the Dushanbe summit grant the SCO observer status?",
    ],
)
def test_an_organisation_at_a_recorded_meeting_is_no_meeting_of_its_own(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is True


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "Кто председательствовал на заседании Межгосударственного экологического совета в 2025 году?",
            "Межгосударственный экологический совет",
        ),
        ("Кто руководит Межгосударственным советом по гидрометеорологии?", "по гидрометеорологии"),
        (
            "Кто председательствовал на заседании Межгосударственного совета по промышленной безопасности в 2025 году?",
            "промышленной безопасности",
        ),
    ],
)
def test_a_missing_head_is_said_of_the_body_by_its_full_name(engine: Engine, question: str, name: str) -> None:
    verdict = verdict_of(engine, question)
    assert name in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Does the BelTA article say that the SCO got observer status?",
        "В статье БелТА говорится, что ШОС получила статус наблюдателя?",
    ],
)
def test_a_claim_true_in_another_source_is_no_yes_for_the_source_named(engine: Engine, question: str) -> None:
    """True by the Executive Committee's news item, not said by BelTA: no yes, the real source shown."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is None
    assert "seed002" not in verdict.sources


@pytest.mark.parametrize("question", ["Did the SCO attend the XVIII meeting?", "Была ли ШОС на XVIII совещании?"])
def test_an_organisation_whose_structure_is_listed_is_no_plain_no(engine: Engine, question: str) -> None:
    """The SCO is not on the XVIII meeting's list, its Regional Anti-Terrorist Structure is: "not
    itself" with the structure named, never a bare "No"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is None and verdict.grounds == "part_listed", verdict
    assert verdict.value["meetings"][0]["part"] == "rats_sco"
    assert "RATS SCO" in html_of(engine, verdict) or "РАТС ШОС" in html_of(engine, verdict)


# ==================================================================================================
# "Did X say <claim>" and "does the article mention ...": a word the statement holds in another
# form is held ("Nazi" for Nazism), a claim about a place is answered with what he said about it
# (and is no visit to it), the article's commentary is its text, a word that resembles a body's
# name names nothing, the other extent ("little" against "deep" potential) is a no.


# --- a word held in another form ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Did Klemez warn against glorifying Nazi collaborators?",
        "Did Klemez speak about Nazi crimes?",
        "Did Putin mention the fight against the Nazis?",
    ],
)
def test_a_word_held_in_another_form_is_held(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert any("nazism" in statement.en.lower() for statement in verdict.statements)


def test_a_stem_of_a_known_word_matches_it(engine: Engine) -> None:
    assert [token for token, _ in engine.index.vocabulary_matches("nazi")] == ["nazism"]
    assert "nacizm" in [token for token, _ in engine.index.vocabulary_matches("nacisk")]
    assert engine.index.vocabulary_matches("qzxwvu") == []


# --- a claim about a place ------------------------------------------------------------------------


def test_a_claim_about_a_place_gets_what_he_said_about_it(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did Klemez say St Petersburg was picked because the CIS headquarters is there?")
    assert verdict.yes is not True
    assert verdict.focus[:1] == [KLEMEZ]
    assert any("symbolic" in statement.en for statement in verdict.statements)


def test_spb_is_still_the_meeting(engine: Engine) -> None:
    """A guard: the St Petersburg meeting's remark on the city is found by its own words too."""
    verdict = verdict_of(engine, "Did Klemez say St Petersburg suffered during the war?")
    assert verdict.yes is True and SPB not in verdict.focus[1:]


@pytest.mark.parametrize(
    "question",
    [
        "Говорил ли Клемез, что Петербург сильно пострадал в годы войны?",
        "Говорил ли Трефилов, что Москва стала площадкой для диалога?",
        "Говорил ли Клемез, что Петербург выбрали из-за штаб-квартиры СНГ?",
    ],
)
def test_said_that_about_a_place_is_no_visit_to_it(engine: Engine, question: str) -> None:
    """"Говорил ли X, что <город> …" asks what he said; whether he spoke in the city is another
    question (it was answered "Да" from his speech in Moscow)."""
    verdict = verdict_of(engine, question)
    assert not (verdict.kind == "yes_no" and isinstance(verdict.value, dict) and "meetings" in verdict.value)
    assert verdict.yes is not True


@pytest.mark.parametrize("question", ["Трефилов выступал в Москве?", "Did Trefilov speak in Moscow?"])
def test_speaking_in_a_place_is_still_asked(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


# --- the article's commentary is its text ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Упоминаются ли в статье о встрече спецслужб в Москве западные наблюдатели?", True),
        ("Does the article about the Moscow intelligence meeting mention Western observers?", True),
        # The note says Russia is not named among the delegations: no mention.
        ("Does the article on the Moscow intelligence meeting name Russia among the delegations?", None),
    ],
)
def test_the_articles_commentary_is_its_text(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is yes
    assert INTEL in verdict.focus


# --- a word that resembles a body's name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Говорится ли в годовом отчёте, что работа органов создавала безопасную среду для экономического сотрудничества?", "экономического"),
        ("Does the annual review say the bodies helped develop humanitarian cooperation?", "humanitarian"),
    ],
)
def test_a_word_that_resembles_a_name_names_nothing(engine: Engine, question: str, words: str) -> None:
    """"экономического" is no typo of the Ecological Council: the claim is checked in the report."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert verdict.grounds != "cis_body"
    assert any(words in statement.get(verdict.lang) for statement in verdict.statements)


@pytest.mark.parametrize("question", ["Is the Ecological Council a CIS body?", "Является ли экологический совет органом СНГ?"])
def test_a_body_named_is_still_one(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds, verdict.focus) == (True, "cis_body", ["ecological_council"])


# --- the other extent is a no ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Did Peskov say CIS cooperation has little potential?",
        "Говорил ли Песков, что у сотрудничества в СНГ небольшой потенциал?",
    ],
)
def test_the_other_extent_is_a_no(engine: Engine, question: str) -> None:
    """"little potential" against his "deep potential": a no with his words (it was "his statements
    do not mention this")."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is False
    assert any("deep potential" in statement.en for statement in verdict.statements)


def test_the_same_extent_is_a_yes(engine: Engine) -> None:
    assert verdict_of(engine, "Did Peskov say CIS cooperation has deep potential?").yes is True


# ==================================================================================================
# Round 14: singling out as a worry, the issues a meeting looked at, a claim its publisher made.


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Did Klemez single out cybercrime as a worry?", "cybercrime"),
        ("Did Klemez flag cybercrime as a concern?", "cybercrime"),
        ("Did Klemez name weapons smuggling among the worries?", "weapons smuggling"),
        ("Клемез назвал киберпреступность поводом для беспокойства?", "cybercrime"),
        ("Klemez vydelyal kiberprestupnost kak ugrozu?", "cybercrime"),
        ("Выделял ли Клемез незаконную миграцию как угрозу?", "illegal migration"),
        ("Did Klemez single out drug trafficking as a threat?", "drug trafficking"),
        ("Was cybercrime among the threats Klemez listed?", "cybercrime"),
    ],
)
def test_singled_out_as_a_worry_is_what_the_person_said(engine: Engine, question: str, word: str) -> None:
    """The verb only frames what he said, and "worry" / "угрозу" is held by a statement that itself
    lists concerns and threats: the topic is what must be in it (it was "not said directly")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "stated"), verdict
    assert any(word in statement.en for statement in verdict.statements)


@pytest.mark.parametrize(
    "question",
    [
        "Did Klemez single out climate change as a worry?",
        "Did Trefilov single out cybercrime as a worry?",
        # Trefilov spoke of youth and destructive movements, never as a threat or a worry
        "Did Trefilov single out youth as a worry?",
    ],
)
def test_singled_out_needs_the_topic_and_the_worry(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.yes is not True, verdict


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Was traffic safety among the issues the interior ministers' council looked at in August 2025?", "road safety"),
        ("Была ли дорожная безопасность среди вопросов, которые рассмотрел СМВД в августе 2025 года?", "дорожного движения"),
        ("Was forensic work among the issues the interior ministers' council looked at in August 2025?", "forensic"),
        ("Was illegal migration among the matters the interior ministers took up in St Petersburg?", "migration"),
        ("Входила ли дорожная безопасность в число вопросов СМВД в Петербурге?", "дорожного движения"),
        # the outlet only says whose report it is: what was discussed is asked, not who reported it
        ("По данным БелТА, на СМВД обсуждали безопасность дорожного движения?", "дорожного движения"),
    ],
)
def test_among_the_issues_looked_at_asks_the_agenda(engine: Engine, question: str, words: str) -> None:
    """"among the issues … looked at", "took up", "среди вопросов, которые рассмотрел" only frame
    the topic (they were weighed as words of it: "the sources do not say")."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict
    assert any(words in statement.en or words in statement.ru for statement in verdict.statements)


def test_among_the_issues_of_another_meeting_is_no_yes(engine: Engine) -> None:
    verdict = verdict_of(engine, "Was traffic safety among the issues at the 13th meeting of the Security Secretaries Council?")
    assert verdict.yes is not True and verdict.grounds == "not_discussed"


@pytest.mark.parametrize(
    "question",
    [
        "Did the Executive Committee present the Dushanbe decisions as proof that the CIS is open to equal dialogue?",
        "Did the Executive Committee's article describe the Dushanbe decisions as showing that the CIS is open to equal dialogue?",
        "Исполком СНГ представил решения в Душанбе как подтверждение открытости СНГ к равноправному диалогу?",
        "Правда ли, что, по словам Исполкома, решения саммита в Душанбе подтверждают открытость Содружества к диалогу?",
        "ispolkom sng pisal chto resheniya v dushanbe podtverzhdayut otkrytost sodruzhestva k ravnopravnomu dialogu?",
        "According to the Executive Committee, do the Dushanbe decisions confirm the CIS's openness to equal dialogue?",
    ],
)
def test_a_claim_its_publisher_made_is_confirmed_by_its_clause(engine: Engine, question: str) -> None:
    """The Executive Committee published "these decisions confirm the openness … to an equal
    dialogue": its name and the frame ("present … as proof") are no words of the claim (it was "a
    body called Executive Committee present the Dushanbe" or no yes)."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict
    assert verdict.focus[:1] == [DUSHANBE]
    assert len(html_of(engine, verdict)) < 1200  # the yes shows the first outcomes, not all six


@pytest.mark.parametrize(
    "question",
    [
        # BelTA's article of August reports only the plans for Dushanbe
        "Did BelTA present the Dushanbe decisions as proof that the CIS is open to equal dialogue?",
        "БелТА писала, что решения в Душанбе подтверждают открытость СНГ к равноправному диалогу?",
        "Did the Executive Committee present the Dushanbe decisions as proof that the CIS is leaving the United Nations?",
    ],
)
def test_a_claim_its_publisher_did_not_make_is_no_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.yes is not True, verdict


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("провели двадцать пять заседаний?", [25]),
        ("were twenty-five meetings held", [25]),
        ("twenty five meetings", [25]),
        ("двадцать заседаний", [20]),
        ("dvadtsat zasedaniy", [20]),
        ("programme for 2026–2028", []),
    ],
)
def test_numbers_in_words(text: str, numbers: list[int]) -> None:
    assert [number for number, _, _ in asserted_numbers(text)] == numbers


@pytest.mark.parametrize(
    "question",
    [
        "Did the heads of state sign the treaty on controlled deliveries?",
        "Did the presidents sign the controlled deliveries treaty in Dushanbe?",
    ],
)
def test_a_note_that_says_it_is_not_known_is_no_yes(engine: Engine, question: str) -> None:
    # The treaty's note holds "signed" and "treaty" only to say that whether it was signed is not known.
    verdict = verdict_of(engine, question)
    assert verdict.yes is None, verdict
    assert not visible(first_line(engine, verdict)).lower().startswith("yes")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the Dushanbe summit make the SCO an observer?", True),
        ("На саммите в Душанбе ШОС стала наблюдателем?", True),
        ("Did the Dushanbe summit make the CSTO an observer?", False),
    ],
)
def test_a_status_given_at_a_meeting_is_its_decision_not_attendance(engine: Engine, question: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is yes and verdict.grounds != "not_stated", verdict


@pytest.mark.parametrize(
    "question",
    ["Was Georgia at the St Petersburg meeting?", "Была ли Молдова на встрече в Питере?"],
)
def test_an_unknown_country_at_the_one_meeting_of_a_city_is_not_listed(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is False and verdict.focus == [SPB], verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Just curious, is Klemez the CIS Secretary-General?", KLEMEZ),
        ("For my notes: was Rahmon the President of Kazakhstan?", RAHMON),
        ("I was wondering, is Trefilov the head of the Anti-Terrorism Center?", TREFILOV),
        ("verno chto Trefilov predsedatel SMVD?", TREFILOV),
        ("pravda, chto Rahmon prezident Kazahstana?", RAHMON),
    ],
)
def test_a_title_asked_after_a_chatty_opening_or_pravda_chto_is_a_no(engine: Engine, question: str, person: str) -> None:
    """A yes/no after "Just curious," / "For my notes:" or typed "pravda chto …" in Latin letters was
    not read as one (an ask-back or the person's card); the recorded titles answer it, never "Yes"."""
    assert is_yes_no(question)
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is not True, verdict
    assert verdict.focus[:1] == [person], verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [("Did the CIS heads of state meet in November 2025?", False), ("Did the CIS heads of state meet in October 2025?", True)],
)
def test_heads_of_state_is_no_frame_of_saying(engine: Engine, question: str, yes: bool) -> None:
    # "state" after "heads of" was read as the verb of "does the report state …": the claim left was
    # "meet in November 2025", a "Yes" from the 13th meeting.
    result = verdict_of(engine, question)
    assert (result.yes, result.focus[:1]) == (yes, [DUSHANBE]), result


@pytest.mark.parametrize(
    ("question", "document", "state"),
    [
        ("Has Kazakhstan signed the Joint Statement on countering transnational crime?", STATEMENT, "kazakhstan"),
        ("did tajikistan sign the joint statement on transnational crime?", STATEMENT, "tajikistan"),
        ("Has Belarus approved the border security programme?", BORDER, "belarus"),
        ("Подписала ли Армения программу сотрудничества в укреплении пограничной безопасности?", BORDER, "armenia"),
        ("Did Russia sign the Concept of military cooperation until 2030?", CONCEPT, "russia"),
    ],
)
def test_a_state_asked_whether_it_signed_a_document_is_no_place_of_adoption(
    engine: Engine, question: str, document: str, state: str
) -> None:
    """The state is the signatory asked about: the sources record the adopting meeting, not who
    signed, so neither "no, adopted in Tajikistan, not in X" nor a "yes" for the host."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", None, "signers_unrecorded"), verdict
    assert verdict.value["document"] == document and verdict.value["asked"] == state, verdict


def test_a_state_after_in_is_still_the_place_of_adoption(engine: Engine) -> None:
    verdict = verdict_of(engine, "Was the joint statement on transnational crime adopted in Turkmenistan?")
    assert (verdict.yes, verdict.grounds) == (False, "adopted_in"), verdict


@pytest.mark.parametrize(
    ("question", "yes", "meeting", "took_part"),
    [
        ("Was the 10 June Moscow meeting a meeting of the interior ministers council?", False, "mtg_2025_06_10_counter_terrorism_heads_18", True),
        ("Совещание в Москве 10 июня — это было заседание Совета министров внутренних дел?", False, "mtg_2025_06_10_counter_terrorism_heads_18", True),
        ("sovechanie v moskve 10 iyunya eto bylo zasedanie soveta ministrov vnutrennih del?", False, "mtg_2025_06_10_counter_terrorism_heads_18", True),
        ("Was the June meeting in Moscow a session of the Council of Heads of Security Agencies and Special Services?", False, "mtg_2025_06_10_counter_terrorism_heads_18", True),
        ("Was the St Petersburg meeting a meeting of the interior ministers council?", True, "mtg_2025_08_12_interior_ministers", False),
        ("was the st petersburg meeting held by the council of interior ministers?", True, "mtg_2025_08_12_interior_ministers", False),
        ("Встреча в Петербурге 12 августа — это заседание Совета министров внутренних дел?", True, "mtg_2025_08_12_interior_ministers", False),
        ("Was the 5 November meeting in Moscow a meeting of the Security Secretaries Council?", True, "mtg_2025_11_05_security_secretaries_13", False),
    ],
)
def test_whose_meeting_it_was_is_its_own_body_not_a_participant(
    engine: Engine, question: str, yes: bool, meeting: str, took_part: bool
) -> None:
    """ "Was the June meeting a meeting of the interior ministers?": the council took part in it (which
    was read as "yes"), but the meeting was the counter-terrorism units' own."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.grounds == "meeting_holder", verdict
    assert verdict.yes is yes and verdict.value["meeting"] == meeting
    assert verdict.value["took_part"] is took_part


@pytest.mark.parametrize(
    "question",
    [
        "Did Turkmenistan attend the meeting of the interior ministers council?",
        "Was the meeting of the Security Secretaries Council held in Moscow?",
        "Был ли Туркменистан на заседании Совета министров внутренних дел?",
    ],
)
def test_a_body_naming_the_meeting_asked_about_is_no_question_of_whose_it_was(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.grounds != "meeting_holder", verdict


def test_being_at_a_meeting_asked_of_a_body_in_context_is_no_question_of_whose_it_was(engine: Engine) -> None:
    """The conversation names the council at the end of the question it fills in; "его представители
    были на …" still asks whether it was there."""
    verdicts = converse(engine, "Какой совет СНГ объединяет командующих пограничными войсками?", "а его представители были на антитеррористическом совещании в июне?")
    assert verdicts[-1].grounds != "meeting_holder" and verdicts[-1].yes is True, verdicts[-1]


@pytest.mark.parametrize(
    ("question", "meeting", "yes"),
    [
        # a day of a month ("13 августа") names no 13th meeting
        ("Совет секретарей советов безопасности собрался в Москве 13 ноября?", SECRETARIES, False),
        ("Совет министров внутренних дел собирался 13 августа?", SPB, False),
        ("Совет министров внутренних дел собирался 12 августа?", SPB, True),
        ("sovet ministrov vnutrennih del sobiralsya 13 avgusta?", SPB, False),
        ("Did the interior ministers council meet on 13 August?", SPB, False),
    ],
)
def test_a_day_asked_of_a_body_is_checked_against_its_one_meeting(engine: Engine, question: str, meeting: str, yes: bool) -> None:
    """ "Совет МВД собирался 13 августа?" was "Да, состоялось 12 августа" (the day passed over), and
    "… 13 августа" with a city could pick the 13th meeting of another council."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.grounds == "date", verdict
    assert verdict.focus[0] == meeting and verdict.yes is yes


def test_a_day_with_a_city_where_the_body_never_met_is_no_other_councils_13th_meeting(engine: Engine) -> None:
    verdict = verdict_of(engine, "Совет министров внутренних дел СНГ собрался в Минске 13 августа?")
    assert SECRETARIES not in verdict.focus, verdict
    assert "Петербург" in visible(html_of(engine, verdict))


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("did the CIS leaders in Dushanbe give the CSTO observer status?", "csto"),
        ("ОДКБ получила статус наблюдателя в Душанбе?", "csto"),
        ("ODKB poluchila status nablyudatelya v Dushanbe?", "csto"),
        ("Did the EAG become an observer in Dushanbe?", "eag"),
    ],
)
def test_observer_status_asked_with_a_city_of_one_that_has_none_is_a_no(engine: Engine, question: str, subject: str) -> None:
    """The Dushanbe summit gave the SCO observer status: "ОДКБ получила … в Душанбе?" was "Да" (the
    summit's words confirmed), and the English one a "did you mean"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.grounds == "observer" and verdict.yes is False, verdict
    assert verdict.focus == [subject]


@pytest.mark.parametrize(
    "question",
    [
        "Сказано ли где-нибудь, сколько человек присутствовало на заседании СМВД в Петербурге?",
        "Does the source say how many people attended the St Petersburg meeting?",
    ],
)
def test_whether_a_headcount_is_given_is_a_no(engine: Engine, question: str) -> None:
    """The sources give who was represented (8 states), never how many people: that is no "yes"."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is False and verdict.value.get("headcount") is True, verdict


@pytest.mark.parametrize(
    ("question", "document", "asked"),
    [
        ("Was the border security programme approved at the summit in Minsk?", BORDER, "minsk"),
        ("Правда ли, что ШОС получила статус наблюдателя на саммите в Москве?", "decision_sco_observer", "moscow"),
        ("pravda chto format SNG plyus uchredili na sammite v Minske?", "decision_cis_plus", "minsk"),
        ("did the SCO receive observer status at the Moscow summit", "decision_sco_observer", "moscow"),
        ("was the programme against terrorism for 2026-2028 adopted in Moscow?", TERRORISM, "moscow"),
    ],
)
def test_a_summit_named_with_a_city_it_was_not_in_is_a_no_with_where(
    engine: Engine, question: str, document: str, asked: str
) -> None:
    """"At the summit in Minsk": the one summit recorded was in Dushanbe, so the city is the claim
    checked (no "yes" for the summit's decision, no "the sources do not say directly")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", False, "adopted_in"), verdict
    assert verdict.focus[0] == document and asked in verdict.focus, verdict
    assert "Dushanbe" in html_of(engine, verdict) or "Душанбе" in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "did they talk about drugs at the police chiefs meeting",
        "did they talk about drugs at the interior ministers meeting",
        "обсуждали ли наркотики на заседании министров внутренних дел?",
        "govorili li o narkotikah u politseyskih",
        "говорили про миграцию у полицейских в питере?",
        "did the police chiefs discuss road safety",
    ],
)
def test_a_topic_at_the_police_chiefs_meeting_is_the_interior_ministers_one(engine: Engine, question: str) -> None:
    """"Police chiefs" / "полицейские" are the interior ministers (not the intelligence heads the
    word "chiefs" resembles), and "других вопросов" is no mention of drugs."""
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds, verdict.focus[0]) == (True, "discussed", SPB), verdict
    assert "other issues" not in verdict.statements[0].en, verdict.statements


@pytest.mark.parametrize(
    ("question", "document", "asked", "yes"),
    [
        ("Was the Concept approved in Minsk?", CONCEPT, "minsk", False),
        ("Концепцию утвердили в Минске?", CONCEPT, "minsk", False),
        ("Was the joint statement adopted in Moscow?", STATEMENT, "moscow", False),
        ("Совместное заявление приняли в Москве?", STATEMENT, "moscow", False),
        ("pogranichnuyu programmu utverdili v sankt-peterburge?", BORDER, "st_petersburg", False),
        ("the anti-terror programme was adopted in St Petersburg, right?", TERRORISM, "st_petersburg", False),
        ("Did the SCO get observer status in Minsk?", "decision_sco_observer", "minsk", False),
        ("Was the CIS Plus format established in Moscow?", "decision_cis_plus", "moscow", False),
        ("was the concept approved in dushanbe?", CONCEPT, "dushanbe", True),
        # "государств – участников СНГ" of a full name is no question of who took part (grid21: was the
        # states of the Moscow intelligence meeting)
        ("Концепция военного сотрудничества государств – участников СНГ до 2030 года приняли в Москве?", CONCEPT, "moscow", False),
        ("Kontseptsiya voennogo sotrudnichestva gosudarstv – uchastnikov SNG do 2030 goda — eto prinyali v Moskve?", CONCEPT, "moscow", False),
    ],
)
def test_a_document_named_in_part_claimed_adopted_in_a_city_is_checked_against_its_meeting(
    engine: Engine, question: str, document: str, asked: str, yes: bool
) -> None:
    """"The Concept", "the joint statement" name their document short of its full name: the city
    claimed is checked against the meeting that adopted it (was "the sources do not say so
    directly" and, for the joint statement in Moscow, a "yes")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", yes) and verdict.grounds in ("adopted_in", "adopted_at"), verdict
    if verdict.grounds == "adopted_at":
        # checked against the meeting held in the city claimed, which names it
        assert getattr(engine.kb.get(verdict.value["asked"]), "place", None) == asked, verdict
    else:
        assert asked in verdict.focus, verdict
    assert verdict.focus[0] == document, verdict
    assert "Dushanbe" in html_of(engine, verdict) or "Душанбе" in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    ["Was the treaty signed in Moscow?", "Was the treaty on controlled deliveries signed in Minsk?"],
)
def test_a_document_only_planned_claimed_signed_in_a_city_is_no_no(engine: Engine, question: str) -> None:
    """The treaty is recorded as planned, at no meeting: a city claimed for it is neither yes nor no."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is None, verdict


@pytest.mark.parametrize(
    ("question", "meeting", "body"),
    [
        ("Совет министров обороны СНГ собирался в Санкт-Петербурге в августе?", SPB, "defence_ministers_council"),
        ("Did the Border Troops Commanders Council meet in Moscow in November?", SECRETARIES, "border_troops_commanders_council"),
        ("sovet generalnyh prokurorov sobiralsya v moskve v iyune?", XVIII, "prosecutors_general_council"),
        ("Was there a Defence Ministers Council meeting in St. Petersburg in August 2025?", SPB, "defence_ministers_council"),
        ("Did the migration council meet in St Petersburg?", SPB, "migration_bodies_council"),
        ("did the council of border troops commanders convene in moscow on 10 june?", XVIII, "border_troops_commanders_council"),
    ],
)
def test_a_body_claimed_to_have_met_where_another_met_is_a_no(engine: Engine, question: str, meeting: str, body: str) -> None:
    """A body with no meeting of its own, claimed to have met in the city and month of another
    body's meeting: that meeting was not its own (was "Да" for the interior ministers' meeting that
    the shared words "совет министров" found, and "Yes" for a body listed among the participants)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", False, "meeting_holder"), verdict
    assert verdict.focus == [meeting, body], verdict


@pytest.mark.parametrize(
    ("question", "yes", "grounds"),
    [
        ("Обращался ли председатель Совета глав государств к участникам XVIII совещания?", True, "address_heard"),
        ("obrashchalsya li predsedatel soveta glav gosudarstv k XVIII soveshchaniyu?", True, "address_heard"),
        ("did the chair of the council of heads of state address the june counter-terrorism meeting?", True, "address_heard"),
        ("Did the chair of the Council of Heads of State speak at the XVIII meeting?", None, "addressed"),
    ],
)
def test_the_chair_of_a_body_asked_at_a_meeting_is_the_chair_not_the_body(
    engine: Engine, question: str, yes: bool | None, grounds: str
) -> None:
    """"председатель Совета глав государств" is Rahmon, the Council's Chair: his address to the
    meeting is the answer (was "not the organisation itself; its structure is listed")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, grounds), verdict
    assert RAHMON in verdict.focus or RAHMON in str(verdict.value), verdict


def test_a_document_of_another_period_claimed_adopted_in_its_city_is_no_yes(engine: Engine) -> None:
    """The border programme runs until 2030: one "на 2026–2028 годы" approved in Dushanbe is no "Да"."""
    verdict = verdict_of(engine, "Одобрена ли в Душанбе программа укрепления пограничной безопасности на 2026–2028 годы?")
    assert verdict.yes is not True, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Was forensic expertise on the agenda when the CIS interior ministers met in St Petersburg?",
        "Did the forensic expert council meet in St Petersburg when the interior ministers met?",
    ],
)
def test_a_body_beside_the_meeting_holder_that_met_is_no_claim_of_its_meeting(engine: Engine, question: str) -> None:
    """The interior ministers met there: the forensic council is a topic or a participant asked, not
    a body claimed to have held that meeting."""
    verdict = verdict_of(engine, question)
    assert verdict.grounds != "meeting_holder", verdict


@pytest.mark.parametrize(
    "question",
    ["did the CIS leaders in Dushanbe give the CSTO observer status?", "Did the CSTO get observer status in Dushanbe?"],
)
def test_another_organisation_named_beside_a_decision_city_is_no_yes_for_the_decision(engine: Engine, question: str) -> None:
    """The CSTO has no observer status: the Dushanbe decisions found by the other words are no "yes"."""
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds) == (False, "observer"), verdict


@pytest.mark.parametrize(
    "question",
    ["Was Moscow the host city of the 13th meeting of the Security Secretaries Council?", "Was Moscow the host city of the 13th meeting?"],
)
def test_the_host_city_claimed_right_is_a_yes(engine: Engine, question: str) -> None:
    """"host city" asks where, as "venue" does (its "city" was a word left unexplained: "not directly")."""
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.attribute) == (True, "place"), verdict


@pytest.mark.parametrize(
    ("question", "asked", "yes"),
    [
        ("Заявление о сотрудничестве в борьбе с транснациональной преступностью приняли министры внутренних дел?", "interior_ministers_council", False),
        ("Was the joint statement adopted by the interior ministers?", "interior_ministers_council", False),
        ("sovmestnoe zayavlenie prinyali ministry oborony?", "defence_ministers_council", False),
        ("Did the Security Secretaries Council adopt the joint statement?", "security_secretaries_council", False),
    ],
)
def test_a_body_claimed_to_have_adopted_a_document_is_checked_against_its_adopter(
    engine: Engine, question: str, asked: str, yes: bool
) -> None:
    """The Heads of State adopted the Joint Statement: another body claimed for it is a no with who did
    (was the document's card, or "not directly")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "adopted_by"), verdict
    assert verdict.value["asked"] == asked and verdict.value["body"] == "council_heads_of_state", verdict.value


@pytest.mark.parametrize(
    "question",
    [
        "Was the CIS Anti-Terrorism Center established in 2000?",
        "The welcoming speech at the November meeting of the Security Secretaries Council was given by Klemez, right?",
    ],
)
def test_a_body_with_a_verb_of_adoption_is_no_adopter_claim_of_a_document_found_by_a_word(engine: Engine, question: str) -> None:
    """A document found only by the verb or the body's own words ("established", "CIS", a "speech"
    given) is no document claimed adopted by the body."""
    verdict = verdict_of(engine, question)
    assert verdict.grounds != "adopted_by", verdict


@pytest.mark.parametrize(
    ("question", "person", "other", "words"),
    [
        ("Did Trefilov talk about money laundering?", TREFILOV, KLEMEZ, "money laundering"),
        ("Трефилов говорил о незаконной миграции?", TREFILOV, KLEMEZ, "незаконной миграции"),
        ("govoril li trefilov pro narkotrafik?", TREFILOV, KLEMEZ, "наркотрафик"),
        ("Упоминал ли Рахмон в приветствии контрабанду оружия?", RAHMON, KLEMEZ, "контрабанда оружия"),
        ("Did Klemez mention the CIS Plus format?", KLEMEZ, TREFILOV, "plus"),
        ("did rahmon speak about preserving historical memory??", RAHMON, KLEMEZ, "historical memory"),
        ("Did Trefilof mention cybercrme growing?", TREFILOV, KLEMEZ, "cybercrime"),
    ],
)
def test_a_topic_another_person_is_recorded_saying_names_them(
    engine: Engine, question: str, person: str, other: str, words: str
) -> None:
    """Not in the asked person's recorded words but in another's: still no yes or no for the person
    asked (their recorded words are not all they said), with who is recorded saying it (was a bare
    "the sources do not say")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", None, "not_said"), verdict
    assert verdict.value["entity"] == person and verdict.value["other"] == other, verdict.value
    assert any(words in s.en.lower() or words in s.ru.lower() for s in verdict.statements), verdict.statements


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Did Peskov say the CIS should build a joint army?", "fact_peskov_statement"),
        ("Говорил ли Путин о единой валюте СНГ?", "fact_putin_statement"),
        ("peskov govoril pro edinuyu vizu?", "fact_peskov_statement"),
    ],
)
def test_a_person_recorded_saying_one_thing_shows_it(engine: Engine, question: str, fact: str) -> None:
    """A person the sources quote only once (a statement reported as a fact): what they are recorded
    saying, not a bare "the sources do not say", and no yes or no."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", None, "not_said"), verdict
    assert [s.entity for s in verdict.statements] == [fact], verdict.statements


@pytest.mark.parametrize(
    "question",
    [
        "Упоминал ли Трефилов Шанхайскую организацию сотрудничества в своей речи?",
        "Did Trefilov mention the Collective Security Treaty Organization?",
    ],
)
def test_an_entry_named_in_full_is_not_read_as_a_topic_word(engine: Engine, question: str) -> None:
    """Only an entry named in part ("migraciyu") may be a topic word his statement holds; one named in
    full is what is asked ("организацию сотрудничества" in a statement on cooperation is no yes)."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True, verdict


def test_a_topic_nobody_is_recorded_saying_names_nobody_else(engine: Engine) -> None:
    verdict = verdict_of(engine, "Говорил ли Трефилов о создании единой валюты СНГ?")
    assert (verdict.yes, verdict.grounds) == (None, "not_said") and "other" not in verdict.value, verdict
    assert not verdict.statements


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Did Klemez warn about money laundering at the St Petersburg meeting?", "money laundering"),
        ("Предупреждал ли Клемез о наркотрафике на заседании министров внутренних дел в августе?", "наркотрафик"),
        ("did klemez warn of corruption at the interior ministers council meeting in st petersburg", "corruption"),
        ("klemez na zasedanii smvd v avguste govoril pro migraciyu?", "миграции"),
    ],
)
def test_what_a_person_told_the_media_about_a_meeting_is_what_they_said_of_it(
    engine: Engine, question: str, words: str
) -> None:
    """Klemez is recorded at the St Petersburg meeting only through his words to the media about it:
    a topic those words hold is a yes with them, marked as told to the media (was "the sources do not
    name Klemez at the meeting", or a "no" about a council whose short name is the topic's word)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "stated"), verdict
    assert verdict.value.get("media") is True, verdict.value
    assert any(words in s.en.lower() or words in s.ru.lower() for s in verdict.statements), verdict.statements


def test_a_topic_absent_from_the_media_words_about_a_meeting_is_no_yes(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did Klemez warn about drones at the August interior ministers meeting?")
    assert verdict.yes is not True and verdict.grounds == "not_said", verdict


@pytest.mark.parametrize(
    "question",
    [
        "Denis Trefilov is the director of the security cooperation department, isn't he?",
        "Трефилов — директор департамента по сотрудничеству в сфере безопасности?",
        "trefilov direktor departamenta sotrudnichestva v sfere bezopasnosti?",
        "Is Trefilov in charge of the Security Cooperation Department as its director?",
    ],
)
def test_a_post_the_sources_give_someone_else_is_a_no_with_its_holder(engine: Engine, question: str) -> None:
    """Trefilov holds a post of the CIS itself, so whether he works in the department is not told
    (no "no" on its own); but the department's director is recorded, and it is Klemez (was "the
    sources do not say")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", False, "role"), verdict
    assert verdict.value["holder"] == KLEMEZ, verdict.value


@pytest.mark.parametrize(
    "question",
    [
        # a deputy asked is no claim on the director's post; no title asked is no post
        "Is Trefilov the deputy director of the security cooperation department?",
        "Does Trefilov work in the security cooperation department?",
    ],
)
def test_a_post_nobody_else_is_recorded_holding_stays_unknown(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is None and "holder" not in (verdict.value or {}), verdict


@pytest.mark.parametrize(
    ("question", "yes", "member"),
    [
        ("Did the Coordinating Transport Conference send people to the June 10 meeting in Moscow?", True, "transport_conference"),
        ("Направлял ли КТС своих представителей на июньское совещание?", True, "transport_conference"),
        ("Did Georgia send a delegation to the St Petersburg meeting?", False, None),
        ("did the ATC send reps to the interior ministers meeting in august?", True, "atc"),
    ],
)
def test_sending_people_to_a_meeting_is_taking_part(engine: Engine, question: str, yes: bool, member: str | None) -> None:
    """"Send people to" is how the question says took part (was read as the meeting's list of people,
    which the records do not give)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", yes), verdict
    assert member is None or verdict.value["member"] == member, verdict.value


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Was the interior ministers meeting in August held on Belarusian soil?", "belarus"),
        ("Учения Содружество-Антитеррор-2025 планировались на казахстанской земле?", "kazakhstan"),
        ("zasedanie SMVD v avguste proshlo na belorusskoy zemle?", "belarus"),
        ("Was the 13th Security Secretaries meeting held on Kazakhstani territory?", "kazakhstan"),
    ],
)
def test_a_state_named_by_its_soil_is_the_place_asked(engine: Engine, question: str, asked: str) -> None:
    """"On Kazakh soil", "на казахстанской земле" name the state as a place (found no state, so no "no")."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", False, "place"), verdict
    assert verdict.value["asked"] == asked, verdict.value


# Session 21: a "yes" whose own grounds give another month is a "No" (claim_guard): "Was the joint
# exercise discussed at the third session planned for September 2025?" was "Yes … planned for October".
@pytest.mark.parametrize(
    "question",
    [
        "Was the joint exercise discussed at the third session planned for September 2025?",
        "Was the joint exercise discussed at the third session planned for November 2025?",
        "Учение, которое обсуждали на третьей сессии, было запланировано на декабрь 2025 года?",
        "the exercise from the 3rd session was scheduled for august 2025, correct?",
    ],
)
def test_a_yes_whose_grounds_give_another_month_is_a_no(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Was the joint exercise discussed at the third session planned for October 2025?",
        "Учение, которое обсуждали на третьей сессии, было запланировано на октябрь 2025 года?",
    ],
)
def test_a_yes_whose_grounds_hold_the_month_stays(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


# Session 21: a number the question claims that none of a yes's grounds holds makes no yes
# (claim_guard): "the 70th anniversary" was "Yes, it took place"; the record gives the 80th.
@pytest.mark.parametrize(
    "question",
    [
        "Was the Interior Ministers meeting held in the year of the 70th anniversary of Victory?",
        "Was the St Petersburg meeting of the interior ministers held in the year of the 75th anniversary of Victory?",
        "the interior ministers met in the year of the 90th anniversary of the Victory, right?",
    ],
)
def test_a_claimed_number_the_grounds_do_not_hold_is_no_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Was the Interior Ministers meeting held in the year of the 80th anniversary of Victory?",
        "Did 8 states attend the Interior Ministers Council meeting?",
        "Did the XVIII meeting have 4 specialized sessions?",
        "Did 13 CIS bodies attend the XVIII meeting?",
    ],
)
def test_a_claimed_number_the_grounds_hold_stays_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


# Session 21: an organisation named as the doer that the statements of a yes do not name makes no
# yes: "Did the CSTO report on its joint work with the ATC?" was "Yes. Report of the EAG Secretariat …".
@pytest.mark.parametrize(
    "question",
    [
        "Did the CSTO report on its joint work with the ATC at the XVIII meeting?",
        "Did the CSTO report on its joint work with the ATC?",
        "Was it RATS SCO that reported on joint work with the CIS ATC at the June meeting?",
        "ОДКБ докладывала о совместной работе с АТЦ на XVIII совещании?",
    ],
)
def test_a_doer_the_statements_do_not_name_is_no_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Did the EAG report on its joint work with the ATC at the XVIII meeting?",
        "Секретариат ЕАГ докладывал о совместной работе с АТЦ?",
    ],
)
def test_the_doer_the_statements_name_stays_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


# Session 21: a Russian claim asked by its tone that a document was adopted at a meeting is checked
# (located): it was "Да" with the crime prevention programmes that meeting discussed.
@pytest.mark.parametrize(
    "question",
    [
        "Программу по борьбе с терроризмом утвердили на заседании СМВД в Петербурге?",
        "Концепцию военного сотрудничества одобрили на заседании Совета секретарей советов безопасности в Москве?",
        "Антитеррористическую программу приняли на XVIII совещании?",
        # a yes from the Dushanbe summary, the meeting named being another (claim_guard)
        "Was the Concept approved at the counter-terrorism meeting?",
        "Концепцию одобрили на встрече глав спецслужб?",
    ],
)
def test_a_document_claimed_adopted_at_another_meeting_by_tone_is_no(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is False and verdict.grounds in ("adopted_at", "adopted_in"), verdict


# Session 21: a decision named only by its kind ("the decision to establish the ATC") is no claim about
# the decision establishing CIS Plus (adopter_claim); the ATC's own record answers.
@pytest.mark.parametrize(
    "question",
    [
        "Was the decision to establish the ATC taken in 1999?",
        "Was the decision to establish the ATC taken by the Council of Heads of Government?",
        "Was the decision to create the Anti-Terrorism Center taken in 2001?",
    ],
)
def test_a_decision_named_by_its_kind_is_not_another_decision(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is False and "decision_cis_plus" not in verdict.focus, verdict


# Session 21: a city a person spoke about is no place claimed for him (yesno._person_in_place): "Did
# Trefilov speak about the Dushanbe meetings?" was "No, the 13th meeting was held in Moscow".
@pytest.mark.parametrize(
    "question",
    [
        "Did Trefilov speak about the Dushanbe meetings?",
        "Did Trefilov talk about the summit in Dushanbe?",
    ],
)
def test_a_city_spoken_about_is_no_place_claimed(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not False


# Session 21: a city a yes is placed in that is not its meeting's is a No (claim_guard).
@pytest.mark.parametrize(
    "question",
    [
        "Did the interior ministers discuss road safety in Moscow?",
        "obsuzhdali li ministry vnutrennih del bezopasnost dorozhnogo dvizheniya v Moskve?",
        "Did the counter-terrorism heads discuss drones in St Petersburg?",
        # a person's words are placed where the sources record him
        "Klemez rasskazal SMI o zasedanii v Minske?",
    ],
)
def test_a_yes_placed_in_another_city_is_no_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not True




@pytest.mark.parametrize(
    ("question", "document", "asked"),
    [
        ("did the heads of state adopt the joint statement on transnational crime at the St Petersburg meeting?", STATEMENT, SPB),
        ("Was the Military Cooperation Concept approved at the St Petersburg meeting?", CONCEPT, SPB),
        # "противодействию терроризму" is the programme's, not the ATC's at the meeting
        ("Была ли утверждена программа по противодействию терроризму на заседании в Санкт-Петербурге?", TERRORISM, SPB),
        ("did the heads of state adopt the joint statement at the 13th meeting of the security secretaries council?", STATEMENT, SECRETARIES),
        ("Утвердили ли концепцию военного сотрудничества на 13-м заседании Совета секретарей совбезов?", CONCEPT, SECRETARIES),
        ("sovmestnoe zayavlenie prinyali na vstreche v Peterburge?", STATEMENT, SPB),
        ("was the joint statement adopted at the interior ministers' meeting?", STATEMENT, SPB),
        ("Was the Concept approved at the XVIII meeting?", CONCEPT, XVIII),
    ],
)
def test_a_document_claimed_adopted_at_another_meeting(engine: Engine, question: str, document: str, asked: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", False, "adopted_at")
    assert result.value["document"] == document
    assert (result.value["asked"], result.value["meeting"]) == (asked, DUSHANBE)


@pytest.mark.parametrize(
    ("question", "grounds"),
    [
        ("was the border programme adopted at the dushanbe summit?", "adopted_at"),
        # the body alone is who adopted it, not where: the adopter is checked
        ("Заявление о сотрудничестве в борьбе с транснациональной преступностью приняли министры внутренних дел?", "adopted_by"),
    ],
)
def test_a_document_adopted_where_claimed_or_by_a_body(engine: Engine, question: str, grounds: str) -> None:
    result = verdict_of(engine, question)
    assert result.grounds == grounds
    assert result.yes is (grounds == "adopted_at")


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Was weapons smuggling one of the threats Klemez named?", KLEMEZ),
        ("Was money laundering one of the threats Klemez named?", KLEMEZ),
        ("Was weapons smuggling a threat Klemez named?", KLEMEZ),
        ("Was illegal migration one of the threats Klemez listed?", KLEMEZ),
        # "groups" names no Eurasian Group, and is the kind of item asked, not a word he said
        ("Was youth one of the groups Trefilov mentioned?", TREFILOV),
        ("Were young people among the groups Trefilov mentioned?", TREFILOV),
    ],
)
def test_an_item_of_what_a_person_said(engine: Engine, question: str, person: str) -> None:
    result = verdict_of(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "stated")
    assert result.focus == [person]


@pytest.mark.parametrize(
    "question",
    [
        "Did Rahmon praise the decision to set up the ATC?",
        "Хвалил ли Рахмон решение о создании АТЦ?",
        "Did Klemez praise the Interior Ministers Council?",
        "Did Rahmon recommend reforms to the prosecutors council?",
    ],
)
def test_what_a_persons_words_did_is_never_a_no_from_his_posts(engine: Engine, question: str) -> None:
    result = verdict_of(engine, question)
    assert result.grounds != "role"
    assert result.yes is not False


@pytest.mark.parametrize(
    "question",
    [
        "Генпрокурор России предлагал реформировать совет генпрокуроров СНГ?",
        "Генпрокурор РФ рекомендовал реформировать Совет прокуроров СНГ?",
        "genprokuror rossii predlagal reformy soveta prokurorov?",
        "Did the Russian prosecutor general suggest reforming the prosecutors council?",
    ],
)
def test_a_fact_about_a_body_confirms_a_claim_naming_it(engine: Engine, question: str) -> None:
    # the fact relates the prosecutors general council: naming it is no other entry
    result = verdict_of(engine, question)
    assert result.yes is True


@pytest.mark.parametrize(
    ("question", "member", "yes"),
    [
        # listed among the CIS bodies, asked among the international organisations: a "No" that says so
        ("был ли АТЦ среди международных организаций на XVIII совещании?", "atc", False),
        ("Was the CIS ATC among the international organisations at the XVIII meeting?", "atc", False),
        ("byl li ATC sredi mezhdunarodnyh organizatsiy na XVIII soveshchanii?", "atc", False),
        ("Была ли Армения среди органов СНГ на заседании СМВД?", "armenia", False),
        # the group it is listed in, or none named: still a "Yes"
        ("Was the CIS ATC among the CIS bodies at the XVIII meeting?", "atc", True),
        ("Была ли Армения среди государств на заседании СМВД?", "armenia", True),
        ("Did the CIS ATC take part in the XVIII meeting?", "atc", True),
    ],
)
def test_a_participant_asked_among_another_group(engine: Engine, question: str, member: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", yes), verdict
    assert verdict.value["member"] == member, verdict
    expected = "listed_other_group" if not yes else "listed"
    assert verdict.grounds == expected, verdict
    if not yes:
        html = html_of(engine, verdict)
        assert ("CIS bodies" in html or "органы СНГ" in html or "государства" in html), html


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("was Azerbaijan at the June and the St Petersburg meetings?", False),
        ("Был ли Азербайджан на июньском и петербургском заседаниях?", False),
        ("was Belarus at the June and the St Petersburg meetings?", True),
    ],
)
def test_attendance_at_two_meetings_described_by_month_and_city(engine: Engine, question: str, yes: bool) -> None:
    # each meeting checked (was "no meetings match", or the St Petersburg meeting alone)
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes, verdict
    assert {XVIII, SPB} <= set(verdict.focus), verdict


@pytest.mark.parametrize(
    ("question", "meetings"),
    [
        ("was Belarus at all three Moscow meetings?", {XVIII, INTEL, SECRETARIES}),
        ("был ли Казахстан на всех встречах в Москве?", {XVIII, INTEL, SECRETARIES}),
        ("did Armenia attend every meeting?", {XVIII, INTEL, SECRETARIES, SPB, DUSHANBE, EXERCISE}),
    ],
)
def test_attendance_at_every_meeting_of_a_city_checks_each(engine: Engine, question: str, meetings: set[str]) -> None:
    # one meeting lists no participants, so the sources do not say (was a list of the meetings attended)
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is None and meetings <= set(verdict.focus), verdict


@pytest.mark.parametrize(
    ("question", "person", "word"),
    [
        ("did klemez say anything about cybercrime in piter", KLEMEZ, "cybercrime"),
        ("did klemez mention drug trafficking in spb?", KLEMEZ, "drug"),
        ("Клемез что-то говорил про отмывание денег в Питере?", KLEMEZ, "отмыванию"),
        ("govoril li klemez chto-to o kiberprestupnosti v pitere", KLEMEZ, "киберпреступности"),
        ("did trefilov say anything about youth in moscow", TREFILOV, "youth"),
        ("Говорил ли Трефилов что-нибудь о молодёжи в Москве?", TREFILOV, "молодёжи"),
        ("did rahmon say anything about the ATC in moscow?", RAHMON, "ATC"),
    ],
)
def test_what_a_person_said_in_the_city_of_the_meeting_he_spoke_at(
    engine: Engine, question: str, person: str, word: str
) -> None:
    # the city (or its nickname) only places the one meeting he is recorded at: his words there
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "stated"), verdict
    assert verdict.focus[:1] == [person], verdict
    assert word in " ".join(s.en + " " + s.ru for s in verdict.statements), verdict


@pytest.mark.parametrize(
    "question",
    ["did the Commonwealth-Antiterror exercise take place?", "прошли ли учения?", "were the exercises held?"],
)
def test_whether_the_planned_exercise_took_place_is_not_said(engine: Engine, question: str) -> None:
    # its long official name is only partly used, yet the one exercise is named (was its card)
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus[:1]) == ("yes_no", None, "status", [EXERCISE]), verdict


@pytest.mark.parametrize(
    "question",
    ["did trefilov say anything about youth in st petersburg?", "did klemez say anything about nuclear weapons in piter"],
)
def test_what_a_person_said_in_a_city_is_no_yes_without_his_words_there(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    "question",
    [
        "Did the 13th meeting of the Security Secretaries Council adopt a decision on youth?",
        "Приняло ли 13-е заседание решение о молодёжи?",
        "Did the XVIII meeting adopt a decision on drones?",
        "Did the St Petersburg meeting adopt a decision on road safety?",
    ],
)
def test_a_decision_on_another_topic_is_not_the_scos_status(engine: Engine, question: str) -> None:
    # "decision" alone had found the Dushanbe decision on the SCO: "No, adopted at the Dushanbe summit"
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True and verdict.grounds != "adopted_at", verdict
    assert "Shanghai" not in html_of(engine, verdict) and "Шанхай" not in html_of(engine, verdict)


def test_the_decision_on_the_sco_claimed_at_another_meeting_is_still_a_no(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did the 13th meeting adopt the decision on the SCO observer status?")
    assert (verdict.yes, verdict.grounds) == (False, "adopted_at"), verdict


@pytest.mark.parametrize(
    ("question", "instead"),
    [
        ("Did Putin send a congratulatory address to the XVIII meeting?", RAHMON),
        ("Путин направил приветствие участникам XVIII совещания?", RAHMON),
        ("Did Rahmon address the 13th meeting of the Security Secretaries Council?", TREFILOV),
        ("Did Klemez send greetings to the 13th meeting?", TREFILOV),
    ],
)
def test_an_address_claimed_of_someone_not_named_there_names_who_gave_it(engine: Engine, question: str, instead: str) -> None:
    # was "the recorded agenda does not mention this" (the address read as a topic discussed)
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds) == (None, "person_not_named"), verdict
    assert instead in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "yes", "session"),
    [
        # the topic of another session: "No", with that session's title (was "the sources do not say")
        ("Was the first session of the XVIII meeting about deradicalization?", False, "Fourth session"),
        ("была ли на второй сессии XVIII совещания речь о дерадикализации?", False, "Четвёртая сессия"),
        ("Did the third session of the XVIII meeting discuss drones?", False, "First session"),
        # "devoted to": the session's title, not a point it touched on (was "Да" / its points shown)
        ("Четвёртая сессия XVIII совещания была посвящена международному сотрудничеству?", False, "Вторая сессия"),
        ("Первая сессия XVIII совещания была посвящена дерадикализации?", False, "Четвёртая сессия"),
        ("Was the second session of the XVIII meeting devoted to international cooperation?", True, "Second session"),
        ("Четвёртая сессия XVIII совещания была посвящена радикализации?", True, "Четвёртая сессия"),
    ],
)
def test_a_topic_claimed_of_a_session_is_checked_against_the_session_holding_it(
    engine: Engine, question: str, yes: bool, session: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", yes), verdict
    assert session in " ".join(s.en + " " + s.ru for s in verdict.statements), verdict


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждали ли министры внутренних дел безопасность дорожного движения в Москве?",
        "obsuzhdali li ministry vnutrennih del bezopasnost dorozhnogo dvizheniya v Moskve?",
        "Обсуждали ли на XVIII совещании беспилотники в Минске?",
    ],
)
def test_a_topic_discussed_claimed_in_another_city_is_a_no(engine: Engine, question: str) -> None:
    # the city claimed is no word of the topic (was "the sources do not say": the topic unfound)
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", False), verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("was the Commonwealth-Antiterror exercise discussed at the security secretaries meeting?", None),
        ("was the Commonwealth-Antiterror exercise discussed at the XVIII meeting?", True),
    ],
)
def test_an_exercise_discussed_at_a_meeting_is_checked_against_that_meeting(engine: Engine, question: str, yes: bool | None) -> None:
    # the exercise is the topic, the meeting after "at" is where (was "Yes" from the XVIII meeting's record)
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes and EXERCISE not in verdict.focus[:1], verdict


def test_an_exercise_discussed_at_a_citys_meeting_is_no_meeting_missing_there(engine: Engine) -> None:
    # was "no meeting recorded in St Petersburg" (the exercise taken for the meeting asked)
    verdict = verdict_of(engine, "обсуждали ли учения Содружество-Антитеррор на заседании в Петербурге?")
    assert verdict.kind != "not_recorded", verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("были ли учения в Минске?", False),
        ("were the exercises held in Minsk?", False),
        ("проводились ли учения в Казахстане?", False),
        ("was the Commonwealth-Antiterror exercise held in Kazakhstan?", False),
        ("ucheniya v Kyrgyzstane provodilis?", False),
        # planned there, never said to have taken place
        ("были ли учения в Таджикистане?", None),
        ("ucheniya v Tadzhikistane byli?", None),
        ("were the exercises planned in Tajikistan?", True),
        # a city of the state recorded, which names no city
        ("were there drills in Dushanbe?", None),
    ],
)
def test_exercises_asked_in_a_place_are_checked_against_every_recorded_exercise(
    engine: Engine, question: str, yes: bool | None
) -> None:
    # was the exercise's card behind "not said directly" (in Minsk), "Да" (in Tajikistan, only planned)
    # and "No" for Dushanbe (in Tajikistan, city not given)
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "place"), verdict
    assert verdict.focus[0] == EXERCISE
    if yes is not True:
        assert "Tajikistan" in html_of(engine, verdict) or "Таджикистан" in html_of(engine, verdict)


@pytest.mark.parametrize(
    "questions",
    [
        # "their signing" of what the context shows: a clause naming only the summit (carried by the
        # follow-up) held every other word and gave "Да" (probe22 c9)
        ["Какие договоры планировали подписать на высших органах СНГ?", "а их подписали?"],
        ["What documents did the Dushanbe summit adopt?", "were they signed?"],
    ],
)
def test_signing_asked_of_the_summit_is_no_yes_from_its_name(engine: Engine, questions: list[str]) -> None:
    *_, signed = converse(engine, *questions)
    assert signed.yes is not True, signed
    assert not re.match(r"^\W*(?:yes|да)\b", visible(first_line(engine, signed)), re.I), first_line(engine, signed)


@pytest.mark.parametrize(
    "question",
    [
        "was the exercise discussed at the Moscow meeting?",
        "обсуждали ли учения на совещании в Москве?",
        "did they talk about exercises at the meeting in Moscow?",
    ],
)
def test_a_topic_several_of_a_citys_meetings_took_up_is_yes_with_each(engine: Engine, question: str) -> None:
    # was "the meetings held in Moscow do not mention this": two of its three meetings did
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed_several"), verdict
    assert "mtg_2025_06_10_counter_terrorism_heads_18" in verdict.focus and len(verdict.focus) >= 2
    text = html_of(engine, verdict)
    assert text.count("• ") == len(verdict.statements) >= 2


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("was the XVIII meeting in Moscow?", True),
        ("the XVIII meeting was in Moscow, right?", True),
        ("the XVIII meeting - it was in Moscow, right?", True),
        ("XVIII совещание было в Москве?", True),
        ("was the 13th meeting in Minsk?", False),
        ("was the summit in Tajikistan?", True),
        ("was the summit in Kazakhstan?", False),
        ("саммит был в Таджикистане?", True),
    ],
)
def test_a_meeting_said_to_be_in_a_place_is_checked_against_where_it_was_held(engine: Engine, question: str, yes: bool) -> None:
    # "was … in <city>" had no verb of holding: "Yes." before the city's card or a random statement;
    # "in Tajikistan" was a participant the summit's sources do not list
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "place"), verdict


@pytest.mark.parametrize(
    "question", ["the interior ministers meeting — which states were there?", "interior ministers meeting: which states were there?"]
)
def test_a_question_word_after_a_topic_is_no_tag_question(engine: Engine, question: str) -> None:
    # was "Yes." before the meeting's card ("were there?" read as a tag of the whole)
    verdict = verdict_of(engine, question)
    assert verdict.yes is None and verdict.attribute == "participants", verdict


@pytest.mark.parametrize(
    "question",
    [
        # "chto-nibud" asks nothing: no question word, and no word of the claim once read in Cyrillic
        "EAG dokladyvala chto-nibud na iyunskoi antiterroristicheskoi vstreche v Moskve?",
        "Klemez govoril chto-nibud pro migraciyu?",
        "obsuzhdali chto-nibud pro dorozhnuyu bezopasnost na vstreche v Peterburge?",
        "ATC dokladyval chto-nibud na vstreche v Moskve v iyune?",
    ],
)
def test_latin_yes_no_with_an_indefinite_pronoun_is_answered_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict


@pytest.mark.parametrize(
    ("questions", "asked"),
    [
        # the one meeting whose record holds the topic was held in 2025: nothing is recorded for 2024
        (["was road safety discussed in 2024?"], 2024),
        (["обсуждали ли безопасность дорожного движения в 2024 году?"], 2024),
        (["What was on the agenda of the St Petersburg meeting?", "did they discuss road safety?", "and in 2024?"], 2024),
    ],
)
def test_a_topic_claimed_of_another_year_is_not_recorded(engine: Engine, questions: list[str], asked: int) -> None:
    *_, verdict = converse(engine, *questions)
    assert verdict.yes is not True and verdict.kind == "not_recorded", verdict
    assert verdict.value == {"what": "year", "asked": asked, "recorded": 2025}, verdict.value


def test_a_topic_claimed_of_its_own_year_stays_yes(engine: Engine) -> None:
    verdict = verdict_of(engine, "was road safety discussed in 2025?")
    assert verdict.yes is True and verdict.focus[:1] == [SPB], verdict
# --- a season that describes the meeting is no word of the topic asked -----------------------------


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Did the summer meeting of the police chiefs talk about road safety at all?", SPB),
        ("Did the summer meeting of the interior ministers discuss illegal migration?", SPB),
        ("Обсуждали ли на летнем заседании СМВД незаконную миграцию?", SPB),
        ("Did the autumn meeting of the security secretaries discuss humanitarian cooperation?", SECRETARIES),
    ],
)
def test_a_season_naming_the_meeting_is_no_topic_word(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is True
    assert meeting in verdict.focus


def test_a_season_the_meeting_was_not_held_in_is_still_a_no(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did the winter meeting of the interior ministers discuss road safety?")
    assert verdict.kind == "yes_no" and verdict.yes is False


@pytest.mark.parametrize(
    ("question", "yes"),
    [("was BCOC at the XVIII meeting?", False), ("было ли БКБОП на XVIII совещании?", False), ("was the ATC at the XVIII meeting?", True)],
)
def test_a_body_at_a_numbered_meeting_is_whether_it_was_there(engine: Engine, question: str, yes: bool) -> None:
    # was "the sources record no 18th meeting of BCOC" (the number read as the body's own meeting)
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", yes), verdict
# Session 23 (tuning23_docs): "plans are in place to adopt …, to strengthen border security, and to
# sign the treaty … and the optional protocol …" is cut into clauses at ", and": the clause holding
# the protocol has no word of planning of its own (was "Yes" to whether it was signed).
@pytest.mark.parametrize(
    "question",
    [
        "did Klemez say the optional protocol was signed?",
        "Клемез говорил, что договор о контролируемых поставках уже подписан?",
        "klemez govoril chto dogovor o kontroliruemyh postavkah podpisan?",
    ],
)
def test_a_person_speaking_of_a_plan_to_sign_is_no_yes_that_it_was_signed(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True, verdict
    assert re.search(r"plann|планир", visible(html_of(engine, verdict)), re.I), html_of(engine, verdict)


@pytest.mark.parametrize(
    "turns",
    [
        ("What documents were planned for adoption at the supreme bodies' meetings, according to Klemez?", "and the optional protocol — was it signed?"),
        ("What did Klemez say?", "was the optional protocol signed?"),
    ],
)
def test_whether_a_planned_document_was_signed_after_his_words_is_no_yes(engine: Engine, turns: tuple[str, str]) -> None:
    verdict = converse(engine, *turns)[-1]
    assert verdict.yes is not True, verdict
    assert not re.match(r"\W*(?:yes|да)\b", visible(html_of(engine, verdict)), re.I), html_of(engine, verdict)
# "was it already planned in August?" after a document: the month asked is the plan's (the BelTA report
# of 13 August 2025 speaks of it), not the month it was adopted; no "No" for the October adoption
PLANNED_IN_MONTH = [
    ("What's the Military Cooperation Concept?", "was it already on the cards back in August?", CONCEPT),
    ("what is the border security programme?", "was it already planned in August?", BORDER),
    ("что за программа по пограничной безопасности?", "её планировали ещё в августе?", BORDER),
]


@pytest.mark.parametrize("first, asked, document", PLANNED_IN_MONTH, ids=[a for _, a, _ in PLANNED_IN_MONTH])
def test_planned_in_the_month_of_the_report_that_tells_of_the_plan(engine: Engine, first: str, asked: str, document: str) -> None:
    *_, verdict = converse(engine, first, asked)
    assert verdict.yes is True and document in verdict.focus


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did Uzbekistan and Turkmenistan both attend the St Petersburg meeting?", True),
        ("были ли Азербайджан и Армения на заседании СМВД?", False),
        ("did Armenia and Belarus attend the XVIII meeting?", True),
        ("were the ATC and BCOC at the St Petersburg meeting?", True),
        ("did Russia and Kazakhstan attend the 13th meeting?", None),
    ],
)
def test_several_members_of_one_meeting_are_each_checked(engine: Engine, question: str, yes: bool | None) -> None:
    # was "not said directly" with the meeting's whole list (or its card)
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "members_listed"), verdict
    assert len(verdict.value["members"]) == 2


@pytest.mark.parametrize(
    "question",
    [
        "Did the CSTO report on its joint work with the ATC at the XVIII meeting?",
        "Did Kazakhstan attend the interior ministers' meeting in June?",
    ],
)
def test_two_entries_named_are_no_pair_of_members_unless_only_attending_is_asked(engine: Engine, question: str) -> None:
    # each was a "Yes" listing both as participants (a report asked; a council naming the meeting)
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True and verdict.grounds != "members_listed", verdict


def test_two_present_at_a_meeting_is_attendance(engine: Engine) -> None:
    verdict = verdict_of(engine, "were Armenia and Belarus present at the XVIII meeting?")
    assert (verdict.yes, verdict.grounds) == (True, "members_listed"), verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("был ли Азербайджан в Питере?", False),
        ("byl li Azerbaidzhan v Pitere?", False),
        ("was Azerbaijan in St Petersburg?", False),
        ("была ли Армения в Питере?", True),
        ("was ATC in St Petersburg?", True),
    ],
)
def test_in_the_city_of_one_meeting_is_at_that_meeting(engine: Engine, question: str, yes: bool) -> None:
    # each was "not said directly" with the city's card
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes and SPB in verdict.focus, verdict
# Session 24 (tuning24_conv2): a decision whose record adds, in brackets, that it had been planned
# ("Approved at the October meetings (planned for adoption according to Klemez)") is done, no "the sources
# do not say"; a status granted is one become ("did the SCO become an observer?" was "not directly").
DONE_OR_BECOME = [
    "Was the military cooperation concept approved?",
    "Was the military cooperation concept adopted?",
    "Была ли принята концепция военного сотрудничества?",
    "Did the SCO become an observer at the CIS?",
    "Стала ли ШОС наблюдателем при СНГ?",
    "ShOS stala nablyudatelem pri SNG?",
]


@pytest.mark.parametrize("question", DONE_OR_BECOME)
def test_a_decision_done_or_a_status_become_is_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict


@pytest.mark.parametrize("question", ["Did the CSTO become an observer at the CIS?", "Has the treaty on controlled deliveries been signed?"])
def test_a_status_or_deed_not_recorded_stays_no_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not True


# Session 24 (tuning24_conv2): "the secretaries' meeting" is the Security Secretaries' (was the EAG's card
# with "Yes", or the XVIII meeting in Moscow).
@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Was the secretaries' meeting held in Moscow?", True),
        ("Was the secretaries meeting held in St Petersburg?", False),
        ("Where was the secretaries' meeting?", None),
    ],
)
def test_the_secretaries_meeting_is_the_security_secretaries(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = verdict_of(engine, question)
    assert SECRETARIES in verdict.focus and verdict.yes is yes, verdict


# Session 24 (tuning24_conv2): a state "on the list" of a meeting is whether it took part ("Is Russia in
# the list of participants of the St Petersburg meeting?" was "not directly" and the list; "Россия есть в
# списке участников заседания в Питере?" the meetings listed); another list is left alone.
ON_THE_LIST = [
    ("Is Russia in the list of participants of the St Petersburg meeting?", True),
    ("Azerbaijan on the list for the interior ministers meeting?", False),
    ("Россия есть в списке участников заседания в Питере?", True),
    ("Азербайджан есть в списке участников заседания МВД?", False),
    ("Kyrgyzstan on the list for the intelligence chiefs meeting?", True),
    ("a Rossiya v spiske v Pitere est?", True),
]


@pytest.mark.parametrize("question, yes", ON_THE_LIST)
def test_a_state_on_the_list_of_a_meeting_took_part(engine: Engine, question: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes, verdict


def test_another_list_is_not_taking_part() -> None:
    from bot.answers.on_the_list import rewrite

    assert rewrite("Is the SCO on the list of observers?") is None
    assert rewrite("Which of them are on the list?") is None
    assert rewrite("Is Belarus on the list?") == "Is Belarus take part?"
# Session 24 (tuning24_single): chairing is a role of its own; a month asserted with "было в"; a tag
# ", right?" is no topic; speaking at a body's one meeting; a meeting named by kind and city, its month claimed.
@pytest.mark.parametrize(
    ("question", "person", "meeting"),
    [
        ("Did Denis Trefilov chair the 13th meeting of the CIS Security Secretaries Council?", TREFILOV, SECRETARIES),
        ("Председательствовал ли Трефилов на 13-м заседании Совета секретарей советов безопасности?", TREFILOV, SECRETARIES),
        ("Was Trefilov the chairman of the Moscow security secretaries meeting?", TREFILOV, SECRETARIES),
        ("Did Emomali Rahmon chair the June counter-terrorism meeting in Moscow?", RAHMON, XVIII),
        # "preside" found Putin ("President") as a second person, and a "did you mean"
        ("Did Trefilov preside over the security secretaries meeting in Moscow?", TREFILOV, SECRETARIES),
    ],
)
def test_a_person_named_at_a_meeting_did_not_chair_it_unless_recorded_as_chair(
    engine: Engine, question: str, person: str, meeting: str
) -> None:
    # was "Yes. The source names Denis Trefilov at 13th Security Secretaries meeting" (presence)
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", None), verdict
    assert verdict.value["meetings"][0]["result"] == "not_chair" and verdict.value["member"] == person
    assert verdict.value["meetings"][0]["meeting"] == meeting
    assert re.search(r"welcoming|congratulatory|приветств|поздрав", visible(html_of(engine, verdict)), re.I)


@pytest.mark.parametrize(
    ("question", "meeting", "yes"),
    [
        ("Совещание секретарей совбезов СНГ было в ноябре 2025 года, верно?", SECRETARIES, True),
        ("Совет МВД в Петербурге был в августе 2025, да?", SPB, True),
        ("Заседание СМВД в Питере было в сентябре?", SPB, False),
        ("Антитеррористическое совещание в Москве было в июле?", XVIII, False),
        ("Антитеррористическое совещание в Москве было в июне?", XVIII, True),
    ],
)
def test_a_meeting_that_was_in_a_month_is_its_date_checked(engine: Engine, question: str, meeting: str, yes: bool) -> None:
    # was "the sources do not say" (the month read as a topic of the meeting) or a "did you mean"
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.focus[:1]) == ("yes_no", yes, [meeting]), verdict


@pytest.mark.parametrize(
    "question",
    [
        "Emomali Rahmon sent a congratulatory address to the plenary of the June counter-terrorism meeting, right?",
        "Rahmon addressed the XVIII meeting, right?",
        "Трефилов выступал на московском заседании секретарей советов безопасности?",
        "Трефилов выступал на заседании Совета секретарей советов безопасности?",
        "Did Trefilov speak at the meeting of the Security Secretaries Council?",
    ],
)
def test_an_address_or_speech_recorded_at_a_meeting_is_a_yes(engine: Engine, question: str) -> None:
    # was "The sources do not say" of the tag word "right", or the speakers' list with no "yes"
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", True), verdict


@pytest.mark.parametrize(
    ("question", "organisation"),
    [
        ("Did the CIS make the SCO a full member in Dushanbe?", "sco"),
        ("ШОС стала полноправным членом СНГ в Душанбе?", "sco"),
        ("Did the CSTO become a member of the CIS in Moscow?", "csto"),
        ("ЕАГ вступила в СНГ в Москве?", "eag"),
    ],
)
def test_an_organisation_made_a_member_in_a_city_is_no_member_state(engine: Engine, question: str, organisation: str) -> None:
    # a "did you mean" between the organisation and the city, or "Да." with the EAG's report
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", False, "member"), verdict
    assert organisation in verdict.focus


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("peskof svoyo zayavlenie sdelal v oktyabre, da?", True),
        ("Peskov made his statement in October, right?", True),
        ("Песков сделал заявление в ноябре?", False),
        ("Did Peskov speak about the CIS in November?", False),
        ("Peskov made his statement in October 2025, right?", None),
    ],
)
def test_a_month_claimed_of_a_statement_dated_by_its_month_is_checked(engine: Engine, question: str, yes: bool | None) -> None:
    # was a "did you mean" between Peskov and his statement
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "month_only"), verdict
    assert re.search(r"October|Октябр", visible(html_of(engine, verdict)))


def test_someone_not_named_at_a_bodys_one_meeting_is_not_said_to_have_chaired_it(engine: Engine) -> None:
    # was "Нет." with Klemez's post (read as a post in the council)
    verdict = verdict_of(engine, "Клемез председательствовал на заседании СМВД?")
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", None, "person_not_named"), verdict


def test_what_a_person_said_at_the_one_meeting_of_a_city_he_spoke_at_is_judged_there(engine: Engine) -> None:
    # was a "did you mean" between Trefilov, Moscow and the 13th meeting
    verdict = verdict_of(engine, "Трефилов говорил про ШОС на заседании в Москве?")
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", None, "not_said"), verdict


def test_in_person_is_presence_not_a_topic_of_what_was_said(engine: Engine) -> None:
    # was "the recorded statements of Emomali Rahmon do not mention this" (of the word "person")
    verdict = verdict_of(engine, "Rahmon spoke at the XVIII meeting in person, right?")
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", None, "addressed"), verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("did Klemez speak at the St Petersburg meeting?", None),
        ("Клемез выступал на заседании СМВД?", None),
        ("did Klemez say the meeting in St Petersburg was symbolic?", True),
    ],
)
def test_words_told_the_media_about_a_meeting_are_no_speech_at_it(engine: Engine, question: str, yes: bool | None) -> None:
    # "Yes. Klemez (told the media about it): noted the symbolic significance of … St Petersburg"
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes, verdict


# Round 25 (probe24's failures, helper q25-p24): a status "given" (дали, gave) is the one granted, and a
# British "-ise" name is the record's "-ize" one (both had been "the sources do not say so directly").
@pytest.mark.parametrize(
    "question",
    [
        "pravda chto SHOS dali status nablyudatelya v SNG?",
        "правда что ШОС дали статус наблюдателя в СНГ?",
        "SHOS dali status nablyudatelya pri SNG, verno?",
        "is it true they gave the Shanghai Cooperation Organisation observer status?",
    ],
)
def test_a_status_given_is_the_status_granted(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict
    assert "decision_sco_observer" in verdict.focus


# A comma typed as a comma on the wrong layout ("ghfdlf, xnj …") is no "б": "правдаб что …" lost its frame
# (had been a quote with no "Да"); "JLR, " after a capital is still "ОДКБ ".
@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("ghfdlf, xnj TFU hf,jnftn dvtcnt c FNW?", "eag"),
        ("ghfdlf, xnj FNW cjplfy d 2000 ujle?", "atc"),
        ("ghfdlf, xnj JLR, ,skf yf XVIII cjdtofybb?", "csto"),
    ],
)
def test_a_comma_typed_on_the_wrong_layout_stays_a_comma(engine: Engine, question: str, focus: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict
    assert focus in verdict.focus or focus in verdict.items, verdict


# Session 25 (tuning25_single): a news outlet that only names the meeting ("the meeting TASS reported",
# "о котором писала БелТА") is no second subject; whether the state took part is asked.
@pytest.mark.parametrize(
    ("question", "meeting", "member", "result"),
    [
        ("Was Russia among the delegations listed for the Moscow meeting of intelligence chiefs that TASS reported?", INTEL, "russia", "host_not_listed"),
        ("Была ли Россия на встрече глав спецслужб, о которой сообщил ТАСС?", INTEL, "russia", "host_not_listed"),
        ("Was Azerbaijan among the states BelTA listed at the St Petersburg meeting?", SPB, "azerbaijan", "not_listed"),
        ("Did Turkmenistan take part in the interior ministers' meeting BelTA wrote about?", SPB, "turkmenistan", "listed"),
        ("Участвовал ли Узбекистан в совещании МВД, о котором писала БелТА?", SPB, "uzbekistan", "listed"),
        ("Was Kazakhstan at the TASS-reported meeting of intelligence heads?", INTEL, "kazakhstan", "listed"),
        ("Was Azerbaijan at the interior ministers meeting reported by BelTA?", SPB, "azerbaijan", "not_listed"),
    ],
)
def test_an_outlet_naming_the_meeting_is_no_subject(engine: Engine, question: str, meeting: str, member: str, result: str) -> None:
    # was "Yes" (the card's "Russian Federation" read as the claim held), "Да" (Russia sought in the
    # notes of who reported it) or "the sources do not say so directly" and the card
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.focus[:2] == [meeting, member], verdict
    assert verdict.value["meetings"][0]["result"] == result, verdict


@pytest.mark.parametrize(
    "question",
    ["Did TASS report the meeting of intelligence chiefs in Moscow?", "Was the Moscow intelligence meeting reported by TASS?"],
)
def test_an_outlet_asked_whether_it_reported_the_meeting(engine: Engine, question: str) -> None:
    # "Did TASS report …" was "No. … TASS is not among [the participants]"
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.focus) == ("yes_no", True, [INTEL, "tass"]), verdict


# Session 25 (tuning25_single): "set up" is a verb of establishing, as "established" and "created" are.
@pytest.mark.parametrize(
    "question",
    [
        "Was the Anti-Terrorism Center set up in 2000?",
        "was the CIS Plus format set up in Dushanbe?",
        "Was the CIS ATC set up by the Council of Heads of State?",
        "Is it true the leaders set up the CIS Plus format?",
    ],
)
def test_set_up_is_established(engine: Engine, question: str) -> None:
    # was "The sources do not say so directly" and the card
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict


# Session 25 (tuning25_single): "верно, что …" asks, as "правда, что …" does; its word is no topic word.
@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Верно, что в Москве обсуждали дерадикализацию?", XVIII),
        ("Верно ли, что в Петербурге обсуждали незаконную миграцию?", SPB),
        ("Верно, что в Петербурге обсуждали безопасность дорожного движения?", SPB),
        ("verno chto v Pitere obsuzhdali nezakonnuyu migraciyu?", SPB),
    ],
)
def test_verno_chto_names_no_topic(engine: Engine, question: str, meeting: str) -> None:
    # was "the sources do not say" ("верно" sought in the records of the city's meetings)
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds, verdict.focus[:1]) == (True, "discussed", [meeting]), verdict


# Session 25 (tuning25_single): "Правда, что X — специализированный орган?": the claim's lead is no part of X.
@pytest.mark.parametrize(
    ("question", "entity", "yes"),
    [
        ("Правда, что совет по промышленной безопасности — специализированный орган?", "industrial_safety_council", False),
        ("Верно, что экологический совет — отраслевой орган?", "ecological_council", True),
        ("Правда, что АТЦ — отраслевой орган?", "atc", False),
        ("Правда ли, что Совет по гидрометеорологии является специализированным органом?", "hydrometeorology_council", False),
    ],
)
def test_a_claim_lead_is_no_part_of_the_body_name(engine: Engine, question: str, entity: str, yes: bool) -> None:
    # was "Орган с таким названием (Правда что совет …) в источниках не упоминается"
    verdict = verdict_of(engine, question)
    assert (verdict.grounds, verdict.yes, verdict.focus[:1]) == ("category", yes, [entity]), verdict


@pytest.mark.parametrize(
    ("question", "yes", "size"),
    [
        ("were there any international organisations at the XVIII meeting?", True, 3),
        ("were any international organisations at the St Petersburg meeting?", False, 0),
        ("были ли международные организации на заседании СМВД?", False, 0),
        ("did any CIS bodies attend the St Petersburg meeting?", True, 2),
    ],
)
def test_whether_any_of_a_group_took_part_in_a_meeting(engine: Engine, question: str, yes: bool, size: int) -> None:
    """The meeting's lists answer (it had been "Yes" from a remark holding "international", or "No:
    the Interior Ministers Council is not an international organisation")."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is yes and len(verdict.items) == size, verdict


@pytest.mark.parametrize(
    "question",
    [
        "the summit in Dushanbe adopted the border programme, right?",
        "the Dushanbe summit approved the border programme, correct?",
        "саммит в Душанбе принял пограничную программу, верно?",
    ],
)
def test_a_claims_tag_is_no_word_of_a_document_name(engine: Engine, question: str) -> None:
    # "The sources do not mention a document called border programme right"
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is True, verdict


@pytest.mark.parametrize(("question", "yes"), [("was the ATC founded in 2001?", False), ("is it true that the ATC was founded in 2001?", False), ("was the ATC founded in 2000?", True)])
def test_founded_is_established(engine: Engine, question: str, yes: bool) -> None:
    # "founded" had left an ask-back between the ATC and the record of its establishment
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes, verdict


# r25-b (tuning25_single): a verb of intending with an infinitive ("собираются распространить", "they're going
# to circulate") asks the plan the record holds ("is planned to be distributed at the United Nations").
@pytest.mark.parametrize(
    "question",
    [
        "Правда, что текст совместного заявления собираются распространить в ООН?",
        "Is it true they're going to circulate the joint statement at the UN?",
        "Совместное заявление собираются распространить в ООН?",
        "pravda, chto tekst zayavleniya sobirayutsya rasprostranit v OON?",
    ],
)
def test_an_intention_claimed_is_held_by_a_plan(engine: Engine, question: str) -> None:
    # was "the sources do not say so directly" ("собираются" sought as a word of the fact), and a
    # "did you mean" for "they're" (its "re" an unknown word)
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict
    assert "ООН" in html_of(engine, verdict) or "United Nations" in html_of(engine, verdict)


def test_a_verb_of_meeting_is_no_intention() -> None:
    from bot.answers.plan_claim import _INTENDS

    assert _INTENDS.search("Когда собираются секретари советов безопасности?") is None
    assert _INTENDS.search("текст собираются распространить в ООН") is not None


# r25-b (tuning25_single): the decision that set a body up is its founding, not a decision the body took
# (was "the sources record no meetings or decisions of the ATC").
@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Is it true the ATC was created by a decision taken back in 2000?", True),
        ("Was the ATC established by a decision back in 2000?", True),
        ("Is it true the ATC was created by a decision taken back in 2005?", False),
    ],
)
def test_founded_by_a_decision(engine: Engine, question: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded" and verdict.yes is yes, verdict
    assert "2000" in html_of(engine, verdict)
