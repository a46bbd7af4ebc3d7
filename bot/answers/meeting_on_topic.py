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
from bot.answers.previous import POINTING
from bot.answers.said import topic_positions
from bot.answers.verdict import Verdict
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
    # "which meeting looked at deradicalization?", "went over", "took up", "examined"
    r"|\b(?:look\w*\s+(?:at|into)|(?:go|goes|went|gone)\s+over|(?:take|takes|took|taken)\s+up|touch\w*\s+(?:on|upon)|examin\w*|review\w*)\b"
    r"|\bобсужд\w*|\bобсуди\w*|\bговори\w*|\bподнима\w*|\bрассматр\w*|\bупомина\w*|\bповестк\w*|\bзатраг\w*|\bречь\b"
    r"|\bразбира\w*|\bразобра\w*|\bкасал\w*|\bкоснул\w*|\brazbira\w*|\brazobra\w*|\bkasal\w*|\bkosnul\w*"
    r"|\bobsuzhd\w*|\bobsudi\w*|\bgovori\w*|\bpodnima\w*|\brassmatr\w*|\bpovestk\w*|\bzatrag\w*",
    re.I,
)
CUE = literal_cue([_WHICH_MEETING])
# An entry named this well (a meeting, a body, a person, a city) is the question's subject: the
# usual answers take it.
NAMED_COVER = 0.7


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
    if found is None or not found.statements:
        return None  # none, or several (see :func:`several`)
    meeting = kb.get(found.focus[0])
    if not isinstance(meeting, Meeting):
        return None
    verdict = Verdict(parsed.text, parsed.lang, "quote", True, intent="topic_meeting", matches=base.matches)
    verdict.focus = [meeting.id]
    verdict.statements = found.statements
    verdict.sources = list(meeting.sources)
    verdict.value = {"about": [parsed.query.tokens[i] for i in positions]}
    return verdict


# "а нелегальную миграцию где-нибудь обсуждали?", "where was illegal migration discussed?": where, or anywhere
_ANYWHERE = re.compile(
    r"^\W*(?:(?:а|и|and|so|a|i)\s+)?(?:where|где|gde)\b|\b(?:anywhere|где-нибудь|где-то|gde-nibud\w*|gde-to)\b"
    # "which meetings discussed money laundering?", "на каких заседаниях обсуждали …": every one asked
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:meetings|sessions|gatherings|events)\b|\b(?:на\s+)?каких\s+(?:\w+\s+)?(?:заседаниях|совещаниях|встречах)\b",
    re.I,
)


def several(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """Every meeting whose record covers the topic, when there are two or more and the question asks
    where (or whether anywhere) it was discussed; None otherwise. The one-meeting case is :func:`answer`'s.
    A document or body whose name holds the topic ("the Agreement on … Combating Illegal Migration") had
    been the answer: its card says nothing of where the topic was taken up."""
    text = (parsed.typed or parsed.text).lower()
    if not _ANYWHERE.search(text) or not _DISCUSSED.search(text) or POINTING.search(text):
        # "где обсуждали его организацию?" points at the subject in context: the follow-ups' question
        return None
    kb = engine.kb
    if any(
        # an entry named outright is the subject (an exercise, a meeting, a person): only a document or body
        # whose name holds the topic words is set aside
        kb.kind(h.entity) not in ("document", "body", "organisation") and h.score >= MENTION_SCORE and h.name_cover >= NAMED_COVER
        for h in parsed.hits[:5]
    ):
        return None
    positions = topic_positions(engine, parsed, Mentions([], [], set()), set())
    found = yesno_topics.covering_meetings(engine, parsed, positions) if positions else {}
    if len(found) < 2:
        return None
    items = sorted(found, key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
    verdict = Verdict(parsed.text, parsed.lang, "list", True, attribute="meeting", items=items, intent="list:meeting", matches=base.matches)
    verdict.statements = yesno_topics.covering_statements(engine, found, items)
    verdict.sources = list(dict.fromkeys(s for i in items for s in kb.entities[i].sources))
    return verdict
