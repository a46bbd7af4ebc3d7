"""In what capacity an entry took part in a meeting: "ОДКБ участвовала в совещании 10 июня в каком
качестве", "in what capacity did the EAG attend the XVIII meeting".

A person asked so ("В каком качестве Эмомали Рахмон обратился к участникам XVIII совещания?", "in which
capacity did Trefilov address the security secretaries") spoke in the posts the records give him: his
roles, with or without a meeting named (people are on no participant list).

A meeting's record lists its participants by group (member states, CIS bodies, international
organisations, basic organisations); the group that lists the entry is its capacity there. An entry
on no list of the meeting is left to the usual answers (which say it is not listed).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.facts import fact_verdict, participant_groups, person_roles
from bot.answers.meeting_names import one_named_meeting
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_CAPACITY = re.compile(
    r"\bв как(?:ом|ой) (?:качестве|роли|статусе)|\bкем\b|\bv kak(?:om|oy) (?:kachestve|roli|statuse)"
    r"|\bin what (?:capacity|role)\b|\bas what\b|\bin which capacity\b|\bwhat (?:capacity|role)\b"
    # "какова роль ОДКБ на …", "какую роль играл АТЦ …", "what did the CSTO do at …", "что ОДКБ делала на …":
    # an entry's part in a meeting is the group that lists it
    r"|\bкаков[аы]? (?:была )?рол\w*|\bкакую (?:\w+ )?рол\w*|\bрол\w* (?:сыграл|играл)\w*|\bkakov[ay]? rol\w*"
    r"|\bwhat did\b.{1,60}\bdo\b|(?<!\w)что\b.{1,40}\bделал\w*|\bchto\b.{1,40}\bdelal\w*"
)
# Said of a person, only the explicit phrases: "кем" alone is as often "by whom".
_PERSON_CAPACITY = re.compile(
    r"\bв как(?:ом|ой) (?:качестве|роли)|\bv kak(?:om|oy) (?:kachestve|roli)|\bin (?:what|which) (?:capacity|role)\b"
    r"|\bas what\b|\bwhat (?:capacity|role) did\b"
)
_GATE = re.compile(r"качеств|рол|статус|кем|kachestv|rol|capacity|role|as what|делал|delal|\bdo\b")
MENTION_AT = 0.3
NAME_COVER = 0.8


def asks(text: str) -> bool:
    """Whether ``text`` asks in what capacity, or what part, an entry had."""
    lower = text.lower()
    return bool(_GATE.search(lower) and _CAPACITY.search(lower))


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The group of a named meeting's participants that lists the entry the question names."""
    # as typed: "what did the CSTO do at …" reads "do" as a gathering ("a do") in the text searched
    if not asks(parsed.typed or parsed.text):
        return None

    meeting = one_named_meeting(engine, parsed)
    if meeting is None:
        return _person_capacity(engine, parsed, base)
    return part_at(engine, parsed, base, meeting) or _person_capacity(engine, parsed, base)


def part_at(engine: Engine, parsed: Parsed, base: Verdict, meeting: Meeting) -> Verdict | None:
    """The group of ``meeting``'s participants that lists the entry the question names, or None."""
    kb = engine.kb
    groups = participant_groups(kb, meeting)
    for hit in parsed.hits[:5]:
        if hit.score < MENTION_AT or hit.entity == meeting.id or hit.name_cover < NAME_COVER:
            continue
        group = next((name for name, ids in groups.items() if hit.entity in ids), None)
        if group is None:
            continue
        stated = meeting.stated_counts.model_dump(exclude_none=True).get(group)
        base.kind, base.answered = "fact", True
        base.attribute, base.intent = "capacity", "capacity"
        base.focus = [hit.entity, meeting.id]
        base.value = {"entity": hit.entity, "meeting": meeting.id, "group": group, "count": stated or len(groups[group])}
        base.sources = list(meeting.sources)
        return base
    return None


def _person_capacity(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The posts of the one person the question names, asked in what capacity he spoke or came."""
    if not _PERSON_CAPACITY.search(parsed.text.lower()):
        return None
    people = [
        hit
        for hit in parsed.hits[:5]
        if hit.score >= MENTION_AT and hit.name_cover >= NAME_COVER and engine.kb.kind(hit.entity) == "person"
    ]
    if len(people) != 1:
        return None
    person = engine.kb.entities[people[0].entity]
    if not isinstance(person, Person) or not person.roles:
        return None
    base.intent = "role"
    return fact_verdict(base, person, "role", person_roles(person))
