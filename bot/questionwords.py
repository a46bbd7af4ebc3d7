"""Question words typed fast: "wen", "hw many", "skolko", "скока", "каво". A misspelt question word
is read as the word it stands for before the question's kind is detected.

The lexicon is data: each correct form with the misspellings and colloquial forms that are not
words of their own. A word within one edit of a question word is corrected too, unless it is a
word in its own right (a stop word such as "were", or a word of the knowledge base).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# Correct form -> spoken or misspelt forms that are not words of their own.
QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "when": ("wen", "whn", "wehn", "whe"),
    "where": ("wher", "wehre", "whre", "were's"),
    "which": ("wich", "whihc", "whcih", "whic"),
    "what": ("wat", "waht", "wht", "whta"),
    "who": ("hwo", "whoo"),
    "how": ("hw", "hwo", "hoe", "hou"),
    "many": ("meny", "mny", "manny"),
    "сколько": ("скока", "скоко", "скольк", "сколко", "скольо", "скольео"),
    "когда": ("кагда", "када", "кода", "когад", "кгда"),
    "где": ("гдэ", "гд"),
    "кто": ("хто", "кт"),
    "кого": ("каво", "кого-то"),
    "что": ("што", "шо", "чё", "чо", "чтоо"),
    "какой": ("какои", "кокой", "какоц"),
    "какие": ("какии", "кокие", "какте"),
    "skolko": ("skoka", "skoko", "skolka", "skolco"),
    "kogda": ("kagda", "kada", "kogad"),
}
_FIXED = {wrong: right for right, wrongs in QUESTION_WORDS.items() for wrong in wrongs}
# Words one edit away from a question word are corrected when at least this long.
_MIN_FUZZY = 4
_WORD = re.compile(r"[^\W\d_]+(?:'s)?", re.UNICODE)


@lru_cache(maxsize=20_000)
def _nearest(word: str) -> str | None:
    if len(word) < _MIN_FUZZY:
        return None
    for right in QUESTION_WORDS:
        if abs(len(right) - len(word)) <= 1 and Levenshtein.distance(word, right, score_cutoff=1) <= 1:
            return right
    return None


def fix_question_words(text: str, is_word: Callable[[str], bool]) -> str:
    """``text`` with misspelt question words read as meant (other words keep their case).
    ``is_word`` says whether a lower-case word stands for itself (a stop word, a word of the
    knowledge base)."""

    def replace(match: re.Match[str]) -> str:
        written = match.group(0)
        word = written.lower()
        if word in QUESTION_WORDS:
            return written
        fixed = _FIXED.get(word)
        if fixed is not None:
            return fixed
        if len(word) < _MIN_FUZZY or is_word(word):
            return written
        return _nearest(word) or written

    return _WORD.sub(replace, text)
