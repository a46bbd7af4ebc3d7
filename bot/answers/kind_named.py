"""A meeting named by its kind in a conversation about a meeting of another kind: "а где проходил саммит, про
который он рассказывал?", "and where was the summit?", "a kogda byli ucheniya?" after the 13th Security
Secretaries meeting (or the person who addressed it).

"Саммит" is a word every meeting's name could share, so the follow-up took the conversation's meeting for
it and answered the Security Secretaries' Moscow for the Dushanbe summit. When the previous meeting is of
another kind and the sources record one meeting of the kind named, the turn is that meeting's question,
answered as it stands (the search finds the one summit, the one exercise).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import THERE, _meeting
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_KINDS = (
    ("summit", re.compile(r"\b(?:summits?|саммит\w*|sammit\w*)\b")),
    ("exercise", re.compile(r"\b(?:exercises?|drills?|учени\w*|ucheni\w*)\b")),
)
_CUE_WORDS = ("summit", "саммит", "sammit", "exercise", "drill", "учени", "ucheni")
# "that summit" / "этот саммит" points at the previous answer's own
_THAT = re.compile(r"\b(?:that|this|the same|тот|этот|том|этом|тот же|tot|etot|etom)\s+(?:summit|саммит\w*|sammit\w*|exercise|учени\w*)")

_CLAUSE = re.compile(
    r"(?:,?\s+(?:про|о|об|в|на)?\s*котор\w+.*|,?\s+(?:pro|o|ob)?\s*kotor\w+.*"
    r"|\s+(?:that|which|who)?\s*(?:he|she|they)\s+\w+(?:\s+(?:about|of|on))?)$",
    re.I,
)

# "где пройдёт следующий саммит?" asks of the series (none recorded after today), not the one summit;
# "это было до или после саммита?" compares the conversation's meeting with it
_SERIES = re.compile(
    r"\b(?:next|upcoming|previous|last|following|future|следующ\w*|будущ\w*|предыдущ\w*|прошл\w*|последн\w*|очередн\w*"
    r"|sleduyushch\w*|sleduyush\w*|predydushch\w*|proshl\w*|posledn\w*"
    r"|before|after|earlier|later|до|после|раньше|позже|позднее|posle|ranshe|pozzhe)\b"
)

# a question of its own: a question word
_ASKS = re.compile(
    r"\b(?:when|where|who|what|which|how|whom|когда|где|кто|что|какой|какая|какое|какие|каком|сколько|чем|о\s+ч[её]м"
    r"|kogda|gde|kto|chto|kakoy|kakaya|kakie|skolko)\b"
)
_MEANT = re.compile(r"\b(?:i mean|i meant|имел\w* в виду|imel\w* v vidu)\b")


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The turn answered as it stands when it names the one meeting of a kind other than the previous
    meeting's; or None."""
    text = parsed.text.lower()
    if not any(word in text for word in _CUE_WORDS) or _THAT.search(text) or _SERIES.search(text):
        return None
    if THERE.search(text):
        return None  # "and what exercise was planned there?": of the conversation's meeting
    if not _ASKS.search(text) or _MEANT.search(text):
        return None  # "I meant the Dushanbe summit": a correction of the previous question, not one of its own
    asked = next((kind for kind, pattern in _KINDS if pattern.search(text)), None)
    previous = _meeting(engine, context, named=True)
    if asked is None:
        return None
    kb = engine.kb
    # after a person or a document the conversation has no meeting of its own: the kind still names one
    own = kb.entities.get(previous) if previous is not None else None
    if (isinstance(own, Meeting) and own.kind == asked) or (previous is not None and not isinstance(own, Meeting)):
        return None
    of_kind = [m.id for m in kb.of_kind("meeting") if isinstance(m, Meeting) and m.kind == asked]
    if len(of_kind) != 1 or of_kind[0] in context.focus:
        return None
    # "the summit he talked about", "саммит, про который он рассказывал": the clause only says where it was heard of
    plain = _CLAUSE.sub("", parsed.text.strip(" ?!.")) + "?"
    verdict = engine.answer(plain, parsed.lang, today)
    if not verdict.answered or verdict.kind in ("clarify", "decline") or of_kind[0] not in {*verdict.focus, *verdict.items}:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict
