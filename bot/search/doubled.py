"""A letter typed twice by a slip: "авгуустом", "поввестке", "meetting".

Search folds doubled letters away, but the rules that read a question's words as written (a month,
"на повестке", a topic) do not. A word with a doubled letter whose stem is no stem of the knowledge
base's texts, while its stem with the letter once is, is read with the letter once; a word spelt
with a double in the texts ("программа", "коммуникаций", "commission") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import Stemmer

_DOUBLE = re.compile(r"([^\W\d_])\1", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]{5,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_STEMMERS = {"ru": Stemmer.Stemmer("russian"), "en": Stemmer.Stemmer("english")}


def _stem(word: str) -> str:
    return _STEMMERS["ru" if _CYRILLIC.search(word) else "en"].stemWord(word)


def text_stems(texts: Iterable[str]) -> frozenset[str]:
    """The stems of every word of five letters or more in ``texts``."""
    # The texts repeat (descriptions, agenda items) and so do their pieces between spaces: the
    # pattern scans each distinct piece once, not megabytes of text (a sixth of the build at
    # 10,000 entries). Whitespace is no letter, so no word spans two pieces: the same words.
    pieces: set[str] = set()
    for text in set(texts):
        pieces.update(text.split())
    words = {word.lower() for piece in pieces if len(piece) >= 5 for word in _WORD.findall(piece)}
    return frozenset(_stem(word) for word in words)


def undoubled(text: str, stems: frozenset[str]) -> str:
    """``text`` with a letter typed twice by a slip typed once (see the module docstring)."""
    if not _DOUBLE.search(text):
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if not _DOUBLE.search(lower) or _stem(lower) in stems:
            return word
        for double in _DOUBLE.finditer(lower):
            single = lower[: double.start()] + lower[double.start() + 1 :]
            if _stem(single) in stems:
                return word[: double.start()] + word[double.start() + 1 :]
        return word

    return _WORD.sub(replace, text)
