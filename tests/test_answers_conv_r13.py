"""Round 13, conversations: the mechanisms behind probe12's failed turns, each asked in several
phrasings and both languages about other people and documents too.

- naming and listing are saying: "which documents did he list / name", "какие договоры он упоминал",
  "какие документы назвал Трефилов" give the documents of the record of that person's words (a list),
  not his whole remark;
- "а про отмывание денег?" after a person's card or the documents he named: what that person said of
  the topic;
- an entry asked by its kind and located by a meeting ("Tell me about the exercise planned at the June
  meeting in Moscow", "the statement adopted at the October summit"): the entry, not the meeting;
- "that country", "этой страны": the country of the previous answer ("who is the president of that
  country?" after where the exercise was to be held).

Verdicts are asserted, not wording; the conversation keeps what ``remembered`` keeps."""

from __future__ import annotations

import pytest

from bot.answers import located
from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from tests.answer_helpers import TODAY, converse, html_of, verdict_of
from tests.telegram_env import TelegramEnv

KLEMEZ = "yevgeny_klemez"
TREFILOV = "denis_trefilov"
CONCEPT = "military_cooperation_concept_2030"
DELIVERIES = "treaty_controlled_deliveries"
EXERCISE = "ex_2025_10_commonwealth_antiterror"
STATEMENT = "joint_statement_transnational_crime"
RAHMON = "emomali_rahmon"
SENTENCED = "optional_protocol_transfer_sentenced"


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("какие документы назвал Трефилов?", CONCEPT),
        ("какие документы по безопасности перечислил Денис Трефилов?", CONCEPT),
        ("which documents did Trefilov name?", CONCEPT),
        ("какие договоры упоминал Клемез?", DELIVERIES),
        ("kakie dogovory upominal Klemez?", SENTENCED),
        ("which treaties did Klemez cite?", DELIVERIES),
    ],
)
def test_documents_a_person_named_are_a_list(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.attribute == "document"
    assert document in verdict.items


@pytest.mark.parametrize(
    ("turns", "document"),
    [
        (("Кто от руководства СНГ открывал ноябрьское заседание секретарей советов безопасности?",
          "и какие документы по безопасности он перечислил?"), CONCEPT),
        (("Что известно о Евгении Клемезе?", "kakie dogovory on upominal?"), DELIVERIES),
        (("Who is Denis Trefilov?", "which documents did he name?"), CONCEPT),
        (("Кто такой Клемез?", "а какие документы он называл?"), SENTENCED),
    ],
)
def test_documents_he_listed_after_the_person(engine: Engine, turns: tuple[str, ...], document: str) -> None:
    listed = converse(engine, *turns)[-1]
    assert listed.kind == "list" and listed.attribute == "document" and document in listed.items


@pytest.mark.parametrize(
    ("turns", "word"),
    [
        (("Что известно о Евгении Клемезе?", "kakie dogovory on upominal?", "а про отмывание денег?"), "отмыв"),
        (("Кто такой Евгений Клемез?", "а про коррупцию?"), "коррупц"),
        (("Who is Yevgeny Klemez?", "and about corruption?"), "corruption"),
        (("Who is Klemez?", "what about money laundering?"), "laundering"),
    ],
)
def test_a_topic_after_a_person_is_what_he_said_of_it(engine: Engine, turns: tuple[str, ...], word: str) -> None:
    said = converse(engine, *turns)[-1]
    assert said.kind == "quote" and KLEMEZ in said.focus
    # the passage on the topic, not the remark's opening lines
    assert word in html_of(engine, said).lower()


async def test_documents_he_listed_then_a_topic_in_telegram(tg: TelegramEnv) -> None:
    (first,) = await tg.say("Что известно о Евгении Клемезе?")
    assert "Клемез" in first["text"]
    (second,) = await tg.say("kakie dogovory on upominal?")
    assert "контролируемых поставок" in second["text"] and "осуждённых" in second["text"]
    (third,) = await tg.say("а про отмывание денег?")
    assert "отмыванию денег" in third["text"]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Tell me about the exercise planned at the June meeting in Moscow", EXERCISE),
        ("Расскажи об учениях, запланированных на июньском совещании в Москве", EXERCISE),
        ("When is the exercise discussed at the XVIII meeting?", EXERCISE),
        ("Tell me about the statement adopted at the Dushanbe summit", STATEMENT),
        ("What was the statement adopted at the October summit about?", STATEMENT),
        ("расскажи о концепции, одобренной на саммите в Душанбе", CONCEPT),
    ],
)
def test_an_entry_located_by_a_meeting_is_what_is_asked(engine: Engine, question: str, entry: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus[:1] == [entry]


def test_several_entries_at_the_meeting_are_not_guessed(engine: Engine) -> None:
    # two programmes were approved in Dushanbe: neither is picked as "the programme"
    question = "Tell me about the programme approved at the Dushanbe summit"
    base = Verdict(question, "en", "decline", False)
    assert located.answer(engine, engine.parse(question, "en"), base, TODAY) is None


@pytest.mark.parametrize(
    "turns",
    [
        ("Tell me about the exercise planned at the June meeting in Moscow", "in which country?", "what month?",
         "who is the president of that country, per your sources?"),
        ("Расскажи об учениях, запланированных на июньском совещании в Москве", "в какой стране?", "кто президент этой страны?"),
        ("Where will Commonwealth-Antiterror 2025 take place?", "kto prezident etoy strany?"),
    ],
)
def test_that_country_is_the_previous_answers_country(engine: Engine, turns: tuple[str, ...]) -> None:
    verdicts = converse(engine, *turns)
    assert verdicts[0].focus[:1] == [EXERCISE]
    assert verdicts[-1].focus[:1] == [RAHMON]


@pytest.mark.parametrize("question", ["ATC exercise october", "учения АТЦ октябрь", "ucheniya oktyabr", "exercise in October"])
def test_terse_kind_and_month_are_the_one_entry_of_that_month(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus[:1] == [EXERCISE]


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("В какое время года собирался СМВД в Петербурге - летом или осенью?", 8),
        ("In which season did the Security Secretaries meet in Moscow - autumn or winter?", 11),
        ("was the Dushanbe summit in summer or in autumn?", 10),
        ("v kakoe vremya goda proshlo XVIII soveshchanie?", 6),
    ],
)
def test_a_season_asked_is_answered_with_the_date(engine: Engine, question: str, month: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "date"
    assert f"-{month:02d}" in str(verdict.value)


@pytest.mark.parametrize(
    "question",
    [
        "Где в 2025 году заседал Межгосударственный совет по гидрометеорологии?",
        "Where did the Council of Border Troops Commanders meet in 2025?",
        "kogda zasedal Sovet ministrov oborony?",
        "Where did the ATC meet?",
    ],
)
def test_where_a_body_met_that_held_no_meeting_is_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_meetings"


@pytest.mark.parametrize(
    "question",
    [
        "What did the Security Secretaries Council decide about cybersecurity on 5 November 2025?",
        "Что решили на 13-м заседании секретарей совбезов по кибербезопасности?",
        "What did the Dushanbe summit decide about climate change?",
        "chto reshili na sammite v Dushanbe po klimatu?",
        "What did the XVIII meeting decide about space exploration?",
    ],
)
def test_a_decision_on_a_topic_the_meeting_never_mentions_is_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "topic_at"


@pytest.mark.parametrize(
    "question",
    [
        "What did the XVIII meeting decide about drones?",  # "unmanned aerial vehicles" in its record
        "Что решили на июньском совещании в Москве по беспилотникам?",
        "What did the Dushanbe summit decide about the SCO?",
        "Что решил Совет министров внутренних дел в Петербурге по кибербезопасности?",  # cybercrime spoken of
    ],
)
def test_a_decision_on_a_topic_the_record_holds_is_answered(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.reason != "topic_at"


@pytest.mark.parametrize(
    ("question", "day", "weekday"),
    [
        ("Which day of the week was the BelTA story on the interior ministers' meeting published?", "2025-08-13", "Wednesday"),
        ("В какой день недели прошло XVIII совещание?", "2025-06-10", "вторник"),
        ("what weekday did the Security Secretaries meet in Moscow?", "2025-11-05", "Wednesday"),
        ("On which day of the week did the interior ministers meet in St Petersburg?", "2025-08-12", "Tuesday"),
    ],
)
def test_the_day_of_the_week_of_the_date_found(engine: Engine, question: str, day: str, weekday: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.filters.get("weekday") == day
    assert weekday in html_of(engine, verdict).split("\n")[0]


def test_a_date_known_to_the_month_names_no_weekday(engine: Engine) -> None:
    verdict = verdict_of(engine, "On which day of the week was the Dushanbe summit?")
    assert "weekday" not in verdict.filters


def test_a_question_of_its_own_after_the_documents_he_listed_is_no_topic_of_his(engine: Engine) -> None:
    *_, period, place = converse(
        engine,
        "Кто от руководства СНГ открывал ноябрьское заседание секретарей советов безопасности?",
        "и какие документы по безопасности он перечислил?",
        "а концепцию приняли на какой срок?",
        "а где их утверждали?",
    )
    assert period.reason != "not_said" and "2030" in html_of(engine, period)
    assert "Душанбе" in html_of(engine, place)
