"""Which entry's date a time question asks of (one clearly named, a far-ahead plan only when nothing
else is), that entry's date, and the year a question names ("in 2025", "last year", "this year").
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.list_answers import DOCUMENT_KINDS
from bot.answers.lookalike import named_by_generic_only
from bot.answers.meeting_names import NAMED_COVER, named_meetings
from bot.kb.schema import Document, Entity, Fact, Meeting, PartialDate

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


# One entity answers a relative-time question when its hit is at least this good.
ENTITY_SCORE = 0.45

# Relative years.
LAST_YEAR = re.compile(
    r"\blast year\b|\bprevious year\b|\ba year ago\b|\bв прошлом году\b|\bпрошл(?:ого|ый) год\w*"
    r"|\bv proshlom godu\b|\bproshl(?:ogo|yy|yi) god\w*"
)
THIS_YEAR = re.compile(
    r"\bthis year\b|\bcurrent year\b|\bв этом году\b|\bэтого года\b|\bэтот год\b|\bв текущем году\b|\bтекущ\w+ год\w*"
    r"|\bв нынешнем году\b|\bнынешн\w+ год\w*|\bv etom godu\b|\betogo goda\b|\bv tekushchem godu\b"
)
_NOW = re.compile(r"\bnow\b|\bcurrently\b|\bat present\b|\bсейчас\b|\bв настоящее время\b|\bнын[еч]\w*|\bseychas\b")

# Words that only place a question in time; removed for a second search.
_TIME_WORDS = re.compile(
    r"\b(?:this|last|current|previous) year\b|\b(?:в|v) (?:этом|прошлом|текущем|etom|proshlom|tekushchem) (?:году|godu)\b"
    r"|\bnow\b|\bcurrently\b|\bat present\b|\bсейчас\b|\bseychas\b|\bin force\b|\bvalid\b|\bstill\b|\brunning\b"
    r"|\bдейству\w*|\bидет\b|\bпроходит\b|\bdeystvu\w*|\bheld\b|\btake place\b|\btook place\b|\bли\b|\bli\b"
    r"|^(?:is|was|are|were|did|does|has|have)\b"
    # "already in force or only starting": the alternative names no document
    r"|\b(?:already|yet|only|уже|ещё|еще|только|uzhe|eshche|tolko)\b|\b(?:or|или|ili)\b|\bначн\w*|\bnachn\w*|\bbegin\w*|\bstart\w*"
    # how long is left: the rest names what
    r"|\bhow many (?:years|months|days)\b|\bсколько (?:лет|месяцев|дней)\b|\bskol'?ko (?:let|mesyatsev|dney)\b"
    r"|\bчерез\b|\bcherez\b|\bосталось\b|\bostalos\b|\bleft\b|\bremain\w*|\bдо (?:окончани|конца|завершени)\w*"
    r"|\bзаканчива\w*|\bзакончи\w*|\bистека\w*|\bends?\b|\bexpires?\b|\bzakanchiva\w*"
)

# Whether a programme's period has ended, is running or has begun, asked of today.
ENDED = re.compile(
    r"\bended\b|\bexpired\b|\bover\b|\bfinished\b|\bcompleted\b|\bзакончил\w*|\bзаверш\w*|\bистек\w*"
    r"|\bистёк\w*|\bzakonchil\w*|\bzavershil\w*"
)

CURRENT = re.compile(
    r"\bcurrent\b|\bstill\b|\bin force\b|\bvalid\b|\brunning\b|\bin effect\b|\bактуальн\w*|\bдейству\w*"
    r"|\bв силе\b|\bdeystvu\w*|\baktualn\w*"
)


def dated_entity(engine: Engine, parsed: Parsed, text: str) -> Entity | None:
    """The one dated meeting, document or fact the question is about, if it names one clearly.

    Words of time ("this year", "in force", "сейчас") weigh in the search as unexplained words;
    when nothing stands out, the question is searched again without them."""
    found = _clear_entity(engine, parsed)
    if found is None:
        rest = _TIME_WORDS.sub(" ", text)
        if rest.split() != text.split() and len(rest.split()) >= 2:
            again = engine.parse(rest, parsed.lang)
            found = _clear_entity(engine, again) or _far_ahead(engine, again)
    return found


_HOW_MANY = re.compile(r"\bhow many\b|\bсколько\b|\bskol'?ko\b")
_YEAR_WORDS = re.compile(r"\byears?\b|\bлет\b|\bгод(?:а|ов)?\b|\blet\b")
_PERIODIC_SCORE = 0.25  # the one document with a period among the best hits, named at least this well


def counted_entity(engine: Engine, parsed: Parsed, text: str) -> Entity | None:
    """The dated entry a "how many years …" question names. Read as a count, its kind word was taken
    for what is counted and left out of the search ("через сколько лет заканчивается концепция?",
    "how many years does the terrorism programme cover?"): read again without "how many" and the
    years, or else the one document with a period of the kind it names ("концепция")."""
    found = dated_entity(engine, parsed, text)
    if found is not None:
        return found
    again = parsed
    if _HOW_MANY.search(text) is not None:
        uncounted = _YEAR_WORDS.sub(" ", _HOW_MANY.sub(" ", text))
        again = engine.parse(uncounted, parsed.lang)
        found = dated_entity(engine, again, uncounted)
        if found is not None:
            return found
    # "the terrorism programme": the one document with a period among the best hits (the generic
    # "interstate programmes" entry, with none, comes close by the word "programme" alone)
    periodic = [h for h in again.hits[:3] if isinstance(doc := engine.kb.entities[h.entity], Document) and doc.period_end]
    if len(periodic) == 1 and periodic[0].score >= _PERIODIC_SCORE:
        return engine.kb.entities[periodic[0].entity]
    kind = next((kind for kind, pattern in DOCUMENT_KINDS if pattern.search(text)), None)
    documents = [d for d in engine.kb.of_kind("document") if isinstance(d, Document) and d.kind == kind and d.period_end]
    return documents[0] if kind is not None and len(documents) == 1 else None


# Without the words of time, a hit this good and this far ahead of the next is the entry asked
# about even when its long official name is only partly used ("программа по безопасности границ").
FAR_AHEAD_SCORE = 0.6
FAR_AHEAD_LEAD = 0.2


def _far_ahead(engine: Engine, parsed: Parsed) -> Entity | None:
    hits = parsed.hits
    if not hits or hits[0].score < FAR_AHEAD_SCORE or named_by_generic_only(parsed, hits[0]):
        return None
    if len(hits) > 1 and hits[1].score > hits[0].score - FAR_AHEAD_LEAD:
        return None
    entity = engine.kb.entities[hits[0].entity]
    return entity if isinstance(entity, Document | Fact | Meeting) else None


def _clear_entity(engine: Engine, parsed: Parsed) -> Entity | None:
    kb = engine.kb
    meetings = named_meetings(engine, parsed)
    hits = parsed.hits
    if meetings:
        # "Is the programme approved in Dushanbe in force now": whether a period runs is asked of a
        # document, and the meeting that adopted it only says which one.
        text = parsed.text.lower()
        if CURRENT.search(text) or ENDED.search(text):
            adopted = [
                kb.entities[h.entity]
                for h in hits[:4]
                if h.name_cover >= NAMED_COVER and getattr(kb.entities[h.entity], "meeting", None) == meetings[0][0]
            ]
            if len(adopted) == 1 and isinstance(adopted[0], Document):
                return adopted[0]
        return kb.entities[meetings[0][0]]
    for position, hit in enumerate(hits[:3]):
        entity = kb.entities[hit.entity]
        if (
            hit.score < ENTITY_SCORE
            or hit.name_cover < NAMED_COVER
            or not isinstance(entity, Document | Fact | Meeting)
            or named_by_generic_only(parsed, hit)
        ):
            continue
        # A clear winner: nothing else nearly as good and as fully named, unless all it matches
        # is part of this one's name ("Commonwealth" in "Commonwealth-Antiterror").
        rivals = [
            h
            for h in hits[: position + 3]
            if h is not hit
            and h.score > hit.score - 0.1
            and h.name_cover >= hit.name_cover
            and not h.name_tokens <= hit.name_tokens
        ]
        return entity if not rivals else None
    return None


def entity_date(entity: Entity) -> PartialDate | None:
    if isinstance(entity, Meeting | Document) and entity.date:
        return PartialDate.parse(entity.date)
    if isinstance(entity, Fact) and entity.year:
        return PartialDate(entity.year)
    return None


def target_year(text: str, today: date) -> tuple[int, str] | None:
    if LAST_YEAR.search(text):
        return today.year - 1, "last_year"
    if THIS_YEAR.search(text):
        return today.year, "this_year"
    if _NOW.search(text):
        return today.year, "now"
    return None
