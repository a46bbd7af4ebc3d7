"""Two things asked of in turn, then both at once: "when was the XVIII meeting?" -> "and the interior
ministers one?" -> "which was earlier?" / "how many days between them?" / "где прошли оба?".

Each verdict knows only the turn before it, so by the third turn the first meeting is lost and "which was
earlier?" alone finds nothing (or is read of the last meeting only). When a follow-up turns from one
meeting or document to another of the same kind, the verdict keeps the two as its "pair"; a later turn
that points at both (earlier / first / between / both / they, in either language) is asked again with
both named ("which was earlier, A or B?", "how many days between A and B?"), and anything else it asks
of both is the two of them listed, each with its date and place (or period).

Cheap: a regex on a short turn, and only when the previous verdict carries a pair.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import siblings
from bot.answers.verdict import Verdict
from bot.search.text import is_stop
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase

MAX_WORDS = 8
KINDS = ("meeting", "document")
CUE = re.compile(
    r"\b(?:earlier|later|first|sooner|between|both|each|them|they|раньше|позже|позднее|первы\w*|перв\w*|между|оба|обе|обоих|обеих"
    r"|каждое|каждая|каждый|они|них|их|ranshe|pozzhe|perv\w*|mezhdu|oba|obe|oni|nih|nikh|ih|ikh|two"
    # "how many days apart?", "какая разница в днях?"
    r"|apart|разниц\w*|raznic\w*)\b"
)
_ORDER = re.compile(r"\b(?:earlier|later|first|sooner|раньше|позже|позднее|перв\w*|ranshe|pozzhe|perv\w*)\b")
# what the two listed with their dates and places answer: where, when, or both / each of them
_WHERE_WHEN = re.compile(
    r"\b(?:where|when|both|each|city|cities|dates?|где|когда|оба|обе|обоих|обеих|каждое|каждая|город\w*|дат\w*"
    r"|gde|kogda|oba|obe|gorod\w*)\b"
)
_HOW_MANY = re.compile(r"\bhow many\b|\bсколько\b|\bskol'?ko\b|\bskolka\b")
_BOTH = re.compile(r"\b(?:both|оба|обе|обоих|обеих|oba|obe|oboih|obeih|obeikh|oboikh)\b")
# the participants asked of both, by their group
_GROUP = re.compile(
    r"\b(?:(?P<states>states?|countries|country|государств\w*|стран\w*|gosudarstv\w*|stran\w*)"
    r"|(?P<CIS_bodies>bod(?:y|ies)|орган\w*|organ(?:y|ov)?)"
    r"|(?P<organisations>organi[sz]ations?|организаци\w*|organizaci\w*|organizats\w*))\b"
)
DAYS = re.compile(r"\b(?:days?|дн\w*|день|dn\w*|den)\b")
# "ends earlier", "закончится раньше": the end of a period, not the order of two meetings
_ENDS = re.compile(r"\b(?:end\w*|expire\w*|run\w* out|законч\w*|заканчива\w*|истека\w*|истеч\w*|zakanch\w*|zakonch\w*)\b")


def remember(engine: Engine, context: Verdict, verdict: Verdict) -> None:
    """Marks the verdict with the pair when it turned from the previous subject to another of its kind."""
    kb = engine.kb
    before, now = (context.focus[0] if context.focus else None), (verdict.focus[0] if verdict.focus else None)
    if before is None or now is None or before == now or before not in kb.entities or now not in kb.entities:
        return
    kind = kb.kind(now)
    if kind in KINDS and kb.kind(before) == kind:
        verdict.filters["pair"] = [before, now]
    elif isinstance(pair := context.filters.get("pair"), list) and now in pair:
        verdict.filters["pair"] = pair


# The answers that name two meetings at once ("which was first, A or B?"): the two are the pair asked of next.
_COMPARING = ("time:order", "time:between")


def compared(engine: Engine, context: Verdict) -> list[str] | None:
    """ "сколько дней между ними?" after "which was first, A or B?": the two meetings it compared."""
    if context.intent not in _COMPARING or len(context.focus) < 2:
        return None
    two = context.focus[:2]
    return two if all(engine.kb.kind(i) == "meeting" for i in two) else None


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """The turn asked of both things of the previous verdict's pair, or None."""
    pair = context.filters.get("pair") or compared(engine, context)
    if not isinstance(pair, list) or len(pair) != 2 or len(text.split()) > MAX_WORDS:
        return None
    if not CUE.search(text) and not (DAYS.search(text) and _HOW_MANY.search(text)):
        # "на сколько дней?", "by how many days?" after "which was earlier, A or B?": the days between
        # the two, though no word points at them (was the XVIII meeting's 13 bodies, a count)
        return None
    kb = engine.kb
    if any(i not in kb.entities for i in pair):
        return None
    first, second = (kb.name(i, "en") for i in pair)
    question = None
    if kb.kind(pair[0]) == "meeting" and DAYS.search(text):
        question = f"how many days between {first} and {second}?"
    elif kb.kind(pair[0]) == "meeting" and _ORDER.search(text) and not _ENDS.search(text):
        question = f"which was earlier, {first} or {second}?"
    elif kb.kind(pair[0]) == "meeting" and _BOTH.search(text) and (group := _GROUP.search(text)) is not None:
        # "а какой орган СНГ был на обеих?", "which states were at both?": those on both lists
        asked_group = next(name for name, word in group.groupdict().items() if word).replace("_", " ")
        question = f"which {asked_group} took part in both the {first} and the {second}?"
    if question is not None:
        # asked in English: the long Russian names in genitive read worse ("сколько дней между" gave years);
        # the verdict holds ids, so it is worded in the turn's language all the same
        asked = engine.answer(question, "en", today)
        if asked.answered and asked.kind != "clarify":
            asked.lang = parsed.lang
            asked.question = parsed.text
            asked.filters = {**asked.filters, "pair": pair, "follow_up": context.question}
            return asked
    if not _WHERE_WHEN.search(text):
        # "кто их утвердил?" after two programmes: asked of both, but not where or when; the other
        # mechanisms answer it
        return None
    return Verdict(
        parsed.text,
        parsed.lang,
        "list",
        True,
        attribute=kb.kind(pair[0]),
        items=list(pair),
        filters={"pair": pair, "follow_up": context.question},
        sources=list(dict.fromkeys(s for i in pair for s in getattr(kb.get(i), "sources", []))),
        confidence=context.confidence,
        intent="list",
    )


def other_of_kind(engine: Engine, rest: str, subject: str) -> str | None:
    """ "а антитеррористическое?" after the interior ministers' meeting: the one other meeting of the same
    kind (or document of the same meeting) whose name has the word, not the ATC the word finds first."""
    kb = engine.kb
    entity = kb.get(subject)
    if entity is None or kb.kind(subject) not in KINDS:
        return None
    if kb.kind(subject) == "document":
        return siblings.sibling(kb, subject, rest)
    kind = getattr(entity, "kind", None)
    others = [m.id for m in kb.of_kind("meeting") if m.id != subject and getattr(m, "kind", None) == kind]
    return siblings.named_among(kb, rest, others, besides=subject) or _named_by_abbreviation(kb, rest, others, subject)


def _named_by_abbreviation(kb: KnowledgeBase, rest: str, others: list[str], subject: str) -> str | None:
    """ "а заседание СМВД?" / "and the meeting of the MVD?": the one other meeting whose own names or its
    body's hold a short word of the turn exactly ("СМВД", "МВД": too short to be matched by stem, and the
    search reads "СМВД" as the council, whose card said "yes, at the XVIII meeting" of the first one)."""
    short = {w for w in text_tokens(rest) if 3 <= len(w) < siblings.STEM and not is_stop(w)}
    if not short:
        return None

    def names(entity_id: str) -> set[str]:
        entity = kb.entities[entity_id]
        body = getattr(entity, "body", None)
        ids = [entity_id, *([body] if isinstance(body, str) and body in kb.entities else [])]
        texts = [text for i in ids for text in (kb.entities[i].name.en, kb.entities[i].name.ru, *kb.entities[i].short.all(), *kb.entities[i].aliases.all())]
        return {t for text in texts for t in text_tokens(text)}

    if short & names(subject):
        return None  # the word names the first meeting too: not another one
    found = [other for other in others if short & names(other)]
    return found[0] if len(found) == 1 else None


_WHERE_OR_WHEN = re.compile(r"\b(?:where|when|где|когда|gde|kogda)\b")


def asks_of_both(text: str) -> bool:
    """Whether a turn asks the order, the days between, or where or when the two were ("held in a
    city that …" describes one, it does not ask where)."""
    lower = text.lower()
    return bool(_ORDER.search(lower) or DAYS.search(lower) or _WHERE_OR_WHEN.search(lower))
