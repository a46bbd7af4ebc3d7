"""Regions as groups of states: "which Central Asian states attended the XVIII meeting",
"сколько государств Центральной Азии было на встрече руководителей спецслужб".

The sources never name a region, but a region is a fixed set of states (geography, not a claim
of the sources): the meeting's listed states are filtered by it, and the answer shows which states
the region counts, so the reader sees the grouping is the bot's. Only a question that names one
meeting is answered; any other falls through to the usual answerers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.meeting_names import one_named_meeting
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# Region → the states it is made of (knowledge-base ids), by geography: Central Asia is the five
# post-Soviet states east of the Caspian; the South Caucasus (Transcaucasia) those south of the
# Caucasus range (Georgia is no CIS state, so not in the knowledge base).
REGIONS: dict[str, tuple[str, ...]] = {
    "central_asia": ("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"),
    "south_caucasus": ("armenia", "azerbaijan"),
}
# The region's words, in English, Russian and Russian typed in Latin letters; the text is folded
# to lower case with ё as е before it is read.
_REGION_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "central_asia",
        re.compile(
            r"\bcentral[\s-]+asia\w*|\b(?:центральн|средн)\w*[\s-]+ази\w*|\b(?:центрально|средне)азиат\w*"
            r"|\b(?:t?sentraln|centraln|sredn)\w*[\s-]+azi\w*|\b(?:t?sentralno|centralno|sredne)aziat\w*"
        ),
    ),
    (
        "south_caucasus",
        re.compile(
            r"\b(?:south(?:ern)?[\s-]+caucas\w*|transcaucas\w*)|\bзакавказ\w*|\bюжн\w*[\s-]+кавказ\w*|\bюжнокавказ\w*"
            r"|\bzakavkaz\w*|\b(?:yu|iu|ju)zhn\w*[\s-]+kavkaz\w*"
        ),
    ),
)
# One cheap look before the patterns: every region word holds one of these.
_GATE = re.compile(r"asia|ази[яиюа]|азиат|azi[aiy]|aziat|caucas|кавказ|kavkaz")
# The region's states asked for: "states", "countries", or who took part.
_STATES = re.compile(
    r"\bstates\b|\bcountries\b|\bnations\b|\bгосударств\w*|\bстран\w*|\bgosudarstv\w*|\bstran\w*"
    r"|\battend\w*|\bparticipat\w*|\btook part\b|\bучаств\w*|\buchastv\w*|\bпредставлен\w*|\bбыл[аио]?\b"
)
_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bсколько\b|\bskol'?ko\b|\bчисло\b|\bколичество\b")


def asked_region(text: str) -> str | None:
    """The region a question names, if any (``text`` in lower case)."""
    if not _GATE.search(text):
        return None
    for region, pattern in _REGION_WORDS:
        if pattern.search(text):
            return region
    return None


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The states of a region listed among one named meeting's participants, listed or counted;
    "no list" when the meeting's states are not recorded."""
    text = parsed.text.lower()
    if not _GATE.search(text):
        return None
    text = text.replace("ё", "е")
    region = asked_region(text)
    if region is None or not (parsed.intent.list_kind == "state" or _STATES.search(text)):
        return None

    kb = engine.kb
    meeting = one_named_meeting(engine, parsed)
    if meeting is None:
        return None
    members = [state for state in REGIONS[region] if state in kb.entities]
    counting = parsed.intent.question == "count" or _COUNT.search(text) is not None
    base.answered = True
    base.focus = [meeting.id]
    base.sources = list(meeting.sources)
    base.filters = {
        "op": "filter",
        "meetings": [meeting.id],
        "groups": ["states"],
        "region": region,
        "members": members,
    }
    if not meeting.participants.states:
        base.kind, base.intent, base.reason = "not_recorded", "list:participants:region", "no_list"
        base.filters["no_list"] = [meeting.id]
        return base
    listed = set(meeting.participants.states)
    base.items = [state for state in members if state in listed]
    base.kind = "count" if counting else "list"
    base.intent = "list:participants:region"
    base.attribute = "participant"
    base.value = len(base.items) if counting else None
    return base
