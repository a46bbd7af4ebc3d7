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
# The only letters outside _NAME_WORD that str.lower() turns into letters inside it ("İ" -> "i̇", the
# Kelvin sign -> "k"): a name holding one is lower-cased word by word.
_LOWERS_INTO_WORD = re.compile("[\u0130\u212a]")


class Pairs(dict[str, list[tuple[str, str]]]):
    """Neighbouring words of names by the first two letters of the first word. :meth:`fitting`
    finds the pairs a word clips without trying every pair of its head (thousands in a large
    knowledge base): their first words are indexed by head, their second words by their first
    three letters, on a head's first look-up."""

    def __init__(self, pairs: dict[str, list[tuple[str, str]]]) -> None:
        super().__init__(pairs)
        self._firsts: dict[str, dict[str, dict[str, list[str]]]] = {}

    def fitting(self, word: str) -> list[tuple[str, str]]:
        """The pairs ``word`` clips (as :func:`_clips` decides), sorted: each first word of the
        head is walked once along the word, and its second words are looked up by the three
        letters after each cut, not tried one by one."""
        head = word[:MIN_HEAD]
        firsts = self._firsts.get(head)
        if firsts is None:
            firsts = {}
            for first, second in self.get(head, ()):
                firsts.setdefault(first, {}).setdefault(second[:MIN_TAIL], []).append(second)
            self._firsts[head] = firsts
        found: set[tuple[str, str]] = set()
        for first, seconds in firsts.items():
            for cut in range(MIN_HEAD, min(len(first), len(word) - MIN_TAIL) + 1):
                if word[cut - 1] != first[cut - 1]:
                    break  # word[:cut] is no longer first[:cut]
                rest = word[cut:]
                found.update((first, second) for second in seconds.get(rest[:MIN_TAIL], ()) if second.startswith(rest))
        return sorted(found)


def name_pairs(kb: KnowledgeBase) -> Pairs:
    """Neighbouring words of every name, by the first two letters of the first."""
    neighbours: set[tuple[str, str]] = set()
    for entity in kb.entities.values():
        for name in (entity.name.en, entity.name.ru, *entity.short.en, *entity.short.ru):
            if not isinstance(name, str):
                continue
            if _LOWERS_INTO_WORD.search(name) is None:
                # The whole name lower-cased at once (a tenth of the build at 10,000 entries).
                words = _NAME_WORD.findall(name.lower().replace("ё", "е"))
            else:
                words = [word.lower().replace("ё", "е") for word in _NAME_WORD.findall(name)]
            neighbours.update(pairwise(words))  # names repeat their words: each pair once, in C
    pairs: dict[str, set[tuple[str, str]]] = {}
    for first, second in neighbours:
        if len(first) >= MIN_NAME_WORD and len(second) >= MIN_NAME_WORD:
            pairs.setdefault(first[:MIN_HEAD], set()).add((first, second))
    return Pairs({head: sorted(found) for head, found in pairs.items()})


def unclipped(text: str, pairs: Pairs, is_word: Callable[[str], bool]) -> str:
    """``text`` with each clipped compound it holds written out as its two words."""

    def replace(match: re.Match[str]) -> str:
        written = match.group(0)
        word = written.lower().replace("ё", "е")
        if written.isupper() or is_word(word):
            return written  # an abbreviation in capitals, or a word known as it is
        found = pairs.fitting(word)
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
