"""A news outlet that only says which meeting is meant ("the meeting TASS reported", "совещание, о котором
писала БелТА"): no subject of the yes/no question.

"Was Russia among the delegations at the intelligence chiefs' meeting that TASS reported?" asks whether
Russia took part; TASS names whose report describes the meeting, as a city or a month would. Counted
as a second subject it sent the question past the check of who took part to a bare card, whose words
("Russian Federation" in the press office's name) read as a confirmed "Yes". The outlet is dropped from
the question's mentions (its words stay covered, so they are no topic either) when something else is
asked of the meeting; "Was the meeting reported by TASS?" keeps it as its only subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.mentions import Mentions
from bot.kb.schema import Organisation

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# A verb of reporting or writing about: the outlet describes the meeting ("reported", "wrote about",
# "TASS-reported", "о котором писала", "по сообщению ТАСС", "listed" of the outlet's own list).
REPORTING = cued(re.compile(
    r"\breport(?:ed|s|ing)?\b|-reported\b|\bwr(?:ote|ites|itten)\b|\bcover(?:ed|s)\b|\bdescrib\w*|\blisted\b"
    r"|\bпис(?:ал|ала|али|ало|ет|ут)\b|\bсообщ\w*|\bрассказ\w*|\bупомина\w*|\bупомян\w*|\bперечисл\w*"
    r"|\bpisal[ia]?\b|\bsoobshch\w*|\brasskaz\w*",
    re.I,
))
_SUBJECT_KINDS = ("state", "body", "organisation", "person")


def without_reporters(engine: Engine, parsed: Parsed, mentions: Mentions) -> Mentions:
    """The mentions without a news outlet that only names whose report the meeting is in (see the module)."""
    if len(mentions.hits) < 2 or not REPORTING.search(parsed.text):
        return mentions
    kb = engine.kb
    outlets = [h for h in mentions.hits if is_outlet(engine, h.entity)]
    if len(outlets) != 1:
        return mentions
    rest = [h for h in mentions.hits if h is not outlets[0]]
    if not any(kb.kind(h.entity) in _SUBJECT_KINDS for h in rest):
        return mentions  # "Did TASS report the Moscow meeting?": the outlet is what is asked
    return Mentions(rest, mentions.locating, mentions.covered, outlets[0].entity)


def is_outlet(engine: Engine, entity_id: str) -> bool:
    """Whether the entry is a news outlet (which can report a meeting, never take part in one)."""
    entity = engine.kb.entities.get(entity_id)
    return isinstance(entity, Organisation) and entity.category == "media"
