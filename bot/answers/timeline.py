"""Lists with several conditions and set operations (attended both, one but not the other; by month, season, half-year) and relative time (most recent, last year, how long ago, next, this year).

Everything is decided over the knowledge base from the entities the question names (found by the
index as ``parsed.hits``) and a few cue words; the date counted from is ``today``, handed in, never
read from the clock. Each helper returns None when the question is not its kind or when it is not
sure, and the normal path answers instead.

This module holds the cue words and the order in which the kinds are tried (:func:`answer`), and
the questions of what the sources themselves say; the kinds live in ``meeting_names``,
``set_operations``, ``time_elapsed``, ``period_lists``, ``next_and_last``, ``meeting_sessions`` and
``asked_dates``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import compare
from bot.answers.asked_dates import ENTITY_SCORE
from bot.answers.computed import entry_sources, marked_answered
from bot.answers.cues import any_alternative, cued
from bot.answers.facts import fact_verdict, participant_groups
from bot.answers.meeting_names import (
    NAMED_COVER,
    derived_for,
    named_meetings,
)
from bot.answers.meeting_sessions import meeting_places, session_verdict
from bot.answers.next_and_last import (
    LATEST,
    STILL_AHEAD,
    after_meeting,
    earliest_held,
    latest_held,
    meeting_listing,
    past_or_upcoming,
    previous_in_series,
    upcoming_verdict,
)
from bot.answers.next_typos import NEXT_TYPOS
from bot.answers.period_lists import (
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
from bot.answers.time_elapsed import (
    BEFORE_OR_AFTER,
    before_or_after,
    elapsed_verdict,
    remaining_verdict,
    time_between,
    which_first,
    yes_no_year,
)
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting
from bot.search.text import prepare

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


# --- cue words (prepared text: lower case, ё as е, numbers as #N) ---------------------------------

# Cheap first look: a question with none of these is not this module's kind.
_ANY_CUE = re.compile(
    r"\bboth\b|\bbut not\b|\bone of\b|\bneither\b|\bне вход\w*|\bdeclared\b|\bзаявлен\w*|\bspoke\b|\bвыступ\w*|\bstatements\b|\bзаявлени\w*|\bbased on\b|\bsources\b|\bисточник\w*|\bistochnik\w*|\bдокумент\w*|\bучаствовал\w*|\btook part\b|\battended\b|\banything\b|\bчто-(?:нибудь|то)|\bодн\w+ из\b|\bnot (?:at|in|on)\b|\bexcept\b|\bapart from\b|\bother than\b|\bbesides\b|\bin common\b"
    r"|\ball\b|\bevery\b|\bat least\b|\bхотя бы\b|\bhotya by\b|\btogether\b|\bdifferent\b|\bdistinct\b|\bin total\b|\baltogether\b|\bcombined\b"
    r"|\b(?:what|which) (?:were|are) (?:the )?(?:#?\d+ )?(?:[\w-]+ ){1,3}?at (?:the|that|this)\b"
    # absence asked: "which states did not attend …", "каких стран не было на …"
    r"|\b(?:not|n't)\s+(?:attend|participat|take part|come|send)\w*|(?<!\w)не\s+(?:было|были|был|была|участвова\w*|приехал\w*|присутствова\w*)"
    r"|\bne\s+(?:bylo|byli|uchastvova\w*)|\bmissing\b|\babsent\b"
    r"|\bwere at\b|\bwas at\b|\b(?:states|countries|who) (?:were|was) in\b|\brepresented\b|\bбыл[иа]?(?: в \w+)? на\b|\bпредставлен\w*|\bbyl[ia]?(?: v \w+)? na\b"
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
    r"|\bfirst\b|\bearlier\b|\blater\b|\bраньше\b|\bпозже\b|\bпервы\w+|\bперв(?:ой|ым|ая|ое|ую)\b|\branshe\b|\bpozzhe\b"
    r"|\bearliest\b|\bсам\w+ ранн\w*|\bpast\b|\balready\b|\bуже\b"
    r"|\blatest\b|\bnewest\b|\brecent\w*|\blast\b|\bпоследн\w+|\bнедавн\w+|\bposledn\w+|\bсвеж\w+|\bsvezh\w+"
    r"|\bnext\b|\bupcoming\b|\bwill\b|\bследующ\w+|\bближайш\w+|\bпредстоящ\w+|\bsleduyushch\w+|" + NEXT_TYPOS + r""
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
# Its cues found first, then only the alternatives they begin searched (cues.AnyAlternative: 90 -> 7 µs).
_ANY_CUE_WORDS = any_alternative(_ANY_CUE)


# The bot's own sources ("which documents are your answers based on", "какие источники ты используешь").
_OUR_SOURCES = cued(re.compile(
    r"\b(?:your|you|bot'?s?) (?:\w+ )?(?:sources|documents)\b|\b(?:sources|documents)\b(?: \w+){0,4} (?:based on|you use|you rely on|you know)\b"
    r"|\b(?:ваши|твои|твоих|ваших) (?:\w+ )?(?:источник|документ)\w*|\b(?:источник|документ)\w*,? (?:на (?:которых|основе которых)|которые (?:ты|вы))\b"
    r"|\bна (?:основе )?каких (?:источник|документ)\w*|\b(?:источник|документ)\w* (?:ты |вы )?(?:используе|знае)\w*"
    r"|\bistochnik\w* (?:ty |vy )?(?:ispolzue|znae)\w*|\bна (?:основе )?каких\b.*\b(?:ответы|ответ)\b"
))
# The whole question only asks for them: "how many sources are there?", "list all sources", "сколько
# источников?", "какие у тебя источники?" (after an answer, "какие источники?" is that answer's: followup)
_ALL_SOURCES = re.compile(
    r"^\W*(?:how many|list|name|show)(?: me)?(?: all)?(?: the)? (?:sources|source documents)(?: (?:are there|do you have|are used|in total))?\W*$"
    r"|^\W*(?:all|every)(?: the)? sources\W*$"
    r"|^\W*(?:сколько|перечисли\w*|назови\w*|покажи\w*|skol'?ko|perechisl\w*)(?: все)? (?:всего )?(?:источник|istochnik)\w*(?: (?:всего|есть|у тебя|у бота|vsego|est))?\W*$"
    r"|^\W*(?:какие|kakie) (?:у (?:тебя|вас|бота) |u (?:tebya|vas|bota) )(?:есть |est )?(?:источник|istochnik)\w*\W*$"
    r"|^\W*(?:какие|kakie) (?:источник|istochnik)\w* (?:у (?:тебя|вас|бота)|u (?:tebya|vas|bota))\W*$"
)
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


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    text = prepare(parsed.text)
    if compare.GATE.search(text) and (compared := comparison(engine, parsed, base, today, text)) is not None:
        return compared
    if BEFORE_OR_AFTER.search(text) and (placed := before_or_after(engine, parsed, base)) is not None:
        return placed
    if not (_ANY_CUE_WORDS(text) or STILL_AHEAD.search(text)) and not (parsed.intent.list_cue and TYPE_WORD.search(text)):
        return None
    steps: tuple[Callable[[Engine, Parsed, Verdict, date, str], Verdict | None], ...] = (
        session_verdict,
        _our_sources,
        _stated_and_named,
        _latest_said,
        _speakers_list,
        time_between,
        remaining_verdict,
        elapsed_verdict,
        which_first,
        yes_no_year,
        past_or_upcoming,
        period_today_verdict,
        period_length_verdict,
        after_meeting,
        unrecorded_grouping,
        set_operation,
        meeting_places,
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


# --- what our sources say, who spoke, when it was published ---------------------------------------


def _our_sources(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "List the documents your answers are based on": every source of the knowledge base."""
    whole = any(word in text for word in ("source", "источник", "istochnik")) and _ALL_SOURCES.match(text) is not None
    if not whole and not (_OUR_SOURCES.search(text) and (parsed.intent.list_cue or parsed.intent.question == "count")):
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
