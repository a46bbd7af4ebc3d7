"""A meeting described by its body's field, not its name ("the summer meeting of the police chiefs -
where?", "где летом собирались пограничники", "when did the spies meet in Moscow"): the police are the
interior ministers' field (``knowledge/topics.yaml``), so the question is asked again with that body's
name in place of the words of its field, and the search never takes "chiefs" for the name of another
meeting ("security and intelligence chiefs"). The season or month and every other word stay, so
"the winter meeting of the police chiefs" is still "not recorded in winter".

Taken only when the words of one body's field are all that name anything in the question: a question
that also names a meeting or another body ("did the Security Secretaries discuss drugs at their
meeting") is left to the usual answerers.

Cheap: one precompiled pattern of meeting words, gated by its literal first letters.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import define
from bot.answers.cues import literal_cue
from bot.answers.verdict import Verdict
from bot.kb.base import meeting_date
from bot.kb.schema import Entity, Meeting
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_MEETING_WORD = re.compile(
    r"\b(?:meet\w*|met|session\w*|gathering\w*|conference\w*"
    r"|совещани\w*|заседани\w*|встреч\w*|собира\w*|собрал\w*|заседал\w*|совещал\w*"
    r"|soveshchani\w*|soveshhani\w*|zasedani\w*|vstrech\w*|sobira\w*|sobral\w*|zasedal\w*)"
)
MEETING_CUE = literal_cue([_MEETING_WORD])
# Words that say which meeting by its kind or time, never which body: they may stand next to the field.
# People named by their rank in the field ("the counter-terrorism chiefs") are of it too.
_FRAME = frozenset(["~meeting", "~head_of"]) | frozenset(
    text_tokens("chief chiefs head heads boss bosses leader leaders official officials руководители главы начальники")
)
# Words that make the field's words a topic asked of a meeting ("обсуждали ли на совещании безопасность
# дорожного движения"), not the description of which meeting.
# People named by their rank, next to whose field word the field says whose meeting it was.
_RANKS = frozenset(["~head_of"]) | frozenset(
    text_tokens("chief chiefs head heads boss bosses leader leaders руководители главы начальники")
)
# "CIS", "СНГ", a verb of meeting ("встречались"): no sign the question names that entry.
_ANY_NAME = frozenset(["~cis"]) | frozenset(text_tokens("встречались встретились собирались vstrechalis"))
_TOPIC_ASKED = (
    "discuss", "agenda", "talk", "raise", "mention", "said", "say", "spoke", "speak",
    "обсужд", "обсуди", "повестк", "говорил", "упомин", "упомян", "выступ", "сказал", "заявил",
    "obsuzhd", "obsudi", "povestk", "govoril", "upomin", "vystup",
)
_NAMED = 0.65  # a name this much in the question names its entry ("XVIII совещание": 0.7); field descriptions reach ~0.5
_NEAR = 3  # words between a field word and the meeting or rank word it describes
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
    """The verdict of the question asked of the one body whose field describes the meeting; None
    when no single body's field does, or when the question names something else too."""
    kb = engine.kb
    text = parsed.text
    lowered = text.lower()
    if not _MEETING_WORD.search(lowered):
        return None
    topic_asked = any(word in lowered for word in _TOPIC_ASKED)
    top = parsed.hits[0] if parsed.hits else None
    if top is not None and top.name_cover >= _NAMED and kb.kind(top.entity) in ("meeting", "body"):
        return None  # a meeting or body named in full ("заседание совета министров внутренних дел")
    bodies = define.topic_matches(kb, text)
    if len(bodies) != 1 or not kb.meetings_of(bodies[0]):
        return None
    body = bodies[0]
    index = define.topic_index(kb)
    words = _WORD.findall(text)
    marks = [i for i, word in enumerate(words) if _MEETING_WORD.match(word.lower()) or set(text_tokens(word)) & _FRAME]
    field_at = [i for i, word in enumerate(words) if _of_field(word, body, index)]
    if topic_asked:
        # "did the summer meeting of the police chiefs talk about road safety": only a field word
        # right beside a rank word ("police chiefs", "главы полиции") says whose meeting; the other
        # field words are the topic asked, left to the answer of that meeting.
        ranks = [i for i, word in enumerate(words) if set(text_tokens(word)) & _RANKS]
        field_at = [i for i in field_at if any(abs(i - rank) == 1 for rank in ranks)]
        if not field_at:
            return None
        # the rank goes with its field word into the body's name, or "chiefs" is read as the topic
        field_at = sorted({*field_at, *(rank for rank in ranks if any(abs(i - rank) == 1 for i in field_at))})
    if not field_at or any(min((abs(i - mark) for mark in marks), default=99) > _NEAR for i in field_at):
        # a field word away from the meeting's words is a topic asked ("…предлагали привлекать к
        # дерадикализации"), not the description of which meeting
        return None
    field_words = [words[i] for i in field_at]
    own_meetings = {meeting.id for meeting in kb.meetings_of(body)}
    field_tokens = {token for word in field_words for token in text_tokens(word)}
    if field_tokens <= _name_tokens(kb.entities[body]) | _FRAME:
        return None  # "the interior ministers' meeting": the body named, the usual answer reads it
    query = parsed.query
    for hit in parsed.hits[:3]:
        if hit.entity == body or hit.entity in own_meetings or kb.kind(hit.entity) in ("place", "state"):
            continue
        named = {query.tokens[i] for i in hit.name_tokens if i < len(query.tokens)}
        if named - field_tokens - _FRAME - _ANY_NAME and hit.name_cover >= 0.5:
            return None  # the question names this one by more than the field's words
    if any(hit.entity == body or hit.entity in own_meetings for hit in parsed.hits[:1]):
        return None  # the body or its meeting is found already: nothing to put right
    short = kb.entities[body].short
    names = short.ru if parsed.lang == "ru" else short.en
    name = names[0] if names else kb.name(body, parsed.lang)
    asked = _with_body(text, field_words, name)
    if asked == text:
        return None
    verdict = engine.answer(asked, parsed.lang, today)
    # One of the body's meetings must be what answers (or the nearest record of a "not recorded"):
    # the body's own card would drop the meeting asked about.
    about = set(verdict.focus[:1]) | (set(verdict.alternatives) if verdict.kind == "not_recorded" else set())
    if not verdict.answered or verdict.kind in ("clarify", "decline") or not about & own_meetings:
        return None
    verdict.question = base.question
    verdict.filters = {**verdict.filters, "field": body}
    return _out_of_season(engine, text, verdict)


def _out_of_season(engine: Engine, text: str, verdict: Verdict) -> Verdict:
    """The verdict, or "not recorded" when the question names a season its meeting was not held in
    ("the winter meeting of the police chiefs": theirs was in August)."""
    season = next((name for name, pattern in _SEASONS if pattern.search(text.lower())), None)
    meeting = engine.kb.get(verdict.focus[0]) if season is not None and verdict.focus else None
    when = meeting_date(meeting) if isinstance(meeting, Meeting) else None
    if season is None or when is None or when.month in _SEASON_MONTHS[season]:
        return verdict
    result = Verdict(verdict.question, verdict.lang, "not_recorded", True, matches=verdict.matches, intent="not_recorded")
    result.reason = "constraint"
    result.value = {"what": "season", "asked": season, "recorded": when.month}
    result.focus = result.alternatives = [verdict.focus[0]]
    result.sources = list(verdict.sources)
    return result


_SEASONS = [
    ("summer", re.compile(r"\b(?:summer\w*|лет(?:о|ом|н\w*)|let(?:om|n\w+))\b")),
    ("autumn", re.compile(r"\b(?:autumn\w*|fall|осен\w*|osen\w*)\b")),
    ("winter", re.compile(r"\b(?:winter\w*|зим(?:а|ой|у|н\w*)|zim(?:oy|oj|n\w+))\b")),
    ("spring", re.compile(r"\b(?:spring\w*|весн(?:а|ой|у)|весенн\w*|vesn(?:oy|oj)|vesenn\w*)\b")),
]
_SEASON_MONTHS = {"summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2), "spring": (3, 4, 5)}


def _name_tokens(entity: Entity) -> set[str]:
    """The tokens of an entry's names, short names and aliases in both languages."""
    names = [*entity.name.model_dump().values(), *entity.short.en, *entity.short.ru]
    aliases = getattr(entity, "aliases", None)
    if aliases is not None:
        names += [*aliases.en, *aliases.ru]
    return {token for name in names if isinstance(name, str) for token in text_tokens(name)}


def _of_field(word: str, body: str, index: define.TopicIndex) -> bool:
    """Whether a word of the question is one of the body's field words (typos and Latin-typed
    Russian read as the topic search reads them)."""
    found = define.question_tokens(word, index.vocabulary)
    return any(entity == body and found & phrase for phrase, entity in index.phrases)


def _with_body(text: str, field_words: list[str], name: str) -> str:
    """The text with the first run of the field's words replaced by the body's name, and any later
    field words dropped."""
    out: list[str] = []
    placed = False
    position = 0
    for found in _WORD.finditer(text):
        if found.group(0) not in field_words:
            continue
        out.append(text[position : found.start()])
        if not placed:
            out.append(name)
            placed = True
        position = found.end()
    out.append(text[position:])
    return " ".join("".join(out).split())
