"""«Is X among them?» after an answer that showed its entries: yes or no by those entries.

"Which bodies deal with natural disasters?" (the Emergencies Council), then "is the bureau for
combating organized crime among them?" was answered "Yes. … one of the 3 CIS specialised bodies":
the entry alone was searched and a list it is on gave the "yes". "Which of them were in Moscow?"
(two meetings), then "was the St Petersburg meeting among them?" was "Yes" the same way.
`among_group` asks the full question again with the group's words, which only works when the
previous question named a group ("how many sectoral bodies"); here "them" is what the previous
answer showed — its entries, or the bodies a topic answer named — and the answer is whether the
named entry is one of them (a city named stands for the shown meeting held there).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.among_group import cued
from bot.answers.previous import own_subject
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


KEY = "among_shown"  # the entries a yes/no of this module was asked among, for the next "а X среди них?"
KIND = "among_shown_kind"  # the list kind of those entries (the label of a count of them)
LOOSE_SCORE, LOOSE_COVER, LOOSE_LEAD = 0.35, 0.5, 0.15


def _loosely_named(engine: Engine, parsed: Parsed, kinds: set[str]) -> str | None:
    """The entry a loose name ("совет по геодезии") clearly points at, of the kind of those shown."""
    hits = parsed.hits
    if not hits or hits[0].score < LOOSE_SCORE or hits[0].name_cover < LOOSE_COVER:
        return None
    if len(hits) > 1 and hits[1].score > hits[0].score - LOOSE_LEAD:
        return None
    return hits[0].entity if engine.kb.kind(hits[0].entity) in kinds else None


def shown(context: Verdict) -> list[str]:
    """The entries the previous answer showed: a list's items, or the bodies a topic answer named."""
    if context.kind == "list" and context.items:
        return list(context.items)
    if context.kind == "yes_no" and isinstance(kept := context.filters.get(KEY), list):
        return [str(i) for i in kept]  # "а Армения?" / "and the ecological council?" a turn on
    topic = context.filters.get("topic")
    if context.kind == "card" and isinstance(topic, list) and topic:
        return [str(i) for i in topic]
    return []


def answer(engine: Engine, parsed: Parsed, short: str, context: Verdict, base: Verdict) -> Verdict | None:
    """Yes when the entry the question names is among those shown, no when it is not, else None."""
    if not cued(short):
        return None
    entries = shown(context)
    member = own_subject(parsed, engine, context) if entries else None
    kb = engine.kb
    kinds = {kb.kind(i) for i in entries}
    if member is None and entries and (loose := _loosely_named(engine, parsed, kinds)) is not None:
        member = loose
    if member is None or member not in kb.entities:
        return None
    if kb.kind(member) == "place" and kinds == {"meeting"}:
        # "was the St Petersburg meeting among them?": the shown meeting held there, if any
        there = [i for i in entries if isinstance(m := kb.get(i), Meeting) and m.place == member]
        held = [m for m in kb.of_kind("meeting") if isinstance(m, Meeting) and m.place == member]
        if not there and len(held) != 1:
            return None
        member = there[0] if there else held[0].id
    if kb.kind(member) not in kinds:
        return None  # an entry of another kind than those shown: not a question of this list
    base.kind, base.answered, base.intent = "yes_no", True, "yes_no"
    base.yes = member in entries
    base.grounds = "in_previous"
    base.focus = [member]
    base.value = {"member": member, "shown": entries}
    base.filters = {**base.filters, KEY: entries, KIND: kb.kind(entries[0]) if len(kinds) == 1 else None}
    base.sources = list(dict.fromkeys(s for i in [member, *entries] for s in getattr(kb.get(i), "sources", [])))
    return base


# "how many?", "сколько их?", "skolko ikh?": a bare count, no entry of its own
_BARE_COUNT = re.compile(r"^(?:(?:and|а|и|a|i|so|ну)\s+)?(?:how many(?: (?:of them|are there|is that|were there))?|сколько(?: их| всего)?|skolko(?: ikh| ih| vsego)?)$")


def list_kept(context: Verdict, short: str) -> Verdict:
    """After a yes/no of this module, "how many?" counts the entries it was asked among."""
    kept = context.filters.get(KEY)
    if context.kind != "yes_no" or not isinstance(kept, list) or not ("how" in short or "скол" in short or "skol" in short):
        return context
    if _BARE_COUNT.match(short) is None:
        return context
    kind = context.filters.get(KIND)
    return replace(context, kind="list", items=[str(i) for i in kept], focus=[], yes=None, attribute=kind if isinstance(kind, str) else None)
