"""Text normalisation shared by the index and the queries.

Both sides of every comparison go through the same pipeline, so that a Russian name, the
same name typed in Latin letters and the same name typed with the wrong keyboard layout
end up as the same tokens:

    clean -> numbers and roman numerals -> words -> stop words out -> stem -> Latin skeleton

The skeleton is a lossy Latin spelling (``внутренних`` and ``vnutrennikh`` both become
``vnutrenih``) used only for matching, never shown to anyone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

import Stemmer

from bot.search.words import STOP_EN, STOP_RU, STOP_TRANSLIT

# --- keyboard layouts ----------------------------------------------------------------------

_EN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?'
_RU_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
# Shift+7 and Shift+6 give "?" and ":" on the Russian layout: "ghfdlf&" is "правда?".
_TO_RU = str.maketrans(_EN_KEYS + "&^", _RU_KEYS + "?:")
_TO_EN = str.maketrans(_RU_KEYS, _EN_KEYS)
# A colon kept as typed ("Rfr ghfdbkmyj: …") comes out as a capital Ж closing a lowercase word.
_COLON_AS_ZHE = re.compile(r"(?<=[а-яё])Ж(?=\s|$)")


# "?" is the Russian layout's comma (Shift+/), but one that ends the text or a sentence (a capital
# follows) is the question mark typed as on the English layout: "ult ghjikj cfvvbn?" asks.
_QUESTION_MARK_KEPT = re.compile(r"\?(?=[?!.\s]*$|\s+[A-Z])")


# "," is the Russian layout's "б", but one closing a word of four letters or more before a space is the
# comma typed as on the English layout: "ghfdlf, xnj …" is "правда, что …" (few long words end in "б").
# After a short word it is "б" ("j, 'njv" is "об этом", "jlr, " is "одкб "), and after a capital the "б"
# closing an abbreviation ("JLR, " is "ОДКб ", read as "ОДКБ").
_COMMA_KEPT = re.compile(r"(?<=[a-z;'\[\]]{4}),(?=\s)")


def swap_layout_to_cyrillic(text: str) -> str:
    """Text typed on an English layout while meaning Russian: ``ghbdtn`` -> ``привет``."""
    swapped = text.translate(_TO_RU)
    if "?" in text:
        for found in _QUESTION_MARK_KEPT.finditer(text):
            swapped = swapped[: found.start()] + "?" + swapped[found.end() :]
    if ", " in text:
        for found in _COMMA_KEPT.finditer(text):
            swapped = swapped[: found.start()] + "," + swapped[found.end() :]
    return _COLON_AS_ZHE.sub(":", swapped)


def swap_layout_to_latin(text: str) -> str:
    """Text typed on a Russian layout while meaning English: ``сшы`` -> ``cis``."""
    return text.translate(_TO_EN)


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def few_latin_vowels(text: str) -> bool:
    """Whether Latin text has too few vowels for English or Russian in Latin letters: typed on the
    English layout while meaning Russian, its vowels come out as ``f t b j e s ' . z`` ("crjkmrj"
    is "сколько"), and the keys of a e i o u give the rare у г ш щ ф (about 6 % of Russian letters;
    vowels are over 23 % of any English or transliterated question). Abbreviations in capitals and
    Roman numerals are left out; a text typed all in capitals counts whole."""
    shouted = text.upper() == text
    letters = "".join(
        word
        for word in _LATIN_WORD.findall(text)
        if len(word) >= 2 and (shouted or not word.isupper()) and not _ROMAN.match(word.lower())
    )
    if len(letters) < 8:
        return False
    return sum(letter in "aeiouAEIOU" for letter in letters) < 0.2 * len(letters)


# --- cleaning ------------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")


_COMBINING = re.compile(r"[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


# A question's text is cleaned and prepared again by parsing, the answerers and the layout repair
# (five times each, three distinct texts): the last few thousand are kept.
@lru_cache(maxsize=4096)
def clean(text: str) -> str:
    """NFKC, no invisible or combining marks, no control characters, single spaces."""
    if text.isascii():  # most of the knowledge base: nothing to normalise or strip but controls
        return " ".join(_CONTROL.sub(" ", text).split())
    marked = _COMBINING.search(text) is not None  # before NFKC composes them into letters
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    if _CARONS.search(text):
        text = text.translate(_SCHOLARLY)
    if marked:
        # Decompose only to drop stray combining marks, but keep й and ё whole.
        text = text.replace("й", "\x01").replace("Й", "\x02").replace("ё", "\x03").replace("Ё", "\x04")
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        text = text.replace("\x01", "й").replace("\x02", "Й").replace("\x03", "ё").replace("\x04", "Ё")
    return " ".join(_CONTROL.sub(" ", text).split())


# Russian typed in the scholarly transliteration ("prošlo li uže", ISO 9 "ŝ"): its letters with a
# caron are the digraphs of everyday Latin-typed Russian ("proshlo li uzhe"). Replaced after NFKC,
# which composes "s" + combining caron into "š", and before the combining-mark pass strips carons.
_SCHOLARLY = str.maketrans(
    {"š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "č": "ch", "Č": "Ch", "ŝ": "shch", "Ŝ": "Shch", "ʹ": "'", "ʺ": ""}
)
_CARONS = re.compile("[šŠžŽčČŝŜʹʺ]")


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    return not text.isascii() and _CYRILLIC.search(text) is not None


# The Cyrillic block's letters (its signs and combining marks, U+0482-U+0489, are no letters).
_CYRILLIC_LETTER = re.compile("[\u0400-\u0481\u048a-\u04ff]")


def cyrillic_share(text: str) -> float:
    """Share of the letters that are Cyrillic (counted in C: this runs twice per question)."""
    if text.isascii():
        return 0.0  # no Cyrillic letter: 0 of any number of letters
    letters = sum(map(str.isalpha, text))
    return len(_CYRILLIC_LETTER.findall(text)) / letters if letters else 0.0


# --- numbers -------------------------------------------------------------------------------

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
_ROMAN = re.compile(r"^(?=[ivxl]+$)(x{0,3}l?|xl)?(x{0,3})(ix|iv|v?i{0,3})$")

_ORDINAL_WORDS: dict[str, int] = {}
for _n, (_en, _ru) in enumerate(
    [
        ("first", "перв"),
        ("second", "втор"),
        ("third", "трет"),
        ("fourth", "четверт"),
        ("fifth", "пят"),
        ("sixth", "шест"),
        ("seventh", "седьм"),
        ("eighth", "восьм"),
        ("ninth", "девят"),
        ("tenth", "десят"),
        ("eleventh", "одиннадцат"),
        ("twelfth", "двенадцат"),
        ("thirteenth", "тринадцат"),
        ("fourteenth", "четырнадцат"),
        ("fifteenth", "пятнадцат"),
        ("sixteenth", "шестнадцат"),
        ("seventeenth", "семнадцат"),
        ("eighteenth", "восемнадцат"),
        ("nineteenth", "девятнадцат"),
        ("twentieth", "двадцат"),
    ],
    start=1,
):
    _ORDINAL_WORDS[_en] = _n
    _ORDINAL_WORDS[_ru] = _n
_RU_ORDINAL_STEMS = [(_ru, _n) for _ru, _n in _ORDINAL_WORDS.items() if "\u0400" <= _ru[0] <= "\u04ff"]
# Stem prefix -> (its place in the list above, value): the first prefix listed wins.
_RU_ORDINAL_PREFIXES = {_ru: (_i, _n) for _i, (_ru, _n) in reversed(list(enumerate(_RU_ORDINAL_STEMS)))}
_CARDINAL_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "sixteen": 16,
    "eighteen": 18,
    "twenty": 20,
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    # "двадцать заседаний", "dvadtsat zasedaniy": a figure asserted in words reads as in digits
    "fourteen": 14,
    "fifteen": 15,
    "seventeen": 17,
    "nineteen": 19,
    "thirty": 30,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "dva": 2,
    "tri": 3,
    "chetyre": 4,
    "pyat": 5,
    "shest": 6,
    "sem": 7,
    "vosem": 8,
    "devyat": 9,
    "desyat": 10,
    "pyatnadtsat": 15,
    "shestnadtsat": 16,
    "vosemnadtsat": 18,
    "dvadtsat": 20,
    "dvadcat": 20,
    "tridtsat": 30,
}

# "13th", "13-м", "13-го", "18-е": the suffix is dropped and the number kept.
_DIGIT = re.compile(r"\d")
_BARE_NUMBER = re.compile(r"(?<![#\w])(\d{1,4})(?!\w)")
# The Russian ending of an ordinal is often typed without its hyphen ("на 18м совещании", "13е"),
# and in Latin letters ("13-e", "13m zasedanii", "18-go").
_NUMBER_SUFFIX = re.compile(
    r"\b(\d{1,4})\s?(?:-?(?:st|nd|rd|th)|-?(?:го|му|м|й|е|я|ое|ая|ий|ый|ой|ом|ого|ему|ых|ым|х)"
    r"|-?(?:e|m|om|go|ogo|oe|oj|oy|ij|iy|yj|yy|ya|ja|aya|ye|mu|omu))\b",
    re.IGNORECASE,
)


def roman_to_int(token: str) -> int | None:
    """Small roman numerals (I..L). Lower case accepted, but not the single letters that are words."""
    t = token.lower()
    if not t or not _ROMAN.match(t):
        return None
    total, prev = 0, 0
    for ch in reversed(t):
        value = _ROMAN_VALUES[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


def number_token(value: int) -> str:
    return f"#{value}"


_stemmers: dict[str, Stemmer.Stemmer] = {}


def _stemmer(lang: str) -> Stemmer.Stemmer:
    if lang not in _stemmers:
        _stemmers[lang] = Stemmer.Stemmer("russian" if lang == "ru" else "english")
    return _stemmers[lang]


# --- Latin skeleton ------------------------------------------------------------------------

_CYR_TO_LAT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "j",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "e",
        "ю": "u",
        "я": "a",
        "і": "i",
        "ї": "i",
        "є": "e",
        "ў": "u",
        "ғ": "g",
        "қ": "k",
        "ң": "n",
        "ө": "o",
        "ү": "u",
        "ұ": "u",
        "һ": "h",
        "ә": "a",
    }
)
_LATIN_FOLDS = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("kh", "h"),
    ("zh", "j"),
    ("ts", "c"),
    ("tz", "c"),
    ("cz", "c"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("x", "ks"),
    ("iy", "i"),
    ("yy", "i"),
    ("ij", "i"),
    ("yi", "i"),
    ("ya", "a"),
    ("ja", "a"),
    ("yu", "u"),
    ("ju", "u"),
    ("ye", "e"),
    ("yo", "e"),
    ("jo", "e"),
    ("y", "i"),
)
_DOUBLES = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """Fold a (stemmed) word of either script into one lossy Latin spelling."""
    word = word.lower().translate(_CYR_TO_LAT)
    for a, b in _LATIN_FOLDS:
        if a in word:
            word = word.replace(a, b)
    return _DOUBLES.sub(r"\1", word)


# --- tokens --------------------------------------------------------------------------------

_WORD = re.compile(r"#\d+|[^\W_]+", re.UNICODE)


# An apostrophe inside a Latin word is the soft sign of Russian typed in Latin letters
# ("nacional'noy", "skol'ko", "vos'mi"), one word; an English contraction ("council's", "don't",
# "we're") keeps its apostrophe, which splits it as before.
_SOFT_SIGN = re.compile(r"(?<=[a-z])['’ʼ](?=[a-z])(?!(?:s|t|d|m|re|ve|ll)\b)", re.I)


def without_soft_signs(text: str) -> str:
    """Latin-typed Russian with its apostrophes (soft signs) dropped: "skol'ko" is "skolko"."""
    return _SOFT_SIGN.sub("", text) if "'" in text or "’" in text or "ʼ" in text else text

@lru_cache(maxsize=4096)
def prepare(text: str) -> str:
    """Cleaned, lower-cased text with ё folded and numbers marked as ``#N`` tokens."""
    text = clean(text).lower().replace("ё", "е")
    text = without_soft_signs(text)
    if not _DIGIT.search(text):
        return text
    text = _NUMBER_SUFFIX.sub(lambda m: f" #{int(m.group(1))} ", text)
    return _BARE_NUMBER.sub(lambda m: f"#{int(m.group(1))}", text)

def surface_number(word: str) -> str | None:
    """``#N`` for a roman numeral, an ordinal or a cardinal word; None otherwise."""
    # Single letters are words ("i", Latin-typed "в"), not numerals.
    value = roman_to_int(word) if len(word) >= 2 and word != "li" else None
    if value is None:
        value = _ORDINAL_WORDS.get(word) or _CARDINAL_WORDS.get(word)
    return number_token(value) if value else None

# Russian stems whose Latin skeleton is an English word of the domain: "других" ("other") is no
# "drug" (a recorded "Ряд других вопросов" answered "did they talk about drugs?" with a yes).
_RU_FALSE_FRIENDS = {"drug": "drugo"}


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> str:
    """Stem by script and fold to the Latin skeleton; numbers pass through unchanged."""
    if word.startswith("#"):
        return word
    if has_cyrillic(word):
        stem = _stemmer("ru").stemWord(word)
        # Russian ordinal stems ("восемнадцат") are caught before stemming in words().
        folded = skeleton(stem)
        return _RU_FALSE_FRIENDS.get(folded, folded)
    return skeleton(_stemmer("en").stemWord(word))

@lru_cache(maxsize=100_000)
def ordinal_stem(word: str) -> int | None:
    """Russian ordinals arrive inflected ("восемнадцатое"): match them by stem prefix."""
    if not has_cyrillic(word):
        english = _ORDINAL_WORDS.get(word)
        if english is not None or not _LATIN_TENS.search(word):
            return english
        # "chetyrnadtsatoe", "devyatnadtsatom": a Russian ordinal of the tens typed in Latin letters
        word = in_cyrillic(word)
    stem = _stemmer("ru").stemWord(word)
    # A prefix at most two letters shorter than the stem: look the three candidates up.
    found = [hit for cut in (0, 1, 2) if (hit := _RU_ORDINAL_PREFIXES.get(stem[: len(stem) - cut]))]
    return min(found)[1] if found else None

# The tens of a Russian ordinal typed in Latin letters ("dvenadtsatoe", "dvadcatom", tuning17_look).
_LATIN_TENS = re.compile(r"^[a-z']{3,}(?:dtsat|dcat|dzat)[a-z]{1,4}$")

# Russian ordinals typed in Latin letters ("na tretey sessii"): their stems, with at most a few
# letters of ending after them (so "pervasive" is no "первый").
_LATIN_RU_ORDINALS = (
    ("perv", 1), ("vtor", 2), ("tret", 3), ("chetvert", 4), ("chetvyort", 4), ("pyat", 5), ("shest", 6),
    ("sedm", 7), ("vosm", 8), ("devyat", 9), ("desyat", 10),
)
MAX_LATIN_ORDINAL_ENDING = 3

# An ordinal in digits: "4th", "2nd", "4-я", "3-й", "2-oy".
_DIGIT_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|-?(?:я|й|е|ю|ая|ой|ий|ый|ья|го|ей|ja|ya|j|y|oy|iy|aya|e))$")

def any_ordinal(word: str) -> int | None:
    """An ordinal in English, Russian or Russian typed in Latin letters ("tretey"), or in digits
    with an ending ("4th", "4-я"), else None."""
    digits = _DIGIT_ORDINAL.match(word)
    if digits is not None:
        return int(digits.group(1))
    found = ordinal_stem(word)
    if found is None and word.isascii():
        found = next(
            (n for stem, n in _LATIN_RU_ORDINALS if word.startswith(stem) and len(word) - len(stem) <= MAX_LATIN_ORDINAL_ENDING),
            None,
        )
    return found

# Latin letters back to Cyrillic the way Russian is usually typed in them, longest first. Only
# good enough to let the Russian stemmer find the ending ("zasedaniy" -> "заседаний" -> "заседан"):
# the result is folded back into the Latin skeleton anyway.
_LATIN_TO_CYRILLIC = [
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("ya", "я"),
    ("ja", "я"),
    ("yo", "ё"),
    ("jo", "ё"),
    ("ye", "е"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("w", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("j", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("c", "ц"),
    ("y", "ы"),
    ("q", "к"),
    ("x", "кс"),
]
_LATIN_CHUNK = re.compile("|".join(sorted((a for a, _ in _LATIN_TO_CYRILLIC), key=len, reverse=True)))
_LATIN_MAP = dict(_LATIN_TO_CYRILLIC)
_Y_AFTER_VOWEL = re.compile("(?<=[аеёиоуыэюя])ы")  # "y" after a vowel is "й": "deystvuyut", "novyy"
# A final "-oi" / "-ei" of a longer word is typed for "-ой" / "-ей" far more often than for "-ои" / "-еи"
# ("organizovannoi", "korruptsiei", "kakoi"); the short plurals ("moi", "svoi", "boi") keep their "и".
_FINAL_I_AFTER_O_E = re.compile("(?<=[^\\W\\d_]{3}[ое])и$")

# The passport's "ia" / "iu" for я / ю ("zasedaniia", "iiulia", "noiabr", "deistvuiut"): "iu" is
# always ю (Russian has hardly an "иу"); "ia" is я after a vowel, after "i" and at the end of a word,
# but "иа" inside a word after a consonant stays ("spetsializirovannykh", "materialy").
_PASSPORT_IU = re.compile("(?<=[^\\W\\d_])иу|^иу")
_PASSPORT_IA = re.compile("(?<=[аеёоуыэюяи])иа|(?<=[^\\W\\d_])иа$")
# A reflexive verb's "-tsya" / "-tsia" is "-тся" ("boretsya", "govoritsia"), never "-ця".
_REFLEXIVE = re.compile("ця$")


def in_cyrillic(word: str) -> str:
    """A lower-case Latin-typed Russian word in Cyrillic letters ("utverdil" -> "утвердил")."""
    cyrillic = _LATIN_CHUNK.sub(lambda m: _LATIN_MAP[m.group(0)], word)
    if "и" in cyrillic:
        if "иу" in cyrillic:
            cyrillic = _PASSPORT_IU.sub("ю", cyrillic)
        if "иа" in cyrillic:
            cyrillic = _PASSPORT_IA.sub("я", cyrillic)
    if "ц" in cyrillic:
        if cyrillic.endswith("я"):
            cyrillic = _REFLEXIVE.sub("тся", cyrillic)
        # "ts" before "t" is т + с, never ц ("prisutstvoval", "otstavka": Russian has no "цт"), and
        # so is the prefix of "otsutstvie"
        cyrillic = cyrillic.replace("цт", "тст")
        if cyrillic.startswith("оцут"):
            cyrillic = "отсут" + cyrillic[4:]
    cyrillic = _Y_AFTER_VOWEL.sub("й", cyrillic)
    return _FINAL_I_AFTER_O_E.sub("й", cyrillic)

@lru_cache(maxsize=50_000)
def russian_reading(word: str) -> str | None:
    """The token of a Latin-typed word read as Russian ("godu" -> the token of "году"), or None."""
    if not word.isascii() or not word.isalpha():
        return None
    return word_token(in_cyrillic(word))

# English spellings a typist confuses, folded to one: "xc" for "x" ("excercise"), "-ize" for
# "-ise" ("excersize"). The stemmer cuts "-ize" but keeps "-ise", so the two spellings of one
# misspelt word stem apart and neither is near enough to the known stem to be read as a typo.
_XC = re.compile(r"(?<=[a-z])xc(?=[eiy])")
_IZE = re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing)$")


def english_spelling(word: str) -> str | None:
    """A Latin word with its easily confused spellings folded ("excersize" -> "exersise"), or
    None when there is nothing to fold."""
    if not word.isascii() or ("xc" not in word and "iz" not in word):
        return None
    folded = _IZE.sub(r"is\1", _XC.sub("x", word))
    return folded if folded != word else None


# A month's adjective ("на июньском совещании", "iyunskom", "августовская встреча") dates a thing as
# the month's name does: its skeleton folds to the month's own stem ("iunsk" -> "iun").
_MONTH_ADJECTIVE = re.compile(
    r"^(anvar|fevral|mart|aprel|ma|iun|iul|avgust|sentabr|oktabr|noabr|dekabr)(?:ov|i)?sk(?:i|o|a|u|e|om|oe|oi|ogo|omu|ai|aa|ii)?$"
)

def is_stop(word: str) -> bool:
    return word in STOP_EN or word in STOP_RU or word in STOP_TRANSLIT

@lru_cache(maxsize=300_000)
def word_token(word: str) -> str | None:
    """The analysed token of one prepared word; None for a stop word."""
    if word.startswith("#"):
        return word
    number = surface_number(word)
    if number is not None:
        return number
    if is_stop(word):
        return None
    ordinal = ordinal_stem(word) if len(word) > 4 else None
    if ordinal:
        return number_token(ordinal)
    token = analyse_word(word)
    month = _MONTH_ADJECTIVE.match(token) if "sk" in token else None
    return month.group(1) if month else token

def _word_tokens(prepared: str) -> list[tuple[str, str]]:
    """(word, its token) for the words of a prepared text that are no stop words."""
    return [(w, t) for w in _WORD.findall(prepared) if (t := word_token(w)) is not None]

def _prepared_tokens(prepared: str) -> list[str]:
    return [t for _, t in _word_tokens(prepared)]

def _matchable(word: str) -> bool:
    """Long enough, and letters only, to be matched letter by letter as written."""
    return len(word) >= SURFACE_MIN and word.isalpha()

def _text_tokens(text: str) -> list[str]:
    return _prepared_tokens(prepare(text))

# Analysed tokens by whitespace-separated chunk: a knowledge base repeats the same few thousand
# words across a million places, and a dict lookup is the cheapest way to analyse them again.
_CHUNKS: dict[str, tuple[str, ...]] = {}
_CHUNKS_LIMIT = 500_000
# Between texts joined for analysis in bulk (bot.search.corpus): a chunk of its own, never in a token.
SEPARATOR = "\x00"
# Chunks that may be the suffix of a number written apart from it ("18 -го", "13 th").
_SUFFIX_CHUNKS: set[str] = set()
_SUFFIX_START = re.compile(_NUMBER_SUFFIX.pattern.split(r"\s?", 1)[1], re.IGNORECASE)

# The words of a chunk long enough to be matched letter by letter, with their tokens.
_CHUNK_WORDS: dict[str, tuple[tuple[str, str], ...]] = {}
SURFACE_MIN = 4

def chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The analysed tokens of one whitespace-free chunk of text (kept for the next time)."""
    analysed = _CHUNKS.get(chunk)
    if analysed is None:
        prepared = prepare(chunk)
        pairs = _word_tokens(prepared)
        analysed = tuple(t for _, t in pairs)
        if len(_CHUNKS) > _CHUNKS_LIMIT:
            _CHUNKS.clear()
            _CHUNK_WORDS.clear()
        _CHUNKS[chunk] = analysed
        _CHUNK_WORDS[chunk] = tuple((w, t) for w, t in pairs if _matchable(w))
        if _SUFFIX_START.match(prepared):
            _SUFFIX_CHUNKS.add(chunk)
    return analysed

def chunk_words(chunk: str) -> tuple[tuple[str, str], ...]:
    """(word, its token) for the words of a chunk of :data:`SURFACE_MIN` letters or more."""
    found = _CHUNK_WORDS.get(chunk)
    if found is None:
        chunk_tokens(chunk)
        found = _CHUNK_WORDS.get(chunk, ())
    return found

def surface_words(text: str) -> dict[str, str]:
    """Token -> the word of the text it came from (the first), for words of
    :data:`SURFACE_MIN` letters or more: when a misspelt word's stem leads nowhere, the word
    itself may still be close to a word of the knowledge base ("aiation", "aviation")."""
    found: dict[str, str] = {}
    for word, tok in _word_tokens(prepare(text)):
        if _matchable(word):
            found.setdefault(tok, word)
    return found

def number_suffix_chunks(chunks: Iterable[str]) -> set[str]:
    """Those of the (analysed) chunks that may be the suffix of a number written apart from it:
    a text holding one is analysed whole."""
    return _SUFFIX_CHUNKS.intersection(chunks)

def tokens(text: str) -> list[str]:
    """Analysed tokens of a text, the way both the index and the queries see it."""
    return list(_tokens(text))


# The answerers tokenise a question's texts again and again (about seven looks a question at four
# distinct texts, the layout repair's and the parse's among them): the last few thousand are kept.
@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    chunks = text.split()
    try:
        analysed = tuple(chain.from_iterable(map(_CHUNKS.__getitem__, chunks)))
    except KeyError:  # a chunk never seen before
        analysed = tuple(chain.from_iterable(map(chunk_tokens, chunks)))  # no generator frame a chunk
    if _SUFFIX_CHUNKS and not _SUFFIX_CHUNKS.isdisjoint(chunks):
        # A number may stand apart from its suffix: only the whole text shows it.
        return tuple(_text_tokens(text))
    return analysed

def token_set(text: str) -> set[str]:
    """The distinct tokens of a text, for callers to whom order and repeats do not matter:
    each distinct chunk is looked up once."""
    chunks = set(text.split())
    try:
        found = set(chain.from_iterable(map(_CHUNKS.__getitem__, chunks)))
    except KeyError:  # a chunk never seen before
        found = set(chain.from_iterable(map(chunk_tokens, chunks)))
    if _SUFFIX_CHUNKS and not _SUFFIX_CHUNKS.isdisjoint(chunks):
        return set(_text_tokens(text))  # a number stands apart from its suffix
    return found


def latin_typed(term: str) -> tuple[str, ...] | None:
    """The tokens of a Russian term typed in Latin letters ("саммит" -> "sammit" -> ``samit``),
    which the English stemmer reads unlike the Russian one; None for a term with no Cyrillic or
    one whose Latin spelling the English stemmer cuts like an English word ("персонал" ->
    "personal" -> "person"): that reading would stand for an English word."""
    if not has_cyrillic(term):
        return None
    out: list[str] = []
    for word in _WORD.findall(prepare(term)):
        latin = skeleton(word) if has_cyrillic(word) else word
        stem = _stemmer("en").stemWord(latin)
        if stem != latin and stem != latin[:-1]:
            return None
        token = word_token(latin)
        if token is None and has_cyrillic(word) and word_token(word) is not None:
            # a word of the term that reads as a stop word in Latin letters ("ИТ-преступления" ->
            # "it"): what is left ("prestuplenia", any crimes) would stand for the whole term
            return None
        if token is not None:
            out.append(token)
    return tuple(out) or None
