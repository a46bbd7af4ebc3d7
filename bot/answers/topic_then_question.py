"""A subject named first and the question after a dash or colon ("Tell me about the June 10 counter-terrorism
meeting — where was it?", "Расскажи про совещание 12 августа — где оно проходило?", "the 13th security
secretaries meeting: when was it held?", "Что за встреча была 5 ноября — в каком городе?").

Read whole, the subject's words and date made it a claim to check ("was it held on 10 June?": "Yes") and
the question asked was left unanswered. The question is asked with the subject in place of its "it"
(or, when it has none, followed by the subject): "where was the June 10 counter-terrorism meeting?".
Called for the user's own question only (`parts.answer`); cheap: a dash, colon or comma before a
question word is looked for first.
"""

from __future__ import annotations

import re

_WH = (
    r"where|when|which city|in which city|in what city|what city"
    r"|где|когда|в каком городе|в какой стране|какого числа|gde|kogda|v kakom gorode"
)
_SPLIT = re.compile(rf"\s*(?:\s[—–-]\s*|:\s+|,\s+)(?P<wh>(?:{_WH})(?![\w-]).*)$", re.IGNORECASE)
_LEAD = re.compile(
    # ("and the summit, where was it?": "and" opens the subject as "tell me about" does)
    r"^(?:(?:please|pls|so|ok|ну|а|a)[\s,]+)?(?:tell me (?:about|more about)|what about|about|regarding|as for|and|и|i"
    r"|расскажи(?:те)?(?: мне)? (?:про|о|об)|что за|насч[её]т|про"
    r"|rasskazhi(?:te)?(?: mne)? (?:pro|o|ob)|chto za|naschet|pro)\s+",
    re.IGNORECASE,
)
# the subject must name a meeting, summit or exercise, by a word or a date
_SUBJECT = re.compile(
    r"meeting|summit|session|exercise|совещани\w*|заседани\w*|встреч\w*|саммит\w*|учени\w*|soveshchani\w*|zasedani\w*"
    r"|vstrech\w*|sammit\w*",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:it|оно|она|он|ono|ona|on)\b", re.IGNORECASE)
# the first part is a question of its own ("where was it, and when?"), or two questions are asked
_OWN_WH = re.compile(r"\b(?:where|when|who|what|which|how|где|когда|кто|сколько|gde|kogda|kto)\b", re.IGNORECASE)
MAX_WORDS = 20


def rewrite(question: str) -> str | None:
    """The question with its subject written in, or None when it is not of this form."""
    if not any(mark in question for mark in ("—", "–", " - ", ":", ",")) or len(question.split()) > MAX_WORDS:
        return None
    split = _SPLIT.search(question)
    if split is None:
        return None
    first = question[: split.start()].strip()
    lead = _LEAD.match(first)
    subject = first[lead.end() :] if lead is not None else first
    if not _SUBJECT.search(subject) or _OWN_WH.search(subject):
        return None
    wh = split.group("wh").strip().rstrip("?. ")
    if _OWN_WH.search(wh[len(wh.split()[0]) :]) and not re.match(r"(?:in )?(?:which|what) city|в каком", wh, re.IGNORECASE):
        return None  # a second question word: several questions, for parts
    pronoun = _PRONOUN.search(wh)
    if pronoun is not None:
        return f"{wh[: pronoun.start()]}{subject}{wh[pronoun.end() :]}?"
    return f"{wh} {subject}?"
