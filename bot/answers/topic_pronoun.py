"""A meeting set off before a dash, then a question that points back at it with "там":
"Заседание СМВД СНГ — сколько государств там участвовало?", "Oktyabrskiy sammit SNG: kto tam vystupal?".

The question after the dash has no meeting of its own ("там" is the meeting), and read whole the
meeting's name stood apart from what was asked: the bot asked back, or counted the meetings of the
month the name holds ("1 — заседания и встречи (октябрь)"). The question is asked with the meeting put
where "там" points ("сколько государств участвовало на заседание СМВД СНГ?"): the search reads stems,
so the name in the nominative after "в" finds the meeting as any other form does.
Only a question word after the dash (a yes/no keeps its own reading of a dashed topic), and only a
meeting word in the topic. Cheap: a dash or colon and the word "там"/"tam" are tested first.
"""

from __future__ import annotations

import re

_CUE = re.compile(r"(?<!\w)(?:там|tam)(?!\w)", re.I)
_SPLIT = re.compile(r"^\s*(?P<topic>[^—–:?!.]{6,}?)\s*(?:—|–|\s-|:)\s+(?P<question>[^—–:]+?)\s*\??\s*$")
_MEETING = re.compile(
    r"(?<!\w)(?:заседани|совещани|встреч|саммит|учени|zasedani|soveshchani|soveshhani|vstrech|sammit|ucheni)\w*", re.I
)
_QUESTION_WORD = re.compile(
    r"^(?:сколько|кто|что|какие|какой|какая|каких|чем|о\s+чём|о\s+чем|skolko|kto|chto|kakie|kakoy|kakoj|kakaya|o\s+chem)\b",
    re.I,
)
_THERE = re.compile(r"\s*(?<!\w)(?:там|tam)(?!\w)", re.I)


def rewrite(question: str) -> str | None:
    """The question with the dashed-off meeting put where "там" points, or None."""
    if not _CUE.search(question) or not any(mark in question for mark in ("—", "–", " -", ":")):
        return None
    found = _SPLIT.match(question)
    if found is None:
        return None
    topic, asked = found.group("topic").strip(), found.group("question").strip()
    if not _MEETING.search(topic) or not _QUESTION_WORD.match(asked) or not _CUE.search(asked):
        return None
    preposition = "na" if topic.isascii() else "на"  # "на заседании", "на встрече", "на саммите"
    return f"{_THERE.sub('', asked, count=1)} {preposition} {topic}?"
