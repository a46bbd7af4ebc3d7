"""Lists with several conditions and set operations (attended both, one but not the other; by month, season, half-year) and relative time (most recent, last year, how long ago, next, this year).

Everything is decided over the knowledge base from the entities the question names (found by the
index as ``parsed.hits``) and a few cue words; the date counted from is ``today``, handed in, never
read from the clock. Each helper returns None when the question is not its kind or when it is not
sure, and the normal path answers instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from bot.answers import compare, pair_sides
from bot.answers.cues import cued, literal_cue
from bot.answers.facts import answer_attribute, caveats_for, fact_verdict, participant_groups
from bot.answers.held import no_meetings_ahead
from bot.answers.intent import HELD_OR_PLANNED, participants_said
from bot.answers.question_form import tone_question
from bot.answers.questionwords import question_part
from bot.answers.spans import Span, date_span, within
from bot.answers.verdict import Statement, Verdict
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Body, Document, Entity, Fact, Meeting, Organisation, PartialDate
from bot.search.text import (
    any_ordinal,
    has_cyrillic,
    is_stop,
    ordinal_stem,
    prepare,
    roman_to_int,
    surface_number,
    word_token,
)
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import AnalysedQuery, Hit

# A meeting counts as named by the question when its hit is at least this good and the words it
# explains (apart from "meeting", "CIS", a year...) weigh at least NAMED_WEIGHT.
NAMED_SCORE = 0.3
NAMED_COVER = 0.4
NAMED_WEIGHT = 2.5
# A place, state or body narrows a list only when the question names it in full.
FILTER_COVER = 0.85
# A verdict over all meetings names and cites at most this many of them.
MAX_MEETINGS = 40
# One entity answers a relative-time question when its hit is at least this good.
ENTITY_SCORE = 0.45
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

# Set operations between the participant lists of meetings.
_DIFFERENCE = re.compile(
    r"\bbut (?:were |was |did |have |has )?(?:not|n't)\b|\bbut didn't\b|\bwithout (?:attending|being)\b"
    r"|\bно не\b|\bа не\b|\bno ne\b|\ba ne\b"
    # "only in St Petersburg and not at the XVIII meeting", "был в Питере и не был на XVIII"
    r"|\band (?:were |was |did )?(?:not|n't) (?:at|in|on|attend\w*)\b|\bи не (?:был\w* )?(?:на|в|во)\b|\bi ne (?:byl\w* )?(?:na|v)\b"
    # "named at A missing from B", "на A, но отсутствующих на B": the second list is named after the cue
    r"|\b(?:missing|absent) (?:from|at|in)\b|\bnot (?:among|on the list of)\b"
    r"|\bотсутств\w*|\bнет (?:на|в|среди)\b|\botsutstv\w*"
)
_BOTH = re.compile(
    r"\bboth\b|\bin common\b|\bcommon to\b|\bas well as\b|\band\b|\bи\b|\bоб[ао]их\b|\bобеих\b|\bi\b|\boboikh\b"
    # "how many of the states at A also sent delegations to B": those at A that were at B too
    r"|\balso\b|\btoo\b|\bтоже\b|\bтакже\b|\btozhe\b|\btakzhe\b"
)
# "both" or "и на A, и на B" names two lists at once ("who" asks of every kind of participant: _WHO below).
_BOTH_NAMED = re.compile(r"\bboth\b|\bin common\b|\bоб[ао]их\b|\bобеих\b|\boboikh\b|\bи (?:на|в)\b.*\bи (?:на|в)\b|\bi (?:na|v)\b.*\bi (?:na|v)\b")
# Attended one of two meetings and not the other, whichever it was.
_ONLY_ONE = re.compile(
    r"\b(?:only|just|exactly) (?:at |in )?one of\b|\bone but not (?:both|the other)\b|\bnot both\b"
    r"|\b(?:только|лишь) (?:в |на )?одн\w+ из\b|\btol'?ko (?:v |na )?odn\w+ iz\b"
)
# "Exactly two of the three meetings", "только на одной из трёх встреч": on that many lists, no more.
_EXACTLY = re.compile(
    r"\b(?:exactly|only|just|ровно|только|лишь|rovno|tol'?ko)\s+(?:at\s+|in\s+|в\s+|на\s+|v\s+|na\s+)?"
    r"(?P<n>#\d+|one|two|three|одн\w*|дв\w*|тр[её]\w*|odn\w*|dv\w*|tr[eyo]\w*)\s+(?:of|из|iz)\b"
)
_EXACTLY_NUMBERS = (("one", 1), ("одн", 1), ("odn", 1), ("two", 2), ("дв", 2), ("dv", 2), ("thr", 3), ("тр", 3), ("tr", 3))
# Outside the categories named ("neither sectoral nor specialised", "не входят ни в ... ни в").
_NEITHER = re.compile(
    r"\bneither\b|\bnot (?:among|in|part of|one of)\b|\bне вход\w*|\bне относ\w*|\bни в\b|\bne vkhod\w*"
)
_ANY_OF = re.compile(r"\beither\b|\bany of\b|\bat least one\b|\bor\b|\bили\b|\bili\b|\bхотя бы\b")
_ALL_MEETINGS = re.compile(
    r"\b(?:all|every|each|at least one|any)\b(?: \w+){0,3} (?:meetings?|lists?|events?)\b|\bхотя бы (?:в |на )?одн\w*"
    r"|\bвсе[хм]?\b(?: \w+){0,3} (?:заседани|встреч|совещани|мероприяти|списк)\w*"
    r"|\bvse(?:kh|h|m)?\b(?: \w+){0,3} (?:zasedani|vstrech|soveshchani|meropriyati|spisk)\w*"
)
_MEETINGS_PLURAL = re.compile(
    r"\bmeetings\b|\bзаседани(?:й|ях|ям|ями)\b|\bвстреч(?:ах|ам|ами)?\b|\bсовещани(?:й|ях|ям)\b|\bzasedaniy\b"
)
_UNION = re.compile(
    r"\btogether\b|\bin total\b|\baltogether\b|\bcombined\b|\bdifferent\b|\bdistinct\b|\bunique\b"
    r"|\bвместе\b|\bразных\b|\bразличных\b|\bвсего\b|\bв сумме\b|\bсуммарно\b|\bvmeste\b|\braznykh\b|\bvsego\b"
)
# What "how many" counts is the noun after it: "сколько всего встреч провели органы" counts meetings.
_COUNTS_MEETINGS = re.compile(
    r"\b(?:how\s+many|сколько|skolko)\s+(?:(?:всего|vsego|in\s+total|total|of\s+the)\s+)?"
    r"(?:meetings|заседани\w*|встреч\w*|совещани\w*|zasedani\w*|vstrech\w*|soveshchani\w*)",
    re.IGNORECASE,
)
_SUM = re.compile(
    r"\btogether\b|\bin total\b|\bin all\b(?! (?:the|of|three|two|four|#|meetings|these|those))|\baltogether\b|\bcombined\b|\bcounting\b|\badding\b"
    r"|\bвместе\b|\bвсего\b|\bв сумме\b|\bсуммарно\b|\bвключая\b|\bvmeste\b|\bvsego\b"
)
# Who is on a list: the groups of participants a question can ask for.
_GROUPS: list[tuple[str, re.Pattern[str]]] = [
    (
        "basic_organisations",
        # Adjectives joined before one noun count for each: "basic and international organisations".
        re.compile(
            r"\bbasic (?:(?:and|or) \w+ )?organi[sz]ations?\b|\bбазов\w* (?:(?:и|или) \w+ )?организац\w*"
            r"|\bbazov\w* (?:(?:i|ili) \w+ )?organiza(?:ts|c)\w*"
        ),
    ),
    (
        "organisations",
        re.compile(
            r"\binternational (?:(?:and|or) \w+ )?organi[sz]ations?\b|\bмеждународн\w* (?:(?:и|или) \w+ )?организац\w*"
            r"|\bmezhdunarodn\w* (?:(?:i|ili) \w+ )?organiza(?:ts|c)\w*"
        ),
    ),
    ("bodies", re.compile(r"\bbod(?:y|ies)\b|\bорган(?:ы|ов|ам|ами)\b|\borgan(?:y|ov)\b|\bstructures\b|\bструктур\w*")),
    (
        "states",
        re.compile(r"\bstates\b|\bcountries\b|\bcountry\b|\bnations\b|\bгосударств\w*|\bстран\w*|\bgosudarstv\w*|\bstran\w*"),
    ),
    ("people", re.compile(r"\bpeople\b|\bpersons\b|\bofficials\b|\bлиц\b|\bлюд\w*")),
]
_ORGANISATIONS = re.compile(r"\borgani[sz]ations?\b|\bорганизац\w*|\borganiza(?:ts|c)\w*")
# "International" or "basic" organisations are a group of their own, not every participant besides states.
_QUALIFIED_ORGANISATIONS = re.compile(r"\b(?:international|basic|международн\w*|базов\w*|mezhdunarodn\w*|bazov\w*) ")
_INTERNATIONAL_GENERIC = re.compile(
    r"\binternational (?:bod(?:y|ies)|structures?)\b|\bмеждународн\w* (?:структур\w*|орган(?:ы|ов|ам|ами)?)\b"
    r"|\bmezhdunarodn\w* (?:struktur\w*|organ(?:y|ov)?)\b"
)
_MEMBER_STATES = re.compile(
    r"\bmember[ -]states\b|\bгосударств\w* ?[–-]? ?участник\w*|\bстран\w* ?[–-]? ?участниц\w*|\bgosudarstv\w* ?-? ?uchastnik\w*"
)
# The states' delegations are the states too: "besides the national delegations", "кроме делегаций стран".
_EXCLUDE_STATES = re.compile(
    r"\b(?:apart from|except|other than|besides|excluding|not counting|beyond|aside from) (?:the )?(?:cis )?(?:member[ -])?"
    r"(?:(?:states'?|countries'?|state|country|national) (?:delegations|representatives)|states|countries|delegations)\b"
    r"|\b(?:кроме|помимо|не считая|за исключением) (?:самих )?(?:национальных )?(?:(?:делегаци\w*|представител\w*)(?: от)? )?"
    r"(?:государств|стран|делегаци)\w*"
    r"|\b(?:krome|pomimo) (?:(?:delegac|delegats|predstavitel)\w* )?(?:gosudarstv|stran|delegac|delegats)\w*"
)
# Not there: "which countries were not at", "did not attend", "не участвовали", "отсутствовали".
_ABSENT_FROM = cued(re.compile(
    r"\b(?:were|was|did|have|has)\s*(?:not|n't)\s+(?:at|in|present|represented|attend\w*|participat\w*|take\s+part|come|send)\b"
    r"|\bnot\s+(?:present|represented|on\s+the\s+list)\b|\b(?:missed|skipped|absent|stayed\s+away|missing\s+from)\b"
    r"|(?<!\w)не\s+(?:был[иа]?|участвова\w*|приехал\w*|присутствова\w*|представлен\w*|прислал\w*)"
    r"|\bотсутствова\w*|\bne\s+(?:byl[iao]?|uchastvova\w*|priehal\w*)\b"
))
_PARTICIPATION = re.compile(
    r"\battend\w*|\bparticipa\w*|\btook part\b|\btake part\b|\bpresent\b|\brepresented\b|\bappear\w*|\bwere at\b|\b(?:was|were) (?:both|also|only) (?:in|at)\b"
    r"|\bwas at\b|\bon the lists?\b|\blists?\b|\bперечисл\w*|\bperechisl\w*|\bname the\b|\bназови\w*|\bnazovi\w*|\bdelegations?\b|\bучаств\w*|\bучастник\w*|\bприсутств\w*|\bпредставлен\w*"
    r"|\bбыл[аи]?\b|\bвстречает\w*|\bсписк\w*|\bсписок\b|\bspisok\b|\bделегаци\w*|\buchastv\w*|\buchastnik\w*|\bbyl[ai]?\b|\bspisk\w*|\bprisutstv\w*|\bpredstavlen\w*|\bdelegac\w*|\bdelegats\w*"
    # Named on a meeting's list: "is named at the June meeting", "названа среди участников", "sent delegates".
    r"|\b(?:named|mentioned|listed) (?:at|in|among|for)\b|\bназван\w*|\bупомянут\w*|\bnazvan\w*"
    r"|\bsent\b|\bприслал\w*|\bнаправил\w*|\bprislal\w*"
    # "what were the 4 basic organisations at the XVIII meeting": a group at a meeting is who was there
    r"|\b(?:what|which) (?:were|are) (?:the )?(?:#?\d+ )?(?:[\w-]+ ){1,3}?at (?:the|that|this)\b"
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
_WHO = re.compile(
    r"\bwho\b|\bwhich (?:officials|people|persons)\b|\bкто\b|\bkto\b|\bкаки\w+ (?:официальн\w+ )?лиц"
    r"|\bкого\b|\bkogo\b|\bwhose\b|\bчьи\b|\bчьё\b|\bчье\b"
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

# Relative years.
_LAST_YEAR = re.compile(
    r"\blast year\b|\bprevious year\b|\ba year ago\b|\bв прошлом году\b|\bпрошл(?:ого|ый) год\w*"
    r"|\bv proshlom godu\b|\bproshl(?:ogo|yy|yi) god\w*"
)
_THIS_YEAR = re.compile(
    r"\bthis year\b|\bcurrent year\b|\bв этом году\b|\bэтого года\b|\bэтот год\b|\bв текущем году\b|\bтекущ\w+ год\w*"
    r"|\bв нынешнем году\b|\bнынешн\w+ год\w*|\bv etom godu\b|\betogo goda\b|\bv tekushchem godu\b"
)
_NOW = re.compile(r"\bnow\b|\bcurrently\b|\bat present\b|\bсейчас\b|\bв настоящее время\b|\bнын[еч]\w*|\bseychas\b")
_YES_NO = re.compile(
    r"^(?:was|were|is|are|did|does|do|has|have|will)\b|\bли\b|\bli\b|^(?:сейчас|seychas)\b", re.MULTILINE
)
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

# Next, most recent.
_NEXT = re.compile(
    r"\bnext\b|\bupcoming\b|\bforthcoming\b|\bwill\b|\bследующ\w+|\bближайш\w+|\bпредстоящ\w+|\bsleduyushch\w+"
    r"|\bblizhaysh\w+|\bвыйдет\b|\bсостоится\b|\bпройдет\b|\bбудет\b|\bcoming up\b|\bnext year\b"
)
# "What is planned?", "что запланировано?": plans in general are the meetings ahead.
_PLANS = re.compile(
    r"\bзапланирова\w*|\bпланиру\w*|\bв планах\b|\bplanned\b|\bscheduled\b|\bcoming up\b|\bzaplanirova\w*"
    r"|\bplaniru\w*"
)
_LATEST = re.compile(
    r"\bmost recent(?:ly)?\b|\blatest\b|\bnewest\b|\blast (?:meeting|session|summit|event|time)\b|\bпоследн\w+|\bнедавн\w+"
    r"|\bсвеж\w+|\bposledn\w+|\bsvezh\w+"
)
_EARLIEST = re.compile(
    r"\bearliest\b|\bсам\w+ (?:ранн|перв)\w*|\bранн\w+ всего\b|\bsam\w+ (?:rann|perv)\w*"
    # "which meeting was first in 2025", "какое заседание было первым": the first in time (a "first
    # session" or "first and foremost" is no such word)
    r"|\b(?:was|were|came|took place)\s+first\b|\bfirst\s+(?:meeting|event|summit)\s+(?:of|in)\s+#\d{4}\b"
    r"|\b(?:было|была|был|прошл[оаи]?|byl[oa]?)\s+(?:самым\s+)?(?:первым|первой|pervym|pervoy)\b"
)
_PAST = re.compile(r"\bpast\b|\balready\b|\bover\b|\bуже\b|\bпрошл\w*|\bсостоял\w*|\buzhe\b|\bproshl\w*")
# "Anything after ...?", "было ли что-нибудь позже ...?"
_ANYTHING = re.compile(
    r"^(?:and )?(?:anything|any (?:meetings?|events?)|something|was there anything|were there any (?:meetings|events)|any news)\b"
    r"|^(?:а )?(?:что-(?:нибудь|то)|было ли что-(?:нибудь|то)|были ли (?:заседания|встречи|мероприятия)|есть ли что-(?:нибудь|то))"
    r"|^(?:a )?(?:chto-?nibud|chto-?to)\b"
)
_ASKED_LATER = re.compile(r"\blater\b|\bпозже\b|\bпозднее\b|\bpozzhe\b|\bпоследн\w+|\bsecond\b|\bвтор\w+")
_LATER_THAN = re.compile(r"\bafter\b|\blater than\b|\bsince\b|\bпосле\b|\bпозже\b|\bposle\b|\bpozzhe\b")
_SESSION_WORD = re.compile(r"\bsessions?\b|\bсесси\w*|\bсекци\w*|\bsessi\w*")
_AHEAD = re.compile(r"\bahead\b|\bfuture\b|\bпредстоит\b|\bвпереди\b|\bбудущ\w*|\bpredstoit\b|\bvperedi\b")
_MEETING_WORD = re.compile(
    r"\bmeet\w*|\bsessions?\b|\bsummits?\b|\bconven\w*|\bgather\w*|\bget-?togethers?\b|\bevents?\b"
    r"|\bзаседа\w*|\bсовещ\w*|\bвстреч\w*|\bсаммит\w*|\bсобира\w*|\bсоберут\w*|\bмероприят\w*|\bсобыти\w*"
    r"|\bzasedani\w*|\bsoveshchani\w*|\bvstrech\w*|\bsammit\w*"
)
_HAPPENED = re.compile(
    r"\bhappen\w*|\btook place\b|\bwas held\b|\bwere held\b|\bget-?togethers?\b|\bevents?\b|\bmeetings\b"
    r"|\bпроизошл\w*|\bпроисходил\w*|\bслучил\w*|\bпрошл[иo]\b|\bпроходил\w*|\bсостоял\w*|\bмероприят\w*|\bсобыти\w*"
    r"|\bзаседани[яй]\b|\bвстреч[иа]?\b|\bсовещани[яй]\b|\bproizoshl\w*|\bproshli\b|\bsobyti\w*|\bzasedaniy?a?\b"
    r"|\bmeropriyat\w*|\bvstrechi\b|\bsoveshchaniya\b"
    r"|^(?:а )?что было\b|^(?:a )?chto bylo\b"  # "что было в прошлом году"
)
_HAPPENED_CUE = literal_cue([_HAPPENED])  # a look-up of its words before the search
# Words that only place a question in time; removed for a second search.
_TIME_WORDS = re.compile(
    r"\b(?:this|last|current|previous) year\b|\b(?:в|v) (?:этом|прошлом|текущем|etom|proshlom|tekushchem) (?:году|godu)\b"
    r"|\bnow\b|\bcurrently\b|\bat present\b|\bсейчас\b|\bseychas\b|\bin force\b|\bvalid\b|\bstill\b|\brunning\b"
    r"|\bдейству\w*|\bидет\b|\bпроходит\b|\bdeystvu\w*|\bheld\b|\btake place\b|\btook place\b|\bли\b|\bli\b"
    r"|^(?:is|was|are|were|did|does|has|have)\b"
    # "already in force or only starting": the alternative names no document
    r"|\b(?:already|yet|only|уже|ещё|еще|только|uzhe|eshche|tolko)\b|\b(?:or|или|ili)\b|\bначн\w*|\bnachn\w*|\bbegin\w*|\bstart\w*"
    # how long is left: the rest names what
    r"|\bhow many (?:years|months|days)\b|\bсколько (?:лет|месяцев|дней)\b|\bskol'?ko (?:let|mesyatsev|dney)\b"
    r"|\bчерез\b|\bcherez\b|\bосталось\b|\bostalos\b|\bleft\b|\bremain\w*|\bдо (?:окончани|конца|завершени)\w*"
    r"|\bзаканчива\w*|\bзакончи\w*|\bистека\w*|\bends?\b|\bexpires?\b|\bzakanchiva\w*"
)
_DATED = re.compile(r"\bdated\b|\bдатир\w*|\bdatir\w*")
_ANY_EVENTS = cued(re.compile(
    r"^(?:any|were there|was there|did any)\b|\bwhat (?:happened|took place|went on)\b|\bчто (?:произошло|происходило|было|случилось)\b"
    r"|\bбыли ли\b|^(?:kakie|chto) \b|\bchto (?:proizoshlo|bylo)\b"
))
_STARTED = re.compile(
    r"\bstart\w*|\bbegan\b|\bbegin\w*|\bcommenc\w*|\bначал\w*|\bначина\w*|\bстартова\w*|\bnachal\w*|\bnachina\w*"
)

# Whether a programme's period has ended, is running or has begun, asked of today.
_ENDED = re.compile(
    r"\bended\b|\bexpired\b|\bover\b|\bfinished\b|\bcompleted\b|\bзакончил\w*|\bзаверш\w*|\bистек\w*"
    r"|\bистёк\w*|\bzakonchil\w*|\bzavershil\w*"
)
# An alternative between two states of a period: "in force or only starting", "действует или начнётся".
_STATE_CHOICE = re.compile(
    r"\b(?:or|или|ili|либо)\b(?=.*\b(?:start\w*|begin\w*|ended|over|finished|future|yet|начн\w*|начал\w*"
    r"|начина\w*|законч\w*|заверш\w*|будет|впереди|nachn\w*|nachal\w*|zakonch\w*))"
)
_STARTING = re.compile(r"\b(?:already|уже|uzhe)\b")
_CURRENT = re.compile(
    r"\bcurrent\b|\bstill\b|\bin force\b|\bvalid\b|\brunning\b|\bin effect\b|\bактуальн\w*|\bдейству\w*"
    r"|\bв силе\b|\bdeystvu\w*|\baktualn\w*"
)

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
_MONTHS: list[re.Pattern[str]] = [
    re.compile(pattern)
    for pattern in (
        r"\bjan(?:uary)?\b|\bянвар\w*|\byanvar\w*",
        r"\bfeb(?:ruary)?\b|\bфеврал\w*|\bfevral\w*",
        r"\bmarch\b(?= #| of| in)|\bмарт\w*|\bmarte?\b",
        r"\bapril\b|\bапрел\w*|\baprel\w*",
        r"\bmay\b(?= #)|\bма[йяе]\b|\bmae\b",
        r"\bjune?\b|\bиюн\w*|\biyun\w*",
        r"\bjuly?\b|\bиюл\w*|\biyul\w*",
        r"\baug(?:ust)?\b|\bавгуст\w*|\bavgust\w*",
        r"\bsep(?:tember)?\b|\bсентябр\w*|\bsentyabr\w*",
        r"\boct(?:ober)?\b|\bоктябр\w*|\boktyabr\w*",
        r"\bnov(?:ember)?\b|\bноябр\w*|\bnoyabr\w*",
        r"\bdec(?:ember)?\b|\bдекабр\w*|\bdekabr\w*",
    )
]
MONTHS = _MONTHS  # the month patterns, January first, for other answerers
_YEAR = re.compile(r"#((?:19|20|21)\d\d)\b")

# Kinds of document a question may name ("programmes", "concept").
_DOCUMENT_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("programme", re.compile(r"\bprogram\w*|\bпрограмм\w*")),
    ("concept", re.compile(r"\bconcepts?\b|\bконцепци\w*|\bkontseptsi\w*")),
    ("treaty", re.compile(r"\btreat(?:y|ies)\b|\bagreements?\b|\bдоговор\w*|\bсоглашени\w*|\bdogovor\w*")),
    ("statement", re.compile(r"\bstatements?\b|\bзаявлени\w*|\bzayavleni\w*")),
    ("decision", re.compile(r"\bdecisions?\b|\bрешени[йяе]\b")),
    ("protocol", re.compile(r"\bprotocols?\b|\bпротокол\w*")),
    ("report", re.compile(r"\breports?\b|\bотчет\w*|\bдоклад\w*|\botchet\w*")),
]

# Words that say "meeting" or the CIS rather than which meeting: they do not tell meetings apart.
_NOT_DISTINCTIVE_WORDS = (
    "meeting meetings session sessions summit event заседание совещание встреча мероприятие zasedanie soveshchanie "
    "vstrecha member states state participants participant list lists CIS СНГ государств участников held"
)
_not_distinctive: set[str] = set()


def _generic_tokens() -> set[str]:
    if not _not_distinctive:
        _not_distinctive.update(text_tokens(_NOT_DISTINCTIVE_WORDS))
        _not_distinctive.update({"~meeting", "~cis", "~member_states"})
    return _not_distinctive


class _Derived:
    """What some questions need about every meeting, computed once per knowledge base (it never
    changes: a reload builds a new one): meetings in date order, and results over all lists."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        by_date = sorted((key, i) for i, key in kb.date_key.items() if kb.kind(i) == "meeting")
        self.dated_ids = [meeting_id for _, meeting_id in by_date]
        self.combined: dict[tuple[tuple[str, ...], tuple[str, ...], str], tuple[list[str], list[str]]] = {}
        # Who spoke (by year, 0 for any year) and what each person is recorded to have said: one
        # scan of every meeting and fact, on the first question that needs it.
        self.spoke: dict[int, dict[str, list[str]]] | None = None
        self.said: dict[str, list[tuple[tuple[int, int, int], str, Statement]]] = {}
        self._with_sessions: list[Meeting] | None = None

    @property
    def with_sessions(self) -> list[Meeting]:
        """The meetings whose sessions the sources record: one scan, on the first question about a session."""
        if self._with_sessions is None:
            self._with_sessions = [m for m in self.kb.of_kind("meeting") if isinstance(m, Meeting) and m.sessions]
        return self._with_sessions

    def speakers(self) -> dict[int, dict[str, list[str]]]:
        if self.spoke is None:
            self.spoke = {0: {}}
            kb = self.kb
            for meeting_id in self.dated_ids:
                meeting = kb.get(meeting_id)
                if not isinstance(meeting, Meeting):
                    continue
                key = kb.date_key[meeting_id]
                spoke = [p.person for p in meeting.participants.people if p.role in ("speaker", "chair", "addressed")]
                spoke += [statement.person for statement in meeting.media_statements]
                for person in spoke:
                    self._spoke(key[0], person, meeting_id)
                said = [(p.person, p.said) for p in meeting.participants.people]
                said += [(m.person, m.said) for m in meeting.media_statements]
                source = next(iter(meeting.sources), None)
                for person, words in said:
                    for first in words[:1]:
                        statement = Statement(first.en, first.ru, meeting_id, source, person)
                        self.said.setdefault(person, []).append((key, meeting_id, statement))
            for fact in kb.of_kind("fact"):
                # A dated statement is a fact whose first link is the person who made it.
                if not isinstance(fact, Fact) or not fact.related:
                    continue
                person = fact.related[0]
                if kb.get(person) is None or kb.kind(person) != "person":
                    continue
                # An undated statement ("in an October statement", no year) is one of any year only.
                self._spoke(fact.year or 0, person, fact.id)
                statement = Statement(fact.value.en, fact.value.ru, fact.id, next(iter(fact.sources), None), person)
                # Known to the year only: it sorts before anything dated within that year.
                self.said.setdefault(person, []).append(((fact.year or 0, 0, 0), fact.id, statement))
        return self.spoke

    def _spoke(self, year: int, person: str, holder: str) -> None:
        assert self.spoke is not None
        for key in dict.fromkeys((0, year)):
            self.spoke.setdefault(key, {}).setdefault(person, []).append(holder)


_derived: dict[int, _Derived] = {}


def _derived_for(kb: KnowledgeBase) -> _Derived:
    found = _derived.get(id(kb))
    if found is None or found.kb is not kb:
        _derived.clear()  # one knowledge base at a time: the previous one is gone after a reload
        found = _derived[id(kb)] = _Derived(kb)
    return found


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    text = prepare(parsed.text)
    if compare.GATE.search(text) and (compared := _comparison(engine, parsed, base, today, text)) is not None:
        return compared
    if _BEFORE_OR_AFTER.search(text) and (placed := _before_or_after(engine, parsed, base)) is not None:
        return placed
    if not ((_ANY_CUE_WORDS(text) and _ANY_CUE.search(text)) or _STILL_AHEAD.search(text)) and not (parsed.intent.list_cue and _TYPE_WORD.search(text)):
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
        _past_or_upcoming,
        _period_today,
        _period_length,
        _after_meeting,
        _unrecorded_grouping,
        _set_operation,
        _meeting_places,
        # before "upcoming": "which programmes will still be in force in 2029" asks of a period
        _documents_in_year,
        _upcoming,
        _stated_in_relative_year,
        _news_in_period,
        _period_list,
        _events_at_place,
        _documents_of_relative_year,
        _document_list,
        _earliest,
        _previous_in_series,
        _latest,
    )
    for step in steps:
        verdict = step(engine, parsed, base, today, text)
        if verdict is not None:
            return verdict
    return None


# --- mentions ---------------------------------------------------------------------------------------


def _distinct(engine: Engine, parsed: Parsed, hit: Hit, claimed: set[int]) -> set[int]:
    """Query positions the hit explains that tell one meeting from another."""
    query = parsed.query
    generic = _generic_tokens()
    return {
        i
        for i in hit.name_tokens
        if i not in claimed
        and query.tokens[i] not in generic
        and query.tokens[i] not in engine._generic
        and not _YEAR.fullmatch(query.tokens[i])
    }


_MEETING_NOUN = re.compile(
    r"(?:meeting|session|summit|заседан\w*|совещан\w*|встреч\w*|саммит\w*|zasedan\w*|soveshchan\w*)"
)


_CAPITAL_ROMAN_CUE = re.compile(r"[IVX]{2}")
_CAPITAL_ROMAN = re.compile(r"\b[IVXL]{2,}\b")


def _numbered_meeting(text: str, numbers: set[str]) -> bool:
    """Whether a number of the question stands beside a meeting word ("the 13th meeting", "XVIII
    совещания", "13-е заседание") rather than counting something else ("13 участников")."""
    # A Roman numeral in capitals ("и в Питере, и на XVIII?") is an ordinal: no quantity is written so.
    for roman in _CAPITAL_ROMAN.findall(text) if _CAPITAL_ROMAN_CUE.search(text) else ():
        value = roman_to_int(roman.lower())
        if value is not None and f"#{value}" in numbers:
            return True
    prepared = prepare(text)
    words = prepared.split()
    for i, word in enumerate(words):
        token = word if word.startswith("#") else surface_number(word)
        if token is None or token.split("-")[0] not in numbers:
            continue
        near = " ".join(words[max(0, i - 2) : i + 3])
        if _MEETING_NOUN.search(near):
            return True
    return False


def one_named_meeting(engine: Engine, parsed: Parsed) -> Meeting | None:
    """The meeting the question names, when it names exactly one."""
    named = [m for m, _ in named_meetings(engine, parsed) if isinstance(engine.kb.get(m), Meeting)]
    meeting = engine.kb.get(named[0]) if len(named) == 1 else None
    return meeting if isinstance(meeting, Meeting) else None


def named_meetings(engine: Engine, parsed: Parsed) -> list[tuple[str, set[int]]]:
    """The meetings a question names, best first, each with the query positions that name it.

    A meeting is named by its own words, or by a place or body that has only one meeting; two
    meetings named by the same words are one mention (the better hit is kept)."""
    kb = engine.kb
    chosen: list[tuple[str, set[int]]] = []
    claimed: set[int] = set()
    for hit in parsed.hits:
        if hit.score < NAMED_SCORE:
            break
        kind = kb.kind(hit.entity)
        if kind == "meeting":
            if hit.name_cover < NAMED_COVER:
                continue
            meeting_id = hit.entity
        elif kind in ("place", "body") and hit.name_cover >= FILTER_COVER:
            held = (
                kb.meetings_held_in.get(hit.entity, [])
                if kind == "place"
                else [m for m in kb.meetings_by.get(hit.entity, []) if getattr(kb.get(m), "body", None) == hit.entity]
            )
            if len(held) != 1:
                continue
            meeting_id = held[0]
        else:
            continue
        own = _distinct(engine, parsed, hit, claimed)
        if sum(parsed.query.weights[i] for i in own) < NAMED_WEIGHT:
            continue
        numbers = {parsed.query.tokens[i] for i in own if parsed.query.tokens[i].startswith("#")}
        if numbers and len(numbers) == len(own) and not _numbered_meeting(parsed.text, numbers):
            continue  # "13 участников": a quantity, not the 13th meeting
        claimed |= own
        known = [m for m, _ in chosen]
        if meeting_id in known:
            chosen[known.index(meeting_id)][1].update(own)
            continue
        chosen.append((meeting_id, own))
    for meeting_id, own in _meetings_of_months(engine, parsed, claimed):
        if meeting_id not in [m for m, _ in chosen]:
            chosen.append((meeting_id, own))
    return chosen


# A meeting named by its month: "the June meeting", "июньское совещание", "the meeting in August".
_MONTH_MEETING_NOUN = (
    r"(?:meeting|gathering|summit|заседани\w*|совещани\w*|встреч\w*|саммит\w*|zasedani\w*|vstrech\w*"
    r"|sove(?:shch|sh|sch)ani\w*|sammit\w*)"
)
_MONTH_MEETING_CUE = re.compile(rf"\b{_MONTH_MEETING_NOUN}\b")


def _meetings_of_months(engine: Engine, parsed: Parsed, claimed: set[int]) -> list[tuple[str, set[int]]]:
    """The one dated meeting of each month a question names next to a meeting word, with the query
    positions of the month's word; a month with no meeting or several names none."""
    text = prepare(parsed.text)
    if not _MONTH_MEETING_CUE.search(text):
        return []  # cheap first look: no meeting word at all
    kb = engine.kb
    years = [int(y) for y in _YEAR.findall(text)]
    found: list[tuple[str, set[int]]] = []
    for number, pattern in enumerate(_MONTHS, start=1):
        month = pattern.search(text)
        if month is None:
            continue
        after = text[month.end() : month.end() + 40]
        before = text[max(0, month.start() - 30) : month.start()]
        if not (
            re.match(rf"\s+(?:#\d+\s+)?(?:\S+\s+)?{_MONTH_MEETING_NOUN}\b", after)
            # "на совещании 10 июня", "the meeting of 12 August": a day between is part of the date
            or re.search(rf"\b{_MONTH_MEETING_NOUN}\s+(?:(?:in|of|on|held in|held on|в)\s+)?(?:#\d+\s+)?$", before)
        ):
            continue
        dated = [
            i
            for i in _derived_for(kb).dated_ids
            if kb.date_key[i][1] == number and (not years or kb.date_key[i][0] in years) and kb.kind(i) == "meeting"
        ]
        if len(dated) != 1:
            continue
        words = set(text_tokens(month.group(0)))
        positions = {i for i, token in enumerate(parsed.query.tokens) if token in words and i not in claimed}
        found.append((dated[0], positions))
    return found


def _filters(engine: Engine, parsed: Parsed) -> dict[str, list[str]]:
    """Places, states and bodies the question names in full (they narrow a list of meetings)."""
    kb = engine.kb
    query = parsed.query
    found: dict[str, list[str]] = {"place": [], "body": []}
    for hit in parsed.hits:
        kind = kb.kind(hit.entity)
        if kind not in ("place", "state", "body") or hit.name_cover < FILTER_COVER or not hit.name_tokens:
            continue
        if not all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in hit.name_tokens):
            continue
        found["body" if kind == "body" else "place"].append(hit.entity)
    return found


def _day(value: str | None) -> date | None:
    """A date known to the day, else None."""
    if not value:
        return None
    known = PartialDate.parse(value)
    if known.month is None or known.day is None:
        return None
    return date(known.year, known.month, known.day)


def _sources(kb: KnowledgeBase, ids: list[str]) -> list[str]:
    return list(dict.fromkeys(s for i in ids for s in kb.entities[i].sources))


def _answered(base: Verdict, kind: str, intent: str) -> Verdict:
    base.kind = kind
    base.answered = True
    base.intent = intent
    return base


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
        pair = sorted(dated[:2], key=lambda m: (_entity_date(kb.entities[m]) or PartialDate(9999)).sort_key())
        if unit is not None:
            return _whole_units(kb, base, pair, unit)
        first, second = (getattr(kb.entities[m], "date", None) for m in pair)
        if not first or not second:
            return None
        # A date known only to the month gives a range: its first day to its last.
        earliest = _span_days(PartialDate.parse(first), PartialDate.parse(second))
        if earliest is None:
            return None
        verdict = _answered(base, "count", "time:between")
        verdict.attribute = "days"
        verdict.value = earliest[0] if earliest[0] == earliest[1] else None
        verdict.focus = pair
        verdict.filters = {"from": first, "to": second}
        if verdict.value is None:
            verdict.filters.update({"min": max(earliest[0], 0), "max": earliest[1]})
        verdict.sources = _sources(kb, pair)
        return verdict
    if len(meetings) >= 1 and _PUBLISHED.search(text):
        meeting = kb.entities[meetings[0][0]]
        start = _day(getattr(meeting, "date", None))
        for source_id in meeting.sources:
            source = kb.source(source_id)
            published = _day(source.date) if source is not None else None
            if start is not None and published is not None and published >= start:
                verdict = _answered(base, "count", "time:published")
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
    verdict = _answered(base, "count" if parsed.intent.question == "count" else "list", "list:source")
    verdict.attribute = "source"
    verdict.items = ids
    verdict.value = len(ids) if verdict.kind == "count" else None
    verdict.sources = ids
    return verdict


def _speakers_list(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Who spoke or made statements (in a year, at any meeting): speakers, chairs and authors of
    addresses at meetings, people quoted to the media about them, and dated statements."""
    if not (_SPOKE.search(text) and (_WHO.search(text) or parsed.intent.list_kind == "person")):
        return None
    if _ON_A_TOPIC.search(text) or named_meetings(engine, parsed):
        return None  # who spoke on a topic, or at one meeting: answered from what was said there
    kb = engine.kb
    if any(kb.kind(h.entity) in ("meeting", "body") and h.score >= 0.4 and h.name_cover >= 0.3 for h in parsed.hits[:3]):
        return None  # "at the meeting of the Secretaries' Council": that body's meeting answers
    years = set(parsed.intent.years)
    by_year = _derived_for(kb).speakers()
    people: dict[str, list[str]] = {}
    for year in sorted(years) or [0]:
        for person, holders in by_year.get(year, {}).items():
            people.setdefault(person, []).extend(holders)
    if not people:
        return None
    verdict = _listing(kb, base, "person", list(people), {"years": sorted(years)} if years else {}, False)
    if parsed.intent.question == "count":
        verdict.kind, verdict.value = "count", len(people)
    verdict.filters["spoke"] = True
    holders = list(dict.fromkeys(i for ids in people.values() for i in ids[:MAX_MEETINGS]))
    verdict.sources = _sources(kb, holders[:MAX_MEETINGS])
    return verdict


def _latest_said(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "What is the latest thing Klemez said?": the person's most recent dated statement."""
    if not ((_LATEST.search(text) or _LAST.search(text)) and _SAID.search(text)):
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
    derived = _derived_for(kb)
    derived.speakers()
    found = derived.said.get(person, [])
    if not found:
        return None
    key, holder, statement = max(found, key=lambda item: item[0])
    verdict = _answered(base, "quote", "time:latest_said")
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
    groups = [g for g in _asked_groups(text)[0] if g != "basic_organisations"] or ["states"]
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
    held = _day(getattr(kb.entities[other], "date", None))
    if published is None or held is None:
        return None
    verdict = _answered(base, "count", "time:between")
    verdict.attribute = "days"
    verdict.value = abs((held - published).days)
    verdict.focus = [reported, other]
    verdict.filters = {"from": published.isoformat(), "to": held.isoformat(), "publication_of": reported}
    verdict.sources = _sources(kb, [reported, other])
    return verdict


def _published_day(kb: KnowledgeBase, meeting: Entity) -> date | None:
    """The date of the first source reporting a meeting on or after the day it was held."""
    start = _day(getattr(meeting, "date", None))
    days = [
        day
        for source_id in meeting.sources
        if (source := kb.source(source_id)) is not None and (day := _day(source.date)) is not None
    ]
    days = [day for day in days if start is None or day >= start]
    return min(days) if days else None


def _two_dated(engine: Engine, parsed: Parsed, meetings: list[tuple[str, set[int]]]) -> list[str]:
    """Two dated events the question names: meetings, or one meeting and a dated fact or document
    named by other words ("from the decision to create the ATC to the XVIII meeting")."""
    kb = engine.kb
    chosen = [m for m, _ in meetings[:2] if _entity_date(kb.entities[m]) is not None]
    claimed = set().union(*(positions for _, positions in meetings[:2])) if meetings else set()
    for hit in parsed.hits[:4]:
        if len(chosen) >= 2 or hit.score < ENTITY_SCORE:
            break
        entity = kb.entities[hit.entity]
        if (
            hit.entity in chosen
            or hit.name_cover < NAMED_COVER
            or not isinstance(entity, Fact | Document | Meeting)
            or _entity_date(entity) is None
            or hit.name_tokens & claimed
        ):
            continue
        chosen.append(hit.entity)
        claimed |= hit.name_tokens
    return chosen


def _whole_units(kb: KnowledgeBase, base: Verdict, pair: list[str], unit: str) -> Verdict | None:
    """Whole months or years from one event to the other, rounded to the nearest at the
    precision the dates are known ("about 4 months" from 10 June to October)."""
    start, end = (_entity_date(kb.entities[i]) for i in pair)
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
    verdict = _answered(base, "count", "time:between")
    verdict.attribute = "days"
    verdict.value = value
    verdict.focus = list(pair)
    verdict.filters = {"from": start.iso(), "to": end.iso(), "unit": unit, "about": not exact}
    verdict.sources = _sources(kb, pair)
    return verdict


def _since_published(kb: KnowledgeBase, base: Verdict, meeting: Entity, today: date) -> Verdict | None:
    """How long ago the source reporting a meeting was published."""
    for source_id in meeting.sources:
        source = kb.source(source_id)
        published = _day(source.date) if source is not None else None
        if published is not None and published <= today:
            verdict = _answered(base, "count", "time:published")
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
    entity = _dated_entity(engine, parsed, text)
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


def _dated_entity(engine: Engine, parsed: Parsed, text: str) -> Entity | None:
    """The one dated meeting, document or fact the question is about, if it names one clearly.

    Words of time ("this year", "in force", "сейчас") weigh in the search as unexplained words;
    when nothing stands out, the question is searched again without them."""
    found = _clear_entity(engine, parsed)
    if found is None:
        rest = _TIME_WORDS.sub(" ", text)
        if rest.split() != text.split() and len(rest.split()) >= 2:
            again = engine.parse(rest, parsed.lang)
            found = _clear_entity(engine, again) or _far_ahead(engine, again)
    return found


# Without the words of time, a hit this good and this far ahead of the next is the entry asked
# about even when its long official name is only partly used ("программа по безопасности границ").
FAR_AHEAD_SCORE = 0.6
FAR_AHEAD_LEAD = 0.2


def _far_ahead(engine: Engine, parsed: Parsed) -> Entity | None:
    hits = parsed.hits
    if not hits or hits[0].score < FAR_AHEAD_SCORE:
        return None
    if len(hits) > 1 and hits[1].score > hits[0].score - FAR_AHEAD_LEAD:
        return None
    entity = engine.kb.entities[hits[0].entity]
    return entity if isinstance(entity, Document | Fact | Meeting) else None


def _clear_entity(engine: Engine, parsed: Parsed) -> Entity | None:
    kb = engine.kb
    meetings = named_meetings(engine, parsed)
    hits = parsed.hits
    if meetings:
        # "Is the programme approved in Dushanbe in force now": whether a period runs is asked of a
        # document, and the meeting that adopted it only says which one.
        text = parsed.text.lower()
        if _CURRENT.search(text) or _ENDED.search(text):
            adopted = [
                kb.entities[h.entity]
                for h in hits[:4]
                if h.name_cover >= NAMED_COVER and getattr(kb.entities[h.entity], "meeting", None) == meetings[0][0]
            ]
            if len(adopted) == 1 and isinstance(adopted[0], Document):
                return adopted[0]
        return kb.entities[meetings[0][0]]
    for position, hit in enumerate(hits[:3]):
        entity = kb.entities[hit.entity]
        if (
            hit.score < ENTITY_SCORE
            or hit.name_cover < NAMED_COVER
            or not isinstance(entity, Document | Fact | Meeting)
        ):
            continue
        # A clear winner: nothing else nearly as good and as fully named, unless all it matches
        # is part of this one's name ("Commonwealth" in "Commonwealth-Antiterror").
        rivals = [
            h
            for h in hits[: position + 3]
            if h is not hit
            and h.score > hit.score - 0.1
            and h.name_cover >= hit.name_cover
            and not h.name_tokens <= hit.name_tokens
        ]
        return entity if not rivals else None
    return None


def _entity_date(entity: Entity) -> PartialDate | None:
    if isinstance(entity, Meeting | Document) and entity.date:
        return PartialDate.parse(entity.date)
    if isinstance(entity, Fact) and entity.year:
        return PartialDate(entity.year)
    return None


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
    entity = _dated_entity(engine, parsed, text)
    if entity is None and (age or passed or _FOUNDING.search(text)):
        entity = _founding_fact(engine, parsed)
    if entity is None and _LATEST.search(text) and _MEETING_WORD.search(text):
        # "How long ago was the last meeting": the latest meeting held by today (of a body, in a place).
        # The words of "how many months ago" qualify no meeting: the rest is searched.
        rest = _LONG_AGO.sub(" ", text)
        again = engine.parse(rest, parsed.lang) if rest != text else parsed
        as_when = replace(again, intent=replace(again.intent, question="when"))
        latest = _latest(engine, as_when, replace(base), today, rest)
        entity = engine.kb.entities[latest.focus[0]] if latest is not None and latest.focus else None
    if (entity is None or _entity_date(entity) is None) and _MEETING_WORD.search(text):
        # (an undated meeting found first may be one of several in the city named)
        entity = _meeting_of_when(engine, parsed, text, today) or entity
    if entity is None:
        return None
    when = _entity_date(entity)
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
    # "X or Y": each side named by its own words (pair_sides), else the whole question's hits
    pair = pair_sides.sides(engine, parsed, today) or [m for m, _ in named_meetings(engine, parsed)[:2]]
    if len(pair) < 2:
        return None
    verdict = order_of(kb, base, pair)
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
    verdict = _answered(base, "fact", "time:order")
    verdict.attribute = "order"
    verdict.focus = ordered
    first_day, second_day = (_day(kb.entities[m].date) for m in ordered)  # type: ignore[attr-defined]
    verdict.value = {
        "first": ordered[0],
        "second": ordered[1],
        "dates": [kb.entities[m].date for m in ordered],  # type: ignore[attr-defined]
        "days": (second_day - first_day).days if first_day and second_day else None,
    }
    verdict.sources = _sources(kb, ordered)
    return verdict


# --- was it this year, is it now ------------------------------------------------------------------


def _target_year(text: str, today: date) -> tuple[int, str] | None:
    if _LAST_YEAR.search(text):
        return today.year - 1, "last_year"
    if _THIS_YEAR.search(text):
        return today.year, "this_year"
    if _NOW.search(text):
        return today.year, "now"
    return None


def _yes_no_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Was X held this year?", "Is the Year of ... going on now?": the entity's year against today's."""
    if _QUESTION_WORD.search(text) or not (_YES_NO.search(text) or _bare_yes_no(parsed.text, text)):
        return None
    target = _target_year(text, today)
    if target is None:
        return None
    year, relative = target
    entity = _dated_entity(engine, parsed, text)
    if entity is None:
        return None
    if isinstance(entity, Meeting) and _entity_date(entity) is None:
        # "Was the intelligence chiefs' meeting this year?": its source gives no date, so neither
        # yes nor no; left to the other answerers it would be a "yes, it took place".
        undated = _answered(base, "yes_no", "time:year")
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
        known = _entity_date(entity)
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
    verdict = _answered(base, "yes_no", "time:year")
    verdict.yes = yes
    verdict.grounds = "dated"
    verdict.focus = [entity.id]
    verdict.value = {**when, "year": year, "relative": relative}
    verdict.sources = list(entity.sources)
    verdict.caveats = caveats_for(entity, "date")
    return verdict


# --- set operations over participant lists ---------------------------------------------------------


def _asked_groups(text: str) -> tuple[list[str], bool]:
    """The participant groups asked for and whether the question sums several of them."""
    # "international structures" are the international organisations: no CIS body is international.
    without_members = _INTERNATIONAL_GENERIC.sub("international organisations", _MEMBER_STATES.sub(" ", text))
    found = [(match.start(), name) for name, pattern in _GROUPS if (match := pattern.search(without_members))]
    groups = [name for _, name in sorted(found)]
    if groups and "organisations" not in groups and _ORGANISATIONS.search(_GROUPS[0][1].sub(" ", without_members)):
        # "bodies and organisations": every kind of organisation is meant.
        groups += ["organisations", "basic_organisations"] if "basic_organisations" not in groups else ["organisations"]
        if "states" in groups and "bodies" not in groups:
            # "states and organisations in all": every participant, the CIS bodies (organisations
            # of the CIS) too, not the international and basic ones alone.
            groups.append("bodies")
    excluded = _excluded_groups(without_members)
    if excluded and len(excluded) < len(groups):
        # "organisations that are not CIS bodies, basic and international": the group a negation
        # names is the one left out, whatever else the question names.
        groups = [g for g in groups if g not in excluded]
    if _EXCLUDE_STATES.search(text):
        groups = [g for g in groups if g != "states"] or ["bodies", "organisations", "basic_organisations"]
        if "bodies" not in groups and not _QUALIFIED_ORGANISATIONS.search(without_members):
            # "сколько организаций, помимо государств": every participant that is no state, the
            # CIS bodies too ("the ATC and the Bureau" at a meeting that lists no other kind).
            groups = ["bodies", *groups]
    elif not groups and _ORGANISATIONS.search(without_members):
        groups = ["organisations", "basic_organisations"]
    elif not groups and _MEMBER_STATES.search(text):
        groups = ["states"]
    if not groups:
        groups = _misspelt_groups(without_members)
    return groups, len(groups) >= 2 and bool(_SUM.search(text))


# A word that leaves out the group named right after it ("not being CIS bodies", "кроме органов").
_EXCLUDING = re.compile(
    r"(?:\b(?:apart from|except|other than|besides|excluding|not counting|beyond|not|aren't|isn't)"
    r"|\b(?:кроме|помимо|не считая|за исключением|не являющ\w*|не|krome|pomimo|ne)) (?:the )?(?:cis |снг |sng )?$"
)


def _excluded_groups(text: str) -> set[str]:
    """The participant groups a question names only to leave them out."""
    excluded: set[str] = set()
    for name, pattern in _GROUPS:
        for match in pattern.finditer(text):
            if _EXCLUDING.search(text[max(0, match.start() - 40) : match.start()]):
                excluded.add(name)
    return excluded


# Group words as a question may misspell them ("staets", "gosudarstvа"): one edit or swap away.
_GROUP_SPELLINGS: dict[str, str] = {
    "states": "states",
    "countries": "states",
    "государства": "states",
    "государств": "states",
    "страны": "states",
    "gosudarstva": "states",
    "strany": "states",
    "bodies": "bodies",
    "органы": "bodies",
    "organisations": "organisations",
    "organizations": "organisations",
    "организации": "organisations",
}


def _misspelt_groups(text: str) -> list[str]:
    found: list[str] = []
    for word in re.findall(r"\w{5,}", text):
        for known, group in _GROUP_SPELLINGS.items():
            if abs(len(word) - len(known)) <= 1 and OSA.distance(word, known, score_cutoff=1) <= 1:
                if group not in found:
                    found.append(group)
                break
    if "organisations" in found:
        found.append("basic_organisations")
    return found


def _members(kb: KnowledgeBase, meeting: Meeting, groups: list[str], categories: list[str]) -> list[str]:
    lists = participant_groups(kb, meeting)
    ids = [i for group in groups for i in lists.get(group, [])]
    wanted = [c for c in categories if c in ("sectoral", "specialised", "international", "basic_organisation")]
    if wanted:
        ids = [
            i
            for i in ids
            if getattr(kb.get(i), "category", None) in wanted or not isinstance(kb.get(i), Body | Organisation)
        ]
    return ids


# Every group a meeting's list may hold.
_EVERY_GROUP = ["states", "bodies", "organisations", "basic_organisations"]
# "in total", "всего": a count over every group of a list.
_IN_TOTAL = re.compile(r"\bin total\b|\baltogether\b|\ball together\b|\bвсего\b|\bв общей сложности\b|\bvsego\b")


def _set_operation(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Who was at both meetings, at one but not the other, at all of them or at any; and group
    counts summed over one meeting."""
    kb = engine.kb
    absent = _ABSENT_FROM.search(text) is not None
    # Who took part must be asked before the groups are read (their patterns cost more).
    if not (
        _PARTICIPATION.search(text)
        or _NEITHER.search(text)
        or absent
        or parsed.intent.question in ("participants", "count")
        or (parsed.intent.list_cue and _PART_OF_LIST.search(text) and _TYPE_WORD.search(text))
        or _ROLE_OF.search(text)
    ):
        return None
    groups, summed = _asked_groups(text)
    # "Besides states, what kinds of participants were there": the groups with their sizes, not
    # every name on the lists.
    kinds = _KINDS_OF.search(text) is not None
    if kinds and not groups and _PARTICIPANT_NOUN.search(text):
        groups = list(_EVERY_GROUP)
    if not groups and parsed.intent.question == "count" and _IN_TOTAL.search(text) and _PARTICIPANT_NOUN.search(text):
        # "Сколько всего участников было на заседании СМВД?", "how many participants in total": every
        # group the list holds, summed (not its states alone).
        groups, summed = list(_EVERY_GROUP), True
    # "Who was at X but not at Y": no group named, every kind of participant is asked (one
    # meeting's whole list would be a wrong answer).
    set_cue = _DIFFERENCE.search(text) or _ONLY_ONE.search(text) or _BOTH_NAMED.search(text) or absent
    if not groups and set_cue and _WHO.search(text) and len(named_meetings(engine, parsed)) >= 2:
        groups = list(_EVERY_GROUP)
    if not groups:
        return None
    if participants_said(text):
        return None  # "whom did the participants propose to involve": what they said is asked
    if _IN_CONNECTION.search(text):
        return None  # "were religious organisations mentioned in connection with deradicalisation": a topic of the record
    categories = [c for c in parsed.intent.categories if c in ("sectoral", "specialised")]
    counting = parsed.intent.question == "count"
    if counting and _COUNTS_MEETINGS.search(text):
        return None  # "how many meetings in total did the bodies hold": meetings are counted, not who attended
    exactly = _EXACTLY.search(text)
    if exactly and len(named_meetings(engine, parsed)) != 2:
        word = exactly.group("n")
        times = int(word[1:]) if word.startswith("#") else next(n for stem, n in _EXACTLY_NUMBERS if word.startswith(stem))
        return _over_all(kb, base, groups, categories, "exactly", counting, times)
    every = _ALL_MEETINGS.search(text) or (_UNION.search(text) and _MEETINGS_PLURAL.search(text))
    if every and not named_meetings(engine, parsed)[:1]:
        op = "any" if (_UNION.search(text) or _ANY_OF.search(text)) else "all"
        return _over_all(kb, base, groups, categories, op, counting)
    meetings = [m for m, _ in named_meetings(engine, parsed)]
    if len(meetings) == 1:
        # "какие государства были на встрече в Москве": a meeting named only by a city of several
        # is the one the engine would choose for the question (one that lists them).
        meetings = [engine.meeting_meant(parsed, meetings[0])]
    if kinds and len(meetings) == 1:
        return _by_kind(kb, base, kb.entities[meetings[0]], groups)  # type: ignore[arg-type]
    asks_part = (counting or parsed.intent.list_cue) and meetings and _PART_OF_LIST.search(text)
    typed = _TYPE_WORD.search(text) if asks_part else None
    if typed is not None:
        # "Of the 13 CIS bodies at X, how many are councils": the part of the list whose names say
        # so. The kind word and the list's size name no meeting ("из 13 органов ... советами" is
        # not the 13th meeting of the Security Secretaries Council).
        kind_token = word_token(typed.group("word"))
        tokens = parsed.query.tokens
        meant = [
            m
            for m, positions in named_meetings(engine, parsed)
            if any(
                tokens[i] != kind_token
                and tokens[i] not in _GROUP_TOKENS
                and (tokens[i][:1] != "#" or _numbered_meeting(parsed.text, {tokens[i]}))
                for i in positions
            )
        ]
        if len(meant) == 1:
            found = _named_as(kb, base, kb.entities[meant[0]], groups, text, typed, counting)  # type: ignore[arg-type]
            if found is not None:
                return found
    if summed and counting and meetings:
        return _summed(kb, base, kb.entities[meetings[0]], groups)  # type: ignore[arg-type]
    if len(meetings) >= 3 and (every or _UNION.search(text) or (_BOTH.search(text) and not _DIFFERENCE.search(text))):
        # "named at all three meetings (A, B, C)": the lists of the meetings named, not of every meeting.
        op = "any" if (_UNION.search(text) or _ANY_OF.search(text)) else "all"
        verdict = _combined(kb, base, meetings[:MAX_MEETINGS], groups, categories, op, counting)
        if verdict is not None and verdict.kind != "not_recorded":
            verdict.filters["named"] = True
        return verdict
    if len(meetings) >= 2:
        if _ONLY_ONE.search(text):
            return _combined(kb, base, meetings[:2], groups, categories, "only_one", counting)
        # "Кто из участников СМВД не был на встрече спецслужб": the first named, less the one it was not at.
        not_at = absent and not _NEITHER.search(text) and not _BOTH_NAMED.search(text)
        if _DIFFERENCE.search(text) or not_at:
            order = _mention_order(parsed, named_meetings(engine, parsed), text)
            if order is None:
                return None
            return _combined(kb, base, order[:2], groups, categories, "only_first", counting)
        if _ANY_OF.search(text) and not _BOTH.search(text.replace(" or ", " ")):
            return _combined(kb, base, meetings[:2], groups, categories, "any", counting)
        if _BOTH.search(text):
            return _combined(kb, base, meetings[:2], groups, categories, "both", counting)
        return None
    if len(meetings) == 1 and groups == ["states"] and absent:
        # "Which CIS countries were not at the St Petersburg meeting": the member states off its list.
        return _absent_states(kb, base, meetings[0], counting)
    if len(meetings) == 1 and _EXCLUDE_STATES.search(text):
        # "Who other than the states took part": the meeting's other lists together.
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    if len(meetings) == 1 and categories and _NEITHER.search(text):
        # "Which bodies at X are neither sectoral nor specialised": the meeting's list outside them.
        return _outside(kb, base, meetings[0], groups, categories, counting)
    named_by_other = bool(parsed.hits) and kb.kind(parsed.hits[0].entity) != "meeting"
    if len(meetings) == 1 and not counting and parsed.intent.question == "participants" and named_by_other:
        # "Which states took part in the СМВД meeting": the meeting is named through its body or
        # place, which the question itself does not ask about.
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    # "How many international organisations came to ...": the group its own word names, as specific
    # as a category.
    qualified = bool(categories) or any(c in ("international", "basic_organisation") for c in parsed.intent.categories)
    if len(meetings) == 1 and counting and qualified and not categories and len(groups) == 1:
        # Counted as the meeting's own figures are ("4 basic organisations"), the stated count first.
        counted = answer_attribute(kb, base, kb.entities[meetings[0]], "count", groups[0], parsed.text)
        if counted is not None:
            return counted
    if len(meetings) == 1 and counting and qualified:
        # "How many specialised bodies were at ...": the meeting's list of that category, counted.
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    if len(meetings) == 1 and not counting and (categories or parsed.intent.question == "card"):
        # "Of the sixteen sectoral bodies, which were represented at ...": one list, by category;
        # "which bodies were at ..." (no word of attending for the attribute answer to take).
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    return None


def _comparison(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Where were more states, at A or at B?": two named meetings, in the order named."""
    named = named_meetings(engine, parsed)
    categories = parsed.intent.categories
    if len(named) != 2 and len(categories) == 2 and parsed.intent.list_kind == "body":
        # "Каких органов больше — отраслевых или специализированных?": the sources' two figures.
        figures = engine.category_figures()
        if all(category in figures for category in categories):
            return compare.categories(base, text, categories, [figures[category] for category in categories])
    if len(named) != 2:
        return None
    ordered = [meeting for meeting, positions in sorted(named, key=lambda pair: min(pair[1], default=0))]
    return compare.compare(engine, parsed, base, text, ordered, _asked_groups(text)[0])


def _unrecorded_grouping(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "How many Central Asian states attended ...": a word before the group that the knowledge base
    does not know names a grouping the sources do not make. Counting every state would be a
    confident wrong answer: say so, and give the meeting's list for the reader to judge."""
    if parsed.intent.question not in ("count", "participants"):
        return None
    query = parsed.query
    excluded = _excluded_groups(text)
    for name, pattern in _GROUPS:
        match = pattern.search(text)
        if match is None or name in excluded:
            continue
        counting = _COUNT_WORD.search(text, 0, match.start())
        between = re.findall(r"[^\W\d_]+", text[counting.end() : match.start()]) if counting is not None else []
        far = len(between) > _QUALIFIER_WORDS
        if far or (counting is not None and _TO_PLACE.search(text, 0, match.start())):
            # "сколько боевиков вернулось в страны СНГ": what is counted comes before the group,
            # which only says where; the group is no qualified group of participants.
            return None
        before = re.findall(r"[^\W\d_]{4,}", text[: match.start()])[-2:]
        strange = [w for w in before if not is_stop(w) and _unknown_token(query, word_token(w))]
        if not strange or strange[-1] != before[-1]:
            return None  # the unknown word must stand right before the group it qualifies
        # "Central Asian": the qualifier is the words before the group, known ones included.
        strange = [w for w in before if not is_stop(w) and w not in _COUNTING_WORDS]
        meetings = [m for m, _ in named_meetings(engine, parsed)]
        verdict = _answered(base, "not_recorded", "list:participants:grouping")
        verdict.reason = "grouping"
        verdict.value = {"word": " ".join(strange), "group": name, "meeting": meetings[0] if meetings else None}
        if meetings:
            meeting = engine.kb.entities[meetings[0]]
            if isinstance(meeting, Meeting):
                verdict.items = participant_groups(engine.kb, meeting).get(name, [])
            verdict.focus = [meetings[0]]
            verdict.sources = _sources(engine.kb, meetings[:1])
        return verdict
    return None


# A group named in connection with a topic is a topic of the meeting's record, not a list of who came.
_IN_CONNECTION = re.compile(
    r"\b(?:in\s+connection\s+with|in\s+relation\s+to|in\s+the\s+context\s+of|v\s+svyazi\s+s|v\s+kontekste)\b"
    r"|(?<!\w)(?:в\s+связи\s+с|в\s+контексте|применительно\s+к)(?!\w)",
    re.I,
)
_COUNTING_WORDS = frozenset({"many", "much", "сколько", "skolko", "number", "число", "количество"})
_COUNT_WORD = re.compile(r"\bhow many\b|\bnumber of\b|\bсколько\b|\bskol'?ko\b")
_QUALIFIER_WORDS = 3  # "how many Central Asian states", "сколько стран Центральной Азии" ("of" aside)
# A group after a preposition of place ("вернулось в страны СНГ", "returned to CIS countries") says where.
_TO_PLACE = re.compile(r"\b(?:в|во|из|to|into|from|v|iz)\s+(?:the\s+)?(?:cis\s+|снг\s+|sng\s+)?$")


def _unknown_token(query: AnalysedQuery, token: str | None) -> bool:
    """Whether the question's word is one the knowledge base does not know, even misspelt."""
    if token is None:
        return False
    return any(t == token and unknown for t, unknown in zip(query.tokens, query.unknown, strict=True))


def participants_of(
    kb: KnowledgeBase, base: Verdict, meeting_id: str, groups: list[str], categories: list[str], counting: bool
) -> Verdict | None:
    """One meeting's participants of some groups and categories, listed or counted."""
    return _combined(kb, base, [meeting_id], groups, categories, "filter", counting)


def _meeting_places(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The cities meetings were held in (in a named state, in the years asked), listed or counted:
    the meetings' places as a set."""
    if not _CITIES.search(text) or not (_MEETING_WORD.search(text) or parsed.intent.list_kind == "meeting"):
        return None
    kb = engine.kb
    within = _filters(engine, parsed)["place"]
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
    verdict = _answered(base, "count" if counting else "list", "list:place")
    verdict.attribute = "place"
    verdict.items = list(places)
    verdict.value = len(places) if counting else None
    verdict.filters = {"of": "meetings", "within": within, "meetings": {p: ids for p, ids in places.items()}}
    if years:
        verdict.filters["years"] = years
    verdict.sources = _sources(kb, [i for ids in places.values() for i in ids])
    return verdict


_PLENARY = re.compile(r"\bplenary\b|\bпленарн\w*|\bplenarn\w*")


def _session(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "What was discussed at the second session of the XVIII meeting": that session's points;
    "list the specialised sessions": their titles. A session named without its meeting is looked
    for among the meetings whose sessions are recorded, and must be unambiguous."""
    format_asked = not _SESSION_WORD.search(text) and _FORMAT.search(text) is not None
    if not (_SESSION_WORD.search(text) or format_asked) or _HOW_MANY_DAYS.search(text) or parsed.intent.question == "count":
        return None  # "how many sessions" is counted where meetings' figures are
    if _YES_NO.search(text):
        return None  # "was there a plenary session?" is a yes or no
    kb = engine.kb
    named = [m for m, _ in named_meetings(engine, parsed)]
    if format_asked and not named:
        return None  # "the CIS plus format" is no meeting's sessions
    candidates = [kb.entities[m] for m in named[:1]] or [
        m for m in _derived_for(kb).with_sessions if isinstance(m, Meeting)
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


def _absent_states(kb: KnowledgeBase, base: Verdict, meeting_id: str, counting: bool) -> Verdict | None:
    """The CIS member states not on a meeting's list of states (none when it has no such list)."""
    meeting = kb.entities[meeting_id]
    assert isinstance(meeting, Meeting)
    listed = set(meeting.participants.states)
    stated = meeting.stated_counts.states
    if not listed or (stated is not None and stated > len(listed)):
        return None  # no list of states, or not all named ("9 states", eight named): who was missing is unknown
    items = [s.id for s in kb.of_kind("state") if getattr(s, "cis_member", False) and s.id not in listed]
    verdict = _answered(base, "count" if counting else "list", "list:participants:absent")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = [meeting_id]
    verdict.filters = {"op": "absent", "meetings": [meeting_id], "groups": ["states"]}
    verdict.sources = _sources(kb, [meeting_id])
    return verdict


def _outside(
    kb: KnowledgeBase, base: Verdict, meeting_id: str, groups: list[str], categories: list[str], counting: bool
) -> Verdict | None:
    members = _members(kb, kb.entities[meeting_id], groups, [])  # type: ignore[arg-type]
    if not members:
        return None
    items = [i for i in members if getattr(kb.get(i), "category", None) not in categories]
    verdict = _answered(base, "count" if counting else "list", "list:participants:outside")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = [meeting_id]
    verdict.filters = {"op": "outside", "meetings": [meeting_id], "groups": groups, "outside": categories}
    verdict.sources = _sources(kb, [meeting_id])
    return verdict


def _over_all(
    kb: KnowledgeBase,
    base: Verdict,
    groups: list[str],
    categories: list[str],
    op: str,
    counting: bool,
    times: int = 0,
) -> Verdict | None:
    """Who is on the lists of all meetings that have lists, of any, or of exactly ``times`` of
    them: one scan of every meeting per knowledge base and question shape, kept for the next."""
    derived = _derived_for(kb)
    key = (tuple(groups), tuple(categories), f"{op}{times or ''}")
    if key not in derived.combined:
        listed: list[str] = []
        common: set[str] | None = None
        union: dict[str, int] = {}
        for meeting in kb.of_kind("meeting"):
            members = _members(kb, meeting, groups, categories) if isinstance(meeting, Meeting) else []
            if not members:
                continue
            listed.append(meeting.id)
            common = set(members) if common is None else common & set(members)
            for member in dict.fromkeys(members):
                union[member] = union.get(member, 0) + 1
        if op == "exactly":
            items = [i for i, lists in union.items() if lists == times]
        else:
            items = [i for i in union if common is not None and i in common] if op == "all" else list(union)
        derived.combined[key] = (listed, items)
    listed, items = derived.combined[key]
    if not listed:
        return None
    verdict = _answered(base, "count" if counting else "list", f"list:participants:{op}")
    verdict.attribute = "participant"
    verdict.items = list(items)
    verdict.value = len(items) if counting else None
    verdict.focus = listed[:MAX_MEETINGS]
    verdict.filters = {"op": op, "meetings": listed[:MAX_MEETINGS], "groups": groups, "of_meetings": len(listed)}
    if times:
        verdict.filters["times"] = times
    if categories:
        verdict.filters["categories"] = categories
    verdict.sources = _sources(kb, listed[:MAX_MEETINGS])
    return verdict


def _mention_order(parsed: Parsed, meetings: list[tuple[str, set[int]]], text: str) -> list[str] | None:
    """The two meetings in the order "in the first, but not in the second"."""
    cue = _DIFFERENCE.search(parsed.intent.search_text) or _DIFFERENCE.search(text)
    if cue is None:
        return None
    search_text = parsed.intent.search_text
    for word in parsed.intent.kind_words:
        search_text = re.sub(rf"\b{re.escape(word)}\b", " ", search_text)
    cue = _DIFFERENCE.search(search_text)
    if cue is None:
        return None
    boundary = len(text_tokens(search_text[: cue.start()]))
    before = [m for m, positions in meetings[:2] if positions and min(positions) < boundary]
    after = [m for m, positions in meetings[:2] if positions and min(positions) >= boundary]
    if len(before) != 1 or len(after) != 1:
        return None
    return [before[0], after[0]]


def _combined(
    kb: KnowledgeBase,
    base: Verdict,
    meeting_ids: list[str],
    groups: list[str],
    categories: list[str],
    op: str,
    counting: bool,
) -> Verdict | None:
    lists = [_members(kb, kb.entities[m], groups, categories) for m in meeting_ids]  # type: ignore[arg-type]
    # A meeting without a list for this group: nothing can be said about "both" or "not".
    missing = [m for m in meeting_ids if not _members(kb, kb.entities[m], groups, [])]  # type: ignore[arg-type]
    if op in ("both", "only_first", "only_one", "all", "filter") and missing:
        verdict = _answered(base, "not_recorded", "list:participants")
        verdict.reason = "no_list"
        verdict.focus = meeting_ids
        verdict.filters = {"op": op, "meetings": meeting_ids, "groups": groups, "no_list": missing}
        verdict.sources = _sources(kb, meeting_ids)
        return verdict
    if op == "both" or op == "all":
        common = set(lists[0]).intersection(*lists[1:])
        items = [i for i in lists[0] if i in common]
    elif op == "only_first":
        items = [i for i in lists[0] if i not in set(lists[1])]
    elif op == "only_one":
        items = [i for i in lists[0] if i not in set(lists[1])] + [i for i in lists[1] if i not in set(lists[0])]
    else:
        items = list(dict.fromkeys(i for ids in lists for i in ids))
    verdict = _answered(base, "count" if counting else "list", f"list:participants:{op}")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = list(meeting_ids)
    verdict.filters = {"op": op, "meetings": list(meeting_ids), "groups": groups}
    if categories:
        verdict.filters["categories"] = categories
    verdict.sources = _sources(kb, meeting_ids)
    return verdict


# A kind of institution named in the participants' own names ("council", "committee"), asked as a
# part of a meeting's list ("of the 13 bodies", "из них", "which of the bodies").
_TYPE_WORD = re.compile(
    r"(?:\b(?:are|were)(?P<not>\s+not|n't)?|(?P<ne>\bне\s+|\bne\s+)?\b(?:являются|являлись|yavlyayutsya)|\s[—–-])\s+"
    r"(?P<word>council|committee|cent(?:re|er)|conference|bureau|commission|assembl"
    r"|совет|комитет|центр|конференц|бюро|комисси|ассамбле|sovet|komitet|tsentr|centr|byuro|komissi)\w*"
)
# What a meeting's participants of one group are for: their names say it ("for training personnel ...").
_ROLE_OF = re.compile(r"\bresponsible for\b|\bчем занима\w*|\bза что отвеча\w*|\bchem zanima\w*")
# The group's own words name the list, not a meeting ("органов" is in "supreme bodies").
_GROUP_TOKENS = frozenset(
    text_tokens(
        "bodies органов органы organov organy states государств gosudarstv countries стран organisations"
        " organizations организаций organizaciy participants участников uchastnikov"
    )
)
_PART_OF_LIST = re.compile(
    r"\b(?:of|among) (?:the|these|those|them)\b|\bwhich of\b|\b(?:сколько|какие|которые) из\b"
    r"|\bиз (?:них|этих|тех|числа|#?\d+)|\bсреди\b|\b(?:skol'?ko|kakie|kotorye) iz\b|\biz (?:nikh|nih|etih|#?\d+)|\bsredi\b"
)


def _named_as(
    kb: KnowledgeBase,
    base: Verdict,
    meeting: Meeting,
    groups: list[str],
    text: str,
    typed: re.Match[str],
    counting: bool,
) -> Verdict | None:
    """The members of a meeting's lists whose names carry the kind word asked ("councils"), or
    those whose names do not; None when the word is the meeting's own name's or names no member."""
    token = word_token(typed.group("word"))
    if token is None:
        return None
    names = [meeting.name.en, meeting.name.ru, *meeting.short.en, *meeting.short.ru]
    if any(token in text_tokens(name) for name in names):
        return None  # "the Interior Ministers Council meeting": the word names the meeting
    members = _members(kb, meeting, [g for g in groups if g != "states"], [])
    if not members:
        return None
    shown: dict[str, str] = {}  # the word as the names write it, per language ("Council", "Совет")
    matching: list[str] = []
    for member in members:
        entity = kb.entities[member]
        for lang, name in (("en", entity.name.en), ("ru", entity.name.ru)):
            hit = next((word for word in name.split() if word_token(word) == token), None)
            if hit is None:
                continue
            if member not in matching:
                matching.append(member)
            shown.setdefault(lang, hit.strip("«»\"(),").lower())
    if not matching:
        return None
    shown.setdefault("en" if not has_cyrillic(typed.group("word")) else "ru", typed.group("word").lower())
    negated = typed.group("not") is not None or typed.group("ne") is not None
    items = [m for m in members if (m in matching) != negated]
    verdict = _answered(base, "count" if counting else "list", "list:participants:named_as")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = [meeting.id]
    verdict.filters = {
        "op": "named_as",
        "meetings": [meeting.id],
        "groups": [g for g in groups if g != "states"],
        "word": shown,
        "negated": negated,
        "of": len(members),
    }
    verdict.sources = list(meeting.sources)
    return verdict


# "What kinds of participants", "какие категории участников": the groups, not their names.
_KINDS_OF = re.compile(
    r"\b(?:kinds?|types?|sorts?|categories|groups) of\b|\b(?:каки\w*|что за) (?:виды|видов|типы|типов|категори\w*|групп\w*)\b"
    r"|\bкакого (?:рода|типа)\b|\bkaki\w* (?:vidy|tipy|kategori\w*|grupp\w*)\b"
    # "назови группы участников", "name the groups": the groups asked without a question word
    r"|\b(?:groups|kinds|categories) of (?:participants|attendees)\b|\b(?:name|list) the (?:groups|kinds|categories)\b"
    r"|\b(?:групп[ыа]|категори[ия]|виды) (?:участник\w*|присутствующ\w*)|\b(?:grupp[ya]|kategori[iy]a?|vidy) uchastnik\w*"
)
_PARTICIPANT_NOUN = re.compile(r"\bparticipa\w*|\battendees\b|\bучастник\w*|\buchastnik\w*")


def _by_kind(kb: KnowledgeBase, base: Verdict, meeting: Meeting, groups: list[str]) -> Verdict | None:
    """A meeting's participants by group, each with its size (the source's figure where it states
    one, else the names listed); the groups it lists none of are left out."""
    lists = participant_groups(kb, meeting)
    stated = meeting.stated_counts.model_dump(exclude_none=True)
    order = [g for g in ("states", "bodies", "basic_organisations", "organisations", "people") if g in groups]
    parts = {group: stated.get(group, len(lists.get(group, []))) for group in order if lists.get(group)}
    if not parts:
        return None
    verdict = _answered(base, "list", "list:participants:kinds")
    verdict.attribute = "participant"
    verdict.items = [i for group in parts for i in lists.get(group, [])]
    verdict.focus = [meeting.id]
    verdict.filters = {"op": "kinds", "meetings": [meeting.id], "groups": groups, "parts": parts}
    international = lists.get("organisations", [])
    if international and all(getattr(kb.get(i), "category", None) == "international" for i in international):
        verdict.filters["international"] = True
    verdict.sources = list(meeting.sources)
    return verdict


def _summed(kb: KnowledgeBase, base: Verdict, meeting: Meeting, groups: list[str]) -> Verdict | None:
    """Several groups of one meeting counted together, each by the number its source states
    where it states one, else by the names it lists."""
    lists = participant_groups(kb, meeting)
    stated = meeting.stated_counts.model_dump(exclude_none=True)
    parts: dict[str, int] = {}
    for group in groups:
        number = stated.get(group) if group != "people" else None
        if number is None:
            number = len(lists.get(group, []))
        parts[group] = number
    if groups == _EVERY_GROUP:
        # every group asked ("how many participants in total"): those the list holds
        parts = {group: number for group, number in parts.items() if number}
        groups = list(parts)
    if not any(parts.values()):
        return None
    verdict = _answered(base, "count", "count:sum")
    verdict.attribute = "participant"
    verdict.value = sum(parts.values())
    verdict.items = [i for group in groups for i in lists.get(group, [])]
    verdict.focus = [meeting.id]
    verdict.filters = {"op": "sum", "meetings": [meeting.id], "groups": groups, "parts": parts}
    verdict.sources = list(meeting.sources)
    verdict.caveats = caveats_for(meeting, "count")
    return verdict


# --- next, latest, periods --------------------------------------------------------------------------


def _is_past(meeting: Meeting | Document, today: date) -> bool:
    known = meeting_date(meeting)
    if known is None:
        return False
    return (known.year, known.month or 12, known.day or 31) < (today.year, today.month, today.day)


def _document_kind(text: str) -> str | None:
    for kind, pattern in _DOCUMENT_KINDS:
        if pattern.search(text):
            return kind
    return None


def _scope_meetings(
    engine: Engine, parsed: Parsed, years: list[int] | None = None
) -> tuple[list[str], dict[str, list[str]]]:
    """The meetings a question's places, states, bodies (and years) leave, found through the
    knowledge base's links; without any, every dated meeting. Dated ones first, in date order."""
    kb = engine.kb
    filters = _filters(engine, parsed)
    chosen: set[str] | None = None
    narrowing: list[list[str]] = []
    if filters["place"]:
        narrowing.append([i for place in filters["place"] for i in kb.meetings_held_in.get(place, [])])
    if filters["body"]:
        linked = [i for body in filters["body"] for i in kb.meetings_by.get(body, [])]
        own = [i for i in linked if getattr(kb.get(i), "body", None) in filters["body"]]
        narrowing.append(own or linked)
    if years:
        narrowing.append([i for year in years for i in kb.meetings_in_year.get(year, [])])
    for ids in narrowing:
        chosen = set(ids) if chosen is None else chosen & set(ids)
    if chosen is None:
        return _derived_for(kb).dated_ids, filters
    return sorted(chosen, key=lambda i: (kb.date_key.get(i, (9999, 0, 0)), kb.position[i])), filters


def _upcoming(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The next meeting (of a body, in a place) or the next document of a kind; when none is
    recorded after today, say so and give the latest known one."""
    # a plan word alone ("что запланировано?") asks only what meets next, not whether a thing is planned
    plans = _PLANS.search(text) is not None and not _YES_NO.search(text)
    plans_only = plans and not _NEXT.search(text)
    if not (_NEXT.search(text) or plans) or _LAST_YEAR.search(text) or HELD_OR_PLANNED.search(text):
        return None
    if parsed.intent.question not in ("when", "card", "where") and not parsed.intent.upcoming:
        return None
    if plans_only and not parsed.intent.list_cue and named_meetings(engine, parsed):
        # "Tell me about the exercise planned at the June meeting": what a named meeting planned,
        # no list of what is still to come.
        return None
    kb = engine.kb
    kind = _document_kind(text) if not _MEETING_WORD.search(text) else None
    top = parsed.hits[0] if parsed.hits else None
    names_one = top is not None and top.score >= ENTITY_SCORE and top.name_cover >= NAMED_COVER
    # "Will the Joint Statement be circulated at the UN?", "заявление будет распространено в ООН?"
    # (asked by tone): asked of that document, also when another entry named ranks first.
    asks_whether = _YES_NO.search(text) is not None or tone_question(text)
    of_document = any(kb.kind(hit.entity) == "document" and hit.name_cover >= 0.4 for hit in parsed.hits[:3])
    if kind is not None and names_one and of_document and (asks_whether or not parsed.intent.upcoming):
        # "Will the Joint Statement be circulated at the UN?", "where will the joint statement be
        # circulated?" (the intent reads no time ahead): asked of that document, not which statement
        # comes next.
        return None
    if kind is not None and not plans_only:
        documents = [d for d in kb.of_kind("document") if isinstance(d, Document) and d.kind == kind]
        if not documents:
            return None
        coming = [d.id for d in documents if d.date and not _is_past(d, today)]
        if coming:
            return _listing(kb, base, "document", coming, {"upcoming": today.isoformat()}, False)
        ranked = {h.entity: h.score for h in parsed.hits}
        last = max(documents, key=lambda d: (kb.date_key.get(d.id, (0, 0, 0)), ranked.get(d.id, 0.0)))
        verdict = _listing(kb, base, "document", [], {"upcoming": today.isoformat(), "document_kind": kind}, False)
        verdict.reason = "none_upcoming"
        verdict.alternatives = [last.id]
        verdict.sources = list(last.sources)
        return verdict
    # "What is planned?", "what's coming up?" with nothing named: whatever meets next
    general = (
        not _MEETING_WORD.search(text) and plans and not names_one and kind is None
        and parsed.intent.list_kind is None
    )
    if not _MEETING_WORD.search(text) and not general:
        return None
    ids, filters = _scope_meetings(engine, parsed)
    if filters["body"] or filters["place"]:
        meetings = [m for m in (kb.get(i) for i in ids) if isinstance(m, Meeting)]
    else:
        # "When will the interior ministers meet next": the series of the meeting it names.
        named = named_meetings(engine, parsed)
        body = getattr(kb.get(named[0][0]), "body", None) if named else _leading_body(engine, parsed)
        if body is None and general:
            meetings = [m for m in kb.of_kind("meeting") if isinstance(m, Meeting)]
        elif body is None and len(named) == 1 and not plans and not _other_number(text, kb.get(named[0][0])):
            # "when is the next XVIII counter-terrorism meeting?": a series with no body recorded is
            # the named meeting alone; its own date does not answer "the next one"
            return upcoming_of(engine, base, named[0][0], today)
        elif body is None:
            return None  # the list path answers "upcoming meetings" over all of them
        else:
            filters["body"] = [body]
            meetings = [m for m in kb.meetings_of(body) if m.body == body]
    later = [m for m in meetings if (m.date or m.status == "planned") and not _is_past(m, today)]
    scope = {key: value for key, value in filters.items() if value}
    if later:
        ids = sorted((m.id for m in later), key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
        return _listing(kb, base, "meeting", ids, {"upcoming": today.isoformat(), **scope}, False)
    if len(filters["body"]) == 1:
        # A body that held no meeting: saying so beats the latest meeting it merely attended.
        silent = no_meetings_ahead(kb, base, filters["body"][0])
        if silent is not None:
            return silent
    dated = [m for m in meetings if m.date]
    if not dated:
        return None
    said = engine.said_instead(parsed, base)
    if said is not None:
        return said
    latest = max(dated, key=lambda m: kb.date_key[m.id])
    verdict = _listing(kb, base, "meeting", [], {"upcoming": today.isoformat(), **scope}, False)
    verdict.reason = "none_upcoming"
    verdict.alternatives = [latest.id]
    verdict.sources = list(latest.sources)
    return verdict


# A body ranked first by the question's words, named by most of its name though not all of it ("the
# security council secretaries" for the Council of Secretaries of Security Councils): "when is its
# next meeting" asks its series, not the date of the one meeting that shares those words.
LEADING_BODY_COVER = 0.6


def _leading_body(engine: Engine, parsed: Parsed) -> str | None:
    """The body the question's best hit is, when it is named well enough to ask its series."""
    if not parsed.hits:
        return None
    top = parsed.hits[0]
    if engine.kb.kind(top.entity) != "body" or top.score < ENTITY_SCORE or top.name_cover < LEADING_BODY_COVER:
        return None
    query = parsed.query
    if not top.name_tokens or not all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in top.name_tokens):
        return None
    return top.entity


def _other_number(text: str, meeting: object) -> bool:
    """Whether the question numbers a meeting otherwise than ``meeting`` is numbered ("the next XIX
    meeting" names one not recorded, which its own answer says)."""
    own = getattr(meeting, "number", None)
    for word in re.findall(r"[^\W_]+", text.lower()):
        if word.isdigit():
            value: int | None = int(word) if len(word) <= 2 else None
        else:
            # roman numerals only: "one" in "the next one" is no number of a meeting
            value = roman_to_int(word) if word.isascii() and len(word) >= 2 and word != "li" else None
        if value is not None and value != own:
            return True
    return False


def upcoming_of(engine: Engine, base: Verdict, meeting_id: str, today: date) -> Verdict | None:
    """The meeting after a given one in its series (its body's meetings; the meeting alone when no
    body is recorded) still to come after today; when none is recorded, say so and give the latest
    of the series. None when the series has no date at all (its own "no date" answers then)."""
    kb = engine.kb
    meeting = kb.get(meeting_id)
    if not isinstance(meeting, Meeting):
        return None
    body = meeting.body
    meetings = [m for m in kb.meetings_of(body) if m.body == body] if body else [meeting]
    scope: dict[str, object] = {"body": [body]} if body else {}
    later = [m for m in meetings if (m.date or m.status == "planned") and not _is_past(m, today)]
    if later:
        ids = sorted((m.id for m in later), key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
        return _listing(kb, base, "meeting", ids, {"upcoming": today.isoformat(), **scope}, False)
    dated = [m for m in meetings if m.date]
    if not dated:
        return None
    latest = max(dated, key=lambda m: kb.date_key[m.id])
    verdict = _listing(kb, base, "meeting", [], {"upcoming": today.isoformat(), **scope}, False)
    verdict.reason = "none_upcoming"
    verdict.alternatives = [latest.id]
    verdict.sources = list(latest.sources)
    return verdict


def _listing(
    kb: KnowledgeBase, base: Verdict, kind: str, ids: list[str], filters: dict[str, object], counting: bool
) -> Verdict:
    verdict = _answered(base, "count" if counting else "list", f"list:{kind}")
    verdict.attribute = kind
    verdict.items = ids
    verdict.value = len(ids) if counting else None
    verdict.filters = {key: value for key, value in filters.items() if value}
    verdict.sources = _sources(kb, ids[:40])
    return verdict


def _period(text: str, today: date) -> tuple[list[int], tuple[int, int], str] | None:
    """Years and a span of months a question names ("summer of 2025", "в первом полугодии",
    "last year", "in June"), and a label for it; None without one."""
    years = [int(y) for y in _YEAR.findall(text)]
    relative = _target_year(text, today)
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
            named = [number for number, pattern in enumerate(_MONTHS, start=1) if pattern.search(text)]
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
    target = _target_year(text, today)
    if target is None or target[1] == "now":
        return None
    year = target[0]
    pattern = _LAST_YEAR if target[1] == "last_year" else _THIS_YEAR
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
    if not (intent.list_cue or _ANY_EVENTS.search(text) or dated or _PLURAL_FIRST.match(text)):
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
    ids, filters = _scope_meetings(engine, parsed, years)
    kb = engine.kb
    chosen = [i for i in ids if _in_period(kb.date_key.get(i), years, months)]
    period_filter = {"years": years, "months": list(months), "label": label}
    scope = {key: value for key, value in filters.items() if value}
    verdict = _listing(kb, base, "meeting", chosen, {"period": period_filter, **scope}, intent.question == "count")
    if not chosen and years:
        # Nothing in the period: the latest meeting before it says how far the sources reach.
        start = (min(years), months[0], 0)
        scoped = _scope_meetings(engine, parsed)[0]
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
    if not (_NEWS.search(text) or _ANYTHING.search(text) or _ANY_EVENTS.search(text)):
        return None
    if any(hit.score >= NEWS_SUBJECT_AT and hit.name_cover >= 0.85 for hit in parsed.hits[:3]):
        return None
    span = date_span(text, today)
    if span is None:
        period = _period(text, today)
        if period is not None and period[2] not in ("", "last_year", "this_year"):
            return None  # a season, a half, a quarter or a month: the list of that period has it
        target = _target_year(text, today)
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
    ids, filters = _scope_meetings(engine, parsed)
    chosen = [i for i in ids if within(kb.date_key.get(i), span)]
    period_filter = {
        "label": "span",
        "form": span.label,
        "start": span.start_date.iso() if span.start_date else None,
        "end": span.end_date.iso() if span.end_date else None,
        "months": span.months,
    }
    scope = {key: value for key, value in filters.items() if value}
    verdict = _listing(kb, base, "meeting", chosen, {"period": period_filter, **scope}, parsed.intent.question == "count")
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
    if not ((_HAPPENED_CUE(text) and _HAPPENED.search(text)) or _ANY_EVENTS.search(text)):
        return None
    if _LATEST.search(text) or _EARLIEST.search(text):
        return None  # "which meeting was held most recently in Moscow": the one, not the list
    if _WHETHER.search(text):
        return None  # "Проходил ли саммит СНГ в Москве?": whether one meeting was held there, a yes or no
    as_list = replace(parsed, intent=replace(intent, list_kind="meeting", list_cue=True))
    filters = engine._filters(as_list)
    # Only a place (a city or a state where meetings were held) may narrow it: anything else
    # named is what the question is about.
    if not filters or not (filters["place"] or filters["state"]) or filters["body"] or filters["organisation"] or filters["person"]:
        return None
    return engine._list_verdict(as_list, base, today)


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
    if not ends and not _CURRENT.search(text):
        return None
    # "expire in 2030" reads as "until 2030" to the intent: the one year either way; "in force
    # now", "действуют сейчас" with no year: this year.
    years = intent.years or ([intent.until] if ends and intent.until else [])
    if not years and not ends and not intent.until:
        years = [today.year]
    if len(years) != 1:
        return None
    year = years[0]
    kind = _document_kind(text)
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
    return _listing(engine.kb, base, "document", chosen, {"period": {"label": label, "years": [year]}}, intent.question == "count")


def _documents_of_relative_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Which documents were approved last year / this year": the list path's answer for that
    year written out, never every document (a relative year is no year to the intent)."""
    intent = parsed.intent
    if intent.list_kind != "document" or intent.years or intent.question not in ("card", "count", "outcomes"):
        return None
    target = _target_year(text, today)
    if target is None or target[1] == "now":
        return None
    dated = replace(parsed, intent=replace(intent, years=[target[0]]))
    if _document_kind(text) is not None:
        return _document_list(engine, dated, base, today, text)  # "programmes": that kind only
    listed = engine._list_verdict(dated, base, today)
    if listed is None or listed.kind not in ("list", "count", "not_recorded"):
        return None
    return listed


def _document_list(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Documents of one kind ("programmes", "concepts"): the list path's answer narrowed to that
    kind, or those whose period starts in a (relative) year."""
    kind = _document_kind(text)
    if kind is None or parsed.intent.question not in ("card", "count", "outcomes"):
        return None
    kb = engine.kb
    counting = parsed.intent.question == "count"
    if _STARTED.search(text):
        target = _target_year(text, today)
        years = [target[0]] if target else [int(y) for y in _YEAR.findall(text)]
        if len(years) != 1:
            return None
        ids = [
            d.id
            for d in kb.of_kind("document")
            if isinstance(d, Document) and d.kind == kind and d.period_start == years[0]
        ]
        return _listing(kb, base, "document", ids, {"document_kind": kind, "starts": years[0]}, counting)
    # A count must count that kind only ("how many programmes": not the concept approved with
    # them); a list keeps the list path's wider choice of related documents, the asked kind first.
    if parsed.intent.list_kind != "document":
        return None
    if not counting:
        listed = engine._list_verdict(parsed, base, today)
        if listed is None or listed.kind != "list" or listed.attribute != "document":
            return None
        listed.items.sort(key=lambda i: getattr(kb.get(i), "kind", None) != kind)
        return listed
    meetings = named_meetings(engine, parsed)
    if meetings:
        # "How many programmes were approved at the Dushanbe summit": the documents of that meeting.
        meeting_id = meetings[0][0]
        ids = [i for i in kb.documents_by.get(meeting_id, []) if getattr(kb.get(i), "kind", None) == kind]
        verdict = _listing(kb, base, "document", ids, {"document_kind": kind, "meeting": [meeting_id]}, counting)
        verdict.focus = [meeting_id]
        return verdict
    listed = engine._list_verdict(parsed, base, today)
    if listed is None or listed.kind not in ("list", "count") or listed.attribute != "document":
        return None
    listed.items = [i for i in listed.items if getattr(kb.get(i), "kind", None) == kind]
    listed.value = len(listed.items) if listed.kind == "count" else None
    listed.filters["document_kind"] = kind
    listed.sources = _sources(kb, listed.items[:40])
    return listed


# "Which meeting came right after the St Petersburg one", "какая встреча была перед саммитом": the
# question asks for a meeting (its word within three words of the question word) next to a named one.
_WHICH_MEETING = re.compile(
    r"^(?:which|what|какое|какая|какой|какие|kakoe|kakaya|kakoy|kakie)\s+(?:\S+\s+){0,3}?"
    r"(?:meet\w*|summit\w*|events?|gathering\w*|заседани\w*|встреч\w*|совещани\w*|саммит\w*|мероприяти\w*"
    r"|zasedani\w*|vstrech\w*)\b"
)
_MEETING_AFTER_BOUND = re.compile(rf"\s*(?:'s\s+)?{_MONTH_MEETING_NOUN}")
# "What came after the St Petersburg meeting", "что последовало за ним": events on one side.
_CAME = re.compile(
    r"^(?:and |а |a )?(?:what|что|chto) (?:came|followed|preceded|went|was held|прошло|состоялось|последовало"
    r"|предшествовало|proshlo)\b"
)
_NEXT_TO_AFTER = re.compile(r"\bafter\b|\bnext\b|\bfollow\w*|\bпосле\b|\bследующ\w*|\bposle\b")
_NEXT_TO_BEFORE = re.compile(
    r"\bbefore\b|\bprior to\b|\bpreced\w*|\bперед\b|\bдо\b|\bпредшеств\w*|\bpered\b|\bprevious\b|\bпредыдущ\w*"
)


_WHEN_START = re.compile(r"(?:when|когда|kogda)\b")
_BEFORE_AFTER_WORD = re.compile(r"\bbefore\b|\bprior to\b|\bafter\b|\bперед\b|\bпосле\b|\bpered\b|\bposle\b")


def _next_to_meeting(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The dated meeting right after (or before) a named one; meetings dated alike are all given,
    since neither came first."""
    # "Что было после саммита": every event on that side, as "which meetings came before" asks.
    # "When was the previous meeting before the 13th": the nearest one, asked with "when".
    when_next_to = _WHEN_START.match(text) is not None and _BEFORE_AFTER_WORD.search(text) is not None
    which = _WHICH_MEETING.search(text) is not None or when_next_to
    if not (which or _ANY_EVENTS.search(text) or _CAME.search(text)):
        return None
    every = not which or _MEETINGS_PLURAL.search(text) is not None or text.startswith(("какие", "kakie"))
    after, before = bool(_NEXT_TO_AFTER.search(text)), bool(_NEXT_TO_BEFORE.search(text))
    if after == before:
        return None
    span = date_span(text, today)
    if span is not None and not _MEETING_AFTER_BOUND.match(text, span.stop):
        return None  # "before October 2025" bounds a span of time; "before the June meeting" names one
    meetings = named_meetings(engine, parsed)
    if len(meetings) != 1:
        return None
    kb = engine.kb
    meeting_id = meetings[0][0]
    start = kb.date_key.get(meeting_id)
    if start is None:
        return None
    dated = [i for i in _derived_for(kb).dated_ids if i != meeting_id]
    side = [i for i in dated if kb.date_key[i] > start] if after else [i for i in dated if kb.date_key[i] < start]
    if not side:
        return _none_beside(kb, base, parsed, meeting_id, "none_after" if after else "none_before")
    nearest = min(kb.date_key[i] for i in side) if after else max(kb.date_key[i] for i in side)
    chosen = side if every else [i for i in side if kb.date_key[i] == nearest]
    verdict = _listing(kb, base, "meeting", chosen, {"after" if after else "before": [meeting_id]}, False)
    verdict.focus = [meeting_id]
    return verdict


def _none_beside(kb: KnowledgeBase, base: Verdict, parsed: Parsed, meeting_id: str, reason: str) -> Verdict:
    """No dated meeting after (or before) the named one: said so, with that meeting's source."""
    side = "after" if reason == "none_after" else "before"
    verdict = _listing(kb, base, "meeting", [], {side: [meeting_id]}, parsed.intent.question == "count")
    verdict.focus = [meeting_id]
    verdict.reason = reason
    verdict.sources = list(kb.entities[meeting_id].sources)
    return verdict


def _after_meeting(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Anything after the 13th meeting?": the meetings dated after a named one, by today."""
    if not (_ANYTHING.search(text) and _LATER_THAN.search(text)):
        return _next_to_meeting(engine, parsed, base, today, text)
    meetings = named_meetings(engine, parsed)
    if len(meetings) != 1:
        return None
    kb = engine.kb
    meeting_id = meetings[0][0]
    start = kb.date_key.get(meeting_id)
    if start is None:
        return None
    later = [i for i in _derived_for(kb).dated_ids if start < kb.date_key[i] and i != meeting_id]
    verdict = _listing(kb, base, "meeting", later, {"after": [meeting_id]}, parsed.intent.question == "count")
    verdict.focus = [meeting_id]
    if not later:
        verdict.reason = "none_after"
        verdict.sources = list(kb.entities[meeting_id].sources)
    return verdict


def _earliest(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The earliest dated meeting (in a year, a place, of a body) the sources record."""
    if not _EARLIEST.search(text) or not _MEETING_WORD.search(text):
        return None
    if parsed.intent.question not in ("card", "when", "where"):
        return None
    ids, filters = _scope_meetings(engine, parsed, parsed.intent.years or None)
    kb = engine.kb
    earliest = next((m for m in (kb.get(i) for i in ids) if isinstance(m, Meeting) and m.date), None)
    if earliest is None:
        return None
    verdict = fact_verdict(base, earliest, "date", {"date": earliest.date, "end_date": earliest.end_date})
    verdict.intent = "time:earliest"
    verdict.filters = {key: value for key, value in filters.items() if value}
    if parsed.intent.years:
        verdict.filters["years"] = list(parsed.intent.years)
    return verdict


# "Is the exercise upcoming?", "учения ещё впереди?": one meeting's tense asked yes or no.
_STILL_AHEAD = re.compile(
    r"\bupcoming\b|\bforthcoming\b|\bstill (?:ahead|to come)\b|\bin the future\b|\byet to\b|\bвпереди\b|\bпредсто(?:ит|ят)\b"
    r"|\bпредстоящ\w+|\bещ[её] не\b|\bvperedi\b|\bpredstoit\b"
)
# Asked of one meeting, never "which meetings are ahead" (that is the list of upcoming ones).
_WH_START = re.compile(r"^(?:what|which|when|how|where|who|any|какие|какое|какой|что|когда|сколько|где|kakie|kakoe|chto|kogda|skolko)\b")


def _past_or_upcoming(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Is the XVIII meeting upcoming or already past?": the meeting's date against today's. A
    meeting recorded only as planned whose date has passed is neither: the sources do not say."""
    either = (_NEXT.search(text) or _AHEAD.search(text)) and _PAST.search(text)
    if not either and (not _STILL_AHEAD.search(text) or _WH_START.match(text)):
        return None
    entity = _dated_entity(engine, parsed, text)
    if not isinstance(entity, Meeting) or not entity.date:
        return None
    past = _is_past(entity, today)
    value = {"date": entity.date, "past": past and entity.status != "planned", "today": today.isoformat()}
    if past and entity.status == "planned":
        value["planned"] = True
    verdict = fact_verdict(base, entity, "tense", value)
    verdict.intent = "time:tense"
    return verdict


def _period_today(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Is the concept still current?", "has the 2026–2028 programme ended?": a document's period
    (whole years) against today's date."""
    asked = "ended" if _ENDED.search(text) else "started" if _STARTED.search(text) else None
    if asked is None and _CURRENT.search(text):
        asked = "current"
    # "Already in force or only starting?": an alternative asks for the state, not a yes or no.
    choice = asked is not None and _STATE_CHOICE.search(text) is not None
    if asked is None and _STATE_CHOICE.search(text) and _STARTING.search(text):
        asked, choice = "started", True
    if asked is None or not (choice or _YES_NO.search(text)):
        return None
    entity = _dated_entity(engine, parsed, text)
    if not isinstance(entity, Document) or not (entity.period_start or entity.period_end):
        return None
    start, end = entity.period_start, entity.period_end
    asked_years = {int(y) for y in _YEAR.findall(text)}
    if parsed.intent.until or asked_years - {start, end}:
        return None  # "is it in force until 2035": a question about its period, not about today
    started = start is None or today.year >= start
    ended = end is not None and today.year > end
    state = "ended" if ended else "running" if started else "not_started"
    yes: bool | None = {"ended": ended, "started": started, "current": started and not ended}[asked]
    if entity.status not in ("approved", "adopted") and asked != "ended":
        yes = None  # a programme not yet adopted is not in force whatever its years
    verdict = _answered(base, "yes_no", "time:period")
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
    entity = _period_document(engine, parsed) or _dated_entity(engine, parsed, text)
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


_MEETING_GROUPS = frozenset({"~summit", "~meeting", "~exercise"})
_SUMMIT_WORD = re.compile(r"\bsummits?\b|\bсаммит\w*|\bsammit\w*")


def _qualified(engine: Engine, parsed: Parsed) -> bool:
    """Whether the question has a known word of its own beyond meeting words and words of time."""
    generic = _generic_tokens()
    query = parsed.query
    return any(
        token not in generic
        and token not in engine._generic
        and token not in _MEETING_GROUPS
        and not query.unknown[i]
        and not _YEAR_TOKEN.match(token)  # "the last meeting in 2025": a year is a scope, no qualifier
        for i, token in enumerate(query.tokens)
    )


_YEAR_TOKEN = re.compile(r"^#(?:19|20|21)\d\d$")


_PREVIOUS = re.compile(r"\bprevious\b|\bpreceding\b|\bпредыдущ\w*|\bpredydushch\w*")


def _previous_in_series(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "When was the previous meeting of the Security Secretaries Council": the one before the
    latest of that series; when the sources record no earlier one, that, never the latest's date."""
    found = _PREVIOUS.search(text)
    if found is None or _BEFORE_AFTER_WORD.search(text) or not _MEETING_WORD.search(text):
        return None
    latest = _latest(engine, parsed, replace(base), today, f"{text[: found.start()]}latest{text[found.end() :]}")
    if latest is None or not latest.filters.get("body") or not latest.focus:
        return None
    kb = engine.kb
    body, last = latest.filters["body"][0], latest.focus[0]
    earlier = [
        m for m in kb.meetings_of(body)
        if m.body == body and m.date and m.status == "held" and kb.date_key.get(m.id, (9999, 0, 0)) < kb.date_key[last]
    ]  # fmt: skip
    if earlier:
        previous = max(earlier, key=lambda m: kb.date_key[m.id])
        verdict = fact_verdict(base, previous, "date", {"date": previous.date, "end_date": previous.end_date})
        verdict.intent = "time:previous"
        return verdict
    verdict = _none_beside(kb, base, parsed, last, "none_before_in_series")
    verdict.filters["body"] = [body]
    return verdict


def _latest(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The most recent meeting (of a body, in a place) held by today."""
    if not _LATEST.search(text) or not _MEETING_WORD.search(text) or _LAST_YEAR.search(text):
        return None
    if parsed.intent.question not in ("card", "when", "where"):
        return None
    ids, filters = _scope_meetings(engine, parsed, parsed.intent.years or None)
    kb = engine.kb
    if not (filters["body"] or filters["place"]):
        # "The last meeting of the interior ministers": the series of the meeting it names, as for the next one.
        # A meeting named only by a meeting word ("заседание", "summit") names no series.
        named = [
            (meeting_id, positions)
            for meeting_id, positions in named_meetings(engine, parsed)
            if any(parsed.query.tokens[i] not in _MEETING_GROUPS for i in positions)
        ]
        body = getattr(kb.get(named[0][0]), "body", None) if named else None
        if _SUMMIT_WORD.search(text):
            ids = [i for i in ids if getattr(kb.get(i), "kind", None) == "summit"]
        if body is not None:
            filters["body"] = [body]
            series = {m.id for m in kb.meetings_of(body) if m.body == body}
            ids = [i for i in ids if i in series]
        elif _qualified(engine, parsed):
            return None  # "the most recent counter-terrorism meeting": not simply the latest of all
    # In date order: the latest held by today is the first such before today's place in the order.
    end = bisect_right(ids, (today.year, today.month, today.day), key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
    meetings = (m for m in (kb.get(i) for i in reversed(ids[:end])) if isinstance(m, Meeting))
    latest = next((m for m in meetings if m.date and m.status == "held" and _is_past(m, today)), None)
    if latest is None:
        return None
    verdict = fact_verdict(base, latest, "date", {"date": latest.date, "end_date": latest.end_date})
    verdict.intent = "time:latest"
    verdict.filters = {"latest": today.isoformat(), **{key: value for key, value in filters.items() if value}}
    return verdict
