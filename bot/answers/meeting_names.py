"""Which meetings a question names: by ordinal or Roman numeral ("the XVIII meeting"), by the words
that tell one meeting from the others, or by a month ("the October meeting"); the words each named
meeting takes from the question are kept, so that two meetings named are told apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Statement
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Fact, Meeting
from bot.search.text import prepare, roman_to_int, surface_number
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import Hit


# A meeting counts as named by the question when its hit is at least this good and the words it
# explains (apart from "meeting", "CIS", a year...) weigh at least NAMED_WEIGHT.
NAMED_SCORE = 0.3
NAMED_COVER = 0.4
NAMED_WEIGHT = 2.5
# A place, state or body narrows a list only when the question names it in full.
FILTER_COVER = 0.85

MONTHS: list[re.Pattern[str]] = [
    re.compile(pattern)
    for pattern in (
        r"\bjan(?:uary)?\b|\bянвар\w*|\byanvar\w*",
        r"\bfeb(?:ruary)?\b|\bфеврал\w*|\bfevral\w*",
        r"\bmarch\b(?= #| of| in)|\bмарт\w*|\bmarte?\b",
        r"\bapril\b|\bапрел\w*|\baprel\w*",
        r"\bmay\b(?= #)|\bма[йяе]\b|\bmae\b",
        r"\bjune?\b|\bиюн\w*|\biyun\w*",
        r"\bjuly?\b|\bиюл\w*|\biyul\w*",
        r"\baug(?:ust)?\b|\bавгуст\w*|\bavgust\w*",
        r"\bsep(?:tember)?\b|\bсентябр\w*|\bsentyabr\w*",
        r"\boct(?:ober)?\b|\bоктябр\w*|\boktyabr\w*",
        r"\bnov(?:ember)?\b|\bноябр\w*|\bnoyabr\w*",
        r"\bdec(?:ember)?\b|\bдекабр\w*|\bdekabr\w*",
    )
]

YEAR = re.compile(r"#((?:19|20|21)\d\d)\b")

# Words that say "meeting" or the CIS rather than which meeting: they do not tell meetings apart.
_NOT_DISTINCTIVE_WORDS = (
    "meeting meetings session sessions summit event заседание совещание встреча мероприятие zasedanie soveshchanie "
    "vstrecha member states state participants participant list lists CIS СНГ государств участников held"
)
_not_distinctive: set[str] = set()


def generic_tokens() -> set[str]:
    if not _not_distinctive:
        _not_distinctive.update(text_tokens(_NOT_DISTINCTIVE_WORDS))
        _not_distinctive.update({"~meeting", "~cis", "~member_states"})
    return _not_distinctive


class _Derived:
    """What some questions need about every meeting, computed once per knowledge base (it never
    changes: a reload builds a new one): meetings in date order, and results over all lists."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        by_date = sorted((key, i) for i, key in kb.date_key.items() if kb.kind(i) == "meeting")
        self.dated_ids = [meeting_id for _, meeting_id in by_date]
        self.combined: dict[tuple[tuple[str, ...], tuple[str, ...], str], tuple[list[str], list[str]]] = {}
        # Who spoke (by year, 0 for any year) and what each person is recorded to have said: one
        # scan of every meeting and fact, on the first question that needs it.
        self.spoke: dict[int, dict[str, list[str]]] | None = None
        self.said: dict[str, list[tuple[tuple[int, int, int], str, Statement]]] = {}
        self._with_sessions: list[Meeting] | None = None

    @property
    def with_sessions(self) -> list[Meeting]:
        """The meetings whose sessions the sources record: one scan, on the first question about a session."""
        if self._with_sessions is None:
            self._with_sessions = [m for m in self.kb.of_kind("meeting") if isinstance(m, Meeting) and m.sessions]
        return self._with_sessions

    def speakers(self) -> dict[int, dict[str, list[str]]]:
        if self.spoke is None:
            self.spoke = {0: {}}
            kb = self.kb
            for meeting_id in self.dated_ids:
                meeting = kb.get(meeting_id)
                if not isinstance(meeting, Meeting):
                    continue
                key = kb.date_key[meeting_id]
                spoke = [p.person for p in meeting.participants.people if p.role in ("speaker", "chair", "addressed")]
                spoke += [statement.person for statement in meeting.media_statements]
                for person in spoke:
                    self._spoke(key[0], person, meeting_id)
                said = [(p.person, p.said) for p in meeting.participants.people]
                said += [(m.person, m.said) for m in meeting.media_statements]
                source = next(iter(meeting.sources), None)
                for person, words in said:
                    for first in words[:1]:
                        statement = Statement(first.en, first.ru, meeting_id, source, person)
                        self.said.setdefault(person, []).append((key, meeting_id, statement))
            for fact in kb.of_kind("fact"):
                # A dated statement is a fact whose first link is the person who made it.
                if not isinstance(fact, Fact) or not fact.related:
                    continue
                person = fact.related[0]
                if kb.get(person) is None or kb.kind(person) != "person":
                    continue
                # An undated statement ("in an October statement", no year) is one of any year only.
                self._spoke(fact.year or 0, person, fact.id)
                statement = Statement(fact.value.en, fact.value.ru, fact.id, next(iter(fact.sources), None), person)
                # Known to the year only: it sorts before anything dated within that year.
                self.said.setdefault(person, []).append(((fact.year or 0, 0, 0), fact.id, statement))
        return self.spoke

    def _spoke(self, year: int, person: str, holder: str) -> None:
        assert self.spoke is not None
        for key in dict.fromkeys((0, year)):
            self.spoke.setdefault(key, {}).setdefault(person, []).append(holder)


_derived: dict[int, _Derived] = {}


def derived_for(kb: KnowledgeBase) -> _Derived:
    found = _derived.get(id(kb))
    if found is None or found.kb is not kb:
        _derived.clear()  # one knowledge base at a time: the previous one is gone after a reload
        found = _derived[id(kb)] = _Derived(kb)
    return found


def _distinct(engine: Engine, parsed: Parsed, hit: Hit, claimed: set[int]) -> set[int]:
    """Query positions the hit explains that tell one meeting from another."""
    query = parsed.query
    generic = generic_tokens()
    return {
        i
        for i in hit.name_tokens
        if i not in claimed
        and query.tokens[i] not in generic
        and query.tokens[i] not in engine._generic
        and not YEAR.fullmatch(query.tokens[i])
    }


_MEETING_NOUN = re.compile(
    r"(?:meeting|session|summit|заседан\w*|совещан\w*|встреч\w*|саммит\w*|zasedan\w*|soveshchan\w*)"
)

_CAPITAL_ROMAN_CUE = re.compile(r"[IVX]{2}")
_CAPITAL_ROMAN = re.compile(r"\b[IVXL]{2,}\b")


def numbered_meeting(text: str, numbers: set[str]) -> bool:
    """Whether a number of the question stands beside a meeting word ("the 13th meeting", "XVIII
    совещания", "13-е заседание") rather than counting something else ("13 участников")."""
    # A Roman numeral in capitals ("и в Питере, и на XVIII?") is an ordinal: no quantity is written so.
    for roman in _CAPITAL_ROMAN.findall(text) if _CAPITAL_ROMAN_CUE.search(text) else ():
        value = roman_to_int(roman.lower())
        if value is not None and f"#{value}" in numbers:
            return True
    prepared = prepare(text)
    words = prepared.split()
    for i, word in enumerate(words):
        token = word if word.startswith("#") else surface_number(word)
        if token is None or token.split("-")[0] not in numbers:
            continue
        near = " ".join(words[max(0, i - 2) : i + 3])
        if _MEETING_NOUN.search(near):
            return True
    return False


def one_named_meeting(engine: Engine, parsed: Parsed) -> Meeting | None:
    """The meeting the question names, when it names exactly one."""
    named = [m for m, _ in named_meetings(engine, parsed) if isinstance(engine.kb.get(m), Meeting)]
    meeting = engine.kb.get(named[0]) if len(named) == 1 else None
    return meeting if isinstance(meeting, Meeting) else None


def named_meetings(engine: Engine, parsed: Parsed) -> list[tuple[str, set[int]]]:
    """The meetings a question names, best first, each with the query positions that name it.

    A meeting is named by its own words, or by a place or body that has only one meeting; two
    meetings named by the same words are one mention (the better hit is kept)."""
    kb = engine.kb
    chosen: list[tuple[str, set[int]]] = []
    claimed: set[int] = set()
    weak: list[tuple[str, set[int]]] = []  # meetings named by too light words of their own
    for hit in parsed.hits:
        if hit.score < NAMED_SCORE:
            break
        kind = kb.kind(hit.entity)
        if kind == "meeting":
            if hit.name_cover < NAMED_COVER:
                continue
            meeting_id = hit.entity
        elif kind in ("place", "body") and hit.name_cover >= FILTER_COVER:
            held = (
                kb.meetings_held_in.get(hit.entity, [])
                if kind == "place"
                else [m for m in kb.meetings_by.get(hit.entity, []) if getattr(kb.get(m), "body", None) == hit.entity]
            )
            if len(held) != 1:
                continue
            meeting_id = held[0]
        else:
            continue
        own = _distinct(engine, parsed, hit, claimed)
        if sum(parsed.query.weights[i] for i in own) < NAMED_WEIGHT:
            if kind == "meeting" and own:
                weak.append((meeting_id, own))
            continue
        numbers = {parsed.query.tokens[i] for i in own if parsed.query.tokens[i].startswith("#")}
        if numbers and len(numbers) == len(own) and not numbered_meeting(parsed.text, numbers):
            continue  # "13 участников": a quantity, not the 13th meeting
        claimed |= own
        known = [m for m, _ in chosen]
        if meeting_id in known:
            chosen[known.index(meeting_id)][1].update(own)
            continue
        chosen.append((meeting_id, own))
    for meeting_id, own in _meetings_of_months(engine, parsed, claimed) + _place_in_month(engine, parsed, claimed):
        if meeting_id not in [m for m, _ in chosen]:
            chosen.append((meeting_id, own))
    return _kind_in_place(engine, parsed, chosen, weak) if weak and chosen else chosen


def _kind_in_place(
    engine: Engine, parsed: Parsed, chosen: list[tuple[str, set[int]]], weak: list[tuple[str, set[int]]]
) -> list[tuple[str, set[int]]]:
    """ "между антитеррористическим совещанием в Москве и публикацией": three meetings were held in
    Moscow, and a meeting named by the city's word alone (its name holds it) is no choice among
    them; the one of them whose own name holds the other, lighter words ("counter-terrorism") is."""
    kb = engine.kb
    places = [h for h in parsed.hits if kb.kind(h.entity) == "place" and len(kb.meetings_held_in.get(h.entity, [])) >= 2]
    result = list(chosen)
    for index, (meeting_id, own) in enumerate(chosen):
        for place in places:
            if not own or not own <= set(place.name_tokens):
                continue
            held = kb.meetings_held_in.get(place.entity, [])
            kinds = [(m, words) for m, words in weak if m in held and m != meeting_id and not words & own]
            if len(kinds) == 1 and kinds[0][0] not in [m for m, _ in result]:
                result[index] = (kinds[0][0], own | kinds[0][1])
    return result


_PLACE_MONTH_GAP = 2  # query positions between a city's word and its month ("в Москве в июне")


def _place_in_month(engine: Engine, parsed: Parsed, claimed: set[int]) -> list[tuple[str, set[int]]]:
    """ "и в Москве в июне, и в Питере": a city of several meetings and a month beside it name the
    one meeting held there that month, with no meeting word (``_meetings_of_months`` needs one)."""
    kb = engine.kb
    places = [
        h
        for h in parsed.hits
        if h.score >= NAMED_SCORE and h.name_cover >= FILTER_COVER and kb.kind(h.entity) == "place"
        and len(kb.meetings_held_in.get(h.entity, [])) >= 2 and not set(h.name_tokens) & claimed
    ]
    if not places:
        return []
    text = prepare(parsed.text)
    tokens = parsed.query.tokens
    found: list[tuple[str, set[int]]] = []
    for number, pattern in enumerate(MONTHS, start=1):
        month = pattern.search(text)
        if month is None:
            continue
        words = set(text_tokens(month.group(0)))
        at = {i for i, token in enumerate(tokens) if token in words and i not in claimed}
        for place in places:
            if not any(abs(i - j) <= _PLACE_MONTH_GAP for i in at for j in place.name_tokens):
                continue
            held = [m for m in kb.meetings_held_in.get(place.entity, []) if kb.date_key.get(m, (0, 0))[1] == number]
            if len(held) == 1:
                found.append((held[0], at | set(place.name_tokens)))
    return found


# A meeting named by its month: "the June meeting", "июньское совещание", "the meeting in August".
MONTH_MEETING_NOUN = (
    r"(?:meeting|gathering|summit|заседани\w*|совещани\w*|встреч\w*|саммит\w*|zasedani\w*|vstrech\w*"
    r"|sove(?:shch|sh|sch)ani\w*|sammit\w*)"
)
_MONTH_MEETING_CUE = re.compile(rf"\b{MONTH_MEETING_NOUN}s?\b|\bone\b")


def _meetings_of_months(engine: Engine, parsed: Parsed, claimed: set[int]) -> list[tuple[str, set[int]]]:
    """The one dated meeting of each month a question names next to a meeting word, with the query
    positions of the month's word; a month with no meeting or several names none."""
    text = prepare(parsed.text)
    if not _MONTH_MEETING_CUE.search(text):
        return []  # cheap first look: no meeting word at all
    kb = engine.kb
    years = [int(y) for y in YEAR.findall(text)]
    found: list[tuple[str, set[int]]] = []
    for number, pattern in enumerate(MONTHS, start=1):
        month = pattern.search(text)
        if month is None:
            continue
        after = text[month.end() : month.end() + 40]
        before = text[max(0, month.start() - 30) : month.start()]
        if not (
            re.match(rf"\s+(?:#\d+\s+)?(?:\S+\s+)?{MONTH_MEETING_NOUN}s?\b", after)
            # "and at the June one?": "one" stands for the meeting right after its month
            or re.match(r"\s+one\b", after)
            # "the June and the St Petersburg meetings", "на июньском и петербургском заседаниях":
            # one noun after two describers
            or re.match(rf"[\s,]+(?:and|or|и|или|i)\s+(?:the\s+|на\s+|na\s+)?(?:\S+\s+){{0,3}}?{MONTH_MEETING_NOUN}s?\b", after)
            # "на совещании 10 июня", "the meeting of 12 August": a day between is part of the date
            or re.search(rf"\b{MONTH_MEETING_NOUN}\s+(?:(?:in|of|on|held in|held on|в)\s+)?(?:#\d+\s+)?$", before)
        ):
            continue
        dated = [
            i
            for i in derived_for(kb).dated_ids
            if kb.date_key[i][1] == number and (not years or kb.date_key[i][0] in years) and kb.kind(i) == "meeting"
        ]
        if len(dated) != 1:
            continue
        words = set(text_tokens(month.group(0)))
        positions = {i for i, token in enumerate(parsed.query.tokens) if token in words and i not in claimed}
        found.append((dated[0], positions))
    return found
