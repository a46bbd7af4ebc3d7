"""The items OF something asked as a list, on the real knowledge base: a session by its ordinal (typed
in Latin letters too, and as a follow-up), a meeting's format as its sessions, an agenda without
the item the question already names, the documents adopted at a named meeting, the items a fact
enumerates counted, a person's words when the list they speak of is empty, a person named by post,
and who congratulated the participants.

Verdicts are asserted, not wording (except where the wording is the mechanism: the source's own
count of sessions, an enumeration shown whole); "today" is always handed in.
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
DUSHANBE = "mtg_2025_10_dushanbe_summit"
KLEMEZ = "yevgeny_klemez"
DUSHANBE_DOCUMENTS = {
    "joint_statement_transnational_crime",
    "military_cooperation_concept_2030",
    "programme_ct_extremism_2026_2028",
    "programme_border_security_2030",
    "decision_cis_plus",
    "decision_sco_observer",
}


def verdict_of(engine: Engine, question: str, context: Verdict | None = None) -> Verdict:
    verdict = engine.answer(question, today=TODAY, context=context)
    assert present(engine.kb, verdict, TODAY).html.strip()
    return verdict


def html_of(engine: Engine, verdict: Verdict) -> str:
    return present(engine.kb, verdict, TODAY).html


def converse(engine: Engine, *questions: str) -> list[Verdict]:
    context = None
    verdicts = []
    for question in questions:
        verdict = verdict_of(engine, question, context)
        verdicts.append(verdict)
        if verdict.answered:
            context = verdict
    return verdicts


def session_title(verdict: Verdict) -> str:
    assert verdict.attribute == "session" and isinstance(verdict.value, dict)
    return str(verdict.value["title"]["en"])


# --- a session by its ordinal ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("kakie ugrozy otmetili na pervoy sessii XVIII soveshchaniya", "First session"),
        ("privet! podskazhi pozhaluysta, chto obsuzhdali na tretey sessii XVIII soveshchaniya?", "Third session"),
        ("o chem byla vtoraya sessiya XVIII soveshchaniya", "Second session"),
        ("chto rassmatrivali na chetvertoy sessii XVIII soveshchaniya?", "Fourth session"),
        ("What was the third session of the XVIII meeting about?", "Third session"),
        ("о чём была четвёртая сессия XVIII совещания?", "Fourth session"),
        ("What did the 4th session of the XVIII meeting consider?", "Fourth session"),
        ("что обсуждали на 2-й сессии XVIII совещания", "Second session"),
    ],
)
def test_a_session_by_its_ordinal(engine: Engine, question: str, title: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [XVIII]
    assert session_title(verdict).startswith(title)


@pytest.mark.parametrize(
    ("questions", "titles"),
    [
        (
            ("Сколько было специализированных сессий на XVIII совещании?", "о чём была четвёртая?", "а третья?"),
            ["Fourth session", "Third session"],
        ),
        (
            ("List the sessions of the XVIII counter-terrorism meeting", "what was the second one about?", "and the fourth?"),
            ["Second session", "Fourth session"],
        ),
        (("Какой была первая сессия XVIII совещания?", "а четвёртая?", "a vtoraya?"), ["Fourth session", "Second session"]),
        (("Что обсуждали на XVIII совещании?", "а третья?", "а вторая?"), ["Third session", "Second session"]),
    ],
)
def test_a_session_by_its_ordinal_as_a_follow_up(
    engine: Engine, questions: tuple[str, ...], titles: list[str]
) -> None:
    verdicts = converse(engine, *questions)
    for verdict, title in zip(verdicts[1:], titles, strict=True):
        assert verdict.answered and verdict.focus == [XVIII]
        assert session_title(verdict).startswith(title)


def test_an_ordinal_after_something_else_is_no_session(engine: Engine) -> None:
    """After the states at the meeting, "the third one" is the third state, not a session."""
    verdicts = converse(engine, "Which states took part in the XVIII meeting?", "tell me about the third one")
    assert verdicts[1].attribute != "session"


# --- the format of a meeting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "v kakom formate proshlo XVIII soveshchanie",
        "в каком формате прошло XVIII совещание",
        "In what format was the XVIII counter-terrorism meeting held?",
    ],
)
def test_the_format_of_a_meeting_is_its_sessions(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "sessions" and verdict.focus == [XVIII]
    html = html_of(engine, verdict)
    # the source's own count beside the total
    assert ("4 specialised sessions" in html) or ("4 специализированные сессии" in html)


def test_a_format_without_a_meeting_is_not_sessions(engine: Engine) -> None:
    verdict = verdict_of(engine, "Что такое формат СНГ плюс?")
    assert verdict.attribute not in ("sessions", "session")


# --- an agenda besides the item named ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "left_out", "kept"),
    [
        ("Что ещё, кроме незаконной миграции, обсуждал Совет министров внутренних дел в Петербурге?", "migration", "road"),
        ("chto eshche krome migratsii obsuzhdali ministry vnutrennikh del v Peterburge", "migration", "forensic"),
        ("What did the interior ministers discuss in St Petersburg apart from road safety?", "road", "migration"),
        ("What else besides road safety was on the agenda of the interior ministers meeting in St Petersburg?", "road", "destructive"),
    ],
)
def test_an_agenda_besides_the_item_named(engine: Engine, question: str, left_out: str, kept: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [SPB] and verdict.attribute == "agenda"
    texts = [s.en.lower() for s in verdict.statements]
    assert not any(left_out in text for text in texts)
    assert any(kept in text for text in texts)
    assert len(texts) >= 5  # all the others, not the first three


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("What else did the XVIII meeting discuss besides radicalisation?", "radicali"),
        ("Что кроме учений обсуждали на XVIII совещании?", "exercise"),
    ],
)
def test_an_agenda_with_sessions_besides_the_item_named(engine: Engine, question: str, left_out: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [XVIII] and verdict.attribute == "agenda"
    agenda = [s.en.lower() for s in verdict.statements if s.en.endswith(".")]
    assert agenda and not any(left_out in text for text in agenda)


def test_a_numbered_session_list_is_no_ordinal(engine: Engine) -> None:
    verdict = verdict_of(engine, "list the 4 specialised sessions of the XVIII meeting")
    assert verdict.attribute == "sessions" and verdict.value == 4


def test_an_agenda_without_besides_keeps_every_item(engine: Engine) -> None:
    verdict = verdict_of(engine, "Что обсуждал Совет министров внутренних дел в Петербурге?")
    assert any("migration" in s.en.lower() for s in verdict.statements)


# --- the documents of a named meeting ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "kakie dokumenty utverdili na sammite SNG v Dushanbe",
        "Which documents were approved at the Dushanbe summit?",
        "Какие документы приняли на саммите в Душанбе?",
    ],
)
def test_the_documents_adopted_at_a_meeting(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.attribute == "document"
    assert set(verdict.items) == DUSHANBE_DOCUMENTS


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        ("Which programmes were approved at the Dushanbe summit?", "list", 2),
        ("Сколько программ утвердили на саммите в Душанбе?", "count", 2),
        ("skolko dokumentov prinyali na sammite SNG v Dushanbe", "count", 6),
    ],
)
def test_the_documents_of_one_kind_adopted_at_a_meeting(engine: Engine, question: str, kind: str, expected: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == kind and verdict.attribute == "document"
    assert len(verdict.items) == expected and set(verdict.items) <= DUSHANBE_DOCUMENTS


# --- the items a fact enumerates, counted ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "На сколько направлений, по справке Исполкома, была нацелена деятельность органов безопасности СНГ в 2025 году?",
        "How many aims did the CIS security bodies' activities in 2025 have?",
        "Skolko celey bylo u deyatelnosti organov SNG v sfere bezopasnosti v 2025 godu?",
    ],
)
def test_the_items_a_fact_enumerates_counted(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == ["fact_aims_2025"]
    # the count path answers first ("enumerated"); the fact's own answer says the same ("items")
    assert verdict.attribute in ("enumerated", "items") and verdict.value == 4
    assert verdict.statements[0].en.startswith("ensuring stability")


def test_a_stated_figure_is_still_the_count(engine: Engine) -> None:
    verdict = verdict_of(engine, "How many specialised bodies are there?")
    assert verdict.value == 3 and verdict.attribute != "items"


# --- what a person expected, said, or a person named by post -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What was Klemez expecting the CIS heads of state to adopt or sign at their next meetings?",
        "What did Klemez say the heads of state would adopt at their next meetings?",
        "Что, по словам Клемеза, главы государств должны принять на очередных заседаниях?",
    ],
)
def test_what_a_person_expected_of_meetings_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and KLEMEZ in verdict.focus
    assert "controlled delivery" in verdict.statements[0].en
    # the list after the colon is shown whole, to its last item
    html = html_of(engine, verdict)
    assert "sentenced" in html or "осуждённых" in html


def test_the_next_meeting_without_a_person_is_still_none_upcoming(engine: Engine) -> None:
    verdict = verdict_of(engine, "When is the next CIS summit?")
    assert verdict.reason == "none_upcoming"


@pytest.mark.parametrize(
    "question",
    [
        "Какие криминальные угрозы, по словам директора департамента Исполкома, сейчас нарастают?",
        "Какие угрозы, по словам директора департамента Исполкома СНГ, стоят перед странами Содружества?",
        "What threats did Klemez say are growing?",
        "Какие угрозы назвал Клемез?",
    ],
)
def test_the_threats_a_person_listed_are_shown_whole(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and KLEMEZ in [*verdict.focus, *(s.speaker for s in verdict.statements)]
    html = html_of(engine, verdict).lower()
    for word in (("extremis", "экстремис"), ("cyber", "кибер"), ("laundering", "отмыв")):
        assert any(w in html for w in word), word


@pytest.mark.parametrize(
    "question",
    [
        "rnj gjplhfdbk exfcnybrjd xviii cjdtofybz",
        "Who congratulated the participants of the XVIII meeting?",
        "kto pozdravil uchastnikov XVIII soveshchaniya",
    ],
)
def test_who_congratulated_the_participants(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "speakers"
    assert any(speaker["person"] == "emomali_rahmon" for speaker in verdict.value)
