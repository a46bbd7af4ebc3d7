"""Cheap first checks before dear regexes: the literal words a pattern cannot match without.

Most answerers ask a handful of regexes of every question, and most questions match none of them.
``literal_cue(patterns)`` reads the patterns' own text (:mod:`re`'s parser) for the letters each of
their alternatives must begin with ("phone" for ``\\bphone\\w*``, "как ты" / "как вы" for
``\\bкак (?:ты|вы)``) and gives a test that is false only when no pattern can match: a substring
look-up per cue, in C, instead of a regex scan per pattern. The cues are derived, never written
by hand, so a word added to a pattern is a cue at once. A top-level alternative that starts with
no literal (``^(?:the\\s+)?month``, ``[—–,-]\\s*month``) is searched itself, alone (an anchored or
one-character start is quick to fail); one that cannot stand alone (a group reference) makes the
test always true, never wrong. The cues are searched as one regex shaped like a trie
("wh(?:en|ere)|…"), whose alternatives begin with distinct letters: re skips ahead to those
letters, where an alternation of "\\b…" words makes it try every alternative at every position
(50 µs for the question types of a question that has none).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator
from itertools import chain
from re import _casefix as casefix  # type: ignore[attr-defined]
from re import _constants as codes  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

MAX_CUES = 400  # alternatives multiply: past this many, the shorter cues already seen are kept

_ZERO_WIDTH = {codes.AT, codes.ASSERT, codes.ASSERT_NOT}
# Letters that IGNORECASE matches to another letter than the one str.lower() makes of them ("ᲀ", the
# rounded "в", matches "в"; "ı" matches "i"; "ſ" "s"), by the letter they match; and "İ", which lower()
# makes two characters. A text holding one that a cue's letter may stand for is handed to the
# pattern itself (the common Cyrillic letters "в", "о", "с", "т" have such variants: the text holds
# the plain letter, which lower() keeps as it is, and its cue is looked up as usual).
_VARIANTS: dict[str, frozenset[str]] = {chr(c): frozenset(map(chr, cases)) for c, cases in casefix._EXTRA_CASES.items()}
_TWO_LETTER_LOWER = "\u0130"
_ANY_VARIANT = frozenset(chain.from_iterable(_VARIANTS.values()))


def _odd_letters(cues: Iterable[str]) -> frozenset[str]:
    """The letters of a lowered text that IGNORECASE matches to a letter of ``cues`` though they are
    not that letter, and "İ"."""
    letters = set("".join(cues))
    return frozenset(variant for letter in letters for variant in _VARIANTS.get(letter, ()) if variant != letter) | {
        _TWO_LETTER_LOWER
    }


def _sequence(items: list[tuple[object, object]], skip: bool = False) -> tuple[set[str], bool]:
    """The literal beginnings of a parsed sequence, and whether they are the whole of it.
    ``skip``: nothing comes before the sequence in a cue, so an element with no literal beginning
    that no literal precedes is passed over ("[\\s,]*(?:я\\s+)?не помню" has "не помню" in every
    match; the cue need not start where the match does)."""
    found = {""}
    for op, value in items:
        passing = skip and found == {""}
        if op in _ZERO_WIDTH:
            continue
        if op is codes.LITERAL:
            found = {cue + chr(value) for cue in found}  # type: ignore[arg-type]
            continue
        if op is codes.SUBPATTERN:
            if value[1] or value[2]:  # type: ignore[index]
                if passing:
                    continue
                return {""}, False  # flags set inside the pattern ("(?i:…)"): no cue trusted
            inner, whole = _sequence(list(value[3]), passing)  # type: ignore[index]
        elif op is codes.BRANCH:
            inner, whole = set(), True
            for alternative in value[1]:  # type: ignore[index]
                cues, complete = _sequence(list(alternative), passing)
                inner |= cues
                whole = whole and complete
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT) and value[0] == 0 and passing:  # type: ignore[index]
            continue  # "(?:я\\s+)?", "\\s*" first: what follows is in every match
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT) and value[1] == 1:  # type: ignore[index]
            inner, whole = _sequence(list(value[2]), passing)  # type: ignore[index]
            inner |= {""} if value[0] == 0 else set()  # type: ignore[index]  # "e-?mail": "email", "e-mail"
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT) and value[0] >= 1:  # type: ignore[index]
            inner, _ = _sequence(list(value[2]), passing)  # type: ignore[index]
            if passing and inner == {""}:
                continue  # "[\\s,]+" first: one character at least of no cue, then the rest
            whole = False  # "x+": one x at least, then maybe more
        elif passing:
            continue  # "[тй]ск", "\\s*…": a character class or a repeat first, the rest in every match
        else:
            return found, False
        if len(found) * len(inner) > MAX_CUES:
            return found, False
        found = {cue + more for cue in found for more in inner}
        if not whole:
            return found, False
    return found, True


def cues_of(pattern: re.Pattern[str]) -> set[str] | None:
    """The cues of one pattern (lower case under IGNORECASE), or None when an alternative has none."""
    cues, _ = _sequence(list(parser.parse(pattern.pattern, pattern.flags)), skip=True)
    if "" in cues:
        return None
    return {cue.lower() for cue in cues} if pattern.flags & re.IGNORECASE else cues


def literal_cue(patterns: Iterable[re.Pattern[str]]) -> Callable[[str], bool]:
    """A test that is false only when none of ``patterns`` can match the text (see the module)."""
    exact: set[str] = set()
    folded: set[str] = set()
    uncued: list[re.Pattern[str]] = []
    for pattern in patterns:
        cues = cues_of(pattern)
        if cues is None:
            # Only some alternatives may lack a cue: those are searched themselves.
            parts = _alternatives(pattern)
            if parts is None:
                return _always
            for part in parts:
                part_cues = cues_of(part)
                if part_cues is None:
                    uncued.append(part)
                else:
                    (folded if part.flags & re.IGNORECASE else exact).update(part_cues)
            continue
        (folded if pattern.flags & re.IGNORECASE else exact).update(cues)
    exact_search, folded_search = _any_of(_shortest(exact)), _any_of(_shortest(folded))
    rest = tuple(uncued)
    odd = _odd_letters(folded)

    def may_match(text: str) -> bool:
        if exact_search is not None and exact_search(text):
            return True
        for pattern in rest:  # a loop, not any(): no generator for the many cues without a rest
            if pattern.search(text):
                return True
        if folded_search is None:
            return False
        lowered, variants = _lowered(text)
        if variants and not odd.isdisjoint(variants):
            return True
        return folded_search(lowered) is not None

    return may_match


# A question's few texts are tested against some forty cues: each is lowered (and looked at for
# odd folds) once, not once a cue. Equal texts share one entry; a value is the same whoever wrote it.
_LOWERED: dict[str, tuple[str, frozenset[str]]] = {}
_LOWERED_LIMIT = 1024
_NONE: frozenset[str] = frozenset()


def _lowered(text: str) -> tuple[str, frozenset[str]]:
    """``text.lower()``, and the letters of it (and "İ" of the text) that IGNORECASE may match to
    another letter (see :data:`_VARIANTS`)."""
    try:
        return _LOWERED[text]
    except KeyError:
        pass
    lowered = text.lower()
    if text.isascii():
        found = _ANY_VARIANT.intersection(lowered) if "i" in lowered or "s" in lowered else _NONE
    else:
        found = _ANY_VARIANT.intersection(lowered) | ({_TWO_LETTER_LOWER} if _TWO_LETTER_LOWER in text else _NONE)
    if len(_LOWERED) >= _LOWERED_LIMIT:
        _LOWERED.clear()
    entry = _LOWERED[text] = (lowered, frozenset(found))
    return entry



def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex's text ("a(b|c)|d" → "a(b|c)", "d"), escapes and
    character classes read as re reads them."""
    parts: list[str] = []
    depth = start = position = 0
    in_class = False
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "[]…]" and "[^]…]": a "]" first in a class is a literal
            position += 1 if source[position + 1 : position + 2] == "^" else 0
            position += 1 if source[position + 1 : position + 2] == "]" else 0
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:position])
            start = position + 1
        position += 1
    parts.append(source[start:])
    return parts


# Group references and conditionals would mean another group once an alternative stands alone.
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\(")


def _alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]] | None:
    """``pattern``'s top-level alternatives compiled one by one with its flags (a text matches the
    pattern exactly when it matches one of them), or None when they cannot stand alone."""
    if pattern.flags & re.VERBOSE or _GROUP_REFERENCE.search(pattern.pattern):
        return None
    parts = split_alternatives(pattern.pattern)
    if len(parts) < 2:
        return None
    try:
        return [re.compile(part, pattern.flags) for part in parts]
    except re.error:
        return None  # a part that only parses in its whole ("(?i)" first, say)


def _any_of(cues: tuple[str, ...]) -> Callable[[str], re.Match[str] | None] | None:
    """A search for any of ``cues`` as a substring: one regex whose alternatives branch letter by
    letter, as a trie does (see the module); None for no cues."""
    if not cues:
        return None
    trie: dict[str, dict] = {}
    for cue in cues:
        node = trie
        for letter in cue:
            node = node.setdefault(letter, {})
        node[""] = {}

    def regex(node: dict) -> str:
        if "" in node:
            return ""  # a cue ends here: a longer one adds nothing to "holds a cue"
        branches = [re.escape(letter) + regex(child) for letter, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(regex(trie)).search


def _shortest(cues: set[str]) -> tuple[str, ...]:
    """The cues that hold no other: a text holding "voted" holds "vote"."""
    return tuple(sorted(cue for cue in cues if not any(other != cue and other in cue for other in cues)))


def _always(text: str) -> bool:
    return True


class CuedPattern:
    """A compiled pattern asked only of texts holding one of its cues (:func:`literal_cue`): the
    same results as the pattern's own methods, a substring look-up instead of a regex scan for the
    many texts that cannot match. For the dear patterns of a question that most questions miss
    ("\\b(?:say|said|…|говор\\w*|…)": tens of microseconds, where the cue costs one or two)."""

    __slots__ = ("compiled", "may_match")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.may_match = literal_cue([compiled])

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos) if self.may_match(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos) if self.may_match(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self.may_match(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit) if self.may_match(string) else [string]


def cued(compiled: re.Pattern[str]) -> CuedPattern:
    """``compiled`` behind its cues; a pattern with an alternative that has none is refused (it
    would be scanned whole anyway, after the cue test)."""
    if cues_of(compiled) is None:
        raise ValueError(f"no cue for every alternative of {compiled.pattern[:60]!r}")
    return CuedPattern(compiled)


class AnyAlternative:
    """``pattern.search(text) is not None`` for a long alternation of words ("\\bboth\\b|\\bbut
    not\\b|…", hundreds of them) that most texts do match somewhere: a cue test (:func:`literal_cue`)
    lets nearly every text through, and re then tries every alternative at every position
    (80 µs for a question). Here the cues the text holds are found first, in one trie-shaped search
    run again past each one found, and only the alternatives those cues begin are searched, each
    alone (a handful). Exact: a match of an alternative holds one of its cues (:func:`cues_of`),
    and the pattern matches when one of its alternatives does; an alternative with no cue is always
    searched. Patterns with IGNORECASE or whose alternatives cannot stand alone are searched whole.
    """

    __slots__ = ("_always", "_find", "_parts_of", "_whole")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        parts = None if pattern.flags & re.IGNORECASE else _alternatives(pattern)
        self._whole = pattern if parts is None else None
        self._always: tuple[re.Pattern[str], ...] = ()
        self._parts_of: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._find: Callable[[str, int], re.Match[str] | None] | None = None
        if parts is None:
            return
        by_cue: dict[str, list[int]] = {}
        always: list[int] = []
        for number, part in enumerate(parts):
            part_cues = cues_of(part)
            if part_cues is None:
                always.append(number)
                continue
            for cue in part_cues:
                by_cue.setdefault(cue, []).append(number)
        # Heads: the cues no other cue begins. Only one head can start at a place of a text, and a
        # head found stands for every cue it begins (their alternatives are searched: never fewer).
        heads = _heads(by_cue)
        for head in heads:
            numbers = sorted({n for cue, found in by_cue.items() if cue.startswith(head) for n in found})
            self._parts_of[head] = tuple(parts[n] for n in numbers if n not in always)
        self._always = tuple(parts[n] for n in always)
        search = _any_of(tuple(heads))
        self._find = search  # type: ignore[assignment]

    def __call__(self, text: str) -> bool:
        if self._whole is not None:
            return self._whole.search(text) is not None
        for part in self._always:
            if part.search(text):
                return True
        find = self._find
        if find is None:
            return False
        asked: set[str] = set()
        parts_of = self._parts_of
        found = find(text, 0)
        while found is not None:
            head = found.group()
            if head not in asked:
                asked.add(head)
                for part in parts_of[head]:
                    if part.search(text):
                        return True
            found = find(text, found.start() + 1)
        return False


def any_alternative(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether ``pattern`` matches somewhere in a text, by its cued alternatives (:class:`AnyAlternative`)."""
    return AnyAlternative(pattern)


def _heads(cues: Collection[str]) -> list[str]:
    """The cues that no other cue begins, sorted (a look-up of each cue's beginnings, not a pass
    over the other cues)."""
    return sorted(cue for cue in cues if not any(cue[:end] in cues for end in range(1, len(cue))))
