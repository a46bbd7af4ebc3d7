"""Russian numbers written out in words, in Cyrillic or Latin letters, as digits.

"на восемнадцатом совещании", "posle vosemnadcatogo soveshchaniya", "trinadtsatoe zasedanie",
"dvadtsat' pyat' zasedaniy", "sredi shestnadtsati organov": a meeting's number or a figure asserted
in words reads as the same number in digits ("18-м", "18-го", "13-е", "25", "16"), which every rule
of numbered meetings and figures already reads. Only the numbers from 11 up to 39 are written in
digits (the teens and the tens, alone or with a unit: "двадцать пятое"); the small ones ("первой
сессии", "пять секций") are words the rules read as they are, and writing them in digits would turn
"первая сессия" into a session numbered 1 of something else.
"""

from __future__ import annotations

import re

from bot.search.text import in_cyrillic

# Every teen and ten has one of these in any spelling ("надцат", "nadtsat", "nadcat", "dcat", "dzat").
_CUE = re.compile(r"дцат|dtsat|dcat|dzat|dtzat|dsat", re.I)

_TEEN = re.compile(r"^(один|две|три|четыр|пят|шест|сем|восем|девят)надцат(?P<end>[а-яё]*)$")
_TEN = re.compile(r"^(два|три)дцат(?P<end>[а-яё]*)$")
_TEENS = {"один": 11, "две": 12, "три": 13, "четыр": 14, "пят": 15, "шест": 16, "сем": 17, "восем": 18, "девят": 19}
# A unit after a ten: its cardinal ("пять", "пяти") or its ordinal ("пятое", "третьем").
_UNIT_WORDS = {
    "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
}
_UNIT_BARE = {word.rstrip("ь"): value for word, value in _UNIT_WORDS.items()}
_UNIT_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9}
_ORDINAL_END = re.compile(r"^ь?(?:ое|ой|ом|ого|ому|ую|ая|ые|ых|ым|ий|ый|ее|ей|ем|его|ему|ья|ье|ьи|ьем|ьего|ьей|ью)$")
_CARDINAL_END = re.compile(r"^ь?(?:и|ью)?$")
# An ordinal's case ending as the short suffix written after digits ("18-м", "18-го", "13-е").
_SUFFIX = (
    ("ого", "го"), ("его", "го"), ("ому", "му"), ("ему", "му"), ("ом", "м"), ("ем", "м"), ("ым", "м"), ("ое", "е"),
    ("ее", "е"), ("ье", "е"), ("ой", "й"), ("ей", "й"), ("ий", "й"), ("ый", "й"), ("ая", "я"), ("ья", "я"), ("ую", "ю"),
    ("ые", "е"), ("ых", "х"),
)
_LATIN_SUFFIX = {"го": "go", "му": "mu", "м": "m", "е": "e", "й": "oy", "я": "ya"}
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё4'’]+")


def _cyrillic(word: str) -> str:
    if not word.isascii():
        return word.lower().replace("’", "ь").replace("'", "ь")
    latin = word.lower().replace("4", "ch").replace("'", "ь").replace("’", "ь")
    return in_cyrillic(latin)


def _suffix(end: str) -> str:
    end = end.lstrip("ь")
    return next((short for long, short in _SUFFIX if end == long), "е")


def _read(word: str) -> tuple[int, str | None] | None:
    """(the value, the ordinal's suffix or None for a cardinal) of a teen or a ten, else None."""
    found = _TEEN.match(word) or _TEN.match(word)
    if found is None:
        return None
    value = _TEENS[found.group(1)] if found.re is _TEEN else (20 if found.group(1) == "два" else 30)
    end = found.group("end")
    if _CARDINAL_END.match(end):
        return value, None
    if _ORDINAL_END.match(end):
        return value, _suffix(end)
    return None


def _unit(word: str) -> tuple[int, str | None] | None:
    bare = word.rstrip("ь")  # the soft sign is often left out in Latin letters ("dvadcat pjat")
    if bare in _UNIT_BARE:
        return _UNIT_BARE[bare], None
    for stem, value in _UNIT_ORDINALS.items():
        if word.startswith(stem) and _ORDINAL_END.match(word[len(stem):]):
            return value, _suffix(word[len(stem):])
    return None


def numbers_in_digits(text: str) -> str:
    """``text`` with its Russian teens and tens written out in words (either script) in digits."""
    if not _CUE.search(text):
        return text
    words = list(_WORD.finditer(text))
    out: list[str] = []
    at = 0
    skip_to = -1
    for i, match in enumerate(words):
        if match.start() < skip_to:
            continue
        read = _read(_cyrillic(match.group(0)))
        if read is None:
            continue
        value, suffix = read
        end = match.end()
        if value in (20, 30) and suffix is None and i + 1 < len(words):
            after = words[i + 1]
            unit = _unit(_cyrillic(after.group(0)))
            if unit is not None and text[end:after.start()].strip() == "":
                value += unit[0]
                suffix = unit[1]
                end = after.end()
        out.append(text[at:match.start()])
        if suffix and match.group(0).isascii():
            # Latin letters keep Latin letters: a Cyrillic suffix would make the text Cyrillic
            suffix = _LATIN_SUFFIX.get(suffix, "e")
        out.append(f"{value}-{suffix}" if suffix else str(value))
        at = end
        skip_to = end
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)
