"""Yes/no questions of the sixth round: what a person is recorded as saying, a wrong city beside a
right date, the period of a document named by the meeting that adopted it, a status granted at a
meeting, the question in the last of several sentences, a body said to have acted for another,
and "the sources do not say so" before an answer that neither holds nor contradicts the question.
Verdicts on the real knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine
from bot.search.text import tokens as text_tokens

TODAY = date(2026, 11, 30)
PROGRAMME = "programme_ct_extremism_2026_2028"
SECRETARIES_13 = "mtg_2025_11_05_security_secretaries_13"
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", False, "place")
    assert verdict.value["asked"] == asked
    assert verdict.value["place"] != asked


@pytest.mark.parametrize(
    "question",
    ["sekretari sovbezov vstrechalis 5 noyabrya v Moskve?", "Заседание секретарей совбезов прошло 5 ноября в Москве?"],
)
def test_a_right_date_and_city_stay_yes(engine: Engine, question: str) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.kind, verdict.yes) == ("yes_no", True)
    assert verdict.focus[0] == SECRETARIES_13


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
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.kind, verdict.yes) == ("yes_no", True)
    assert verdict.focus == [PROGRAMME]


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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
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
    verdict = engine.answer(question, today=TODAY)
    assert verdict.focus and verdict.focus[0] == "joint_statement_transnational_crime"
    assert verdict.yes is yes
