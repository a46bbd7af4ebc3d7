"""Cheap first checks before dear regexes: the literal words a pattern cannot match without.

Most answerers ask a handful of regexes of every question, and most questions match none of them.
``literal_cue(patterns)`` reads the patterns' own text (:mod:`re`'s parser) for the letters each of
their alternatives must begin with ("phone" for ``\\bphone\\w*``, "как ты" / "как вы" for
``\\bкак (?:ты|вы)``) and gives a test that is false only when no pattern can match: a substring
look-up per cue, in C, instead of a regex scan per pattern. The cues are derived, never written
by hand, so a word added to a pattern is a cue at once; a pattern whose alternative starts with no
literal (``\\d``, ``\\w+``) makes the test always true, never wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _casefix as casefix  # type: ignore[attr-defined]
from re import _constants as codes  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

MAX_CUES = 400  # alternatives multiply: past this many, the shorter cues already seen are kept

_ZERO_WIDTH = {codes.AT, codes.ASSERT, codes.ASSERT_NOT}
# Letters that IGNORECASE matches beyond str.lower() ("ſ" for "s", the Kelvin sign for "k", "İ"):
# a text holding one is always handed to the pattern itself.
_ODD_FOLDS = re.compile(
    "[" + re.escape("".join({chr(c) for cases in casefix._EXTRA_CASES.values() for c in cases} | set(map(chr, casefix._EXTRA_CASES)))) + "\u0130]"
)


def _sequence(items: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """The literal beginnings of a parsed sequence, and whether they are the whole of it."""
    found = {""}
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is codes.LITERAL:
            found = {cue + chr(value) for cue in found}  # type: ignore[arg-type]
            continue
        if op is codes.SUBPATTERN:
            if value[1] or value[2]:  # type: ignore[index]
                return {""}, False  # flags set inside the pattern ("(?i:…)"): no cue trusted
            inner, whole = _sequence(list(value[3]))  # type: ignore[index]
        elif op is codes.BRANCH:
            inner, whole = set(), True
            for alternative in value[1]:  # type: ignore[index]
                cues, complete = _sequence(list(alternative))
                inner |= cues
                whole = whole and complete
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT) and value[1] == 1:  # type: ignore[index]
            inner, whole = _sequence(list(value[2]))  # type: ignore[index]
            inner |= {""} if value[0] == 0 else set()  # type: ignore[index]  # "e-?mail": "email", "e-mail"
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT) and value[0] >= 1:  # type: ignore[index]
            inner, _ = _sequence(list(value[2]))  # type: ignore[index]
            whole = False  # "x+": one x at least, then maybe more
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
    cues, _ = _sequence(list(parser.parse(pattern.pattern, pattern.flags)))
    if "" in cues:
        return None
    return {cue.lower() for cue in cues} if pattern.flags & re.IGNORECASE else cues


def literal_cue(patterns: Iterable[re.Pattern[str]]) -> Callable[[str], bool]:
    """A test that is false only when none of ``patterns`` can match the text (see the module)."""
    exact: set[str] = set()
    folded: set[str] = set()
    for pattern in patterns:
        cues = cues_of(pattern)
        if cues is None:
            return _always
        (folded if pattern.flags & re.IGNORECASE else exact).update(cues)
    exact_cues, folded_cues = _shortest(exact), _shortest(folded)

    def may_match(text: str) -> bool:
        if any(cue in text for cue in exact_cues):
            return True
        if not folded_cues:
            return False
        if not text.isascii() and _ODD_FOLDS.search(text):
            return True
        lowered = text.lower()
        return any(cue in lowered for cue in folded_cues)

    return may_match


def _shortest(cues: set[str]) -> tuple[str, ...]:
    """The cues that hold no other: a text holding "voted" holds "vote"."""
    return tuple(sorted(cue for cue in cues if not any(other != cue and other in cue for other in cues)))


def _always(text: str) -> bool:
    return True
