""""The next one": a follow-up asking when the meeting the conversation is about meets again ("and when
is the next one?", "а следующее когда будет?", "i kogda sleduyushchee?", "when will they meet again?").

Such a turn names nothing of its own: searched alone its words find whatever mentions "interaction" or
"next", and asked of the previous meeting as it stands it gives that meeting's own date, which answers
"when was it", not "when is the next". It is the series of the previous meeting (its body's meetings,
or the meeting alone when no body is recorded) asked of what comes after today: the meeting ahead when
one is recorded, otherwise "none recorded" with the latest one (`next_and_last.upcoming_of`).

Cheap: a short turn whose every word is a question word, "next"/"again" or a word for a meeting.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import next_and_last

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

MAX_WORDS = 7
# "next", "следующее", "sleduyushchee" (and their typos: "следущее", "sleduyushee"), "again", "снова"
_NEXT_WORD = re.compile(r"^(?:next|nxt|again|след\w*|sled\w*|ближайш\w*|blizh\w*|снова|опять|snova|opyat)$")
# Everything else such a turn may hold: a lead, a question word, a verb of meeting, a word for a meeting.
_CARRIER = frozenset(
    [
        "and", "so", "ok", "well", "then", "the", "a", "an", "one", "ones", "is", "are", "will", "be", "do",
        "does", "did", "they", "it", "when", "whens", "what", "date", "time", "meeting", "session", "summit",
        "sitting", "event", "meet", "meets", "convene", "held", "happen", "take", "place", "going", "to", "а",
        "и", "ну", "ок", "так", "когда", "какого", "числа", "будет", "будут", "пройдет", "пройдёт", "состоится",
        "состоятся", "соберутся", "встретятся", "заседание", "встреча", "совещание", "саммит", "сессия",
        "мероприятие", "раз", "они", "оно", "в", "дата", "i", "nu", "kogda", "budet", "budut", "proydet",
        "projdet", "sostoitsya", "soberutsya", "vstretyatsya", "zasedanie", "vstrecha", "soveshchanie", "sammit",
        "raz", "oni", "ono", "v", "data",
    ]
)


def asks_next(text: str) -> bool:
    """Whether a turn asks only when "the next one" (of what the conversation is about) is."""
    words = re.findall(r"[^\W\d_]+", text.lower().replace("'s", "s").replace("’s", "s"))
    if not words or len(words) > MAX_WORDS:
        return False
    nexts = [w for w in words if _NEXT_WORD.match(w)]
    return bool(nexts) and all(w in _CARRIER or _NEXT_WORD.match(w) for w in words)


def names_next(text: str) -> bool:
    """Whether a short turn asks of "the next" something ("а где будет следующий саммит СНГ?"),
    whatever else it names."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) <= MAX_WORDS + 2 and any(_NEXT_WORD.match(w) for w in words)


# Question words a "next" turn may hold besides the carriers: "where", "где" ask of the same series.
_ASKING = frozenset(["where", "which", "what", "who", "how", "где", "gde", "куда", "какой", "какое", "kakoy", "kakoe", "кто", "kto"])


def names_own(text: str) -> bool:
    """Whether a "next" turn names something besides a meeting ("the next CIS summit", "следующий саммит
    СНГ", "следующее заседание совета секретарей"): a new question, not "the next one" of the subject."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(w not in _CARRIER and w not in _ASKING and not _NEXT_WORD.match(w) for w in words)


def answer(engine: Engine, base: Verdict, meeting_id: str, today: date) -> Verdict | None:
    """The meeting after ``meeting_id`` in its series, or that none is recorded after today."""
    return next_and_last.upcoming_of(engine, base, meeting_id, today)
