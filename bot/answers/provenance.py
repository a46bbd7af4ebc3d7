"""Questions about the sources themselves: who published a report, when (to the minute where the
source gives it), under what title, in what language, from whom an agency had the information.

The answer is the source's own record: its publisher, the date as the document writes it, its
title, and the notes kept about it, whichever explains the question best.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Meeting
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase
    from bot.kb.schema import Source

# "Какое российское ведомство рассказало о повестке", "which agency described the agenda": the body
# that told the news is a source's publisher or informant, not the news itself.
_TOLD_BY = (
    # ("which agency's press office reported": a possessive among the words before the noun)
    r"\b(?:какое|какая|какой|которое|которая|kakoe|kakaya|which|what)\s+(?:\w+(?:['’]s)?\s+){0,2}"
    r"(?:ведомств\w*|служб\w*|орган\w*|agency|service|office|body|vedomstv\w*)\s+(?:\w+\s+)?"
    r"(?:рассказал\w*|сообщил\w*|описал\w*|поведал\w*|дал[аио]?|предоставил\w*|распространил\w*|опубликовал\w*"
    r"|rasskazal\w*|soobshchil\w*"
    # "which agency's press office gave the details": giving out the news is telling it
    r"|told|reported|described|detailed|announced|disclosed|revealed|gave|provided|released|shared|issued|published)\b"
)
TOLD_BY = re.compile(
    _TOLD_BY
    # "Кто опубликовал новость про совет МВД?", "who published the story on …": who put the news out
    + r"|\b(?:кто|kto|who)\s+(?:(?:first|же|впервые)\s+)?(?:опубликовал\w*|выпустил\w*|распространил\w*|opublikoval\w*"
    r"|published|put out|released)\s+(?:\w+\s+)?(?:новост\w*|сообщени\w*|стать\w*|заметк\w*|материал\w*|информаци\w*"
    r"|novost\w*|stat'?\w*|news|story|article|report|piece|item)"
)
# "Which agency is the article citing", "whose report is it based on", "на кого ссылается статья":
# whom a source credits is its publisher's record, not a body of the field named.
_CITES = (
    r"\b(?:citing|cites|whose (?:report|information|data)|based on whose|ссылает\w*|ссылал\w*|ssylaet\w*"
    r"|на чь\w+ (?:сообщени|данны|информаци)\w*)"
)
CITES = re.compile(_CITES)
# "Who reported on the agenda", "кто рассказал о повестке": who told what a meeting was to discuss is
# whom the report credits (a press office), not the agenda itself.
_AGENDA_TOLD = (
    r"\b(?:who|кто|kto)\s+(?:\w+\s+)?(?:reported|told|announced|detailed|described|disclosed|revealed|briefed|gave"
    r"|сообщил\w*|рассказал\w*|объявил\w*|раскрыл\w*|озвучил\w*|описал\w*|soobshchil\w*|rasskazal\w*|ozvuchil\w*)"
    r"\b.{0,40}?\b(?:agenda|повестк\w*|povestk\w*)"
)
# "When was the item posted", "когда вышла заметка": a word of putting out is a source's publication.
_PUT_OUT = r"\b(?:posted|came out|come out|put out|went online|вышл[аио]|вышел|размещен\w*|опубликован\w*|vyshl[aio]|vyshel)\b"
_ABOUT_A_SOURCE = cued(re.compile(
    r"\b(?:article|story|report|publication|published|publish|news item|press release|source|agency|dateline"
    r"|information|learned|learnt|outlet|newspaper|от кого|со слов|со ссылкой|ссылк\w*|информаци\w*|материал\w*|издани\w*"
    r"|стать\w*|сообщени\w*|публикаци\w*|опубликова\w*|отч[её]т\w*|источник\w*|агентств\w*|заметк\w*|новост\w*"
    r"|stat'?y[aeui]|stat'?i|stat'?yu|novost\w*|zametk\w*|istochnik\w*|agentstv\w*|opublikova\w*"
    # "какое информагентство сообщило", "which news agency / newswire reported"
    r"|информагентств\w*|informagentstv\w*|newswire|wire service"
    # "the BelTA piece", "the dispatch", "filed from"; the press service an agency had it from
    r"|piece|dispatch|write-?up|filed|press (?:service|office)|пресс-служб\w*|пресс-бюро|press-sluzhb\w*"
    r"|soobshcheni\w*|publikaci\w*"
    # "Откуда БелТА узнало", "where did TASS get it": how a reporter came to know is about its source
    r"|узнал\w*|uznal\w*|get (?:it|this|that|the news)|got (?:it|this|that|the news)|learn|(?<!to )know)\b"
    r"|\b(?:откуда|otkuda)\b.*\b(?:известно|izvestno)\b|" + _TOLD_BY + "|" + _CITES + "|" + _PUT_OUT + "|" + _AGENDA_TOLD
))
# Field words: which part of a source's record a question asks for.
_FIELDS: list[tuple[str, re.Pattern[str]]] = [
    # Whom the report credits for its information ("which press service described the agenda",
    # "от кого БелТА узнало"): the notes that name a press service.
    (
        "informant",
        re.compile(
            r"\b(?:press (?:service|office)|from whom|от кого|со слов|learn(?:ed|t) (?:it |that )?from"
            r"|(?:got|get) (?:it|the \w+) from)\b|пресс-служб\w*|пресс-бюро|press-sluzhb\w*"
            # "откуда БелТА узнало / это известно", "where did BelTA learn / get it", "how did TASS know"
            r"|\b(?:откуда|otkuda)\b.*\b(?:узнал\w*|известно|взял\w*|uznal\w*|izvestno)"
            r"|\b(?:where|how) did\b.*\b(?:learn|get|hear|find out|know)\b|" + _AGENDA_TOLD
        ),
    ),
    ("time", re.compile(r"\b(?:time of day|what time|at what time|hour|во сколько|в котором часу|время)\b")),
    # "в каком городе её выпустили?": the city asked wins over the verb of putting out ("выпустил" is
    # the publisher's word below)
    ("place", re.compile(r"\b(?:which city|what city|в каком городе|из какого города|v kakom gorode|iz kakogo goroda)\b")),
    ("date", re.compile(r"\b(?:when|what date|date|когда|какого числа|дата|kogda)\b")),
    (
        "publisher",
        re.compile(
            r"\b(?:who published|who issued|who released|which agency|what agency|which outlet|what outlet|publisher"
            r"|кто опубликовал|кто выпустил|кто издал|kto opublikoval|kto vypustil|выпустил\w*|издал\w*|какое агентство|какое ведомство|издател\w*"
            r"|со ссылкой|автор\w*|author|в каком издании|какое издание|which publication|what publication"
            # "which news agency", "какое информагентство / информационное агентство": the agency
            # that put the news out, the publisher or the one the article credits.
            r"|(?:which|what) news agency|news agency|newswire|wire service|информагентств\w*|informagentstv\w*"
            r"|(?:какое|какая|kakoe|kakaya) (?:\w+ )?(?:агентство|agentstvo))\b"
        ),
    ),
    ("title", re.compile(r"\b(?:title|headline|called|заголов\w*|называ\w*|zagolov\w*|nazyva\w*)\b")),
    # "What is the source for the XVIII meeting?", "какой источник о встрече в Москве": the citation.
    (
        "publisher",
        re.compile(
            r"\b(?:what|which|whats)(?:'s| is| was| are)? (?:the )?sources?\b(?! say)|\bsources? (?:for|of|on)\b"
            # ("что говорится в источниках о …" asks what they say: the singular only)
            r"|\b(?:какой|каков|kakoy|kakoj) (?:\w+ )?источник\b|\bисточник (?:о|об|по|для|про)\b"
            r"|\bistochnik (?:o|ob|po|dlya|pro)\b|\bwhere (?:is|was) (?:it|this|that) (?:reported|published)\b"
            # "откуда информация о саммите?", "откуда инфа?", "where does the info come from?": the
            # citation, not the city "откуда" asks of a dateline
            r"|\b(?:откуда|otkuda) (?:\w+ )?(?:информаци\w*|инфа|инфу|сведени\w*|данные|известно|informaci\w*|infa|svedeni\w*)"
            r"|\bwhere (?:does|did|do) (?:the |this |that )?(?:info|information|news|data)\b[^?]{0,60}\bcome from\b"
        ),
    ),
    ("language", re.compile(r"\b(?:what language|which language|language|на каком языке|язык\w*)\b")),
    (
        "place",
        re.compile(
            r"\b(?:which city|what city|filed from|dateline|из какого города|в каком городе|откуда"
            r"|iz kakogo goroda|v kakom gorode|otkuda)\b"
            # "where was the BelTA report published?", "где вышла новость?": where it was put out (the
            # outlet is "where was it published" above, or named)
            # (a news item named: "where was the Joint Statement published" is no source's record)
            r"|\bwhere\b(?=.{0,80}\b(?:report|story|article|news|piece|dispatch|item)\b).{0,60}\b(?:published|filed|released|issued|put out|posted)\b"
            r"|\b(?:где|gde)\b(?=.{0,80}(?:новост|сообщени|стать|заметк|публикаци|материал|novost|soobshcheni|stat'?[iy]|zametk))"
            r".{0,60}(?:опубликова|вышл|вышел|выпущен|выпустил|размещен|opublikova|vyshl|vyshel|vypushchen|vypustil)\w*"
        ),
    ),
    # "which Russian agency described the agenda": who told it, after the fields above
    ("publisher", TOLD_BY),
    ("publisher", CITES),
]
# What a note must mention to answer a field that only notes hold.
_NOTE_FIELDS: dict[str, re.Pattern[str]] = {
    "language": re.compile(r"\b(?:in Russian|in English|Russian|English)\b"),
    "place": re.compile(r"\bdatelined?\b", re.I),
    "informant": re.compile(r"\bpress (?:service|office)\b", re.I),
}
SOURCE_NOTE_AT = 0.5
SUPPORT_AT = 0.3  # an entry scored this much is named in the question


# A short question about a source that points back at the previous answer ("which outlet reported it?",
# "какое информагентство об этом написало?").
# ("когда вышла эта новость?" after "откуда инфа?": "эта" points back as "это" does)
_POINTS_BACK = re.compile(r"\b(?:it|this|that|об этом|это|этом|эту|эта|этот|его|ob etom|eto|eta|etot|etu)\b")


# Names of several entries ("are called councils", "называются советами"), never a source's title.
_NAMES_OF_MANY = re.compile(r"\b(?:are|were) (?:called|named)\b|\bназываются\b|\bnazyvayutsya\b|\bименуются\b")


# "What did the EAG Secretariat report on (in June)?": "report" is what an entry did, its topic
# asked, when no other word points at a source ("the report", "the article" are nouns after "the").
_WHAT_REPORTED = re.compile(r"\bwhat\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?(?!article|story|report|source|agency)[\w\s-]{2,60}?\breport(?:ed)?\b(?!\s+(?:say|says|said|state|states|mention|mentions|note|notes|write|writes)\b)(?:\s+(?:on|about))?")


# "а в каком городе её выпустили?" right after the source's date: a short question asking for a field
# of a source's record (a place, a date, a publisher) goes on about the source the previous answer gave.
_SOURCE_FIELD_FOLLOWUP = re.compile(
    r"\b(?:в каком городе|из какого города|откуда|где|v kakom gorode|iz kakogo goroda|otkuda|gde|which city|what city|where"
    r"|когда|kogda|when)\b"
)
# the news put out, or pointed at ("её", "it")
_PUT_OUT_OR_IT = re.compile(
    r"\b(?:выпусти\w*|выпущен\w*|вышл[аио]|вышел|опубликова\w*|размещен\w*|vypusti\w*|vyshl[aio]|vyshel|opublikova\w*"
    r"|published|released|issued|came out|put out|posted|filed|её|ее|неё|нее|eyo|ee|it)\b"
)


# "and from which city?", "а откуда?" right after the publisher: "from" asks where the news came from (its
# dateline), with no verb of putting out; a bare "where?" might still ask of the meeting
_FROM_WHERE = re.compile(r"\b(?:from (?:which|what) city|from where|where from|из какого города|откуда|iz kakogo goroda|otkuda)\b")


def _source_followup(text: str, context: Verdict | None) -> bool:
    return (
        context is not None
        and context.answered
        and context.attribute == "source"
        and bool(context.sources)
        and len(text.split()) <= 7
        and _SOURCE_FIELD_FOLLOWUP.search(text) is not None
        and (_PUT_OUT_OR_IT.search(text) is not None or _FROM_WHERE.search(text) is not None)
    )


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question asks about a source's record, else None."""
    text = parsed.text.lower()
    if parsed.intent.upcoming or not (_ABOUT_A_SOURCE.search(text) or _reported_news(text) or _source_followup(text, context)):
        return None
    if "report" in text and (reported := _WHAT_REPORTED.search(text)) is not None:
        rest = text[: reported.start()] + " " + text[reported.end() :]
        if not _ABOUT_A_SOURCE.search(rest):
            return None
    if parsed.intent.question == "role" and any(engine.kb.kind(h.entity) == "person" for h in parsed.hits[:1]):
        # "Which agency does Peskov work for?", "в каком ведомстве работает Песков": a person's
        # post and organisation, not the agency that published something
        return None
    kb = engine.kb
    candidates = list(
        dict.fromkeys(s for hit in parsed.hits[:3] if hit.score >= 0.3 for s in kb.entities[hit.entity].sources)
    )
    if (
        context is not None
        and context.answered
        and context.sources
        and (_POINTS_BACK.search(text) or context.attribute == "source")
        and len(text.split()) <= 7
    ):
        # "which news agency reported it?" after Klemez's words: the record behind the previous answer,
        # not the article whose note names an agency ("TASS") that "news agency" finds.
        candidates = list(dict.fromkeys(context.sources))
    if not candidates:
        return None
    field = next((name for name, pattern in _FIELDS if pattern.search(text)), None)
    if field == "informant" and _WHAT_SAID.search(text):
        # "What did the SVR press office say the meeting was about": what the press service said
        # is the meeting's agenda, not the note naming the press service.
        return _agenda_said(engine, parsed, base)
    if field == "title" and parsed.intent.list_kind and _NAMES_OF_MANY.search(text):
        return None  # "how many of the bodies in the report are called councils" counts names, not a title
    if field is None and parsed.intent.question == "when":
        field = "date"
    if field is None and _WHO_REPORTED.search(text) and any(kb.kind(h.entity) == "meeting" for h in parsed.hits[:2]):
        # "Who reported the Moscow meeting, according to the article": the one who put the news of
        # the meeting out (who reported at a meeting is a participant, and names no meeting first).
        field = "publisher"
    intent = parsed.intent
    if field is None and intent.list_kind and intent.list_cue and intent.question == "card":
        return None  # "which programmes are mentioned in the sources" asks for a list, not a source's record
    # The words that say a source is meant ("the report", "в источниках") are no evidence of
    # which note answers: a note that mentions "the source" would match every such question.
    words = _content_tokens(parsed)
    cited = source_words(text)
    sources = [source for source in map(kb.source, candidates) if source is not None]
    if field:
        # The asked field of the source the question describes ("the BelTA news item on the
        # interior ministers"): its publisher, title and notes explain the question's words.
        # Only sources that record the field compete.
        sources = [source for source in sources if _records(source, field)]
        # The sources of what the question names in full come first ("the agency that reported on the
        # St Petersburg meeting": not the one whose note has the word "agency").
        top = parsed.hits[0] if parsed.hits else None
        named = set(kb.entities[top.entity].sources) if top is not None and top.name_cover >= 0.8 else set()
        # Of sources whose record explains the question alike, the one that records most of what it
        # names ("the story on the council's meeting in St Petersburg": the council, the city and the
        # meeting are all in it).
        support = _support(kb, parsed)
        sources.sort(
            key=lambda source: (
                source.id not in named,
                -_overlap(words, _description(source), cited),
                -support.get(source.id, 0.0),
            )
        )
        sources = sources[:1]
    best: tuple[float, str, Statement] | None = None
    for source in sources:
        source_id = source.id
        records = _records(source, field)
        # The asked field is the answer when the question names one; notes decide otherwise.
        for statement in records[:1] if field else records:
            score = _overlap(words, statement, cited)
            if best is None or score > best[0]:
                best = (score, source_id, statement)
    if best is None:
        return None
    score, source_id, statement = best
    if field is None and score < SOURCE_NOTE_AT:
        return None
    if field == "publisher" and _AND_WHERE_FROM.search(text):
        # "Кто опубликовал новость … и откуда?": the publisher and the dateline's city, both asked
        reporting = kb.source(source_id)
        place = _records(reporting, "place")[:1] if reporting is not None else []
        if place and place[0].en != statement.en:
            statement = dataclasses.replace(statement, en=f"{statement.en} {place[0].en}", ru=f"{statement.ru} {place[0].ru}")
    base.kind, base.answered = "fact", True
    base.attribute = "source"
    base.focus = [hit.entity for hit in parsed.hits[:1]]
    base.value = {"source": source_id, "field": field}
    base.statements = [statement]
    base.sources = [source_id]
    base.confidence = round(score, 3)
    return base


# "Which news agency covered ...": the source's record is asked whatever else the words might read as
# (a topic "covered"); the engine asks this answerer first when they are there.
AGENCY_ASKED = cued(re.compile(
    r"\bnews agenc\w*|\bnewswire\b|\bwire service\b|информагентств\w*|информационн\w+ агентств\w*|informagentstv\w*"
))
# a second field asked after the publisher: "… и откуда?", "… and from where / which city?"
_AND_WHERE_FROM = re.compile(
    r"\b(?:и|а|and|i)\s+(?:откуда|из какого города|в каком городе|otkuda|iz kakogo goroda|from where|where from"
    r"|from (?:which|what) city|(?:which|what) city)\b"
)
_WHO_REPORTED = re.compile(
    r"\b(?:who|кто|kto) (?:first )?(?:reported|covered|сообщил\w*|soobshchil\w*"
    # "кто рассказал о встрече …?": who told of it (told *whom* is another question: "журналистам")
    r"|(?:рассказал\w*|rasskazal\w*)(?= (?:о|об|про|o|ob|pro) ))\b"
)
_WHAT_SAID = re.compile(
    r"\bwhat did\b.*\b(?:say|said|report|detail|describe|tell)\b"
    r"|\bчто\b.*\b(?:сообщил\w*|рассказал\w*|сказал\w*|раскрыл\w*)|\bchto\b.*\b(?:soobshchil|rasskazal|skazal)\w*"
)


def after_source(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict) -> Verdict | None:
    """ "когда вышла эта новость?" / "when did that come out?" right after "откуда инфа?": the record of the
    source just named, asked before the previous subject is put into the question (its completed form,
    "когда вышла новость <заседание СМВД>", found the Executive Committee's news by the word "news")."""
    text = parsed.text.lower()
    if context.attribute != "source" or len(text.split()) > 7 or not (_ABOUT_A_SOURCE.search(text) or _source_followup(text, context)):
        return None
    record = answer(engine, parsed, base, today, context)
    if record is None or not context.focus:
        return None
    # the record is of the previous answer's source, so its subject stays ("tell me more" next is of it),
    # never an entry the turn's stray words found ("вышло")
    record.focus = list(context.focus[:1])
    return record


def _reported_news(text: str) -> bool:
    """ "Who reported the intelligence chiefs' meeting?": who put the news out; "who reported at the
    meeting" is a speaker (a participant), and "what was reported" the news itself."""
    found = _WHO_REPORTED.search(text)
    return found is not None and _AT_MEETING.search(text, found.end()) is None


# "who reported at / during the meeting", "кто докладывал на совещании": a speaker
_AT_MEETING = re.compile(r"\b(?:at|during|to|на|na)\b")


def _agenda_said(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The agenda of the meeting the question names: what a press service said it was about."""
    from bot.answers.facts import answer_attribute  # the facts import nothing of this module

    kb = engine.kb
    for hit in parsed.hits[:3]:
        entity = kb.entities[hit.entity]
        if isinstance(entity, Meeting) and hit.score >= SUPPORT_AT and entity.agenda:
            return answer_attribute(kb, base, entity, "agenda", None, parsed.text.lower())
    return None


def _support(kb: KnowledgeBase, parsed: Parsed) -> dict[str, float]:
    """Each candidate source's share of what the question names: the scores of the entries it records."""
    support: dict[str, float] = {}
    for hit in parsed.hits[:3]:
        if hit.score < SUPPORT_AT:
            continue
        for source_id in kb.entities[hit.entity].sources:
            support[source_id] = support.get(source_id, 0.0) + hit.score
    return support


def about_a_source(text: str) -> bool:
    """Whether the question's words (lower case) speak of a source or how its news was had."""
    return _ABOUT_A_SOURCE.search(text) is not None


def source_words(text: str) -> set[str]:
    """The tokens of the words that refer to a source ("the report", "в сообщении"); ``text`` in lower case."""
    if not _ABOUT_A_SOURCE.search(text):
        return set()
    return set(text_tokens(" ".join(match.group(0) for match in _ABOUT_A_SOURCE.finditer(text))))


def _records(source: Source, field: str | None) -> list[Statement]:
    """A source's record as statements: the asked field first, then its notes."""
    records = []
    if field in ("time", "date") and source.date_text:
        records.append(_dated(source))
    elif field in ("time", "date") and not source.date:
        # "когда вышла статья о встрече спецслужб?": an undated article says so first, not who published it
        records.append(Statement(
            "The source is not dated: it gives no date of publication.",
            "Источник не датирован: дата публикации в нём не указана.",
            source.id,
            source.id,
        ))
    if field == "publisher":
        records.append(_publisher(source))
    if field == "title":
        records.append(
            Statement(f"Title: “{source.title.en}”.", f"Заголовок: «{source.title.ru}».", source.id, source.id)
        )
    notes = source.notes
    if field in _NOTE_FIELDS:
        notes = [note for note in notes if _NOTE_FIELDS[field].search(note.en)]
    records += [Statement(note.en, note.ru, source.id, source.id) for note in notes]
    if field is None:
        records.append(_publisher(source))
    return records


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_MONTH_WORD = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_MONTH_COMMA_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r"),\s+(\d{4})\b")


def _russian_months(text: str) -> str:
    """A date as the source wrote it ("13 August 2025, 11:50"), its month named in Russian."""
    # ("16 June, 2025": no comma between the month and the year in Russian)
    return _MONTH_WORD.sub(lambda m: _MONTHS_RU[_MONTHS.index(m.group(1))], _MONTH_COMMA_YEAR.sub(r"\1 \2", text))


def _dated(source: Source) -> Statement:
    """A source's date as it writes it; with the year the knowledge base records (from the text) when the
    dateline leaves it out ("5 November" of a news item on the meeting of 5 November 2025)."""
    parts = (source.date or "").split("-")
    if len(parts) == 3 and source.date_text and parts[0] not in source.date_text:
        year, month, day = parts[0], int(parts[1]), int(parts[2])
        return Statement(
            f"Dated {source.date_text}: {day} {_MONTHS[month - 1]} {year} (the dateline gives no year; the text does).",
            f"Датировано: {day} {_MONTHS_RU[month - 1]} {year} г. (в шапке «{_russian_months(source.date_text or '')}» без года; год — по тексту).",
            source.id,
            source.id,
        )
    return Statement(f"Dated {source.date_text}.", f"Датировано: {_russian_months(source.date_text or '')}.", source.id, source.id)


def _description(source: Source) -> Statement:
    """A source's publisher, citation name, title and notes as one text to match words against."""
    parts = [source.publisher, *([source.cite] if source.cite else []), source.title, *source.notes]
    return Statement(" ".join(part.en for part in parts), " ".join(part.ru for part in parts), source.id, source.id)


def _publisher(source: Source) -> Statement:
    return Statement(f"Publisher: {source.publisher.en}.", f"Издатель: {source.publisher.ru}.", source.id, source.id)


def publisher_statement(source: Source) -> Statement:
    """A source's publisher as a statement ("Publisher: CIS Executive Committee.")."""
    return _publisher(source)


def _content_tokens(parsed: Parsed) -> set[str]:
    query = parsed.query
    named = set().union(*(hit.name_tokens for hit in parsed.hits[:1])) if parsed.hits else set()
    return {token for i, token in enumerate(query.tokens) if i not in named and not query.unknown[i]}


def _overlap(words: set[str], statement: Statement, cited: set[str]) -> float:
    """Share of the question's words a record has; the words that only say a source is meant
    count as asked but never as found (a note about "the source" matches every such question)."""
    if not words:
        return 0.0
    tokens = set(text_tokens(f"{statement.en} {statement.ru}"))
    return len((words - cited) & tokens) / len(words)
