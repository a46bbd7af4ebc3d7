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
_ABOUT = re.compile(
    r"(?<!\w)(?:about|upon|про|о|об|обо|pro|ob)\s+(?P<topic>[^?!.]+?)"
    r"(?:\s+(?:there|then|at\s+all|там|тогда|вообще|tam|togda))?(?:\s+(?:говорил\w*|упоминал\w*|обсуждал\w*|govoril\w*))?\s*[?!.]*$",
    re.I,
)


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """Whether the meeting in context took up the topic the turn names, or None."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not TOPIC_ASKED.search(text):
        return None
    if not (is_yes_no(text) or asks_by_tone(parsed)):
        return None
    meeting = context.focus[0] if context.focus else None
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
