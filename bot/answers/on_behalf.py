"""Who did something "on behalf of" a body: "Who addressed the XVIII meeting on behalf of the Council
of Heads of State?", "Кто обратился к XVIII совещанию от имени Совета глав государств?".

The body after "on behalf of" sends the address; the meeting is another. Read whole, the ordinal went
to the body ("the sources record no 18th meeting of the Council of Heads of CIS States"). The
question is asked again without the phrase, and that answer is taken when its meeting records a
person who holds a post in that body (Rahmon chairs the Council of Heads of State); otherwise the
first answer stands: a sender the record does not link to anyone there is not guessed.

The speakers of a meeting asked "on behalf of" a body ("Who addressed the XVIII meeting on behalf of
the Interior Ministers Council?") are only those with a post in that body (:func:`speakers_for`):
Rahmon spoke as Chair of the Council of Heads of State, for no council of ministers; when the record
names nobody for the body asked, that is said, with who it does name.

Cheap: only after a "no such numbered meeting" answer or a speakers answer, and a cued "on behalf of" pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.thresholds import GUESS_AT
from bot.answers.verdict import Verdict
from bot.kb.schema import Body, Meeting, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine

BEHALF = cued(re.compile(r"\s*,?\s*\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of|от\s+имени|по\s+поручению|ot\s+imeni)\s+(?P<sender>[^?,.;!]+)", re.I))


def without_sender(question: str) -> tuple[str, str] | None:
    """The question without its "on behalf of X" phrase, and X; None when it has none."""
    found = BEHALF.search(question)
    if found is None:
        return None
    return question[: found.start()] + question[found.end() :], found.group("sender")


def sender_there(engine: Engine, sender: str, verdict: Verdict) -> bool:
    """Whether a meeting the verdict is about records a person with a post in the body ``sender`` names."""
    hits = engine.parse(sender).hits
    if not hits:
        return False
    body = hits[0].entity
    kb = engine.kb
    for entity_id in verdict.focus[:2]:
        meeting = kb.entities.get(entity_id)
        if not isinstance(meeting, Meeting):
            continue
        for part in meeting.participants.people:
            person = kb.entities.get(part.person)
            if isinstance(person, Person) and any(role.body == body for role in person.roles):
                return True
    return False


def _sender_body(engine: Engine, sender: str) -> str | None:
    """The body, organisation or state the words after "on behalf of" name, when the search is sure of it."""
    hits = engine.parse(sender).hits
    if not hits or hits[0].score < GUESS_AT or engine.kb.kind(hits[0].entity) not in ("body", "organisation", "state"):
        return None
    return hits[0].entity


def speakers_for(engine: Engine, question: str, verdict: Verdict) -> Verdict:
    """A meeting's speakers asked "on behalf of" a body: only those with a post in it; when there are
    none, "the sources do not say who spoke for it", with the speakers recorded."""
    if verdict.kind != "fact" or verdict.attribute != "speakers" or not isinstance(verdict.value, list) or not verdict.value:
        return verdict
    found = BEHALF.search(question)
    if found is None:
        return verdict
    body = _sender_body(engine, found.group("sender"))
    if body is None:
        return verdict
    kb = engine.kb

    def within(unit: str | None) -> bool:
        # a department speaks for the body it is part of (Klemez's department, the Executive Committee)
        for _ in range(5):
            if unit is None:
                return False
            if unit == body:
                return True
            parent = kb.entities.get(unit)
            unit = parent.parent if isinstance(parent, Body) else None
        return False

    def holds_post(entry: object) -> bool:
        person = kb.entities.get(entry.get("person", "")) if isinstance(entry, dict) else None
        return isinstance(person, Person) and any(
            within(role.body) or body in (role.organisation, role.state) for role in person.roles
        )

    kept = [entry for entry in verdict.value if holds_post(entry)]
    if len(kept) == len(verdict.value):
        return verdict
    if kept:
        verdict.value = kept
        return verdict
    people = [entry["person"] for entry in verdict.value if isinstance(entry, dict) and entry.get("person")]
    verdict.value = {"body": body, "people": people}
    verdict.attribute = "speakers_for"
    verdict.reason = "not_stated"
    return verdict


def for_sender(engine: Engine, question: str, verdict: Verdict, ask: Callable[[str], Verdict], follow_up: bool) -> Verdict:
    """A question with "on behalf of X": the meeting's speakers asked without the phrase (its words
    named X's own meeting: "… на XVIII совещании от имени Совета министров внутренних дел" was the
    interior ministers' meeting), kept to those with a post in X (:func:`speakers_for`)."""
    plain = None if follow_up else without_sender(question)
    if plain is None:
        return speakers_for(engine, question, verdict)
    again = ask(plain[0])
    if again.answered and again.kind == "fact" and again.attribute == "speakers":
        again.question = verdict.question
        return speakers_for(engine, question, again)
    return speakers_for(engine, question, verdict)
