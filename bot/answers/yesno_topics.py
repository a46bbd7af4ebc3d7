"""Yes/no questions on a topic of a meeting the question does not name well enough to find by its
name ("Поднимался ли на июньском совещании вопрос возвращения боевиков-террористов?", "Упоминались
ли религиозные организации в связи с дерадикализацией?", "Говорили ли на четвёртой сессии об
учебно-методической литературе?").

The recorded statements of every meeting (agenda, sessions, what was said, outcomes: a few dozen,
analysed once) are scored against the question's topic words; the month and the session the
question names, when it names them, must be those of the statement found. A yes only when one
meeting holds a statement covering the topic; otherwise None and the usual answer stands (a topic
nobody recorded is never a "no": the sources may say it in other words).

Values are ids and plain data; :mod:`bot.present.answer` words them.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Collection
from typing import TYPE_CHECKING

from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Meeting, PartialDate
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import SearchIndex

# The share of the topic's weight a statement must explain (as for a named meeting).
TOPIC_YES = 0.6
# Words that place the statement rather than name its topic: months (nouns and adjectives), meeting
# and session words; they are checked against the meeting, not looked for in what was said.
_PLACING_WORDS = (
    "january february march april may june july august september october november december"
    " январь январский февраль февральский март мартовский апрель апрельский май майский июнь июньский"
    " июль июльский август августовский сентябрь сентябрьский октябрь октябрьский ноябрь ноябрьский"
    " декабрь декабрьский session sessions сессия сессии секция секции meeting заседание совещание встреча"
)
# Per index: its synonym groups decide how the words are folded.
_PLACING: weakref.WeakKeyDictionary[SearchIndex, frozenset[str]] = weakref.WeakKeyDictionary()


def _placing(index: SearchIndex) -> frozenset[str]:
    """The words that place a topic (months, sessions, meetings), as typed and as the index folds
    them: "сессия" and "секция" are one synonym group, so the question's token is the group's."""
    placing = _PLACING.get(index)
    if placing is None:
        words = text_tokens(_PLACING_WORDS)
        placing = _PLACING[index] = frozenset([*words, *index.fold_synonyms(words)])
    return placing
# "the fourth session", "на четвёртой сессии", "4-й сессии".
_SESSION = re.compile(
    r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|перв\w*|втор\w*|трет\w*|четв[её]рт\w*|пят\w*|[1-5]-?[йоя]\w*)"
    r"\s+(?:(?:specialized|specialised|специализированн\w*)\s+)?(?:session|сесси\w*|секци\w*)",
    re.I,
)
_ORDINALS = {
    "first": 1, "1st": 1, "перв": 1, "second": 2, "2nd": 2, "втор": 2, "third": 3, "3rd": 3, "трет": 3,
    "fourth": 4, "4th": 4, "четв": 4, "fifth": 5, "5th": 5, "пят": 5,
}
_SESSION_TITLE = re.compile(r"\b(first|second|third|fourth|fifth)\s+session\b", re.I)


def _session_asked(text: str) -> int | None:
    match = _SESSION.search(text)
    if match is None:
        return None
    word = match.group(1).lower()
    if word[0].isdigit():
        return int(word[0])
    return next((number for stem, number in _ORDINALS.items() if word.startswith(stem)), None)


def _session_of(meeting: Meeting, said: object) -> int | None:
    """The ordinal of the session whose points or title hold the statement ("Fourth session: …")."""
    for session in meeting.sessions:
        if said == session.title or said in session.points:
            match = _SESSION_TITLE.search(session.title.en)
            return _ORDINALS[match.group(1).lower()] if match else None
    return None


def session_topic(index: SearchIndex, parsed: Parsed, rest: list[int]) -> tuple[list[int], int | None]:
    """For a question naming a session ("the second session of the XVIII meeting"): the topic's
    positions without the session's words and number, and the session's ordinal; else as given."""
    session = _session_asked(parsed.text)
    if session is None:
        return rest, None
    placing = _placing(index)
    tokens = parsed.query.tokens
    return [i for i in rest if tokens[i] not in placing and not tokens[i].startswith("#")], session


def in_session(meeting: Meeting, said: object, session: int | None) -> bool:
    """Whether the statement is in the session asked (any, when none is asked)."""
    return session is None or _session_of(meeting, said) == session


def placing_words(index: SearchIndex) -> frozenset[str]:
    """The folded words that place a topic (months, sessions, meeting words): no topic themselves."""
    return _placing(index)


def covering_meetings(
    engine: Engine,
    parsed: Parsed,
    positions: list[int],
    months: Collection[int] = (),
    among: Collection[str] | None = None,
) -> dict[str, tuple[float, object]]:
    """The meetings whose recorded statements cover the topic at ``positions`` (in the months given,
    among the meetings given), each with its best score and statement."""
    query, index, kb = parsed.query, engine.index, engine.kb
    placing = _placing(index)
    rest = [i for i in positions if query.tokens[i] not in placing and not query.tokens[i].startswith("#")]
    found: dict[str, tuple[float, object]] = {}
    if not rest:
        return found
    for meeting in kb.entities.values():
        if not isinstance(meeting, Meeting) or (among is not None and meeting.id not in among):
            continue
        if months and (not meeting.date or PartialDate.parse(meeting.date).month not in months):
            continue
        for doc_id in index.statements(meeting.id):
            score = index.score_doc(doc_id, query, rest)
            if score >= TOPIC_YES and score > found.get(meeting.id, (0.0, None))[0]:
                found[meeting.id] = (score, index.statement(doc_id))
    return found


def unnamed_meeting_topic(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    positions: list[int],
    months: set[int],
    among: Collection[str] | None = None,
) -> Verdict | None:
    """ "Yes" with the statement when exactly one meeting's record covers the topic asked (in the
    month and session named, if any; of the meetings ``among``, when given: those held in the city
    asked); None otherwise."""
    kb = engine.kb
    session = _session_asked(parsed.text)
    found = covering_meetings(engine, parsed, positions, months, among)
    if len(found) != 1:
        return None  # nothing, or several meetings: which one is meant is not for a guess
    meeting_id, (score, said) = next(iter(found.items()))
    meeting = kb.entities[meeting_id]
    assert isinstance(meeting, Meeting)
    if session is not None and _session_of(meeting, said) != session:
        return None  # said, but not shown to be in the session asked
    base.kind, base.answered, base.yes, base.grounds = "yes_no", True, True, "discussed"
    base.focus = [meeting_id]
    base.value = {"meeting": meeting_id, "score": round(score, 3)}
    base.sources = list(meeting.sources)
    base.statements = [Statement(getattr(said, "en", ""), getattr(said, "ru", ""), meeting_id, meeting.sources[0])]
    base.intent = "yes_no"
    return base


def several_meetings_topic(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    positions: list[int],
    months: set[int],
    among: Collection[str],
    place: str,
) -> Verdict | None:
    """ "Yes" with each meeting's statement when two or more of the meetings ``among`` (those held in
    the city asked) cover the topic: "was the exercise discussed at the Moscow meeting?" of a city
    where three were held and two took it up. None for fewer (then :func:`unnamed_meeting_topic`
    or "not mentioned" answers)."""
    kb = engine.kb
    found = covering_meetings(engine, parsed, positions, months, among)
    if len(found) < 2:
        return None
    items = sorted(found, key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
    base.kind, base.answered, base.yes, base.grounds = "yes_no", True, True, "discussed_several"
    base.focus = items
    base.value = {"meetings": items, "place": place}
    base.sources = list(dict.fromkeys(source for i in items for source in kb.entities[i].sources))
    base.statements = covering_statements(engine, found, items)
    base.intent = "yes_no"
    return base


def covering_statements(engine: Engine, found: dict[str, tuple[float, object]], items: list[str]) -> list[Statement]:
    """The statement each of ``items`` (meetings of :func:`covering_meetings`) covers the topic by."""
    kb = engine.kb
    return [
        Statement(getattr(found[i][1], "en", ""), getattr(found[i][1], "ru", ""), i, kb.entities[i].sources[0] if kb.entities[i].sources else None)
        for i in items
    ]
