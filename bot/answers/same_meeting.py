"""Two meetings the question describes, claimed to be one: "was the interior ministers meeting in St Petersburg
the XVIII meeting?", "заседание СМВД в Петербурге и было XVIII совещанием?", "is the XVIII meeting the same as
the St Petersburg meeting?", "XVIII soveshchanie eto i est zasedanie soveta MVD v Pitere?".

Read as it stands, one of the two was taken for the subject and the other's words for a topic of it: "the
sources do not say (the agenda does not mention this)". When the question only says of one meeting that it
is (was) the other, and both name distinct meetings of the knowledge base, the answer is "No": they are
different meetings, each with its date and place. A question that asks something else of the two (who
attended both, which came first, whether one was held where the other was) is left to its own answerers.
Cheap: a word test, then the frame regex, then the meetings named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.meeting_names import named_meetings
from bot.answers.mentions import _verdict
from bot.answers.question_form import asks_by_tone, is_yes_no
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# cheap gate: a word of the identity frames below
_CUE_WORDS = ("was ", "is ", "same", "и было", "и есть", "это", "тем же", "ем?", "ей?", "i bylo", "i est", "eto ", "odno", "em?")
_SAME = re.compile(
    # "was the A the B?", "is the A the same as the B?", "the A was the B one, right?"
    r"^\W*(?:so\s+)?(?:was|is)\s+(?:the|that|this)\b|\bthe\s+same\s+(?:meeting\s+|event\s+|one\s+)?as\b|\bone\s+and\s+the\s+same\b"
    r"|\b(?:was|is)\s+the\s+[\w\s-]{1,40}?\b(?:one|meeting)\b\W*(?:right|correct|true|yes)?\W*$"
    # "A и было B?", "A — это и есть B?", "одно и то же?", "A было B (instrumental)?"
    r"|(?<!\w)и\s+(?:было|есть|был|была)(?!\w)|(?<!\w)это\s+(?:и\s+)?(?:есть|было|был|была)(?!\w)|одно\s+и\s+то\s+же"
    r"|(?<!\w)тем\s+же\s+(?:самым\s+)?(?:заседанием|совещанием)|(?:заседанием|совещанием|встречей|саммитом)\W*$"
    r"|\bi\s+(?:bylo|est|byl|byla)\b|\beto\s+(?:i\s+)?(?:est|bylo|byl|byla)\b|\bodno\s+i\s+to\s+zhe\b"
    r"|\b(?:zasedaniem|soveshchaniem|vstrechej)\W*$",
    re.IGNORECASE,
)
# Something else asked of the two: taking part, order, time between, a place or day shared, a topic.
_ELSE = re.compile(
    r"\b(?:attend\w*|particip\w*|took\s+part|take\s+part|discuss\w*|before|after|earlier|later|first|last|both|between|than"
    r"|held\s+(?:in|at)|took\s+place|hosted|chair\w*|same\s+(?:city|place|month|year|day|country|body|states|participants|date|agenda))\b"
    r"|(?<!\w)(?:участв\w*|обсужд\w*|раньше|позже|до|после|обоих|обеих|между|прош\w+\s+в|состоял\w*|проходил\w*|председатель\w*)(?!\w)"
    r"|\b(?:uchastv\w*|obsuzhd\w*|ranshe|pozzhe|posle|oboih|obeih|mezhdu|proshl\w*|sostoyal\w*)\b"
    r"|\b(?:who|what|which|when|where|how|why)\b|(?<!\w)(?:кто|какой|какое|когда|где|сколько|почему)(?!\w)"
    r"|\b(?:kto|kakoe|kogda|gde|skolko)\b",
    re.IGNORECASE,
)
# "was the A the B?" needs a word for each meeting ("meeting … meeting", "meeting … one"): with one, the rest
# is a claim about that meeting ("Was the XVIII meeting held on 10 June in Dushanbe?", "Was the ATC among the
# organisations at the XVIII meeting?")
_MEETING_WORD = re.compile(r"\b(?:meeting|summit|session|gathering|one)\b", re.IGNORECASE)
_WAS_THE = re.compile(r"^\W*(?:so\s+)?(?:was|is)\s+(?:the|that|this)\b", re.IGNORECASE)
# "a meeting of the interior ministers council": whose meeting it was (its holder), not another meeting; "among
# the organisations at …": a participant
_HOLDER = re.compile(r"\b(?:a|an)\s+(?:meeting|session|gathering)\s+of\b|\bamong\b", re.IGNORECASE)
# A city named as the meeting's adjective ("the St Petersburg meeting", "петербургское заседание"), not as
# where something was held ("… in Dushanbe?"): only then does the city alone name its one meeting.
_CITY_ADJECTIVE = re.compile(
    r"\bthe\s+(?:[A-Z][\w.]*\s+){1,2}(?:meeting|summit|session|one)\b|[а-яё]+ск(?:ое|ом|ая|ой|ий|ого|ую)\s+(?:заседани|совещани|встреч|саммит)"
)
MAX_WORDS = 18


def cued(lower: str) -> bool:
    return any(word in lower for word in _CUE_WORDS)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "No": the two meetings named are different ones, each shown with its date and place; or None."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not _SAME.search(text) or _ELSE.search(text) or _HOLDER.search(text):
        return None
    if _WAS_THE.search(text) and len(_MEETING_WORD.findall(text)) < 2 and "same" not in text.lower():
        return None
    if not (is_yes_no(text) or asks_by_tone(parsed) or text.rstrip().endswith("?")):
        return None
    named = named_meetings(engine, parsed)
    if len(named) != 2 or not all(_own_words(engine, parsed, positions) for _, positions in named):
        return None
    # the one named first is the subject ("was A the B?")
    first, other = sorted(named, key=lambda found: min(found[1], default=0))
    meetings = [engine.kb.get(first[0]), engine.kb.get(other[0])]
    if not all(isinstance(m, Meeting) for m in meetings) or first[0] == other[0]:
        return None
    value = {
        "meeting": first[0],
        "other": other[0],
        "dates": [getattr(m, "date", None) for m in meetings],
        "places": [getattr(m, "place", None) for m in meetings],
    }
    sources = [s for m in meetings for s in getattr(m, "sources", [])]
    return _verdict(base, False, "same_meeting", [first[0], other[0]], value, sources)


def _own_words(engine: Engine, parsed: Parsed, positions: set[int]) -> bool:
    """Whether a meeting is named by words of its own, or by a city where it is the one meeting: "the June
    meeting in Moscow" names no meeting by "Moscow" alone (three met there; it is the XVIII meeting)."""
    kb = engine.kb
    places = [h for h in parsed.hits[:8] if kb.kind(h.entity) == "place" and set(h.name_tokens) & positions]
    rest = positions - {i for h in places for i in h.name_tokens}
    if rest:
        return True
    return bool(_CITY_ADJECTIVE.search(parsed.text)) and all(len(kb.meetings_held_in.get(h.entity, [])) == 1 for h in places)
