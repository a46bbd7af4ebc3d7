"""The two meetings of "which came first — X or Y?", each side named by its own words.

Asked of the whole question, the hits mix the two descriptions: in "the st petersburg council or the
moscow counter-terror meeting" the city of Moscow (three meetings) named the intelligence heads'
meeting, whose name holds "Moscow", and "counter-terror" alone weighed too little to name the XVIII
meeting; the order of the St Petersburg meeting and an undated one could not be told. Here the
words on each side of "or" / "или" are asked alone, as the question "when was <side>?" that the
time answers already resolve (a field and a city of several meetings, a body's one meeting, a
number); a side is the meeting that answer dates. Both sides must name distinct meetings, else
None (the whole question's hits are used as before).

Cheap: only behind the comparison cue, and only when the question holds "or" between two
descriptions; two small answers then.

The days between two meetings read the same way (`between`, grid21): "сколько дней прошло между
совещанием по терроризму в Москве в июне и петербургским заседанием глав МВД?" gave "June" to the St
Petersburg meeting (no such month recorded) or named the 13th meeting by "Москве"; each side of
"between X and Y" / "между X и Y", or of "X и Y — сколько дней между ними?", is asked alone.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_OR = re.compile(r"\s(?:or|или|ili|vs\.?|versus)\s", re.I)
# What opens the question before the first side: "which came first -", "что было раньше —".
_OPENING = re.compile(
    r"^.*?\b(?:first|earlier|later|раньше|прежде|позже|позднее|ranshe|pozzhe|ran'she)\b[\s,:;—–-]*", re.I
)
_TAIL = re.compile(r"[?!.\s]+$")
# "between X and Y", "между X и Y"; "X и Y — сколько дней между ними?"
_BETWEEN = re.compile(r"\b(?:between|между|mezhdu)\s+(?P<sides>.+?)\s*(?:[?!]|$)", re.I)
_BETWEEN_THEM = re.compile(
    r"^\W*(?P<sides>.+?)\s*(?:—|–|\s-|:)\s+[^—–:]*\b(?:between\s+them|между\s+ними|mezhdu\s+nimi)\b", re.I
)
_AND = re.compile(r"\s(?:and|и|i)\s", re.I)


def sides(engine: Engine, parsed: Parsed, today: date) -> list[str] | None:
    """The meetings the two sides of "X or Y" name, in the order written; None when either side
    names none, or both the same."""
    text = parsed.text
    found = list(_OR.finditer(text))
    if len(found) != 1:
        return None
    left, right = text[: found[0].start()], text[found[0].end() :]
    opening = _OPENING.match(left)
    noun = None
    if opening is not None:
        noun = _opening_noun(left[: opening.end()])
        left = left[opening.end() :]
    else:
        # "the XVIII meeting or the St Petersburg one — which was first?": the cue is on the right
        closing = re.search(r"[\s,:;—–-]+(?:which|what|что|какое|kakoe|chto)\b.*$", right, re.I)
        if closing is None:
            return None
        right = right[: closing.start()]
    words = [_TAIL.sub("", side).strip(" ,:;—–-") for side in (left, right)]
    if noun is not None:
        words = [_with_noun(side, noun) for side in words]
    meetings = [_side(engine, side, parsed.lang, today) for side in words]
    first, second = meetings
    if first is None or second is None or first == second:
        return None
    return [first, second]


# The meeting noun of the opening ("какое совещание было раньше — …", "which meeting came first: …"),
# in the form a side takes it; the sides then name only their kind ("антитеррористическое в Москве").
_NOUN_FORMS = (
    (re.compile(r"\bсовещан\w*", re.I), "совещание"),
    (re.compile(r"\bзаседан\w*", re.I), "заседание"),
    (re.compile(r"\bвстреч\w*", re.I), "встреча"),
    (re.compile(r"\bsoveshchan\w*", re.I), "soveshchanie"),
    (re.compile(r"\bzasedan\w*", re.I), "zasedanie"),
    (re.compile(r"\bmeetings?\b", re.I), "meeting"),
)
_SIDE_NOUN = re.compile(
    r"\b(?:meeting|session|summit|council|conference|совещан|заседан|встреч|саммит|совет|soveshchan|zasedan|vstrech|sovet)",
    re.I,
)
_ONE = re.compile(r"\bone\b", re.I)
# a Russian adjective standing for the noun left out ("антитеррористическое", "МВДшное", "питерское")
_ADJECTIVE = re.compile(r"^(?P<head>(?:(?:the|на|в|na|v)\s+)?\S+?(?:ое|ее|ий|ый|ой|ая|яя|ие|ые|oe|ee|iy|yy|oy|aya))(?=\s|$)", re.I)


def _opening_noun(opening: str) -> str | None:
    """The meeting noun the opening asks about, in its plain form, or None."""
    return next((form for pattern, form in _NOUN_FORMS if pattern.search(opening)), None)


def _with_noun(side: str, noun: str) -> str:
    """The side with the opening's meeting noun put back where the side left it out: "the
    counter-terrorism one in Moscow" → "the counter-terrorism meeting in Moscow", "антитеррористическое
    в Москве" → "антитеррористическое совещание в Москве"; a side with a noun of its own stays."""
    if _SIDE_NOUN.search(side):
        return side
    if _ONE.search(side):
        return _ONE.sub(noun, side, count=1)
    adjective = _ADJECTIVE.match(side)
    if adjective is None:
        return side
    return f"{adjective.group('head')} {noun}{side[adjective.end():]}"


def _side(engine: Engine, words: str, lang: str, today: date) -> str | None:
    """The meeting "when was <words>?" dates, or None."""
    if len(words) < 3:
        return None
    question = f"когда было {words}?" if lang == "ru" and re.search(r"[а-яё]", words, re.I) else f"when was {words}?"
    verdict = engine.answer(question, lang, today)
    if not verdict.answered or verdict.kind not in ("fact", "card") or not verdict.focus:
        return None
    meeting = engine.kb.get(verdict.focus[0])
    return meeting.id if isinstance(meeting, Meeting) else None


def between(engine: Engine, parsed: Parsed, today: date) -> list[str] | None:
    """The meetings the two sides of "between X and Y" name, in the order written; None when the
    question is not so split (one "and" between the sides), either side names none, or both the same."""
    text = parsed.text
    found = _BETWEEN_THEM.match(text) or _BETWEEN.search(text)
    if found is None:
        return None
    joins = list(_AND.finditer(found.group("sides")))
    if len(joins) != 1:
        return None
    words = found.group("sides")
    left, right = words[: joins[0].start()], words[joins[0].end() :]
    meetings = [_side(engine, _TAIL.sub("", side).strip(" ,:;—–-"), parsed.lang, today) for side in (left, right)]
    first, second = meetings
    if first is None or second is None or first == second:
        return None
    return [first, second]


# "и на X, и на Y", "и в X, и в Y", "both at X and at Y": each side of the pair asked of (session 23:
# "какие государства были и на июньском совещании в Москве, и на заседании в Петербурге?" named the 13th
# meeting by "Москве" and said it lists none)
_BOTH_SIDES = re.compile(
    r"(?:^|\s)(?:и|i)\s+(?:на|в|во|na|v|vo)\s+(?P<left>[^,?!]+?),?\s+(?:и|i)\s+(?:на|в|во|na|v|vo)\s+(?P<right>[^?!]+?)\s*(?:[?!]|$)"
    r"|\bboth\s+(?:at|in)\s+(?P<left_en>.+?)\s+and\s+(?:at|in)\s+(?P<right_en>[^?!]+?)\s*(?:[?!]|$)",
    re.I,
)


_SIDE_OPENING = re.compile(r"(?:^|\s)(?:и|i)\s+(?:на|в|во|na|v|vo)\s", re.I)


def both(engine: Engine, parsed: Parsed, today: date) -> list[str] | None:
    """The meetings the two sides of "и на X, и на Y" / "both at X and at Y" name, in the order written;
    None when the question is not so split, either side names none, or both the same."""
    found = _BOTH_SIDES.search(parsed.text)
    if found is None or len(_SIDE_OPENING.findall(parsed.text)) > 2:
        return None  # "и на X, и на Y, и на Z": three meetings, not a pair
    left = found.group("left") or found.group("left_en")
    right = found.group("right") or found.group("right_en")
    meetings = [_side(engine, _TAIL.sub("", side).strip(" ,:;—–-"), parsed.lang, today) for side in (left, right)]
    first, second = meetings
    if first is None or second is None or first == second:
        return None
    return [first, second]
