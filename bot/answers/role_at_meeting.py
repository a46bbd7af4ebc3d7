"""A person's role at a meeting: "Rahmon role at the June meeting", "what part did Rahmon play at the
XVIII meeting?", "какова роль Рахмона на XVIII совещании", "rol' Klemeza na zasedanii".

Asked with a meeting, "role" is what the person did there (the meeting's record of him: the address
he sent, the speech he gave, what he said), not his posts; asked without one, the posts answer (the
usual "role" attribute). The answer quotes the meeting's own record of the person.

Cheap: a cued word for "role" gates it; then one person and one meeting the question names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import meeting_names
from bot.answers.cues import cued
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Meeting, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

NAMED = 0.5  # share of a person's name the question must hold ("Rahmon" of "Emomali Rahmon")

ROLE = cued(re.compile(r"\b(?:role|роль|роли|ролью|rol|roli|rolj)\b|\bpart\s+did\b|\bplay(?:ed)?\s+(?:a\s+)?part\b", re.I))
# "what did Rahmon do", "что он сделал", "chto on sdelal": his deeds are the meetings' records of him.
DID = cued(re.compile(r"\bwhat\s+did\s+(?:\w+\s+){1,2}do\b|(?<!\w)что\s+(?:\w+\s+){0,2}сделал\w*|\bchto\s+(?:\w+\s+){0,2}sdelal\w*", re.I))

# What the record calls each part, in both languages, when the source words no address.
_ROLE_WORDS = {
    "speaker": ("spoke at the meeting", "выступил на заседании"),
    "chair": ("chaired the meeting", "председательствовал на заседании"),
    "addressed": ("addressed the meeting", "обратился к участникам"),
    "reported": ("reported to the meeting", "выступил с докладом"),
    "participant": ("took part in the meeting", "участвовал в заседании"),
}


def answer(engine: Engine, parsed: Parsed, base: Verdict, context: Verdict | None = None) -> Verdict | None:
    """What the one person named did at the one meeting named (or, asked what he did, at the one
    meeting that records him), from the meeting's record; None when the question names no such pair
    or the meeting does not record the person."""
    text = parsed.typed or parsed.text
    role = ROLE.search(text) is not None
    did = not role and DID.search(text) is not None
    if not role and not did:
        return None
    kb = engine.kb
    people = [h.entity for h in parsed.hits[:5] if h.name_cover >= NAMED and isinstance(kb.entities.get(h.entity), Person)]
    if did and not people and context is not None and context.focus and isinstance(kb.entities.get(context.focus[0]), Person):
        people = context.focus[:1]  # "кто такой Рахмон и что он сделал": he is the one just shown
    if len(people) != 1:
        return None
    if role:
        meetings = [m for m, _ in meeting_names.named_meetings(engine, parsed) if isinstance(kb.entities.get(m), Meeting)]
    else:
        meetings = [m.id for m in kb.of_kind("meeting") if isinstance(m, Meeting) and any(p.person == people[0] for p in m.participants.people)]
        if len(meetings) != 1:
            return None
    if not meetings:
        return None
    meeting = kb.entities[meetings[0]]
    assert isinstance(meeting, Meeting)
    part = next((p for p in meeting.participants.people if p.person == people[0]), None)
    if part is None:
        return None
    en, ru = _ROLE_WORDS[part.role]
    if part.address is not None:
        en, ru = part.address.en, part.address.ru
    lines = [(en[:1].upper() + en[1:], ru[:1].upper() + ru[1:])] + [(said.en, said.ru) for said in part.said]
    base.answered = True
    base.kind = "quote"
    base.intent = "role"
    base.focus = [people[0], meeting.id]
    base.statements = [Statement(en=e, ru=r, entity=meeting.id, source=meeting.sources[0] if meeting.sources else None, speaker=people[0]) for e, r in lines]
    base.sources = list(dict.fromkeys(meeting.sources))
    return base
