"""Lists with several conditions and set operations (attended both, one but not the other; by month, season, half-year) and relative time (most recent, last year, how long ago, next, this year).

Everything is decided over the knowledge base from the entities the question names (found by the
index as ``parsed.hits``) and a few cue words; the date counted from is ``today``, handed in, never
read from the clock. Each helper returns None when the question is not its kind or when it is not
sure, and the normal path answers instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import compare
from bot.answers.asked_dates import (
    ENTITY_SCORE,
    dated_entity,
    entity_date,
    target_year,
)
from bot.answers.computed import entry_sources, known_day, marked_answered
from bot.answers.cues import cued, literal_cue
from bot.answers.facts import caveats_for, fact_verdict, participant_groups
from bot.answers.meeting_names import (
    NAMED_COVER,
    derived_for,
    named_meetings,
)
from bot.answers.next_and_last import (
    LATEST,
    MEETING_WORD,
    STILL_AHEAD,
    YES_NO,
    after_meeting,
    earliest_held,
    latest_held,
    meeting_listing,
    named_filters,
    past_or_upcoming,
    previous_in_series,
    upcoming_verdict,
)
from bot.answers.period_lists import (
    LEFT,
    SESSION_WORD,
    SPAN,
    document_list,
    documents_in_year,
    documents_of_relative_year,
    events_at_place,
    news_in_period,
    period_length_verdict,
    period_list,
    period_today_verdict,
    stated_in_relative_year,
)
from bot.answers.set_operations import (
    MAX_MEETINGS,
    TYPE_WORD,
    WHO,
    asked_groups,
    comparison,
    set_operation,
    unrecorded_grouping,
)
from bot.answers.verdict import Statement, Verdict
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Document, Entity, Fact, Meeting, PartialDate
from bot.search.text import (
    any_ordinal,
    ordinal_stem,
    prepare,
)
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


# --- cue words (prepared text: lower case, ё as е, numbers as #N) ---------------------------------

# Cheap first look: a question with none of these is not this module's kind.
_ANY_CUE = re.compile(
    r"\bboth\b|\bbut not\b|\bone of\b|\bneither\b|\bне вход\w*|\bdeclared\b|\bзаявлен\w*|\bspoke\b|\bвыступ\w*|\bstatements\b|\bзаявлени\w*|\bbased on\b|\bsources\b|\bисточник\w*|\bistochnik\w*|\bдокумент\w*|\bучаствовал\w*|\btook part\b|\battended\b|\banything\b|\bчто-(?:нибудь|то)|\bодн\w+ из\b|\bnot (?:at|in|on)\b|\bexcept\b|\bapart from\b|\bother than\b|\bbesides\b|\bin common\b"
    r"|\ball\b|\bevery\b|\bat least\b|\bхотя бы\b|\bhotya by\b|\btogether\b|\bdifferent\b|\bdistinct\b|\bin total\b|\baltogether\b|\bcombined\b"
    r"|\b(?:what|which) (?:were|are) (?:the )?(?:#?\d+ )?(?:[\w-]+ ){1,3}?at (?:the|that|this)\b"
    r"|\bwere at\b|\bwas at\b|\brepresented\b|\bбыл[иа]?(?: в \w+)? на\b|\bпредставлен\w*|\bbyl[ia]?(?: v \w+)? na\b"
    r"|\bsectoral\b|\bspeciali[sz]ed\b|\bотраслев\w*|\bспециализированн\w*|\botraslev\w*|\bi (?:na|v)\b"
    r"|\bкроме\b|\bпомимо\b|\bно не\b|\bа не\b|\bи (?:на|в)\b|\bоб[ао]их\b|\bобеих\b|\bвсе[хм]?\b"
    r"|\bвместе\b|\bразных\b|\bвсего\b|\bno ne\b|\bkrome\b|\bvse(?:kh|h|m)?\b|\bvmeste\b|\braznykh\b"
    r"|\bsummer|\bwinter|\bspring\b|\bautumn|\bfall\b|\bhalf\b|\bлет(?:ом|о|а|ний|нем|них)\b|\bзим\w*|\bвесн\w*"
    r"|\bосен\w*|\bполугоди\w*|\bletom\b|\bzimoy\b|\bvesnoy\b|\boseny?u\b|\bpolugodi\w*"
    r"|\bh[12]\b|\bq[1-4]\b|\bquarter\w*|\bквартал\w*|\bkvartal\w*"
    r"|\bbefore\b|\bprior to\b|\bpreced\w*|\bперед\b|\bдо\b|\bпредшеств\w*|\bpered\b|\bprevious\b|\bпредыдущ\w*|\bfollow\w*"
    r"|\bcalendar\b|\bschedule\b|\bкалендар\w*|\bрасписани\w*|\bkalendar\w*"
    r"|\bhappen\w*|\btook place\b|\bпроход\w*|\bпроисход\w*|\bсостоял\w*|\bчто было\b|\bchto bylo\b"
    r"|\bquoted\b|\bцитиру\w*|\bcitiru\w*"
    r"|\bjanuary|\bfebruary|\bmarch\b|\bapril|\bmay #|\bjune\b|\bjuly\b|\baugust|\bseptember|\boctober|\bnovember"
    r"|\bdecember|\bянвар|\bфеврал|\bмарт|\bапрел|\bма[йяе]\b|\bиюн|\bиюл|\bавгуст|\bсентябр|\bоктябр|\bноябр"
    r"|\bдекабр|\byear\b|\bгод\w*|\bgod\w*|\bnow\b|\bcurrently\b|\bсейчас\b|\bнын\w+|\bseychas\b"
    r"|\bleft\b|\bremain\w*|\bосталось\b|\bafter\b|\bпосле\b|\bлет\b|\byears\b|\bexpir\w*|\bin force\b"
    r"|\bsince\b|\bago\b|\bhow long\b|\bназад\b|\bпрошл\w*|\bдавно\b|\bproshl\w*|\bdavno\b"
    r"|\bdays?\b|\bmonths?\b|\bдн\w*|\bмесяц\w*|\bdne\w*|\bmesyats\w*|\bbetween\b|\bмежду\b|\bmezhdu\b"
    r"|\bfirst\b|\bearlier\b|\blater\b|\bраньше\b|\bпозже\b|\bпервы\w+|\branshe\b|\bpozzhe\b"
    r"|\bearliest\b|\bсам\w+ ранн\w*|\bpast\b|\balready\b|\bуже\b"
    r"|\blatest\b|\bnewest\b|\brecent\w*|\blast\b|\bпоследн\w+|\bнедавн\w+|\bposledn\w+|\bсвеж\w+|\bsvezh\w+"
    r"|\bnext\b|\bupcoming\b|\bwill\b|\bследующ\w+|\bближайш\w+|\bпредстоящ\w+|\bsleduyushch\w+"
    r"|\bprogram\w*|\bпрограмм\w*|\bconcepts?\b|\bконцепци\w*|\btreat(?:y|ies)\b|\bдоговор\w*|\breports?\b|\bотчет\w*"
    r"|\bcit(?:y|ies)\b|\bгород\w*|\bgorod\w*|\bsessions?\b|\bсесси\w*|\bsessi\w*|\bformat\w*|\bформат\w*"
    r"|\bresponsible for\b|\bчем занима\w*|\bза что отвеча\w*|\bchem zanima\w*"
    r"|\bhow many\b|\bсколько\b|\bskolko\b|\bhow old\b|\bwhich of\b|\bкакие из\b|\bkakie iz\b|\bmissing\b|\babsent\b|\bотсутств\w*|\botsutstv\w*"
    # "List the international organisations at <meeting>": a meeting's list of one group
    r"|\blist\b|\bперечисл\w*|\bperechisl\w*|\bname the\b|\bназови\w*|\bnazovi\w*|\bсписок\b|\bspisok\b"
    # "какие страны были у СМВД": at a body's meeting, said with "у"
    r"|\bбыл[аи]?\s+у\b|\bbyl[ai]?\s+u\b"
    r"|\bзапланирова\w*|\bпланиру\w*|\bв планах\b|\bplanned\b|\bscheduled\b|\bcoming up\b|\bzaplanirova\w*|\bplaniru\w*"
)
_ANY_CUE_WORDS = literal_cue([_ANY_CUE])  # a look-up of its words before the search
# Cities as what a list is of: "in which cities were the meetings held", "в скольких городах России".
# Plural only: "from which city was the report sent" asks about one city, not a set of them.
_CITIES = re.compile(
    r"\bcities\b|\bгород(?:ов|ах|ам|ами)\b|\b(?:какие|все|сколько) города\b|\bgorod(?:ov|ah|akh|am|ami)\b"
)


# Time between two events, or since one.
_HOW_MANY_DAYS = re.compile(
    r"\bhow many (?:days|weeks|months)\b|\bhow (?:much time|long)\b|\bсколько (?:дней|недель|месяцев|времени)\b"
    r"|\bчерез сколько\b|\bskol'?ko (?:dney|dnei|nedel|mesyatsev|vremeni)\b|\bcherez skol'?ko\b"
    r"|\bhow many years\b|\bсколько лет\b|\bskol'?ko let\b"
)
# "How many months after A did B take place", "from A to B": two events in either order.
_AFTER = re.compile(
    r"\bafter\b|\bbefore\b|\bfrom\b|\bпосле\b|\bспустя\b|\bот\b|\bс\b|\bдо\b|\bposle\b|\bspustya\b|\bot\b|\bdo\b"
)
_IN_MONTHS = re.compile(r"\bmonths?\b|\bмесяц\w*|\bmesyats\w*")
_IN_YEARS = re.compile(r"\byears?\b|\bлет\b|\bгод(?:а|ов)?\b|\blet\b")
_PUBLICATION = re.compile(
    r"\bpublication\b|\bпубликаци\w*|\bpublikatsi\w*|\bwas published\b|\bвыход\w* (?:статьи|сообщени)\w*"
)
# The bot's own sources ("which documents are your answers based on", "какие источники ты используешь").
_OUR_SOURCES = cued(re.compile(
    r"\b(?:your|you|bot'?s?) (?:\w+ )?(?:sources|documents)\b|\b(?:sources|documents)\b(?: \w+){0,4} (?:based on|you use|you rely on|you know)\b"
    r"|\b(?:ваши|твои|твоих|ваших) (?:\w+ )?(?:источник|документ)\w*|\b(?:источник|документ)\w*,? (?:на (?:которых|основе которых)|которые (?:ты|вы))\b"
    r"|\bна (?:основе )?каких (?:источник|документ)\w*|\b(?:источник|документ)\w* (?:ты |вы )?(?:используе|знае)\w*"
    r"|\bistochnik\w* (?:ty |vy )?(?:ispolzue|znae)\w*|\bна (?:основе )?каких\b.*\b(?:ответы|ответ)\b"
))
_IN_OUR_SOURCES = re.compile(
    r"\b(?:in|from|according to|by) (?:your|the|these) (?:\w+ )?(?:sources|documents)\b"
    r"|\b(?:в|из|по) (?:ваших|твоих|ваши|твои|этих|ваш\w*) (?:\w+ )?(?:источник|документ)\w*"
)
_SPOKE = re.compile(
    r"\bspoke\b|\bspeak\w*|\bstatements?\b|\baddress(?:ed|es)?\b|\bвыступ\w*|\bзаявлени\w*|\bвысказыва\w*"
    r"|\bобращени\w*|\bvystup\w*|\bzayavleni\w*"
    # "кого цитируют в источниках", "who is quoted", "чьи слова приводятся"
    r"|\bquoted\b|\bquotes?\b|\bцитиру\w*|\bcitiru\w*|\bслова приводятся\b"
)
_ON_A_TOPIC = re.compile(r"\babout\b|\bregarding\b|\bпро\b|\bо\b|\bоб\b|\bpro\b|\bnaschet\b|\bнасчет\b|\bна тему\b")
_LAST = re.compile(r"\bmost recently\b|\blast\b|\bв последний раз\b|\bпоследн\w+|\bposledn\w+")
_DECLARED = re.compile(
    r"\bdeclared\b|\bstated\b|\bannounced\b|\breported as\b|\bзаявлен\w*|\bобъявлен\w*|\bуказан\w* (?:как|в качестве)"
    r"|\bzayavlen\w*"
)
_BY_NAME = re.compile(
    r"\bby name\b|\bnamed\b|\blisted\b|\bпоименно\b|\bназван\w*|\bперечислен\w*|\bpoimenno\b|\bnazvan\w*"
)
_SAID = re.compile(
    r"\bsaid\b|\bsay\w*|\bstated?\b|\bstatements?\b|\bremarks?\b|\bсказал\w*|\bзаявл?я?л\w*|\bговорил\w*"
    r"|\bзаявлени\w*|\bвысказ\w*|\bskazal\w*|\bzayavil\w*"
)
_BETWEEN = re.compile(r"\bbetween\b|\bмежду\b|\bmezhdu\b")
_PUBLISHED = re.compile(
    r"\bpublish\w*|\breported\b|\bnews\b|\bопубликова\w*|\bсообщил\w*|\bвышл\w*|\bнапечата\w*|\bopublikova\w*"
    # "БелТА выпустило новость", "did BelTA report it", "написали о нём"
    r"|\bвыпусти\w*|\bновост\w*|\bнаписал\w*|\breport (?:it|on it|the meeting)\b|\bwrote\b|\bvypusti\w*|\bnovost\w*"
)
_SINCE = re.compile(
    r"\bsince\b|\bago\b|\bhow long has it been\b|\bназад\b|\bпрошло\b|\bминуло\b|\bкак давно\b"
    r"|\bproshlo\b|\bkak davno\b|\bnazad\b"
)
_FIRST = re.compile(
    r"\b(?:came|was|happened|held|took place) (?:first|earlier|later|last)\b|\bwhich (?:one )?(?:was )?(?:first|earlier)\b"
    r"|\bearlier\b|\bраньше\b|\bпрежде\b|\bпервы[мй]\b|\bпозже\b|\bпозднее\b|\branshe\b|\bpervym\b|\bpozzhe\b"
)
_OR = re.compile(r"\bor\b|\bили\b|\bili\b|\bлибо\b|,|\bи\b|\band\b")

# A yes/no asked by intonation alone, as Russian usually does and phones often do ("в этом году
# были заседания СМВД?", "the interior ministers met this year?"): a question mark and no question
# word anywhere.
_ANY_QUESTION_WORD = re.compile(
    r"\b(?:кто|что|когда|где|как\w*|котор\w*|сколько|почему|зачем|чем|чей|чья|who|what|when|where|which|how|why"
    r"|kto|chto|kogda|gde|kak\w*|skolko|pochemu)\b"
)


def _bare_yes_no(raw: str, text: str) -> bool:
    return raw.rstrip().endswith("?") and not _ANY_QUESTION_WORD.search(text)


_QUESTION_WORD = re.compile(
    r"^(?:кто|что|когда|где|как|какой|какая|какое|какие|каких|сколько|почему|зачем|who|what|when|where|which|how|why)\b"
)

_ASKED_LATER = re.compile(r"\blater\b|\bпозже\b|\bпозднее\b|\bpozzhe\b|\bпоследн\w+|\bsecond\b|\bвтор\w+")


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    text = prepare(parsed.text)
    if compare.GATE.search(text) and (compared := comparison(engine, parsed, base, today, text)) is not None:
        return compared
    if _BEFORE_OR_AFTER.search(text) and (placed := _before_or_after(engine, parsed, base)) is not None:
        return placed
    if not ((_ANY_CUE_WORDS(text) and _ANY_CUE.search(text)) or STILL_AHEAD.search(text)) and not (parsed.intent.list_cue and TYPE_WORD.search(text)):
        return None
    steps: tuple[Callable[[Engine, Parsed, Verdict, date, str], Verdict | None], ...] = (
        _session,
        _our_sources,
        _stated_and_named,
        _latest_said,
        _speakers_list,
        _time_between,
        _remaining,
        _elapsed,
        _which_first,
        _yes_no_year,
        past_or_upcoming,
        period_today_verdict,
        period_length_verdict,
        after_meeting,
        unrecorded_grouping,
        set_operation,
        _meeting_places,
        # before "upcoming": "which programmes will still be in force in 2029" asks of a period
        documents_in_year,
        upcoming_verdict,
        stated_in_relative_year,
        news_in_period,
        period_list,
        events_at_place,
        documents_of_relative_year,
        document_list,
        earliest_held,
        previous_in_series,
        latest_held,
    )
    for step in steps:
        verdict = step(engine, parsed, base, today, text)
        if verdict is not None:
            return verdict
    return None


# --- mentions ---------------------------------------------------------------------------------------


# --- time between, since, which first -----------------------------------------------------------


def _time_between(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Days between two dated meetings, or between a meeting and the publication of its source."""
    if not _HOW_MANY_DAYS.search(text):
        return None
    if SPAN.search(text) and not _BETWEEN.search(text):
        # "На сколько лет рассчитана программа, утверждённая в Душанбе": the length of the
        # document's own period, not the time between it and the meeting that adopted it.
        length = period_length_verdict(engine, parsed, base, today, text)
        if length is not None:
            return length
    kb = engine.kb
    meetings = named_meetings(engine, parsed)
    if len(meetings) >= 1 and _PUBLISHED.search(text) and _SINCE.search(text):
        return _since_published(kb, base, kb.entities[meetings[0][0]], today)
    if len(meetings) >= 2 and _PUBLICATION.search(text):
        return _publication_to_meeting(kb, parsed, base, meetings[:2])
    unit = "month" if _IN_MONTHS.search(text) else "year" if _IN_YEARS.search(text) else None
    dated = _two_dated(engine, parsed, meetings) if unit else [m for m, _ in meetings[:2]]
    if len(dated) >= 2 and (_BETWEEN.search(text) or _OR.search(text) or _AFTER.search(text)):
        pair = sorted(dated[:2], key=lambda m: (entity_date(kb.entities[m]) or PartialDate(9999)).sort_key())
        if unit is not None:
            return _whole_units(kb, base, pair, unit)
        first, second = (getattr(kb.entities[m], "date", None) for m in pair)
        if not first or not second:
            return None
        # A date known only to the month gives a range: its first day to its last.
        earliest = _span_days(PartialDate.parse(first), PartialDate.parse(second))
        if earliest is None:
            return None
        verdict = marked_answered(base, "count", "time:between")
        verdict.attribute = "days"
        verdict.value = earliest[0] if earliest[0] == earliest[1] else None
        verdict.focus = pair
        verdict.filters = {"from": first, "to": second}
        if verdict.value is None:
            verdict.filters.update({"min": max(earliest[0], 0), "max": earliest[1]})
        verdict.sources = entry_sources(kb, pair)
        return verdict
    if len(meetings) >= 1 and _PUBLISHED.search(text):
        meeting = kb.entities[meetings[0][0]]
        start = known_day(getattr(meeting, "date", None))
        for source_id in meeting.sources:
            source = kb.source(source_id)
            published = known_day(source.date) if source is not None else None
            if start is not None and published is not None and published >= start:
                verdict = marked_answered(base, "count", "time:published")
                verdict.attribute = "days"
                verdict.value = (published - start).days
                verdict.focus = [meeting.id]
                verdict.filters = {"from": start.isoformat(), "to": published.isoformat(), "published": source_id}
                verdict.sources = [source_id]
                return verdict
    return None


def _our_sources(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "List the documents your answers are based on": every source of the knowledge base."""
    if not (_OUR_SOURCES.search(text) and (parsed.intent.list_cue or parsed.intent.question == "count")):
        return None
    if _IN_OUR_SOURCES.search(text) or parsed.intent.list_kind not in (None, "document"):
        return None  # "which organisation in your sources...": the sources are where to look, not what is asked
    kb = engine.kb
    ids = sorted(kb.data.sources, key=lambda i: (kb.data.sources[i].date or "9999", i))
    verdict = marked_answered(base, "count" if parsed.intent.question == "count" else "list", "list:source")
    verdict.attribute = "source"
    verdict.items = ids
    verdict.value = len(ids) if verdict.kind == "count" else None
    verdict.sources = ids
    return verdict


def _speakers_list(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Who spoke or made statements (in a year, at any meeting): speakers, chairs and authors of
    addresses at meetings, people quoted to the media about them, and dated statements."""
    if not (_SPOKE.search(text) and (WHO.search(text) or parsed.intent.list_kind == "person")):
        return None
    if _ON_A_TOPIC.search(text) or named_meetings(engine, parsed):
        return None  # who spoke on a topic, or at one meeting: answered from what was said there
    kb = engine.kb
    if any(kb.kind(h.entity) in ("meeting", "body") and h.score >= 0.4 and h.name_cover >= 0.3 for h in parsed.hits[:3]):
        return None  # "at the meeting of the Secretaries' Council": that body's meeting answers
    years = set(parsed.intent.years)
    by_year = derived_for(kb).speakers()
    people: dict[str, list[str]] = {}
    for year in sorted(years) or [0]:
        for person, holders in by_year.get(year, {}).items():
            people.setdefault(person, []).extend(holders)
    if not people:
        return None
    verdict = meeting_listing(kb, base, "person", list(people), {"years": sorted(years)} if years else {}, False)
    if parsed.intent.question == "count":
        verdict.kind, verdict.value = "count", len(people)
    verdict.filters["spoke"] = True
    holders = list(dict.fromkeys(i for ids in people.values() for i in ids[:MAX_MEETINGS]))
    verdict.sources = entry_sources(kb, holders[:MAX_MEETINGS])
    return verdict


def _latest_said(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "What is the latest thing Klemez said?": the person's most recent dated statement."""
    if not ((LATEST.search(text) or _LAST.search(text)) and _SAID.search(text)):
        return None
    kb = engine.kb
    person = next(
        (
            hit.entity
            for hit in parsed.hits[:3]
            if kb.kind(hit.entity) == "person" and hit.score >= ENTITY_SCORE and hit.name_cover >= NAMED_COVER
        ),
        None,
    )
    if person is None:
        return None
    derived = derived_for(kb)
    derived.speakers()
    found = derived.said.get(person, [])
    if not found:
        return None
    key, holder, statement = max(found, key=lambda item: item[0])
    verdict = marked_answered(base, "quote", "time:latest_said")
    verdict.focus = [person, holder]
    verdict.statements = [statement]
    when = getattr(kb.entities[holder], "date", None) or str(key[0])
    verdict.filters = {"date": when}
    verdict.sources = [statement.source] if statement.source else list(kb.entities[holder].sources)
    return verdict


def _stated_and_named(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "How many states were declared participants, and how many of them are named?": the number
    the source states beside the names it lists, for one meeting."""
    if not (_DECLARED.search(text) and _BY_NAME.search(text)):
        return None
    groups = [g for g in asked_groups(text)[0] if g != "basic_organisations"] or ["states"]
    if len(groups) != 1:
        return None
    meetings = named_meetings(engine, parsed)
    if not meetings:
        # The words about stating and naming weigh against the meeting's name: search without them.
        rest = _BY_NAME.sub(" ", _DECLARED.sub(" ", text))
        meetings = named_meetings(engine, engine.parse(rest, parsed.lang))
    if len(meetings) != 1:
        return None
    kb = engine.kb
    meeting = kb.entities[meetings[0][0]]
    if not isinstance(meeting, Meeting):
        return None
    group = groups[0]
    listed = participant_groups(kb, meeting).get(group, [])
    stated = getattr(meeting.stated_counts, group, None) if group != "people" else None
    if stated is None and not listed:
        return None
    number = stated if stated is not None else len(listed)
    value = {"number": number, "of": group, "stated": stated, "listed": len(listed), "items": listed}
    verdict = fact_verdict(base, meeting, "count", value)
    verdict.intent = "count:stated_and_named"
    return verdict


def _publication_to_meeting(
    kb: KnowledgeBase, parsed: Parsed, base: Verdict, meetings: list[tuple[str, set[int]]]
) -> Verdict | None:
    """Days between the publication of the report on one meeting (the one named after the word
    "publication") and another meeting."""
    search_text = parsed.intent.search_text
    for kind_word in parsed.intent.kind_words:
        search_text = re.sub(rf"\b{re.escape(kind_word)}\b", " ", search_text)
    cue = _PUBLICATION.search(search_text)
    if cue is None:
        return None
    boundary = len(text_tokens(search_text[: cue.start()]))
    after = sorted((min(positions), m) for m, positions in meetings if positions and min(positions) >= boundary)
    if not after:
        return None
    reported = after[0][1]
    other = next(m for m, _ in meetings if m != reported)
    published = _published_day(kb, kb.entities[reported])
    held = known_day(getattr(kb.entities[other], "date", None))
    if published is None or held is None:
        return None
    verdict = marked_answered(base, "count", "time:between")
    verdict.attribute = "days"
    verdict.value = abs((held - published).days)
    verdict.focus = [reported, other]
    verdict.filters = {"from": published.isoformat(), "to": held.isoformat(), "publication_of": reported}
    verdict.sources = entry_sources(kb, [reported, other])
    return verdict


def _published_day(kb: KnowledgeBase, meeting: Entity) -> date | None:
    """The date of the first source reporting a meeting on or after the day it was held."""
    start = known_day(getattr(meeting, "date", None))
    days = [
        day
        for source_id in meeting.sources
        if (source := kb.source(source_id)) is not None and (day := known_day(source.date)) is not None
    ]
    days = [day for day in days if start is None or day >= start]
    return min(days) if days else None


def _two_dated(engine: Engine, parsed: Parsed, meetings: list[tuple[str, set[int]]]) -> list[str]:
    """Two dated events the question names: meetings, or one meeting and a dated fact or document
    named by other words ("from the decision to create the ATC to the XVIII meeting")."""
    kb = engine.kb
    chosen = [m for m, _ in meetings[:2] if entity_date(kb.entities[m]) is not None]
    claimed = set().union(*(positions for _, positions in meetings[:2])) if meetings else set()
    for hit in parsed.hits[:4]:
        if len(chosen) >= 2 or hit.score < ENTITY_SCORE:
            break
        entity = kb.entities[hit.entity]
        if (
            hit.entity in chosen
            or hit.name_cover < NAMED_COVER
            or not isinstance(entity, Fact | Document | Meeting)
            or entity_date(entity) is None
            or hit.name_tokens & claimed
        ):
            continue
        chosen.append(hit.entity)
        claimed |= hit.name_tokens
    return chosen


def _whole_units(kb: KnowledgeBase, base: Verdict, pair: list[str], unit: str) -> Verdict | None:
    """Whole months or years from one event to the other, rounded to the nearest at the
    precision the dates are known ("about 4 months" from 10 June to October)."""
    start, end = (entity_date(kb.entities[i]) for i in pair)
    if start is None or end is None:
        return None
    if unit == "month" and (start.month is None or end.month is None):
        return None
    months = (end.year - start.year) * 12 + (end.month or 1) - (start.month or 1)
    exact = start.day is not None and end.day is not None
    if exact and start.day is not None and end.day is not None:
        months += round((end.day - start.day) / 30.44)
    if unit == "year":
        exact = exact and start.month == end.month and start.day == end.day
        value = round(months / 12) if start.month and end.month else end.year - start.year
    else:
        exact = exact and start.day == end.day
        value = months
    if value < 0:
        return None
    verdict = marked_answered(base, "count", "time:between")
    verdict.attribute = "days"
    verdict.value = value
    verdict.focus = list(pair)
    verdict.filters = {"from": start.iso(), "to": end.iso(), "unit": unit, "about": not exact}
    verdict.sources = entry_sources(kb, pair)
    return verdict


def _since_published(kb: KnowledgeBase, base: Verdict, meeting: Entity, today: date) -> Verdict | None:
    """How long ago the source reporting a meeting was published."""
    for source_id in meeting.sources:
        source = kb.source(source_id)
        published = known_day(source.date) if source is not None else None
        if published is not None and published <= today:
            verdict = marked_answered(base, "count", "time:published")
            verdict.attribute = "days"
            verdict.value = (today - published).days
            verdict.focus = [meeting.id]
            verdict.filters = {
                "from": published.isoformat(),
                "to": today.isoformat(),
                "published": source_id,
                "ago": True,
            }
            verdict.sources = [source_id]
            return verdict
    return None


def _remaining(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """How long until a programme's period ends ("how many years are left until ... 2030")."""
    if not (LEFT.search(text) and (_HOW_MANY_DAYS.search(text) or _IN_YEARS.search(text))):
        return None
    entity = dated_entity(engine, parsed, text)
    if entity is None:
        hit = parsed.hits[0] if parsed.hits else None
        found = engine.kb.entities[hit.entity] if hit is not None and hit.score >= ENTITY_SCORE else None
        entity = found if isinstance(found, Document) else None
    if not isinstance(entity, Document) or entity.period_end is None:
        return None
    # A period "until 2030" runs to the end of that year.
    end = date(entity.period_end, 12, 31)
    if end <= today:
        return None
    years, months, _ = _calendar_difference(today, end)
    verdict = fact_verdict(base, entity, "remaining", None)
    verdict.intent = "time:remaining"
    verdict.value = {"today": today.isoformat(), "end": entity.period_end, "years": years, "months": months}
    return verdict


def _span_days(start: PartialDate, end: PartialDate) -> tuple[int, int] | None:
    """The fewest and the most days from one date to another at the precision they are known
    (None when one is known only to the year)."""
    if start.month is None or end.month is None:
        return None
    first_start = date(start.year, start.month, start.day or 1)
    last_start = date(start.year, start.month, start.day or _month_length(start.year, start.month))
    first_end = date(end.year, end.month, end.day or 1)
    last_end = date(end.year, end.month, end.day or _month_length(end.year, end.month))
    return (first_end - last_start).days, (last_end - first_start).days


# "How old is the ATC?", "сколько лет существует АТЦ": the time since its founding.
# "Давно ли...", "how long ago": how long ago, without "since" or "прошло".
_LONG_AGO = re.compile(
    r"\bдавно ли\b|\bкак давно\b|\bhow long ago\b|\bdavno li\b|\bkak davno\b"
    r"|\bhow many (?:days|weeks|months|years) ago\b|\bсколько (?:дней|недель|месяцев|лет) назад\b"
    r"|\bskol'?ko (?:dney|nedel|mesyatsev|let) nazad\b"
)
_AGE = re.compile(
    r"\bhow old\b|\bсколько лет (?:существу\w*|исполнилось|работает)\b|\bskol'?ko let (?:sushchestvu\w*|ispolnilos)\b"
    # "how many years old was it by 2025", "сколько лет было решению к 2025 году"
    r"|\bhow many years old\b|\bсколько лет было\b|\bskol'?ko let bylo\b"
)
# "by 2025", "к 2025 году", "as of 2025": the age asked at that year, not today.
_BY_YEAR = re.compile(r"\b(?:by|as of|in) #(?P<year>\d{4})\b|(?:^|\s)(?:к|на|k|na) #(?P<year_ru>\d{4})\b")


def _founding_fact(engine: Engine, parsed: Parsed) -> Fact | None:
    """The one dated fact of the body or organisation the question names clearly (its founding).

    "сколько лет назад решили создать АТЦ": the founding fact may rank just above the body itself;
    it is then the same answer, so the body may be second behind its own dated fact."""
    hits = parsed.hits[:2]
    for hit in hits:
        if hit.score < ENTITY_SCORE or hit.name_cover < NAMED_COVER:
            continue
        if engine.kb.kind(hit.entity) not in ("body", "organisation"):
            continue
        dated = [fact for fact in engine.kb.facts_of(hit.entity) if fact.year is not None]
        if len(dated) == 1 and (hit is hits[0] or dated[0].id == hits[0].entity):
            return dated[0]
        return None
    return None


# "how many years ago did they decide to set up the ATC", "сколько лет назад решили создать АТЦ":
# a body's founding asked, as "how old" asks it.
_FOUNDING = re.compile(
    r"\b(?:creat|establish|set (?:it )?up|found(?:ed|ing)?\b|созда|учред|основа|образова|sozda|uchred|osnova|obrazova)\w*"
)


# "сколько времени прошло с", "how long ago was", "how many days have passed since": the words that
# ask for time elapsed, taken off to ask when the meeting was.
_ELAPSED_WORDS = re.compile(
    r"\b(?:сколько (?:времени|дней|недель|месяцев|лет)|skol'?ko (?:vremeni|dney|dnei|nedel|mesyatsev|let)"
    r"|how (?:long|much time|many (?:days|weeks|months|years))|как давно|давно ли|kak davno|davno li)\b"
    r"|\b(?:прошло|минуло|proshlo|назад|nazad|ago|has it been|have passed|has passed|passed|since|с|со|s)\b"
)


def _meeting_of_when(engine: Engine, parsed: Parsed, text: str, today: date) -> Entity | None:
    """The meeting "when was …" finds for the same words: "сколько времени прошло с
    антитеррористического совещания в Москве" names the XVIII meeting by its field and city, which
    the "when" answer tells apart among the city's meetings (the search alone asks back)."""
    rest = " ".join(_ELAPSED_WORDS.sub(" ", text).split()).strip(" ?")
    if len(rest.split()) < 2:
        return None
    again = engine.parse(rest, parsed.lang)
    placed = {i for h in again.hits if engine.kb.kind(h.entity) == "place" for i in h.name_tokens}
    if all(i in placed or token in ("~meeting", "~cis") for i, token in enumerate(again.query.tokens)):
        return None  # "the meeting in Moscow" alone: the city has several, the usual answer asks back
    asked = f"{'когда было' if parsed.lang == 'ru' else 'when was'} {rest}?"
    verdict = engine.answer(asked, parsed.lang, today)
    if verdict.kind != "fact" or verdict.attribute != "date" or not verdict.focus:
        return None
    found = engine.kb.get(verdict.focus[0])
    return found if isinstance(found, Meeting) else None


def _elapsed(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """How long ago a dated event was ("how many months have passed since...")."""
    age = _AGE.search(text) is not None
    passed = _PASSED_N.search(text) if ("#" in text and _PASSED_N_CUE(text)) else None
    if not (
        age
        or passed
        or _LONG_AGO.search(text)
        or (_SINCE.search(text) and (_HOW_MANY_DAYS.search(text) or "how long" in text or "давно" in text))
    ):
        return None
    entity = dated_entity(engine, parsed, text)
    if entity is None and (age or passed or _FOUNDING.search(text)):
        entity = _founding_fact(engine, parsed)
    if entity is None and LATEST.search(text) and MEETING_WORD.search(text):
        # "How long ago was the last meeting": the latest meeting held by today (of a body, in a place).
        # The words of "how many months ago" qualify no meeting: the rest is searched.
        rest = _LONG_AGO.sub(" ", text)
        again = engine.parse(rest, parsed.lang) if rest != text else parsed
        as_when = replace(again, intent=replace(again.intent, question="when"))
        latest = latest_held(engine, as_when, replace(base), today, rest)
        entity = engine.kb.entities[latest.focus[0]] if latest is not None and latest.focus else None
    if (entity is None or entity_date(entity) is None) and MEETING_WORD.search(text):
        # (an undated meeting found first may be one of several in the city named)
        entity = _meeting_of_when(engine, parsed, text, today) or entity
    if entity is None:
        return None
    when = entity_date(entity)
    if when is None:
        return None
    # A date known to the month or year counts from its first day: the figure is then "about".
    start = date(when.year, when.month or 1, when.day or 1)
    by_year = _BY_YEAR.search(text) if age else None
    if by_year is not None:
        # "How many years old was it by 2025": its anniversary in that year, whole years apart.
        year = int(by_year.group("year") or by_year.group("year_ru"))
        if when.year <= year:
            today = start.replace(year=year, day=min(start.day, 28))
        else:
            by_year = None
    if start > today:
        return None
    years, months, days = _calendar_difference(start, today)
    unit = "months" if re.search(r"\bmonths?\b|\bмесяц\w*|\bmesyats\w*", text) else None
    unit = unit or ("days" if re.search(r"\bdays?\b|\bдн(?:ей|я)\b|\bdne[iy]\b", text) else None)
    verdict = fact_verdict(base, entity, "elapsed", None)
    verdict.intent = "time:elapsed"
    verdict.value = {
        "date": when.iso(),
        "today": today.isoformat(),
        "days": (today - start).days,
        "years": years,
        "months": months,
        "rest_days": days,
        "total_months": years * 12 + months,
        "precision": when.precision,
        "unit": unit,
    }
    if by_year is not None:
        verdict.value["by_year"] = today.year
    if passed is not None:
        # "Прошло ли уже 5 лет с создания АТЦ?": the time since, measured against the figure asked.
        asked, word = int(passed.group("n") or passed.group("n_en")), passed.group("unit") or passed.group("unit_en")
        since = years if word[:1] in "yлgг" else years * 12 + months if word[:1] in "mм" else (today - start).days
        verdict.yes, verdict.grounds = since >= asked, "confirmed" if since >= asked else "contradicted"
    verdict.caveats = caveats_for(entity, "date")
    return verdict


# "прошло ли уже 5 лет с ...", "has it been 5 years since ...", "have 10 years passed since ...":
# a yes or no on the time since, against the figure asked (numbers are "#N" in prepared text).
_PASSED_N = re.compile(
    r"\b(?:прошл[оиа]?|proshl[oia]?)\s+(?:ли|li)\s+(?:уже\s+|uzhe\s+)?(?:больше\s+|более\s+|bolshe\s+)?(?:чем\s+)?"
    r"#(?P<n>\d+)\s+(?P<unit>лет|год\w*|месяц\w*|дн\w*|let|god\w*|mesya\w*|dn\w*)"
    r"|\b(?:has\s+it\s+been|have|has|is\s+it)\s+(?:already\s+)?(?:more\s+than\s+|over\s+|at\s+least\s+)?#(?P<n_en>\d+)\s+"
    r"(?P<unit_en>years?|months?|days?)"
)
_PASSED_N_CUE = literal_cue([_PASSED_N])


def _calendar_difference(start: date, end: date) -> tuple[int, int, int]:
    """Whole years, then whole months, then days from ``start`` to ``end``."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    anchor_year, anchor_month = divmod(start.month - 1 + months, 12)
    anchor_year += start.year
    last = _month_length(anchor_year, anchor_month + 1)
    anchor = date(anchor_year, anchor_month + 1, min(start.day, last))
    return months // 12, months % 12, (end - anchor).days


def _month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def _which_first(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Which of two named events came first."""
    if not _FIRST.search(text):
        return None
    kb = engine.kb
    meetings = named_meetings(engine, parsed)
    if len(meetings) < 2:
        return None
    verdict = order_of(kb, base, [m for m, _ in meetings[:2]])
    if verdict is not None and _ASKED_LATER.search(text):
        verdict.value["asked"] = "later"  # "which was later": the later one is the answer
    return verdict


# "When was X - before or after Y?": X's date and its place against Y (X is the one named first).
_BEFORE_OR_AFTER = re.compile(
    r"\b(?:before|earlier) or (?:after|later)\b|\b(?:after|later) or (?:before|earlier)\b"
    r"|\bдо или после\b|\bпосле или до\b|\bраньше или позже\b|\bпозже или раньше\b"
    r"|\bdo ili posle\b|\bposle ili do\b|\branshe ili pozzhe\b"
)


def _before_or_after(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The first-named event against the second: "After: X (date) came after Y (date)"."""
    meetings = [(m, positions) for m, positions in named_meetings(engine, parsed)[:2] if positions]
    if len(meetings) == 1:
        # The first name can crowd the second out of the hits: the words after the cue are searched
        # alone (only behind this rare cue, so the second parse costs little).
        cue = _BEFORE_OR_AFTER.search(parsed.text.lower())
        rest = parsed.text[cue.end() :] if cue is not None else ""
        later = [m for m, _ in named_meetings(engine, engine.parse(rest, parsed.lang))[:1]] if rest.strip() else []
        if not later or later[0] == meetings[0][0]:
            return None
        subject, other = meetings[0][0], later[0]
    elif len(meetings) == 2:
        subject, other = (m for m, _ in sorted(meetings, key=lambda pair: min(pair[1])))
    else:
        return None
    verdict = order_of(engine.kb, base, [subject, other])
    if verdict is None:
        return None
    verdict.value["relative_to"] = other
    verdict.value["subject"] = subject
    return verdict


def order_of(kb: KnowledgeBase, base: Verdict, pair: list[str]) -> Verdict | None:
    """Which of two dated entries came first, or None when their dates cannot order them."""
    keys = [kb.date_key.get(m) for m in pair]
    if keys[0] is None or keys[1] is None or keys[0] == keys[1]:
        return None
    # Dates known only to the month or year cannot be ordered within that month or year.
    dates = [PartialDate.parse(kb.entities[m].date or "") for m in pair]  # type: ignore[attr-defined]
    coarse = [d for d in dates if d.precision != "day"]
    if (
        coarse
        and dates[0].year == dates[1].year
        and (dates[0].month == dates[1].month or dates[0].month is None or dates[1].month is None)
    ):
        return None
    ordered = sorted(pair, key=lambda m: kb.date_key[m])
    verdict = marked_answered(base, "fact", "time:order")
    verdict.attribute = "order"
    verdict.focus = ordered
    first_day, second_day = (known_day(kb.entities[m].date) for m in ordered)  # type: ignore[attr-defined]
    verdict.value = {
        "first": ordered[0],
        "second": ordered[1],
        "dates": [kb.entities[m].date for m in ordered],  # type: ignore[attr-defined]
        "days": (second_day - first_day).days if first_day and second_day else None,
    }
    verdict.sources = entry_sources(kb, ordered)
    return verdict


# --- was it this year, is it now ------------------------------------------------------------------


def _yes_no_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Was X held this year?", "Is the Year of ... going on now?": the entity's year against today's."""
    if _QUESTION_WORD.search(text) or not (YES_NO.search(text) or _bare_yes_no(parsed.text, text)):
        return None
    target = target_year(text, today)
    if target is None:
        return None
    year, relative = target
    entity = dated_entity(engine, parsed, text)
    if entity is None:
        return None
    if isinstance(entity, Meeting) and entity_date(entity) is None:
        # "Was the intelligence chiefs' meeting this year?": its source gives no date, so neither
        # yes nor no; left to the other answerers it would be a "yes, it took place".
        undated = marked_answered(base, "yes_no", "time:year")
        undated.yes = None
        undated.grounds = "date"
        undated.focus = [entity.id]
        undated.value = {"meeting": entity.id, "year": year, "relative": relative}
        undated.sources = list(entity.sources)
        return undated
    yes: bool | None
    when: dict[str, object]
    if isinstance(entity, Document) and (entity.period_start or entity.period_end):
        start, end = entity.period_start or 1900, entity.period_end or 2200
        yes = start <= year <= end
        when = {"period": [entity.period_start, entity.period_end]}
    else:
        known = entity_date(entity)
        if known is None:
            return None
        yes = known.year == year
        when = {"date": known.iso()}
        if relative == "now" and isinstance(entity, Document) and entity.kind == "decision" and entity.status == "adopted":
            # "Is the SCO now an observer?": a status granted holds from its decision on; the
            # sources record no change since (the decision's year is no "now").
            yes = (known.year, known.month or 1) <= (today.year, today.month)
            when["since"] = True
        if isinstance(entity, Meeting) and entity.status == "planned":
            # A plan is no record that the event took place: in the year it was planned for, the
            # sources do not say; for any other year the answer is still no.
            when["planned"] = True
            if yes:
                yes = None
    verdict = marked_answered(base, "yes_no", "time:year")
    verdict.yes = yes
    verdict.grounds = "dated"
    verdict.focus = [entity.id]
    verdict.value = {**when, "year": year, "relative": relative}
    verdict.sources = list(entity.sources)
    verdict.caveats = caveats_for(entity, "date")
    return verdict


# --- set operations over participant lists ---------------------------------------------------------


def _meeting_places(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The cities meetings were held in (in a named state, in the years asked), listed or counted:
    the meetings' places as a set."""
    if not _CITIES.search(text) or not (MEETING_WORD.search(text) or parsed.intent.list_kind == "meeting"):
        return None
    kb = engine.kb
    within = named_filters(engine, parsed)["place"]
    years = list(parsed.intent.years)
    places: dict[str, list[str]] = {}
    for meeting in kb.of_kind("meeting"):
        if not isinstance(meeting, Meeting) or not meeting.place or kb.kind(meeting.place) != "place":
            continue  # a state given as the venue is no city
        known = meeting_date(meeting)
        if years and (known is None or known.year not in years):
            continue
        if within and meeting.place not in within and kb.country_of_place(meeting.place) not in within:
            continue
        places.setdefault(meeting.place, []).append(meeting.id)
    counting = parsed.intent.question == "count"
    verdict = marked_answered(base, "count" if counting else "list", "list:place")
    verdict.attribute = "place"
    verdict.items = list(places)
    verdict.value = len(places) if counting else None
    verdict.filters = {"of": "meetings", "within": within, "meetings": {p: ids for p, ids in places.items()}}
    if years:
        verdict.filters["years"] = years
    verdict.sources = entry_sources(kb, [i for ids in places.values() for i in ids])
    return verdict


_PLENARY = re.compile(r"\bplenary\b|\bпленарн\w*|\bplenarn\w*")


def _session(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "What was discussed at the second session of the XVIII meeting": that session's points;
    "list the specialised sessions": their titles. A session named without its meeting is looked
    for among the meetings whose sessions are recorded, and must be unambiguous."""
    format_asked = not SESSION_WORD.search(text) and _FORMAT.search(text) is not None
    if not (SESSION_WORD.search(text) or format_asked) or _HOW_MANY_DAYS.search(text) or parsed.intent.question == "count":
        return None  # "how many sessions" is counted where meetings' figures are
    if YES_NO.search(text):
        return None  # "was there a plenary session?" is a yes or no
    kb = engine.kb
    named = [m for m, _ in named_meetings(engine, parsed)]
    if format_asked and not named:
        return None  # "the CIS plus format" is no meeting's sessions
    candidates = [kb.entities[m] for m in named[:1]] or [
        m for m in derived_for(kb).with_sessions if isinstance(m, Meeting)
    ]
    # Ordinals in digits ("4th", "2-й") are read from the question as typed: prepared, they are numbers.
    words = [*text.split(), *(w for w in parsed.text.lower().split() if w[:1].isdigit())]
    ordinals = {n for word in words if (n := any_ordinal(word.strip("?!.,;:«»"))) is not None}
    plenary = bool(_PLENARY.search(text))
    found: list[tuple[Meeting, int]] = []
    for meeting in candidates:
        if not isinstance(meeting, Meeting) or not meeting.sessions:
            continue
        for index, session in enumerate(meeting.sessions):
            title = session.title.en.lower()
            first = ordinal_stem(title.split()[0]) if title else None
            if (first is not None and first in ordinals) or (plenary and not ordinals and "plenary" in title):
                found.append((meeting, index))
    if not found and not ordinals and not plenary:
        # "the session on countering radicalisation": the one session whose topic the question names.
        found = _session_by_topic(engine, parsed, candidates)
    if len(found) == 1:
        meeting, index = found[0]
        return session_points(base, meeting, index)
    listing = (
        parsed.intent.list_cue
        or parsed.intent.question == "count"
        or bool(_LIST_SESSIONS.search(text))
        or format_asked
    )
    if found or ordinals or len(candidates) != 1 or not listing:
        return None
    meeting = candidates[0]
    if not isinstance(meeting, Meeting) or not meeting.sessions:
        return None
    # "The specialised sessions": the sessions other than the plenary one.
    specialised = "specialised" in parsed.intent.categories
    sessions = [s for s in meeting.sessions if not (specialised and "plenary" in s.title.en.lower())]
    source = meeting.sources[0] if meeting.sources else None
    titles = [Statement(s.title.en, s.title.ru, meeting.id, source) for s in sessions]
    verdict = fact_verdict(base, meeting, "sessions", len(titles), statements=titles)
    verdict.intent = "list:sessions"
    return verdict


_SESSION_TOPIC_AT = 0.6  # the share of the question's topic words a session's title must hold


def _session_by_topic(engine: Engine, parsed: Parsed, candidates: list[Entity]) -> list[tuple[Meeting, int]]:
    """The one session, among the candidate meetings', whose title holds most of the question's
    words that its meeting's name does not ("на сессии XVIII совещания по противодействию
    радикализации"); none when two hold them alike or none holds enough."""
    query = parsed.query
    named = {i for hit in parsed.hits[:3] if hit.entity in {m.id for m in candidates} for i in hit.name_tokens}
    rest = [
        i
        for i, token in enumerate(query.tokens)
        if i not in named and not query.unknown[i] and token not in engine._generic and token[:1] != "#"
    ]
    total = sum(query.weights[i] for i in rest)
    if not total:
        return []
    scored: list[tuple[float, Meeting, int]] = []
    for meeting in candidates:
        if not isinstance(meeting, Meeting):
            continue
        for index, session in enumerate(meeting.sessions):
            raw = text_tokens(f"{session.title.en} {session.title.ru}")
            tokens = set(engine.index.fold_synonyms(raw)).union(raw)
            held = sum(
                query.weights[i] * max((sim for token, sim in query.matches[i] if token in tokens), default=0.0)
                for i in rest
            )
            scored.append((held / total, meeting, index))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < _SESSION_TOPIC_AT or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.1):
        return []
    return [(scored[0][1], scored[0][2])]


def session_points(base: Verdict, meeting: Meeting, index: int) -> Verdict:
    """What one session of a meeting did: its recorded points under its title."""
    session = meeting.sessions[index]
    source = meeting.sources[0] if meeting.sources else None
    points = [Statement(p.en, p.ru, meeting.id, source) for p in session.points]
    verdict = fact_verdict(base, meeting, "session", {"title": session.title.model_dump()}, statements=points)
    verdict.intent = "list:session_points"
    return verdict


def session_index(meeting: Meeting, number: int) -> int | None:
    """The place among a meeting's sessions of the one its title numbers so ("Third session: ...")."""
    for index, session in enumerate(meeting.sessions):
        title = session.title.en.lower()
        if title and ordinal_stem(title.split()[0]) == number:
            return index
    return None


# "In what format was the meeting held": its sessions say ("structure" is in names: RATS).
_FORMAT = re.compile(r"\bformat\w*|\bформат\w*")

_LIST_SESSIONS = re.compile(
    r"\b(?:list|name|which|what) (?:the |were the |are the )?(?:\w+ )?sessions\b|\bперечисл\w*|\bназов\w*|\bкакие\b"
    r"|\bperechisl\w*|\bkakie\b"
)


# --- next, latest, periods --------------------------------------------------------------------------


