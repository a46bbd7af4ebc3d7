"""Misspelt and colloquial question words are read as meant; real words are left alone."""

from __future__ import annotations

import re

import pytest

from bot.answers.engine import Engine
from bot.answers.questionwords import fix_question_words


def never_a_word(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wen was it", "when was it"),
        ("hw many states", "how many states"),
        ("Wich council", "which council"),
        ("скока стран", "сколько стран"),
        ("каво сделали наблюдателем", "кого сделали наблюдателем"),
        ("kagda bylo", "kogda bylo"),
        ("whwre was it", "where was it"),
    ],
)
def test_question_words_are_read_as_meant(typed: str, meant: str) -> None:
    assert fix_question_words(typed, never_a_word).lower() == meant


def test_words_of_their_own_are_kept(engine: Engine) -> None:
    # "were" is one edit from "where", "whom" from "who", "Moscow" keeps its case.
    assert fix_question_words("Were they in Moscow with whom", engine._is_word) == "Were they in Moscow with whom"


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("wen was the 13th meeting of the security secretaries council", "date"),
        ("скока стран было на встрече спецслужб в маскве", "count"),
    ],
)
def test_misspelt_question_words_still_ask_their_question(engine: Engine, question: str, attribute: str) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.attribute == attribute, verdict


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "Good morning! I'm preparing a memo for my ministry and need one detail: at the Moscow meeting, "
            "what did the delegates want? Many thanks in advance.",
            "at the Moscow meeting, what did the delegates want?",
        ),
        (
            "Пишу статью про дерадикализацию: кого ещё предлагали привлекать?",
            "кого ещё предлагали привлекать? дерадикализацию",
        ),
        ("Where was the meeting in St. Petersburg held?", "Where was the meeting in St. Petersburg held?"),
        ("When did D. Trefilov speak?", "When did D. Trefilov speak?"),
    ],
)
def test_the_asking_part_of_a_chatty_message(message: str, asked: str) -> None:
    from bot.answers.questionwords import question_part

    assert question_part(message) == asked


def test_russian_typed_as_it_sounds(engine: Engine) -> None:
    from bot.answers.questionwords import fix_spoken_spelling

    fixed = fix_spoken_spelling("клемез гаварил пра падгатовку кадраф", engine._is_word)
    assert fixed == "клемез говорил пра подготовку кадров"
    verdict = engine.answer("што клемез гаварил пра падгатовку кадраф и аналитику")
    assert verdict.kind == "quote" and "кадры" in verdict.statements[0].ru


@pytest.mark.parametrize(
    ("message", "entity"),
    [
        # a lead-in of chatter set off by a comma or a dash
        ("Готовлю справку для руководства, подскажите, пожалуйста, кто такой Трефилов?", "denis_trefilov"),
        ("Пишу заметку для газеты — кто такой Клемез?", "yevgeny_klemez"),
        ("Hi! Writing a piece for my editor - who is Klemez?", "yevgeny_klemez"),
        # a polite request around the question word: no yes/no question, no question about what was said
        ("could you tell me who Trefilov is?", "denis_trefilov"),
        ("I'm preparing a briefing for my boss, can you tell me who Klemez is?", "yevgeny_klemez"),
        ("Не подскажете, кто такой Клемез?", "yevgeny_klemez"),
        ("podskazhite kto takoy Trefilov", "denis_trefilov"),
        ("tell me about the ATC", "atc"),
    ],
)
def test_a_chatty_lead_in_or_polite_request_asks_for_the_entry(engine: Engine, message: str, entity: str) -> None:
    verdict = engine.answer(message)
    assert verdict.answered and verdict.kind == "card" and verdict.focus[:1] == [entity], verdict
    assert verdict.yes is None


@pytest.mark.parametrize(
    "message",
    ["Hi! Could you remind me when the CIS interior ministers met? Thanks!", "Скажите, пожалуйста, когда было заседание СМВД?"],
)
def test_a_polite_request_for_a_date_is_no_yes_no_question(engine: Engine, message: str) -> None:
    verdict = engine.answer(message)
    assert verdict.answered and verdict.yes is None and verdict.focus[:1] == ["mtg_2025_08_12_interior_ministers"], verdict


@pytest.mark.parametrize(
    "message",
    ["In 2025, how many meetings were held?", "Кроме России, какие страны участвовали в заседании СМВД?"],
)
def test_a_clause_with_content_before_the_question_stays(message: str) -> None:
    from bot.answers.questionwords import question_part

    assert question_part(message) == message


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("how mnay sectoral bodies", "how many sectoral bodies"), ("kgoda bylo zasedanie SMVD", "kogda bylo zasedanie SMVD"),
     ("whne was the summit", "when was the summit")],
)
def test_two_swapped_letters_in_a_question_word(engine: Engine, typed: str, meant: str) -> None:
    assert fix_question_words(typed, engine._is_word) == meant


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("rnj pfybvftncz n.hmvfvb", "penitentiary_services_council"),  # кто занимается тюрьмами
        ("hfcibaheq fnw", "atc"),  # расшифруй атц
        ("hfcibaheqnt jlr,", "csto"),  # расшифруйте одкб
    ],
)
def test_topic_and_abbreviation_words_count_for_the_layout_repair(engine: Engine, typed: str, entity: str) -> None:
    verdict = engine.answer(typed)
    assert verdict.lang == "ru" and verdict.answered and verdict.focus[:1] == [entity], verdict


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("ult ghjikj xix cjdtofybt", None),  # где прошло XIX совещание: the numeral stays Latin, no such meeting
        ("ult ghjikj xviii cjdtofybt", "mtg_2025_06_10_counter_terrorism_heads_18"),
        ("rjulf ,skj xiii pfctlfybt", "mtg_2025_11_05_security_secretaries_13"),
    ],
)
def test_a_roman_numeral_survives_the_layout_repair(engine: Engine, typed: str, entity: str | None) -> None:
    parsed = engine.parse(typed)
    assert parsed.lang == "ru" and re.search(r"\bx[ivx]+\b", parsed.text, re.IGNORECASE), parsed.text
    if entity is not None:
        verdict = engine.answer(typed)
        assert verdict.answered and verdict.focus[:1] == [entity], verdict


@pytest.mark.parametrize(
    ("question", "value"),
    [("hw many specialsed bodies does teh CIS have in securty?", 3), ("how many specialized bodies", 3), ("How many speciaised bodies?", 3)],
)
def test_typos_in_a_category_and_in_the(engine: Engine, question: str, value: int) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "count" and verdict.value == value, verdict
