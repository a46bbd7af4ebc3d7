"""Whether an entry is among the group the previous answer counted or listed ("есть среди них совет по
чрезвычайным ситуациям?", "is the ecological council one of them?", "a sovet po ... est sredi nih?"), then
"а совет руководителей таможенных служб?" / "and the customs council?" of another entry.

"Them" is the group the previous question asked about ("how many sectoral bodies …", "сколько
специализированных органов …"): the follow-up is asked again with that group's words in place of "them",
as the full question ("есть ли среди отраслевых органов … X?") is answered with an explicit yes or no.
Without this the entry alone was searched and its card shown: no "yes", and for an entry outside the
group a card that reads as a "yes" (or a "Yes." taken from another list that entry is on).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# cheap word test before any regex: every cue has one of these
_CUE_WORDS = ("среди", "among", "sredi", "one of them", "их числе", "ih chisle", "one of those")
# "есть среди них X?", "X есть среди них?", "is X among them?", "is X one of them?", "в их числе X?"
_AMONG = re.compile(
    r"(?:^|\s)(?:(?:а|и|a|i|and)\s+)?(?:(?:есть|est|is there|are there)\s+(?:ли\s+|li\s+)?)?"
    r"(?:среди них|sredi nih|sredi nikh|в их числе|v ih chisle|among them|among those|one of them|one of those)"
    r"(?:\s+(?:есть|est|тоже|tozhe|too|as well))?(?=\s|$)"
)
_LEAD = re.compile(
    r"^(?:(?:а|и|a|i|and|so|ну)\s+)?(?:(?:is|was|are|were)\s+(?:there\s+)?|(?:есть|est)\s+(?:ли\s+|li\s+)?"
    r"|(?:входит|vhodit|vkhodit)\s+(?:ли\s+|li\s+)?)?"
)
_TRAIL = re.compile(r"\s+(?:(?:is|was)\s+)?(?:есть|est|is|was|тоже|tozhe|too|also)$")
# "а совет руководителей таможенных служб?" after an answer of this module: the next entry
_NEXT = re.compile(r"^(?:and |what about |how about |а |и |a |i |а как насчет |a kak naschet )(?P<rest>.+)$")
# the count or list words of the previous question; what is left names the group
_ASKED = re.compile(
    r"^(?:(?:ну|а|и|a|i|and|so|ok|ладно)[\s,]+)?(?:how many|what number of|the number of|number of|which|what|list(?: all)?(?: the)?"
    r"|name(?: all)?(?: the)?|сколько|skolko|какие|kakie|перечисли(?:те)?|perechisli|назови(?:те)?|nazovi|список|spisok)\s+"
)
_VERB = re.compile(r"\b(?:are|were|is|was|there|do|does|did|work|operate|exist|действу\w*|работа\w*|существу\w*|есть|было|были|bylo|byli|est)\b")
# "in the security sphere": every body of the sources works there, so the words narrow nothing (and a
# body outside the category then reads as "not said" instead of "no")
_SPHERE = re.compile(
    r"\b(?:(?:in|of) the (?:security )?sphere(?: of security)?|in (?:the )?security|в сфере безопасности|по безопасности"
    r"|в области безопасности|v sfere bezopasnosti|po bezopasnosti)\b"
)
_CYRILLIC = re.compile(r"[а-яё]")
_LATIN_RU = re.compile(r"\b(?:sredi|est|nih|nikh|a|sovet|organ\w*)\b")


def cued(short: str) -> bool:
    return any(word in short for word in _CUE_WORDS) and _AMONG.search(short) is not None


def answer(engine: Engine, parsed: Parsed, short: str, context: Verdict, today: date) -> Verdict | None:
    """The yes/no of the entry named by ``short`` among the group of the previous answer, or None."""
    group = context.filters.get("among_group")
    if isinstance(group, str):
        # "а совет руководителей таможенных служб?" after "есть среди них X?": the same of another entry
        nxt = _NEXT.match(short)
        if nxt is None or len(nxt.group("rest").split()) > 8:
            return None
        entry = nxt.group("rest")
    else:
        if context.kind not in ("count", "list") or not any(word in short for word in _CUE_WORDS):
            return None
        found = _AMONG.search(short)
        if found is None:
            return None
        entry = f"{short[: found.start()]} {short[found.end() :]}"
        entry = _TRAIL.sub("", _LEAD.sub("", entry.strip())).strip(" ,?")
        group = _group(context.question)
        if group is None:
            return None
    if not entry or not re.search(r"\w{3}", entry):
        return None
    verdict = engine.answer(_completed(entry, group, short), parsed.lang, today)
    if verdict.yes is None or not verdict.answered:
        return None
    verdict = replace(verdict)
    verdict.filters = {**verdict.filters, "follow_up": context.question, "among_group": group}
    return verdict


def _group(question: str) -> str | None:
    """The group the previous question counted or listed, in its own words ("отраслевых органов
    сотрудничества в сфере безопасности"), or None when it asked no count or list."""
    text = question.lower().strip(" ?!.")
    asked = _ASKED.match(text)
    if asked is None:
        return None
    rest = " ".join(_SPHERE.sub(" ", _VERB.sub(" ", text[asked.end() :])).split())
    return rest if len(rest.split()) >= 1 else None


def _completed(entry: str, group: str, short: str) -> str:
    if _CYRILLIC.search(short):
        return f"есть ли среди {group} {entry}?"
    if _LATIN_RU.search(short) and not re.search(r"\b(?:the|is|among|one)\b", short):
        return f"est li sredi {group} {entry}?"
    return f"is {entry} among the {group}?"
