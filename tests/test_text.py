"""The normaliser: each way people mistype maps onto the same tokens as the clean text."""

from __future__ import annotations

import pytest

from bot.search.text import (
    _WORD,
    clean,
    prepare,
    russian_reading,
    skeleton,
    swap_layout_to_cyrillic,
    swap_layout_to_latin,
    token_set,
    tokens,
    word_token,
)


def same(a: str, b: str) -> bool:
    return tokens(a) == tokens(b)


def test_case_punctuation_and_yo() -> None:
    assert same("СОВЕТ МИНИСТРОВ!!!", "совет, министров")
    assert same("объединённая комиссия", "объединенная комиссия")


def test_russian_inflection_is_stemmed() -> None:
    assert same("заседании совета", "заседание советов")
    assert same("внутренних дел", "внутренние дела")


def test_english_inflection_is_stemmed() -> None:
    assert same("meetings of councils", "meeting council")


def test_transliterated_russian_meets_the_cyrillic_skeleton() -> None:
    # The stem of the Cyrillic word is a prefix of the transliteration's skeleton.
    cyr = tokens("антитеррористический центр")
    lat = tokens("antiterroristicheskiy tsentr")
    assert lat[1] == cyr[1] == "centr"
    assert lat[0].startswith(cyr[0])
    assert skeleton("vnutrennikh") == skeleton("внутренних") == "vnutrenih"
    assert skeleton("Czentr") == skeleton("tsentr") == skeleton("центр")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("fynbnthhjhbcnbxtcrbq wtynh", "антитеррористический центр"),
        ("cjdtn vbybcnhjd dyenhtyyb[ ltk", "совет министров внутренних дел"),
        ("jlr,", "одкб"),
        (",r,jg", "бкбоп"),
    ],
)
def test_wrong_layout_latin_to_cyrillic(typed: str, meant: str) -> None:
    assert swap_layout_to_cyrillic(typed) == meant


def test_wrong_layout_cyrillic_to_latin() -> None:
    assert swap_layout_to_latin("сшы ьууештп") == "cis meeting"


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("XVIII", 18),
        ("xiii", 13),
        ("18th", 18),
        ("13-м", 13),
        ("13-го", 13),
        # the hyphen left out, and Latin letters
        ("18м", 18),
        ("13е", 13),
        ("13ом", 13),
        ("13e", 13),
        ("13m", 13),
        ("18-go", 18),
        ("13om", 13),
        ("восемнадцатое", 18),
        ("thirteenth", 13),
        ("IV", 4),
        ("XL", 40),
    ],
)
def test_numbers_ordinals_and_roman_numerals(written: str, number: int) -> None:
    assert tokens(f"{written} meeting")[0] == f"#{number}"


def test_an_apostrophe_in_latin_typed_russian_is_a_soft_sign() -> None:
    assert tokens("nacional'noy bezopasnosti") == tokens("nacionalnoy bezopasnosti")
    assert tokens("skol’ko") == tokens("skolko")
    # English contractions keep splitting as before
    assert tokens("the council's meeting") == tokens("the council s meeting")
    assert tokens("we're") == tokens("we re")


def test_single_letters_are_not_roman_numerals() -> None:
    assert "#1" not in tokens("i v x")


def test_stop_words_are_dropped_in_both_languages() -> None:
    assert tokens("what is the council") == tokens("council")
    assert tokens("что это за совет") == tokens("совет")


def test_invisible_and_combining_characters_are_removed() -> None:
    assert clean("С\u200bН\u200dГ\u0301") == "СНГ"
    assert clean("  a\t\nb  ") == "a b"
    assert clean("й ё") == "й ё"


def test_years_stay_numbers() -> None:
    assert tokens("June 10, 2025") == ["une", "#10", "#2025"]


# --- the fast paths give exactly what analysing each text whole gives ------------------------------

TRICKY = [
    "",
    "   ",
    "the",
    "XVIII заседание Совета, 2025",
    "the 13 th meeting",  # a number apart from its suffix: only the whole text shows it
    "18 -го ноября",
    "13th, 18-го and 2025 г.",
    "x \x00 y",  # the batch separator itself inside a text
    "a\x00b",
    "Cafe\u0301 ёлка \u200bзаседание",
    "fynbnthhjhbcnbxtcrbq wtynh",
    "<b>Совет</b> & «министров» — 5 ноября 2025",
]


def whole(text: str) -> list[str]:
    return [t for w in _WORD.findall(prepare(text)) if (t := word_token(w)) is not None]


@pytest.mark.parametrize("text", TRICKY)
def test_chunked_tokens_equal_whole_text_tokens(text: str) -> None:
    assert tokens(text) == whole(text)
    assert token_set(text) == set(whole(text))


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("zasedaniy", "заседаний"),
        ("zasedaniya", "заседания"),
        ("godu", "году"),
        ("sekretarey", "секретарей"),
        ("deystvuyut", "действуют"),
        ("otraslevykh", "отраслевых"),
        ("komanduyushchikh", "командующих"),
        ("antiterroristicheskiy", "антитеррористический"),
    ],
)
def test_latin_typed_russian_reads_as_the_russian_word(latin: str, cyrillic: str) -> None:
    assert russian_reading(latin) == tokens(cyrillic)[0]


def test_only_latin_words_have_a_russian_reading() -> None:
    assert russian_reading("заседание") is None
    assert russian_reading("13th") is None
