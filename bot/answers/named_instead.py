"""Who the record names in the part a claim gives someone else.

"Was it Putin who sent the greeting to the June counter-terrorism meeting?", "the welcoming speech
at the November meeting was given by Klemez, right?": the person asked is not named at the meeting,
and people are named only when they spoke or sent an address, so the took-part check says "the
sources do not say" (no "no": they list nobody else). But the question asks who did the part, and
the record names who did: Emomali Rahmon's congratulatory address, Denis Trefilov's welcoming speech,
Yevgeny Klemez's words to the media. Those are added to the verdict (``instead`` in its one meeting's
result), so the reply names them first instead of a bare "the sources do not say".

A question about the media ("told the media", "журналистам") looks at who spoke to the media about
the meeting; any other at who spoke at it or sent an address.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine

# Words of a part someone plays at a meeting: greeting, address, speech, words to the press.
_PART = cued(
    re.compile(
        r"greet|welcom|address|speech|congratulat|spoke|speak|told|talked|"
        r"приветств|обращ|обрати|выступ|поздрав|речь|речью|сказал|говорил|"
        r"privetstv|obrash|obrati|vystup|pozdrav|skazal|govoril|"
        r"media|press|journalist|reporter|сми|журналист|прессе|smi\b|zhurnalist",
        re.IGNORECASE,
    )
)
_MEDIA = re.compile(r"media|press|journalist|reporter|\bсми\b|журналист|прессе|\bsmi\b|zhurnalist", re.IGNORECASE)


def refine(engine: Engine, text: str, verdict: Verdict) -> Verdict:
    """The verdict, with the people named in the part asked when the one asked is not named."""
    if verdict.kind != "yes_no" or verdict.yes is not None or not isinstance(verdict.value, dict):
        return verdict
    results = verdict.value.get("meetings")
    if not results or len(results) != 1 or results[0].get("result") != "person_not_named":
        return verdict
    if not _PART.search(text):
        return verdict
    meeting = engine.kb.entities.get(results[0]["meeting"])
    if not isinstance(meeting, Meeting):
        return verdict
    asked = verdict.value.get("member")
    speakers = [p.person for p in meeting.participants.people if p.person != asked]
    media = [s.person for s in meeting.media_statements if s.person != asked]
    named = (media or speakers) if _MEDIA.search(text) else (speakers or media)
    if not named:
        return verdict
    results[0]["instead"] = named
    results[0]["instead_media"] = named == media
    verdict.focus = [*verdict.focus, *(p for p in named if p not in verdict.focus)]
    return verdict
