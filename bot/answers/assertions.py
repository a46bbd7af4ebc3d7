"""What a claim asserts, read from its text: its clauses, the alternatives it sets against each other
("X, not Y", "rather than"), the numbers it counts and the constraints (years, months, numbers,
negations) that an answer must meet to confirm it.

Used both when a yes/no question is checked against a statement (:mod:`bot.answers.said`) and when
the usual answer is checked against the question's claim (:mod:`bot.answers.claims`).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, NamedTuple

from bot.answers.question_form import _months_named, months_named
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import SearchIndex

# A topic asked (a synonym group: cybersecurity, drones) this rare, or a word the knowledge base
# does not know, is specific enough that an answer without it is no "yes".
DISTINCTIVE = 6.0


def distinctive(query: Any, position: int) -> bool:
    tok = query.tokens[position]
    if tok.startswith("#"):
        return False  # numbers are checked as constraints
    return query.weights[position] >= DISTINCTIVE and (query.unknown[position] or tok.startswith("~"))

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


# Where one thing said ends and the next begins: a sentence, "; ", a list item after a closing
# parenthesis or before "and" ("the August meeting (St Petersburg, 12 August), ... and the XVIII
# meeting (Moscow, 10 June)"): an assertion must hold within one of them, not across a whole card.
CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ«\"])|;\s*|(?<=\))\s*,\s*|,\s+(?:and|и)\s+|\n+")


def _clauses(texts: list[str]) -> list[str]:
    return [clause for text in texts for clause in clauses_of(text)]


def clauses_of(text: str) -> list[str]:
    return [clause for clause in CLAUSE_END.split(text) if clause.strip()]


def _counted_numbers(tokens: list[str]) -> list[tuple[int, str]]:
    """(number, the word after it) for every number below 1900 in a token sequence."""
    found = []
    for position, tok in enumerate(tokens):
        if tok.startswith("#") and tok[1:].isdigit() and int(tok[1:]) < 1900:
            following = [t for t in tokens[position + 1 : position + 3] if not t.startswith("#")]
            found.append((int(tok[1:]), following[0] if following else ""))
    return found


# Claims with exclusive alternatives: a question asserting one, against a clause holding only
# another, is contradicted ("going down" / "growing"; "heads of government" / "Heads of State").
# Russian typed in Latin letters included. One regex per alternative, grouped by what they answer.
_ALTERNATIVES: tuple[tuple[str, dict[str, re.Pattern[str]]], ...] = (
    (
        "direction",
        {
            "up": re.compile(
                r"\b(?:grow(?:s|ing|n|th)?|grew|increas\w*|ris(?:e|es|ing|en)|rose|expand\w*|escalat\w*|surg\w*|strengthen\w*"
                r"|(?:go(?:es|ing)?|went|gone)\s+up|on\s+the\s+rise|раст[ёеуия]\w*|рост\w*|вырос\w*|возраст\w*|увелич\w*"
                r"|расшир\w*|нараст\w*|усил\w*|usil\w*|rast[eyi]\w*|rost\w*|vyros\w*|vozrast\w*|uvelich\w*|narast\w*)\b",
                re.IGNORECASE,
            ),
            "down": re.compile(
                r"\b(?:declin\w*|decreas\w*|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|shrink\w*|shrank|diminish\w*"
                r"|(?:go(?:es|ing)?|went|gone)\s+down|on\s+the\s+decline|сниж\w*|сокращ\w*|уменьш\w*|паден\w*|пада\w*"
                r"|упал\w*|спад\w*|ослаб\w*|oslab\w*|weaken\w*|snizh\w*|snij\w*|sokrash\w*|umensh\w*|paden\w*|pada\w*|upal\w*)\b",
                re.IGNORECASE,
            ),
        },
    ),
    (
        "level",
        {
            "state": re.compile(
                r"\bheads?\s+of\s+(?:the\s+)?states?\b|\bглав\w*\s+государств|\bglav\w*\s+gosudarstv", re.IGNORECASE
            ),
            "government": re.compile(
                r"\bheads?\s+of\s+(?:the\s+)?governments?\b|\bprime\s+ministers?\b|\bглав\w*\s+правительств"
                r"|\bпремьер\w*|\bglav\w*\s+pravitel\w*|\bpremer\w*",
                re.IGNORECASE,
            ),
        },
    ),
    (
        # "Did Peskov say CIS cooperation has little potential?" against "deep potential": a no.
        "extent",
        {
            "much": re.compile(
                r"\b(?:deep|great|significant|considerable|immense|huge|enormous|substantial|глубок\w*|огромн\w*"
                r"|значительн\w*|существенн\w*|колоссальн\w*|glubok\w*|ogromn\w*|znachiteln\w*|sushchestvenn\w*)\b",
                re.IGNORECASE,
            ),
            "little": re.compile(
                r"\b(?:little|small|slight|limited|insignificant|minor|negligible|мал\w*|небольш\w*|незначительн\w*"
                r"|ограниченн\w*|слаб\w*|nebolsh\w*|neznachiteln\w*|ogranichenn\w*|slab\w*)\b",
                re.IGNORECASE,
            ),
        },
    ),
)
# The cheap gate: a question naming none of the alternatives costs one failed search.
ALTERNATIVE_ANY = re.compile("|".join(f"(?:{one.pattern})" for _, group in _ALTERNATIVES for one in group.values()), re.I)


def alternatives_in(text: str) -> dict[str, set[str]]:
    """The alternatives a text holds, by what they answer: {"direction": {"up"}}."""
    found: dict[str, set[str]] = {}
    for what, group in _ALTERNATIVES:
        held = {name for name, pattern in group.items() if pattern.search(text)}
        if held:
            found[what] = held
    return found


def _opposed(claimed: dict[str, set[str]], clause: str) -> tuple[str, str] | None:
    """(claimed, recorded) when the clause holds only other alternatives than the claim's one."""
    if not clause:
        return None
    recorded = alternatives_in(clause)
    for what, asked in claimed.items():
        there = recorded.get(what)
        # Both directions asked ("up or down?") or the asked one there too: nothing contradicted.
        if len(asked) == 1 and there and not asked & there:
            return next(iter(asked)), min(there)
    return None


def opposed_clause(engine: Engine, parsed: Parsed, rest: list[int], texts: list[str]) -> tuple[str, str] | None:
    """(claimed, recorded) when the clauses of ``texts`` holding most of the words asked (positions
    ``rest``) say another alternative than the question's; None otherwise, and at once when the
    question names none (the cheap gate)."""
    if not ALTERNATIVE_ANY.search(parsed.text):
        return None
    claimed = alternatives_in(parsed.text)
    query = parsed.query
    for text in texts:
        scored = []
        for clause in _clauses([text]):
            said = set(engine.index.fold_synonyms(text_tokens(clause)))
            held = sum(query.weights[i] for i in rest if query.tokens[i] in said or any(v in said for v, _ in query.matches[i]))
            scored.append((held, clause))
        best = max((held for held, _ in scored), default=0.0)
        for held, clause in scored:
            opposed = _opposed(claimed, clause) if held and held == best else None
            if opposed is not None:
                return opposed
    return None


_ONE_OF_IDIOM = re.compile(r"\bone\s+of\b|(?<!\w)одн(?:им|ой|ою|а|о|у|из)?\s+из(?!\w)|\bodn\w*\s+iz\b", re.I)


class ReadText(NamedTuple):
    """One text, or several together, as :func:`constraints` reads them."""

    tokens: Collection[str]  # synonyms folded
    numbers: list[tuple[int, str]]
    months: frozenset[int]
    years: frozenset[int]


# The knowledge base's texts (names, statements, descriptions) as read, per index: the same ones
# are checked for every question that lands on them. Bounded like the index's own match cache.
_READ_TEXTS: weakref.WeakKeyDictionary[SearchIndex, dict[str, ReadText]] = weakref.WeakKeyDictionary()
_READ_TEXTS_MAX = 20_000


def _read_text(index: SearchIndex, text: str, folded: dict[str | tuple[str, ...], ReadText]) -> ReadText:
    known = folded.get(text)
    if known is None:
        texts = _READ_TEXTS.get(index)
        if texts is None or len(texts) > _READ_TEXTS_MAX:
            texts = _READ_TEXTS[index] = {}
        known = texts.get(text)
        if known is None:
            tokens = index.fold_synonyms(text_tokens(text))
            years = frozenset(int(year) for year in _YEAR.findall(text))
            known = texts[text] = ReadText(tokens, _counted_numbers(tokens), _months_named(text), years)
        folded[text] = known
    return known


def _read_together(readings: list[ReadText]) -> ReadText:
    # Neither pattern spans a space: the months and years of texts joined are those of each text.
    return ReadText(
        {tok for known in readings for tok in known.tokens},
        [pair for known in readings for pair in known.numbers],
        frozenset().union(*(known.months for known in readings)),
        frozenset().union(*(known.years for known in readings)),
    )


def constraints(
    engine: Engine,
    parsed: Parsed,
    texts: list[str],
    folded: dict[str | tuple[str, ...], ReadText] | None = None,
) -> tuple[set[str], dict[str, Any], bool]:
    """The question's numbers, months and years against what ``texts`` say: (the texts' words,
    the asserted values the texts give otherwise as {what: [asked, recorded]}, whether every
    asserted value is in the texts). ``folded``: the texts already read, shared by the calls of
    one question (all texts but the last, the answer's names, are read together once)."""
    index, query, text = engine.index, parsed.query, parsed.text
    if folded is None:
        folded = {}
    leading = tuple(texts[:-1])
    head = folded.get(leading)
    if head is None:
        head = folded[leading] = _read_together([_read_text(index, piece, folded) for piece in leading])
    read = _read_together([head, *(_read_text(index, piece, folded) for piece in texts[-1:])])
    said = set(read.tokens)
    asked_numbers = _counted_numbers(list(query.tokens))
    said_numbers = read.numbers
    asked_months, said_months = months_named(text), set(read.months)
    asked_years = set(parsed.intent.years) | {
        int(tok[1:])
        for tok in query.tokens
        if tok.startswith("#") and tok[1:].isdigit() and 1900 <= int(tok[1:]) < 2200
    }
    said_years = set(read.years)
    wrong: dict[str, Any] = {}
    for number, follower in asked_numbers:
        if f"#{number}" in said:
            continue
        follows = {follower, *(v for i, tok in enumerate(query.tokens) if tok == follower for v, _ in query.matches[i])}
        others = {n for n, after in said_numbers if after in follows and n != number}
        if len(others) == 1:
            wrong["number"] = [number, others.pop()]
    if asked_months and said_months and not asked_months & said_months:
        wrong["month"] = [min(asked_months), min(said_months)]
    if len(asked_years) == 1 and len(said_years) == 1 and not asked_years & said_years:
        wrong["year"] = [min(asked_years), min(said_years)]
    # "one of the aims", "одна из целей": no number asserted
    one_of = "#1" in query.tokens and _ONE_OF_IDIOM.search(text) is not None
    held_all = (
        all(tok in said for tok in query.tokens if tok.startswith("#") and not (one_of and tok == "#1"))
        and asked_months <= said_months
        and asked_years <= said_years
    )
    return said, wrong, held_all
