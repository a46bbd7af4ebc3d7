"""What an organisation or body reported or presented at a meeting: "what is the EAG secretariat's
report about?", "о чём доклад ЕАГ?", "what did the ATC present?".

A person's words are recorded as his; an organisation's report is an item of the meeting's record
that names it ("Report of the EAG Secretariat on …"). Asked with "what is … about", the question had
read as a definition and answered with the organisation's card, which says nothing of the report.
The items of the records of the meetings it attended that name it are the answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Statement
from bot.kb.schema import Bilingual, Body, Meeting, Organisation

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase
    from bot.kb.schema import Entity

REPORT = cued(re.compile(
    r"\b(?:report\w*|present\w*|brief\w*|speech|address)\b|\bдоклад\w*|\bпредстав\w*|\bсообщени\w*|\bdoklad\w*",
    re.I,
))


def reported(kb: KnowledgeBase, entity: Entity) -> list[Statement]:
    """The items of the records of the meetings the organisation or body attended that name it."""
    if not isinstance(entity, Organisation | Body):
        return []
    names = [n for n in (*entity.short.all(), *entity.aliases.all(), entity.name.en, entity.name.ru) if n]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    found = []
    for meeting in kb.meetings_of(entity.id):
        source = meeting.sources[0] if meeting.sources else None
        for item in _items(meeting):
            if pattern.search(item.en) or pattern.search(item.ru):
                found.append(Statement(item.en, item.ru, meeting.id, source))
    return found


def _items(meeting: Meeting) -> list[Bilingual]:
    return [
        *meeting.agenda,
        *(point for session in meeting.sessions for point in session.points),
        *(outcome.text for outcome in meeting.outcomes),
    ]
