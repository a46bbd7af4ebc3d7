"""The meeting where a topic of the conversation was talked of: "а на каком совещании про них
говорили?" after "а беспилотники?", "а про беспилотники где говорили?", "so at which meeting did they
talk about it?".

"Talked about" and "говорили про" are no words of the records, and "них" / "it" names nothing: read
alone such a turn was declined, or asked of the previous subject it gave that meeting's place (the
St Petersburg meeting, where drones were never mentioned). The topic is the words after "про" / "о" /
"about" in the turn itself, else, for a pronoun, the topic the previous question asked of ("а
беспилотники?"); it is asked again in the words the agenda answerer reads ("где обсуждали
беспилотники?", "which meeting discussed drones?"). The answer must be about a meeting; it stays the
subject, so "где оно прошло?" next is that meeting's place.

Cheap: two regexes on a short turn, then one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _meeting, name_tokens
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 9
MAX_TOPIC_WORDS = 4
# "на каком совещании … говорили", "где … говорили", "at which meeting … talk", "na kakom … govorili"
CUE = re.compile(
    r"^(?:(?:and|so|ok|а|и|a|i|ну)\s+)?(?:(?:про|о|об|pro|about)\s+\w+\s+)?"
    r"(?:на как\w+|в как\w+|где|at (?:which|what)|(?:which|what) (?:meeting|session)|where|na kak\w+|v kak\w+|gde)\b"
    r"[^?]*\b(?:говорил\w*|обсужда\w*|обсудил\w*|упомина\w*|talk\w*|spoke|speak|discuss\w*|mention\w*|govoril\w*"
    r"|obsuzhda\w*|obsudil\w*)"
)
# "про беспилотники", "о дерадикализации", "about drones": the topic named in the turn
_TOPIC = re.compile(r"\b(?:про|об|о|pro|ob|about)\s+(?P<topic>[^?]+?)(?=\s+(?:где|gde|говорил\w*|govoril\w*)\b|\s*$)")
_PRONOUN = re.compile(
    r"\b(?:них|нём|нем|ней|нее|неё|этом|это|it|them|that|this|nih|nem|nej|etom|eto"
    # "а где её обсуждали?" after "а дорожную безопасность там?": the topic is the object
    r"|её|ее|их|ee|ikh|ih)\b"
)
# "а беспилотники?", "and drones?": the previous question asked of a topic alone
_WHAT_ABOUT = re.compile(r"^(?:and|what about|а|и|a|а как насч[её]т|а что насч[её]т)\s+(?:про\s+|pro\s+|about\s+)?(?P<rest>[^?]+?)\s*\??$")
# "did they discuss road safety in moscow?", "was deradicalization discussed by …", "обсуждали ли в
# Петербурге беспилотники?", "говорили ли в Москве о …": the topic a yes/no about a meeting asked of
_ASKED_DISCUSSED = re.compile(
    r"^(?:(?:and|so|а|и|a|i)\s+)?(?:(?:did|have|has)\s+(?:they|the\s+\w+|\w+)\s+(?:discus+|talk(?:ed)?\s+about|mention|speak\s+about|raise)\s+(?P<en>.+)"
    r"|(?:was|were|is|are)\s+(?P<passive>.+?)\s+(?:discus+ed|mentioned|raised|talked\s+about)\b(?P<tail>.*)"
    r"|(?:обсужда\w*|обсудил\w*|говорил\w*|упоминал\w*|obsuzhda\w*|obsudil\w*|govoril\w*|upominal\w*)\s+(?:ли|li)\s+(?P<ru>.+))$"
)
# "in moscow", "at the st petersburg meeting", "в Петербурге", "на заседании СМВД": where it was asked of, not the topic
_WHERE_ASKED = re.compile(
    r"(?:^|\s)(?:in|at|during|by|в|во|на|v|vo|na)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?\S*(?:moscow|москв|moskv|petersburg|петербург|peterburg|dushanbe|душанбе"
    r"|minsk|минск|meeting|session|summit|совещани|заседани|саммит|soveshchani|zasedani|interior|secretar|ministers|council)\S*(?:\s+(?:meeting|session|summit|council|смвд|smvd|совещании|заседании|soveshchanii|zasedanii))?(?=\s|$)"
)
# "говорили ли секретари совбезов о …": the topic is after "о" / "про"
_ABOUT_WORD = re.compile(r"(?:^|\s)(?:о|об|про|o|ob|pro|about)\s+(?P<topic>.+)$")
_PERSON = re.compile(r"\b(?:он|она|he|she|on|ona)\b")
_NOT_TOPIC = frozenset(["где", "gde", "where", "which", "what", "какой", "каком", "какое", "на", "na", "в", "v", "at", "meeting", "совещании", "заседании"])


def _topic(text: str, context: Verdict) -> str | None:
    named = _TOPIC.search(text)
    if named is not None and not _PRONOUN.fullmatch(named.group("topic").strip()):
        words = [w for w in named.group("topic").split() if w not in _NOT_TOPIC]
        return " ".join(words) if 0 < len(words) <= MAX_TOPIC_WORDS else None
    if not _PRONOUN.search(text):
        return None
    carried = context.filters.get("topic")
    if isinstance(carried, str) and 0 < len(carried.split()) <= MAX_TOPIC_WORDS:
        return carried  # the topic the previous turn asked of a meeting ("а дорожную безопасность там?")
    previous = (context.question or "").lower().strip(" ?!.")
    before = _WHAT_ABOUT.match(previous)
    if before is not None:
        words = before.group("rest").split()
        return " ".join(words) if len(words) <= MAX_TOPIC_WORDS - 2 else None
    return _asked_topic(previous)


def _asked_topic(previous: str) -> str | None:
    """The topic a yes/no "did they discuss X in Moscow?" asked of, without where it asked."""
    if not any(stem in previous for stem in ("discus", "talk", "mention", "raise", "обсу", "говор", "упомин", "obsu", "govor", "upomin")):
        return None
    asked = _ASKED_DISCUSSED.match(previous)
    if asked is None:
        return None
    phrase = asked.group("en") or asked.group("passive") or asked.group("ru") or ""
    about = _ABOUT_WORD.search(phrase)
    if about is not None:
        phrase = about.group("topic")
    # the place or meeting is cut wherever it stands ("обсуждали ли в Петербурге беспилотники")
    phrase = " ".join(_WHERE_ASKED.sub(" ", f" {phrase} ").split())
    if asked.group("ru") and about is None:
        # "обсуждали ли секретари X": a plural subject word before the topic is not the topic
        phrase = re.sub(r"^(?:они|oni|там|tam)\s+", "", phrase)
    words = phrase.split()
    return " ".join(words) if 0 < len(words) <= MAX_TOPIC_WORDS else None


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """The meeting that took up the topic the turn (or the previous question) names, or None."""
    if len(text.split()) > MAX_WORDS or CUE.match(text) is None or _PERSON.search(text):
        return None  # "где он говорил об этом?": where that person said it, another rule's
    topic = _topic(text, context)
    if topic is None:
        return None
    asked_of = _meeting(engine, context)
    if asked_of is not None:
        # "обсуждали ли на 13-м заседании секретарей совбезов беспилотники?": the words naming the meeting
        # asked of are no words of the topic
        own = name_tokens(engine.kb, asked_of)
        topic = " ".join(w for w in topic.split() if not set(text_tokens(w)) <= own) or topic
    question = f"где обсуждали {topic}?" if parsed.lang == "ru" else f"which meeting discussed {topic}?"
    verdict = engine.answer(question, parsed.lang, today)
    meeting = verdict.focus[0] if verdict.answered and verdict.focus else None
    if meeting is None or engine.kb.kind(meeting) != "meeting":
        return None
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting}
    return verdict
