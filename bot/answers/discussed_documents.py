"""Programmes or documents asked as discussed at a meeting: "Какие программы обсуждали в Петербурге?", "а в
Петербурге какие программы обсуждали?", "which programmes were discussed at the St Petersburg meeting?".

The list of documents finds none adopted there and said "the sources have no records: programmes and
documents", though the meeting's agenda takes up "the implementation of interstate crime prevention
programmes" (no entry of its own). Asked with a verb of discussing, an empty list of documents of one meeting
is answered by the lines of its agenda that name programmes or documents; without such a line the empty list
stands.

Cheap: only an empty list of documents, a word test for discussing, then the one meeting's agenda.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.facts import fact_verdict
from bot.answers.verdict import Statement, Verdict, replace
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

_DISCUSS_WORDS = ("discuss", "обсужд", "обсуди", "рассматр", "obsuzhd", "obsudi", "rassmatr", "consider", "agenda", "повестк")
_KIND = re.compile(r"programm|програм|document|документ|concept|концепци|treat|договор|agreement|соглашени", re.IGNORECASE)


def discussed(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in _DISCUSS_WORDS)


def answer(kb: KnowledgeBase, verdict: Verdict, question: str, context: Verdict | None) -> Verdict | None:
    """The agenda lines naming programmes or documents of the one meeting an empty list of documents is of."""
    if verdict.kind != "list" or verdict.attribute != "document" or verdict.items or not discussed(question):
        return None
    meetings = _meetings(kb, verdict, context)
    if len(meetings) != 1:
        return None
    meeting = meetings[0]
    lines = [a for a in meeting.agenda if _KIND.search(a.en) or _KIND.search(a.ru)]
    if not lines:
        return None
    statements = [Statement(a.en, a.ru, meeting.id, meeting.sources[0]) for a in lines]
    base = replace(verdict)
    base.items, base.filters = [], {**verdict.filters, "documents_discussed": True}
    return fact_verdict(base, meeting, "agenda", None, statements=statements)


def _meetings(kb: KnowledgeBase, verdict: Verdict, context: Verdict | None) -> list[Meeting]:
    """The meetings the empty list is filtered to: by their place, or the one the conversation is about."""
    filters = verdict.filters
    places = [str(p) for p in filters.get("place") or []] if isinstance(filters.get("place"), list) else []
    named = [str(m) for m in filters.get("meetings") or []] if isinstance(filters.get("meetings"), list) else []
    if isinstance(filters.get("meeting"), str):
        named.append(str(filters["meeting"]))
    found = [m for m in kb.of_kind("meeting") if isinstance(m, Meeting) and (m.id in named or (places and m.place in places))]
    if not found and not places and not named and context is not None:
        found = [m for i in context.focus[:1] if isinstance(m := kb.get(i), Meeting)]
    return found
