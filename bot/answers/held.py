"""Meetings a body held, as against meetings it took part in. The knowledge base links a body to
every meeting it attended ("the Defence Ministers Council was represented at the XVIII meeting");
asked how many meetings the body held or when it met, those are no answer: the verdict is "not
recorded" (no meetings of its own) with the meetings it attended as the nearest records. A question
about taking part keeps them all.

Cheap: only a list of meetings narrowed by one body is looked at.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase

# Taking part, being there, sending someone: the meetings attended are what is asked.
_TAKING_PART = re.compile(
    r"\b(?:attend\w*|participa\w*|took part|take part|taken part|present|represented|delegat\w*|sent|was at|were at"
    r"|involv\w*|appear\w*|lists?|named)\b"
    r"|\bучаств\w*|\bучастник\w*|\bприсутств\w*|\bпредставл\w*|\bделегац\w*|\bприслал\w*|\bнаправил\w*"
    r"|\bбыл[аи]?\b|\bпобывал\w*|\bзван\w*|\bупомина\w*|\bупомян\w*"
    r"|\buchastv\w*|\bprisutstv\w*|\bpredstavl\w*|\bdelegac\w*|\bprislal\w*|\bbyl[ai]?\b",
    re.I,
)


def unheld_meetings(kb: KnowledgeBase, text: str, base: Verdict, body: str, ids: list[str]) -> Verdict | None:
    """ "not_recorded" (reason "no_meetings") when every meeting of a list narrowed by ``body`` is
    one the body attended and none it held, nor any document of its own; None otherwise."""
    if not ids or kb.documents_of(body) or _TAKING_PART.search(text):
        return None
    meetings = [kb.entities[i] for i in ids]
    if any(not isinstance(meeting, Meeting) or meeting.body == body for meeting in meetings):
        return None
    return _no_meetings(kb, base, body, ids)


def no_meetings_ahead(kb: KnowledgeBase, base: Verdict, body: str) -> Verdict | None:
    """ "When does <body> meet next?" of a body that held no meeting at all: "not recorded" (reason
    "no_meetings"), not the latest meeting of some other body; None when it held one or has documents."""
    if kb.documents_of(body) or any(meeting.body == body for meeting in kb.meetings_of(body)):
        return None
    return _no_meetings(kb, base, body, [meeting.id for meeting in kb.meetings_of(body)])


def _no_meetings(kb: KnowledgeBase, base: Verdict, body: str, ids: list[str]) -> Verdict:
    base.kind = "not_recorded"
    base.answered = True
    base.reason = "no_meetings"
    base.value = {"body": body, "attended": ids[:3]}
    base.focus = [body]
    base.alternatives = ids[:3]
    base.sources = list(dict.fromkeys([*kb.entities[body].sources, *(s for i in ids[:3] for s in kb.entities[i].sources)]))
    base.intent = "not_recorded"
    return base


# The body asked of is the one meeting: "when did the migration council meet", "заседал", "собирался".
_BODY_MET = re.compile(
    r"\b(?:meet|met|meets|convene[ds]?|gather(?:ed)?|sat|sit)\b|\b(?:hold|held|holds)\s+(?:its|a|their)\b"
    r"|\bзаседал\w*|\bсобирал\w*|\bсобрал\w*|\bпровод\w*|\bпров[её]л\w*"
    r"|\bzasedal\w*|\bsobiral\w*|\bsobral\w*|\bprovod\w*|\bprovel\w*",
    re.I,
)
BODY_MET_CUE = literal_cue([_BODY_MET])
# The question opens by asking when or where: "was X on the agenda when the ministers met" asks no date.
_ASKS_WHEN_WHERE = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:when|where|когда|где|kogda|gde)\b", re.I)
# A body named by (nearly) all of its name, as the timeline's filters require.
NAMED_BODY_COVER = 0.85


def met_elsewhere(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "When did the CIS Heads of Migration Bodies Council meet in St Petersburg?": a body named in
    full that held no meeting of its own, asked when or where it met, is "no meetings recorded"
    (with those it attended as the nearest records); the meeting its other words reach (the
    interior ministers' one, there) is another body's and no answer."""
    # ("Was forensic expertise on the agenda when the interior ministers met": no when or where asked.)
    if parsed.intent.question not in ("when", "where") or not parsed.hits:
        return None
    # As typed: the parse may put words of its own for colloquial ones ("do together" -> "meeting").
    text = (parsed.typed or parsed.text).lower()
    if not BODY_MET_CUE(text) or not _BODY_MET.search(text) or _TAKING_PART.search(text) or not _ASKS_WHEN_WHERE.match(text):
        return None
    kb = engine.kb
    query = parsed.query
    top = parsed.hits[0]
    for hit in parsed.hits[:3]:
        if kb.kind(hit.entity) != "body" or hit.name_cover < NAMED_BODY_COVER or not hit.name_tokens:
            continue
        if not all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in hit.name_tokens):
            continue
        # Its own words, not just those a meeting ranked above it shares ("council", "CIS").
        if hit is not top and hit.name_tokens <= top.name_tokens:
            continue
        if kb.kind(top.entity) == "meeting" and getattr(kb.get(top.entity), "body", None) == hit.entity:
            return None
        return no_meetings_ahead(kb, base, hit.entity)
    return None

