"""Abbreviations and follow-ups of the tenth round. Letters the sources never use as a name are
read from the words they stand for: the start of an entry's name ("СССБ", "SSC") or words inside
a name or text of the entry the question points at ("AML" in the EAG's, "ПОД/ФТ"); letters that
spell nothing, or spell a name only by counting "СНГ", are no answer. Verdicts on the real
knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import EXERCISE, SPB, XVIII, converse, first_line, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "entity", "words"),
    [
        ("что за СССБ СНГ?", "security_secretaries_council", "секретарей советов безопасности"),
        ("What is the SSC?", "security_secretaries_council", "Security Secretaries Council"),
        ("что такое МСЧС?", "emergencies_council", "чрезвычайным ситуациям"),
        ("What is the HMBC of the CIS?", "migration_bodies_council", "Migration Bodies Council"),
        ("chto za SSSB SNG?", "security_secretaries_council", "секретарей советов безопасности"),
    ],
)
def test_letters_that_begin_a_name_are_its_abbreviation(engine: Engine, question: str, entity: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.answered and verdict.attribute == "spelled", verdict
    assert verdict.focus == [entity]
    html = html_of(engine, verdict)
    assert words in html
    # honest that the sources do not use the letters
    assert "sources do not use" in html or "В источниках такого сокращения нет" in html


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does AML mean in the bit about the EAG and the ATC?", "anti-money laundering"),
        ("AML in the EAG's work with the ATC - what does it stand for?", "anti-money laundering"),
        ("ПОД/ФТ в названии ЕАГ — что это значит?", "противодействия отмыванию денег / финансированию терроризма"),
        ("ЕАГ: как расшифровать ПОД/ФТ?", "финансированию терроризма"),
        ("What does ML/FT mean in the EAG's name?", "Money Laundering / Financing of Terrorism"),
    ],
)
def test_letters_inside_a_name_or_text_are_read_from_its_words(engine: Engine, question: str, expected: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.attribute == "spelled", verdict
    assert verdict.focus == ["eag"]
    assert expected in first_line(engine, verdict)


@pytest.mark.parametrize("question", ["что такое СГПС СНГ", "What does PGCC mean?", "что за ЖЖЖ?"])
def test_letters_that_spell_nothing_are_not_guessed(engine: Engine, question: str) -> None:
    """ "СГПС" would begin "Совет генеральных прокуроров СНГ" only by counting СНГ as a word."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "spelled", verdict


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("каторые страны учавствовали в антитерористическом совещани в июне", "Узбекистан", "Туркменистан"),
        ("какие страны присуствовали на заседании в питере", "Туркменистан", "Азербайджан"),
        ("какие государства учавствовали в заседании СМВД в августе?", "Туркменистан", "Азербайджан"),
    ],
)
def test_a_slip_in_the_verb_of_taking_part_still_asks_for_the_participants(
    engine: Engine, question: str, present: str, absent: str
) -> None:
    """The question's kind hangs on the verb: one slip in it ("учавствовали") is read as the verb."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "participants", verdict
    html = html_of(engine, verdict)
    assert present in html and absent not in html



@pytest.mark.parametrize(
    "question",
    [
        "Кто комментировал СМИ заседание СМВД СНГ в августе?",
        "кто рассказал журналистам о заседании СМВД в Петербурге?",
        "who told the media about the interior ministers meeting?",
    ],
)
def test_who_spoke_to_the_press_about_a_meeting_is_named_first(engine: Engine, question: str) -> None:
    """The sources name no speaker at the St Petersburg meeting, but who told the media about it:
    that person is the answer, in the first line."""
    verdict = verdict_of(engine, question)
    assert "yevgeny_klemez" in (*verdict.focus, *(s.speaker for s in verdict.statements)) or "Клемез" in first_line(
        engine, verdict
    ) or "Klemez" in first_line(engine, verdict), verdict
    assert "Klemez" in first_line(engine, verdict) or "Клемез" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("turns", "present", "absent"),
    [
        (
            ("Кто комментировал СМИ заседание СМВД СНГ в августе?", "и что он назвал главными угрозами?",
             "кто ещё участвовал в том заседании, кроме государств?"),
            "БКБОП", "Армения",
        ),
        (
            ("What did Klemez name as the main threats?", "who else took part in that meeting besides the states?"),
            "BCOC", "Armenia",
        ),
    ],
)
def test_that_meeting_after_a_fact_is_the_meeting_the_fact_is_about(
    engine: Engine, turns: tuple[str, ...], present: str, absent: str
) -> None:
    verdict = converse(engine, *turns)[-1]
    assert SPB in verdict.focus and verdict.answered, verdict
    html = html_of(engine, verdict)
    assert present in html and absent not in html


@pytest.mark.parametrize(
    ("question", "state", "yes"),
    [
        ("а азербайджанцы там были?", "azerbaijan", False),
        ("а Азербайджан там был?", "azerbaijan", False),
        ("а россияне там были?", "russia", True),
        ("а туркмены там были?", "turkmenistan", True),
        ("were the Tajiks there?", "tajikistan", True),
        ("were the Uzbeks there?", "uzbekistan", True),
    ],
)
def test_a_state_or_its_people_asked_there_after_a_meeting(engine: Engine, question: str, state: str, yes: bool) -> None:
    """ "а X там был?" opens a question of its own; a people ("азербайджанцы", "Uzbeks") is its state."""
    verdict = converse(engine, "Tell me about the August meeting of the interior ministers", question)[-1]
    assert verdict.kind == "yes_no" and verdict.yes is yes and state in verdict.focus, verdict
    assert verdict.lang == ("ru" if "а " in question else "en")


@pytest.mark.parametrize(
    ("opening", "question", "number"),
    [
        ("What happened at the CIS counter-terrorism meeting on 10 June 2025?", "how was it organised, how many sessions?", "5"),
        ("Расскажи про июньское антитеррористическое совещание", "как оно было организовано, сколько было сессий?", "5"),
    ],
)
def test_a_count_after_the_subject_s_long_name_still_counts(engine: Engine, opening: str, question: str, number: str) -> None:
    """The XVIII meeting's official name ("Heads of the CIS National Structures") would make the
    completed follow-up count heads the sources do not list: its short name asks it."""
    verdict = converse(engine, opening, question)[-1]
    assert verdict.kind == "fact" and verdict.attribute == "count" and verdict.focus == [XVIII], verdict
    assert f"{number} " in first_line(engine, verdict)


@pytest.mark.parametrize(
    "turns",
    [
        ("What did the third session of the XVIII meeting discuss?", "where was that supposed to happen and when?"),
        ("Что обсуждали на третьей сессии июньского антитеррористического совещания?", "а где и когда это должно было пройти?"),
        ("What did the third session of the XVIII meeting discuss?", "when was that planned to take place?"),
    ],
)
def test_what_was_supposed_to_happen_is_the_planned_event_the_answer_named(engine: Engine, turns: tuple[str, str]) -> None:
    verdict = converse(engine, *turns)[-1]
    assert verdict.focus == [EXERCISE], verdict
    line = first_line(engine, verdict)
    assert "October" in line or "октябрь" in line


def test_when_was_it_held_after_a_session_is_still_the_meeting(engine: Engine) -> None:
    verdict = converse(engine, "What did the third session of the XVIII meeting discuss?", "when was it held?")[-1]
    assert verdict.focus == [XVIII]


def test_a_people_after_a_comma_is_asked_whether_it_took_part(engine: Engine) -> None:
    """ "and the Russians, were they there?": the question after the topic is a yes/no one; the
    Moscow intelligence meeting lists eight states without Russia (no card saying "Yes")."""
    verdict = converse(engine, "Which states attended the Moscow intelligence chiefs meeting?", "and the Russians, were they there?")[-1]
    assert verdict.kind == "yes_no" and verdict.yes is False and "russia" in verdict.focus, verdict


def test_a_real_word_one_letter_from_a_cue_verb_is_not_corrected(engine: Engine) -> None:
    """ "вступила" (joined) is one letter from "выступила" (spoke): no slip, the accession is asked."""
    verdict = verdict_of(engine, "Когда Армения вступила в Шанхайскую организацию сотрудничества?")
    assert verdict.intent != "speakers", verdict


def test_letters_in_a_question_about_something_else_are_not_read(engine: Engine) -> None:
    """ "kto opublikoval material o zasedanii SMVD": SMVD is СМВД typed in Latin letters, a name
    the question uses; the publisher is asked."""
    verdict = verdict_of(engine, "kto opublikoval material o zasedanii SMVD v Peterburge")
    assert verdict.attribute != "spelled", verdict
