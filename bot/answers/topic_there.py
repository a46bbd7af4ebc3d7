"""A topic asked of the meeting in context whose words also name an entry: "did they talk about forensic
stuff?" after the interior ministers' meeting, "а про миграцию там говорили?" after its agenda.

"forensic" names the CIS Forensic Expert Council too, so the turn read as a question of its own about
that council: whether it attended the meeting (answered "No", though the meeting's agenda lists "expert
and forensic activities"), or its card. The turn asks, in the words the yes/no answerer reads ("was
<topic> discussed at <meeting>?"), whether the meeting in context took the topic up: the topic is the
turn's words less its frame (see :func:`bot.answers.meeting_swap.topic_of`).

Cheap: a regex on the turn, then one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import meeting_names, meeting_swap
from bot.answers.question_form import asks_by_tone, is_yes_no
from bot.search.chatlatin import cyrillic_reading

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# Asked what was said or discussed, of "them" / "there": a topic, whatever entry its words name.
TOPIC_ASKED = re.compile(
    r"\b(?:talk\w*|spoke|speak\w*|discuss\w*|mention\w*|touch\w*|rais\w*)\s+(?:about|on|upon|of|over)\b|\bdiscuss\w*"
    r"|(?<!\w)(?:говорил\w*|рассказ\w*|упомина\w*)\s+(?:о|об|обо|про)(?!\w)|(?<!\w)(?:обсужд|обсуди|затрагива|затрону|касал)\w*"
    r"|(?<!\w)(?:про|о|об)\s+\w+(?:\s+\w+)?\s+(?:там\s+)?(?:говорил\w*|упоминал\w*)"
    r"|\b(?:govoril\w*|rasskaz\w*)\s+(?:o|ob|pro)\b|\b(?:obsuzhd|obsudi|zatragiva|kasal)\w*",
    re.I,
)
MAX_WORDS = 10
# "pro molodezh govorili", "o migracii obsuzhdali": Latin-typed Russian with the topic before the verb
LATIN_ABOUT = re.compile(r"\b(?:pro|o|ob)\s+\w+(?:\s+\w+)?\s+(?:tam\s+)?(?:govoril\w*|upominal\w*|obsuzhdal\w*)", re.I)
_ABOUT = re.compile(
    r"(?<!\w)(?:about|upon|про|о|об|обо|pro|ob)\s+(?P<topic>[^?!.]+?)"
    r"(?:\s+(?:there|then|at\s+all|там|тогда|вообще|tam|togda))?(?:\s+(?:говорил\w*|упоминал\w*|обсуждал\w*|govoril\w*))?\s*[?!.]*$",
    re.I,
)


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date, own: str | None = None) -> Verdict | None:
    """Whether the meeting in context took up the topic the turn names, or None; ``own`` is the entry the
    turn names itself: a meeting it describes ("а на июньском совещании в Москве беспилотники
    обсуждали?" after the interior ministers' agenda) is the one asked of, not the one in context."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not TOPIC_ASKED.search(text):
        return None
    if not (is_yes_no(text) or asks_by_tone(parsed)):
        return None
    meeting = own if own is not None and engine.kb.kind(own) == "meeting" else context.focus[0] if context.focus else None
    if meeting is None or engine.kb.kind(meeting) != "meeting":
        return None
    named = list(dict.fromkeys(m for m, _ in meeting_names.named_meetings(engine, parsed)))
    if named and named != [meeting]:
        # "а в Петербурге беспилотники обсуждали?" after the intelligence chiefs' meeting: the turn names
        # another meeting, of which the topic is asked (was "not discussed" of the one in context)
        if len(named) != 1:
            return None
        meeting = named[0]
    # The words after "about" / "про" first: the frame's topic_of drops a body's name ("forensic" is
    # the Forensic Expert Council's word), which here is the topic itself.
    after = _ABOUT.search(text)
    topic = after.group("topic").strip() if after else meeting_swap.topic_of(engine, text, parsed.lang)
    if topic is None:
        return None
    # Its short name: the full one's dated parenthesis reads as a question of the date.
    terms = engine.kb.entities[meeting].short
    shorts = terms.ru if parsed.lang == "ru" else terms.en
    name = shorts[0] if shorts else engine.kb.name(meeting, parsed.lang)
    question = f"обсуждали ли {topic} на встрече «{name}»?" if parsed.lang == "ru" else f"was {topic} discussed at {name}?"
    verdict = engine.answer(question, parsed.lang, today)
    if verdict.kind != "yes_no" or meeting not in verdict.focus[:1]:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting, "topic": topic}
    return verdict


_LEAD = re.compile(r"^\W*(?:and|so|а|и|a|i|ну|nu)\s+", re.I)
# "at the june meeting in moscow, were drones discussed?": the yes/no put first, as it is read
_PLACE_FIRST = re.compile(r"^(?P<at>(?:at|in|on|during)\s+[^,?]+?),\s*(?P<ask>(?:was|were|did|is|are|has|have)\s+[^?]+?)\s*\?*$", re.I)


def asked_alone(engine: Engine, parsed: Parsed, meeting: str, today: date) -> Verdict | None:
    """The turn asked as a question of its own, when it names ``meeting`` itself and asks a topic of it
    ("and at the june meeting in moscow, were drones discussed?", "a na noyabrskom zasedanii v Moskve
    pro molodezh govorili?"): its frame is no yes/no by its first words, and its topic word may name a
    body ("миграцию"), so it is read whole, without its leading "and"; None unless the answer is whether
    that meeting took the topic up."""
    text = _LEAD.sub("", parsed.text)
    first = _PLACE_FIRST.match(text)
    if first is not None:
        text = f"{first.group('ask')} {first.group('at')}?"
    # Latin-typed Russian in Cyrillic: a question asked on the way gets no reading of its own
    text = cyrillic_reading(text, frozenset()) or text
    verdict = engine.answer(text, None, today)
    if verdict.kind != "yes_no" or meeting not in verdict.focus[:1] or verdict.grounds not in ("discussed", "not_discussed"):
        return None
    verdict.question = parsed.text
    return verdict
