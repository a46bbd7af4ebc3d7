"""Capitals put back into a question typed all in lower case.

"на совещании выступал представитель одкб — что это за организация", "what is the fis that
reported …", "what does 'xviii' mean": the rules that find an abbreviation or a Roman numeral go by
its capitals, which a message typed in lower case (or on a phone, or on the wrong layout) does not
have. In such a message a word that is an abbreviation of the knowledge base (a short form or an
alias written in capitals there, three letters or more, no common word) and a Roman numeral of
three letters or more are written in capitals again. A message with any capital keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.search.words import STOP_EN, STOP_RU, STOP_TRANSLIT

MIN_ABBREVIATION = 3
_ROMAN = re.compile(r"(?=[ivxl]{3,}$)x{0,3}(?:ix|iv|v?i{0,3})$|(?=[ivxl]{3,}$)xl(?:ix|iv|v?i{0,3})$")
_WORD = re.compile(r"[^\W\d_]+")


def abbreviations(names: Iterable[str]) -> frozenset[str]:
    """The lower-case forms of the names that are abbreviations: one word, all capitals."""
    found = set()
    # Few names are in capitals: the rest are passed over in C (a knowledge base of 10,000 entries
    # has some 50,000 short forms and aliases).
    for name in filter(str.isupper, names):
        if (
            len(name) >= MIN_ABBREVIATION
            and _WORD.fullmatch(name)
            and name.lower() not in STOP_EN
            and name.lower() not in STOP_RU
            and name.lower() not in STOP_TRANSLIT
        ):
            found.add(name.lower())
    return frozenset(found)


# "what is the fis …", "что за сссб": the short word a "what is" question asks about, when it is no
# word, is letters (an abbreviation the sources may spell out).
_WHAT_IS_SLOT = re.compile(
    r"^\W*(?:what(?:'s|\s+is|\s+are|\s+was)(?:\s+the)?|что\s+(?:за|такое)|chto\s+(?:za|takoe))\s+([^\W\d_]{2,6})(?![\w'])"
)


def restore_capitals(text: str, known: frozenset[str], is_word: Callable[[str], bool]) -> str:
    """``text`` with its abbreviations and Roman numerals in capitals when it has no capital at all."""
    if text.lower() != text or not any(character.isalpha() for character in text):
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        return word.upper() if word in known or _ROMAN.match(word) else word

    text = _WORD.sub(replace, text)
    slot = _WHAT_IS_SLOT.match(text)
    if slot is not None and not slot.group(1).isupper() and not is_word(slot.group(1)):
        text = text[: slot.start(1)] + slot.group(1).upper() + text[slot.end(1) :]
    return text
