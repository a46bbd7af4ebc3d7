"""What a meeting decided about a topic its record never mentions ("What did the Security
Secretaries Council decide about cybersecurity on 5 November 2025?"): "not recorded" (reason
"topic_at") with the meeting as the nearest record, never its card or its other outcomes read as
the answer. A topic whose words the record holds gets the usual answer.

Cheap: the outcomes intent or a precompiled "decide about" pattern gates it; then the one meeting
named and its record's tokens (kept per knowledge base).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.meeting_names import MONTHS, named_meetings
from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Meeting
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# "decide about X", "agreed on X", "решили по X", "какое решение приняли о X": the topic follows.
_DECIDED_ABOUT = re.compile(
    r"\b(?:decide[ds]?|agreed|resolved|decisions?)\s+(?:\w+\s+){0,2}?(?:about|on|regarding|concerning)\s+"
    r"|\b(?:решил\w*|решени\w*|договорил\w*|постановил\w*|принял\w*|reshil\w*|resheni\w*|dogovoril\w*)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:по|о|об|насч[её]т|относительно|в сфере|в области|po|o|ob|naschet)\s+"
)
DECIDED_CUE = literal_cue([_DECIDED_ABOUT])
NAMED_COVER = 0.8  # share of an entry's name that names it
PREFIX = 5  # letters two words must share to be possibly the same matter
# Words of a topic that only say what kind of thing or where: not the topic itself.
_LOCATING = frozenset(
    text_tokens(
        "the a an of at in on by during meeting session council совет заседание заседании совещании "
        "встрече саммите вопросу вопросам теме теме issue issues matter matters question questions year году года "
        "cis снг sng"
    )
)
_RECORD_TOKENS: dict[int, dict[str, frozenset[str]]] = {}  # one knowledge base at a time


def _record(kb: KnowledgeBase, meeting: Meeting) -> frozenset[str]:
    """The stemmed words of everything recorded of a meeting, kept per knowledge base."""
    kept = _RECORD_TOKENS.get(id(kb.data))
    if kept is None:
        _RECORD_TOKENS.clear()
        kept = _RECORD_TOKENS[id(kb.data)] = {}
    if meeting.id not in kept:
        kept[meeting.id] = frozenset(text_tokens(meeting.model_dump_json()))
    return kept[meeting.id]


def _recorded(kb: KnowledgeBase, words: set[str], record: frozenset[str]) -> bool:
    """Whether the record holds one of the words, or the whole of a synonym of one ("drones":
    "unmanned aerial vehicles"; a synonym's single word, "security" of "information security", is not enough)."""
    if words & record:
        return True
    # A word sharing its first letters with one of the record's ("cybersecurity": "cybercrime") may be
    # the same matter in other words: not "nothing recorded".
    starts = {token[:PREFIX] for token in record if len(token) >= PREFIX}
    if any(len(word) >= PREFIX and word[:PREFIX] in starts for word in words):
        return True
    for group in kb.data.synonyms:
        terms = [set(text_tokens(term)) for term in group.terms]
        if any(term and term <= words for term in terms) and any(term and term <= record for term in terms):
            return True
    return False


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "not_recorded" (reason "topic_at") when the one meeting named records nothing of the topic
    its decision is asked about; None otherwise."""
    lowered = parsed.text.lower()
    about = _DECIDED_ABOUT.search(lowered)
    if about is None or re.search(r"\b(?:ли|li)\b|^\W*(?:did|does|do|was|were|is|are|has|have)\b", lowered):
        return None  # a yes or no is for the yes/no answerer
    meetings = named_meetings(engine, parsed)
    if len(meetings) != 1:
        return None
    meeting = engine.kb.get(meetings[0][0])
    if not isinstance(meeting, Meeting):
        return None
    # The topic as typed, up to where the meeting is named again.
    shown = re.split(r"\s+(?:on|at|in|during|на|в|во)\s+(?:\d|the\b|#)", parsed.text[about.end() :], maxsplit=1)[0]
    if re.search(r"\b[A-ZА-ЯЁ]", shown):
        return None  # a name in the topic ("о вступлении Афганистана"): the look-alikes say what is known of it
    topic = lowered[about.end() :]
    for pattern in MONTHS:
        topic = pattern.sub(" ", topic)
    names = " ".join([meeting.name.en, meeting.name.ru, *meeting.short.all(), *meeting.aliases.all()])
    place = engine.kb.get(meeting.place) if meeting.place else None
    if place is not None:
        names += " " + " ".join([place.name.en, place.name.ru, *place.short.all(), *place.aliases.all()])
    located = set(text_tokens(names)) | _LOCATING
    words = [token for token in text_tokens(topic) if token[:1] != "#" and token not in located and len(token) > 2]
    if any(hit.name_cover >= NAMED_COVER and hit.entity != meeting.id for hit in engine.parse(topic, parsed.lang).hits[:3]):
        return None  # the topic is an entry ("насчёт ШОС"): its links answer, by whatever name
    if not words or _recorded(engine.kb, set(words), _record(engine.kb, meeting)):
        return None  # the record holds the topic, perhaps in other words ("drones": "unmanned aerial vehicles")
    base.kind, base.answered, base.intent = "not_recorded", True, "not_recorded"
    base.reason = "topic_at"
    base.value = {"topic": shown.strip(" ?!.,"), "meeting": meeting.id}
    base.alternatives = [meeting.id]
    base.focus = [meeting.id]
    base.sources = list(meeting.sources)
    return base
