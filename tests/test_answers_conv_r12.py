"""Round 12, conversations: the mechanisms behind probe11/probe10's failed turns, each asked in
several phrasings and both languages about other facts too.

- "besides the states' delegations", "кроме делегаций стран": the states are left out of who attended;
- the meeting of an earlier turn stays "this meeting" through follow-ups on an entry of its list or a
  person at it ("who told journalists about this meeting?", "what was that meeting itself about?");
- "who brought it up / spoke about it at the November meeting": the speaker at a meeting named by its
  month alone;
- he / him / он / "from him": the person of the previous answer, asked about by content (what he
  called symbolic, which documents he said would be signed, anything from him on migration);
- a yes/no on what a person said gives the passage the source leaves unattributed beside their
  quotations rather than a bare "not recorded";
- a person described, not named ("the guy from the CIS Executive Committee who spoke to BelTA").

Verdicts are asserted, not wording; the conversation keeps what ``remembered`` keeps."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import SECRETARIES, SPB, XVIII, converse, verdict_of
from tests.telegram_env import TelegramEnv

ATC = "atc"
BUREAU = "bcoc"
KLEMEZ = "yevgeny_klemez"
TREFILOV = "denis_trefilov"


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Кто, кроме делегаций стран, присутствовал в Санкт-Петербурге 12 августа?", SPB),
        ("Who, apart from the national delegations, attended the St. Petersburg meeting on 12 August?", SPB),
        ("kto krome stran prisutstvoval na zasedanii v Peterburge?", SPB),
        ("Кто помимо национальных делегаций участвовал в совещании 10 июня?", XVIII),
        ("Who besides the states' delegations attended the meeting in Moscow on June 10?", XVIII),
    ],
)
def test_besides_the_states_delegations_leaves_the_states_out(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.filters.get("meetings") == [meeting]
    assert "states" not in verdict.filters["groups"] and verdict.items
    assert all(engine.kb.kind(item) != "state" for item in verdict.items)


@pytest.mark.parametrize(
    ("turns", "person"),
    [
        (
            ("Кто, кроме делегаций стран, присутствовал в Санкт-Петербурге 12 августа?", "а второй из них как полностью называется?",
             "kto rasskazal ob etom zasedanii zhurnalistam?"),
            KLEMEZ,
        ),
        (
            ("Which bodies besides the states attended the St Petersburg meeting?", "tell me about the first one",
             "who told journalists about this meeting?"),
            KLEMEZ,
        ),
    ],
)
def test_this_meeting_is_the_meeting_of_an_earlier_turn(engine: Engine, turns: tuple[str, ...], person: str) -> None:
    _, entry, told = converse(engine, *turns)
    assert entry.focus[0] in (ATC, BUREAU) and entry.filters.get("meeting") == SPB
    assert told.focus == [person]


def test_the_second_entry_by_its_full_name(engine: Engine) -> None:
    _, second = converse(
        engine, "Кто, кроме делегаций стран, присутствовал в Санкт-Петербурге 12 августа?", "а второй из них как полностью называется?"
    )
    assert second.focus == [BUREAU]


@pytest.mark.parametrize(
    "turns",
    [
        ("Кто, кроме делегаций стран, присутствовал в Санкт-Петербурге 12 августа?", "kto rasskazal ob etom zasedanii zhurnalistam?",
         "what was that meeting itself about?"),
        ("Who is Trefilov?", "what was the meeting itself going to discuss?"),
        ("Who is Klemez?", "what was that meeting about?"),
        ("Who is Trefilov?", "which programmes did he mention?", "what was that meeting itself about?"),
    ],
)
def test_the_meeting_itself_is_asked_its_agenda(engine: Engine, turns: tuple[str, ...]) -> None:
    last = converse(engine, *turns)[-1]
    assert last.attribute == "agenda" and last.focus[0] in (SPB, SECRETARIES)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("I read the CIS now has some 'plus' thing for partners - what is it?", "and who brought it up at the November meeting?"),
        ("What is the Joint Statement on Cooperation in Combating Transnational Crime?", "who spoke about it at the November meeting?"),
        ("What is the Joint Statement on Cooperation in Combating Transnational Crime?", "кто говорил о нём на ноябрьском заседании?"),
        ("What is the Joint Statement on Cooperation in Combating Transnational Crime?", "kto ego upomyanul na noyabrskom zasedanii?"),
    ],
)
def test_who_brought_it_up_at_a_meeting_named_by_its_month(engine: Engine, first: str, second: str) -> None:
    _, who = converse(engine, first, second)
    assert who.focus == [TREFILOV]


def test_he_after_the_speaker_found_that_way(engine: Engine) -> None:
    *_, symbolic, agenda = converse(
        engine,
        "I read the CIS now has some 'plus' thing for partners - what is it?",
        "and who brought it up at the November meeting?",
        "what other summit decision did he call symbolic?",
        "what was the meeting itself going to discuss?",
    )
    assert symbolic.kind == "quote" and any("Shanghai" in s.en for s in symbolic.statements)
    assert agenda.attribute == "agenda" and agenda.focus[0] == SECRETARIES


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("anything from him on migration?", "migration"),
        ("что-нибудь от него о наркотиках?", "наркот"),
    ],
)
def test_from_him_asks_what_the_person_said(engine: Engine, question: str, words: str) -> None:
    _, said = converse(engine, "Who is Klemez?", question)
    assert said.kind == "quote" and KLEMEZ in said.focus
    assert any(words in (s.en + s.ru).lower() for s in said.statements)


def test_programmes_he_mentioned_are_those_of_his_record(engine: Engine) -> None:
    _, listed = converse(engine, "Who is Trefilov?", "which programmes did he mention?")
    assert listed.kind == "list" and listed.items[:2] == ["programme_ct_extremism_2026_2028", "programme_border_security_2030"]
    assert "treaty_controlled_deliveries" not in listed.items  # Klemez's, not his


@pytest.mark.parametrize(
    "question", ["and which documents did he say would be signed?", "какие договоры, по его словам, собирались подписать?"]
)
def test_documents_he_said_would_be_signed(engine: Engine, question: str) -> None:
    *_, signed, where = converse(engine, "Who is Klemez?", question, "in which city did he speak about all this?")
    assert signed.kind == "list" and set(signed.items) == {"treaty_controlled_deliveries", "optional_protocol_transfer_sentenced"}
    assert signed.filters.get("person") == KLEMEZ
    assert where.answered and SPB in (*where.focus, *where.items)


@pytest.mark.parametrize(
    "question",
    ["Трефилов что-нибудь сказал о наблюдателях?", "did Trefilov say anything about the observer status?"],
)
def test_unattributed_passage_beside_the_quotations(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.yes is not True
    assert any("Shanghai" in s.en for s in verdict.statements)


def test_he_said_about_observers_in_a_conversation(engine: Engine) -> None:
    *_, observers = converse(
        engine,
        "Что было на повестке заседания секретарей советов безопасности 5 ноября 2025?",
        "кто от СНГ его приветствовал?",
        "он что-нибудь сказал о наблюдателях?",
    )
    assert observers.answered and observers.yes is not True
    assert any("Shanghai" in s.en for s in observers.statements)


def test_nothing_said_stays_not_said(engine: Engine) -> None:
    verdict = verdict_of(engine, "did Trefilov say anything about drones?")
    assert verdict.yes is None and verdict.grounds == "not_said" and not verdict.statements


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("The guy from the CIS Executive Committee who spoke to BelTA in August - who is he?", KLEMEZ),
        ("Кто тот чиновник из Исполкома СНГ, который говорил с БелТА?", KLEMEZ),
        ("who was the official who welcomed the security secretaries in Moscow?", TREFILOV),
    ],
)
def test_a_person_described_not_named(engine: Engine, question: str, person: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.focus == [person]


def test_one_body_alone_describes_no_one(engine: Engine) -> None:
    verdict = verdict_of(engine, "Who is the person from the Executive Committee?")
    assert verdict.focus != [KLEMEZ]


async def test_a_described_person_then_him_in_telegram(tg: TelegramEnv) -> None:
    (first,) = await tg.say("The guy from the CIS Executive Committee who spoke to BelTA in August - who is he?")
    assert "Klemez" in first["text"]
    (second,) = await tg.say("anything from him on migration?")
    assert "direct threat to national security" in second["text"]
    (third,) = await tg.say("and which documents did he say would be signed?")
    assert "controlled delivery" in third["text"] and "protocol" in third["text"].lower()
