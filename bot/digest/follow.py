"""What a subscriber follows: bodies, member states and keywords; which meetings that takes in.

A meeting is followed when the subscriber follows nothing at all (everything), or through any one
of: its body or a participating body, a state that takes part in it or hosts it, or a keyword found
in its names, agenda or description in either language. Keywords are compared as the search index
compares words (``bot.search.text``: stems folded to one Latin skeleton), so "migrations", "миграции"
and a typo such as "migraton" all find a meeting about migration.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.kb.base import KnowledgeBase
from bot.kb.schema import Meeting, State
from bot.search.text import clean, tokens
from bot.storage.subscribers import Subscriber

MAX_KEYWORDS = 20
KEYWORD_CHARS = 60
# Stems this long or longer match another that starts with them, or is one letter off (ratio 80 on
# five letters): inflection and cross-language stems ("migrat" / "migrac") and typos.
FUZZY_MIN = 5
FUZZY_RATIO = 80.0

# One knowledge base at a time: its meetings' tokens, and the meetings each keyword found there.
_CACHE: dict[str, object] = {"version": None}
_MEETING_TOKENS: dict[str, frozenset[str]] = {}
_KEYWORD_HITS: dict[str, frozenset[str]] = {}
_KEYWORD_CACHE_LIMIT = 10_000


def normalise_keyword(text: str) -> str | None:
    """A keyword as stored: cleaned, single-spaced, lower-case, at most :data:`KEYWORD_CHARS`;
    None when it has no word that can be matched (only stop words, punctuation)."""
    keyword = " ".join(clean(text).split()).lower()[:KEYWORD_CHARS].strip()
    return keyword if keyword and keyword_tokens(keyword) else None


def keyword_tokens(keyword: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tokens(keyword)))


def _meeting_text(meeting: Meeting) -> str:
    parts = [meeting.name.en, meeting.name.ru, meeting.description.en, meeting.description.ru]
    parts += meeting.short.all() + meeting.aliases.all()
    for item in meeting.agenda:
        parts += [item.en, item.ru]
    return "\n".join(parts)


def _refresh(kb: KnowledgeBase) -> None:
    if _CACHE["version"] != kb.version:
        _MEETING_TOKENS.clear()
        _KEYWORD_HITS.clear()
        _CACHE["version"] = kb.version


def _meeting_tokens(kb: KnowledgeBase, meeting: Meeting) -> frozenset[str]:
    _refresh(kb)
    found = _MEETING_TOKENS.get(meeting.id)
    if found is None:
        found = frozenset(tokens(_meeting_text(meeting)))
        _MEETING_TOKENS[meeting.id] = found
    return found


def _token_matches(wanted: str, have: frozenset[str]) -> bool:
    if wanted in have:
        return True
    if len(wanted) < FUZZY_MIN or wanted.startswith("#"):
        return False
    for token in have:
        if len(token) < FUZZY_MIN:
            continue
        if token.startswith(wanted) or wanted.startswith(token) or fuzz.ratio(wanted, token) >= FUZZY_RATIO:
            return True
    return False


def keyword_meetings(kb: KnowledgeBase, keyword: str) -> frozenset[str]:
    """Ids of the meetings whose text holds every word of the keyword (computed once per keyword
    and knowledge base: subscribers share their keywords)."""
    _refresh(kb)
    hits = _KEYWORD_HITS.get(keyword)
    if hits is None:
        wanted = keyword_tokens(keyword)
        hits = frozenset(
            m.id
            for m in kb.of_kind("meeting")
            if isinstance(m, Meeting) and wanted and all(_token_matches(w, _meeting_tokens(kb, m)) for w in wanted)
        )
        if len(_KEYWORD_HITS) >= _KEYWORD_CACHE_LIMIT:
            _KEYWORD_HITS.clear()
        _KEYWORD_HITS[keyword] = hits
    return hits


def meeting_states(kb: KnowledgeBase, meeting: Meeting) -> set[str]:
    """The states that take part in a meeting or host it."""
    states = set(meeting.participants.states)
    if meeting.place:
        country = kb.country_of_place(meeting.place)
        if country:
            states.add(country)
    return states


def follows_meeting(kb: KnowledgeBase, sub: Subscriber | None, meeting: Meeting) -> bool:
    if sub is None or sub.follows_everything:
        return True
    if sub.bodies and any(b in sub.bodies for b in (meeting.body, *meeting.participants.bodies) if b):
        return True
    if sub.states and not meeting_states(kb, meeting).isdisjoint(sub.states):
        return True
    return any(meeting.id in keyword_meetings(kb, keyword) for keyword in sub.keywords)


def state_ids(kb: KnowledgeBase) -> list[str]:
    return [s.id for s in kb.of_kind("state") if isinstance(s, State)]


def named_state(kb: KnowledgeBase, keyword: str) -> str | None:
    """The state a keyword names exactly (its name, short form or an alias, in either language,
    as the search reads them): ``/follow Kazakhstan`` follows the state, not the word."""
    wanted = keyword_tokens(keyword)
    for state in kb.of_kind("state"):
        if not isinstance(state, State):
            continue
        names = [state.name.en, state.name.ru, *state.short.all(), *state.aliases.all()]
        if any(keyword_tokens(name) == wanted for name in names):
            return state.id
    return None


def state_meetings(kb: KnowledgeBase, state_id: str) -> list[str]:
    return [m.id for m in kb.of_kind("meeting") if isinstance(m, Meeting) and state_id in meeting_states(kb, m)]
