"""Whether a person named in the question was at a meeting the question only points at: "Was Klemez at that
meeting too?", "Did Trefilov attend the meeting?", "А Клемез был на том заседании?", "Peskov tam byl?".

Read as it stands, the turn names the person and the word "meeting": a statement of his that holds the word
("the symbolic significance of holding the meeting in St. Petersburg") was taken for the claim, and answered
"Yes" with his words, though no source says he attended anything. The meeting is the one the conversation is
about (after a quote, the meeting of the speaker's words; after a list of speakers, that meeting), or, asked
first, the one meeting the knowledge base links the person to; the presence check of `yesno.took_part` then
says "yes" when the source names him at it (a speech, an address) and "the sources do not say" when not.
A question that names a meeting of its own, or asks who / when / where, is not of this kind.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import yesno
from bot.answers.participation_followup import _OTHER_QUESTION
from bot.answers.previous import _meeting
from bot.answers.question_form import months_named
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# cheap gate: a word of being at something, in any of the three scripts (checked before any regex)
_CUE_WORDS = (
    "attend", "there", "take part", "took part", "particip", "present", " at ",
    "был", "там", "участв", "присутств", "byl", "tam", "uchastv", "prisutstv", "spoke", "speak", "address", "выступ", "vystup",
)
_PRESENT = re.compile(
    r"\battend\w*|\b(?:take|took|taking)\s+part\b|\bparticipat\w*|\bpresent\b|\b(?:was|were)\b[^?]*\b(?:at|there)\b"
    r"|\bбыл[аи]?\b|\bучаствова\w*|\bприсутствова\w*|\bbyl[ai]?\b|\buchastvova\w*|\bprisutstvova\w*"
    # "did he speak at that meeting?", "Peskov vystupal na etoj vstreche?": a speaker there is named at it
    r"|\b(?:speak|spoke|address\w*)\b|\bвыступ\w*|\bvystup\w*"
)
# the meeting pointed at, not named: "that meeting", "the meeting", "there", "на том заседании", "там"
_POINTED_MEETING = re.compile(
    r"\b(?:that|this|the|same)\s+(?:meeting|session|event|gathering)\b|\bthere\b"
    r"|\b(?:том|этом|тот|этот|той|этой|ту|эту|том\s+же)\s+(?:заседани|встреч|совещани|мероприяти|сбор)\w*|\bтам\b"
    r"|\b(?:tom|etom|toj|toy|etoj|etoy)\s+(?:zasedani|vstrech|soveshchani|soveshchani|meropriyati)\w*|\btam\b"
)
# taking part without a word pointing at the meeting: in a conversation, the meeting it is about
_PARTAKE = re.compile(
    r"\battend\w*|\b(?:take|took|taking)\s+part\b|\bparticipat\w*|\bучаствова\w*|\bприсутствова\w*"
    r"|\buchastvova\w*|\bprisutstvova\w*"
)
_NAMED = 0.6
_SCORE = 0.4  # "А Рахмон там тоже был?": his name whole, though the other words weigh it down
_OWN_KINDS = frozenset({"meeting", "body", "document", "event"})
MAX_WORDS = 12


def cued(lower: str) -> bool:
    return any(word in lower for word in _CUE_WORDS)


def answer(engine: Engine, parsed: Parsed, context: Verdict | None) -> Verdict | None:
    """Whether the question's one named person was at the meeting it points at; or None."""
    text = parsed.text.lower()
    if len(text.split()) > MAX_WORDS or _OTHER_QUESTION.search(text):
        return None
    if not _PRESENT.search(text):
        return None
    if not (_POINTED_MEETING.search(text) or (context is not None and _PARTAKE.search(text))):
        return None  # "Was Klemez at the meeting?" points; "did Klemez take part?" does in a conversation
    kb = engine.kb
    named = [h for h in parsed.hits[:3] if h.name_cover >= _NAMED and h.score >= _SCORE]
    people = [h.entity for h in named if kb.kind(h.entity) == "person"]
    if len(set(people)) != 1 or any(kb.kind(h.entity) in _OWN_KINDS for h in named):
        return None  # no one person, or a meeting of its own ("was Klemez at the St Petersburg meeting?")
    places = {h.entity for h in named if kb.kind(h.entity) == "place"}
    if any(ch.isdigit() for ch in text) or months_named(parsed.text):
        return None  # "the meeting in June", "the 13th meeting": a meeting of its own
    person = people[0]
    meeting: str | None = None
    if context is not None and context.answered:
        meeting = _meeting(engine, context, named=True) or _meeting_of_source(engine, context)
    elif context is None:
        own = kb.meetings_of(person)
        meeting = own[0].id if len(own) == 1 else None
    if meeting is None or kb.kind(meeting) != "meeting":
        return None
    if places and places != {getattr(kb.entities[meeting], "place", None)}:
        return None  # "… at that meeting in Dushanbe?" after the one in Moscow: another meeting
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="yes_no")
    verdict = yesno.took_part(engine, base, [meeting], person)
    verdict.filters = {**verdict.filters, "group": "people", "meeting": meeting}
    return verdict


def _meeting_of_source(engine: Engine, context: Verdict) -> str | None:
    """ "Peskov vystupal na etoj vstreche?" after Putin's words in the article on the intelligence chiefs'
    meeting: the one meeting the quoted source reports."""
    sources = {s.source for s in context.statements if s.source} or set(context.sources[:1])
    meetings = [m.id for m in engine.kb.entities.values() if isinstance(m, Meeting) and sources & set(m.sources)]
    return meetings[0] if len(meetings) == 1 else None
