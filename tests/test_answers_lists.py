"""Lists and counts on the real knowledge base: meetings with several conditions (a state that took
part versus one that hosted, quarters and half-years, "the last two", chronological order, what
took place at a place, totals over participant groups), and the items OF something asked as a list
(sessions, agendas, documents adopted, the items a fact enumerates, who congratulated).

Verdicts are asserted, not wording (except where the wording is the mechanism: the source's own
count of sessions, an enumeration shown whole); "today" is always handed in. Phrasings in English,
Russian and Russian typed in Latin letters."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from tests.answer_helpers import (
    DUSHANBE,
    EXERCISE,
    INTEL,
    KLEMEZ,
    SECRETARIES,
    SPB,
    XVIII,
    converse,
    first_line,
    html_of,
    verdict_of,
)

# ==================================================================================================
# Meetings with several conditions: took part versus hosted, quarters and half-years, "the last
# two", chronological order, what took place at a place, totals over groups named with joined
# adjectives.


# --- a state that took part, not the host --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("на каких мероприятиях был Кыргызстан", {XVIII, SPB, INTEL}),
        ("В каких встречах принимал участие Азербайджан?", {XVIII, INTEL}),
        ("What meetings was Russia listed at?", {XVIII, SPB}),
        ("Which meetings did Turkmenistan attend?", {SPB, INTEL}),
        ("v kakih vstrechah uchastvoval Turkmenistan", {SPB, INTEL}),
    ],
)
def test_meetings_a_state_took_part_in(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many of the meetings did Kazakhstan go to?", 3),
        ("На скольких заседаниях были представители Туркменистана?", 2),
    ],
)
def test_counting_meetings_a_state_took_part_in(engine: Engine, question: str, expected: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Какие встречи проходили в России?", {XVIII, SPB, SECRETARIES, INTEL}),
        ("Which meetings did Russia host?", {XVIII, SPB, SECRETARIES, INTEL}),
        ("какие встречи были в Кыргызстане", set()),
        ("Which meetings were held in Kazakhstan?", set()),
    ],
)
def test_meetings_a_state_hosted(engine: Engine, question: str, expected: set[str]) -> None:
    """A place preposition or a verb of hosting keeps the state as the host: an empty list says none."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected


# --- periods -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("что было в четвёртом квартале 2025", {DUSHANBE, EXERCISE, SECRETARIES}),
        ("Which meetings took place in Q2 2025?", {XVIII}),
        ("skolko vstrech bylo v 3 kvartale 2025", {SPB}),
        ("What happened in H2 2025?", {SPB, DUSHANBE, EXERCISE, SECRETARIES}),
        ("какие заседания прошли во втором квартале 2026", set()),
    ],
)
def test_quarters_and_half_years(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind in ("list", "count") and verdict.answered
    assert set(verdict.items) == expected


# --- order -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["List the 2025 meetings in chronological order", "перечисли встречи 2025 года по порядку"]
)
def test_chronological_order_is_the_list(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items[:3] == [XVIII, SPB, DUSHANBE] and SECRETARIES in verdict.items


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The exercise and the summit are both dated October 2025: neither is cut off.
        ("What were the last two meetings of 2025?", [DUSHANBE, EXERCISE, SECRETARIES]),
        ("Какие последние два заседания?", [DUSHANBE, EXERCISE, SECRETARIES]),
        ("Назови первые два заседания 2025 года", [XVIII, SPB]),
    ],
)
def test_first_or_last_few(engine: Engine, question: str, expected: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items == expected


# --- what took place at a place -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что проходило в Таджикистане?", {DUSHANBE, EXERCISE}),
        ("what took place in Moscow?", {XVIII, SECRETARIES, INTEL}),
        ("Что происходило в Минске?", set()),
    ],
)
def test_what_took_place_at_a_place(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected


# --- totals over groups named with joined adjectives -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Сколько всего участников было на XVIII совещании, если считать государства, органы СНГ, "
            "базовые и международные организации?",
            29,
        ),
        ("How many basic and international organisations attended the XVIII meeting in total?", 7),
    ],
)
def test_joined_group_adjectives_are_summed(engine: Engine, question: str, expected: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == expected


# --- a name inside a longer name, and kinds of meeting ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which meetings did the Regional Anti-Terrorist Structure of the SCO attend?",
        "Which meetings did RATS SCO attend?",
        "В каких встречах участвовала РАТС ШОС?",
    ],
)
def test_a_name_inside_a_longer_name_is_no_second_filter(engine: Engine, question: str) -> None:
    """The SCO named inside "RATS SCO" does not also narrow the list (the SCO attended nothing)."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items == [XVIII]
    assert verdict.filters.get("organisation") == ["rats_sco"]


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        ("Какие саммиты упоминаются в источниках?", "list", [DUSHANBE]),
        ("Which summits are mentioned?", "list", [DUSHANBE]),
        ("Which exercises are mentioned?", "list", [EXERCISE]),
        ("какие учения упоминаются", "list", [EXERCISE]),
        # Not the sources' figure of all 20 meetings of 2025.
        ("Сколько саммитов было в 2025?", "count", [DUSHANBE]),
    ],
)
def test_a_kind_of_meeting_narrows_the_list(engine: Engine, question: str, kind: str, expected: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == kind
    assert verdict.items == expected


# --- the meeting right after or before a named one -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected", "reason"),
    [
        # The summit and the exercise are both dated October 2025: both come next.
        ("Какое заседание прошло сразу после петербургского?", {DUSHANBE, EXERCISE}, None),
        ("Which meeting came right after the St Petersburg one?", {DUSHANBE, EXERCISE}, None),
        ("What was the next meeting after the XVIII meeting?", {SPB}, None),
        ("Какая встреча была перед саммитом в Душанбе?", {SPB}, None),
        ("what meeting preceded the Dushanbe summit", {SPB}, None),
        ("Какая встреча была до XVIII совещания?", set(), "none_before"),
        ("Which meeting came after the 13th Security Secretaries meeting?", set(), "none_after"),
    ],
)
def test_next_to_a_named_meeting(engine: Engine, question: str, expected: set[str], reason: str | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected
    assert verdict.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        "Which state is named at the June 10 meeting but not at the intelligence chiefs' gathering?",
        "Какая страна названа среди участников XVIII совещания, но не встречи руководителей спецслужб?",
    ],
)
def test_named_on_a_list_is_taking_part(engine: Engine, question: str) -> None:
    """"Named at / названа среди участников" asks who was on a meeting's list, as "attended" does."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items == ["russia"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was on the calendar in autumn 2025?", {DUSHANBE, EXERCISE, SECRETARIES}),
        ("Что было в календаре летом 2025?", {XVIII, SPB}),
    ],
)
def test_a_calendar_in_a_period_is_its_meetings(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert set(verdict.items) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which meetings did Russia host outside Moscow?", {SPB}),
        ("Какие встречи прошли в России кроме Москвы?", {SPB}),
        ("Which meetings were held outside Moscow?", {SPB, DUSHANBE, EXERCISE}),
        ("Какие заседания проходили вне Москвы?", {SPB, DUSHANBE, EXERCISE}),
    ],
)
def test_a_place_left_out(engine: Engine, question: str, expected: set[str]) -> None:
    """"Outside Moscow" leaves Moscow's meetings out; it does not keep only them."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert set(verdict.items) == expected


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        (
            "How many international organisations and basic organisations were at the June meeting altogether?",
            "count",
            7,
        ),
        ("Which states attended both the June meeting and the August meeting?", "list", 7),
        ("Какие государства были и на июньском совещании, и на августовском заседании?", "list", 7),
        ("Сколько международных и базовых организаций всего было на июньском совещании?", "count", 7),
    ],
)
def test_a_meeting_named_by_its_month(engine: Engine, question: str, kind: str, expected: int) -> None:
    """"The June meeting" is the one meeting dated in June."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == kind
    assert (verdict.value if kind == "count" else len(verdict.items)) == expected


# ==================================================================================================
# The items OF something: a session by its ordinal (typed in Latin letters too, and as a
# follow-up), a meeting's format as its sessions, an agenda without the item the question already
# names, the documents adopted at a named meeting, the items a fact enumerates counted, a person's
# words when the list they speak of is empty, a person named by post, who congratulated.


DUSHANBE_DOCUMENTS = {
    "joint_statement_transnational_crime",
    "military_cooperation_concept_2030",
    "programme_ct_extremism_2026_2028",
    "programme_border_security_2030",
    "decision_cis_plus",
    "decision_sco_observer",
}


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


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("list the councils", "list"),
        ("how many councils are there?", "count"),
        ("which councils are part of the CIS?", "list"),
        ("какие советы есть в СНГ?", "list"),
        ("skolko sovetov v sng", "count"),
    ],
)
def test_a_kind_word_that_is_a_word_of_names_narrows_the_bodies(engine: Engine, question: str, kind: str) -> None:
    """ "Councils" are the bodies with "Council" in their names, not all 27 bodies; "bodies" stays
    all; being "part of the CIS" narrows none; the list is labelled by the word asked."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.filters.get("asked_as")) == (kind, ["councils"]), verdict
    assert 0 < len(verdict.items) < len(verdict_of(engine, "list the bodies").items)
    assert all("ouncil" in engine.kb.name(item, "en") for item in verdict.items)
    label = "Councils" if verdict.lang == "en" else "Советы"
    first = first_line(engine, verdict)
    assert label.lower() in first.lower() and "bodies" not in first.lower() and "органы" not in first.lower(), first


@pytest.mark.parametrize(
    "question",
    ["какие органы входят в состав СНГ в сфере безопасности?", "list the bodies in the security sphere"],
)
def test_bodies_of_the_security_sphere_are_the_sectoral_and_specialised_ones(engine: Engine, question: str) -> None:
    """The sources' bodies "in the security sphere" are 16 sectoral and 3 specialised ones: a list of
    them, not a "did you mean" nor every body named anywhere."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and len(verdict.items) == 19, verdict
    assert {engine.kb.entities[item].category for item in verdict.items} == {"sectoral", "specialised"}
