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

from bot.answers import compare, list_answers
from bot.answers.asked_dates import (
    CURRENT,
    ENDED,
    ENTITY_SCORE,
    LAST_YEAR,
    THIS_YEAR,
    dated_entity,
    entity_date,
    target_year,
)
from bot.answers.computed import entry_sources, known_day, marked_answered
from bot.answers.cues import cued, literal_cue
from bot.answers.facts import caveats_for, fact_verdict, participant_groups
from bot.answers.meeting_names import (
    MONTHS,
    NAMED_COVER,
    YEAR,
    derived_for,
    named_meetings,
)
from bot.answers.next_and_last import (
    ANY_EVENTS,
    ANYTHING,
    EARLIEST,
    LATEST,
    MEETING_WORD,
    STILL_AHEAD,
    YES_NO,
    after_meeting,
    asked_document_kind,
    earliest_held,
    latest_held,
    meeting_listing,
    named_filters,
    past_or_upcoming,
    previous_in_series,
    scope_meetings,
    upcoming_verdict,
)
from bot.answers.questionwords import question_part
from bot.answers.set_operations import (
    MAX_MEETINGS,
    TYPE_WORD,
    WHO,
    asked_groups,
    comparison,
    set_operation,
    unrecorded_grouping,
)
from bot.answers.spans import Span, date_span, within
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

# A document with a period, in a question already asking how many years it covers, is named less
# fully ("the counter-terrorism programme"): a lower bar, and a lead over any other such document.
PERIOD_DOCUMENT_SCORE = 0.35
PERIOD_DOCUMENT_LEAD = 0.05

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
# Time left until a programme ends.
_LEFT = re.compile(
    r"\bleft\b|\bremain\w*|\buntil the end\b|\bосталось\b|\bостает\w*|\bдо (?:окончани|конца|завершени)\w*"
    r"|\bostalos\b|\bdo (?:okonchaniya|kontsa)\b"
    # "сколько ещё лет будет действовать", "how many more years"
    r"|\bсколько ещ[её]\b|\bhow many more\b|\bhow much longer\b|\bskol'?ko eshch?[eyo]\b"
    # "через сколько лет заканчивается программа", "how many years until the concept expires"
    r"|\bзаканчива\w*|\bзакончи\w*|\bистека\w*|\bистеч\w*|\bends?\b|\bexpires?\b|\brun out\b|\bzakanchiva\w*"
)
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
_SESSION_WORD = re.compile(r"\bsessions?\b|\bсесси\w*|\bсекци\w*|\bsessi\w*")
_HAPPENED = re.compile(
    r"\bhappen\w*|\btook place\b|\bwas held\b|\bwere held\b|\bget-?togethers?\b|\bevents?\b|\bmeetings\b"
    r"|\bпроизошл\w*|\bпроисходил\w*|\bслучил\w*|\bпрошл[иo]\b|\bпроходил\w*|\bсостоял\w*|\bмероприят\w*|\bсобыти\w*"
    r"|\bзаседани[яй]\b|\bвстреч[иа]?\b|\bсовещани[яй]\b|\bproizoshl\w*|\bproshli\b|\bsobyti\w*|\bzasedaniy?a?\b"
    r"|\bmeropriyat\w*|\bvstrechi\b|\bsoveshchaniya\b"
    r"|^(?:а )?что было\b|^(?:a )?chto bylo\b"  # "что было в прошлом году"
)
_HAPPENED_CUE = literal_cue([_HAPPENED])  # a look-up of its words before the search
_DATED = re.compile(r"\bdated\b|\bдатир\w*|\bdatir\w*")
_STARTED = re.compile(
    r"\bstart\w*|\bbegan\b|\bbegin\w*|\bcommenc\w*|\bначал\w*|\bначина\w*|\bстартова\w*|\bnachal\w*|\bnachina\w*"
)

# An alternative between two states of a period: "in force or only starting", "действует или начнётся".
_STATE_CHOICE = re.compile(
    r"\b(?:or|или|ili|либо)\b(?=.*\b(?:start\w*|begin\w*|ended|over|finished|future|yet|начн\w*|начал\w*"
    r"|начина\w*|законч\w*|заверш\w*|будет|впереди|nachn\w*|nachal\w*|zakonch\w*))"
)
_STARTING = re.compile(r"\b(?:already|уже|uzhe)\b")

# How long a programme runs: "how many years does it cover", "на сколько лет рассчитана".
_SPAN = re.compile(
    r"\bcover\w*|\bspan\w*|\blast\w*|\brun\w*|\bdesigned\b|\bохватыва\w*|\bрассчитан\w*|\bдлит\w*"
    r"|\bдейств\w*|\bохват\w*|\bokhvatyva\w*|\brasschitan\w*"
)
_HOW_MANY_YEARS = re.compile(r"\bhow many years\b|\bhow long\b|\bсколько лет\b|\bskolko let\b")

# Periods within a year.
_SEASONS: list[tuple[str, tuple[int, int], re.Pattern[str]]] = [
    ("summer", (6, 8), re.compile(r"\bsummer\w*|\bлет(?:ом|о|а|ний|нем|них|нее)\b|\bletom\b|\bleto\b")),
    ("autumn", (9, 11), re.compile(r"\bautumn\w*|\bfall\b|\bосен\w*|\boseny?u\b|\bosen\w*")),
    ("spring", (3, 5), re.compile(r"\bspring\b|\bвесн\w*|\bвесен\w*|\bvesn\w*")),
    ("winter", (1, 2), re.compile(r"\bwinter\w*|\bзим\w*|\bzim\w*")),
]
_FIRST_HALF = re.compile(
    r"\bfirst half\b|\bh1\b|\b#1(?:st)? half\b|\bперв\w+ (?:полугоди\w*|половин\w*)|\bpervo\w* polugodi\w*"
)
_SECOND_HALF = re.compile(
    r"\bsecond half\b|\bh2\b|\b#2(?:nd)? half\b|\bвтор\w+ (?:полугоди\w*|половин\w*)|\bvtoro\w* polugodi\w*"
)
# Quarters of a year, by number ("Q4", "4th quarter", "в 4-м квартале"), word or Roman numeral.
_QUARTER_WORD = r"(?:quarter\w*|квартал\w*|kvartal\w*)"
_QUARTERS: list[tuple[tuple[int, int], re.Pattern[str]]] = [
    ((first, first + 2), re.compile(rf"\bq{number}\b|(?:#{number}|\b{ordinals}|\b{roman})\s+{_QUARTER_WORD}"))
    for first, number, ordinals, roman in (
        (1, 1, r"(?:first|перв\w*|pervo\w*)", "i"),
        (4, 2, r"(?:second|втор\w*|vtoro\w*)", "ii"),
        (7, 3, r"(?:third|трет\w*|treti?\w*)", "iii"),
        (10, 4, r"(?:fourth|четверт\w*|chetvert\w*)", "iv"),
    )
]


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
        _period_today,
        _period_length,
        after_meeting,
        unrecorded_grouping,
        set_operation,
        _meeting_places,
        # before "upcoming": "which programmes will still be in force in 2029" asks of a period
        _documents_in_year,
        upcoming_verdict,
        _stated_in_relative_year,
        _news_in_period,
        _period_list,
        _events_at_place,
        _documents_of_relative_year,
        _document_list,
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
    if _SPAN.search(text) and not _BETWEEN.search(text):
        # "На сколько лет рассчитана программа, утверждённая в Душанбе": the length of the
        # document's own period, not the time between it and the meeting that adopted it.
        length = _period_length(engine, parsed, base, today, text)
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
    if not (_LEFT.search(text) and (_HOW_MANY_DAYS.search(text) or _IN_YEARS.search(text))):
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
    format_asked = not _SESSION_WORD.search(text) and _FORMAT.search(text) is not None
    if not (_SESSION_WORD.search(text) or format_asked) or _HOW_MANY_DAYS.search(text) or parsed.intent.question == "count":
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


def _period(text: str, today: date) -> tuple[list[int], tuple[int, int], str] | None:
    """Years and a span of months a question names ("summer of 2025", "в первом полугодии",
    "last year", "in June"), and a label for it; None without one."""
    years = [int(y) for y in YEAR.findall(text)]
    relative = target_year(text, today)
    if relative is not None and relative[1] != "now":
        years = [relative[0]]
    label = ""
    months: tuple[int, int] = (1, 12)
    for name, span, pattern in _SEASONS:
        if pattern.search(text):
            label, months = name, span
            break
    else:
        if _FIRST_HALF.search(text):
            label, months = "first_half", (1, 6)
        elif _SECOND_HALF.search(text):
            label, months = "second_half", (7, 12)
        elif quarters := [span for span, pattern in _QUARTERS if pattern.search(text)]:
            label, months = "quarter", (quarters[0][0], quarters[-1][1])
        else:
            named = [number for number, pattern in enumerate(MONTHS, start=1) if pattern.search(text)]
            if len(named) == 1:
                label, months = "month", (named[0], named[0])
    if not label and relative is None:
        return None
    return years, months, label or (relative[1] if relative else "")


def _in_period(known: tuple[int, int, int] | None, years: list[int], months: tuple[int, int]) -> bool:
    """Whether a date sort key (year, month or 0, day or 0) falls in the years and months."""
    if known is None or (years and known[0] not in years):
        return False
    if months == (1, 12):
        return True
    # Known only to the year: cannot be placed in a season or a month.
    return known[1] != 0 and months[0] <= known[1] <= months[1]


# A headline figure found by asking again with the year written out must be this good a hit.
STATED_YEAR_AT = 0.5


def _stated_in_relative_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "How many meetings were held last year?": the sources' own figure for that year, as when the
    year is written out; the few meetings recorded one by one are not the count."""
    if parsed.intent.question != "count" or parsed.intent.list_kind == "document":
        return None  # documents counted are no figure of meetings held
    target = target_year(text, today)
    if target is None or target[1] == "now":
        return None
    year = target[0]
    pattern = LAST_YEAR if target[1] == "last_year" else THIS_YEAR
    # "last year" also finds "the Year of Peace and Unity": the written-out year searches cleanly.
    written = pattern.sub(f" {year} ", text)
    again = engine.parse(written, parsed.lang)
    for hit in again.hits[:3]:
        fact = engine.kb.entities[hit.entity]
        if isinstance(fact, Fact) and fact.number is not None and fact.year == year and hit.score >= STATED_YEAR_AT:
            base.kind, base.answered, base.focus = "count", True, [fact.id]
            base.attribute, base.value, base.sources = "stated", fact.number, list(fact.sources)
            base.caveats = caveats_for(fact, "count")
            base.filters = {"period": {"years": [year], "label": target[1]}}
            return base
    return None


_CALENDAR = re.compile(r"\bcalendar\b|\bschedule\b|\bкалендар\w*|\bрасписани\w*|\bkalendar\w*")


def _period_list(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Meetings in a season, a half-year, a month or a relative year, where and whose the question says."""
    intent = parsed.intent
    # "What was on the calendar in autumn 2025" reads as an agenda question, but a calendar holds meetings.
    calendar = _CALENDAR.search(text) is not None
    if intent.question not in ("card", "count") and not (calendar and intent.question == "agenda"):
        return None
    if intent.list_kind not in (None, "meeting"):
        return None
    # "What in your materials is dated November?": the entries of that month are the list asked.
    dated = _DATED.search(text) is not None
    if not (intent.list_kind == "meeting" or (_HAPPENED_CUE(text) and _HAPPENED.search(text)) or calendar or dated):
        return None
    # "What did the October meetings in Dushanbe focus on" names meetings, it does not ask for a list.
    if not (intent.list_cue or ANY_EVENTS.search(text) or dated or _PLURAL_FIRST.match(text)):
        return None
    # A span bounded on one or both sides ("с июля по ноябрь", "after June 2025", "in the past 12
    # months") says more than the month or year inside it.
    # Only the sentence that asks sets the period: "… в 2024-м? Хочу сравнить с 2025-м" asks about
    # 2024, the remark after it is no span "since 2025".
    asked = prepare(question_part(parsed.text))
    span = date_span(asked, today)
    period = _period(asked, today) if span is None else None
    if period is None and span is None:
        return None
    if _SESSION_WORD.search(text) and named_meetings(engine, parsed):
        return None  # "sessions of the June meeting" are parts of that meeting, not meetings of June
    if span is not None:
        return _span_list(engine, parsed, base, span)
    assert period is not None
    years, months, label = period
    if label in ("last_year", "this_year", "") and intent.list_kind == "meeting" and not (_HAPPENED_CUE(text) and _HAPPENED.search(text)):
        return None  # a plain year in a list of meetings: the list path has it
    if label == "month" and not years and intent.list_kind != "meeting" and not dated:
        return None
    # A question about one named meeting is not a list ("what was discussed at the June meeting").
    ids, filters = scope_meetings(engine, parsed, years)
    kb = engine.kb
    chosen = [i for i in ids if _in_period(kb.date_key.get(i), years, months)]
    period_filter = {"years": years, "months": list(months), "label": label}
    scope = {key: value for key, value in filters.items() if value}
    verdict = meeting_listing(kb, base, "meeting", chosen, {"period": period_filter, **scope}, intent.question == "count")
    if not chosen and years:
        # Nothing in the period: the latest meeting before it says how far the sources reach.
        start = (min(years), months[0], 0)
        scoped = scope_meetings(engine, parsed)[0]
        earlier = [i for i in scoped if (kb.date_key.get(i) or (9999, 0, 0)) < start]
        if earlier:
            latest = max(earlier, key=lambda i: kb.date_key[i])
            verdict.alternatives = [latest]
            verdict.sources = list(kb.entities[latest].sources)
    return verdict


# "Anything new this year?", "есть ли новости за 2026 год?": what happened in a period, no list word.
_NEWS = re.compile(
    r"\bnews\b|\bnew\b|\bdid anything\b|\bновост\w*|\bнов(?:ого|ое|ые|енького)\b|\bnovost\w*|\bnovogo\b"
)
# "meetings last month?", "встречи в этом месяце": a terse list, the plural kind word first.
_PLURAL_FIRST = re.compile(
    r"\W*(?:any\s+)?(?:meetings|sessions|events|заседания|встречи|совещания|мероприятия|zasedaniya|vstrechi|soveshchaniya)\b"
)
# A name this well matched is what the question is about, not the period ("any news about Klemez").
NEWS_SUBJECT_AT = 0.6


def _news_in_period(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The meetings of a period a question asks news of, with the latest before it when none."""
    intent = parsed.intent
    if intent.list_kind is not None or intent.question != "card":
        return None
    if not (_NEWS.search(text) or ANYTHING.search(text) or ANY_EVENTS.search(text)):
        return None
    if any(hit.score >= NEWS_SUBJECT_AT and hit.name_cover >= 0.85 for hit in parsed.hits[:3]):
        return None
    span = date_span(text, today)
    if span is None:
        period = _period(text, today)
        if period is not None and period[2] not in ("", "last_year", "this_year"):
            return None  # a season, a half, a quarter or a month: the list of that period has it
        target = target_year(text, today)
        years = intent.years or ([target[0]] if target else [])
        if len(years) != 1:
            return None
        end = (years[0], 12, 31) if years[0] < today.year else (today.year, today.month, today.day)
        span = Span((years[0], 1, 1), end, "range", PartialDate(years[0]), PartialDate(years[0]))
    return _span_list(engine, parsed, base, span)


def _span_list(engine: Engine, parsed: Parsed, base: Verdict, span: Span) -> Verdict:
    """The meetings in a bounded span, where and whose the question says; none in it: the latest
    meeting before it, so the answer says how far the sources reach."""
    kb = engine.kb
    ids, filters = scope_meetings(engine, parsed)
    chosen = [i for i in ids if within(kb.date_key.get(i), span)]
    period_filter = {
        "label": "span",
        "form": span.label,
        "start": span.start_date.iso() if span.start_date else None,
        "end": span.end_date.iso() if span.end_date else None,
        "months": span.months,
    }
    scope = {key: value for key, value in filters.items() if value}
    verdict = meeting_listing(kb, base, "meeting", chosen, {"period": period_filter, **scope}, parsed.intent.question == "count")
    if not chosen and span.start[0]:
        earlier = [i for i in ids if (kb.date_key.get(i) or (9999, 0, 0)) < span.start]
        if earlier:
            latest = max(earlier, key=lambda i: kb.date_key[i])
            verdict.alternatives = [latest]
            verdict.sources = list(kb.entities[latest].sources)
    return verdict


# "Проходил ли …", "Was … held in Moscow?": a yes or no asked, not what took place there.
_WHETHER = re.compile(r"^\W*\w+\s+(?:ли|li)\b|^\W*(?:was|were|did|has|have|is|are)\b")


def _events_at_place(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Что проходило в Таджикистане?", "what took place in Moscow": the meetings held there, as the
    list of meetings would give them, though the question names no meetings."""
    intent = parsed.intent
    if intent.list_kind is not None or intent.question not in ("card", "count"):
        return None
    if not ((_HAPPENED_CUE(text) and _HAPPENED.search(text)) or ANY_EVENTS.search(text)):
        return None
    if LATEST.search(text) or EARLIEST.search(text):
        return None  # "which meeting was held most recently in Moscow": the one, not the list
    if _WHETHER.search(text):
        return None  # "Проходил ли саммит СНГ в Москве?": whether one meeting was held there, a yes or no
    as_list = replace(parsed, intent=replace(intent, list_kind="meeting", list_cue=True))
    filters = list_answers.asked_filters(engine, as_list)
    # Only a place (a city or a state where meetings were held) may narrow it: anything else
    # named is what the question is about.
    if not filters or not (filters["place"] or filters["state"]) or filters["body"] or filters["organisation"] or filters["person"]:
        return None
    return list_answers.list_verdict(engine, as_list, base, today)


# "Which documents end in 2028", "какие документы заканчиваются в 2028 году".
_ENDS = re.compile(
    r"\bend(?:s|ing)?\b|\bexpir\w*|\brun\w* out\b|\bзаканчива\w*|\bзаверша\w*|\bистека\w*|\bоканчива\w*"
    r"|\bzakanchiva\w*|\bzavershayu\w*"
)


def _documents_in_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Documents whose period ends in a year, or covers it ("in force in 2027"); a period without
    a start year begins with the document's own date."""
    intent = parsed.intent
    if intent.list_kind != "document":
        return None
    ends = _ENDS.search(text) is not None
    if not ends and not CURRENT.search(text):
        return None
    # "expire in 2030" reads as "until 2030" to the intent: the one year either way; "in force
    # now", "действуют сейчас" with no year: this year.
    years = intent.years or ([intent.until] if ends and intent.until else [])
    if not years and not ends and not intent.until:
        years = [today.year]
    if len(years) != 1:
        return None
    year = years[0]
    kind = asked_document_kind(text)
    chosen = []
    for document in engine.kb.of_kind("document"):
        if not isinstance(document, Document) or document.period_end is None:
            continue
        if kind is not None and document.kind != kind:
            continue  # "which programmes": not the concept of the same period
        dated = PartialDate.parse(document.date).year if document.date else None
        start = document.period_start or dated or year
        if (document.period_end == year) if ends else (start <= year <= document.period_end):
            chosen.append(document.id)
    label = "ends" if ends else "in_force"
    return meeting_listing(engine.kb, base, "document", chosen, {"period": {"label": label, "years": [year]}}, intent.question == "count")


def _documents_of_relative_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Which documents were approved last year / this year": the list path's answer for that
    year written out, never every document (a relative year is no year to the intent)."""
    intent = parsed.intent
    if intent.list_kind != "document" or intent.years or intent.question not in ("card", "count", "outcomes"):
        return None
    target = target_year(text, today)
    if target is None or target[1] == "now":
        return None
    dated = replace(parsed, intent=replace(intent, years=[target[0]]))
    if asked_document_kind(text) is not None:
        return _document_list(engine, dated, base, today, text)  # "programmes": that kind only
    listed = list_answers.list_verdict(engine, dated, base, today)
    if listed is None or listed.kind not in ("list", "count", "not_recorded"):
        return None
    return listed


def _document_list(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Documents of one kind ("programmes", "concepts"): the list path's answer narrowed to that
    kind, or those whose period starts in a (relative) year."""
    kind = asked_document_kind(text)
    if kind is None or parsed.intent.question not in ("card", "count", "outcomes"):
        return None
    kb = engine.kb
    counting = parsed.intent.question == "count"
    if _STARTED.search(text):
        target = target_year(text, today)
        years = [target[0]] if target else [int(y) for y in YEAR.findall(text)]
        if len(years) != 1:
            return None
        ids = [
            d.id
            for d in kb.of_kind("document")
            if isinstance(d, Document) and d.kind == kind and d.period_start == years[0]
        ]
        return meeting_listing(kb, base, "document", ids, {"document_kind": kind, "starts": years[0]}, counting)
    # A count must count that kind only ("how many programmes": not the concept approved with
    # them); a list keeps the list path's wider choice of related documents, the asked kind first.
    if parsed.intent.list_kind != "document":
        return None
    if not counting:
        listed = list_answers.list_verdict(engine, parsed, base, today)
        if listed is None or listed.kind != "list" or listed.attribute != "document":
            return None
        listed.items.sort(key=lambda i: getattr(kb.get(i), "kind", None) != kind)
        return listed
    meetings = named_meetings(engine, parsed)
    if meetings:
        # "How many programmes were approved at the Dushanbe summit": the documents of that meeting.
        meeting_id = meetings[0][0]
        ids = [i for i in kb.documents_by.get(meeting_id, []) if getattr(kb.get(i), "kind", None) == kind]
        verdict = meeting_listing(kb, base, "document", ids, {"document_kind": kind, "meeting": [meeting_id]}, counting)
        verdict.focus = [meeting_id]
        return verdict
    listed = list_answers.list_verdict(engine, parsed, base, today)
    if listed is None or listed.kind not in ("list", "count") or listed.attribute != "document":
        return None
    listed.items = [i for i in listed.items if getattr(kb.get(i), "kind", None) == kind]
    listed.value = len(listed.items) if listed.kind == "count" else None
    listed.filters["document_kind"] = kind
    listed.sources = entry_sources(kb, listed.items[:40])
    return listed


def _period_today(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Is the concept still current?", "has the 2026–2028 programme ended?": a document's period
    (whole years) against today's date."""
    asked = "ended" if ENDED.search(text) else "started" if _STARTED.search(text) else None
    if asked is None and CURRENT.search(text):
        asked = "current"
    # "Already in force or only starting?": an alternative asks for the state, not a yes or no.
    choice = asked is not None and _STATE_CHOICE.search(text) is not None
    if asked is None and _STATE_CHOICE.search(text) and _STARTING.search(text):
        asked, choice = "started", True
    if asked is None or not (choice or YES_NO.search(text)):
        return None
    entity = dated_entity(engine, parsed, text)
    if not isinstance(entity, Document) or not (entity.period_start or entity.period_end):
        return None
    start, end = entity.period_start, entity.period_end
    asked_years = {int(y) for y in YEAR.findall(text)}
    if parsed.intent.until or asked_years - {start, end}:
        return None  # "is it in force until 2035": a question about its period, not about today
    started = start is None or today.year >= start
    ended = end is not None and today.year > end
    state = "ended" if ended else "running" if started else "not_started"
    yes: bool | None = {"ended": ended, "started": started, "current": started and not ended}[asked]
    if entity.status not in ("approved", "adopted") and asked != "ended":
        yes = None  # a programme not yet adopted is not in force whatever its years
    verdict = marked_answered(base, "yes_no", "time:period")
    verdict.yes = None if choice else yes
    verdict.grounds = "period_today"
    verdict.focus = [entity.id]
    verdict.value = {
        "document": entity.id,
        "start": start,
        "end": end,
        "today": today.isoformat(),
        "state": state,
        "status": entity.status,
        "choice": choice,
    }
    verdict.sources = list(entity.sources)
    return verdict


def _period_length(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "How many years does the 2026–2028 programme cover?": its period in whole years, both ends in."""
    if not (_HOW_MANY_YEARS.search(text) and _SPAN.search(text)) or _LEFT.search(text):
        return None
    entity = _period_document(engine, parsed) or dated_entity(engine, parsed, text)
    if isinstance(entity, Document) and entity.period_end and not entity.period_start:
        # "until 2030" only: no length to count; the period as the source gives it, never a
        # list of upcoming programmes or the time since its adoption.
        verdict = fact_verdict(base, entity, "period", {"start": None, "end": entity.period_end})
        verdict.intent = "time:period_length"
        return verdict
    if not isinstance(entity, Document) or not (entity.period_start and entity.period_end):
        return None
    years = entity.period_end - entity.period_start + 1
    value = {"years": years, "start": entity.period_start, "end": entity.period_end}
    verdict = fact_verdict(base, entity, "period_length", value)
    verdict.intent = "time:period_length"
    return verdict


def _period_document(engine: Engine, parsed: Parsed) -> Document | None:
    """A document with a period of its own that the question names, though it also names the
    meeting that adopted it ("the programme approved in Dushanbe"): its period is what is asked."""
    kb = engine.kb
    found = [
        (hit, entity)
        for hit in parsed.hits[:5]
        if isinstance(entity := kb.entities[hit.entity], Document)
        and (entity.period_start or entity.period_end)
        and hit.score >= PERIOD_DOCUMENT_SCORE
        and hit.name_cover >= NAMED_COVER
    ]
    # Two programmes named about as well: which one is meant is not clear.
    if not found or (len(found) > 1 and found[1][0].score > found[0][0].score - PERIOD_DOCUMENT_LEAD):
        return None
    return found[0][1]


