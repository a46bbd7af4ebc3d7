"""The sessions and places of meetings: where the meetings a question scopes were held, a meeting's
session asked by its number, its plenary or its topic, and the numbered points of a session.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import session_claim
from bot.answers.computed import entry_sources, marked_answered
from bot.answers.facts import fact_verdict
from bot.answers.meeting_names import derived_for, named_meetings
from bot.answers.next_and_last import MEETING_WORD, YES_NO, named_filters
from bot.answers.period_lists import SESSION_WORD
from bot.answers.time_elapsed import HOW_MANY_DAYS
from bot.answers.verdict import Statement, Verdict
from bot.kb.base import meeting_date
from bot.kb.schema import Entity, Meeting
from bot.search.text import any_ordinal, ordinal_stem
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


# Cities as what a list is of: "in which cities were the meetings held", "в скольких городах России".
# Plural only: "from which city was the report sent" asks about one city, not a set of them.
_CITIES = re.compile(
    r"\bcities\b|\bгород(?:ов|ах|ам|ами)\b|\b(?:какие|все|сколько) города\b|\bgorod(?:ov|ah|akh|am|ami)\b"
)


_SPECIALISED = re.compile(r"\bspeciali[sz]ed\b|\bспециализирован\w*|\bspe(?:ts|c)iali[sz]irovann\w*")

def meeting_places(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The cities meetings were held in (in a named state, in the years asked), listed or counted:
    the meetings' places as a set."""
    if not _CITIES.search(text) or not (MEETING_WORD.search(text) or parsed.intent.list_kind == "meeting"):
        return None
    kb = engine.kb
    within = named_filters(engine, parsed)["place"]
    years = list(parsed.intent.years)
    places: dict[str, list[str]] = {}
    for meeting in kb.of_kind("meeting"):
        if not isinstance(meeting, Meeting) or not meeting.place or kb.kind(meeting.place) != "place":
            continue  # a state given as the venue is no city
        known = meeting_date(meeting)
        if years and (known is None or known.year not in years):
            continue
        if within and meeting.place not in within and kb.country_of_place(meeting.place) not in within:
            continue
        places.setdefault(meeting.place, []).append(meeting.id)
    counting = parsed.intent.question == "count"
    verdict = marked_answered(base, "count" if counting else "list", "list:place")
    verdict.attribute = "place"
    verdict.items = list(places)
    verdict.value = len(places) if counting else None
    verdict.filters = {"of": "meetings", "within": within, "meetings": {p: ids for p, ids in places.items()}}
    if years:
        verdict.filters["years"] = years
    verdict.sources = entry_sources(kb, [i for ids in places.values() for i in ids])
    return verdict


_PLENARY = re.compile(r"\bplenary\b|\bпленарн\w*|\bplenarn\w*")


_ASKS_WHICH = re.compile(r"^\W*(?:what|which|how|что|чему|какой|какая|какие|о ч[её]м|chto|chemu|kakoy|kakaya|o chem)\b")


def session_verdict(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "What was discussed at the second session of the XVIII meeting": that session's points;
    "list the specialised sessions": their titles. A session named without its meeting is looked
    for among the meetings whose sessions are recorded, and must be unambiguous."""
    format_asked = not SESSION_WORD.search(text) and _FORMAT.search(text) is not None
    if not (SESSION_WORD.search(text) or format_asked) or HOW_MANY_DAYS.search(text) or parsed.intent.question == "count":
        return None  # "how many sessions" is counted where meetings' figures are
    if YES_NO.search(text):
        return None  # "was there a plenary session?" is a yes or no
    if session_claim.DEVOTED.search(text) and not _ASKS_WHICH.match(text):
        # "Четвёртая сессия была посвящена международному сотрудничеству?": a topic claimed of
        # the session, checked as a yes or no (not its points shown without one)
        return None
    kb = engine.kb
    named = [m for m, _ in named_meetings(engine, parsed)]
    if format_asked and not named:
        return None  # "the CIS plus format" is no meeting's sessions
    candidates = [kb.entities[m] for m in named[:1]] or [
        m for m in derived_for(kb).with_sessions if isinstance(m, Meeting)
    ]
    # Ordinals in digits ("4th", "2-й") are read from the question as typed: prepared, they are numbers.
    words = [*text.split(), *(w for w in parsed.text.lower().split() if w[:1].isdigit())]
    ordinals = {n for word in words if (n := any_ordinal(word.strip("?!.,;:«»"))) is not None}
    plenary = bool(_PLENARY.search(text))
    found: list[tuple[Meeting, int]] = []
    for meeting in candidates:
        if not isinstance(meeting, Meeting) or not meeting.sessions:
            continue
        for index, session in enumerate(meeting.sessions):
            title = session.title.en.lower()
            first = ordinal_stem(title.split()[0]) if title else None
            if (first is not None and first in ordinals) or (plenary and not ordinals and "plenary" in title):
                found.append((meeting, index))
    if not found and not ordinals and not plenary:
        # "the session on countering radicalisation": the one session whose topic the question names.
        found = _session_by_topic(engine, parsed, candidates)
    if len(found) == 1:
        meeting, index = found[0]
        return session_points(base, meeting, index)
    listing = (
        parsed.intent.list_cue
        or parsed.intent.question == "count"
        or bool(_LIST_SESSIONS.search(text))
        or format_asked
    )
    if found or ordinals or len(candidates) != 1 or not listing:
        return None
    meeting = candidates[0]
    if not isinstance(meeting, Meeting) or not meeting.sessions:
        return None
    # "The specialised sessions": the sessions other than the plenary one.
    # (the intent keeps no body category for "specialised sessions": the word itself)
    specialised = "specialised" in parsed.intent.categories or _SPECIALISED.search(parsed.text.lower()) is not None
    sessions = [s for s in meeting.sessions if not (specialised and "plenary" in s.title.en.lower())]
    source = meeting.sources[0] if meeting.sources else None
    titles = [Statement(s.title.en, s.title.ru, meeting.id, source) for s in sessions]
    verdict = fact_verdict(base, meeting, "sessions", len(titles), statements=titles)
    verdict.intent = "list:sessions"
    return verdict


_SESSION_TOPIC_AT = 0.6  # the share of the question's topic words a session's title must hold


def _session_by_topic(engine: Engine, parsed: Parsed, candidates: list[Entity]) -> list[tuple[Meeting, int]]:
    """The one session, among the candidate meetings', whose title holds most of the question's
    words that its meeting's name does not ("на сессии XVIII совещания по противодействию
    радикализации"); none when two hold them alike or none holds enough."""
    query = parsed.query
    named = {i for hit in parsed.hits[:3] if hit.entity in {m.id for m in candidates} for i in hit.name_tokens}
    rest = [
        i
        for i, token in enumerate(query.tokens)
        if i not in named and not query.unknown[i] and token not in engine._generic and token[:1] != "#"
    ]
    total = sum(query.weights[i] for i in rest)
    if not total:
        return []
    scored: list[tuple[float, Meeting, int]] = []
    for meeting in candidates:
        if not isinstance(meeting, Meeting):
            continue
        for index, session in enumerate(meeting.sessions):
            raw = text_tokens(f"{session.title.en} {session.title.ru}")
            tokens = set(engine.index.fold_synonyms(raw)).union(raw)
            held = sum(
                query.weights[i] * max((sim for token, sim in query.matches[i] if token in tokens), default=0.0)
                for i in rest
            )
            scored.append((held / total, meeting, index))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < _SESSION_TOPIC_AT or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.1):
        return []
    return [(scored[0][1], scored[0][2])]


def session_points(base: Verdict, meeting: Meeting, index: int) -> Verdict:
    """What one session of a meeting did: its recorded points under its title."""
    session = meeting.sessions[index]
    source = meeting.sources[0] if meeting.sources else None
    points = [Statement(p.en, p.ru, meeting.id, source) for p in session.points]
    verdict = fact_verdict(base, meeting, "session", {"title": session.title.model_dump()}, statements=points)
    verdict.intent = "list:session_points"
    return verdict


def session_index(meeting: Meeting, number: int) -> int | None:
    """The place among a meeting's sessions of the one its title numbers so ("Third session: ...")."""
    for index, session in enumerate(meeting.sessions):
        title = session.title.en.lower()
        if title and ordinal_stem(title.split()[0]) == number:
            return index
    return None


# "In what format was the meeting held": its sessions say ("structure" is in names: RATS).
_FORMAT = re.compile(r"\bformat\w*|\bформат\w*")

_LIST_SESSIONS = re.compile(
    r"\b(?:list|name|which|what) (?:the |were the |are the )?(?:\w+ )?sessions\b|\bперечисл\w*|\bназов\w*|\bкакие\b"
    r"|\bperechisl\w*|\bkakie\b"
)
