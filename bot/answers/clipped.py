"""Clipped compounds: informal names made of the beginnings of two words of a name ("ExCom" for
Executive Committee, "исполком" for исполнительный комитет, "погранвойска", "совбез", "antiterror"
...). A word the knowledge base does not know is read as the two words when it is the start of one
word of a name followed by the start of the next, and only one such pair fits.

The pairs are read once per knowledge base from the names of its entries; a question pays only
for its unknown words, a dictionary look-up by their first two letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from bot.kb.base import KnowledgeBase

MIN_HEAD = 2  # letters kept of the first word ("Ex", "ис")
MIN_TAIL = 3  # ... and of the second ("Com", "ком")
MIN_CLIPPED = 5
MAX_CLIPPED = 16
MIN_NAME_WORD = 4  # "of", "СНГ" and the like join no compound
MIN_STEM = 6  # forms of one word share this many first letters ("исполнительн…")

_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{5,16}")
_NAME_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")

Pairs = dict[str, list[tuple[str, str]]]


def name_pairs(kb: KnowledgeBase) -> Pairs:
    """Neighbouring words of every name, by the first two letters of the first."""
    pairs: dict[str, set[tuple[str, str]]] = {}
    for entity in kb.entities.values():
        names = [*entity.name.model_dump().values(), *entity.short.en, *entity.short.ru]
        for name in names:
            if not isinstance(name, str):
                continue
            words = [word.lower().replace("ё", "е") for word in _NAME_WORD.findall(name)]
            for first, second in pairwise(words):
                if len(first) >= MIN_NAME_WORD and len(second) >= MIN_NAME_WORD:
                    pairs.setdefault(first[:MIN_HEAD], set()).add((first, second))
    return {head: sorted(found) for head, found in pairs.items()}


def unclipped(text: str, pairs: Pairs, is_word: Callable[[str], bool]) -> str:
    """``text`` with each clipped compound it holds written out as its two words."""

    def replace(match: re.Match[str]) -> str:
        written = match.group(0)
        word = written.lower().replace("ё", "е")
        if written.isupper() or is_word(word):
            return written  # an abbreviation in capitals, or a word known as it is
        found: list[tuple[str, str]] = sorted(
            (first, second) for first, second in pairs.get(word[:MIN_HEAD], []) if _clips(word, first, second)
        )
        # Forms of the same two words ("исполнительный комитет", "исполнительного комитета") are one
        # reading; two different pairs are none.
        readings = {(first[:MIN_STEM], second[:MIN_STEM]) for first, second in found}
        if len(readings) != 1:
            return written
        first, second = min(found, key=lambda pair: len(pair[0]) + len(pair[1]))
        return f"{first} {second}"

    return _WORD.sub(replace, text)


def _clips(word: str, first: str, second: str) -> bool:
    """Whether ``word`` is the start of ``first`` followed by the start of ``second``."""
    for cut in range(MIN_HEAD, min(len(first), len(word) - MIN_TAIL) + 1):
        if word[:cut] != first[:cut]:
            return False
        if second.startswith(word[cut:]):
            return True
    return False
