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

from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
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
