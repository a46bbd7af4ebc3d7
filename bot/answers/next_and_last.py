"""The next, last, earliest and previous of something: the upcoming meetings (of a body, a kind, a
place), the latest or earliest one held, the meeting after or before a meeting named, the one
before in a series, and whether a meeting is past or still ahead; the meetings a question scopes
(its filters) and their listing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import said_match
from bot.answers.asked_dates import ENTITY_SCORE, LAST_YEAR, dated_entity
from bot.answers.computed import entry_sources, marked_answered
from bot.answers.cues import cued
from bot.answers.facts import fact_verdict
from bot.answers.held import no_meetings_ahead
from bot.answers.intent import HELD_OR_PLANNED
from bot.answers.list_answers import DOCUMENT_KINDS, excluded_places
from bot.answers.meeting_names import (
    FILTER_COVER,
    MONTH_MEETING_NOUN,
    NAMED_COVER,
    derived_for,
    generic_tokens,
    named_meetings,
)
from bot.answers.next_typos import NEXT_TYPOS
from bot.answers.question_form import tone_question
from bot.answers.set_operations import MEETINGS_PLURAL
from bot.answers.spans import date_span
from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Document, Meeting
from bot.search.text import roman_to_int

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


YES_NO = re.compile(
    r"^(?:was|were|is|are|did|does|do|has|have|will)\b|\bли\b|\bli\b|^(?:сейчас|seychas)\b", re.MULTILINE
)

# Next, most recent.
_NEXT = re.compile(
    r"\bnext\b|\bupcoming\b|\bforthcoming\b|\bwill\b|\bследующ\w+|\bближайш\w+|\bпредстоящ\w+|\bsleduyushch\w+"
    r"|\bblizhaysh\w+|\bвыйдет\b|\bсостоится\b|\bпройдет\b|\bбудет\b|\bcoming up\b|\bnext year\b|" + NEXT_TYPOS
)
# Words that ask only what comes next (no future tense, "will", "будет": "what will the Centre do").
NEXT_ONLY = re.compile(
    r"\bnext\b|\bupcoming\b|\bforthcoming\b|\bcoming up\b|\bследующ\w+|\bближайш\w+|\bпредстоящ\w+"
    r"|\bsleduyushch\w+|\bblizhaysh\w+|\bpredstoyashch\w+|" + NEXT_TYPOS
)
# "What is planned?", "что запланировано?": plans in general are the meetings ahead.
_PLANS = re.compile(
    r"\bзапланирова\w*|\bпланиру\w*|\bв планах\b|\bplanned\b|\bscheduled\b|\bcoming up\b|\bzaplanirova\w*"
    r"|\bplaniru\w*"
)
LATEST = re.compile(
    r"\bmost recent(?:ly)?\b|\blatest\b|\bnewest\b|\blast (?:meeting|session|summit|event|time)\b|\bпоследн\w+|\bнедавн\w+"
    r"|\bсвеж\w+|\bposledn\w+|\bsvezh\w+"
    r"|\bпозже (?:всех|всего|остальных|других)\b|\bpozzhe (?:vseh|vsekh|vsego|ostalnyh)\b"
)
EARLIEST = re.compile(
    r"\bearliest\b|\bсам\w+ (?:ранн|перв)\w*|\bранн\w+ всего\b|\bsam\w+ (?:rann|perv)\w*"
    # "какое заседание было раньше всех?", "which came before all the others?"
    r"|\bраньше (?:всех|всего|остальных|других)\b|\branshe (?:vseh|vsekh|vsego|ostalnyh)\b"
    # "which meeting was first in 2025", "какое заседание было первым": the first in time (a "first
    # session" or "first and foremost" is no such word)
    r"|\b(?:was|were|came|took place)\s+first\b|\bfirst\s+(?:meeting|event|summit)\s+(?:of|in)\s+#\d{4}\b"
    r"|\b(?:было|была|был|прошл[оаи]?|byl[oa]?)\s+(?:самым\s+)?(?:первым|первой|pervym|pervoy)\b"
    # "the first meeting?", "the first meeting outside Moscow", "первое заседание не в Москве": no series
    # named after it (a first meeting "of the interior ministers" is the first of theirs)
    r"|^\W*(?:(?:and|so|а|и)\s+)?(?:what\s+was\s+|when\s+was\s+|которое\s+|когда\s+было\s+)?(?:the\s+)?(?:very\s+)?"
    r"(?:first|первое|первая|pervoe|pervaya)\s+(?:meeting|event|заседание|встреча|совещание|zasedanie|vstrecha)"
    r"(?=\W*$|\s+(?:outside|not|in|abroad|recorded|you|за\s+пределами|не\s+в|вне|в|из|ne\s+v|v)\b)"
)
_PAST = re.compile(r"\bpast\b|\balready\b|\bover\b|\bуже\b|\bпрошл\w*|\bсостоял\w*|\buzhe\b|\bproshl\w*")
# "Anything after ...?", "было ли что-нибудь позже ...?"
ANYTHING = re.compile(
    r"^(?:and )?(?:anything|any (?:meetings?|events?)|something|was there anything|were there any (?:meetings|events)|any news)\b"
    r"|^(?:а )?(?:что-(?:нибудь|то)|было ли что-(?:нибудь|то)|были ли (?:заседания|встречи|мероприятия)|есть ли что-(?:нибудь|то))"
    r"|^(?:a )?(?:chto-?nibud|chto-?to)\b"
)

_LATER_THAN = re.compile(r"\bafter\b|\blater than\b|\bsince\b|\bпосле\b|\bпозже\b|\bposle\b|\bpozzhe\b")

_AHEAD = re.compile(r"\bahead\b|\bfuture\b|\bпредстоит\b|\bвпереди\b|\bбудущ\w*|\bpredstoit\b|\bvperedi\b")
MEETING_WORD = re.compile(
    r"\bmeet\w*|\bsessions?\b|\bsummits?\b|\bconven\w*|\bgather\w*|\bget-?togethers?\b|\bevents?\b"
    r"|\bзаседа\w*|\bсовещ\w*|\bвстреч\w*|\bсаммит\w*|\bсобира\w*|\bсоберут\w*|\bмероприят\w*|\bсобыти\w*"
    r"|\bzasedani\w*|\bsoveshchani\w*|\bvstrech\w*|\bsammit\w*"
)

ANY_EVENTS = cued(re.compile(
    r"^(?:any|were there|was there|did any)\b|\bwhat (?:happened|took place|went on)\b|\bчто (?:произошло|происходило|было|случилось)\b"
    r"|\bбыли ли\b|^(?:kakie|chto) \b|\bchto (?:proizoshlo|bylo)\b"
    # "была ли встреча весной?", "было ли заседание в мае?" (not "была ли Беларусь на …", "было ли проведено 18 заседаний")
    r"|^\W*(?:была|было) ли\s+(?:\w+\s+)?(?:встреч|заседани|совещани|мероприяти|саммит)\w*"
    r"|^\W*(?:byla|bylo) li\s+(?:\w+\s+)?(?:vstrech|zasedani|soveshchani|meropriyati|sammit)\w*"
))


def named_filters(engine: Engine, parsed: Parsed) -> dict[str, list[str]]:
    """Places, states and bodies the question names in full (they narrow a list of meetings)."""
    kb = engine.kb
    query = parsed.query
    found: dict[str, list[str]] = {"place": [], "body": []}
    for hit in parsed.hits:
        kind = kb.kind(hit.entity)
        if kind not in ("place", "state", "body") or hit.name_cover < FILTER_COVER or not hit.name_tokens:
            continue
        if not all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in hit.name_tokens):
            continue
        found["body" if kind == "body" else "place"].append(hit.entity)
    return found


def _is_past(meeting: Meeting | Document, today: date) -> bool:
    known = meeting_date(meeting)
    if known is None:
        return False
    return (known.year, known.month or 12, known.day or 31) < (today.year, today.month, today.day)


def asked_document_kind(text: str) -> str | None:
    for kind, pattern in DOCUMENT_KINDS:
        if pattern.search(text):
            return kind
    return None


def scope_meetings(
    engine: Engine, parsed: Parsed, years: list[int] | None = None
) -> tuple[list[str], dict[str, list[str]]]:
    """The meetings a question's places, states, bodies (and years) leave, found through the
    knowledge base's links; without any, every dated meeting. Dated ones first, in date order."""
    kb = engine.kb
    filters = named_filters(engine, parsed)
    # "осенью 2025 года не в России", "outside Moscow": those places are left out, not kept
    split = {
        "place": [i for i in filters["place"] if kb.kind(i) == "place"],
        "state": [i for i in filters["place"] if kb.kind(i) == "state"],
    }
    excluded = set(excluded_places(engine, parsed, split))
    filters["place"] = [i for i in filters["place"] if i not in excluded]
    # (kept apart: "the last meeting outside Moscow" is scoped by what it leaves out)
    filters["excluded"] = [i for i in named_filters(engine, parsed)["place"] if i in excluded]
    chosen: set[str] | None = None
    narrowing: list[list[str]] = []
    if filters["place"]:
        narrowing.append([i for place in filters["place"] for i in kb.meetings_held_in.get(place, [])])
    if filters["body"]:
        linked = [i for body in filters["body"] for i in kb.meetings_by.get(body, [])]
        own = [i for i in linked if getattr(kb.get(i), "body", None) in filters["body"]]
        narrowing.append(own or linked)
    if years:
        narrowing.append([i for year in years for i in kb.meetings_in_year.get(year, [])])
    for ids in narrowing:
        chosen = set(ids) if chosen is None else chosen & set(ids)
    if chosen is None:
        dated = derived_for(kb).dated_ids
        return ([i for i in dated if getattr(kb.get(i), "place", None) not in excluded] if excluded else dated), filters
    kept = [i for i in chosen if getattr(kb.get(i), "place", None) not in excluded]
    return sorted(kept, key=lambda i: (kb.date_key.get(i, (9999, 0, 0)), kb.position[i])), filters


def upcoming_verdict(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The next meeting (of a body, in a place) or the next document of a kind; when none is
    recorded after today, say so and give the latest known one."""
    # a plan word alone ("что запланировано?") asks only what meets next, not whether a thing is planned
    plans = _PLANS.search(text) is not None and not YES_NO.search(text)
    plans_only = plans and not _NEXT.search(text)
    if not (_NEXT.search(text) or plans) or LAST_YEAR.search(text) or HELD_OR_PLANNED.search(text):
        return None
    if parsed.intent.question not in ("when", "card", "where") and not parsed.intent.upcoming:
        return None
    if plans_only and not parsed.intent.list_cue and named_meetings(engine, parsed):
        # "Tell me about the exercise planned at the June meeting": what a named meeting planned,
        # no list of what is still to come.
        return None
    kb = engine.kb
    kind = asked_document_kind(text) if not MEETING_WORD.search(text) else None
    top = parsed.hits[0] if parsed.hits else None
    names_one = top is not None and top.score >= ENTITY_SCORE and top.name_cover >= NAMED_COVER
    # "Will the Joint Statement be circulated at the UN?", "заявление будет распространено в ООН?"
    # (asked by tone): asked of that document, also when another entry named ranks first.
    asks_whether = YES_NO.search(text) is not None or tone_question(text)
    of_document = any(kb.kind(hit.entity) == "document" and hit.name_cover >= 0.4 for hit in parsed.hits[:3])
    if kind is not None and names_one and of_document and (asks_whether or not parsed.intent.upcoming):
        # "Will the Joint Statement be circulated at the UN?", "where will the joint statement be
        # circulated?" (the intent reads no time ahead): asked of that document, not which statement
        # comes next.
        return None
    if kind is not None and not plans_only:
        documents = [d for d in kb.of_kind("document") if isinstance(d, Document) and d.kind == kind]
        if not documents:
            return None
        coming = [d.id for d in documents if d.date and not _is_past(d, today)]
        if coming:
            return meeting_listing(kb, base, "document", coming, {"upcoming": today.isoformat()}, False)
        ranked = {h.entity: h.score for h in parsed.hits}
        last = max(documents, key=lambda d: (kb.date_key.get(d.id, (0, 0, 0)), ranked.get(d.id, 0.0)))
        verdict = meeting_listing(kb, base, "document", [], {"upcoming": today.isoformat(), "document_kind": kind}, False)
        verdict.reason = "none_upcoming"
        verdict.alternatives = [last.id]
        verdict.sources = list(last.sources)
        return verdict
    # "What is planned?", "what's coming up?" with nothing named: whatever meets next
    general = (
        not MEETING_WORD.search(text) and plans and not names_one and kind is None
        and parsed.intent.list_kind is None
    )
    # "What's next for the Interior Ministers Council?", "Security Secretaries Council: anything
    # upcoming?": a body's "next" with no word for a meeting asks its next meeting (the body's own
    # card, given otherwise, does not say whether one is ahead).
    of_body = (
        not MEETING_WORD.search(text) and kind is None and not asks_whether
        and NEXT_ONLY.search(text) is not None
    )
    if not MEETING_WORD.search(text) and not general and not of_body:
        return None
    ids, filters = scope_meetings(engine, parsed)
    if of_body and not general and not filters["body"]:
        return None
    if filters["body"] or filters["place"] or filters["excluded"]:
        meetings = [m for m in (kb.get(i) for i in ids) if isinstance(m, Meeting)]
    else:
        # "When will the interior ministers meet next": the series of the meeting it names.
        named = named_meetings(engine, parsed)
        body = getattr(kb.get(named[0][0]), "body", None) if named else _leading_body(engine, parsed)
        if body is None and general:
            meetings = [m for m in kb.of_kind("meeting") if isinstance(m, Meeting)]
        elif body is None and len(named) == 1 and not plans and not _other_number(text, kb.get(named[0][0])):
            # "when is the next XVIII counter-terrorism meeting?": a series with no body recorded is
            # the named meeting alone; its own date does not answer "the next one"
            return upcoming_of(engine, base, named[0][0], today)
        elif body is None:
            return None  # the list path answers "upcoming meetings" over all of them
        else:
            filters["body"] = [body]
            meetings = [m for m in kb.meetings_of(body) if m.body == body]
    if of_body and not meetings:
        return None  # "the next step for the Anti-Terrorism Centre": no series of its own to ask of
    later = [m for m in meetings if (m.date or m.status == "planned") and not _is_past(m, today)]
    scope = {key: value for key, value in filters.items() if value}
    if later:
        ids = sorted((m.id for m in later), key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
        return meeting_listing(kb, base, "meeting", ids, {"upcoming": today.isoformat(), **scope}, False)
    if len(filters["body"]) == 1:
        # A body that held no meeting: saying so beats the latest meeting it merely attended.
        silent = no_meetings_ahead(kb, base, filters["body"][0])
        if silent is not None:
            return silent
    dated = [m for m in meetings if m.date]
    if not dated:
        return None
    said = said_match.said_instead(engine, parsed, base)
    if said is not None:
        return said
    # (of two in the same month, the one held before the one only planned)
    latest = max(dated, key=lambda m: (kb.date_key[m.id], m.status == "held"))
    verdict = meeting_listing(kb, base, "meeting", [], {"upcoming": today.isoformat(), **scope}, False)
    verdict.reason = "none_upcoming"
    verdict.alternatives = [latest.id]
    verdict.sources = list(latest.sources)
    return verdict


# A body ranked first by the question's words, named by most of its name though not all of it ("the
# security council secretaries" for the Council of Secretaries of Security Councils): "when is its
# next meeting" asks its series, not the date of the one meeting that shares those words.
LEADING_BODY_COVER = 0.6


def _leading_body(engine: Engine, parsed: Parsed) -> str | None:
    """The body the question's best hit is, when it is named well enough to ask its series."""
    if not parsed.hits:
        return None
    top = parsed.hits[0]
    if engine.kb.kind(top.entity) != "body" or top.score < ENTITY_SCORE or top.name_cover < LEADING_BODY_COVER:
        return None
    query = parsed.query
    if not top.name_tokens or not all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in top.name_tokens):
        return None
    return top.entity


def _other_number(text: str, meeting: object) -> bool:
    """Whether the question numbers a meeting otherwise than ``meeting`` is numbered ("the next XIX
    meeting" names one not recorded, which its own answer says)."""
    own = getattr(meeting, "number", None)
    for word in re.findall(r"[^\W_]+", text.lower()):
        if word.isdigit():
            value: int | None = int(word) if len(word) <= 2 else None
        else:
            # roman numerals only: "one" in "the next one" is no number of a meeting
            value = roman_to_int(word) if word.isascii() and len(word) >= 2 and word != "li" else None
        if value is not None and value != own:
            return True
    return False


def upcoming_of(engine: Engine, base: Verdict, meeting_id: str, today: date) -> Verdict | None:
    """The meeting after a given one in its series (its body's meetings; the meeting alone when no
    body is recorded) still to come after today; when none is recorded, say so and give the latest
    of the series. None when the series has no date at all (its own "no date" answers then)."""
    kb = engine.kb
    meeting = kb.get(meeting_id)
    if not isinstance(meeting, Meeting):
        return None
    body = meeting.body
    meetings = [m for m in kb.meetings_of(body) if m.body == body] if body else [meeting]
    scope: dict[str, object] = {"body": [body]} if body else {}
    later = [m for m in meetings if (m.date or m.status == "planned") and not _is_past(m, today)]
    if later:
        ids = sorted((m.id for m in later), key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
        return meeting_listing(kb, base, "meeting", ids, {"upcoming": today.isoformat(), **scope}, False)
    dated = [m for m in meetings if m.date]
    if not dated:
        return None
    latest = max(dated, key=lambda m: kb.date_key[m.id])
    verdict = meeting_listing(kb, base, "meeting", [], {"upcoming": today.isoformat(), **scope}, False)
    verdict.reason = "none_upcoming"
    verdict.alternatives = [latest.id]
    verdict.sources = list(latest.sources)
    return verdict


def meeting_listing(
    kb: KnowledgeBase, base: Verdict, kind: str, ids: list[str], filters: dict[str, object], counting: bool
) -> Verdict:
    verdict = marked_answered(base, "count" if counting else "list", f"list:{kind}")
    verdict.attribute = kind
    verdict.items = ids
    verdict.value = len(ids) if counting else None
    verdict.filters = {key: value for key, value in filters.items() if value}
    verdict.sources = entry_sources(kb, ids[:40])
    return verdict


# "Which meeting came right after the St Petersburg one", "какая встреча была перед саммитом": the
# question asks for a meeting (its word within three words of the question word) next to a named one.
_WHICH_MEETING = re.compile(
    r"^(?:which|what|какое|какая|какой|какие|kakoe|kakaya|kakoy|kakie)\s+(?:\S+\s+){0,3}?"
    r"(?:meet\w*|summit\w*|events?|gathering\w*|заседани\w*|встреч\w*|совещани\w*|саммит\w*|мероприяти\w*"
    r"|zasedani\w*|vstrech\w*)\b"
)
_MEETING_AFTER_BOUND = re.compile(rf"\s*(?:'s\s+)?{MONTH_MEETING_NOUN}")
# "What came after the St Petersburg meeting", "что последовало за ним": events on one side.
_CAME = re.compile(
    r"^(?:and |а |a )?(?:what|что|chto) (?:came|followed|preceded|went|was held|прошло|состоялось|последовало"
    r"|предшествовало|proshlo)\b"
)
_NEXT_TO_AFTER = re.compile(r"\bafter\b|\bnext\b|\bfollow\w*|\bпосле\b|\bследующ\w*|\bposle\b")
_NEXT_TO_BEFORE = re.compile(
    r"\bbefore\b|\bprior to\b|\bpreced\w*|\bперед\b|\bдо\b|\bпредшеств\w*|\bpered\b|\bprevious\b|\bпредыдущ\w*"
)

_WHEN_START = re.compile(r"(?:when|когда|kogda)\b")
_BEFORE_AFTER_WORD = re.compile(r"\bbefore\b|\bprior to\b|\bafter\b|\bперед\b|\bпосле\b|\bpered\b|\bposle\b")


def _next_to_meeting(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The dated meeting right after (or before) a named one; meetings dated alike are all given,
    since neither came first."""
    # "Что было после саммита": every event on that side, as "which meetings came before" asks.
    # "When was the previous meeting before the 13th": the nearest one, asked with "when".
    when_next_to = _WHEN_START.match(text) is not None and _BEFORE_AFTER_WORD.search(text) is not None
    which = _WHICH_MEETING.search(text) is not None or when_next_to
    if not (which or ANY_EVENTS.search(text) or _CAME.search(text)):
        return None
    every = not which or MEETINGS_PLURAL.search(text) is not None or text.startswith(("какие", "kakie"))
    after, before = bool(_NEXT_TO_AFTER.search(text)), bool(_NEXT_TO_BEFORE.search(text))
    if after == before:
        return None
    span = date_span(text, today)
    if span is not None and not _MEETING_AFTER_BOUND.match(text, span.stop):
        return None  # "before October 2025" bounds a span of time; "before the June meeting" names one
    meetings = named_meetings(engine, parsed)
    if len(meetings) != 1:
        return None
    kb = engine.kb
    meeting_id = meetings[0][0]
    start = kb.date_key.get(meeting_id)
    if start is None:
        return None
    dated = [i for i in derived_for(kb).dated_ids if i != meeting_id]
    side = [i for i in dated if kb.date_key[i] > start] if after else [i for i in dated if kb.date_key[i] < start]
    if not side:
        return _none_beside(kb, base, parsed, meeting_id, "none_after" if after else "none_before")
    nearest = min(kb.date_key[i] for i in side) if after else max(kb.date_key[i] for i in side)
    chosen = side if every else [i for i in side if kb.date_key[i] == nearest]
    verdict = meeting_listing(kb, base, "meeting", chosen, {"after" if after else "before": [meeting_id]}, False)
    verdict.focus = [meeting_id]
    return verdict


def _none_beside(kb: KnowledgeBase, base: Verdict, parsed: Parsed, meeting_id: str, reason: str) -> Verdict:
    """No dated meeting after (or before) the named one: said so, with that meeting's source."""
    side = "after" if reason == "none_after" else "before"
    verdict = meeting_listing(kb, base, "meeting", [], {side: [meeting_id]}, parsed.intent.question == "count")
    verdict.focus = [meeting_id]
    verdict.reason = reason
    verdict.sources = list(kb.entities[meeting_id].sources)
    return verdict


def after_meeting(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Anything after the 13th meeting?": the meetings dated after a named one, by today."""
    if not (ANYTHING.search(text) and _LATER_THAN.search(text)):
        return _next_to_meeting(engine, parsed, base, today, text)
    meetings = named_meetings(engine, parsed)
    if len(meetings) != 1:
        return None
    kb = engine.kb
    meeting_id = meetings[0][0]
    start = kb.date_key.get(meeting_id)
    if start is None:
        return None
    later = [i for i in derived_for(kb).dated_ids if start < kb.date_key[i] and i != meeting_id]
    verdict = meeting_listing(kb, base, "meeting", later, {"after": [meeting_id]}, parsed.intent.question == "count")
    verdict.focus = [meeting_id]
    if not later:
        verdict.reason = "none_after"
        verdict.sources = list(kb.entities[meeting_id].sources)
    return verdict


def earliest_held(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The earliest dated meeting (in a year, a place, of a body) the sources record."""
    if not EARLIEST.search(text) or not MEETING_WORD.search(text):
        return None
    if parsed.intent.question not in ("card", "when", "where"):
        return None
    ids, filters = scope_meetings(engine, parsed, parsed.intent.years or None)
    kb = engine.kb
    earliest = next((m for m in (kb.get(i) for i in ids) if isinstance(m, Meeting) and m.date), None)
    if earliest is None:
        return None
    verdict = fact_verdict(base, earliest, "date", {"date": earliest.date, "end_date": earliest.end_date})
    verdict.intent = "time:earliest"
    verdict.filters = {key: value for key, value in filters.items() if value}
    if parsed.intent.years:
        verdict.filters["years"] = list(parsed.intent.years)
    return verdict


# "Is the exercise upcoming?", "учения ещё впереди?": one meeting's tense asked yes or no.
STILL_AHEAD = re.compile(
    r"\bupcoming\b|\bforthcoming\b|\bstill (?:ahead|to come)\b|\bin the future\b|\byet to\b|\bвпереди\b|\bпредсто(?:ит|ят)\b"
    r"|\bпредстоящ\w+|\bещ[её] не\b|\bvperedi\b|\bpredstoit\b"
)
# Asked of one meeting, never "which meetings are ahead" (that is the list of upcoming ones).
_WH_START = re.compile(r"^(?:what|which|when|how|where|who|any|какие|какое|какой|что|когда|сколько|где|kakie|kakoe|chto|kogda|skolko)\b")

# "Security Secretaries Council: anything upcoming?" asks what is ahead, not whether one meeting is.
_ANYTHING_AHEAD = re.compile(r"\banything\b|\bany (?:meetings?|events?|sessions?)\b|\bчто-(?:нибудь|то)\b|\bchto-?(?:nibud|to)\b")


def past_or_upcoming(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Is the XVIII meeting upcoming or already past?": the meeting's date against today's. A
    meeting recorded only as planned whose date has passed is neither: the sources do not say."""
    either = (_NEXT.search(text) or _AHEAD.search(text)) and _PAST.search(text)
    if not either and (not STILL_AHEAD.search(text) or _WH_START.match(text) or _ANYTHING_AHEAD.search(text)):
        return None
    entity = dated_entity(engine, parsed, text)
    if not isinstance(entity, Meeting) or not entity.date:
        return None
    past = _is_past(entity, today)
    value = {"date": entity.date, "past": past and entity.status != "planned", "today": today.isoformat()}
    if past and entity.status == "planned":
        value["planned"] = True
    verdict = fact_verdict(base, entity, "tense", value)
    verdict.intent = "time:tense"
    return verdict


_MEETING_GROUPS = frozenset({"~summit", "~meeting", "~exercise"})
_SUMMIT_WORD = re.compile(r"\bsummits?\b|\bсаммит\w*|\bsammit\w*")


def _qualified(engine: Engine, parsed: Parsed) -> bool:
    """Whether the question has a known word of its own beyond meeting words and words of time."""
    generic = generic_tokens()
    query = parsed.query
    return any(
        token not in generic
        and token not in engine._generic
        and token not in _MEETING_GROUPS
        and not query.unknown[i]
        and not _YEAR_TOKEN.match(token)  # "the last meeting in 2025": a year is a scope, no qualifier
        for i, token in enumerate(query.tokens)
    )


_YEAR_TOKEN = re.compile(r"^#(?:19|20|21)\d\d$")

_PREVIOUS = re.compile(r"\bprevious\b|\bpreceding\b|\bпредыдущ\w*|\bpredydushch\w*")


def previous_in_series(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "When was the previous meeting of the Security Secretaries Council": the one before the
    latest of that series; when the sources record no earlier one, that, never the latest's date."""
    found = _PREVIOUS.search(text)
    if found is None or _BEFORE_AFTER_WORD.search(text) or not MEETING_WORD.search(text):
        return None
    latest = latest_held(engine, parsed, replace(base), today, f"{text[: found.start()]}latest{text[found.end() :]}")
    if latest is None or not latest.filters.get("body") or not latest.focus:
        return None
    kb = engine.kb
    body, last = latest.filters["body"][0], latest.focus[0]
    earlier = [
        m for m in kb.meetings_of(body)
        if m.body == body and m.date and m.status == "held" and kb.date_key.get(m.id, (9999, 0, 0)) < kb.date_key[last]
    ]  # fmt: skip
    if earlier:
        previous = max(earlier, key=lambda m: kb.date_key[m.id])
        verdict = fact_verdict(base, previous, "date", {"date": previous.date, "end_date": previous.end_date})
        verdict.intent = "time:previous"
        return verdict
    verdict = _none_beside(kb, base, parsed, last, "none_before_in_series")
    verdict.filters["body"] = [body]
    return verdict


def latest_held(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The most recent meeting (of a body, in a place) held by today."""
    if not LATEST.search(text) or not MEETING_WORD.search(text) or LAST_YEAR.search(text):
        return None
    if parsed.intent.question not in ("card", "when", "where"):
        return None
    ids, filters = scope_meetings(engine, parsed, parsed.intent.years or None)
    kb = engine.kb
    if not (filters["body"] or filters["place"] or filters["excluded"]):
        # "The last meeting of the interior ministers": the series of the meeting it names, as for the next one.
        # A meeting named only by a meeting word ("заседание", "summit") names no series.
        named = [
            (meeting_id, positions)
            for meeting_id, positions in named_meetings(engine, parsed)
            if any(parsed.query.tokens[i] not in _MEETING_GROUPS for i in positions)
        ]
        body = getattr(kb.get(named[0][0]), "body", None) if named else None
        if _SUMMIT_WORD.search(text):
            ids = [i for i in ids if getattr(kb.get(i), "kind", None) == "summit"]
        if body is not None:
            filters["body"] = [body]
            series = {m.id for m in kb.meetings_of(body) if m.body == body}
            ids = [i for i in ids if i in series]
        elif _qualified(engine, parsed):
            return None  # "the most recent counter-terrorism meeting": not simply the latest of all
    # In date order: the latest held by today is the first such before today's place in the order.
    end = bisect_right(ids, (today.year, today.month, today.day), key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
    meetings = (m for m in (kb.get(i) for i in reversed(ids[:end])) if isinstance(m, Meeting))
    latest = next((m for m in meetings if m.date and m.status == "held" and _is_past(m, today)), None)
    if latest is None:
        return None
    verdict = fact_verdict(base, latest, "date", {"date": latest.date, "end_date": latest.end_date})
    verdict.intent = "time:latest"
    verdict.filters = {"latest": today.isoformat(), **{key: value for key, value in filters.items() if value}}
    return verdict
