"""A terse meeting and a group of its participants: "xviii ct meeting intl orgs?", "междунар.
организации на XVIII совещании?", "xviii meeting states?".

With no question word, the group's words ("international", "организации") were read as a topic and
a sentence of the meeting's record holding "international" was quoted, or a Russian question read by
its tone got a "Да". The pair asks which members of the group took part in the meeting ("which
international organisations took part in the xviii ct meeting?"), the question the participant
lists answer; that question's list is the answer, when it is one.

Cheap: a group word and no question word gate it; one meeting named, then one more answer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.meeting_names import named_meetings

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 8
# The group, as the participant lists name it, and its words in the rewritten question.
_GROUPS: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(
            r"\b(?:international|intl|int'l)\s+(?:organi[sz]ations?|orgs?)\b"
            r"|\bмеждунар(?:одн\w*|\.)?\s*организац\w*|\bmezhdunar(?:odn\w*|\.)?\s*organizac\w*",
            re.I,
        ),
        "international organisations",
        "международные организации",
    ),
    (
        re.compile(r"\bbasic\s+organi[sz]ations?\b|\bбазов\w+\s+организац\w*|\bbazov\w+\s+organizac\w*", re.I),
        "basic organisations",
        "базовые организации",
    ),
    (
        re.compile(r"\b(?:cis\s+)?bodies\b|\bорган(?:ы|ов)\s+снг\b|\borgan(?:y|ov)\s+sng\b", re.I),
        "CIS bodies",
        "органы СНГ",
    ),
    (
        # the plural named ("государства"), not a genitive ("безопасности государств СНГ")
        re.compile(r"\b(?:member\s+)?states\b|\bcountries\b|\bгосударства\b|\bстраны\b|\bgosudarstva\b|\bstrany\b", re.I),
        "states",
        "государства",
    ),
]
_GATE = cued(re.compile(r"organi|orgs|bodies|states|countries|организац|organizac|орган|organ|государств|gosudarstv|стран|stran", re.I))
# Any word that asks something, or a verb or comparison that makes it a sentence ("было больше 15
# органов", "перечисли …", "skolka gosudarstv bylo"), makes it no bare pair ("?" alone does not).
_ASKING = re.compile(
    r"\b(?:who|what|when|where|which|how|why|did|does|do|is|was|were|are|list|name|more|less|fewer|than"
    r"|кто|что|когда|где|как\w*|почему|ли|чем|кем|зачем|насколько|был\w*|есть|больше|меньше|назови\w*|перечисл\w*"
    r"|kto|chto|chem|kem|zachem|pochemu|naskolko|kogda|gde|kak\w*|byl\w*|est|bolshe|menshe|nazovi\w*|perechisl\w*)\b"
    r"|\bскол[ьк]\w*|\bскок\w*|\bskol\w*|\bskok\w*|\bучаств\w*|\buchastv\w*|\battend\w*",
    re.I,
)
_EDGE = re.compile(r"^[\s,:;—–-]*(?:at|in|of|on|for|на|в|во|у|na|v)?\s+|[\s?!.,:;—–-]+$", re.I)


def answer(engine: Engine, parsed: Parsed, today: date, question: str) -> Verdict | None:
    """The participant list of the group at the meeting, for a bare meeting-and-group question."""
    text = parsed.text
    if not _GATE.search(text) or _ASKING.search(text) or not 2 <= len(text.split()) <= MAX_WORDS:
        return None
    found = [(pattern.search(text), en, ru) for pattern, en, ru in _GROUPS]
    groups = [(match, en, ru) for match, en, ru in found if match is not None]
    if len(groups) != 1:
        return None
    match, en, ru = groups[0]
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    rest = _EDGE.sub("", " " + rest + " ").strip()
    if len(rest) < 3:
        return None
    if not named_meetings(engine, engine.parse(rest, parsed.lang)):
        return None
    russian = parsed.lang == "ru"
    asked = f"какие {ru} участвовали: {rest}?" if russian else f"which {en} took part in the {rest}?"
    verdict = engine.answer(asked, parsed.lang, today)
    if not verdict.answered or (verdict.kind not in ("list", "count") and verdict.intent != "participants"):
        return None
    verdict.question = question
    return verdict
