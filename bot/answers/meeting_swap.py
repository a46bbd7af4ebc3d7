"""The same topic asked of another meeting: "а на встрече спецслужб в Москве?" after "а нелегальную
миграцию где-нибудь обсуждали?", "and at the 13th security secretaries meeting?" after "was road safety
discussed at the interior ministers meeting?".

The previous question asked whether (or where) a topic was taken up; a short turn naming a meeting
("а на …", "and at …", "what about the … meeting") asks the same of that meeting. Read alone, the turn
named only the meeting, and the meeting's card came back with a "Да." put before it (the migration
question asserted of a meeting whose record never mentions migration). The topic is the previous
question's words less those that frame it (question and discussion words) and those that named its
meeting, city or body; it is asked again in the form the yes/no answerer reads ("обсуждали ли <topic>
на <meeting>?"). A meeting whose record does not cover the topic is "not recorded", with the topic
named (the answer must say what it did not find).

Cheap: two regexes on the turn and the previous question, then one parse and one engine question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.search.chatlatin import cyrillic_reading
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# the previous question asked whether / where a topic was taken up
DISCUSSED = re.compile(
    r"\b(?:[оа]бсужда\w*|[оа]бсудил\w*|рассматрива\w*|говорил\w*|упомина\w*|речь|discuss\w*|talk\w*|mention\w*|rais\w*"
    r"|[oa]bsuzhda\w*|[oa]bsudil\w*|rassmatriva\w*|govoril\w*|upomina\w*|rech)\b"
)
# a short turn naming another meeting: "а на встрече спецслужб в Москве", "and at the XVIII meeting",
# "what about the intelligence chiefs meeting in Moscow", "a v Peterburge"
_SWAP = re.compile(
    r"^(?:and|what about|how about|and what about|а|и|a|i|ну а|а как насчет|как насчет|a kak naschet)\s+"
    r"(?P<place>(?:at|in|during|on|на|в|во|na|v|vo)\s+.+|(?:the\s+)?[^?]*\b(?:meeting|summit|session)\b[^?]*)$"
)
MAX_PLACE_WORDS = 9
_ASKING = re.compile(r"\b(?:как\w*|котор\w*|чем|кто|где|когда|which|what|where|when|who|kak\w*|kotor\w*)\b")
# words that frame the previous question, not its topic
_FRAME = (
    "обсуждали обсуждалось обсуждался обсуждалась обсуждались обсудили обсуждать обсуждают рассматривали "
    "рассматривался говорили говорилось упоминали упоминалось упоминался поднимали поднимался шла была речь ли "
    "где где-нибудь где-то нибудь когда-нибудь там тогда ли вообще вопрос тема "
    "discuss discussed discussing talk talked talking about raise raised mentioned mention covered anywhere where "
    "there then they at all topic issue "
    "obsuzhdali obsuzhdalos obsudili govorili upominali rech gde nibud li tam"
)
_FRAME_TOKENS: set[str] = set()
# a hit naming the previous meeting, its city or body
_NAMING_KINDS = ("meeting", "place", "body")
NAMING_SCORE = 0.25


def _frame_tokens() -> set[str]:
    if not _FRAME_TOKENS:
        _FRAME_TOKENS.update(text_tokens(_FRAME))
    return _FRAME_TOKENS


def topic_of(engine: Engine, question: str, lang: str) -> str | None:
    """The words of ``question`` that name its topic: not its frame, not the meeting, city or body it
    named; None when nothing is left."""
    parsed = engine.parse(question, lang)
    naming: set[str] = set()
    for hit in parsed.hits[:4]:
        if hit.score >= NAMING_SCORE and engine.kb.kind(hit.entity) in _NAMING_KINDS:
            naming.update(parsed.query.tokens[i] for i in hit.name_tokens if i < len(parsed.query.tokens))
    frame = _frame_tokens()
    # each word: "topic", "soft" (a little word, or a generic one such as "security", kept only beside
    # the topic: "безопасность дорожного движения") or "drop" (frame, naming: the topic ends there)
    words = re.sub(r"[?!.,;:]", " ", parsed.text).split()
    kinds: list[str] = []
    for word in words:
        raw = text_tokens(word.lower())
        if raw and set(raw) <= frame:
            kinds.append("drop")
            continue
        folded = engine.index.analyse(raw).tokens if raw else []
        if not folded:
            kinds.append("soft")
        elif set(folded) <= naming or "~meeting" in folded:
            kinds.append("drop")
        elif set(folded) <= engine._generic | engine._generic_groups:
            kinds.append("soft")
        else:
            kinds.append("topic")
    if "topic" not in kinds:
        return None
    first, last = kinds.index("topic"), len(kinds) - 1 - kinds[::-1].index("topic")
    if any(kind == "drop" for kind in kinds[first:last]):
        # two runs of topic words around the meeting's name: the first run, the usual order
        last = first + kinds[first:].index("drop") - 1
        last = max(i for i in range(first, last + 1) if kinds[i] == "topic")
    # a generic word right beside the run belongs to it; a little word at its edge does not
    while first > 0 and kinds[first - 1] == "soft" and text_tokens(words[first - 1].lower()):
        first -= 1
    while last + 1 < len(kinds) and kinds[last + 1] == "soft" and text_tokens(words[last + 1].lower()):
        last += 1
    return " ".join(words[first : last + 1])


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """The previous topic question asked of the meeting the turn names, or None."""
    previous = context.question or ""
    topic = context.filters.get("topic") if isinstance(context.filters.get("topic"), str) else None
    if topic is None and not DISCUSSED.search(previous.lower()):
        return None
    swap = _SWAP.match(text)
    if swap is None or len(swap.group("place").split()) > MAX_PLACE_WORDS:
        return None
    place = swap.group("place")
    if DISCUSSED.search(place) or _ASKING.search(place):  # "а на каком совещании про них говорили?" is another question
        return None
    topic = topic or topic_of(engine, previous, parsed.lang)
    if topic is None:
        return None
    if not re.match(r"(?:at|in|during|on|на|в|во|na|v|vo)\s", place):
        place = ("на " if parsed.lang == "ru" else "at ") + place
    latin = parsed.lang == "ru" and not re.search(r"[а-яё]", f"{text} {topic}", re.I)
    if parsed.lang == "ru":
        question = f"{'obsuzhdali li' if latin else 'обсуждали ли'} {topic} {place}?"
    else:
        question = f"was {topic} discussed {place}?"
    verdict = engine.answer(question, parsed.lang, today)
    meeting = verdict.focus[0] if verdict.focus else None
    held = verdict.value.get("held") if isinstance(verdict.value, dict) else None
    if verdict.grounds == "not_discussed_in" and isinstance(held, list) and len(held) == 1:
        # "а в Петербурге?": the one meeting held in the city
        meeting = held[0]
        verdict = replace(verdict, grounds="not_discussed", focus=[meeting])
    if meeting is None or engine.kb.kind(meeting) != "meeting":
        return None
    if verdict.kind == "yes_no" and verdict.yes:
        pass
    elif (verdict.kind == "yes_no" and verdict.grounds == "not_discussed") or (
        verdict.kind == "fact" and verdict.grounds == "unconfirmed"
    ):
        # nothing of the topic in the meeting's record: say so of the topic, not the meeting's agenda
        verdict = replace(
            verdict, kind="yes_no", answered=True, yes=None, grounds="not_discussed", focus=[meeting],
            attribute=None, statements=[], items=[], value={"meeting": meeting, "score": 0.0},
        )
    else:
        return None
    shown = topic
    if latin:
        # said back in Russian letters ("bespilotniki" -> "беспилотники"), as the question meant it
        reading = cyrillic_reading(f"obsuzhdali li {topic}", engine._latin_abbreviations)
        shown = " ".join(reading.split()[2:]) if reading else topic
    verdict.value = {**(verdict.value if isinstance(verdict.value, dict) else {}), "topic": shown}
    verdict.filters = {**verdict.filters, "follow_up": previous, "meeting": meeting, "topic": topic}
    return verdict
