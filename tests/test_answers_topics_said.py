"""Topics asked in everyday words, abbreviations inside short names, and what was said where:
verdicts on the real knowledge base (tuning round 5: topics, quotes, abbreviations)."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import html_of, verdict_of


def _bodies(verdict: object) -> set[str]:
    return set(verdict.focus if verdict.kind == "card" else verdict.items)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # no whole topic phrase is in these: two words of one body's field name it
        ("Which CIS body issues forecasts from its stations?", "hydrometeorology_council"),
        ("Кто в СНГ занимается спутниковыми данными о Земле?", "geodesy_council"),
        ("Кто в СНГ отвечает за химическую безопасность на производстве?", "industrial_safety_council"),
        ("Which body deals with correctional detention?", "penitentiary_services_council"),
    ],
)
def test_two_words_of_one_bodys_field_name_it(engine: Engine, question: str, body: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "topic" and _bodies(verdict) == {body}, verdict


@pytest.mark.parametrize("question", ["Which body is responsible for monitoring?", "Кто контролирует товары?"])
def test_one_common_word_of_a_field_is_not_a_topic(engine: Engine, question: str) -> None:
    assert "topic" not in verdict_of(engine, question).filters


@pytest.mark.parametrize(
    ("question", "bodies"),
    [
        ("Кто в Содружестве отвечает за борьбу с наркоторговлей?", {"interior_ministers_council"}),
        ("which CIS body do the cops belong to?", {"interior_ministers_council"}),
        ("Какой совет отвечает за исправительные учреждения?", {"penitentiary_services_council"}),
        ("who handles plane crashes in the CIS?", {"interstate_aviation_committee"}),
        ("Кто в СНГ занимается безопасностью на дорогах?", {"interior_ministers_council"}),
        ("Which CIS body tackles arms trafficking?", {"interior_ministers_council"}),
        ("Кто борется с ОПГ на пространстве СНГ?", {"bcoc"}),
    ],
)
def test_everyday_words_of_a_field(engine: Engine, question: str, bodies: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind in ("card", "list") and _bodies(verdict) == bodies, verdict
    assert verdict.filters["topic"]


@pytest.mark.parametrize(
    "question",
    ["Кто предложил реформировать Совет генпрокуроров СНГ?", "Кто предложил реформировать Совет прокуроров СНГ?"],
)
def test_a_body_named_outright_with_more_asked_is_no_topic_question(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and "topic" not in verdict.filters, verdict
    assert "fact_prosecutor_general_reforms" in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Межгоссовет по ЧС — полное название", "emergencies_council"),
        ("What is the full name of the Межгоссовет по ЧС?", "emergencies_council"),
        ("rfr hfcibahjdsdftncz CRGD", "border_troops_commanders_council"),  # как расшифровывается СКПВ
        ("gjkyjt yfpdfybt RCUG", "prosecutors_general_council"),  # полное название КСГП
    ],
)
def test_short_names_and_abbreviations_in_the_other_layout(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "full_name" and verdict.focus == [entity], verdict


@pytest.mark.parametrize(
    ("question", "meeting", "word"),
    [
        ("Что говорилось о финансировании терроризма на совещании 10 июня?", "mtg_2025_06_10_counter_terrorism_heads_18", "financ"),
        ("What was said about terrorist financing at the June 10 meeting?", "mtg_2025_06_10_counter_terrorism_heads_18", "financ"),
        ("Что говорили о мигрантах на встрече в Петербурге?", "mtg_2025_08_12_interior_ministers", "migra"),
    ],
)
def test_a_meeting_named_by_its_date_or_place_owns_what_was_said(
    engine: Engine, question: str, meeting: str, word: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements, verdict
    assert verdict.statements[0].entity == meeting and word in verdict.statements[0].en.lower(), verdict.statements


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("what did the kremlin spokesman say about the cis", "dmitry_peskov"),
        ("What did Trefilov say about the CIS?", "denis_trefilov"),
        ("Что Трефилов сказал о СНГ?", "denis_trefilov"),
        ("Что Клемез сказал про Содружество?", "yevgeny_klemez"),
    ],
)
def test_said_about_the_cis_is_all_that_was_said(engine: Engine, question: str, person: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements, verdict
    assert verdict.statements[0].speaker == person, verdict.statements


@pytest.mark.parametrize(
    "question", ["What did Yevgeny Klemez say about nuclear security?", "Что Клемез сказал о ядерной безопасности?"]
)
def test_said_about_something_else_is_still_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind in ("not_recorded", "clarify") and not verdict.statements, verdict


@pytest.mark.parametrize(
    "question",
    [
        "what did the EAG secretariat report in June",
        "what has the EAG secretariat reported about in June?",
        "what did the EAG report on at the June meeting",
    ],
)
def test_what_an_entry_reported_is_its_report_not_a_sources_date(question: str, engine: Engine) -> None:
    """"report" as the entry's verb asks its topic (anti-money laundering work), not the date of the
    source that a month word and the word "report" would otherwise point at."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "source", verdict
    assert any("money laundering" in s.en for s in verdict.statements), verdict


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Which threats did Klemez point to?", ("narcotics", "cybercrime")),
        ("what did Rahmon point out in his address?", ("2000",)),
        ("What threats did Klemez point out?", ("narcotics", "cybercrime")),
    ],
)
def test_point_to_is_a_verb_of_saying(engine: Engine, question: str, words: tuple[str, ...]) -> None:
    """"point to / point out" says what was said, as "name" does: no search word "point" to ask
    back about."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind != "clarify", verdict
    said = " ".join(s.en for s in verdict.statements)
    assert all(word in said for word in words), said


@pytest.mark.parametrize(
    ("question", "meeting", "when"),
    [
        ("which meeting talked about drones?", "mtg_2025_06_10_counter_terrorism_heads_18", "10 June 2025"),
        ("на каком заседании говорили о безопасности дорожного движения?", "mtg_2025_08_12_interior_ministers", "12 августа 2025"),
        ("which meeting discussed deradicalization?", "mtg_2025_06_10_counter_terrorism_heads_18", "10 June 2025"),
        ("na kakom soveshchanii obsuzhdali bespilotniki", "mtg_2025_06_10_counter_terrorism_heads_18", "10 июня 2025"),
        ("where was humanitarian and educational cooperation on the agenda?", "mtg_2025_11_05_security_secretaries_13", "5 November 2025"),
        ("какое заседание рассматривало гуманитарное и образовательное сотрудничество?", "mtg_2025_11_05_security_secretaries_13", "5 ноября 2025"),
        ("at which meeting did they discuss cyber defense?", "mtg_security_intelligence_heads_moscow", "Moscow"),
        # "where was X discussed" with a topic of several words (was declined as out of scope)
        ("where was youth involvement in destructive movements discussed?", "mtg_2025_11_05_security_secretaries_13", "5 November 2025"),
        ("где обсуждали вовлечение молодёжи в деструктивные движения?", "mtg_2025_11_05_security_secretaries_13", "5 ноября 2025"),
        # "anywhere" names no place (it was the weightiest word, and the question was declined)
        ("were drones discussed anywhere? which meeting", "mtg_2025_06_10_counter_terrorism_heads_18", "10 June 2025"),
        ("was deradicalisation discussed anywhere? which meeting?", "mtg_2025_06_10_counter_terrorism_heads_18", "10 June 2025"),
        ("drones anywhere? which mtg", "mtg_2025_06_10_counter_terrorism_heads_18", "XVIII"),
        ("was youth discussed anywhere? which meeting", "mtg_2025_11_05_security_secretaries_13", "5 November 2025"),
    ],
)
def test_which_meeting_discussed_a_topic_is_the_one_whose_record_covers_it(
    engine: Engine, question: str, meeting: str, when: str
) -> None:
    """No meeting named, a topic asked: the meeting whose record holds it, with the sentence and
    its date and city first (was a decline, or an ask-back)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.focus[:1]) == ("quote", [meeting]), verdict
    assert when in html_of(engine, verdict).split("\n")[0]


@pytest.mark.parametrize("question", ["where was migration discussed?", "где обсуждали миграцию?", "gde obsuzhdali migraciyu?"])
def test_a_topic_two_meetings_covered_gives_both(engine: Engine, question: str) -> None:
    # was the migration council's naming note (meeting_on_topic.several)
    verdict = verdict_of(engine, question)
    assert {"mtg_2025_08_12_interior_ministers", "mtg_2025_06_10_counter_terrorism_heads_18"} <= set(verdict.items), verdict
@pytest.mark.parametrize(
    "question",
    [
        "What did Dmitry Peskov say about cooperation in the CIS?",
        "Что Дмитрий Песков говорил про сотрудничество в СНГ?",
        "Что Дмитрий Песков говорил о сотрудничестве в СНГ?",
    ],
)
def test_the_one_statement_of_a_person_without_quotes_answers_its_topic(engine: Engine, question: str) -> None:
    # was "the sources record no statement by Dmitry Peskov about cooperation in the CIS"
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements, verdict
    assert verdict.statements[0].speaker == "dmitry_peskov" and "potential" in verdict.statements[0].en


def test_the_one_statement_of_a_person_is_no_answer_on_another_topic(engine: Engine) -> None:
    assert verdict_of(engine, "What did Dmitry Peskov say about nuclear security?").kind != "quote"


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        # "looked at", "went over", "took up", "касались", "razbirali": verbs of discussing
        ("which meeting looked at deradicalization?", "mtg_2025_06_10_counter_terrorism_heads_18"),
        ("which meeting looked at road safety?", "mtg_2025_08_12_interior_ministers"),
        ("на какой встрече касались дерадикализации?", "mtg_2025_06_10_counter_terrorism_heads_18"),
        ("na kakom soveshchanii razbirali deradikalizaciyu?", "mtg_2025_06_10_counter_terrorism_heads_18"),
    ],
)
def test_which_meeting_looked_at_a_topic(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == "topic_meeting" and verdict.focus == [meeting], verdict


@pytest.mark.parametrize(
    "question",
    ["which meetings discussed money laundering?", "at which meetings was money laundering discussed?", "на каких заседаниях обсуждали миграцию?"],
)
def test_which_meetings_took_up_a_topic_an_organisation_is_named_after(engine: Engine, question: str) -> None:
    # the EAG (its name holds "money laundering") was the answer: its card says nothing of the meetings
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.attribute == "meeting" and len(verdict.items) == 2, verdict
