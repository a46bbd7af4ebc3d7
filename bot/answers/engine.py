"""Question answering: from a user's text to an answer in HTML, or a polite refusal.

The steps, each a small function: undo a wrong keyboard layout, read what is asked
(:mod:`bot.answers.intent`), search the index, then either compute a list from the data (meetings in
Moscow, programmes until 2030) or answer about one entity with the field asked for.
"""

from __future__ import annotations

import contextvars
import gc
import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any

from bot.answers import (
    adopted_by,
    capacity,
    claims,
    clipped,
    colloquial,
    decided,
    deed,
    define,
    delegates,
    entry_choice,
    events,
    field_meeting,
    followup,
    frequency,
    holder_claim,
    located,
    lookalike,
    meeting_names,
    mentioned,
    named_instead,
    occasion,
    ordinal_asked,
    owners,
    parts,
    periodorder,
    periods,
    post_holders,
    posts,
    provenance,
    question_form,
    question_reading,
    regions,
    representative,
    said_match,
    seasons,
    series,
    shorter,
    slang,
    source_people,
    statement_match,
    status_asked,
    statuses,
    subjects,
    terse,
    timeline,
    undated,
    unknown_names,
    weekdays,
    whichsource,
    yesno,
)
from bot.answers.cues import cued, literal_cue
from bot.answers.documents import build_index, statements_of
from bot.answers.entry_choice import MIN_NAME_COVER, SOLE_EXPLAINED
from bot.answers.facts import caveats_for, enumerated
from bot.answers.held import met_elsewhere, no_meetings_ahead, unheld_meetings
from bot.answers.intent import Intent, detect
from bot.answers.named_whole import named_whole
from bot.answers.numbers import unrecorded_month, unrecorded_number
from bot.answers.question_reading import BESIDES_GATE, aside_clause, is_roman
from bot.answers.questionwords import (
    asked_after_lead_in,
    first_question,
    fix_question_words,
    fix_spoken_spelling,
    point_back,
    question_part,
    strip_request,
    without_courtesy,
    without_introduction,
)
from bot.answers.said_match import (
    PERSON_SAID_COVER,
    SPEECH,
    YEAR_TOKEN,
)
from bot.answers.smalltalk import without_small_talk
from bot.answers.sourcetail import without_source_tail
from bot.answers.statement_match import MONTH_ADJECTIVE
from bot.answers.thresholds import ANSWER_AT, GUESS_AT
from bot.answers.verdict import Match, Statement, Verdict
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Body, Document, Entity, Fact, Meeting, Organisation, PartialDate, Place
from bot.search.casing import abbreviations, restore_capitals
from bot.search.chatlatin import chat_latin, cyrillic_reading, russian_little_words
from bot.search.doubled import text_stems, undoubled
from bot.search.index import AnalysedQuery, Hit, SearchIndex
from bot.search.numwords import numbers_in_digits
from bot.search.text import (
    clean,
    cyrillic_share,
    has_cyrillic,
    in_cyrillic,
    is_stop,
    prepare,
    russian_reading,
    surface_words,
    word_token,
)
from bot.search.text import tokens as text_tokens
from bot.search.words import STOP_EN, STOP_TRANSLIT

ENUMERATION_LEAD = 0.08  # a statement whose items are counted must lead the next hit by this much
# A list shows and cites at most this many entries on its first page.
MAX_LISTED = 40
TITLE_NAMED_COVER = 0.4  # a document asked by kind is also named by its words when this much of its name is given


# Words that ask for what comes next, not merely in the future tense ("will").
_NEXT = re.compile(
    r"\b(?:next|upcoming|forthcoming|future)\b|\b(?:следующ|ближайш|предстоящ|sleduyushch|blizhaysh|predstoyashch)\w*"
)
MAX_QUESTION_CHARS = 1000
# "With which body did the EAG work jointly on ...", "в тесном взаимодействии с каким органом": a
# partner asked of a named entry, which its own statements name.
_PARTNER_ASKED = re.compile(
    r"\b(?:with (?:which|what|whom)|together with|с (?:каким|какой|какими|кем)|s (?:kakim|kakoy|kem))\b"
    # the partner's kind word ("which organisation", "каким органом") says what is asked, no topic
    r"(?:\s+(?:CIS\s+|СНГ\s+)?(\w+))?"
)
_JOINTLY = re.compile(
    r"\b(?:joint\w*|together|interact\w*|cooperat\w*|collaborat\w*|partner\w*|work\w*"
    r"|совместн\w*|вместе|взаимодейств\w*|сотруднича\w*|работа\w*|sovmestn\w*|vzaimodeistv\w*|rabota\w*)"
)
# The verbs of adopting a document: they say which documents, not what the documents are about.
_ADOPTION = re.compile(
    r"\b(?:approv|adopt|sign|endors|одобр|утвер[дж]|принят|прин[яи]л|подпис|odobr|utverj|utverzh|prinya|podpis)\w*",
    re.IGNORECASE,
)
# A document asked by its kind, for its name: "the full title of the concept approved at ...", "which
# programme was adopted at ...", "как называется концепция, одобренная в Душанбе".
_DOCUMENT_NAMED = cued(re.compile(
    r"\b(?:(?:full\s+)?(?:title|name)\s+of\s+the|(?:which|what)(?:\s+\w+)?|как(?:ая|ую|ой|ие)|kak(?:aya|uyu|oy|ie)"
    r"|(?:полное\s+)?(?:название|наименование)|как\s+называ\w+)\s+(?:(?:\w+\s+){0,2})?"
    r"(?:concept|programme|program|treaty|protocol|statement|концепци\w*|программ\w*|договор\w*|протокол\w*"
    r"|заявлени\w*|kontseptsi\w*|programm\w*|dogovor\w*)\b",
    re.IGNORECASE,
))
# "..., according to the report on the security secretaries' meeting", "судя по статье о встрече
# спецслужб": what the cited source is about says where the words were read, not what is asked (the
# meeting named there is no look-alike of a meeting elsewhere, its words explain nothing asked).
_CITED_ON = re.compile(
    r"\b(?:according\s+to|judging\s+(?:by|from)|as\s+(?:reported|written|stated|told)\s+in|per|in)\s+(?:the|that|this|an?)\s+"
    r"(?:\w+\s+)?(?:report|article|story|piece|news\s+item|account|write-?up|coverage|press\s+release|publication)s?"
    r"\s+(?:on|about|covering|describing)\s+[^,?!;]+"
    r"|\b(?:судя\s+по|согласно|по\s+данным|по\s+словам|если\s+верить|в|во)\s+(?:\w+\s+)?(?:стать[еяи]\w*|сообщени\w+|отч[её]т\w*"
    r"|материал\w+|публикаци\w+|новост\w+|заметк\w+|репортаж\w*|доклад\w+|пресс-релиз\w*)\s+(?:о|об|обо|про)\s+[^,?!;]+"
    r"|\b(?:sudya\s+po|soglasno|po\s+dannym|po\s+slovam|v)\s+(?:stat'?(?:e|ye|i)|soobshcheni\w+|otchet\w*|material\w+|publikaci\w+"
    r"|novost\w+)\s+(?:o|ob|pro)\s+[^,?!;]+",
    re.IGNORECASE,
)
# "Drones and terrorism - anything in your materials?", "беспилотники — есть что-нибудь?": a tail
# that asks whether the sources hold anything on the words before it; those words are the question.
_ANYTHING_TAIL = re.compile(
    r"\s*[-–—,:]\s*(?:(?:is|are)\s+there\s+)?(?:anything|something)(?:\s+(?:on|about)\s+(?:it|that|this|them))?"
    r"(?:\s+(?:in|from)\s+(?:your|the|our)\s+(?:materials|sources|documents|records|knowledge\s+base|data))?\s*[?!.]*\s*$"
    r"|\s*[-–—,:]\s*(?:(?:есть|найд[её]тся)\s+)?что[- ]?(?:нибудь|то)(?:\s+(?:есть|найд[её]тся))?"
    r"(?:\s+(?:об\s+этом|на\s+эту\s+тему))?(?:\s+в\s+(?:ваших\s+|твоих\s+)?(?:материалах|источниках))?\s*[?!.]*\s*$"
    r"|\s*[-–—,:]\s*(?:est\s+)?chto[- ]?(?:nibud|to)(?:\s+est)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# Months named by an adjective ("июньское совещание", "avgustovskoe zasedanie"), read as the month.
_MONTH_NOUNS = {
    "январ": "январь", "феврал": "февраль", "март": "март", "апрел": "апрель", "ма": "май", "июн": "июнь",
    "июл": "июль", "август": "август", "сентябр": "сентябрь", "октябр": "октябрь", "ноябр": "ноябрь",
    "декабр": "декабрь", "yanvar": "январь", "fevral": "февраль", "mart": "март", "aprel": "апрель", "ma": "май",
    "iyun": "июнь", "iun": "июнь", "iyul": "июль", "iul": "июль", "avgust": "август", "sentyabr": "сентябрь",
    "oktyabr": "октябрь", "noyabr": "ноябрь", "dekabr": "декабрь",
}  # fmt: skip
_MONTH_ADJECTIVE_GATE = re.compile(r"(?:ьск|[тй]ск|овск|rsk|lsk|nsk|ysk|isk|ovsk)", re.IGNORECASE)
# Looked up before the searches they gate: the words they cannot match without (bot.answers.cues).
_MONTH_ADJECTIVE_CUE, _ANYTHING_TAIL_CUE = literal_cue([_MONTH_ADJECTIVE_GATE]), literal_cue([_ANYTHING_TAIL])


def _count_written_out(found: re.Match[str]) -> str:
    word = found.group(0).lower()
    return "количество" if word.startswith("к") else "kolichestvo" if word.startswith("k") else "number "


def _month_noun(found: re.Match[str]) -> str:
    stem = next(group for group in found.groups() if group)
    return _MONTH_NOUNS[stem.lower()]


# Informal shortenings of words the knowledge base writes out.
_INFORMAL_WORDS = {
    "intl": "international", "int'l": "international", "orgs": "organisations", "org": "organisation",
    "mtg": "meeting", "mtgs": "meetings", "govt": "government", "govts": "governments", "ppl": "people",
}  # fmt: skip
_INFORMAL = cued(re.compile(r"\b(?:intl|int'l|orgs?|mtgs?|govts?|ppl)\b", re.IGNORECASE))
# "# of intl orgs", "no. of states", "кол-во государств": a count asked in shorthand.
_COUNT_SHORTHAND = cued(re.compile(r"(?<![\w#])#\s*(?=of\b)|\bno\.\s*(?=of\b)|\bкол-?во\b|\bkol-?vo\b", re.IGNORECASE))
# "что там Клемез говорил про …", "chto tam …": after "what", "there" with a whole question after it
# is a spoken filler, no place pointed back to ("что там обсуждали?" keeps it: a follow-up).
_FILLER_THERE = cued(re.compile(r"^(\W*(?:что|chto|шо)\s+)(?:там|tam)\s+(?=\S+\s+\S+\s+\S+)", re.IGNORECASE))
# "at that june thing", "the Moscow get-together", "на той июньской тусовке": a vague word for an
# event after the word that says which one is the meeting it says.
_VAGUE_EVENT = re.compile(
    r"\b((?:that|the|this|those)\s+(?:[\w-]+\s+){1,2}?)(?:thing|do|gathering|get-together|affair)s?\b"
    r"|\b((?:та|той|ту|тот|том|эта|этой|эту|этом)\s+[\w-]+\s+)(?:штук|тусовк|сходк|движух)\w*",
    re.IGNORECASE,
)

# "ЕАГ — это что за структура?", "что за структура ЕАГ?": a definition asked with a kind noun, which
# names no fact ("рабочие структуры 13 органов" would win the search). Only at the end of the question
# or before a name in capitals alone: "что за орган принял решение" asks who decided.
_WHAT_KIND = re.compile(
    r"\b(?:что|chto)\s+(?:за|za)\s+(?:структура|организация|орган|ведомство|учреждение|struktura|organizaciya|organ)"
    r"(?=\s*[?!.]*$|\s+(?-i:[A-ZА-ЯЁ]{2,})[\w-]*\s*[?!.]*$)",
    re.IGNORECASE,
)


# The words of the CIS's own name, in any form: what a person said "about the Commonwealth".
_CIS_NAME_WORDS = "CIS СНГ Commonwealth Содружество Содружества Содружестве independent states независимых государств"

# Words of the domain that do not narrow a list ("CIS", "security sphere", "held").
# Verbs a source reports by ("что сообщила статья", "what does the report say")
_REPORTING_WORDS = (
    "report reports reported say says said write writes wrote tell tells told "
    "сообщает сообщила сообщил сообщили пишет писала написала говорится рассказывает рассказала "
    "soobshaet soobshila pishet govoritsya"
)


_KIND_LABEL = re.compile(r"\b(?:the )?(?:document|документ|dokument)\s*:\s*(?=\S)", re.I)
_KIND_COLON = re.compile(
    r"\b(programmes?|programs?|concept|statement|программ[аы]|концепци[яи]|заявлени[ея]|programm[aiy]|koncepci[yi]a|zayavlenie)\s*:\s*(?=\S)",
    re.I,
)

# Words that only say a meeting's outcomes are asked ("what did the summit decide", "какие решения
# принял саммит"): no topic for one of its statements to explain ("These decisions confirm the
# openness ..." is a comment on them, not one of them).
_OUTCOME_FRAME_WORDS = (
    "decide decides decided decision decisions outcome outcomes result results resolve resolved take taken took "
    "решение решения решений решили решил решено принял приняли принято итог итоги итогам результат результаты "
    "постановили reshenie resheniya reshenii reshili reshil prinyal prinyali prinyato itogi rezultaty "
    # who decided, when that is the meeting's own members ("what did the CIS leaders decide")
    "leader leaders лидер лидеры lidery"
)
_GENERIC_WORDS = (
    "CIS СНГ Commonwealth Содружество independent независимых security безопасности sphere сфере field "
    "area cooperation сотрудничества member states государств участников held проведены проводились прошли took place "
    # Words of happening: "что проходило в Таджикистане" asks for the meetings held there.
    "проходило проходили проходила проходил происходило происходили happened happen happening "
    "run действуют действовали valid year году год года god goda godu v knowledge base database база знаний "
    "базе данных"
    # Where the answer comes from is not what it is about ("meetings in Moscow according to the sources").
    " according sources источники источниках источникам istochnikah istochnikam"
    " materials материалах материалы материалам materialah materialy"
    # "по вашим данным", "in your data": whose records are asked is no subject.
    " данным данных данные dannym dannyh вашим ваших вашей твоим твоих твоей vashim vashih tvoim tvoih"
    " упоминаются упоминается упомянуты упоминались appear appears"
    # Every programme of the sources is interstate: the word does not narrow a list of them.
    " interstate межгосударственные межгосударственных mezhgosudarstvennye"
    # A group called by a figure of speech: "the CIS security family — sectoral councils I mean".
    " family семья семейство semya"
    # Words of speaking: what someone "said about" something is found by the something.
    " say said says tell told mention mentioned noted speak spoke talk talked remark remarked"
    " сказал сказала заявил заявила отметил отметила назвал назвала говорил говорила подчеркнул рассказал упомянул"
    " skazal zayavil otmetil nazval govoril"
    " сказано говорится говорилось отмечал отмечали отмечалось доложил доложила reported словам slovam"
    " слова slova words quote quotes quoted цитата цитаты цитату tsitata citata citaty citatu"
    " cite процитируй процитируйте процитировать процитирую цитируй procitiruy procitirui protsitiruy"
    " прозвучали прозвучало прозвучал прозвучала звучали prozvuchali prozvuchalo heard"
    # Who was told is not what about ("what did Klemez tell the media"); not "press": a press
    # office is a source asked for.
    " media journalists reporters сми журналистам"
    # Question words that are no stop words: "whose" asks, it says nothing of the subject.
    " whose чей чья чьё чьи"
    # Words that attribute: "according to the Executive Committee" names a source, not the subject.
    " according согласно"
    # Words that describe rather than name: "the new programmes" are the programmes.
    " new новый новая новое новые новых novye"
    # Words of receiving: "какой статус получила ШОС" asks for the status the sources say was granted.
    " получила получил получили получило received got obtained poluchila poluchil poluchili"
    # Words of occupation: "чем занимается Клемез" asks what his record says, as "кто такой" does;
    # which body deals with a field is read by the topic answerer before any of this.
    " занимается занимался занималась занимаются zanimaetsya zanimaetsa zanimalsya zanimayutsya"
)
# Month names: in "what did Klemez tell the media in August 2025" they say when, not what about
# (a month the record does not hold is caught by ``unrecorded_month``).
_MONTH_WORDS = (
    "january february march april may june july august september october november december"
    " январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
    " января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    " yanvare fevrale marte aprele mae iyune iyule avguste sentyabre oktyabre noyabre dekabre"
)
# Verbs of judging and commenting: what a person named "assessed" or "commented on" is what they
# said about it (elsewhere "assessed against which standards" asks for the source's assessments).
_ASSESS_WORDS = (
    "assess assessed evaluate evaluated praise praised comment commented оценил оценила оценивал оценили"
    " высказался высказывался ocenil otsenil"
)
# Words of taking part or hosting: "which meetings did Azerbaijan take part in / Russia host", "на
# скольких заседаниях были представители Туркменистана"; who and how, not what the list is about.
_TAKING_PART_WORDS = (
    " participate participated participation part attend attended go went come came represented representatives"
    " delegation delegations host hosted hosts"
    " участие участвовал участвовала участвовали принимал принимала принимали представители представлен"
    " представлена представлены делегации делегация присутствовал присутствовали"
    " uchastie uchastvoval prinimal predstaviteli delegatsii"
)
# Words of a question's frame that name nothing the sources could hold: how the asker came to ask
# ("I keep reading in the news", "the belta piece"), coming and sending ("skolko prishlo",
# "prislali svoi struktury"), quantity and emphasis ("a bunch of", "exactly", "every
# year"), the month a "when" asks for. Left unexplained by the one entry that explains every other
# word, they are no reason to ask back (``_sole_explainer``).
# Membership of the CIS asked of its states ("how many countries are CIS members").
_MEMBERS_ASKED = re.compile(r"\bmembers?\b|\bmember[- ]states?\b|\bчлен\w*|\bучастник\w*|\bвход\w*|\bchlen\w*|\bv(?:k)?hod\w*")
_NO_MEMBER_TOTAL = (
    "The sources give no total of the CIS member states; these are the member states they name.",
    "Общего числа государств – участников СНГ источники не приводят; это государства-участники, которых они называют.",
)
_FRAME_WORDS = (
    "keep keeps kept reading read news piece article story bunch lot lots every each exactly"
    " besides basic question sorry going gonna arrived came come turned showed sent send month"
    " пришло пришли пришел пришёл приехали прибыли съехались собрались прислали прислал направили"
    " свои свой своих своим каждый каждая каждое каждые каждом насчёт насчет решили месяц месяце месяца"
    " prishlo prishli priehali priekhali pribyli sehalis sobralis prislali napravili svoi svoih svoikh"
    " kazhdyi kazhdiy kazhdyj kazhdoe kazhdom naschet naschyot reshili kakoj kakaja kakuju kakije"
    " mesyac mesyace mesyatse mesiatse mesiac"
    # Requests to name or list: how the answer is wanted, not what about.
    " назови назовите перечисли перечислите nazovi nazovite perechisli perechislite"
    # Words of belonging to a group: "which bodies are among the specialised ones".
    " относятся относится otnosyatsya otnositsya"
    # The occasion of a speech is where it was made: "где и по какому поводу выступал Клемез".
    " поводу повод povodu povod occasion"
)
# Russian question and year words typed in Latin letters that are no stop words.
_LATIN_WORD = re.compile(r"[a-z]+")
# Four words or more, every letter a capital: shouting, not a row of abbreviations.
_SHOUTED = re.compile(r"^[^a-zа-яё]*(?:[A-ZА-ЯЁ]{2,}[^a-zа-яё]+){3,}[A-ZА-ЯЁ]{2,}[^a-zа-яё]*$")
# Kinds of question a Latin-typed Russian question may be read as for want of its Cyrillic words:
# none found, or "kto byl ..." read as who attended when "kto byl predsedatelem" asks who chaired.
_LATIN_READ_AGAIN = frozenset({"card", "participants"})
# How deep the engine is in questions it asks itself (only the user's own question is read again
# in Cyrillic, Engine.answer).
_ANSWER_DEPTH: contextvars.ContextVar[int] = contextvars.ContextVar("answer_depth", default=0)
_TRANSLIT_MARKS = frozenset(
    {"skolko", "skol'ko", "goda", "godu", "god", "perechisli", "nazovi", "rasskazhi", "podrobnee"}
    # the words that name the value asked, in Latin letters ("trefilov dolzhnost")
    | {"dolzhnost", "dolzhnost'", "dolzhnosti", "srok", "sroki", "gorod", "mesto", "povestka", "itogi", "kem"}
)
# Words that say which of a list (its category, a plan to sign) or whose word it is ("по словам")
# rather than what it is about; they do not count against a list, but still pick statements elsewhere.
_LIST_STATUS_WORDS = (
    " sectoral specialised specialized signature signing подписание подписания подписать подписи"
    " планировалось планируется планировали словам slovam"
    # "сколько заседаний провели органы в 2024 году": holding them is what a meeting list counts
    " провели проведено проводили proveli provedeno"
)
# Words of belonging to a group ("which councils are among the 16 sectoral bodies"): they say the
# list is a part of the group, not what it is about.
# Words of order: a list is already chronological ("in chronological order", "по порядку"), and
# "the last two" picks from its end.
_ORDER_WORDS = (
    " chronological chronologically order ordered sequence sorted date dates first last latest earliest"
    " two three four five хронологическом хронологии хронологически порядку порядке порядок очереди"
    " первые первых последние последних два две двух три трех четыре пять poryadku poslednie pervye"
)
# "the last two meetings", "первые три заседания", "the 3 most recent": how many from which end.
_FIRST_OR_LAST = re.compile(
    r"\b(?:(?P<first>first|earliest|перв\w+|pervy\w*)|(?P<last>last|latest|most recent|последн\w+|poslednie|poslednih))\s+"
    r"(?P<count>#\d+|two|three|four|five|два|две|двух|три|трех|четыре|пять|dva|dve|tri)\b"
    r"|(?:^|\s)(?P<count_before>#\d+|two|three|four|five)\s+(?:(?P<first_after>first|earliest)|(?P<last_after>last|latest|most recent))\b"
)
# A kind word that names one kind of meeting narrows the list to it ("which summits", "какие учения").
_MEETING_KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("summit", re.compile(r"^(?:summits?|саммит\w*|sammit\w*)$")),
    ("exercise", re.compile(r"^(?:exercises?|учени[яейи]\w*|ucheni\w*)$")),
    ("conference", re.compile(r"^(?:conferences?|конференци\w*|konferentsi\w*)$")),
]
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
                  "четыре": 4, "пять": 5, "dva": 2, "dve": 2, "tri": 3}
# "in the security sphere", "в сфере безопасности": where every category of the sources lies.
_SPHERE = frozenset(text_tokens("sphere field area сфере области sfere oblasti"))
_SECURITY = frozenset(text_tokens("security безопасности bezopasnosti"))
_AMONG_WORDS = (
    " among include includes included входят входит входящих среди числе vhodyat sredi"
    # "officials who are mentioned by name": naming them is what a list does.
    " которые которых kotorye имени imeni"
    # "how many of them are called councils", "в списке отчёта": naming and the list that names them
    " called named называются называется именуются nazyvayutsya nazyvaetsya list списке spiske report отчете"
    # "how many meetings are recorded in total", "сколько всего заседаний известно": the whole record
    " total recorded всего итого известно записано vsego"
)
# A number in a list question about bodies is the group's stated size ("the 16 sectoral bodies").
_NUMBER_TOKEN = re.compile(r"^#\d+$")
# Lists of these kinds can be narrowed by words of their entries' names ("interstate councils").
_NAMED_BY_WORDS = frozenset({"body", "organisation"})
# The sources' own words for the group a part is counted among ("среди 16 органов отраслевого
# сотрудничества в сфере безопасности"): they say which group, not which names.
_GROUP_NOUNS = {
    "body": "bodies body органы органов орган organy organov",
    "organisation": "organisations organizations организации организаций organizatsiy",
}
_SPHERE_PHRASE = re.compile(
    r"\b(?:в|in)\s+(?:the\s+)?(?:сфере|области|sphere|field|sfere|oblasti)\s+(?:of\s+)?(?:безопасности|security|bezopasnosti)\b"
    r"|\bsecurity\s+(?:sphere|field)\b"
)
_SPHERE_WORDS = " sphere field security сфере области безопасности sfere oblasti bezopasnosti"
_YEAR_WORDS = "year году года год godu goda god"
# Being among a group's parts ("which councils are part of the CIS", "какие органы входят в состав
# СНГ", "какие советы есть"): the verb names no body. Not stop words, as the holding words below.
_MEMBER_WORDS = " member members члены членами участники участниками chleny uchastniki"
_MEMBERSHIP_WORDS = (
    " part parts belong belongs exist exists existing входят входит входящих составе состав относятся"
    " имеются существуют действуют есть vkhodyat sostav sostave otnosyatsya"
)
# The kind words of bodies' names, by their tokens, and the label a list of bodies so named is
# given ("list the councils" -> "Councils: 20"; wording in bot.present).
_BODY_KIND_LABELS = {
    token: label
    for label, words in (
        ("councils", "council councils совет советы sovet"),
        ("committees", "committee committees комитет комитеты komitet"),
        ("commissions", "commission commissions комиссия комиссии komissiya"),
        ("centres", "centre centres center centers центр центры tsentr"),
        ("conferences", "conference conferences конференция конференции"),
        ("bureaus", "bureau bureaus бюро"),
        ("departments", "department departments департамент департаменты"),
    )
    for token in text_tokens(words)
}
# Holding a meeting ("сколько заседаний провели"): the verb names no meeting. Not stop words: their
# stems must stay in the index, or other forms of the verb would be "corrected" to unrelated words.
_HOLDING_WORDS = (
    " held hold holding провели провёл провела проведено проведены проводились проводилось проводили проводит проводят"
    " состоялось состоялись proveli provedeno provodilis"
    # what is still to come: "где пройдёт следующая встреча", "когда состоится"
    " пройдет пройдёт пройдут состоится состоятся projdet proydet sostoitsya"
)
# A speaking verb: a person it names attributes a list ("documents Klemez said were planned").
_SAYS = re.compile(
    r"\bsaid\b|\bsays?\b|\baccording to\b|\bmention(?:ed)?\b|\bсказал\w*|\bзаявил\w*|\bпо словам\b|\bупомянул\w*"
    r"|\bskazal\w*|\bzayavil\w*|\bpo slovam\b"
    # Naming and listing are saying too ("which documents did Trefilov name / list", "какие договоры
    # упоминал Клемез", "какие документы он перечислил"): the documents of the record of his words.
    r"|\b(?:named?|names|list(?:ed|s)?|cited?|cites|mentions|referred to)\b|\bупомина\w*|\bназва\w*|\bназыва\w*"
    r"|\bперечисл\w*|\bговорил\w*|\bрассказ\w*|\bupomina\w*|\bupomyan\w*|\bnazva\w*|\bnazyva\w*|\bperechisl\w*"
    r"|\bgovoril\w*|\brasskaz\w*"
)
# Each headline figure added into such a total must match the question at least this well.
STATED_PART_AT = 0.35
# A state named after one of these is where meetings were held ("в России", "in Kazakhstan");
# otherwise it is who took part ("на каких мероприятиях был Кыргызстан", "meetings Russia went to").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "within", "в", "во", "v", "vo"})
# Verbs of hosting: "which meetings did Russia host / hold / organise".
_HOSTED = re.compile(
    r"\bhost\w*|\bhold\b|\bheld by\b|\borgani[sz]\w*|\bterritor\w*|\bпровел\w*|\bпровод(?:ил|ит)\w*|\bорганизова\w*"
    r"|\bтерритори\w*|\bprovel\w*|\bprovodil\w*"
    # "какие встречи принимала Россия": to receive a meeting is to host it ("принимала участие" is
    # taking part)
    r"|\bпринима(?:л|ла|ло|ли|ет|ют)\b(?!\s+участи)|\bпринимающ\w*|\bprinima(?:l|la|li|et)\b(?!\s+uchasti)"
)
_WORD = re.compile(r"\w+")
# Verbs of holding a meeting of one's own: "which meetings did the council hold", "какие заседания
# провёл / проводил совет".
_HELD_BY = re.compile(
    r"\b(?:hold|held|holds|convene[ds]?|organi[sz]e[ds]?)\b|\bпров[её]л\w*|\bпроводил\w*|\bорганизова\w*"
    r"|\bprov[eo]l\w*|\bprovodil\w*"
)
# Words that leave out the place named right after them: "outside Moscow", "кроме Москвы", "не в Москве".
_EXCLUDING_PREPOSITIONS = frozenset(
    {"outside", "except", "excluding", "besides", "beyond", "кроме", "помимо", "вне", "пределами", "krome", "vne"}
)
# "не в Москве", "not in Russia": a preposition of place after a negation leaves the place out too.
_IN_PREPOSITIONS = frozenset({"в", "во", "in", "v"})
_NEGATIONS = frozenset({"не", "not", "ne"})
# "In the year of the St Petersburg meeting", "в год петербургского заседания СМВД": the year of the
# one meeting named, written in as the year itself before the question is read.
_YEAR_OF = re.compile(
    r"(?<!раз )(?<!raz )(?<!times )(?<!once )"
    r"\b(?:in\s+the\s+year\s+of|в\s+год(?:у)?|v\s+god(?:u)?)\s+"
    r"(?P<clause>(?:the\s+)?[^?!.,;]{3,80}?)(?=\s*(?:[?!.,;]|$))",
    re.I,
)
# The clause must name a meeting by its noun ("заседания", "the summit"), not a verb ("встречается").
_MEETING_NOUN = re.compile(
    r"\b(?:meeting|summit|session|заседани[яеюй]\w*|совещани[яеюй]\w*|встреч[иаеу]\b|встречей|саммит\w*"
    r"|zasedani\w*|soveshchani\w*|vstrech[iaeu]\b|sammit\w*)",
    re.I,
)
# "The year before last" names a year as "last year" does, but no answerer reads it: it is written as
# the year itself before the question is read.
_BEFORE_LAST = re.compile(
    r"\b(?:in\s+)?the\s+year\s+before\s+last\b|\b(?:(?:в|v)\s+)?(?:позапрошл|pozaproshl)\w*\s+(?:год|god)\w*",
    re.I,
)


def _read_again(verdict: Verdict) -> bool:
    """Whether an answered verdict on Latin-typed Russian is worth reading again in Cyrillic: an
    ask-back, or no record of a "name" that is the question's own Latin words ("sovet SNG
    obedinjaet voennyx"). No record for a reason the question states (a year, a place) stands."""
    if verdict.kind == "clarify":
        return True
    if verdict.kind != "not_recorded" or not isinstance(verdict.value, dict):
        return False
    name = verdict.value.get("name")
    return isinstance(name, str) and len(name.split()) >= 2 and name.isascii()


def _year_before_last(question: str, today: date) -> str:
    """The question with "the year before last" written as that year (see ``_BEFORE_LAST``)."""
    if "before last" not in question and "озапрошл" not in question.lower() and "ozaproshl" not in question.lower():
        return question
    year = today.year - 2

    def written(found: re.Match[str]) -> str:
        said = found.group(0).lower()
        if has_cyrillic(said):
            return f"в {year} году"
        return f"v {year} godu" if "god" in said else f"in {year}"

    return _BEFORE_LAST.sub(written, question)


_SESSIONS = re.compile(r"\bsessions?\b|\bсесси\w*|\bсекци\w*")


@dataclass
class Parsed:
    """A question after layout repair, intent detection and search."""

    text: str
    lang: str
    intent: Intent
    query: AnalysedQuery
    hits: list[Hit]
    # The question as typed, its keyboard layout undone but no word repaired: spelling repair may
    # take a verb for a typo ("вышел" → "вышил"), and a question typed on the wrong layout is no
    # text to read as typed.
    typed: str = ""


# First letters of a question that may open with a source frame (claims.as_claim): the cheap gate.
_FRAME_FIRST = frozenset("вvдгсуоdн")

class Engine:
    """Answers questions from one knowledge base. Immutable: reload by building a new Engine."""

    def __init__(self, kb: KnowledgeBase, index: SearchIndex | None = None, previous: Engine | None = None):
        """``previous``: the engine this one replaces on a reload; what its index analysed
        is reused instead of analysed again."""
        self.kb = kb
        self.index: SearchIndex = index or build_index(kb, previous.index if previous is not None else None)
        self._generic = set(text_tokens(_GENERIC_WORDS))
        # The query folds "CIS" / "СНГ" into their synonym group ("~cis"): as generic as its words
        # when all a question asks is what someone said "about the CIS".
        self._generic_groups = set(self.index.fold_synonyms(sorted(self._generic))) - self._generic
        self._cis_words = self._generic_groups | set(text_tokens(_CIS_NAME_WORDS))
        self._month_words = set(text_tokens(_MONTH_WORDS))
        self._outcome_words = set(text_tokens(_OUTCOME_FRAME_WORDS))
        self._reporting_words = set(text_tokens(_REPORTING_WORDS))
        self._frame_words = set(text_tokens(_FRAME_WORDS + _TAKING_PART_WORDS))
        self._assess_words = set(text_tokens(_ASSESS_WORDS))
        # Verbs of holding and belonging the engine reads though no entry holds them ("состоится",
        # "входят"): real words, never "repaired" into another spelling.
        self._frame_vocabulary = frozenset(text_tokens(_HOLDING_WORDS + _MEMBERSHIP_WORDS))
        self._name_cache: dict[str, dict[str, frozenset[str]]] = {}
        self._names_entries_cache: dict[tuple[str, str], bool] = {}
        # Whether a word stands for itself depends on the word and the knowledge base only: the
        # spelling repairs ask it of every longer word of every question.
        self._is_word_cache: dict[str, bool] = {}
        self._last_layout: tuple[str, tuple[str, bool]] | None = None
        # Built with the engine: the first "who is <post>" question must not pay for it.
        self._posts: dict[str, list[tuple[str, frozenset[str], bool, frozenset[str]]]] | None = None
        self._posts = post_holders.build_posts(self)
        self._city_names = _city_names(kb)
        self._name_pairs = clipped.name_pairs(kb)
        self._abbreviations = abbreviations(
            name for entity in kb.entities.values() for terms in (entity.short, entity.aliases) for name in terms.all()
        )
        self._text_stems = text_stems(
            side
            for entity in kb.entities.values()
            for text in (entity.name, entity.description, *statements_of(entity))
            for side in (text.en, text.ru)
        )
        # The Latin abbreviations, the common ones too, that reading Latin-typed Russian in Cyrillic keeps
        # (a name is an abbreviation by itself: those of the short forms and aliases are known already).
        common = abbreviations(name for entity in kb.entities.values() for name in entity.common_usage.all())
        self._latin_abbreviations = frozenset(name for name in self._abbreviations | common if name.isascii())
        # Built with the engine too: the first question with a period must not pay for it.
        periods.index_documents(self)
        # The words the layout repair knows besides the index's (see _layout_words): once per engine.
        self._layout_extra: frozenset[str] | None = None
        # The words a yes/no check leaves aside, read as questions are: the first question that
        # asserts something must not pay for reading them (about 10 ms at 10,000 entries).
        claims.prepare_checks(self)
        # The knowledge base and its index are long-lived and never change: keeping them out of
        # the garbage collector's generations avoids full collections that rescan millions of
        # objects in the middle of a question (hundreds of milliseconds at 10,000 entities).
        # No collection first: the index is built with the collector paused and holds no
        # garbage cycles worth a full pass over millions of objects.
        gc.freeze()

    # --- parsing ------------------------------------------------------------------------------

    def fix_layout(self, text: str) -> tuple[str, bool]:
        """Undo a wrong keyboard layout when the swapped text is clearly more recognisable."""
        # The handler asks has_own_language, then answer, of the same text: the second look is free.
        last = self._last_layout
        if last is not None and last[0] == text:
            return last[1]
        fixed = question_reading.fix_layout(self, text)
        self._last_layout = (text, fixed)
        return fixed


    def language(self, cyrillic: float, prepared: str, query: AnalysedQuery) -> str:
        """The question's language from its share of Cyrillic letters, its prepared text
        (:func:`bot.search.text.prepare`) and what its words matched."""
        if cyrillic >= 0.3:
            return "ru"
        # Russian in Latin letters shows in its little words ("kto", "kakie", "v 2025 godu").
        words = [w for w in (word.strip("?!.,;:") for word in prepared.split()) if len(w) > 1]  # "gde?" is "gde"
        russian = sum(1 for w in words if w in STOP_TRANSLIT or w in _TRANSLIT_MARKS) + query.read_as_russian
        english = sum(1 for w in words if w in STOP_EN)
        if russian > english:
            return "ru"
        if not russian and sum(1 for w in words if w in STOP_EN and w not in STOP_TRANSLIT) >= 2:
            # English little words and no Russian ones: a stem both languages share ("ministries",
            # whose stem is Russian "министр" typed in Latin) or a people's name matching Russian
            # names only ("were the Uzbeks there?") must not outvote them.
            return "en"
        # Russian typed in Latin letters matches tokens that only Russian names have.
        ru = en = 0.0
        for token, weight, matches in zip(query.tokens, query.weights, query.matches, strict=True):
            # A synonym group stands for words of both languages: it says nothing of the language.
            if not matches or token.startswith("~"):
                continue
            bits = 0
            for vocab_token, sim in matches:
                if sim == matches[0][1]:
                    bits |= self.index.token_language(vocab_token)
            if bits == 2:
                ru += weight
            elif bits == 1:
                en += weight
        return "ru" if ru > en * 1.5 and ru > 0 else "en"

    def _is_word(self, word: str) -> bool:
        """Whether a word stands for itself: a stop word, or a word of the knowledge base."""
        known = self._is_word_cache.get(word)
        if known is None:
            if len(self._is_word_cache) > 50_000:
                self._is_word_cache.clear()
            if is_stop(word):
                known = True
            else:
                token = word_token(word)
                known = token is not None and (token in self.index.known or token in self._frame_vocabulary)
            self._is_word_cache[word] = known
        return known

    def has_own_language(self, question: str) -> bool:
        """Whether the question is written in a language: Cyrillic letters (the wrong keyboard layout
        fixed), or a Latin word that is not an abbreviation. An abbreviation in capitals, a number or
        an emoji has none: it is answered in the user's interface language."""
        text, _ = self.fix_layout(clean(question)[:MAX_QUESTION_CHARS])
        if cyrillic_share(text) >= 0.3:
            return True
        for word in re.findall(r"[A-Za-z]+", text):
            lower = word.lower()
            if lower in STOP_EN or lower in STOP_TRANSLIT or (len(word) >= 4 and not word.isupper()):
                return True
        return False

    def parse(self, question: str, lang: str | None = None) -> Parsed:
        text = clean(question)[:MAX_QUESTION_CHARS]
        text, _ = self.fix_layout(text)
        text = restore_capitals(chat_latin(undoubled(text, self._text_stems), self._is_word), self._abbreviations, self._is_word)
        typed = text
        if _SHOUTED.match(text):
            # A message typed in capitals is shouted, its words are no abbreviations ("KTO RESHIL
            # SOZDAT ATC", "XVIII CT MEETING VENUE"): read in lower case, Roman numerals kept.
            text = " ".join(word if is_roman(word.lower()) else word.lower() for word in text.split(" "))
        # The greeting goes before spellings are repaired: "привет" is no misspelt word of the knowledge base.
        text = without_small_talk(without_courtesy(text))
        text = strip_request(fix_spoken_spelling(fix_question_words(text, self._is_word), self._is_word))
        text = clipped.unclipped(text, self._name_pairs, self._is_word)
        text = point_back(first_question(asked_after_lead_in(without_introduction(text, self._is_word))))
        tail = _ANYTHING_TAIL.search(text) if _ANYTHING_TAIL_CUE(text) else None
        if tail is not None and tail.start() > 0:
            text = text[: tail.start()]
        text = without_source_tail(text)  # "who's Rahmon in these docs": the tail is no part of what is asked
        if _WHAT_KIND.search(text):
            text = _WHAT_KIND.sub("что это" if has_cyrillic(text) else "chto eto", text)
        if _INFORMAL.search(text):
            # "intl orgs present at ...": the words written out, for the search and the kind asked.
            text = _INFORMAL.sub(lambda found: _INFORMAL_WORDS[found.group(0).lower()], text)
        text = _COUNT_SHORTHAND.sub(_count_written_out, text)
        text = colloquial.written_out(text)  # "тематические секции", "пленарка": the records' words
        text = slang.written_out(text)  # "police chiefs", "менты", "spy chiefs": the bodies' own words
        text = occasion.as_where(text)  # "which meeting did Trefilov speak at": where he spoke
        text = _FILLER_THERE.sub(r"\1", text)
        if ":" in text and _KIND_LABEL.search(text):
            # "кем принят документ: заявление о транснациональной преступности?": the label before
            # the colon only says what the name after it is; as a search word it finds the fact
            # listing every document and leaves the two to ask back between.
            text = _KIND_LABEL.sub(" ", text)
        if ":" in text and _KIND_COLON.search(text):
            # "кем принята программа: по борьбе с терроризмом?": the kind word is the name's first
            # word; only the colon parts them
            text = _KIND_COLON.sub(r"\1 ", text)
        if _VAGUE_EVENT.search(text):
            text = _VAGUE_EVENT.sub(lambda found: f"{found.group(1)}meeting" if found.group(1) else f"{found.group(2)}встрече", text)
        prepared = prepare(question_part(text))
        intent = detect(prepared)
        aside = aside_clause(prepared) if BESIDES_GATE.search(prepared) else None
        if aside is not None:
            # "What did they take up besides hearing the summit results", "besides the sectoral
            # councils, which specialised bodies": what is set aside says neither what is asked
            # (results) nor of what kind (sectoral); the rest of the question does.
            without = detect(prepared.replace(aside, " "))
            if intent.question not in ("count", "card"):
                intent.question = without.question
            intent.categories = without.categories
        search_text = intent.search_text
        # A kind word is stripped only from a question that asks for a list: in a name ("Совет
        # руководителей органов безопасности") it is part of the name.
        if intent.list_kind and (intent.list_cue or intent.upcoming or intent.years or intent.question == "count"):
            for word in intent.kind_words:
                search_text = re.sub(rf"\b{re.escape(word)}\b", " ", search_text)
        if _MONTH_ADJECTIVE_CUE(search_text) and _MONTH_ADJECTIVE_GATE.search(search_text):
            # "июньское совещание": the month as the index holds a date ("июнь"), not an adjective
            # whose stem ("iunsk") is no month.
            search_text = MONTH_ADJECTIVE.sub(_month_noun, search_text)
        cyrillic = cyrillic_share(text)
        words = text_tokens(search_text)
        if not self._city_names.keys().isdisjoint(words):
            words = [token for word in words for token in self._city_names.get(word, (word,))]
        query = self.index.analyse(words, lambda: surface_words(search_text), cyrillic < 0.5)
        if any(token[:1] == "#" for token in query.tokens):
            question_reading.count_words_light(query, text)
        if aside is not None:
            question_reading.besides_words_light(self, query, aside)
        hits = self.index.search(query, limit=10)
        own_lang = None
        if cyrillic == 0 and intent.question in _LATIN_READ_AGAIN:
            # Russian typed in Latin letters asks with words the wording patterns know in Cyrillic
            # ("kto utverdil", "data?", "kto byl predsedatelem"): read it in Cyrillic to learn what is asked.
            own_lang = self.language(cyrillic, prepared, query)
            if own_lang == "ru":
                asked = detect(_LATIN_WORD.sub(lambda found: in_cyrillic(found.group(0)), prepared)).question
                intent.question = asked if asked != "card" else intent.question
        if not self._month_words.isdisjoint(query.tokens):
            hits = question_reading.with_meeting_named_apart_from_month(self, query, hits)
        hits = question_reading.named_meeting_first(self, query, hits)
        if "~meeting" in query.tokens and hits and not intent.list_kind:
            hits = question_reading.body_meeting_first(self, query, hits)
        return Parsed(text, lang or own_lang or self.language(cyrillic, prepared, query), intent, query, hits, typed)


    # --- answering ----------------------------------------------------------------------------

    def answer(
        self, question: str, lang: str | None = None, today: date | None = None, context: Verdict | None = None
    ) -> Verdict:
        """The verdict on a question. ``context`` is the previous verdict in the same conversation
        (follow-ups take what they leave out from it); ``today`` is the date relative time counts from."""
        depth = _ANSWER_DEPTH.set(_ANSWER_DEPTH.get() + 1)
        # A number written out in words ("на восемнадцатом совещании", "dvadcat pjat zasedanij") is
        # read as in digits ("18-м", "25"), which every rule of numbered meetings and figures reads.
        asked = numbers_in_digits(question)
        outermost = context is None and _ANSWER_DEPTH.get() == 1 and not has_cyrillic(asked)
        # Russian typed in Latin letters ("Kakoe zasedanie bylo posle XVIII soveschanija?", "Kto
        # boretsya s OPG?", "Kakie zasedaniia proshli s iiulia po noiabr?"): written in Cyrillic it
        # meets every rule written for Russian, where its Latin letters meet only the few rules that
        # know Latin-typed Russian words, and may be answered by an English rule they happen to fit.
        # Only the user's own first question (a follow-up is read with what the conversation holds,
        # and a question the engine asks itself on the way is read once).
        latin = chat_latin(clean(asked)[:MAX_QUESTION_CHARS], self._is_word) if outermost else ""
        reading = cyrillic_reading(latin, self._latin_abbreviations) if outermost else None
        try:
            if reading is not None and russian_little_words(latin):
                # Russian by its little words ("kto", "li", "na", "v etom"): the Cyrillic reading
                # first, taken when it answers from a record; else the Latin letters as typed.
                first = self._answer(reading, lang, today, context)
                if first.answered and first.kind not in ("clarify", "not_recorded", "card"):
                    first.question = question
                    return first
                if first.answered and first.kind == "card":
                    # Only an entry's card: a question word the reading missed ("skolka" is no
                    # "сколько") may be one its Latin letters know; their answer of what is asked wins.
                    # A reading made of the entry's name alone has no such word (see named_whole).
                    shown = first.focus[0] if first.focus else (first.matches[0].id if first.matches else None)
                    if shown is not None and named_whole(self, reading, shown):
                        first.question = question
                        return first
                    typed = self._answer(asked, lang, today, context)
                    chosen = typed if typed.answered and typed.kind in ("fact", "count", "list") else first
                    chosen.question = question
                    return chosen
                reading = None
            verdict = self._answer(asked, lang, today, context)
        finally:
            _ANSWER_DEPTH.reset(depth)
        if asked != question and verdict.question == asked:
            verdict.question = question
        if reading is None or (verdict.answered and not _read_again(verdict)):
            return verdict
        # Russian only by its case endings ("V sfere bezopasnosti SNG deistvuiut 20 otraslevykh
        # organov?", but also some English, "Rahmon agenda?"): the Latin letters first, and the
        # Cyrillic reading when they are left unanswered, asked back about or find no record of
        # the question's own Latin words; taken only when it answers from a record.
        again = self._answer(reading, lang, today, context)
        if not again.answered or again.kind in ("clarify", "not_recorded"):
            return verdict
        again.question = question
        return again

    def _answer(
        self, question: str, lang: str | None = None, today: date | None = None, context: Verdict | None = None
    ) -> Verdict:
        if not any(c.isalnum() for c in question):
            use = lang or ("ru" if has_cyrillic(question) else "en")
            return Verdict(question, use, "decline", False, reason="empty", intent="empty")
        outermost = parts.outermost()
        if outermost is not None:
            # The question as the user asked it: perhaps several questions in one.
            try:
                several = parts.answer(self, question, lang, today, context)
                return several if several is not None else self.answer(question, lang, today, context)
            finally:
                parts.done(outermost)
        if context is not None and shorter.asks_shorter(question):
            # "короче", "in short" after an answer: that answer, brief
            brief = shorter.answer(question, context)
            if brief is not None:
                return brief
        asked = question
        if "gjpfghjik" in question.lower() or "иуащку дфые" in question.lower():
            # "позапрошлом" / "before last" typed on the other layout: the year is written in once
            # the layout is undone.
            asked = self.fix_layout(clean(question)[:MAX_QUESTION_CHARS])[0]
        if "год" in asked or "year" in asked or "god" in asked:
            asked = self._year_of_meeting(asked)
        if context is None and whichsource.cue(asked):
            # "Which source says that ...", "в каком источнике упоминается ...": the sources of the
            # answer to what follows are asked, not that answer.
            sourced = whichsource.answer(self, asked, lang, today)
            if sourced is not None:
                return sourced
        if context is None and (speaker := whichsource.who_said(self, asked, lang)) is not None:
            return speaker
        framed = claims.as_claim(asked) if asked[:1].lower() in _FRAME_FIRST else None
        if framed is not None:
            claim, frame = framed
            # "В отчёте говорится, что …?": the claim is what is asked (see claims.as_claim); when it
            # alone gets no yes or no, the framed question is answered, the report it names being a
            # lead ("does the report say 17 meetings took place" finds the report's figure).
            verdict = self.answer(claim, lang, today, context)
            if verdict.answered and verdict.yes is not None:
                verdict.question = question
                named = self._sources_named(frame)
                if verdict.yes and named and not named & set(verdict.sources):
                    # "Does the BelTA article say …" found true in another source: no yes for BelTA.
                    verdict.yes = None
                    verdict.grounds = verdict.grounds if verdict.kind == "yes_no" else "unconfirmed"
                return verdict
        parsed = self.parse(_year_before_last(asked, today or date.today()), lang)
        cited = _CITED_ON.search(parsed.text)
        from_source: Verdict | None = None
        if cited is not None:
            from_source = said_match.said_in_cited(self, parsed, cited, question) if context is None else None
            parsed = self._without_cited_topic(parsed, cited, lang)
        if from_source is not None:
            return from_source
        doer = deed.answer(self, parsed.text, parsed.lang, today) if context is None and deed.CUE.search(parsed.text) else None
        if doer is not None:
            # "Как зовут директора департамента, который рассказал СМИ …": who did it, of that post.
            doer.question = question
            return doer
        paired = terse.pair_question(self, parsed) if context is None and len(parsed.text) < 60 else None
        if paired is not None:
            # "Трефилов ШОС": what the person said of the other entry, when the sources hold it.
            said = self.answer(paired, parsed.lang, today)
            if said.answered and said.kind in ("quote", "fact"):
                said.question = question
                return said
        matches = [Match(h.entity, self.kb.kind(h.entity), h.score) for h in parsed.hits[:5]]
        base = Verdict(question, parsed.lang, "decline", False, matches=matches, intent=parsed.intent.question)
        today = today or date.today()
        if context is not None and context.kind == "clarify":
            # After "did you mean": "yes", "the second one" choose; any other turn goes on from the
            # answer before the clarification.
            chosen = followup.reply_to_offer(self, parsed, context, today)
            if chosen is not None:
                return chosen
            context = context.context
        if question_form.asks_opinion(parsed.text):
            # "What do you think of the SCO": the sources hold facts and words said, not the bot's views.
            base.reason = "out_of_scope"
            return base
        partner = self._partner_named(parsed, replace(base)) if context is None else None
        if partner is not None:
            return partner
        regional = regions.answer(self, parsed, base) or capacity.answer(self, parsed, base)
        if regional is not None:
            return regional
        unknown_body = (
            (
                delegates.delegation_asked(self, parsed, base, today or date.today())
                or statuses.status_lookalike(self, parsed, base)
                or unknown_names.body_lookalike(self, parsed, base)
                or met_elsewhere(self, parsed, base)
                or lookalike.day_lookalike(self, parsed, base)
                or holder_claim.answer(self, parsed, base)
                or posts.post_lookalike(self, parsed, base)
                or posts.unnamed_holder(self, parsed, base)
                or posts.described_person(self, parsed, base)
                or owners.owner_lookalike(self, parsed, base)
                or events.unrecorded_event(self, parsed, base)
                or subjects.subject_lookalike(self, parsed, base)
                or periods.period_lookalike(self, parsed, base)
            )
            if context is None
            else None
        )
        if unknown_body is not None:
            return unknown_body
        # "How many times had they met, if the June one was the XVIII": the number says it.
        numbered = series.answer(self, parsed, base) if context is None else None
        if numbered is not None:
            return numbered
        # "How often does X meet": the words said of it, never a count of its recorded meetings.
        often = frequency.answer(self, parsed, base, today, context) if context is None else None
        if often is not None:
            return often
        if provenance.AGENCY_ASKED.search(parsed.text.lower()):
            agency = provenance.answer(self, parsed, replace(base), today, context)
            if agency is not None:
                return agency
        unsaid = representative.answer(self, parsed, replace(base)) if context is None and representative.CUE(parsed.text.lower()) else None
        if unsaid is not None:
            return unsaid
        undecided = decided.answer(self, parsed, replace(base)) if decided.DECIDED_CUE(parsed.text.lower()) else None
        if undecided is not None:
            return undecided
        status = status_asked.answer(self, parsed, replace(base), today) if status_asked.STATUS_CUE(parsed.text.lower()) else None
        if status is not None:
            return status
        weekday = weekdays.answer(self, parsed, replace(base), today) if weekdays.WEEKDAY_CUE(parsed.text.lower()) else None
        if weekday is not None:
            return weekday
        season = seasons.answer(self, parsed, replace(base), today) if seasons.SEASON_CUE(parsed.text.lower()) else None
        if season is not None:
            return season
        by_field = field_meeting.answer(self, parsed, replace(base), today) if context is None and field_meeting.MEETING_CUE(parsed.text.lower()) else None
        if by_field is not None:
            # "the summer meeting of the police chiefs": the interior ministers', by their field
            return by_field
        ordered = periodorder.answer(self, parsed, replace(base), context) if periodorder.ORDER_CUE(parsed.text.lower()) else None
        if ordered is not None:
            return ordered
        number = ordinal_asked.answer(self, parsed, replace(base)) if ordinal_asked.CUE(parsed.text.lower()) else None
        if number is not None:
            return number
        entry_at = located.answer(self, parsed, replace(base), today) if located.KIND_CUE(parsed.text.lower()) else None
        if entry_at is not None:
            return entry_at
        # "Who mentioned the border programme?", "who mentioned it?" after one: the people whose remarks name it.
        mentioners = mentioned.answer(self, parsed, replace(base), context) if mentioned.WHO_MENTIONED_CUE(parsed.text.lower()) else None
        if mentioners is not None:
            return mentioners
        said_first = said_match.person_said_first(self, parsed, base) if context is None else None
        if said_first is not None:
            return self._figures_held(parsed, said_first, context)
        # "кто утвердил пограничную?": the document approved, before a follow-up on the last person
        approved = adopted_by.answer(self, parsed, replace(base))
        if approved is not None:
            return approved
        # Answerers by kind, most specific first; each returns None when the question is not its kind.
        for answerer in (followup.answer, timeline.answer, yesno.answer, define.answer, provenance.answer):
            special = answerer(self, parsed, base, today, context)
            if special is not None and special.items and special.kind in ("list", "count") and BESIDES_GATE.search(parsed.text.lower()):
                special = question_reading.without_set_aside(self, parsed, special)
            if special is not None and answerer is followup.answer and ("instead_of" in special.filters or special.filters.get("asserts_nothing")):
                # "а антитеррористическая?" after the border programme: the previous question asked
                # again of another entry, checked already as completed; by its own words it asserts nothing.
                return self._figures_held(parsed, special, context)
            if special is not None:
                # "Was it Putin who greeted it?": who the record names in that part, when not him
                confirmed = named_instead.refine(self, parsed.text, claims.confirm(self, parsed, special))
                return self._figures_held(parsed, confirmed, context)
        listed = self._list_verdict(parsed, base, today)
        if listed is not None and listed.items and BESIDES_GATE.search(parsed.text.lower()):
            listed = question_reading.without_set_aside(self, parsed, listed)
        if listed is not None:
            return self._figures_held(parsed, listed, context)
        asked_title = _DOCUMENT_NAMED.search(parsed.text) if parsed.intent.question in ("outcomes", "card") else None
        if asked_title is not None:
            # "the full title of the concept approved at the Dushanbe summit": the documents of that
            # kind recorded at the one meeting named, by name, not everything the meeting decided.
            titled = self._documents_of_meeting(parsed, replace(base))
            if titled is not None:
                # Of several, the ones the question names beyond their kind ("the border security
                # programme approved in Dushanbe").
                named = {h.entity for h in parsed.hits[:5] if h.name_cover >= TITLE_NAMED_COVER and h.score >= GUESS_AT}
                titled.items = [i for i in titled.items if i in named] or titled.items
                if not self._title_asks_more(parsed, asked_title.group(0), titled.items + titled.focus):
                    return titled
        counted = self._enumerated_count(parsed, base) if parsed.intent.question == "count" else None
        if counted is not None:
            return counted
        # A yes/no question the usual answer responds to gets its explicit yes or no.
        return self._figures_held(parsed, claims.confirm(self, parsed, entry_choice.entity_verdict(self, parsed, base)), context)

    def _sources_named(self, frame: str) -> set[str]:
        """The sources whose short citation ("BelTA", "Исполком СНГ") a frame names, whole or by its first word."""
        lowered = frame.lower()
        named = set()
        for source in self.kb.data.sources.values():
            for cite in (source.cite.en, source.cite.ru) if source.cite else ():
                word = re.split(r"[\s,]+", cite.lower())[0]
                if cite.lower() in lowered or (len(word) >= 4 and re.search(rf"(?<!\w){re.escape(word)}", lowered)):
                    named.add(source.id)
        return named


    def _year_of_meeting(self, question: str) -> str:
        """The question with "in the year of <meeting>" written as that meeting's year, when the words
        name one dated meeting ("какую годовщину Победы отмечали в год петербургского заседания");
        as it was otherwise."""
        found = _YEAR_OF.search(question)
        if found is None or not _MEETING_NOUN.search(found.group("clause")):
            return question
        meetings = [m for m, _ in meeting_names.named_meetings(self, self.parse(found.group("clause")))]
        meeting = self.kb.entities[meetings[0]] if len(meetings) == 1 else None
        when = meeting_date(meeting) if isinstance(meeting, Meeting) else None
        if when is None:
            return question
        year = f"в {when.year} году" if has_cyrillic(found.group(0)) else f"in {when.year}"
        return f"{question[: found.start()]}{year}{question[found.end() :]}"

    def _without_cited_topic(self, parsed: Parsed, cited: re.Match[str], lang: str | None) -> Parsed:
        """The question read without what its cited source is about ("according to the report on
        the security secretaries' meeting"), when what is left still names something: that is what
        is asked. As it was when only the cited topic names anything ("according to the article
        on the Moscow meeting, who attended": the meeting is the subject)."""
        # The citation goes whole: "судя по статье" left alone would be words no statement holds.
        start, end = cited.span()
        left = f"{parsed.text[:start].rstrip(' ,;—–-')} {parsed.text[end:].lstrip(' ,;—–-')}".strip()
        alone = self.parse(left, lang or parsed.lang)
        if not alone.hits or alone.hits[0].score < ANSWER_AT or alone.hits[0].name_cover < MIN_NAME_COVER:
            return parsed
        return alone

    def _title_asks_more(self, parsed: Parsed, asked: str, entries: list[str]) -> bool:
        """Whether a document asked by kind is described by a word that neither the documents found
        nor their meeting (nor a place) explains ("which programme on drug trafficking was approved
        in Dushanbe": no such programme; the list of the others would be a wrong answer)."""
        query = parsed.query
        frame = set(text_tokens(asked)) | set(text_tokens(" ".join(_ADOPTION.findall(parsed.text))))
        able = [h for h in parsed.hits if h.entity in entries or self.kb.kind(h.entity) in ("place", "state")]
        for position, token in enumerate(query.tokens):
            if token in self._generic or token[:1] == "#" or query.unknown[position] or said_match.is_speech(token, frame):
                continue
            if max((h.explained.get(position, 0.0) for h in able), default=0.0) < SOLE_EXPLAINED:
                return True
        return False

    def _figures_held(self, parsed: Parsed, verdict: Verdict, context: Verdict | None) -> Verdict:
        """The verdict, or "not recorded" when the question numbers its subject with a figure or dates
        it in a month the record does not hold ("the five specialised bodies", "Peskov in November");
        a follow-up's figures are its context's."""
        if parsed.intent.question == "count" and verdict.kind == "quote" and verdict.answered:
            _mark_no_figure(verdict)
        if verdict.intent == "list:person" and verdict.items:
            # "How many people does the BelTA story quote?": the people of that one source
            day, months = question_form.asked_day(parsed.text), question_form.months_named(parsed.text)
            verdict = source_people.narrow(self, parsed, verdict, day, months)
        if context is not None:
            return verdict
        return undated.undated_asked(self, parsed, unrecorded_month(self, parsed, unrecorded_number(self, parsed, verdict)))

    def _partner_named(self, parsed: Parsed, base: Verdict) -> Verdict | None:
        """ "With which organisation did the ATC work jointly on anti-money laundering systems": the
        statement of the entry named that explains the rest (it names the partner); None unless one
        does. The partner's kind word and the words of working together say what is asked."""
        text = parsed.text.lower()
        if not _PARTNER_ASKED.search(text) or not _JOINTLY.search(text):
            return None
        top = parsed.hits[0] if parsed.hits else None
        if top is None or top.score < GUESS_AT or top.name_cover < PERSON_SAID_COVER:
            return None
        asked = set(text_tokens(" ".join(found.group(0) for found in _JOINTLY.finditer(text))))
        asked |= set(text_tokens(" ".join(found.group(1) or "" for found in _PARTNER_ASKED.finditer(text))))
        asked |= set(text_tokens(" ".join(parsed.intent.kind_words)))
        covered = {i for i, token in enumerate(parsed.query.tokens) if token in asked}
        found = statement_match.statement_verdict(self, parsed, replace(base), [top.entity], any_question=True, covered=covered)
        if found is not None and found.statements:
            return found
        entity = self.kb.entities[top.entity]
        if not isinstance(entity, Body | Organisation):
            return None
        # A body's or organisation's partners are often told in its description ("its Secretariat
        # reported on its joint work with the CIS ATC"): the one sentence that explains the rest.
        query = parsed.query
        rest = [
            i
            for i in range(len(query.tokens))
            if i not in top.name_tokens and i not in covered and query.tokens[i] not in self._generic
        ]
        sentence = statement_match.description_sentence(self, entity, query, rest) if statement_match.asks_more(query, rest) else []
        if not sentence:
            return None
        base.kind, base.answered = "quote", True
        base.focus, base.statements = [top.entity], sentence
        base.sources = [statement.source for statement in sentence if statement.source]
        base.confidence = round(top.score, 3)
        return base


    def _enumerated_count(self, parsed: Parsed, base: Verdict) -> Verdict | None:
        """ "На сколько направлений была нацелена деятельность в 2025 году": the items a statement
        enumerates ("aimed at: a; b; c; d"), counted, when it is what the question clearly names
        and the sources state no figure for it."""
        hits = parsed.hits[:3]
        # The body the question cites ("according to the Executive Committee") may score above it;
        # another statement, document or meeting about as good leaves it unclear which is meant.
        top = next((h for h in hits if isinstance(self.kb.entities[h.entity], Fact)), None)
        if top is None:
            return None
        fact = self.kb.entities[top.entity]
        rivals = [
            h
            for h in parsed.hits[:5]
            if h is not top
            and self.kb.kind(h.entity) in ("fact", "document", "meeting")
            and h.score > top.score - ENUMERATION_LEAD
        ]
        if (
            not isinstance(fact, Fact)
            or fact.number is not None
            or top.score < ANSWER_AT
            or top.name_cover < MIN_NAME_COVER
            or rivals
        ):
            return None
        items = enumerated(fact.value)
        if not items:
            return None
        source = fact.sources[0] if fact.sources else None
        base.kind, base.answered, base.focus = "count", True, [fact.id]
        base.attribute, base.value, base.intent = "enumerated", len(items), "count:enumerated"
        base.statements = [Statement(en, ru, fact.id, source, None) for en, ru in items]
        base.sources = list(fact.sources)
        base.confidence = round(top.score, 3)
        return base


    # --- lists --------------------------------------------------------------------------------

    def _list_verdict(self, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
        intent = parsed.intent
        kind = intent.list_kind
        if kind is None:
            return None
        if not (intent.list_cue or intent.question == "count" or intent.upcoming) and SPEECH.search(parsed.text.lower()):
            # "О чём рассказал Трефилов участникам заседания": what was said, asked of a meeting
            # whose genitive reads like a plural; no list word asks for a list.
            return None
        top = parsed.hits[0] if parsed.hits else None
        if (
            not (intent.list_cue or intent.question == "count" or intent.upcoming)
            and top is not None
            and self.kb.kind(top.entity) == "meeting"
            and top.score >= ANSWER_AT
            and top.name_cover >= 0.8
        ):
            # "Где проходили учения «Содружество-Антитеррор-2025»": one event named in full, its
            # kind word part of the name; no list word asks for a list.
            return None
        if (
            intent.question in ("when", "where")
            and not intent.list_cue
            and top is not None
            and self.kb.kind(top.entity) == "meeting"
            and top.score >= ANSWER_AT
            and (top.name_cover >= 0.8 or (top.name_cover >= 0.6 and not _NEXT.search(parsed.text.lower())))
        ):
            # "Where will the Commonwealth-Antiterror 2025 exercises take place?": the future tense
            # of one event named asks its place, not the meetings still to come ("the next one" does).
            return None
        if kind == "document" and (intent.list_cue or intent.question in ("count", "outcomes")):
            adopted = self._documents_of_meeting(parsed, base)
            if adopted is not None:
                return adopted
        filters = self._filters(parsed)
        if filters is None:
            return None
        # A headline figure from the sources beats our own count ("20 meetings were held in 2025").
        # A figure counts the whole group, not the part its names single out.
        # Nor does a figure of all meetings count the summits or the exercises among them.
        stated_ok = "name_words" not in filters and _meeting_kind(intent) is None
        if stated_ok and intent.question == "count" and len(intent.categories) >= 2:
            # "How many bodies, sectoral and specialised": one headline figure per category, added
            # (the answer shows each part, so "how many of each" is answered too).
            figures = [
                fact
                for hit in parsed.hits[:4]
                if hit.score >= STATED_PART_AT
                and isinstance(fact := self.kb.entities[hit.entity], Fact)
                and fact.number is not None
            ]
            if len(figures) == len(intent.categories):
                return self._stated_sum(base, figures)
        if stated_ok and intent.question == "count" and kind == "body" and not intent.categories:
            # "Сколько органов безопасности в СНГ": the sources count the bodies of the sphere by
            # category (16 sectoral, 3 specialised); their sum, not every body the knowledge base knows.
            figures = list(self.category_figures().values()) if not any(filters.values()) and not intent.years else []
            if len(figures) >= 2:
                return self._stated_sum(base, figures)
        if stated_ok and intent.question == "count":
            yearly = self._yearly_counts(kind) if kind == "meeting" and intent.years and not any(filters.values()) else []
            asked = [fact for fact in yearly if fact.year in intent.years]
            if len(asked) == 1:
                # "сколько заседаний провели органы СНГ в 2025": the sources' figure for that year,
                # however low the year's other facts push it in the search.
                base.kind, base.answered, base.focus = "count", True, [asked[0].id]
                base.attribute, base.value, base.sources = "stated", asked[0].number, list(asked[0].sources)
                base.caveats = caveats_for(asked[0], "count")
                return base
            if len(yearly) == 1 and not asked and len(intent.years) == 1:
                # "… в 2024 году": the sources count only another year; that figure is the nearest
                # record, not a count of zero.
                base.kind, base.answered, base.intent = "not_recorded", True, "not_recorded"
                base.reason = "year"
                base.value = {"year": intent.years[0], "nearest": yearly[0].id, "figure": True}
                base.filters = {"years": list(intent.years)}
                base.alternatives = [yearly[0].id]  # the nearest record, not the answer: no focus
                base.sources = list(yearly[0].sources)
                return base
            for hit in parsed.hits[:3]:
                fact = self.kb.entities[hit.entity]
                # A figure for another year than the one asked is no answer ("в 2024 году": the 2025 figure).
                other_year = bool(intent.years) and isinstance(fact, Fact) and fact.year not in (None, *intent.years)
                # A year's count of meetings is no count of documents or bodies ("сколько документов
                # приняли в прошлом году": not "20 meetings were held").
                other_kind = kind not in (None, "meeting") and isinstance(fact, Fact) and fact in self._yearly_counts("meeting")
                if isinstance(fact, Fact) and fact.number is not None and hit.score >= ANSWER_AT and not other_year and not other_kind:
                    base.kind, base.answered, base.focus = "count", True, [fact.id]
                    base.attribute, base.value, base.sources = "stated", fact.number, list(fact.sources)
                    base.caveats = caveats_for(fact, "count")
                    return base
        if (
            kind == "body"
            and intent.question != "count"
            and not intent.categories
            and not filters["body"]
            and "name_words" not in filters
            and _SPHERE_PHRASE.search(parsed.text.lower())
        ):
            # "какие органы входят в состав СНГ в сфере безопасности": the sources' bodies of that
            # sphere are the sectoral and the specialised ones, not every body they name.
            intent = replace(intent, categories=["sectoral", "specialised"])
        excluded = self._excluded_places(parsed, filters) if kind == "meeting" else []
        attended = kind == "meeting" and (intent.question == "participants" or self._attended(parsed, filters))
        ids = self._select(kind, intent, filters, today, attended)
        if excluded:
            ids = [i for i in ids if getattr(self.kb.entities[i], "place", None) not in excluded]
        ids = self._first_or_last(parsed, self._of_meeting_kind(intent, ids))
        if kind == "document" and ids and _SAYS.search(parsed.text.lower()):
            # "which programmes did Trefilov mention?": the documents of the record of his words, not
            # every document of the knowledge base.
            speakers = [h.entity for h in parsed.hits[:3] if self._says_who(parsed, h)]
            own = set(self.kb.entities[speakers[0]].sources) if len(speakers) == 1 else set()
            ids = [i for i in ids if own & set(self.kb.entities[i].sources)] or ids
        said = said_match.said_instead(self, parsed, base) if not ids else None
        if said is not None:
            return said
        if kind == "meeting" and len(filters["body"]) == 1 and not attended:
            unheld = unheld_meetings(self.kb, parsed.text, base, filters["body"][0], ids)
            if unheld is not None:
                return unheld
            if _HELD_BY.search(parsed.text.lower()):
                # "Какие заседания проводил СМВД?": its own meetings, not those where its working
                # structures only took part (the XVIII counter-terrorism meeting).
                body = filters["body"][0]
                ids = [i for i in ids if getattr(self.kb.entities[i], "body", None) == body] or ids
        base.answered = True
        base.intent = f"list:{kind}"
        base.kind = "count" if intent.question == "count" else "list"
        base.attribute = kind
        base.items = ids
        base.value = len(ids) if base.kind == "count" else None
        base.filters = {key: value for key, value in filters.items() if value}
        if intent.years:
            base.filters["years"] = list(intent.years)
        if intent.until:
            base.filters["until"] = intent.until
        if intent.upcoming:
            base.filters["upcoming"] = today.isoformat()
        if intent.categories:
            base.filters["categories"] = list(intent.categories)
        base.sources = list(dict.fromkeys(s for i in ids[:MAX_LISTED] for s in self.kb.entities[i].sources))
        if kind == "state" and not base.filters and ids and (
            _MEMBERS_ASKED.search(parsed.text.lower()) or not self._cis_words.isdisjoint(parsed.query.tokens)
        ):
            # "How many countries are CIS members?": the states the sources name, not a total they give.
            base.caveats = [Statement(*_NO_MEMBER_TOTAL, "cis")]
        if not ids and intent.upcoming and kind == "meeting":
            silent = no_meetings_ahead(self.kb, base, filters["body"][0]) if len(filters["body"]) == 1 else None
            if silent is not None:
                return silent
            base.reason = "none_upcoming"
            wanted = _meeting_kind(intent)
            dated = [
                m
                for m in self.kb.of_kind("meeting")
                if isinstance(m, Meeting) and m.date and (wanted is None or m.kind == wanted)
            ]
            if dated:
                latest = max(dated, key=lambda m: PartialDate.parse(m.date or "").sort_key())
                base.alternatives = [latest.id]
                base.sources = list(latest.sources)
        elif not ids and intent.years and kind == "meeting":
            # Nothing in the year asked ("в 2026 году"): the latest meeting before it says how far
            # the sources reach.
            start = (min(intent.years), 0, 0)
            earlier = [i for i, key in self.kb.date_key.items() if key < start and self.kb.kind(i) == "meeting"]
            if earlier:
                latest_id = max(earlier, key=lambda i: self.kb.date_key[i])
                base.alternatives = [latest_id]
                base.sources = list(self.kb.entities[latest_id].sources)
            if intent.question == "count":
                # "How many meetings in 2024" (the sources count only 2025's): their figure for
                # another year is what is recorded, given beside the "none".
                figures = [
                    fact
                    for hit in parsed.hits[:3]
                    if isinstance(fact := self.kb.entities[hit.entity], Fact)
                    and fact.number is not None
                    and fact.year is not None
                    and hit.score >= GUESS_AT
                ]
                if figures:
                    base.alternatives = [figures[0].id]
                    base.sources = list(figures[0].sources)
        return base

    def _yearly_counts(self, kind: str) -> list[Fact]:
        """The figures the sources give of ``kind`` in a year ("In 2025, 20 meetings were held"):
        facts with a number and a year whose name holds the kind's word."""
        return [
            fact
            for fact in self.kb.of_kind("fact")
            if isinstance(fact, Fact)
            and fact.number is not None
            and fact.year is not None
            and f"~{kind}" in self.index.fold_synonyms(text_tokens(fact.name.get("en")))
        ]

    def _stated_sum(self, base: Verdict, figures: list[Fact]) -> Verdict:
        """One headline figure per category, added; the answer shows each part."""
        base.kind, base.answered, base.focus = "count", True, [fact.id for fact in figures]
        base.attribute, base.value = "stated_sum", sum(fact.number or 0 for fact in figures)
        base.filters = {"parts": {fact.id: fact.number for fact in figures}}
        base.sources = list(dict.fromkeys(s for fact in figures for s in fact.sources))
        base.intent = "count:stated_sum"
        return base

    def category_figures(self) -> dict[str, Fact]:
        """Headline figures that count one category of bodies and name each of them (the 16
        sectoral bodies, the 3 specialised ones), by category."""
        figures: dict[str, Fact] = {}
        for fact in self.kb.of_kind("fact"):
            if not isinstance(fact, Fact) or not fact.number:
                continue
            bodies = [self.kb.entities[i] for i in fact.related if isinstance(self.kb.entities.get(i), Body)]
            categories = {getattr(body, "category", None) for body in bodies}
            if len(bodies) == fact.number and len(categories) == 1:
                figures[str(categories.pop())] = fact
        return figures

    def _documents_of_meeting(self, parsed: Parsed, base: Verdict) -> Verdict | None:
        """ "Which documents were approved at the Dushanbe summit": the documents recorded as adopted
        at the one meeting the question names (those of one kind are listed by timeline)."""
        meetings = meeting_names.named_meetings(self, parsed)
        if len(meetings) != 1:
            return None
        meeting_id = meetings[0][0]
        ids = list(self.kb.documents_by.get(meeting_id, []))
        text = prepare(parsed.text)
        # "Какие программы и концепции одобрили": every kind the question names.
        asked = {kind for kind, pattern in timeline._DOCUMENT_KINDS if pattern.search(text)}
        if asked:
            ids = [i for i in ids if getattr(self.kb.entities[i], "kind", None) in asked]
        if not ids:
            return None
        base.answered = True
        base.intent = "list:document"
        base.kind = "count" if parsed.intent.question == "count" else "list"
        base.attribute = "document"
        base.items = ids
        base.value = len(ids) if base.kind == "count" else None
        base.focus = [meeting_id]
        base.filters = {"meeting": [meeting_id]}
        base.sources = list(dict.fromkeys(s for i in [meeting_id, *ids] for s in self.kb.entities[i].sources))
        return base

    def _says_who(self, parsed: Parsed, hit: Hit) -> bool:
        """Whether ``hit`` is the person a list is attributed to: named, or named by his post alone
        ("which programmes did the deputy secretary-general mention?": the one person found, first,
        his alias only partly covered)."""
        if self.kb.kind(hit.entity) != "person":
            return False
        if hit.name_cover >= 0.85:
            return True
        people = [h for h in parsed.hits[:5] if self.kb.kind(h.entity) == "person" and h.score >= GUESS_AT]
        return hit is parsed.hits[0] and people == [hit] and hit.name_cover >= 0.5 and hit.score >= ANSWER_AT - 0.1

    def _filters(self, parsed: Parsed) -> dict[str, list[str]] | None:
        """Entities that narrow a list (a place, a state, a body...) or None if the question is
        about something more specific than a list."""
        query, intent = parsed.query, parsed.intent
        filters: dict[str, list[str]] = {
            "place": [],
            "state": [],
            "body": [],
            "organisation": [],
            "person": [],
        }
        covered: set[int] = set()
        chosen: dict[str, set[int]] = {}  # each filter taken and the query positions its name covers
        usable = _FILTERS_FOR.get(intent.list_kind or "", set())
        for hit in parsed.hits:
            kind = self.kb.kind(hit.entity)
            # A filter must be named by the question, not merely resemble it, and must be one
            # that narrows this kind of list ("countries at the St Petersburg meeting" is not a
            # list of states filtered by a city: it is a question about that meeting).
            named = all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in hit.name_tokens)
            if kind in usable and hit.name_cover >= 0.85 and hit.name_tokens and named:
                # "RATS SCO": the SCO's name inside a longer name the question gives is no second filter.
                if any(hit.name_tokens < positions for positions in chosen.values()):
                    continue
                for entity_id, positions in list(chosen.items()):
                    if positions < hit.name_tokens:
                        filters[self.kb.kind(entity_id)].remove(entity_id)
                        del chosen[entity_id]
                filters[kind].append(hit.entity)
                chosen[hit.entity] = set(hit.name_tokens)
                covered |= hit.name_tokens
            elif kind == "person" and self._says_who(parsed, hit) and named and _SAYS.search(parsed.text.lower()):
                # "documents Klemez said were planned": who said it attributes the list, it does not narrow it.
                covered |= hit.name_tokens
        # Only a state's part in meetings makes these words "who and how": elsewhere they may be the subject.
        taking_part = _TAKING_PART_WORDS if intent.list_kind == "meeting" and filters["state"] else ""
        if intent.list_kind == "meeting" and (filters["place"] or filters["state"]):
            # "outside Moscow", "outside Russia" narrows, it asks nothing else
            taking_part += " " + " ".join(_EXCLUDING_PREPOSITIONS)
        category_tokens = set(
            text_tokens(" ".join(intent.categories) + _LIST_STATUS_WORDS + _AMONG_WORDS + _ORDER_WORDS + taking_part)
        ) | {
            "otrasl",
            "specializirovan",
        }
        if {"sectoral", "specialised"} & set(intent.categories):
            # "sectoral cooperation bodies" is the sources' name of the category, not a word of names
            # (and "а специализированных?" after it is asked in its words)
            category_tokens |= set(text_tokens("cooperation сотрудничества sotrudnichestva"))
        if intent.categories and not _SPHERE.isdisjoint(query.tokens) and not _SECURITY.isdisjoint(query.tokens):
            # "sectoral bodies in the security sphere": the sources' categories are of that sphere,
            # its words name no entry ("Sphere of Forensic Expert Activity" is not what is asked)
            category_tokens |= (_SPHERE | _SECURITY) & set(query.tokens)
        elif {"sectoral", "specialised"} & set(intent.categories) and not _SECURITY.isdisjoint(query.tokens):
            # "sectoral bodies in security", "specialised security bodies": every body of the two
            # categories is one of the security sphere, the word narrows none of them by name.
            category_tokens |= _SECURITY & set(query.tokens)
        if intent.categories and intent.list_kind in _GROUP_NOUNS and (intent.list_cue or intent.question == "count"):
            # "among the 16 bodies in the security sphere": the group's own words, its size apart
            category_tokens |= set(text_tokens(_GROUP_NOUNS[intent.list_kind]))
            if _SPHERE_PHRASE.search(parsed.text.lower()):
                category_tokens |= set(text_tokens(_SPHERE_WORDS))
        if intent.list_kind == "meeting" and not filters["body"]:
            # "заседания органов СНГ в сфере безопасности": the bodies as a whole held them all;
            # no body's name is asked.
            category_tokens |= set(text_tokens(_GROUP_NOUNS["body"] + _SPHERE_WORDS + _HOLDING_WORDS))
        if intent.list_kind == "body" and intent.list_cue and not filters["body"] and not intent.categories:
            # "какие органы входят в состав СНГ в сфере безопасности": every body is of the CIS and
            # of that sphere; being part of it narrows none.
            category_tokens |= set(text_tokens(_GROUP_NOUNS["body"] + _SPHERE_WORDS + _MEMBERSHIP_WORDS))
            category_tokens |= self._cis_words
        if intent.list_kind == "state" and not any(filters.values()):
            # "How many states are in the CIS?", "сколько стран входит в СНГ": every state the
            # sources name is a CIS member state, so being in the CIS narrows none of them.
            category_tokens |= self._cis_words | set(text_tokens(_MEMBERSHIP_WORDS + _MEMBER_WORDS))
        if intent.until or any(YEAR_TOKEN.match(token) for token in query.tokens):
            category_tokens |= set(text_tokens(_YEAR_WORDS))  # "в 2025 году": the year's own word
        if (
            intent.list_kind == "meeting"
            and intent.kind_words
            and intent.question in ("when", "where")
            and sum(h.name_query_cover >= 0.9 and self.kb.kind(h.entity) == "meeting" for h in parsed.hits[:4]) >= 2
        ):
            # "when were the meetings in Moscow": the plural kind word asks for the list, it is no
            # name left unexplained ("meetings" is the synonym group "~meeting" once searched), when
            # several meetings answer the question alike; one named ("the Commonwealth-Antiterror
            # exercises") is asked alone.
            kind_tokens = text_tokens(" ".join(intent.kind_words))
            category_tokens |= set(kind_tokens) | set(self.index.fold_synonyms(kind_tokens))
        total = sum(query.weights) or 1.0
        residual = 0.0
        # Only a part of a category asked for as a list or a count ("which coordination councils are
        # among the sectoral bodies"): elsewhere "council" is part of one entry's name.
        by_name = (
            intent.list_kind in _NAMED_BY_WORDS
            and bool(intent.categories)
            and (intent.list_cue or intent.question == "count")
        )
        rest: list[int] = []
        generic_rest: list[int] = []
        numbers = 0.0
        for i, tok in enumerate(query.tokens):
            if i in covered or YEAR_TOKEN.match(tok) or tok in category_tokens:
                continue
            if by_name and _NUMBER_TOKEN.match(tok):
                numbers += query.weights[i]  # the group's size, if its names narrow it; else a residue
                continue
            if by_name and tok in self._generic and self._names_entries(intent.list_kind or "", tok):
                generic_rest.append(i)  # "interstate councils": a generic word that narrows by name
                continue
            # a category word typed short ("specialsed" -> "special") is still the category
            if tok in self._generic or any(
                tok.startswith(c) or (len(tok) > 5 and c.startswith(tok)) for c in category_tokens if len(c) > 5
            ):
                continue
            rest.append(i)
            residual += query.weights[i]
        if by_name and (rest or generic_rest):
            # A generic word names entries only when nothing else in the question does.
            # A synonym group ("~meeting", "~cis") is no word of a name.
            own = [i for i in rest if not query.tokens[i].startswith("~")]
            if rest and not own:
                # Beside a synonym group ("~cis") a generic word names entries only as the word
                # right before the kind word ("межгосударственных советов"), not in a phrase
                # about the group ("in security", "в сфере безопасности").
                qualifiers = self._kind_qualifiers(parsed)
                generic_rest = [i for i in generic_rest if query.tokens[i] in qualifiers]
            if intent.categories and own:
                # "в списке Исполкома ... межгосударственными советами": a word that names no entry
                # of the category asked names the list's keeper, not a part of the list.
                by_category: dict[bool, list[frozenset[str]]] = {True: [], False: []}
                for entity_id, named_by in self._name_words(intent.list_kind or "").items():
                    by_category[getattr(self.kb.entities[entity_id], "category", None) in intent.categories].append(named_by)
                own = [
                    i
                    for i in own
                    if any(query.tokens[i] in named_by for named_by in by_category[True])
                    or not any(query.tokens[i] in named_by for named_by in by_category[False])
                ]
            words = [query.tokens[i] for i in own or generic_rest if not query.tokens[i].startswith("~")]
            if words and all(self._names_entries(intent.list_kind or "", word) for word in words):
                # "Which coordination councils are among the sectoral bodies": the words of their names.
                filters["name_words"] = words
                return filters
        if not by_name and intent.list_kind == "body" and intent.kind_words and (intent.list_cue or intent.question == "count"):
            # "How many interstate councils are there", "какие координационные советы есть": the word
            # right before the kind word narrows by name (not "CIS councils": every name has it),
            # when it is all the question says besides.
            every_body = set(text_tokens(_GROUP_NOUNS["body"]))
            named_kinds = {word.lower(): token for word in intent.kind_words if (token := self._names_body(word)) and token not in every_body}
            kind_names = list(dict.fromkeys(named_kinds.values()))
            words = _WORD.findall(parsed.text.lower().replace("ё", "е"))
            qualifiers = {
                token
                for before, word in pairwise(words)
                if word in named_kinds
                for token in text_tokens(before)
                if token not in self._cis_words and self._names_entries("body", token)
            }
            if qualifiers and kind_names and all(query.tokens[i] in qualifiers for i in rest):
                filters["name_words"] = sorted(qualifiers) + kind_names
                filters["asked_as"] = [_BODY_KIND_LABELS[token] for token in kind_names if token in _BODY_KIND_LABELS]
                return filters
        residual += numbers
        if residual / total > 0.3:
            return None
        if not by_name and intent.list_kind == "body" and intent.list_cue and intent.kind_words:
            # "list the councils", "какие советы есть в СНГ": the kind word is a word of some bodies'
            # names, not every body ("bodies", "органы" are every body).
            every = set(text_tokens(_GROUP_NOUNS["body"]))
            name_tokens = [token for word in intent.kind_words if (token := self._names_body(word)) and token not in every]
            if name_tokens:
                filters["name_words"] = name_tokens
                # The list is labelled as asked ("Councils: 20"), not "Bodies".
                filters["asked_as"] = [_BODY_KIND_LABELS[token] for token in name_tokens if token in _BODY_KIND_LABELS]
        return filters

    def _names_body(self, word: str) -> str | None:
        """The token of a kind word that is a word of some bodies' names ("councils", "sovetov" typed
        in Latin letters), or None."""
        for token in (*text_tokens(word), russian_reading(word.lower())):
            if token and self._names_entries("body", token):
                return token
        return None

    def _kind_qualifiers(self, parsed: Parsed) -> set[str]:
        """The tokens of the words written right before a kind word ("interstate councils")."""
        kinds = {word.lower() for word in parsed.intent.kind_words}
        words = _WORD.findall(parsed.text.lower().replace("ё", "е"))
        return {token for before, word in pairwise(words) if word in kinds for token in text_tokens(before)}

    def _names_entries(self, kind: str, token: str) -> bool:
        """Whether some but not all entries of ``kind`` have ``token`` among the words of their names
        (remembered per kind and word: a list question asks it of few words)."""
        key = (kind, token)
        known = self._names_entries_cache.get(key)
        if known is None:
            if len(self._names_entries_cache) > 100_000:  # words of questions: bounded
                self._names_entries_cache.clear()
            named = self._name_words(kind)
            having = sum(1 for words in named.values() if token in words)
            known = self._names_entries_cache[key] = 0 < having < len(named)
        return known

    def _name_words(self, kind: str) -> dict[str, frozenset[str]]:
        """The words of each entry's names (full, short, aliases) as the index analysed them, per kind."""
        cached = self._name_cache.get(kind)
        if cached is None:
            index = self.index
            cached = {
                entity_id: words
                for entity_id, words in zip(index.entities, index.entity_name_tokens, strict=True)
                if self.kb.kind(entity_id) == kind
            }
            self._name_cache[kind] = cached
        return cached

    def _of_meeting_kind(self, intent: Intent, ids: list[str]) -> list[str]:
        """Meetings of the one kind the question's kind word names (summits, exercises), else all."""
        wanted = _meeting_kind(intent)
        if wanted is None:
            return ids
        return [i for i in ids if getattr(self.kb.entities[i], "kind", None) == wanted]

    def _first_or_last(self, parsed: Parsed, ids: list[str]) -> list[str]:
        """The first or last few of a chronological list ("the last two meetings"); dated entries
        only, since undated ones cannot be placed (the whole list when it asks for no such part)."""
        asked = _FIRST_OR_LAST.search(prepare(parsed.text))
        if asked is None:
            return ids
        word = asked["count"] or asked["count_before"]
        size = int(word[1:]) if word.startswith("#") else _SMALL_NUMBERS[word]
        dated = sorted((i for i in ids if self.kb.date_key.get(i)), key=lambda i: self.kb.date_key[i])
        if size <= 0 or size >= len(dated):
            return dated
        first = bool(asked["first"] or asked["first_after"])
        # Entries dated alike at the cut (both "October 2025") are all kept: neither is earlier.
        edge = self.kb.date_key[dated[size - 1] if first else dated[-size]]
        if first:
            return [i for i in dated if self.kb.date_key[i] <= edge]
        return [i for i in dated if self.kb.date_key[i] >= edge]

    def _attended(self, parsed: Parsed, filters: dict[str, list[str]]) -> bool:
        """Whether the states a list of meetings names took part rather than hosted: no place
        preposition before the state's name and no verb of hosting."""
        if not filters["state"] or _HOSTED.search(parsed.text.lower()):
            return False
        return not self._named_after(parsed, filters["state"], _PLACE_PREPOSITIONS)

    def _named_after(
        self, parsed: Parsed, entity_ids: list[str], before: frozenset[str], negated: bool = False
    ) -> bool:
        """Whether one of the entities' names comes right after one of the words ``before`` (and,
        when ``negated``, that word right after a negation: "не в Москве")."""
        query = parsed.query
        names = {
            query.tokens[i]
            for hit in parsed.hits
            if hit.entity in entity_ids
            for i in hit.name_tokens
            if len(query.tokens[i]) >= 3
        }
        words = _WORD.findall(parsed.text.lower())
        for position, word in enumerate(words[1:], start=1):
            if words[position - 1] not in before:
                continue
            # "not in", "not held in", "не в", "не проходили в"
            if negated and not _NEGATIONS.intersection(words[max(0, position - 3) : position - 1]):
                continue
            for token in text_tokens(word):
                # A stem of the name, however the case ending cut it ("России" -> "rosi", "ros").
                if any(token.startswith(name[:3]) and (token.startswith(name) or name.startswith(token)) for name in names):
                    return True
        return False

    def _excluded_places(self, parsed: Parsed, filters: dict[str, list[str]]) -> list[str]:
        """Places a list of meetings leaves out ("outside Moscow", "кроме Москвы", "не в Москве"),
        taken out of the filters (the rest still narrows the list)."""
        def left_out(entity_id: str) -> bool:
            return self._named_after(parsed, [entity_id], _EXCLUDING_PREPOSITIONS) or self._named_after(
                parsed, [entity_id], _IN_PREPOSITIONS, negated=True
            )

        excluded = [place for place in filters["place"] if left_out(place)]
        filters["place"] = [place for place in filters["place"] if place not in excluded]
        # "не в России", "outside Russia": a state leaves out itself and its cities.
        states = [state for state in filters["state"] if left_out(state)]
        if states:
            filters["state"] = [state for state in filters["state"] if state not in states]
            excluded += states + [
                place.id for place in self.kb.of_kind("place") if isinstance(place, Place) and place.country in states
            ]
        return excluded

    def _select(
        self, kind: str, intent: Intent, filters: dict[str, list[str]], today: date, attended: bool = False
    ) -> list[str]:
        kb = self.kb
        out: list[tuple[Any, int, str]] = []
        # Meetings named by a place, state, body, organisation or person are found through the
        # derived links instead of a scan of every meeting.
        linked = (
            [set(self._meetings_for(key, i, attended)) for key in filters for i in filters[key]]
            if kind == "meeting"
            else []
        )
        allowed = set.intersection(*linked) if linked else None
        if kind == "meeting" and intent.years:
            in_years = set().union(*(kb.meetings_in_year.get(y, ()) for y in intent.years))
            allowed = in_years if allowed is None else allowed & in_years
        candidates = kb.of_kind(kind) if allowed is None else [kb.entities[i] for i in allowed]
        # The links already hold every filter but two: upcoming, and taking part (a state is
        # linked to the meetings it hosted too).
        implied = (
            allowed is not None and not intent.upcoming and not (filters["state"] and attended)
        )
        # Dated entries chronologically, undated ones last in the order the files give them.
        for entity in candidates:
            if not implied and not self._keep(entity, intent, filters, today, attended):
                continue
            out.append((kb.date_key.get(entity.id) or (9999, 0, 0), kb.position[entity.id], entity.id))
        out.sort()
        return [i for _, _, i in out]

    def _meetings_for(self, key: str, entity_id: str, attended: bool) -> list[str]:
        """The meetings a filter can keep: those held there for a place (or a state, unless the
        question asks who took part), those linked to it otherwise."""
        if key == "place" or (key == "state" and not attended):
            return self.kb.meetings_held_in.get(entity_id, [])
        linked = self.kb.meetings_by.get(entity_id, [])
        if key == "body" and not attended:
            # "повестка заседания СМВД": the council's own meeting, not one it only attended
            own = [m for m in linked if getattr(self.kb.get(m), "body", None) == entity_id]
            return own or linked
        return linked

    def _keep(
        self, entity: Entity, intent: Intent, filters: dict[str, list[str]], today: date, attended: bool = False
    ) -> bool:
        kb = self.kb
        if isinstance(entity, Meeting):
            return _keep_meeting(kb, entity, intent, filters, today, attended)
        if isinstance(entity, Document):
            if intent.until and entity.period_end != intent.until:
                return False
            if intent.upcoming and entity.status not in ("planned", "in_preparation"):
                return False  # "documents planned for signature": not those already adopted
            # Adopted in a year ("outcomes"): the year it was adopted, not the years its period covers.
            if intent.years and not _document_in_years(entity, intent.years, adopted=intent.question == "outcomes"):
                return False
            meeting = kb.get(entity.meeting) if entity.meeting else None
            if filters["place"] or filters["state"]:
                # Documents adopted at a meeting held there.
                where = (
                    {meeting.place, kb.country_of_place(meeting.place)}
                    if isinstance(meeting, Meeting) and meeting.place
                    else set()
                )
                if not where & set(filters["place"] + filters["state"]):
                    return False
            bodies = {entity.body, meeting.body if isinstance(meeting, Meeting) else None}
            return not filters["body"] or bool(bodies & set(filters["body"]))
        if isinstance(entity, Body | Organisation):
            cats = [c for c in intent.categories if c in _CATEGORY_KIND[type(entity)]]
            words = filters.get("name_words", [])
            if words and not set(words) <= self._name_words(self.kb.kind(entity.id)).get(entity.id, frozenset()):
                return False
            return not cats or entity.category in cats
        return True


def _city_names(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """A city's one-word other names ("Питер", "SPb") -> the tokens of its name in that language:
    the texts of its meetings name the city by its name ("смвд в питере" is the St Petersburg meeting)."""
    names: dict[str, tuple[str, ...]] = {}
    for place in kb.of_kind("place"):
        russian = set(text_tokens(place.name.ru))
        for lang, aliases in (("en", place.aliases.en), ("ru", place.aliases.ru)):
            name = tuple(text_tokens(getattr(place.name, lang)))
            for alias in aliases:
                alias_tokens = text_tokens(alias)
                # "Moskva" is the Russian name in Latin letters, which the search reads as such already
                if len(alias_tokens) == 1 and alias_tokens[0] not in name and russian_reading(alias_tokens[0]) not in russian:
                    names[alias_tokens[0]] = name
    return names


def _meeting_kind(intent: Intent) -> str | None:
    """The one kind of meeting a list question's kind words name ("summits"), or None ("meetings",
    or "meetings and summits": every kind is asked for)."""
    if intent.list_kind != "meeting" or not intent.kind_words:
        return None
    kinds = {kind for word in intent.kind_words for kind, pattern in _MEETING_KIND_WORDS if pattern.match(word)}
    if len(kinds) != 1 or len(intent.kind_words) != 1:
        return None
    return kinds.pop()


# Which named entities can narrow which kind of list.
_FILTERS_FOR: dict[str, set[str]] = {
    "meeting": {"place", "state", "body", "organisation", "person"},
    "document": {"place", "state", "body"},
}

_CATEGORY_KIND: dict[type, set[str]] = {
    Body: {"sectoral", "specialised"},
    Organisation: {"international", "basic_organisation"},
}


def _keep_meeting(
    kb: KnowledgeBase, m: Meeting, intent: Intent, filters: dict[str, list[str]], today: date, attended: bool = False
) -> bool:
    d = meeting_date(m)
    if intent.years and (d is None or d.year not in intent.years):
        return False
    if intent.upcoming and not _is_upcoming(m, today):
        return False
    if filters["place"]:
        country = kb.country_of_place(m.place) if m.place else None
        if m.place not in filters["place"] and country not in filters["place"]:
            return False
    for state in filters["state"]:
        # "Which meetings did Azerbaijan attend" asks who took part; "meetings held in
        # Kazakhstan" where they were held (nearly every meeting has most states taking part).
        if attended:
            if state not in m.participants.states:
                return False
        elif m.place is None or kb.country_of_place(m.place) != state:
            return False
    for body in filters["body"]:
        if m.body != body and body not in m.participants.bodies:
            return False
    for org in filters["organisation"]:
        if org not in m.participants.organisations:
            return False
    return all(any(p.person == person for p in m.participants.people) for person in filters["person"])


def _is_upcoming(m: Meeting, today: date) -> bool:
    """Not yet past at the precision the date is known (a meeting "in October" is upcoming all October)."""
    d = meeting_date(m)
    if d is None:
        return m.status == "planned"
    known = (d.year, d.month or 12, d.day or 31)
    return known >= (today.year, today.month, today.day)


def _document_in_years(doc: Document, years: list[int], adopted: bool = False) -> bool:
    d = meeting_date(doc)
    if d is not None and d.year in years:
        return True
    if adopted and d is not None:
        return False
    start, end = doc.period_start, doc.period_end
    return any((start or end or 0) <= y <= (end or start or 0) for y in years if start or end)


def _mark_no_figure(verdict: Verdict) -> None:
    """A count answered by what the sources say ("how many fighters returned"): when no statement
    shown holds a figure (years aside), the answer says the sources give none before quoting them."""
    for statement in verdict.statements[:2]:
        if any(t[:1] == "#" and t[1:].isdigit() and int(t[1:]) < 1000 for t in text_tokens(statement.en)):
            return
    value = verdict.value if isinstance(verdict.value, dict) else {}
    verdict.value = {**value, "no_figure": True}


def search_entities(engine: Engine, query: str, limit: int = 10) -> tuple[list[str], str]:
    """Entities for an inline query, best first, and the query's language."""
    parsed = engine.parse(query)
    ids = [h.entity for h in parsed.hits if h.score >= GUESS_AT and h.name_cover > 0][:limit]
    return ids, parsed.lang
