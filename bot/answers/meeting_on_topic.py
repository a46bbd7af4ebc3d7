"""Which meeting discussed a topic: "which meeting talked about drones?", "на каком заседании
говорили о безопасности дорожного движения?" "where was road safety on the agenda?" ("where was it discussed" is the
agenda's, see :mod:`bot.answers.intent`).

No meeting is named; the topic is. The meeting whose record covers it (its sessions, agenda and
what was said there, as :func:`bot.answers.yesno_topics.unnamed_meeting_topic` finds for "was X
discussed at some meeting?") is the answer, shown with the sentence that holds the topic and the
meeting's date and city (a quote with intent "topic_meeting"). Two meetings covering it, or none,
leave the question to the usual answers (which of them is meant is no guess).

Cheap: a "which meeting" / "на каком заседании" frame and a word of discussing gate it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import yesno_topics
from bot.answers.cues import literal_cue
from bot.answers.mentions import MENTION_SCORE, Mentions
from bot.answers.said import topic_positions
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_MEETING = r"(?:meeting|session|summit|gathering|event|conference|заседани\w*|совещани\w*|встреч\w*|саммит\w*|zasedani\w*|sove(?:shch|sh|sch)ani\w*|vstrech\w*)"
# "which meeting", "at what meeting", "на каком заседании", "какое совещание", "where was … discussed"
_WHICH_MEETING = re.compile(
    rf"\b(?:which|what)\s+(?:\w+\s+)?{_MEETING}"
    rf"|\b(?:на\s+)?(?:как\w+|котор\w+)\s+(?:\w+\s+)?{_MEETING}"
    rf"|\b(?:na\s+)?(?:kak\w+|kotor\w+)\s+(?:\w+\s+)?{_MEETING}"
    # "where was X on the agenda" (where X was discussed is the agenda's answer already)
    r"|^\W*(?:where|где|gde)\b(?=.*\b(?:agenda|повестк\w*|povestk\w*)\b)"
    # "where was youth involvement in destructive movements discussed?": the meeting, dated and placed
    # ("where was the meeting that discussed road safety held?" asks the place: no "held")
    r"|^\W*(?:where|где|gde)\b(?!.*\b(?:held|hold|take place|took place|проход\w*|прош\w*|состоял\w*|provod\w*|proshl\w*)\b)"
    r"(?=.*\b(?:discuss\w*|talk\w*|rais\w*|обсужд\w*|обсуди\w*|говори\w*|obsuzhd\w*|govori\w*)\b)",
    re.I,
)
_DISCUSSED = re.compile(
    r"\b(?:talk\w*|discuss\w*|rais\w*|address\w*|cover\w*|agenda|mention\w*|consider\w*|tackl\w*|deal\w*|focus\w*)\b"
    r"|\bобсужд\w*|\bобсуди\w*|\bговори\w*|\bподнима\w*|\bрассматр\w*|\bупомина\w*|\bповестк\w*|\bзатраг\w*|\bречь\b"
    r"|\bobsuzhd\w*|\bobsudi\w*|\bgovori\w*|\bpodnima\w*|\brassmatr\w*|\bpovestk\w*",
    re.I,
)
CUE = literal_cue([_WHICH_MEETING])
# An entry named this well (a meeting, a body, a person, a city) is the question's subject: the
# usual answers take it.
NAMED_COVER = 0.7
MAX_MEETINGS = 2  # the meetings a reply shows each with its sentence (more are no answer in a few lines)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The one meeting whose record covers the topic asked, as a quote; None otherwise."""
    # As typed: the parse reads "which meeting" as "where" (and "where talked about" is no agenda cue).
    text = parsed.typed or parsed.text
    if not _WHICH_MEETING.search(text) or not _DISCUSSED.search(text):
        return None
    kb = engine.kb
    if any(
        kb.kind(h.entity) in ("meeting", "body", "person", "place", "state")
        and h.score >= MENTION_SCORE
        and h.name_cover >= NAMED_COVER
        for h in parsed.hits[:5]
    ):
        return None
    positions = topic_positions(engine, parsed, Mentions([], [], set()), set())
    if not positions:
        return None
    found = yesno_topics.unnamed_meeting_topic(engine, parsed, base, positions, set())
    if found is not None and found.statements:
        covering = [found.focus[0]]
        statements = found.statements
    else:
        # "where was migration discussed?": both meetings whose records hold it, best first
        several = yesno_topics.meetings_covering(engine, parsed, positions, set())
        if not 1 < len(several) <= MAX_MEETINGS:
            return None
        covering = sorted(several, key=lambda i: -several[i][0])
        statements = [
            Statement(getattr(said, "en", ""), getattr(said, "ru", ""), i, kb.entities[i].sources[0])
            for i in covering
            for said in [several[i][1]]
        ]
    if not all(isinstance(kb.get(i), Meeting) for i in covering):
        return None
    verdict = Verdict(parsed.text, parsed.lang, "quote", True, intent="topic_meeting", matches=base.matches)
    verdict.focus = covering
    verdict.statements = statements
    verdict.sources = list(dict.fromkeys(s for i in covering for s in kb.entities[i].sources))
    verdict.value = {"about": [parsed.query.tokens[i] for i in positions]}
    return verdict
