"""Which one of a group just counted or listed did what a record says: "which one reported on its
work with the ATC?" / "какая из них докладывала о работе с АТЦ?" / "kakaya iz nih delala doklad o
rabote s ATC" after the XVIII meeting's three international organisations.

The group's entries are the candidates; the statements of the knowledge base that name one of them
are matched against the rest of the question by their words' first letters, and the entry named by
the best-matching statement is the answer, with that statement quoted. Without this the question's
other entry ("the ATC") was taken for its subject and its card answered. None unless exactly one
entry is named by the best statement (the other mechanisms go on)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.documents import statements_of
from bot.answers.verdict import Statement, Verdict
from bot.search.chatlatin import cyrillic_reading

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

CUE = cued(
    re.compile(
        r"^(?:(?:and|so|а|и|a|i)\s+)?(?:(?:which|what)\s+(?:one|of\s+them|of\s+these|of\s+those)"
        r"|(?:какая|какой|какое|которая|который|которое|кто)\s+из\s+(?:них|этих|тех)"
        r"|(?:kakaya|kakoy|kakoj|kakoe|kotoraya|kotoryj|kotoryy|kto)\s+iz\s+(?:nih|etih|teh))\b(?P<rest>.*)$"
    )
)
_STEM = 5
_STOP = frozenset(
    ["the", "its", "their", "with", "and", "from", "that", "this", "was", "were", "did", "does", "about", "for", "them", "one", "его", "её", "ее", "их", "они", "она", "оно", "это", "эта", "этот", "них", "был", "была", "были", "ego", "ee", "ih", "oni", "ona", "eto", "byl", "byla", "byli"]
)
_FILTERS = frozenset({"meeting", "place", "state"})
_MATCHED = 2  # words of the question a statement must share to be what it asks of


def _stems(text: str) -> set[str]:
    words = re.findall(r"[^\W_]+", text.lower())
    return {w[:_STEM] for w in words if len(w) >= 3 and w not in _STOP}


def _group(context: Verdict) -> list[str]:
    """The entries the previous answer counted or listed: a count's items, the one group of a
    meeting's participants it gave ("and intl orgs?"), or its list."""
    value = context.value if isinstance(context.value, dict) else {}
    if isinstance(value.get("items"), list):
        return [i for i in value["items"] if isinstance(i, str)]
    groups = value.get("groups")
    if isinstance(groups, dict):
        only = value.get("only")
        lists = [groups[only]] if isinstance(only, str) and only in groups else list(groups.values())
        if len(lists) == 1 and isinstance(lists[0], list):
            return [i for i in lists[0] if isinstance(i, str)]
    return []  # a list answer is filtered by what its follow-up names (listref), not matched here


def _names(engine: Engine, entity_id: str) -> list[str]:
    entity = engine.kb.entities[entity_id]
    found = [engine.kb.name(entity_id, "en"), engine.kb.name(entity_id, "ru")]
    for terms in (entity.short, getattr(entity, "aliases", None)):
        if terms is not None:
            found += [*terms.en, *terms.ru]
    return [n for n in found if n]


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict) -> Verdict | None:
    """The one entry of the previous group a record says did what is asked, or None."""
    match = CUE.match(text)
    if match is None:
        return None
    group = [i for i in _group(context) if i in engine.kb.entities]
    if len(group) < 2 or context.kind != "fact":
        return None
    if any(h.name_cover >= 0.6 and h.score >= 0.5 and engine.kb.kind(h.entity) in _FILTERS for h in parsed.hits[:3]):
        return None  # "which of them were at the XVIII meeting / in Moscow?": a filter of the group
    rest = match.group("rest")
    reading = cyrillic_reading(rest, engine._latin_abbreviations)
    asked = _stems(rest) | (_stems(reading) if reading else set())
    if len(asked) < _MATCHED:
        return None
    patterns = {i: re.compile(r"\b(?:" + "|".join(re.escape(n) for n in _names(engine, i)) + r")\b", re.IGNORECASE) for i in group}
    best: tuple[int, str, str, str, str] | None = None
    tied = False
    for entity in engine.kb.entities.values():
        for said in statements_of(entity):
            named = [i for i, pattern in patterns.items() if pattern.search(said.en) or pattern.search(said.ru)]
            if len(named) != 1:
                continue
            shared = len(asked & (_stems(said.en) | _stems(said.ru)))
            if shared < _MATCHED:
                continue
            if best is None or shared > best[0]:
                best, tied = (shared, named[0], entity.id, said.en, said.ru), False
            elif shared == best[0] and named[0] != best[1]:
                tied = True
    if best is None or tied:
        return None
    _, chosen, owner, en, ru = best
    source = engine.kb.entities[owner].sources[0] if engine.kb.entities[owner].sources else None
    verdict = Verdict(parsed.text, parsed.lang, "quote", True, intent="quote")
    verdict.focus = [chosen]
    verdict.statements = [Statement(en, ru, owner, source, None)]
    verdict.sources = [source] if source else []
    verdict.filters = {"follow_up": context.question}
    return verdict
