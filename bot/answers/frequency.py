"""How often a body meets ("как часто проходят заседания Совета секретарей советов безопасности",
"how often does the Interior Ministers Council meet"). The sources give no schedules, only words
said ("the annual meetings make it possible ..."): the statement that says how often is the answer;
without one, the sources do not say, and no count of recorded meetings stands in for a frequency.

Cheap: one precompiled pattern of "how often" words gates it; then the few statements of the body
or meeting the question names (its facts, what was said at its meetings) are read.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Body, Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_HOW_OFTEN = cued(re.compile(
    r"\bhow (?:often|frequently|regularly)\b|\bwith what (?:frequency|regularity)\b|\bhow many times a year\b"
    r"|\bкак часто\b|\bс какой (?:периодичностью|частотой|регулярностью)\b|\bпериодичност\w*|\bсколько раз в год\b"
    r"|\bkak chasto\b|\bperiodichnost\w*|\bskol'?ko raz v god\b"
))
# Words that say how often, not merely that meetings recur ("regular meetings" gives no frequency).
_FREQUENCY = re.compile(
    r"\bannual\w*|\byearly\b|\bevery (?:year|month|quarter)\b|\b(?:once|twice) a (?:year|month)\b|\bquarterly\b"
    r"|\bmonthly\b|\bежегодн\w*|\bкаждый (?:год|месяц|квартал)\b|\b(?:раз|дважды) в (?:год|месяц|квартал)\b"
    r"|\bежеквартальн\w*|\bежемесячн\w*",
    re.IGNORECASE,
)
NAMED_AT = 0.3  # a hit this good that covers half its name is the body asked about
NAMED_COVER = 0.5


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """The statement that says how often the body named meets, or "the sources do not say"."""
    if not _HOW_OFTEN.search(parsed.text.lower()):
        return None
    kb = engine.kb
    named = [
        hit.entity
        for hit in parsed.hits[:3]
        if hit.score >= NAMED_AT and hit.name_cover >= NAMED_COVER and kb.kind(hit.entity) in ("body", "meeting")
    ]
    if not named:
        return None
    entity = kb.entities[named[0]]
    body = (
        entity
        if isinstance(entity, Body)
        else kb.get(entity.body)
        if isinstance(entity, Meeting) and entity.body
        else None
    )
    meetings = kb.meetings_of(body.id) if isinstance(body, Body) else [entity] if isinstance(entity, Meeting) else []
    # Words said at its meetings first (the speaker and the occasion are shown), then its facts,
    # which often retell the same words: one statement is the answer.
    found: list[Statement] = []
    for meeting in meetings:
        source = meeting.sources[0] if meeting.sources else None
        for person in meeting.participants.people:
            found += [
                Statement(s.en, s.ru, meeting.id, source, person.person) for s in person.said if _FREQUENCY.search(s.en)
            ]
    if isinstance(body, Body):
        source = body.sources[0] if body.sources else None
        found += [Statement(f.en, f.ru, body.id, source) for f in body.facts if _FREQUENCY.search(f.en)]
    subject = body.id if isinstance(body, Body) else entity.id
    base.focus = [subject]
    if not found:
        base.kind, base.answered, base.reason = "not_recorded", True, "frequency"
        base.value = {"what": subject, "held": not isinstance(body, Body)}
        base.sources = list(kb.entities[subject].sources)
        base.intent = "frequency"
        return base
    base.kind, base.answered, base.intent = "quote", True, "frequency"
    base.value = {"about": []}
    base.statements = found[:1]
    base.sources = [s.source for s in found[:1] if s.source]
    return base
