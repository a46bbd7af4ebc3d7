"""A summary of one source asked: "tl;dr of the exec committee report on security bodies pls", "кратко: что в
отчёте Исполкома об органах безопасности?", "kratko pereskazhi otchet ispolkoma", "tl;dr of the belta article".

Read as it stands, the publisher's name won (the Executive Committee's card, BelTA's card) or a note of the
report (its undated day). The summary of a record is the card of what it is about — the document its title
names (the 2025 report: 16 sectoral and 3 specialised bodies, 20 meetings), else the one meeting only it
reports (BelTA's article: the interior ministers' meeting in St Petersburg). The record is the one of the
publisher named, picked by the question's words when the publisher has several ("report" picks the report).
Cheap: a word of summing up and a word for a record, checked before any lookup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.source_story import _card, _publisher_of, _sources, record_subject

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_SUM_WORDS = ("tl;dr", "tldr", "summar", "sum up", "recap", "gist", "кратко", "коротко", "вкратце", "пересказ", "перескаж",
              "резюм", "суть", "kratko", "korotko", "vkratce", "pereskaz", "pereskazh", "rezyum")
_SUMMING = re.compile(
    r"\btl;?\s?dr\b|\bsummar(?:y|i[sz]e)\b|\bsum\s+up\b|\brecap\b|\bgist\b"
    r"|(?<!\w)(?:кратко|коротко|вкратце|пересказ\w*|перескаж\w*|резюм\w*|суть)(?!\w)"
    r"|\b(?:kratko|korotko|vkratce|pereskaz\w*|pereskazh\w*|rezyum\w*)\b",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"\b(?:report|article|news|story|item|piece|publication|release)\b"
    r"|(?<!\w)(?:отч[её]т\w*|стать\w*|новост\w*|сообщени\w*|публикаци\w*|доклад\w*)"
    r"|\b(?:otchet\w*|otch[eyo]t\w*|stat'?(?:ya|ye|yu|yi|ia|ie|ja|je|ju)\b|stat'e\b|novost\w*|soobshcheni\w*|publikaci\w*|doklad\w*)",
    re.IGNORECASE,
)
# A question word asks something of its own ("tl;dr pls — which states were present at …?", "кратко: сколько
# органов в отчёте?"): that is answered, not the record summed up.
_ASKS_ELSE = re.compile(
    r"\b(?:who|whom|when|where|which|how\s+many|how\s+much|why)\b"
    r"|(?<!\w)(?:кто|кого|когда|где|как(?:ой|ая|ое|ие|их)|котор\w*|сколько|почему)(?!\w)"
    r"|\b(?:kto|kogo|kogda|gde|kak(?:oj|oy|aya|oe|ie|ih)|kotor\w*|skolko|pochemu)\b",
    re.IGNORECASE,
)
_REPORT = re.compile(r"\breport\b|(?<!\w)(?:отч[её]т\w*|доклад\w*)|\b(?:otchet\w*|doklad\w*)", re.IGNORECASE)
NAMED_AT = 0.3  # the publisher is named this well ("exec committee" for the CIS Executive Committee)
NAME_COVER = 0.5
MAX_WORDS = 16
MAX_LEAD = 15  # characters before the word of summing up


def cued(lower: str) -> bool:
    return any(word in lower for word in _SUM_WORDS)


def answer(engine: Engine, parsed: Parsed, base: Verdict, question: str) -> Verdict | None:
    """The card of what the record asked to be summed up is about, or None. ``question`` is as typed: the
    parse leaves out a leading "tl;dr" or "кратко:" as a frame that asks nothing."""
    text = question
    summing = _SUMMING.search(text)
    # the summary asked for opens the request ("tl;dr of …", "give me the gist of …", "кратко: …"); one named
    # further on is a thing asked about ("The Executive Committee's summary points readers to a full report …")
    if len(text.split()) > MAX_WORDS or summing is None or summing.start() > MAX_LEAD or not _RECORD.search(text):
        return None
    if _ASKS_ELSE.search(text):
        return None
    kb = engine.kb
    subjects = {subject: source.id for source in _sources(kb) if (subject := record_subject(kb, source)) is not None}
    publishers = [
        h.entity
        for h in parsed.hits[:5]
        if h.score >= NAMED_AT and h.name_cover >= NAME_COVER and kb.kind(h.entity) in ("organisation", "body")
        and _publisher_of(kb, h.entity)
    ]
    if publishers:
        own = _publisher_of(kb, publishers[0])
        subjects = {subject: source for subject, source in subjects.items() if source in own}
    if not subjects:
        return None
    chosen = next((h.entity for h in parsed.hits[:6] if h.entity in subjects), None)
    if chosen is None and _REPORT.search(text):
        reports = [s for s in subjects if getattr(kb.entities[s], "kind", None) == "report"]
        chosen = reports[0] if len(reports) == 1 else None
    if chosen is None and len(subjects) == 1:
        chosen = next(iter(subjects))
    if chosen is None or not (publishers or chosen in {h.entity for h in parsed.hits[:6]}):
        return None
    return _card(engine, base, chosen)
