"""An entry asked by its kind and located by a meeting ("Tell me about the exercise planned at the
June meeting in Moscow", "какую программу одобрили на саммите в Душанбе — расскажи о ней"): the
first kind noun is what is asked, the meeting only says which one. The meeting's best name match
would otherwise take the question.

Cheap: a precompiled pattern of kind nouns followed by a meeting noun gates it (most questions fail
its first literal); then only the entries of the asked kind are read, against the one meeting named.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.adopted import ADOPTED
from bot.answers.cues import literal_cue
from bot.answers.meeting_names import MONTHS, named_meetings
from bot.answers.question_form import latin_tone_question, tone_question
from bot.answers.verdict import Verdict
from bot.kb.schema import Document, Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# The asked kind noun, then (later) a word for the meeting that locates it. Each group names the
# entries a noun can mean: a meeting kind ("exercise") or document kinds.
_NOUNS: list[tuple[str, frozenset[str], str]] = [
    ("meeting", frozenset({"exercise"}), r"exercises?|drills?|учени\w*|ucheni\w*"),
    ("document", frozenset({"programme"}), r"programmes?|programs?|программ\w*|programm\w*"),
    ("document", frozenset({"concept"}), r"concepts?|концепци\w*|kont?seps?ci\w*|kontseptsi\w*"),
    ("document", frozenset({"statement"}), r"statements?|заявлени\w*|zayavleni\w*"),
    ("document", frozenset({"decision"}), r"decisions?|решени\w*|resheni\w*"),
    ("document", frozenset({"treaty", "protocol"}), r"treat(?:y|ies)|agreements?|protocols?|договор\w*|соглашени\w*|протокол\w*|dogovor\w*|soglasheni\w*"),
]
_NOUN = re.compile(r"\b(?:" + "|".join(f"(?P<n{number}>{pattern})" for number, (_, _, pattern) in enumerate(_NOUNS)) + r")\b")
# The locating meeting: a preposition of place or occasion, then its noun.
_AT_MEETING = re.compile(
    r"\b(?:at|during|on|in|from|на|в ходе|во время|на|po|na|vo vremya)\s+(?:the\s+|that\s+|this\s+)?(?:[\w.-]+\s+){0,4}?"
    r"(?:meeting|session|summit|talks|заседани\w*|совещани\w*|саммит\w*|встреч\w*|zasedani\w*|soveshchani\w*|sammit\w*|vstrech\w*)\b"
)
# Most questions name no kind noun: the literal words the noun pattern begins with say so at once.
KIND_CUE = literal_cue([_NOUN])
_YES_NO = re.compile(r"^\W*(?:was|were|is|are|did|does|do|has|have|had|will|can|could)\b|\b(?:ли|li)\b")
_SET_ASIDE = re.compile(r"\b(?:besides|apart from|except|other than|aside from|кроме|помимо|krome|pomimo)\s*$")
_WHICH_ONE = re.compile(r"\b(?:which|what|какая|какой|какие|какую|каким|kakaya|kakoy|kakie|kakuyu)\s*$")
_PREPARED = re.compile(
    r"\b(?:plan\w*|discuss\w*|prepar\w*|organi[sz]\w*|планир\w*|обсужд\w*|обсуди\w*|готови\w*|подготов\w*"
    r"|planir\w*|obsuzhd\w*|obsudi\w*|gotovi\w*)"
)
_TITLE_ASKED = re.compile(r"\b(?:title|titled|called|name|named|называ\w*|назван\w*|nazyva\w*|nazvan\w*)\b")
NAMED_COVER = 0.8  # a hit covering this much of its name is named by the question
MIN_FORM_CHARS = 8
MAX_TERSE_WORDS = 4  # "ATC exercise october": keywords, no sentence  # a name this long written in the meeting's record is that entry, not a word by chance


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
    """The verdict on the one entry of the asked kind that the meeting named records, asked as the
    question asks it; None when the question is not of this form or no single entry fits."""
    lowered = parsed.text.lower()
    noun = _NOUN.search(lowered)
    if noun is None:
        return None
    located = _AT_MEETING.search(lowered, noun.end())
    if _NOUN.search(lowered[: noun.start()]):
        return None
    # "what exercise did they plan / discuss at the June meeting?" asks for the exercise the meeting prepared;
    # "what exercise happened there?" (completed with the subject in context) is left to the follow-up answers
    which_one = _WHICH_ONE.search(lowered[: noun.start()]) is not None
    if which_one and _PREPARED.search(lowered) is None:
        return None
    if _TITLE_ASKED.search(lowered) or (which_one and noun.group("n0") is None):
        return None  # "which concept was approved", "the full title of …": the documents' own answer names them
    if _SET_ASIDE.search(lowered[: noun.start()]):
        return None  # "что кроме учений обсуждали": the entry is set aside, not asked
    if _YES_NO.search(lowered):
        return None  # "was the Concept approved at the 13th meeting?": a claim to check, not an entry to find
    if ADOPTED.search(lowered) and (tone_question(parsed.text) or latin_tone_question(parsed)):
        # "Программу по борьбе с терроризмом утвердили на заседании СМВД?": asked by its tone, a claim
        # too (it was "Да" of the crime prevention programmes that meeting discussed)
        return None
    group = next(number for number in range(len(_NOUNS)) if noun.group(f"n{number}"))
    kind, subkinds, _ = _NOUNS[group]
    for hit in parsed.hits[:3]:
        hit_kind = engine.kb.kind(hit.entity)
        if hit.name_cover >= NAMED_COVER and (
            hit_kind == "person" or (hit_kind == kind and getattr(engine.kb.entities[hit.entity], "kind", None) in subkinds)
        ):
            # The entry named itself ("the Military Cooperation Concept"), or a person's remark
            # ("какое заявление сделал Песков на заседании"): no entry is located by the meeting.
            return None
    if located is None:
        return _terse_by_month(engine, parsed, kind, subkinds, today) if len(lowered.split()) <= MAX_TERSE_WORDS else None
    # Every meeting the locating words name ("the June meeting in Moscow": June names one, Moscow
    # another): the entry must be recorded at one of them, and be the only one so recorded.
    if which_one and _completed(engine, lowered[located.start() :]):
        return None
    meetings = [
        meeting
        for meeting_id, _ in named_meetings(engine, engine.parse(parsed.text[located.start() :], parsed.lang))[:3]
        if isinstance(meeting := engine.kb.get(meeting_id), Meeting) and meeting.kind not in subkinds
    ]
    found: dict[str, Meeting | Document] = {}
    for meeting in meetings:
        record = meeting.model_dump_json().lower()
        linked = {document.id for document in engine.kb.documents_of(meeting.id)}
        for entity in engine.kb.of_kind(kind):
            if entity.id == meeting.id or getattr(entity, "kind", None) not in subkinds:
                continue
            if not isinstance(entity, (Meeting, Document)):
                continue
            forms = [entity.name.en, entity.name.ru, *entity.short.all()]
            if entity.id in linked or any(len(form) >= MIN_FORM_CHARS and form.lower() in record for form in forms):
                found[entity.id] = entity
    if len(found) != 1:
        return None  # none recorded, or several: the usual answer (a list, or "did you mean")
    (entry,) = found.values()
    shorts = entry.short.ru if parsed.lang == "ru" else entry.short.en
    name = shorts[0] if shorts else engine.kb.name(entry.id, parsed.lang)
    # The question as asked up to its noun, then the entry's name: what follows only located it.
    # (a question mark only where one was typed: "расскажи о …?" reads as a yes or no)
    mark = "?" if parsed.text.rstrip().endswith("?") else ""
    # "what exercise did they plan at the June meeting?": the exercise itself, its card (an exercise has no
    # list of its own that would name it, as the documents of a meeting have)
    question = name if which_one else f"{parsed.text[: noun.start()]}«{name}»{mark}"
    verdict = engine.answer(question, parsed.lang, today)
    if not verdict.answered or entry.id not in (*verdict.focus, *verdict.items):
        return None
    verdict.question = base.question
    return verdict


def _completed(engine: Engine, locating: str) -> bool:
    """Whether the locating words are a meeting's own short name as the knowledge base writes it: a follow-up
    completed with the meeting in context ("and what exercise was planned there?"), which its own answers take."""
    words = re.sub(r"^\W*(?:at|during|on|in|from|на|в ходе|во время|po|na|vo vremya)\s+(?:the\s+)?", "", locating).strip(" ?!.")
    return any(
        words == short.lower()
        for meeting in engine.kb.of_kind("meeting")
        for short in (*meeting.short.en, *meeting.short.ru, meeting.name.en, meeting.name.ru)
    )


def _terse_by_month(engine: Engine, parsed: Parsed, kind: str, subkinds: frozenset[str], today: date) -> Verdict | None:
    """ "ATC exercise october": keywords naming a kind and a month are the one entry of that kind
    dated in that month (another word, an organiser the record does not name, only narrows)."""
    text = parsed.text.lower()
    months = [number for number, pattern in enumerate(MONTHS, start=1) if pattern.search(text)]
    if len(months) != 1:
        return None
    kb = engine.kb
    found = [
        entity
        for entity in kb.of_kind(kind)
        if getattr(entity, "kind", None) in subkinds and kb.date_key.get(entity.id, (0, 0, 0))[1] == months[0]
    ]
    if len(found) != 1:
        return None
    entry = found[0]
    # its short name: a long official one has words of its own ("участников") a question would read
    shorts = entry.short.ru if parsed.lang == "ru" else entry.short.en
    verdict = engine.answer(shorts[0] if shorts else engine.kb.name(entry.id, parsed.lang), parsed.lang, today)
    if not verdict.answered or verdict.focus[:1] != [entry.id]:
        return None
    verdict.question = parsed.text
    return verdict
