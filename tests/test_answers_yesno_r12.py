"""Yes/no families of round 12: a claim read in a named text ("В отчёте говорится, что …?", "Does the
annual report say …?") is confirmed by the clause without the frame's words, and a figure asserted
of a report is checked against the fact the report is the source of; a claim limited by "only" is
never a yes to half of it; "did X mention <organisation>" is a no when no source recording X names
it; an address sent is what "обращался к участникам" asks; a meeting named as an international
organisation's ("саммит ОДКБ") is not recorded, never the CIS summit's outcomes; a missing attribute
is said of the entry by its full name where its short form is only an acronym.

Cases are our own phrasings about other facts than the probe's, in English, Russian and Russian typed
in Latin letters, on the real knowledge base.
"""

from __future__ import annotations

import re

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import SECRETARIES, XVIII, first_line, html_of, verdict_of

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
