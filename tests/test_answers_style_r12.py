"""Style questions of the twelfth round: several abbreviations decoded at once (one line each), two
questions joined by "and" / "и" (both answered, the first part first), chat around a question set
aside, and a "when X met, what …" clause that only says which meeting. Verdicts on the real
knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import EXERCISE, KLEMEZ, SECRETARIES, SPB, XVIII, first_line, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("ATC, BCOC and RATS — what do they stand for?", ["Anti-Terrorism Center", "Organized Crime", "Regional Anti-Terrorist"]),
        ("what do CSTO and EAG mean?", ["Collective Security Treaty", "Eurasian Group"]),
        ("расшифруй пожалуйста АТЦ и БКБОП", ["Антитеррористический центр", "организованной преступностью"]),
        ("РАТС ШОС, ОДКБ, ЕАГ — расшифруйте все три", ["Региональная антитеррористическая", "Договора о коллективной", "Евразийская"]),
        ("chto oznachayut SMVD i SSSB?", ["внутренних дел", "секретарей"]),
    ],
)
def test_several_abbreviations_are_each_decoded_on_a_line(engine: Engine, question: str, names: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and len(verdict.also) == len(names), verdict
    lines = html_of(engine, verdict).split("\n")
    for line, name in zip(lines, names, strict=False):
        assert name in line


def test_an_abbreviation_the_sources_lack_is_said_so_for_it_alone(engine: Engine) -> None:
    verdict = verdict_of(engine, "расшифруй СМВД, СБР и АТЦ")
    lines = html_of(engine, verdict).split("\n")
    assert "внутренних дел" in lines[0]
    assert "СБР" in lines[1] and "источники ответа не дают" in lines[1]
    assert "Антитеррористический центр" in lines[2]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "когда прошло 13-е заседание Совета секретарей советов безопасности и кто выступил с приветственным словом?",
            "ноября 2025",
            "Трефилов",
        ),
        ("where did the XVIII counter-terrorism meeting take place and how many international organisations attended?", "Moscow", "3"),
        ("gde proshlo zasedanie SMVD i kakie strany tam byli?", "Петербург", "Туркменистан"),
        ("where did the security secretaries meet in November and who gave the welcoming speech there?", "Moscow", "Trefilov"),
        (
            "Привет! Слушай, подскажи пожалуйста: где летом собирались министры внутренних дел и какие организации там были кроме стран?",
            "Санкт-Петербург",
            "АТЦ",
        ),
    ],
)
def test_two_joined_questions_are_both_answered_the_first_first(
    engine: Engine, question: str, first: str, second: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and len(verdict.also) == 2, verdict
    html = html_of(engine, verdict)
    assert first in first_line(engine, verdict)
    assert second in html.split("\n\n", 1)[1]


def test_the_second_part_reads_it_as_the_first_parts_subject(engine: Engine) -> None:
    verdict = verdict_of(
        engine,
        "Здравствуйте! Я студентка, пишу курсовую. Подскажите, пожалуйста, какое совместное учение обсуждали "
        "на третьей сессии июньского совещания и когда оно должно было пройти?",
    )
    first, second = verdict.also
    assert first.focus[:1] == [EXERCISE] and second.focus[:1] == [EXERCISE]
    assert second.attribute == "date"
    assert "октябрь 2025" in html_of(engine, verdict).split("\n\n", 1)[1]


def test_a_question_that_means_nothing_in_parts_is_read_whole(engine: Engine) -> None:
    verdict = verdict_of(engine, "Сколько государств заявлено участниками XVIII совещания и сколько из них названо поимённо?")
    assert not verdict.also
    assert verdict.focus[:1] == [XVIII]


@pytest.mark.parametrize(
    ("question", "meeting", "attribute"),
    [
        (
            "Hey, sorry to bother — I'm putting together a briefing and can't remember: when the Security "
            "Secretaries met in November, what was the main item on their agenda? thanks!!",
            SECRETARIES,
            "agenda",
        ),
        ("what was on the agenda when the interior ministers met in St Petersburg?", SPB, "agenda"),
        ("kogda sekretari sovbezov sobiralis v noyabre, kto vystupil?", SECRETARIES, "speakers"),
        (
            "Напомните, когда в июне собирались руководители антитеррористических подразделений, сколько было сессий?",
            XVIII,
            None,
        ),
    ],
)
def test_a_when_clause_names_the_meeting_and_the_other_question_is_asked(
    engine: Engine, question: str, meeting: str, attribute: str | None
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and meeting in verdict.focus + verdict.items, verdict
    assert verdict.attribute != "date"
    if attribute is not None:
        assert verdict.attribute == attribute


def test_chat_before_a_question_is_set_aside(engine: Engine) -> None:
    verdict = verdict_of(
        engine,
        "Добрый день, готовлю справку. Напомните, когда в июне собирались руководители антитеррористических "
        "подразделений, сколько было сессий? спасибо",
    )
    assert verdict.answered and verdict.focus[:1] == [XVIII], verdict
    assert "4" in first_line(engine, verdict) or "5" in first_line(engine, verdict)


def test_a_sentence_that_names_the_subject_is_kept(engine: Engine) -> None:
    verdict = verdict_of(engine, "i'm reading about the moscow meeting of intelligence chiefs. who attended?")
    assert verdict.answered and verdict.attribute == "participants", verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("what is the CIS ExCom", "executive_committee"),
        ("что такое Испком СНГ", "executive_committee"),
        ("what does the CIS ExCom's security department do?", "security_cooperation_department"),
        ("who heads the security department of the CIS ExCom?", "security_cooperation_department"),
    ],
)
def test_a_clipped_name_is_read_as_the_words_it_clips(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus[:1] == [entity], verdict


def test_a_clipped_word_that_fits_no_name_stays_as_typed(engine: Engine) -> None:
    from bot.answers import clipped

    pairs = clipped.name_pairs(engine.kb)
    assert clipped.unclipped("what is the ExCom", pairs, lambda word: False) == "what is the executive committee"
    assert clipped.unclipped("what is the Zyxcom", pairs, lambda word: False) == "what is the Zyxcom"
    assert clipped.unclipped("what is the EXCOM", pairs, lambda word: False) == "what is the EXCOM"


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("wich countrys were at the interor ministers meating in st petersberg", "Turkmenistan"),
        ("wich countrys atended the moskow inteligence cheifs meating", "Azerbaijan"),
        ("which organisatons were represnted at the june meeting", "Collective Security Treaty Organization"),
    ],
)
def test_a_slip_in_the_word_that_says_what_is_asked_is_read_as_meant(engine: Engine, question: str, member: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and (verdict.attribute or "").startswith("participant"), verdict
    assert member in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("што там клемез гаварил про кибер преступность", KLEMEZ, "киберпреступности"),
        ("chto tam klemez govoril pro narkotiki", KLEMEZ, "наркот"),
    ],
)
def test_there_after_what_in_a_question_of_what_was_said_is_a_filler(engine: Engine, question: str, speaker: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered, verdict
    assert any(statement.speaker == speaker for statement in verdict.statements)
    assert words in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("ok so what did the EAG secretariat actually report on at that june thing", XVIII),
        ("what did the EAG secretariat report at that june do", XVIII),
        ("what did the EAG secretariat report on at that june get-together", XVIII),
        ("что докладывал секретариат ЕАГ на той июньской тусовке", XVIII),
    ],
)
def test_a_vague_word_for_an_event_is_the_meeting_its_month_names(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    assert meeting in verdict.focus + [statement.entity for statement in verdict.statements] + verdict.items, verdict


@pytest.mark.parametrize(
    "question",
    [
        "how many states and which organisations attended the June meeting?",
        "сколько стран и какие организации участвовали в июньском совещании?",
    ],
)
def test_a_first_part_that_is_no_question_alone_is_not_split_off(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert not verdict.also
    assert XVIII in verdict.focus, verdict
