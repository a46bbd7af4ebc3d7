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
    events,
    field_meeting,
    followup,
    frequency,
    holder_claim,
    located,
    lookalike,
    mentioned,
    mentions,
    named_instead,
    occasion,
    ordinal_asked,
    owners,
    parts,
    periodorder,
    periods,
    posts,
    provenance,
    question_form,
    regions,
    representative,
    seasons,
    series,
    shorter,
    slang,
    source_people,
    status_asked,
    statuses,
    subjects,
    terse,
    terse_group,
    timeline,
    topic_meeting,
    undated,
    unknown_names,
    venue,
    weekdays,
    whichsource,
    yesno,
)
from bot.answers.city_meeting import meeting_of_city
from bot.answers.cues import cued, literal_cue
from bot.answers.documents import build_index, statements_of
from bot.answers.facts import SET_UP, answer_attribute, caveats_for, enumerated, media_statements, meeting_statements
from bot.answers.held import met_elsewhere, no_meetings_ahead, unheld_meetings
from bot.answers.intent import Intent, detect
from bot.answers.named_whole import named_whole
from bot.answers.numbers import unrecorded_month, unrecorded_number
from bot.answers.questionwords import (
    asked_after_lead_in,
    courtesy_only,
    first_question,
    fix_question_words,
    fix_spoken_spelling,
    point_back,
    question_part,
    strip_request,
    without_courtesy,
    without_introduction,
)
from bot.answers.smalltalk import without_small_talk
from bot.answers.sourcetail import without_source_tail
from bot.answers.verdict import Match, Statement, Verdict
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Body, Document, Entity, Fact, Meeting, Organisation, PartialDate, Person, Place
from bot.search.casing import abbreviations, restore_capitals
from bot.search.chatlatin import chat_latin, cyrillic_reading, russian_little_words
from bot.search.doubled import text_stems, undoubled
from bot.search.index import AnalysedQuery, Hit, SearchIndex
from bot.search.numwords import numbers_in_digits
from bot.search.text import (
    clean,
    cyrillic_share,
    few_latin_vowels,
    has_cyrillic,
    in_cyrillic,
    is_stop,
    prepare,
    roman_to_int,
    russian_reading,
    surface_words,
    swap_layout_to_cyrillic,
    swap_layout_to_latin,
    word_token,
)
from bot.search.text import tokens as text_tokens
from bot.search.words import STOP_EN, STOP_TRANSLIT

# Calibrated on the development questions: below ANSWER_AT the bot does not claim an answer;
# between GUESS_AT and ANSWER_AT it offers its best guesses as "did you mean".
ANSWER_AT = 0.5
GUESS_AT = 0.3
ENUMERATION_LEAD = 0.08  # a statement whose items are counted must lead the next hit by this much
MIN_NAME_COVER = 0.3
# Share of the question's weight the answer must explain: one rare word matched next to an
# unknown one ("сколько стоит биткоин") is a coincidence, not an answer.
MIN_EXPLAINED = 0.6
ALTERNATIVE_GAP = 0.08
YEAR_GAP = 0.25  # how far behind a meeting of the year named may be and still be the one meant
TIE = 0.01  # scores this close are a tie
MEETING_OF_TOP_GAP = 0.25  # a body's own meeting this close behind it answers what only meetings have
# A list shows and cites at most this many entries on its first page.
MAX_LISTED = 40
# A statement answers the words a named entity leaves unexplained when it explains this share of them.
STATEMENT_AT = 0.6
STATEMENT_NAME_COVER = 0.5
FOCUS_AT = 0.5  # a statement of the answered entry itself needs to explain less
RELEVANT_AT = 0.3  # an outcome explaining this much of the rest of the question is shown first
RELEVANT_SHOWN = 3  # ... with this many in all
NOTE_WEIGHT = 0.8
# A word a description or statement explains (0.7) even with a typo (0.8 of it) counts as explained.
SOLE_EXPLAINED = 0.55
SOLE_FLOOR = 0.2  # ... and, with a score this low, only when frame words weigh it down
SOLE_NAME_LEAD = 0.25  # of several candidates explaining every word, one's name must explain this much more
RETOLD_SHARE = 0.7  # a statement sharing this much of its words with one shown before retells it
TITLE_NAMED_COVER = 0.4  # a document asked by kind is also named by its words when this much of its name is given
WHOLE_NAME_COVER = 0.95  # a clarifying question's only candidate named this fully is answered
PAIR_PART_AT = 0.3  # each of two statements that explain a question together explains this much alone
_WHO_FIRST = re.compile(r"\W*(?:who|кто|kto)\b", re.I)
MAX_POST_TITLES = 200
POST_SHARE = 0.6  # share of a title's words that names its holder ("пресс-секретарь президента России")
# A deputy's post is not the principal's: "the Secretary-General" is not his deputy.
_DEPUTY = re.compile(r"\b(?:deputy|vice|заместител\w*|замгенсек\w*|зам|zamestitel\w*)\b", re.I)
_ROMAN_LETTERS = frozenset("ivxlc")


_CYRILLIC_WORD = re.compile(r"[а-яё]+")
# Verbs of a meeting's taking place: with a meeting word, a meeting held is asked.
_HELD_TOKENS = frozenset(text_tokens("прошло прошла прошли проходило проходила состоялось состоялась held proshlo"))
# A Roman numeral typed on the Russian layout: X V I L are Ч М Ш Д ("ЧМШШШ совещание" is XVIII).
_CYRILLIC_ROMAN = re.compile(r"(?<![А-ЯЁа-яё])[ЧМШД]{2,}(?![А-ЯЁа-яё])")
_ROMAN_KEYS = str.maketrans("ЧМШД", "XVIL")


def _russian_layout_slips(text: str) -> str:
    """Keys pressed as on the English layout inside Russian text: a Roman numeral ("ЧМШШШ" → XVIII;
    three letters or an I, so "ЧМ" stays an abbreviation), and a final "," that was Shift+/ meant
    as the question mark ("… безопасности," asks)."""
    if "Ш" in text or "Ч" in text:
        text = _CYRILLIC_ROMAN.sub(_roman_of_keys, text)
    if text[-1:] == "," and cyrillic_share(text) > 0.5:
        text = text[:-1] + "?"
    return text


def _roman_of_keys(found: re.Match[str]) -> str:
    word = found.group(0)
    numeral = word.translate(_ROMAN_KEYS)
    return numeral if (len(word) >= 3 or "Ш" in word) and _is_roman(numeral.lower()) else word


def _is_roman(word: str) -> bool:
    """A Roman numeral of two letters or more ("XVIII", "xiii")."""
    lower = word.lower()
    return len(lower) >= 2 and set(lower) <= _ROMAN_LETTERS and roman_to_int(lower) is not None


# Words that ask what an abbreviation stands for or who deals with a field, known to the layout
# repair (no entry's text has them).
_LAYOUT_CUES = frozenset(
    text_tokens(
        "расшифруй расшифруйте расшифровка расшифровывается расшифровать аббревиатура означает значит полное название"
        " занимается отвечает курирует ловит следит борется"
    )
    # and the words that name the value asked for ("трефилов должность", "что происходило осенью")
    + text_tokens(
        "должность дата число город место срок сроки повестка итоги статус председатель руководитель"
        " происходило проходило осенью весной летом зимой position role date venue status chair"
    )
)
# An entry whose name is this much in the question is clearly meant when no other comes close.
CLEAR_NAME_COVER = 0.2
CLEAR_LEAD = 0.1
# "Who spoke about X" with nobody named looks among this many entries the words reach.
STATEMENT_SEARCH_HITS = 8
_SPEECH = cued(re.compile(
    r"\b(?:say|said|says|saying|spoke|speak|speaks|talk\w*|mention\w*|told|tell|think|thought|stress\w*|emphasi[sz]\w*|note|noted"
    r"|говор\w*|гавар\w*|сказа\w*|заяв\w*|отмет\w*|назва\w*|называ\w*|упомян\w*|упомина\w*|подчеркн\w*|счита\w*"
    r"|govor\w*|gavar\w*|skaza\w*|zayav\w*|otmet\w*|nazva\w*"
    r"|suggest\w*|propos\w*|предлага\w*|предлож\w*|warn\w*|предупре[жд]\w*"
    # What someone expected is what they said would come ("what was Klemez expecting them to adopt").
    r"|expect\w*|anticipat\w*|ожида\w*|ozhida\w*"
    # Reporting is saying too ("what did the EAG Secretariat report", "по словам Клемеза").
    r"|reported|доложи\w*|докладыва\w*|рассказа\w*|рассказыва\w*|по словам|po slovam"
    # Someone's listing is saying ("какие угрозы перечислил Клемез"; "перечислены" is a record's)
    r"|перечислил\w*|perechislil\w*"
    # An assessment is said too ("how did Rahmon assess the ATC": his words on it).
    r"|assess|assessed|assesses|evaluate|evaluated|praise|praised|comment|commented|оценил\w*|высказал\w*"
    r"|высказыва\w*|ocenil\w*|otsenil\w*"
    # A view credited to someone is what they said ("according to Klemez", "по оценке участников").
    # A source cited ("according to the report") says where it is written, not who said it.
    r"|according to(?! (?:the |a |an |this |that )?(?:\w+ )?(?:report|source|article|document|press|publication|news"
    r"|data|record|agenc|site|website|text|statement)\w*)"
    r"|in the (?:view|opinion|assessment) of|по (?:мнению|оценке|оценкам|заявлению|утверждению)"
    r"|po (?:mneniyu|ocenke|otsenke)"
    # "слова Трефилова про ...", "quote Trefilov on ...": the words asked for are what was said
    r"|слова|slova|words|quotes?|quoted|цитат\w*|tsitat\w*|citat\w*"
    # "Процитируй Трефилова о ...", "cite Klemez on ...": the words themselves are asked
    r"|cite|процитир\w*|цитиру\w*|procitir\w*|protsitir\w*|tsitiru\w*|citiru\w*"
    # "какие слова Рахмона прозвучали", "which words of his were heard": said there
    r"|прозвуча\w*|звучал\w*|prozvucha\w*|zvuchal\w*|heard)\b"
    r"|\bdid\b[^?]*\breport\b"
    # Naming or listing is saying ("which threats did Klemez name", "what risks did he list").
    r"|\bdid\b[^?]*\b(?:name|list|cite|identify|highlight|outline|single out)\b"
    # Describing is saying ("how did Trefilov describe the CIS Plus format", "как он охарактеризовал").
    r"|\b(?:did|does|do|has|have)\b[^?]*\b(?:describe|characteri[sz]e|portray|present)\b"
    # "What position does Rahmon hold, as described at the June meeting": where it is written, as
    # "according to the report" is, not what anyone said
    r"|(?<!\bas )\b(?:described|characteri[sz]ed|portrayed)\b"
    r"|\b(?:описал\w*|описыва\w*|охарактеризова\w*|характеризова\w*|opisal\w*|opisyva\w*|oharakterizova\w*)"
    r"|\b(?:перечислил\w*|перечисля\w*|выделил\w*|обозначил\w*|perechislil\w*)\b"
    # Writing is saying, as an address is ("what did Rahmon write to the participants"); "who wrote
    # War and Peace" asks no words of anyone.
    r"|\b(?:what|did|does|что|о чём|chto)\b[^?]*\b(?:write|wrote|writes|written|написал\w*|пишет|napisal\w*)\b"
    # Explaining is saying ("how did Klemez explain the symbolism", "как Трефилов объяснил ...").
    r"|\b(?:did|does|do|has|have)\b[^?]*\bexplain\b|\bexplained\b"
    r"|\b(?:объяснил\w*|объясня\w*|пояснил\w*|поясня\w*|obyasnil\w*|ob'yasnil\w*|obiasnil\w*)"
    # Judging or raising a point is saying ("what did Trefilov find symbolic", "which decisions did
    # he bring up", "о чём напомнил Клемез", "каких решений коснулся Трефилов").
    r"|\bdid\b[^?]*\b(?:find|consider|call|bring up|raise|point out|point to|refer to|recall|touch on|touch upon)\b"
    r"|\b(?:brought up|pointed out|recalled|referred to|touched on|touched upon)\b"
    r"|\b(?:напомнил\w*|напомина\w*|указал\w*|коснул\w*|затронул\w*|napomnil\w*|ukazal\w*|kosnul\w*|zatronul\w*)"
))
# Words that ask for what comes next, not merely in the future tense ("will").
_NEXT = re.compile(
    r"\b(?:next|upcoming|forthcoming|future)\b|\b(?:следующ|ближайш|предстоящ|sleduyushch|blizhaysh|predstoyashch)\w*"
)
MAX_QUESTION_CHARS = 1000
# "What / how did <person> say ...": the words asked for are the person's remark, whatever list
# word the topic holds ("what did Trefilov say about the October meetings in Dushanbe").
_ASKS_WHAT_SAID = re.compile(
    r"^\W*(?:what|how|что|как|чем|chto|kak)\b(?!\s+(?:many|much|often|long)\b)|\b(?:что|chto) (?:сказал|skazal)\w*\W*$"
)
_ASKS_WHAT = re.compile(r"\b(?:what|how|что|чем|как|chto|kak)\b")
# A yes/no question ("говорил ли Трефилов, что ..."), a term's meaning: no remark is asked for.
_NO_REMARK_ASKED = re.compile(r"\b(?:ли|li)\b|\b(?:mean|means|stand for|stands for|означа\w*|расшифр\w*)\b")
_PERSON_SAID_COVER = 0.8
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
_MONTH_ADJECTIVE = re.compile(
    r"\b(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр|yanvar|fevral|aprel|iyun|iun|iyul|iul|sentyabr"
    r"|oktyabr|noyabr|dekabr)(?:ьск|'?sk)\w*|\b(март|август|mart|avgust)ovsk\w*|\b(март|август)овск\w*"
    r"|\b(ма)йск\w*|\b(ma)[iy]sk\w*",
    re.IGNORECASE,
)


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


# A request for an overview of what it names ("tell me about ...", "расскажи про ...").
_OVERVIEW = re.compile(
    r"\W*(?:(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?tell\s+(?:me|us)\s+(?:a\s+(?:bit|little)\s+)?about"
    r"|what\s+do\s+you\s+know\s+about|give\s+(?:me\s+)?an\s+overview\s+of|(?:brief(?:ly)?\s+)?overview\s+of"
    r"|(?:по)?расскаж(?:и|ите)(?:\s+мне)?(?:\s+(?:вкратце|коротко|немного|подробнее))?\s+(?:про|о|об|обо)"
    r"|что\s+(?:ты\s+|вы\s+)?знаешь\s+(?:про|о|об)|что\s+известно\s+(?:про|о|об)"
    r"|rasskazh(?:i|ite)\s+(?:pro|o|ob))\b",
    re.IGNORECASE,
)
# "Said about X" asks about X: with X unrecognised, everything the person said is no answer.
# "о чём говорил Трефилов", "what did he talk about": the topic itself is asked, none is named.
_ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|о|об|обо|про|o|ob|pro)\b(?!\s+(?:ч[её]м|chem|chyom|what)\b)(?!\W*$)"
    # "what threats did Klemez talk about in St Petersburg": the place says where, not what about
    r"(?!\s+(?:in|at|during)\s)"
)
_ARTICLES = frozenset({"the", "a", "an"})
# The words of the CIS's own name, in any form: what a person said "about the Commonwealth".
_CIS_NAME_WORDS = "CIS СНГ Commonwealth Содружество Содружества Содружестве independent states независимых государств"

# Words of the domain that do not narrow a list ("CIS", "security sphere", "held").
# Verbs a source reports by ("что сообщила статья", "what does the report say")
_REPORTING_WORDS = (
    "report reports reported say says said write writes wrote tell tells told "
    "сообщает сообщила сообщил сообщили пишет писала написала говорится рассказывает рассказала "
    "soobshaet soobshila pishet govoritsya"
)
def _framed(token: str, framing: set[str]) -> bool:
    """Whether a query token is one of the framing words, or the same word read another way: a
    Latin-typed word is read as Russian in the query ("statya" -> "stat") and as English by the
    framing patterns ("stata")."""
    if token in framing:
        return True
    return len(token) >= 4 and any(len(f) >= 4 and (f.startswith(token) or token.startswith(f)) for f in framing)


BODY_MEETING_RIVAL = 0.8  # another meeting scored this much of the body is named too

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
# A query word explained at least this well by an entry is its word, not a likeness.
EXACT_ENOUGH = 0.9
# The Russian words for a meeting, which the official names keep apart (and their Latin typing).
_MEETING_WORD_STEMS = ("совещан", "заседан", "встреч", "soveshchan", "soveshan", "zasedan", "vstrech")
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
# "reported by TASS", "о которой сообщил ТАСС", "as BelTA reported": where the asker read of it.
_REPORTED_BY = re.compile(
    r"\b(?:as )?(?:reported|covered|described|published) (?:by|in) (?P<outlet>[\w-]+)"
    r"|,? ?(?:о|об) котор\w+ (?:сообщ\w+|писал\w*|рассказ\w+) (?P<outlet_ru>[\w-]+)"
    r"|,? ?o kotor\w+ (?:soobsh\w+|pisal\w*|rasskaz\w+) (?P<outlet_lat>[\w-]+)",
    re.IGNORECASE,
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
# "What else, besides illegal migration, did they discuss": the items other than the one named.
# A cardinal before a plural noun counts the items asked for ("what were the four aims", "назови три
# органа"): the record rarely writes that figure, so it must not outweigh the words of what is counted.
_ITEM_COUNT = re.compile(
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)|(?<![\w.,/-])\d{1,2})"
    r"\s+(?:[a-z-]+\s+)?[a-z]{2,}s\b"
    r"|\b(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)"
    r"\s+(?:[a-zа-яё-]+\s+)?[а-яё]{3,}",
    re.I,
)
ITEM_COUNT_WEIGHT = 0.5  # the weight left to such a figure: it still names the count (numbers.py weighs it)
_MONTH_TOKENS = frozenset(
    text_tokens(
        "january february march april may june july august september october november december"
        " январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
        " января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    )
)
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

# What only a meeting has: asked of a meeting word and a city, the city's card answers none of it.
_MEETING_QUESTIONS = frozenset({"count", "participants", "when", "speakers", "agenda", "outcomes", "holder"})


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


_BY_NAME = re.compile(r"\b[Пп]о\s+([А-ЯЁ][а-яё]+[ую])\b")
_CREDIT = re.compile(r"\bпо (?:мнению|оценке|оценкам)\b|\bpo (?:mneniyu|ocenke|otsenke)\b")
_HEADS = re.compile(
    r"\b(?:run|runs|lead|leads|head|heads|direct|directs|chair|chairs|in charge)\b"
    r"|\b(?:руковод|возглавл|возглав|управля|rukovod|vozglav)\w*",
    re.I,
)
# Words that ask how someone assessed a thing, not what the thing is.
_ASSESSMENT = re.compile(
    r"\bhow (?:important|significant|crucial|vital)\b|\bwhat (?:role|importance|significance)\b"
    r"|\bнасколько (?:важ|значим|существен)\w*|\bкакую роль\b|\bкаково значение\b|\bкакое значение\b"
    r"|\bnaskolko (?:vazh|znachim)\w*|\bkakuyu rol\w*",
    re.I,
)
# Examples of the items asked for, in brackets: "(operations, training etc.)", "(киберзащита и т.п.)".
_EXAMPLES = re.compile(
    r"\(([^()]{3,200}?)[\s,]*(?:etc\.?|and so on|and the like|и\s*т\.?\s*[пд]\.?|и\s+др\.?|и\s+пр\.?"
    r"|i\s*t\.?\s*[pd]\.?|i\s+dr\.?)\s*\)"
    r"|\((?:e\.\s?g\.?|for example|for instance|например|napr\w*)[\s,:]*([^()]{3,200})\)",
    re.I,
)
_BESIDES = re.compile(r"\b(?:besides|except|excluding|apart from|aside from|other than|кроме|помимо|krome|pomimo)\b")
# The words a "besides" sets aside run to the end of their clause.
_CLAUSE_END = re.compile(
    r"[,;:?!.—–]|\s-\s|\b(?:what|which|who|что|какие|какой|chto|kakie)\b"
    # or at the verb of the question ("other than CIS bodies took part in ..."), four words at most
    r"|\b(?:took|take|attended|attend|was|were|is|are|did|do|does|has|have|had|sent|came|discussed)\b"
    r"|\b(?:участвова|обсужда|был|приня|утверди|прислал|направил|рассматрива)\w*"
)
_ASIDE_WORDS = 4
_BESIDES_GATE = re.compile(r"besid|except|exclud|apart|aside|other than|кроме|помимо|krome|pomimo")
BESIDES_WEIGHT = 0.5
ASIDE_NAME_COVER = 0.5  # words set aside weigh little only when they name an entry this fully
_OCCASION_GROUPS = frozenset({"~meeting", "~summit"})


def _aside_clause(text: str) -> str | None:
    """The words after "besides" / "кроме" up to the end of their clause, if any (lower-case text)."""
    found = _BESIDES.search(text)
    if found is None:
        return None
    clause = " ".join(_CLAUSE_END.split(text[found.end() :], maxsplit=1)[0].split()[:_ASIDE_WORDS])
    return clause or None
_YEAR_TOKEN = re.compile(r"^#(?:19|20|21)\d\d$")
_SESSIONS = re.compile(r"\bsessions?\b|\bсесси\w*|\bсекци\w*")

# Which question types an entity kind can answer directly.
_SUPPORTS: dict[str, set[str]] = {
    "when": {"meeting", "document", "fact"},
    "where": {"meeting", "document"},
    "speakers": {"meeting"},
    "participants": {"meeting"},
    "agenda": {"meeting"},
    "holder": {"meeting"},
    "outcomes": {"meeting", "document"},
    "head": {"body", "organisation"},
    "count": {"meeting", "fact"},
}


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


# Words for the press: "who told journalists about the meeting" asks who, not what was said.
_TO_MEDIA = re.compile(r"\b(?:media|press|journalists?|reporters?|сми|прессе|журналист\w*|smi|zhurnalist\w*)(?!\w)")


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
        self._posts = self._build_posts()
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
        fixed = self._fix_layout(text)
        self._last_layout = (text, fixed)
        return fixed

    def _fix_layout(self, text: str) -> tuple[str, bool]:
        if text[-1:] == "," or "Ш" in text or "Ч" in text:
            text = _russian_layout_slips(text)
        # Most questions are typed as meant: known words end it before the other layout is built
        # (the same answer as below, where an unchanged swap and a known text both keep the text).
        before = self.index.knownness(text_tokens(text))
        if before >= 0.75:
            return text, False
        share = cyrillic_share(text)
        swapped = swap_layout_to_latin(text) if share > 0.5 else swap_layout_to_cyrillic(text)
        if share <= 0.5:
            # A Roman numeral is typed in Latin letters on either layout ("ult ghjikj xviii cjdtofybt"),
            # and so is a name or abbreviation typed in Latin on purpose ("rnj djpukfdkztn ATC").
            swapped = " ".join(
                word if _is_roman(word) or self._kept_latin(word, new) else new
                for word, new in zip(text.split(" "), swapped.split(" "), strict=True)
            )
        if swapped == text:
            return text, False
        if share <= 0.5:
            # Typed blind on the wrong layout, words run together ("секретарейбезопасности").
            swapped = self._split_glued(swapped)
        if share <= 0.5 and before < 0.4 and few_latin_vowels(text):
            # Latin letters with hardly a vowel are no English nor Russian in Latin letters: Russian
            # typed on the English layout, though its words are chatter, misspelt or not the
            # sources' ("Ghbdtn! Yt gjlcrf;tim? rfrfz gjujlf ..."): read in Cyrillic all the same.
            return swapped, True
        swapped_tokens = text_tokens(swapped)
        words = [word.strip("?!.,;:'\"") for word in text.lower().split()]
        swapped_words = [word.strip("?!.,;:'\"") for word in swapped.lower().split()]
        if (
            len(swapped_words) >= 2
            and all(swapped_words)
            and 2 * sum(is_stop(word) for word in swapped_words) >= len(swapped_words)
            and not any(is_stop(word) for word in words)
            and before < 0.2
        ):
            # A follow-up of little words mostly ("ult 'nj ,skj?" = "где это было?", "rnj gjldtk 'nb
            # bnjub?" = "кто подвел эти итоги?"): no entry's word to recognise, but half the words or
            # more are little words once swapped, and none was before.
            return swapped, True
        # Words typed on the wrong layout come out whole when swapped back: if hardly any does,
        # the other layout is noise and not worth a fuzzy look at every one of its "words".
        if self.index.knownness(swapped_tokens, exact=True) < 0.2:
            return text, False
        after = self.index.knownness(swapped_tokens)
        # Everyday topic words and the words that ask for an abbreviation are known too, though no
        # entry's text holds them ("кто занимается тюрьмами", "расшифруй АТЦ").
        extra = self._layout_words()
        size = sum(len(token) for token in swapped_tokens) or 1
        after = min(1.0, after + sum(len(t) for t in swapped_tokens if t in extra) / size)
        # Question and little words ("кто", "когда", "what") are no tokens, yet they show the text
        # is now written in a language: one of them lowers the bar ("кто занимается терроризмом").
        bar = 0.45 if any(is_stop(word) for word in swapped.lower().split()) else 0.6
        if after >= bar and after > before + 0.25:
            return swapped, True
        return text, False

    def _kept_latin(self, word: str, swapped: str) -> bool:
        """Whether a Latin word inside a question typed on the wrong layout was meant in Latin: it
        has a vowel, its words are words of the sources, and swapped it is none ("ATC", "CSTO",
        "Commonwealth-Antiterror", not "FNW" = АТЦ)."""
        core = word.strip("?!.,;:'\"()«»")
        if len(core) < 3 or not any(letter in "aeiouAEIOU" for letter in core):
            return False
        known = self.index.known
        own = text_tokens(core)
        if not own or any(token not in known for token in own):
            return False
        other = swapped.strip("?!.,;:'\"()«»")
        return not any(token in known for token in text_tokens(other)) and not is_stop(other.lower())

    def _split_glued(self, text: str) -> str:
        """The text with each long unknown Cyrillic word that is two known words run together
        written as the two ("прошлозаседание" → "прошло заседание"); the cut that leaves the
        shorter part longest wins. Bounded: a cut per letter of the few long words (the question
        typed on the wrong layout only)."""
        known = self.index.known
        words = text.split(" ")
        for position, word in enumerate(words):
            core = word.rstrip("?!.,;:")
            lower = core.lower()
            if len(core) < 8 or not _CYRILLIC_WORD.fullmatch(lower) or word_token(lower) in known:
                continue
            # Both parts words of the sources, four letters or more: a preposition glued on is a
            # prefix ("посоветуй", "наметили"), not a word run in.
            cuts = [
                cut
                for cut in range(4, len(lower) - 3)
                if word_token(lower[:cut]) in known and word_token(lower[cut:]) in known
            ]
            if cuts:
                cut = max(cuts, key=lambda at: min(at, len(lower) - at))
                words[position] = f"{core[:cut]} {core[cut:]}{word[len(core):]}"
        return " ".join(words)

    def _layout_words(self) -> frozenset[str]:
        """The topic words and the layout cues that the index does not know: they depend only on
        the knowledge base, so they are gathered on the first look and kept with the engine."""
        if self._layout_extra is None:
            self._layout_extra = (define.topic_index(self.kb).vocabulary | _LAYOUT_CUES) - self.index.known
        return self._layout_extra

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
            text = " ".join(word if _is_roman(word.lower()) else word.lower() for word in text.split(" "))
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
        aside = _aside_clause(prepared) if _BESIDES_GATE.search(prepared) else None
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
            search_text = _MONTH_ADJECTIVE.sub(_month_noun, search_text)
        cyrillic = cyrillic_share(text)
        words = text_tokens(search_text)
        if not self._city_names.keys().isdisjoint(words):
            words = [token for word in words for token in self._city_names.get(word, (word,))]
        query = self.index.analyse(words, lambda: surface_words(search_text), cyrillic < 0.5)
        if any(token[:1] == "#" for token in query.tokens):
            self._count_words_light(query, text)
        if aside is not None:
            self._besides_words_light(query, aside)
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
            hits = self._with_meeting_named_apart_from_month(query, hits)
        hits = self._named_meeting_first(query, hits)
        if "~meeting" in query.tokens and hits and not intent.list_kind:
            hits = self._body_meeting_first(query, hits)
        return Parsed(text, lang or own_lang or self.language(cyrillic, prepared, query), intent, query, hits, typed)

    def _with_meeting_named_apart_from_month(self, query: AnalysedQuery, hits: list[Hit]) -> list[Hit]:
        """The hits with the meeting the question's other words name, when its month kept it out:
        a month is a rare word, so the search looks only among what that month reaches ("Has the
        counter-terrorism heads' meeting taken place in August 2025?" found only August's
        meetings, the June one not at all). Searched again with the month weighing nothing (token
        positions kept, as hits refer to them), a meeting found by most of its name is put after
        the first meeting hit, for :meth:`_named_meeting_first` to weigh."""
        kept = [token not in self._month_words for token in query.tokens]
        if sum(kept) < 2:
            return hits  # the month is all there is to search by
        dateless = replace(
            query,
            weights=[w if keep else 0.0 for w, keep in zip(query.weights, kept, strict=True)],
            matches=[m if keep else [] for m, keep in zip(query.matches, kept, strict=True)],
        )
        found = self.index.search(dateless, limit=1)
        if not found or self.kb.kind(found[0].entity) != "meeting" or found[0].name_cover < yesno.NAMED_APART_COVER:
            return hits
        if any(h.entity == found[0].entity for h in hits[:4]):
            return hits
        first = next((i for i, h in enumerate(hits[:3]) if self.kb.kind(h.entity) == "meeting"), None)
        if first is None:
            return hits
        at = first + 1
        return [*hits[:at], found[0], *[h for h in hits[at:] if h.entity != found[0].entity]]

    def _body_meeting_first(self, query: AnalysedQuery, hits: list[Hit]) -> list[Hit]:
        """The hits with a body's one recorded meeting first when the question names the body with
        a meeting word outside its name ("статья БелТА о заседании СМВД", "the SMVD meeting"): the
        meeting is asked, not the council, which otherwise ranks first by its name and leaves the
        two to ask back between."""
        top = hits[0]
        if self.kb.kind(top.entity) != "body":
            return hits
        meeting_at = query.tokens.index("~meeting")
        if meeting_at in top.name_tokens:
            return hits
        own = [m.id for m in self.kb.meetings_of(top.entity) if m.body == top.entity]
        if len(own) != 1:
            return hits
        found = next((h for h in hits[1:5] if h.entity == own[0]), None)
        if found is None:
            return hits
        if any(
            h.entity != own[0] and self.kb.kind(h.entity) in ("meeting", "person") and h.score >= BODY_MEETING_RIVAL * top.score
            for h in hits[1:5]
        ):
            # another meeting named as well ("… на момент XVIII совещания"), or a person asked
            # about ("did Klemez speak to journalists after the interior ministers met"): the
            # usual answers weigh them
            return hits
        first = replace(found, score=max(found.score, top.score))
        return [first, *(h for h in hits if h is not found)]

    def _named_meeting_first(self, query: AnalysedQuery, hits: list[Hit]) -> list[Hit]:
        """The hits with the meeting the question names by its own words first, when the best meeting
        hit is another found only by a month or year its name holds ("the meeting of the Security
        Secretaries Council in August 2025": "в августе 2025 года" is in the St Petersburg meeting's
        name, "Security Secretaries" only in the 13th's). The month is then a date asked of the
        meeting named, which the answer checks, never a pointer to the other one (tuning17_look)."""
        first = next((i for i, h in enumerate(hits[:3]) if self.kb.kind(h.entity) == "meeting"), None)
        if first is None or len(hits) < 2:
            return hits
        top = hits[first]
        for index, other in enumerate(hits[first + 1 : 5], start=first + 1):
            if (
                self.kb.kind(other.entity) == "meeting"
                and other.score >= mentions.GUESS_SCORE
                and yesno.named_by_its_month_only(self, query, hits, top, other)
            ):
                return [*hits[:first], other, *hits[first + 1 : index], top, *hits[index + 1 :]]
        return hits

    def _without_set_aside(self, parsed: Parsed, listed: Verdict) -> Verdict | None:
        """A list without the entries the question sets aside ("кроме программы по границам, какие
        программы утвердили"); None when those were all the list held: the words set aside chose
        it, and the usual answer says what else there is."""
        clause = _aside_clause(prepare(parsed.text))
        if clause is None:
            return listed
        words = text_tokens(clause)
        if not words:
            return listed
        # The entries of the list whose names hold most of the words set aside ("the counter-terrorism
        # one" of the programmes listed); a tie sets none aside.
        aside_words = {word for word in self._aside_tokens(clause) if word[:1] != "#"} - self._generic
        shares: dict[str, float] = {}
        for item in listed.items:
            entity = self.kb.entities[item]
            names = " ".join([*entity.name.model_dump().values(), *entity.short.en, *entity.short.ru])
            named = self._aside_tokens(names.lower())
            shares[item] = len(aside_words & named) / len(aside_words) if aside_words else 0.0
        best = max(shares.values(), default=0.0)
        aside = {item for item, share in shares.items() if share == best} if best >= 0.5 else set()
        if len(aside) > 1 and len(aside) < len(listed.items):
            aside = set()  # several name the words alike: which one is meant is unclear
        kept = [i for i in listed.items if i not in aside]
        if len(kept) == len(listed.items):
            return listed
        if not kept:
            parsed.hits = [hit for hit in parsed.hits if hit.entity not in aside] or parsed.hits
            return None
        listed.items = kept
        if listed.kind == "count":
            listed.value = len(kept)
        listed.filters["set_aside"] = sorted(aside)
        return listed

    def _aside_positions(self, parsed: Parsed) -> set[int]:
        """The question's token positions that a "besides" sets aside (none without one)."""
        if not _BESIDES_GATE.search(parsed.text.lower()):
            return set()
        clause = _aside_clause(prepare(parsed.text))
        aside = self._aside_tokens(clause) if clause else set()
        return {i for i, token in enumerate(parsed.query.tokens) if token in aside}

    def _aside_tokens(self, clause: str) -> set[str]:
        """The query tokens of the words a clause sets aside, synonym groups included."""
        words = text_tokens(clause)
        return set(words) | set(self.index.fold_synonyms(words))

    def _besides_words_light(self, query: AnalysedQuery, clause: str) -> None:
        """Give the words a question sets aside ("besides migration", "кроме терроризма") little
        weight for the search: the asker knows them, so they must not choose what is asked about
        (the Migration Bodies Council for "what did the St Petersburg council discuss besides migration")."""
        aside = self._aside_tokens(clause)
        if not aside or set(query.tokens) <= aside:
            return  # nothing but the words set aside: they are all there is to search by
        named = self.index.search(self.index.analyse(sorted(aside - {t for t in aside if t[:1] == "~"}) or sorted(aside)), limit=1)
        if not named or named[0].name_cover < ASIDE_NAME_COVER:
            # Words that name no entry ("кого ещё, помимо компетентных органов, предлагали
            # привлекать") may be in the very statement asked for: they keep their weight.
            return
        for position, token in enumerate(query.tokens):
            if token in aside:
                query.weights[position] = min(query.weights[position], BESIDES_WEIGHT)

    @staticmethod
    def _count_words_light(query: AnalysedQuery, text: str) -> None:
        """Give a figure that counts the items asked for little weight (see ``_ITEM_COUNT``)."""
        counted = {
            token
            for found in _ITEM_COUNT.finditer(text)
            if (word := found.group(0).split()[0].lower())
            and (token := f"#{int(word)}" if word.isdigit() else word_token(word)) is not None
            and token[:1] == "#"
        }
        for position, token in enumerate(query.tokens):
            if token in counted:
                query.weights[position] = min(query.weights[position], ITEM_COUNT_WEIGHT)

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
            from_source = self._said_in_cited(parsed, cited, question) if context is None else None
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
        # "xviii ct meeting intl orgs?": which of the group took part in the meeting
        grouped = terse_group.answer(self, parsed, today or date.today(), question) if context is None and len(parsed.text) < 90 else None
        if grouped is not None:
            return grouped
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
        said_first = self._person_said_first(parsed, base) if context is None else None
        if said_first is not None:
            return self._figures_held(parsed, said_first, context)
        # "кто утвердил пограничную?": the document approved, before a follow-up on the last person
        approved = adopted_by.answer(self, parsed, replace(base))
        if approved is not None:
            return approved
        # "which people does the BelTA report name?": the people of that source, not its publisher's card
        if context is None and source_people.CUE((parsed.typed or parsed.text).lower()):
            day, months = question_form.asked_day(parsed.text), question_form.months_named(parsed.text)
            if (named_people := source_people.answer(self, parsed, replace(base), day, months)) is not None:
                return named_people
        # "which meeting talked about drones?": the one meeting whose record covers the topic
        found_at = topic_meeting.answer(self, parsed, replace(base)) if context is None and topic_meeting.CUE((parsed.typed or parsed.text).lower()) else None
        if found_at is not None:
            return found_at
        # Answerers by kind, most specific first; each returns None when the question is not its kind.
        for answerer in (followup.answer, timeline.answer, yesno.answer, define.answer, provenance.answer):
            special = answerer(self, parsed, base, today, context)
            if special is not None and special.items and special.kind in ("list", "count") and _BESIDES_GATE.search(parsed.text.lower()):
                special = self._without_set_aside(parsed, special)
            if special is not None and answerer is followup.answer and ("instead_of" in special.filters or special.filters.get("asserts_nothing")):
                # "а антитеррористическая?" after the border programme: the previous question asked
                # again of another entry, checked already as completed; by its own words it asserts nothing.
                return self._figures_held(parsed, special, context)
            if special is not None:
                # "Was it Putin who greeted it?": who the record names in that part, when not him
                confirmed = named_instead.refine(self, parsed.text, claims.confirm(self, parsed, special))
                return self._figures_held(parsed, confirmed, context)
        listed = self._list_verdict(parsed, base, today)
        if listed is not None and listed.items and _BESIDES_GATE.search(parsed.text.lower()):
            listed = self._without_set_aside(parsed, listed)
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
        return self._figures_held(parsed, claims.confirm(self, parsed, self._entity_verdict(parsed, base)), context)

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

    def _said_in_cited(self, parsed: Parsed, cited: re.Match[str], question: str) -> Verdict | None:
        """ "According to the article on the Moscow security talks, what is CIS collaboration not?":
        the rest of the question names nothing, so what it asks is looked for in the statements and
        notes of every entry recorded from the source cited (the article on the meeting named)."""
        asked = parsed.text.lower()
        if parsed.intent.question != "card" or not _ASKS_WHAT.search(asked) or _NO_REMARK_ASKED.search(asked):
            # "according to the article on X, who attended": X's own record answers; "is the SCO
            # mentioned in the report on X?" is a yes or no.
            return None
        if any(
            hit.name_cover >= _PERSON_SAID_COVER and self.kb.kind(hit.entity) == "person" for hit in parsed.hits[:3]
        ):
            return None  # "…, what did Peskov say": his own words, not a note that names him
        meetings = [m for m, _ in timeline.named_meetings(self, self.parse(cited.group(0)))]
        if len(meetings) != 1:
            topic = self.index.search(self.index.analyse(text_tokens(cited.group(0))), limit=1)
            if not topic or topic[0].score < ANSWER_AT:
                return None
            meetings = [topic[0].entity]
        sources = set(self.kb.entities[meetings[0]].sources)
        if not sources:
            return None
        owners = [entity.id for entity in self.kb.entities.values() if not sources.isdisjoint(entity.sources)]
        start, end = cited.span()
        aside = self._aside_tokens(parsed.text[start:end])
        covered = {i for i, token in enumerate(parsed.query.tokens) if token in aside}
        base = Verdict(question, parsed.lang, "decline", False, intent=parsed.intent.question)
        found = self._statement_verdict(parsed, base, owners, covered=covered, about_names=True)
        if found is None or not found.statements:
            return None
        found.statements = found.statements[:1]
        return found

    def _year_of_meeting(self, question: str) -> str:
        """The question with "in the year of <meeting>" written as that meeting's year, when the words
        name one dated meeting ("какую годовщину Победы отмечали в год петербургского заседания");
        as it was otherwise."""
        found = _YEAR_OF.search(question)
        if found is None or not _MEETING_NOUN.search(found.group("clause")):
            return question
        meetings = [m for m, _ in timeline.named_meetings(self, self.parse(found.group("clause")))]
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
            if token in self._generic or token[:1] == "#" or query.unknown[position] or self._is_speech(token, frame):
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
        if top is None or top.score < GUESS_AT or top.name_cover < _PERSON_SAID_COVER:
            return None
        asked = set(text_tokens(" ".join(found.group(0) for found in _JOINTLY.finditer(text))))
        asked |= set(text_tokens(" ".join(found.group(1) or "" for found in _PARTNER_ASKED.finditer(text))))
        asked |= set(text_tokens(" ".join(parsed.intent.kind_words)))
        covered = {i for i, token in enumerate(parsed.query.tokens) if token in asked}
        found = self._statement_verdict(parsed, replace(base), [top.entity], any_question=True, covered=covered)
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
        sentence = self._description_sentence(entity, query, rest) if self._asks_more(query, rest) else []
        if not sentence:
            return None
        base.kind, base.answered = "quote", True
        base.focus, base.statements = [top.entity], sentence
        base.sources = [statement.source for statement in sentence if statement.source]
        base.confidence = round(top.score, 3)
        return base

    def _person_said_first(self, parsed: Parsed, base: Verdict) -> Verdict | None:
        """ "What did <person> say about the October meetings", "how did Klemez explain ...": the
        person's remark chosen by its content, before any answerer reads the topic's list word
        ("meetings", "programmes") as a list asked for; None unless one is found."""
        hits = parsed.hits[:3]
        if not any(
            hit.name_cover >= _PERSON_SAID_COVER and hit.score >= GUESS_AT and self.kb.kind(hit.entity) == "person"
            for hit in hits
        ):
            return None
        if not parsed.intent.list_kind:
            return None  # no list word for a list answerer to take: the usual order finds the remark
        text = parsed.text.lower()
        if not _ASKS_WHAT_SAID.search(text) or not _SPEECH.search(text) or provenance.about_a_source(text):
            return None  # "how did BelTA know what Klemez said": the source's record is asked
        if _NO_REMARK_ASKED.search(text):
            return None
        if parsed.intent.kind_words:
            # The list word and its verb were taken out of the search as "what is asked"; here they
            # are the topic of the remark ("about the programmes approved in Dushanbe").
            spoken = prepare(question_part(parsed.text))
            query = self.index.analyse(text_tokens(spoken), lambda: surface_words(spoken), cyrillic_share(spoken) < 0.5)
            parsed = replace(parsed, query=query, hits=self.index.search(query, limit=10))
        said = self._said_verdict(parsed, replace(base))
        if said is None or said.kind != "quote" or not said.answered or not said.statements:
            return None
        return said

    def _said_at_place(self, parsed: Parsed, base: Verdict, top: Hit) -> Verdict | None:
        """ "What procedures did the delegates in Moscow explore creating": of the meetings held in
        the place named, the one whose record says it; None when several say it alike."""
        held_there = self.kb.meetings_held_in.get(top.entity, []) if self.kb.kind(top.entity) == "place" else []
        if len(held_there) < 2 or top.name_cover < 0.8:
            return None
        local = self._statement_verdict(parsed, replace(base), held_there, covered=set(top.name_tokens))
        if local is None or len({statement.entity for statement in local.statements}) != 1:
            return None
        return local

    def _names_media(self, word: str | None) -> bool:
        """Whether a word is the name of a news outlet the knowledge base knows ("TASS", "БелТА")."""
        if not word:
            return False
        folded = word.lower()
        return any(
            getattr(entity, "category", None) == "media"
            and folded in {name.lower() for name in (entity.name.en, entity.name.ru, *entity.short.en, *entity.short.ru)}
            for entity in self.kb.entities.values()
        )

    def _entity_verdict(self, parsed: Parsed, base: Verdict) -> Verdict:
        hits = parsed.hits
        said = self._said_verdict(parsed, base)
        if said is not None:
            return said
        holder = self._post_asked(parsed)
        if holder is not None:
            base.kind, base.answered, base.focus = "card", True, [holder]
            base.sources = list(self.kb.entities[holder].sources)
            return base
        if not hits or hits[0].score < GUESS_AT or hits[0].name_cover < MIN_NAME_COVER / 2:
            # "Сколько органов СНГ прислали свои рабочие структуры на июньское совещание": frame
            # words weigh the score down, though one entry explains every other word.
            framed = hits and hits[0].score >= SOLE_FLOOR and not self._frame_words.isdisjoint(parsed.query.tokens)
            sole = self._sole_explainer(parsed, SOLE_FLOOR) if framed else None
            if sole is not None:
                return self._about(sole, parsed, base)
            if (
                hits
                and parsed.intent.question == "card"
                and not any(parsed.query.unknown)
                and not courtesy_only(base.question)
            ):
                # "Drones and terrorism - anything?": no entry named, every word known; a statement
                # among the entries the words reach may explain them all.
                reached = [h.entity for h in hits[:STATEMENT_SEARCH_HITS]]
                found = self._statement_verdict(parsed, base, reached, about_names=True, any_question=True)
                if found is not None:
                    return found
            base.reason = "out_of_scope"
            return base
        top = self._choose(parsed)
        # Either most of the question is explained, or a whole multi-word name is in it
        # ("which council brings together the ministers of internal affairs").
        whole_name = top.name_cover >= 0.8 and len(top.name_tokens) >= 2
        # And the name must be recognisably in the question: much of it, or it explains most of it.
        named = top.name_cover >= MIN_NAME_COVER or top.name_query_cover >= 0.8
        explained = self._linked_cover(parsed, top)
        confident = top.score >= ANSWER_AT and named and (explained >= MIN_EXPLAINED or whole_name)
        if not confident and top.score >= ANSWER_AT and top.name_cover >= 0.8:
            confident = self._own_record_explains(top, parsed)
        if confident and self._meeting_asked_of_place(parsed, top):
            confident = False
        several = self._meetings_named_by_place(parsed, top) if confident else []
        if several:
            # "Кто участвовал во встрече в Москве?", "…на совещании в Москве в июне": a meeting named
            # by its city, where several were held; the alternatives still offer the others.
            top = self._meeting_there(parsed, base, top, several)
        elif confident and parsed.intent.question == "card":
            meant = meeting_of_city(self.kb, parsed.query.tokens, top)
            if meant is not None:
                top = next((h for h in parsed.hits if h.entity == meant), replace(top, entity=meant))
        if (
            not confident
            and parsed.intent.question == "when"
            and self.kb.kind(top.entity) in ("body", "organisation")
            and top.name_cover >= 0.8
            and SET_UP.search(parsed.text)
        ):
            # "When was the EAG set up?": the verb of founding weighs the score down, but the body
            # named in full is what is asked (and the sources say, or do not say, when).
            confident = True
        base.confidence = round(top.score, 3)
        if not confident:
            # Before any statement: one entry explaining every word that names something is asked.
            sole = self._sole_explainer(parsed)
            if sole is not None:
                return self._about(sole, parsed, base)
            quoted = self._statement_verdict(parsed, base)
            if quoted is not None:
                return quoted
            local = self._said_at_place(parsed, base, top)
            if local is not None:
                return local
            asked = self._clear_attribute(top, parsed, base)
            if asked is not None:
                return asked
            # Nothing named answers it: a statement among the entries the words reach may
            # ("what were the bodies' activities in 2025 aimed at").
            reached = [h.entity for h in hits[:STATEMENT_SEARCH_HITS]]
            found = self._statement_verdict(parsed, base, reached, about_names=True, any_question=True)
            if found is not None:
                return found
            candidates = [h.entity for h in hits[:3] if h.score >= GUESS_AT]
            if parsed.intent.question == "card" and all(self.kb.kind(c) in ("place", "state") for c in candidates):
                # "Weather in Moscow": a known place, asked about something the sources do not cover.
                base.reason = "out_of_scope"
                return base
            if (
                len(candidates) == 1
                and hits[0].name_cover >= WHOLE_NAME_COVER
                and len(hits[0].name_tokens) >= 2
                and parsed.intent.question == "card"
            ):
                # "Hey, sorry if this is a silly question, but I keep seeing 'Year of Peace and Unity'
                # in CIS news - what's that about?": chatter dilutes the score, but the one candidate's
                # whole name is in the question and nothing else comes close: it is what is asked.
                return self._about(hits[0], parsed, base)
            reported = _REPORTED_BY.search(parsed.text)
            if reported is not None and self._names_media(reported.group("outlet") or reported.group("outlet_ru") or reported.group("outlet_lat")):
                # "the Moscow gathering ... reported by TASS — what was its purpose?": the outlet says
                # where the asker read of it, not what is asked; its name would only compete.
                plain = f"{parsed.text[: reported.start()]} {parsed.text[reported.end() :]}"
                without = self._entity_verdict(self.parse(plain, parsed.lang), replace(base))
                if without.answered:
                    without.question = base.question
                    return without
            base.kind = "clarify"
            base.reason = "unsure"
            base.alternatives = [h.entity for h in hits[:3] if h.score >= GUESS_AT]
            return base
        verdict = self._about(top, parsed, base)
        verdict.alternatives = [
            h.entity for h in hits if h.entity != top.entity and h.score >= max(ANSWER_AT, top.score - ALTERNATIVE_GAP)
        ][:3]
        return verdict

    def _sole_explainer(self, parsed: Parsed, floor: float = GUESS_AT) -> Hit | None:
        """ "a mezhdunarodnyh organizaciy na iyunskom antiterror soveshchanii skolko prishlo": the
        score is diluted by words of the question's frame, but one candidate explains every word
        that names something; it is what is asked. Several that do: the one whose own name explains
        clearly the most of those words. None when a word naming something is unknown to the
        sources or left unexplained ("Was Moldova at any of the meetings?", "the XIX meeting")."""
        query = parsed.query
        left_out = self._generic | self._generic_groups | self._frame_words
        content = [i for i, token in enumerate(query.tokens) if token not in left_out]
        premise: set[int] = set()
        if question_form.is_yes_no(parsed.text):
            # "Were the drills going to take place in Kyrgyzstan?": the place or state named is the
            # premise to check against the subject's record, not a word the subject must explain.
            premise = {
                i
                for hit in parsed.hits[:5]
                if hit.score >= floor and self.kb.kind(hit.entity) in ("place", "state")
                for i in hit.name_tokens
            }
            content = [i for i in content if i not in premise]
        if not content or any(query.unknown[i] for i in content):
            return None
        hits = parsed.hits[:5]
        own = {hit.entity: self._named_with_owners(hit, hits) for hit in hits if hit.score >= floor}
        able = [
            hit
            for hit in hits
            if hit.score >= floor
            and hit.name_cover >= MIN_NAME_COVER / 2
            and not (premise and self.kb.kind(hit.entity) in ("place", "state"))
            and all(max(hit.explained.get(i, 0.0), own[hit.entity].get(i, 0.0)) >= SOLE_EXPLAINED for i in content)
        ]
        # Those whose name is recognisably in the question first; a long name half-quoted
        # ("iyunskoe soveshchanie") only when none is.
        able = [hit for hit in able if hit.name_cover >= MIN_NAME_COVER] or able
        # Of an entry and the items it counts or lists ("how many basic organisations at the June
        # meeting"), the kind that answers the question asked.
        wanted = _SUPPORTS.get(parsed.intent.question)
        if wanted:
            able = [hit for hit in able if self.kb.kind(hit.entity) in wanted] or able
        if len(able) <= 1:
            return able[0] if able else None
        total = sum(query.weights[i] for i in content) or 1.0

        def named_share(hit: Hit) -> float:
            return sum(query.weights[i] for i in content if i in hit.name_tokens or i in own[hit.entity]) / total

        ranked = sorted(able, key=named_share, reverse=True)
        return ranked[0] if named_share(ranked[0]) >= named_share(ranked[1]) + SOLE_NAME_LEAD else None

    def _named_with_owners(self, hit: Hit, hits: list[Hit]) -> dict[int, float]:
        """The words a meeting's body, city or country names among the candidates ("питерского
        заседания глав МВД": the city's name explains the meeting held there); none for another kind."""
        meeting = self.kb.entities[hit.entity]
        if not isinstance(meeting, Meeting):
            return {}
        place = meeting.place
        owners = {meeting.body, place, self.kb.country_of_place(place) if place else None}
        return {i: other.explained.get(i, 0.0) for other in hits if other.entity in owners for i in other.name_tokens}

    def _own_record_explains(self, top: Hit, parsed: Parsed) -> bool:
        """ "Klemez — which department does he run?": a person named in full, and the rest of the
        question explained by his own posts, though the index found it elsewhere."""
        person = self.kb.entities[top.entity]
        if not isinstance(person, Person):
            return False
        query = parsed.query
        rest = [i for i in range(len(query.tokens)) if i not in top.name_tokens and query.tokens[i] not in self._generic]
        if person.roles:
            # "which department does he run / lead / head": a post (director, chair) is heading it.
            heads = {token for found in _HEADS.finditer(parsed.text) for token in text_tokens(found.group(0))}
            rest = [i for i in rest if query.tokens[i] not in heads]
        if any(query.unknown[i] for i in rest):
            return False  # a word the sources do not know ("the 14th meeting") is asked of no record
        if not self._asks_more(query, rest):
            return False
        # His posts only: a description retells what he said and where, which the statements answer.
        raw = text_tokens(" ".join(text for role in person.roles for text in (role.title.en, role.title.ru)))
        tokens = set(self.index.fold_synonyms(raw)).union(raw)
        total = sum(query.weights[i] for i in rest) or 1.0
        found = sum(
            query.weights[i] * max((sim for token, sim in query.matches[i] if token in tokens), default=0.0)
            for i in rest
        )
        return found / total >= FOCUS_AT

    def _clear_attribute(self, top: Hit, parsed: Parsed, base: Verdict) -> Verdict | None:
        """A value asked of an entry that is clearly the one meant, though the question has words
        besides ("what period does the new programme cover, cheers"): among the entries that have
        such a value, one leads the others clearly and has part of its name in the question."""
        question = parsed.intent.question
        if question == "card":
            return None
        group = _subject_group(parsed.intent)
        able: list[tuple[Hit, Verdict]] = []
        for hit in parsed.hits[:5]:
            if hit.score < GUESS_AT or hit.name_cover < CLEAR_NAME_COVER:
                continue
            if question == "count" and self.kb.kind(hit.entity) != "fact":
                continue  # only the items a fact enumerates are counted here; meetings count elsewhere
            trial = Verdict(base.question, base.lang, base.kind, False, matches=base.matches, intent=base.intent)
            verdict = answer_attribute(self.kb, trial, self.kb.entities[hit.entity], question, group, parsed.text)
            if verdict is not None and verdict.kind == "fact" and verdict.reason != "not_stated":
                able.append((hit, verdict))
        if not able or (len(able) > 1 and able[1][0].score > able[0][0].score - CLEAR_LEAD):
            return None
        hit, verdict = able[0]
        if question in ("agenda", "outcomes"):
            others = self._besides(hit, parsed, verdict.statements)
            verdict.statements = others if others is not None else self._relevant_first(hit, parsed, verdict.statements)
        return verdict

    def _choose(self, parsed: Parsed) -> Hit:
        """The best hit, preferring among near-equals one whose kind answers the question type."""
        hits = parsed.hits
        if parsed.intent.question == "role":
            # "Кем работает Клемез в Исполкоме СНГ": a post is held by a person; the body the
            # question also names (often scored higher, its name is longer) is where.
            person = next(
                (h for h in hits[:5] if h.score >= ANSWER_AT and h.name_cover >= 0.5 and self.kb.kind(h.entity) == "person"),
                None,
            )
            if person is not None:
                return person
        wanted = _SUPPORTS.get(parsed.intent.question)
        if parsed.intent.question == "when" and hits[0].score >= GUESS_AT and SET_UP.search(parsed.text):
            # "When was the Interior Ministers Council established?": the body's founding is asked,
            # not its meeting's date.
            bodies = [h for h in hits[:4] if self.kb.kind(h.entity) in ("body", "organisation") and h.name_cover >= 0.8]
            # "When was the CIS Plus format created?": a name holding the body's and more is asked
            # (a fact of the body's own founding aside: "Establishment of the CIS ATC").
            wider = [o for o in hits[:4] if o.score >= GUESS_AT and self.kb.kind(o.entity) != "fact"]
            bodies = [h for h in bodies if not any(o.name_tokens > h.name_tokens for o in wider)]
            # Of two named ("when did the Council of Heads of State decide to set up the ATC"), the
            # one whose founding is recorded; of one, that one.
            founded = [h for h in bodies if getattr(self.kb.entities[h.entity], "established", None)]
            if founded or len(bodies) == 1:
                return (founded or bodies)[0]
            if self._only_the_cis_named(parsed):
                # "When was the CIS founded?": the Commonwealth itself, not the ATC's founding that
                # shares "CIS" and "founded" (and the sources do not say when the CIS was set up).
                return replace(hits[0], entity="cis", name_cover=1.0, name_query_cover=1.0)
        if wanted and parsed.intent.years and "meeting" in wanted:
            dated = self._meeting_of_year(parsed)
            if dated is not None:
                return dated
        if wanted:
            for hit in hits:
                if hit.score < hits[0].score - ALTERNATIVE_GAP:
                    break
                if self.kb.kind(hit.entity) in wanted:
                    return hit
            if "meeting" in wanted:
                # "Кто участвовал в заседании СМВД в Петербурге": the council named outright, its
                # meeting a little behind: who took part is asked of the meeting.
                linked = self._meeting_of_top(hits) or self._only_meeting_there(parsed)
                if linked is not None:
                    return linked
        if (
            parsed.intent.question == "card"
            and self.kb.kind(hits[0].entity) == "body"
            and "~meeting" in parsed.query.tokens
            and not _HELD_TOKENS.isdisjoint(parsed.query.tokens)
        ):
            # "совещание совета секретарей безопасности прошло …": a meeting held is asked, the
            # body's own meeting close behind it is the entry, not the body.
            held = self._meeting_of_top(hits)
            if held is not None:
                return held
        # Of entries scored alike, the one whose name says more of the question ("the bodies'
        # activities in 2025 were aimed at" over "the Executive Committee" the question cites).
        tied = [h for h in hits if h.score >= hits[0].score - TIE]
        return max(tied, key=lambda h: (h.name_query_cover, h.score))

    def _only_the_cis_named(self, parsed: Parsed) -> bool:
        """Whether the CIS is all a question names: its name and no other word of substance beside
        the question's frame ("когда СНГ было создано")."""
        if "~cis" not in parsed.query.tokens or "cis" not in self.kb.entities:
            return False
        left_out = self._generic | self._generic_groups | self._frame_words | self._cis_words
        rest = [token for token in text_tokens(SET_UP.sub(" ", parsed.text)) if token not in left_out and not is_stop(token)]
        return not rest

    def _meeting_of_year(self, parsed: Parsed) -> Hit | None:
        """ "When did the counter-terrorism chiefs meet in Moscow in 2025?": the top meeting is not
        of the year named (or undated) and a meeting close behind is, and fully explains a word
        the top one does not (here "counter-terrorism"): the year and that word name it."""
        hits = parsed.hits
        top = hits[0]
        top_meeting = self.kb.get(top.entity)
        if not isinstance(top_meeting, Meeting):
            return None
        top_date = meeting_date(top_meeting)
        if top_date is not None and top_date.year in parsed.intent.years:
            return None
        for hit in hits[1:4]:
            meeting = self.kb.get(hit.entity)
            if hit.score < top.score - YEAR_GAP or not isinstance(meeting, Meeting):
                continue
            day = meeting_date(meeting)
            if day is None or day.year not in parsed.intent.years or hit.name_cover < MIN_NAME_COVER:
                continue
            words = [
                i
                for i, similarity in hit.explained.items()
                if similarity >= 1.0
                and top.explained.get(i, 0.0) < 1.0
                and not parsed.query.tokens[i].startswith("#")
                # a month is a date asked of the meeting named, no word naming another (tuning17_look)
                and parsed.query.tokens[i] not in self._month_words
            ]
            if words:
                return hit
        return None

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

    def _linked_cover(self, parsed: Parsed, top: Hit) -> float:
        """Share of the question a chosen meeting explains, counting the words of the top hit it
        belongs to ("на совещании МВД в Питере": the city is where that meeting was held)."""
        hits = parsed.hits
        if top is hits[0] or self.kb.kind(top.entity) != "meeting" or self._meeting_of_top(hits) is not top:
            return top.query_cover
        weights = parsed.query.weights
        total = sum(weights) or 1.0
        positions = {*top.explained, *hits[0].explained}
        found = sum(weights[i] * max(top.explained.get(i, 0.0), hits[0].explained.get(i, 0.0)) for i in positions)
        return max(top.query_cover, found / total)

    def _meeting_asked_of_place(self, parsed: Parsed, top: Hit) -> bool:
        """ "Сколько стран пришло на заседание совета обороны в Минске": a meeting's attribute asked
        and a city or state the best entry; its card answers none of it (no meeting there is
        recorded, or it would be the entry), so the engine is unsure, never confident."""
        return (
            parsed.intent.question in _MEETING_QUESTIONS
            and "~meeting" in parsed.query.tokens
            and self.kb.kind(top.entity) in ("place", "state")
        )

    def _meetings_named_by_place(self, parsed: Parsed, top: Hit) -> list[str]:
        """The meetings held where the chosen meeting was, when the question names that meeting by
        its place alone ("the Moscow meeting", "встреча в Москве"): every word that names something
        is the place's or a word for a meeting. Years and months named narrow them (to one, perhaps not
        the top one). Empty otherwise."""
        if parsed.intent.question not in _MEETING_QUESTIONS:
            return []
        meeting = self.kb.entities[top.entity]
        if not isinstance(meeting, Meeting) or not meeting.place:
            return []
        place_hit = next((h for h in parsed.hits[:5] if h.entity == meeting.place), None)
        if place_hit is None:
            return []
        # Years and months narrow the meetings below; a word the meeting explains only by a likeness
        # ("направил" ~ "направления") tells nothing.
        years = {str(year) for year in parsed.intent.years}
        months = question_form.months_named(parsed.text)
        left_out = self._generic | self._generic_groups | self._frame_words | self._month_words | {"~meeting"}
        left_out |= {f"#{year}" for year in years}
        telling = [
            i
            for i, token in enumerate(parsed.query.tokens)
            if token not in left_out
            and i not in place_hit.name_tokens
            and (i in top.name_tokens or top.explained.get(i, 0.0) >= EXACT_ENOUGH)
        ]
        if telling:
            return []
        held = list(self.kb.meetings_held_in.get(meeting.place, []))
        dates = {m: str(getattr(self.kb.entities[m], "date", None) or "") for m in held}
        if years:
            held = [m for m in held if dates[m][:4] in years]
        if months:
            held = [m for m in held if dates[m][5:7].isdigit() and int(dates[m][5:7]) in months]
        return held

    def meeting_meant(self, parsed: Parsed, meeting_id: str) -> str:
        """``meeting_id``, or the meeting of the same city the question means when it names the
        meeting by that city alone (see :meth:`_meeting_there`)."""
        hit = next((h for h in parsed.hits if h.entity == meeting_id), None)
        if hit is None:
            return meeting_id
        # Its participants are what a list of a meeting's states or bodies asks.
        parsed = replace(parsed, intent=replace(parsed.intent, question="participants"))
        several = self._meetings_named_by_place(parsed, hit)
        if not several:
            return meeting_id
        base = Verdict(parsed.text, parsed.lang, "decline", False)
        return self._meeting_there(parsed, base, hit, several).entity

    def _meeting_there(self, parsed: Parsed, base: Verdict, top: Hit, held: list[str]) -> Hit:
        """Of the meetings held in the city a question names, the one it means: the only one of the
        year or month named; else the only one whose Russian name has the word for a meeting typed
        ("совещание" is the XVIII's, "заседание" the 13th's); else the best-matched one whose record
        answers what is asked (the 13th lists no participants, the others do)."""
        def hit_of(entity_id: str) -> Hit:
            return next((h for h in parsed.hits if h.entity == entity_id), replace(top, entity=entity_id))

        if len(held) == 1:
            return hit_of(held[0])
        typed = {stem for stem in _MEETING_WORD_STEMS if stem in parsed.text.lower()}
        if typed:
            worded = [m for m in held if any(stem in self._russian_names(m) for stem in typed)]
            if len(worded) == 1:
                return hit_of(worded[0])
        ranked = sorted(held, key=lambda m: m != top.entity)
        for entity_id in ranked:
            trial = self._about(hit_of(entity_id), parsed, replace(base))
            if trial.answered and trial.reason is None:
                return hit_of(entity_id)
        return top

    def _russian_names(self, entity_id: str) -> str:
        """An entry's official Russian name and short names (not the aliases users type), in lower
        case, in one string."""
        entity = self.kb.entities[entity_id]
        return " ".join([entity.name.get("ru"), *entity.short.ru]).lower()

    def _only_meeting_there(self, parsed: Parsed) -> Hit | None:
        """ "skoka stran bylo na soveshanii v pitere": a meeting word and a city where only one
        meeting was held, no meeting among the hits: that meeting, matched as the city is."""
        hits = parsed.hits
        if "~meeting" not in parsed.query.tokens or self.kb.kind(hits[0].entity) != "place":
            return None
        if any(self.kb.kind(h.entity) == "meeting" for h in hits):
            return None
        held = self.kb.meetings_held_in.get(hits[0].entity, [])
        return replace(hits[0], entity=held[0]) if len(held) == 1 else None

    def _meeting_of_top(self, hits: list[Hit]) -> Hit | None:
        """A meeting among the close hits that belongs to the top hit (its body, place or country)."""
        top = hits[0].entity
        for hit in hits[1:5]:
            if hit.score < hits[0].score - MEETING_OF_TOP_GAP:
                break
            meeting = self.kb.entities[hit.entity]
            if isinstance(meeting, Meeting):
                place = meeting.place
                country = self.kb.country_of_place(place) if place else None
                if top in (meeting.body, place, country):
                    return hit
        return None

    def _about(self, hit: Hit, parsed: Parsed, base: Verdict) -> Verdict:
        """What the question asks about one entity."""
        entity = self.kb.entities[hit.entity]
        focus = self._focus_statements(hit, parsed)
        question = parsed.intent.question
        if question == "card" and isinstance(entity, Meeting) and entity.agenda and self._aside_positions(parsed):
            # "What else, apart from road safety, did they take up": the rest of its agenda.
            question, focus = "agenda", []
        verdict = answer_attribute(self.kb, base, entity, question, _subject_group(parsed.intent), parsed.text)
        if verdict is not None:
            others = self._besides(hit, parsed, verdict.statements) if question in ("agenda", "outcomes") else None
            if others is not None:
                verdict.statements = others
            elif focus and question in ("agenda", "outcomes"):
                verdict.statements = _merge_statements(focus, verdict.statements)
            elif question in ("agenda", "outcomes"):
                verdict.statements = self._relevant_first(hit, parsed, verdict.statements)
            return verdict
        base.answered = True
        base.focus = [entity.id]
        base.sources = list(entity.sources)
        if focus and question == "card" and _OVERVIEW.match(parsed.typed or base.question):
            # "Расскажи про августовское заседание глав МВД стран СНГ": an overview is asked; the
            # words that describe the meeting ("стран") are no topic of one of its statements.
            focus = []
        if focus:
            base.kind = "quote"
            base.statements = focus
            base.sources = list(dict.fromkeys([*(s.source for s in focus if s.source), *entity.sources]))
        else:
            base.kind = "card"
        return base

    def _own_source_positions(self, hit: Hit, parsed: Parsed) -> set[int]:
        """Query positions of an organisation that published one of the entity's sources."""
        entity = self.kb.entities[hit.entity]
        cites = set()
        for source_id in getattr(entity, "sources", ()):
            source = self.kb.source(source_id)
            if source is not None:
                cites |= set(text_tokens(f"{source.publisher.en} {source.publisher.ru}"))
                if source.cite is not None:
                    cites |= set(text_tokens(f"{source.cite.en} {source.cite.ru}"))
        return {
            i
            for h in parsed.hits[:6]
            if self.kb.kind(h.entity) == "organisation" and h.score >= mentions.GUESS_SCORE
            for i in h.name_tokens
            if i < len(parsed.query.tokens) and parsed.query.tokens[i] in cites
        }

    def _without_outcome_frame(self, hit: Hit, parsed: Parsed, rest: list[int]) -> list[int]:
        """The positions left to explain without the words that only ask for a meeting's outcomes
        ("what did the summit decide", "какие решения принял саммит", "what did the CIS leaders
        decide"), when nothing else is asked of them: they pulled a side statement ("These
        decisions confirm the openness ...") or a note first. With other words ("what do the
        decisions show about its attitude to partners") they are part of what is asked."""
        if parsed.intent.question != "outcomes" or self.kb.kind(hit.entity) != "meeting":
            return rest
        other = [i for i in rest if parsed.query.tokens[i] not in self._outcome_words]
        return rest if other and self._asks_more(parsed.query, other) else other

    def _relevant_first(self, hit: Hit, parsed: Parsed, statements: list[Statement]) -> list[Statement]:
        """A meeting's outcomes or agenda with the one that best explains the rest of the question
        first ("what do the decisions show about ...": the source's own reading of them), since only
        the first few are shown; as they were when none explains it at all."""
        query = parsed.query
        rest = [
            i
            for i in range(len(query.tokens))
            if i not in hit.name_tokens
            and query.tokens[i] not in self._generic
            and not query.unknown[i]
        ]
        rest = self._without_outcome_frame(hit, parsed, rest)
        if len(statements) < 2 or not self._asks_more(query, rest):
            return statements
        scored = self._scored_statements([hit.entity], query, rest, RELEVANT_AT)
        texts = [self.index.statement(doc_id).en for _, _, doc_id in scored[:1]]  # type: ignore[attr-defined]
        first = [s for s in statements if s.en in texts]
        if not first:
            return statements
        # The question asks one thing of them: the rest only as context, a few.
        return [*first, *(s for s in statements if s not in first)][:RELEVANT_SHOWN]

    def _besides(self, hit: Hit, parsed: Parsed, statements: list[Statement]) -> list[Statement] | None:
        """ "What else, besides illegal migration, did they discuss": the items other than those that
        explain the rest of the question (the asker knows those); None unless "besides" is asked
        and some item, not all, is left out."""
        if not _BESIDES.search(parsed.text.lower()):
            return None
        query = parsed.query
        rest = [
            i
            for i in range(len(query.tokens))
            if i not in hit.name_tokens and query.tokens[i] not in self._generic and not query.unknown[i]
        ]
        clause = _aside_clause(prepare(parsed.text))
        aside = self._aside_tokens(clause) if clause else set()
        if any(query.tokens[i] in aside for i in rest):
            # The words set aside are what the items left out must explain, not the rest of the
            # question ("кроме миграции ... в Петербурге": not the statements about the city).
            rest = [i for i in rest if query.tokens[i] in aside]
        if not rest:
            return None
        named = {self.index.statement(doc_id).en for _, _, doc_id in self._scored_statements([hit.entity], query, rest, RELEVANT_AT)}  # type: ignore[attr-defined]
        others = [s for s in statements if s.en not in named]
        return others if others and len(others) < len(statements) else None

    def _focus_statements(self, hit: Hit, parsed: Parsed) -> list[Statement]:
        """Statements of the entity that explain the part of the question its name does not."""
        query = parsed.query
        # "Что за учение Содружество-Антитеррор-2025?": a word of the entry's own full name ("учение",
        # "exercise") right beside the short name it was found by asks for the entry, not a statement.
        beside: set[int] = set()
        if hit.name_tokens:
            entity = self.kb.entities[hit.entity]
            raw = text_tokens(f"{entity.name.en} {entity.name.ru}")
            own = {*raw, *self.index.fold_synonyms(raw)}
            edges = (min(hit.name_tokens) - 1, max(hit.name_tokens) + 1)
            beside = {i for i in edges if 0 <= i < len(query.tokens) and query.tokens[i] in own}
        rest = [
            i
            for i in range(len(query.tokens))
            if i not in hit.name_tokens
            and query.tokens[i] not in self._generic
            and not query.unknown[i]
            and i not in beside
        ]
        rest = self._without_outcome_frame(hit, parsed, rest)
        said_of = provenance.source_words(parsed.text.lower()) if rest and isinstance(self.kb.entities[hit.entity], Meeting) else set()
        if said_of:
            # "О чём сообщает статья БелТА о заседании СМВД": the article, its verb and the
            # meeting's own publisher ask what the source reports of the meeting, not for a
            # statement or note that has the words "статья" or "BelTA"
            cited = self._own_source_positions(hit, parsed)
            framing = said_of | self._reporting_words
            rest = [i for i in rest if i not in cited and not _framed(query.tokens[i], framing)]
        if not self._asks_more(query, rest):
            return []
        related = [f.id for f in self.kb.facts_of(hit.entity)]
        # A document's own words are often among the outcomes of the meeting that adopted it.
        entity = self.kb.entities[hit.entity]
        if isinstance(entity, Document) and entity.meeting and entity.meeting in self.kb.entities:
            related.append(entity.meeting)
        if isinstance(entity, Meeting) and len(entity.sources) == 1 and provenance.source_words(parsed.text.lower()):
            # "How does the article on the Moscow meeting characterise CIS collaboration": the
            # article is asked, and its commentary may be kept with a remark it reports (a fact of
            # the same one source), not with the meeting.
            related += [
                fact.id
                for fact in self.kb.entities.values()
                if isinstance(fact, Fact) and fact.sources == entity.sources and fact.id not in related
            ]
        scored = self._scored_statements([hit.entity, *related], query, rest, FOCUS_AT)
        # A person's own record (posts, description) answers when it explains the rest better
        # than any statement ("which department does Klemez head": his post says; a statement
        # that merely mentions "heads of state" does not). A document's description retells its
        # statements, which quote the source better.
        person = self.kb.entities[hit.entity]
        if scored and isinstance(person, Person) and self._record_score(person, query, rest) > scored[0][0]:
            return []
        if not scored and isinstance(entity, Body | Organisation):
            # "What are the EAG's assessments based on?": the sentence of its description that says.
            return self._description_sentence(entity, query, rest)
        return [self._as_statement(owner, doc_id, with_speaker=False) for _, owner, doc_id in scored[:3]]

    def _description_sentence(self, entity: Entity, query: AnalysedQuery, rest: list[int]) -> list[Statement]:
        """The one sentence of an entry's description (paired across languages) that explains
        ``rest`` as well as a statement would have to; none when the languages split differently."""
        english = [part for part in re.split(r"(?<=[.;])\s+", entity.description.en.strip()) if part]
        russian = [part for part in re.split(r"(?<=[.;])\s+", entity.description.ru.strip()) if part]
        if len(english) < 2 or len(english) != len(russian):
            return []
        total = sum(query.weights[i] for i in rest) or 1.0
        best: tuple[float, int] | None = None
        for position, (en, ru) in enumerate(zip(english, russian, strict=True)):
            raw = text_tokens(f"{en} {ru}")
            tokens = set(self.index.fold_synonyms(raw)).union(raw)
            found = sum(
                query.weights[i] * max((sim for token, sim in query.matches[i] if token in tokens), default=0.0)
                for i in rest
            )
            if best is None or found / total > best[0]:
                best = (found / total, position)
        if best is None or best[0] < FOCUS_AT or best[1] == 0:
            return []  # the first sentence is on the card already
        source = entity.sources[0] if entity.sources else None
        return [Statement(english[best[1]], russian[best[1]], entity.id, source, None)]

    def _record_score(self, person: Person, query: AnalysedQuery, rest: list[int]) -> float:
        """Share of the weight of ``rest`` that a person's description and posts explain."""
        texts = [person.description.en, person.description.ru]
        texts += [text for role in person.roles for text in (role.title.en, role.title.ru)]
        raw = text_tokens(" ".join(texts))
        tokens = set(self.index.fold_synonyms(raw)).union(raw)
        total = sum(query.weights[i] for i in rest) or 1.0
        found = sum(
            query.weights[i] * max((sim for token, sim in query.matches[i] if token in tokens), default=0.0)
            for i in rest
        )
        return found / total

    def _statement_verdict(
        self,
        parsed: Parsed,
        base: Verdict,
        owners: list[str] | None = None,
        *,
        about_names: bool = False,
        any_question: bool = False,
        covered: set[int] | None = None,
        facts_by_name: bool = False,
        notes_naming: str | None = None,
    ) -> Verdict | None:
        """What someone or something said or holds about the rest of the question ("what did
        Klemez say about training", "who spoke about smuggling"): among ``owners`` (default: the
        entities the question names, their facts and what they said), the statements that explain
        the words the names leave unexplained."""
        query = parsed.query
        if parsed.intent.question not in ("card", "agenda", "speakers") and not any_question:
            return None
        if parsed.intent.question in ("agenda", "outcomes") and _BESIDES.search(parsed.text.lower()):
            return None  # the statements about what is left out are not what is asked
        named = self.named_hits(parsed)
        if owners is None:
            if not named:
                return None
            owners = [h.entity for h in named]
        # The owners' names say whose statements to read, unless the statements are sought about them.
        covered = (covered or set()) | (
            set() if about_names else set().union(*(h.name_tokens for h in named if h.entity in owners))
        )
        # Words the knowledge base does not know are typos when a name says whose statements to
        # read; when nothing is named they are what the question is about, and nothing explains them.
        # Otherwise an unknown word may be a form the index lacks ("временах"), but an unknown
        # number ("the programme for 2023-2025") is a constraint no statement meets.
        rest = [
            i
            for i in range(len(query.tokens))
            if i not in covered
            and query.tokens[i] not in self._generic
            and (about_names or not query.unknown[i] or (not named and query.tokens[i].startswith("#")))
        ]
        # Words for the source ("what does the report say about openness") say where it is said,
        # not what: they explain nothing unless nothing else is asked ("what did the EAG report").
        cited = provenance.source_words(parsed.text.lower())
        rest = [i for i in rest if query.tokens[i] not in cited] or rest
        if not _MONTH_TOKENS.isdisjoint(query.tokens) and _MONTH_ADJECTIVE.search(parsed.text):
            # "участники июньского совещания предлагали ...": the month read from the adjective
            # places the meeting; no statement is asked to say it.
            rest = [i for i in rest if query.tokens[i] not in _MONTH_TOKENS] or rest
        if "оцен" in parsed.text or "мнени" in parsed.text or "ocen" in parsed.text:
            # "по оценке участников": the words that credit a view say whose it is, not what about.
            credit = {token for found in _CREDIT.finditer(parsed.text.lower()) for token in text_tokens(found.group(0))}
            rest = [i for i in rest if query.tokens[i] not in credit] or rest
        weighed = _ASSESSMENT.search(parsed.text)
        if weighed is not None:
            # "How important is the Council, according to Klemez": the words ask for his assessment,
            # in whatever words he made it ("plays a crucial role"); what is assessed is the rest.
            asked = set(text_tokens(weighed.group(0)))
            rest = [i for i in rest if query.tokens[i] not in asked] or rest
        if owners and all(self.kb.kind(o) == "person" for o in owners):
            # "Какие угрозы назвал Клемез на заседании СМВД": the meeting places his words, the
            # rest asks what about (no other word left: the meeting is what is asked about).
            placed = venue.venue_tokens(parsed.text)
            if placed:
                placed |= set(self.index.fold_synonyms(list(placed)))
                rest = [
                    i for i in rest if not any(venue.is_placed(t, placed) for t in self._with_synonyms({query.tokens[i]}))
                ] or rest
        if not self._asks_more(query, rest):
            return None
        holders = list(dict.fromkeys(e for o in owners for e in (o, *(f.id for f in self.kb.facts_of(o)))))
        scored = self._scored_statements(holders, query, rest, STATEMENT_AT)
        aside = self._aside_positions(parsed) if not scored else set()
        if aside and self._asks_more(query, without := [i for i in rest if i not in aside]):
            # "Besides sharpening capabilities, what procedures did they explore": when no statement
            # holds the words set aside too, they are what the asker knows from another one.
            scored = self._scored_statements(holders, query, without, STATEMENT_AT)
            rest = without if scored else rest
        if facts_by_name:
            scored = self._with_fact_names(parsed, holders, rest, scored)
        if notes_naming is not None:
            # Only the knowledge base's notes that name the person: what the source says near his
            # words without saying they are his.
            scored = [
                item
                for item in scored
                if (text := self.index.statement(item[2])) in self.kb.entities[item[1]].notes
                and notes_naming in text.en
            ]
        if (
            not scored
            and notes_naming is None
            and parsed.intent.question != "count"
            and all(self.kb.kind(o) == "person" for o in owners)
        ):
            # Words of the CIS's name are in every remark: they pair nothing.
            scored = self._paired_statements(holders, query, [i for i in rest if query.tokens[i] not in self._cis_words])
        if not scored and "(" in parsed.text:
            scored = self._by_examples(parsed, holders, rest)
        if not scored and not about_names:
            scored = self._by_full_names(parsed, holders, rest, [h for h in named if h.entity not in owners])
        if not scored:
            return None
        best = scored[0][0]
        statements = self._not_retold([(owner, doc_id) for score, owner, doc_id in scored[:3] if score >= best - 0.15])
        base.kind, base.answered = "quote", True
        base.value = {"about": sorted(self._with_synonyms({query.tokens[i] for i in rest}))}
        first = [named[0].entity] if named and named[0].entity in owners else []
        # A meeting's words named with their speaker (``_not_retold``) keep the meeting in focus too.
        said = [
            entry
            for s in statements
            for entry in ((s.entity, s.speaker) if s.speaker and self.kb.kind(s.entity) == "meeting" else (s.speaker or s.entity,))
        ]
        base.focus = list(dict.fromkeys([*first, *said]))
        base.statements = statements
        base.sources = list(dict.fromkeys(s.source for s in statements if s.source))
        base.confidence = round(best, 3)
        return base

    def _not_retold(self, chosen: list[tuple[str, int]]) -> list[Statement]:
        """The chosen statements without those that retell one before them in other words (a
        headline fact summing up the remark it follows): one answer, not the same thing twice. The
        same words held by a meeting and by the person who said them keep the meeting and name him."""
        kept: list[tuple[frozenset[str], Statement]] = []
        for owner, doc_id in chosen:
            tokens = self.index.statement_tokens(doc_id)
            statement = self._as_statement(owner, doc_id, with_speaker=True)
            retold = next(
                (
                    number
                    for number, (earlier, _) in enumerate(kept)
                    if len(tokens & earlier) >= RETOLD_SHARE * min(len(tokens), len(earlier))
                ),
                None,
            )
            if retold is None:
                kept.append((tokens, statement))
            elif statement.speaker is not None and kept[retold][1].speaker is None:
                kept[retold] = (kept[retold][0], replace(kept[retold][1], speaker=statement.speaker))
        return [statement for _, statement in kept]

    def _by_examples(self, parsed: Parsed, holders: list[str], rest: list[int]) -> list[tuple[float, str, int]]:
        """The statements that hold the examples the asker gives of the items they want ("what are
        the ministries doing (operations, training etc.)", "какие направления (киберзащита и т.п.)"):
        the rest of the question describes those items in its own words, the examples in the source's."""
        found = _EXAMPLES.search(parsed.text)
        if found is None:
            return []
        raw = text_tokens(found.group(1) or found.group(2))
        given = set(self.index.fold_synonyms(raw)).union(raw)
        examples = [i for i in rest if parsed.query.tokens[i] in given]
        if not examples:
            return []
        return self._scored_statements(holders, parsed.query, examples, STATEMENT_AT)

    def _by_full_names(
        self, parsed: Parsed, holders: list[str], rest: list[int], others: list[Hit]
    ) -> list[tuple[float, str, int]]:
        """The statements scored with an entry the question names by a short form ("СМВД") counted
        as found where a statement writes its full name ("Совет министров внутренних дел")."""
        query = parsed.query
        total = sum(query.weights[i] for i in rest)
        spans = [(hit, [i for i in rest if i in hit.name_tokens]) for hit in others[:2]]
        spans = [(hit, positions) for hit, positions in spans if positions]
        if not spans or not total:
            return []
        forms = {
            hit.entity: [
                frozenset(self.index.fold_synonyms(text_tokens(text)))
                for text in (self.kb.entities[hit.entity].name.en, self.kb.entities[hit.entity].name.ru)
            ]
            for hit, _ in spans
        }
        # Only a short form the full name does not spell ("СМВД"): words of the name itself were
        # weighed by the usual score already ("TASS").
        spans = [
            (hit, [i for i in positions if not any(query.tokens[i] in form for form in forms[hit.entity])])
            for hit, positions in spans
        ]
        spans = [(hit, positions) for hit, positions in spans if positions]
        if not spans:
            return []
        named_at = {i for _, positions in spans for i in positions}
        left = [i for i in rest if i not in named_at]
        scored = []
        for owner in holders:
            for doc_id in self.index.statements(owner):
                tokens = self.index.statement_tokens(doc_id)
                found = sum(
                    query.weights[i]
                    for hit, positions in spans
                    if any(form and len(form & tokens) >= 0.8 * len(form) for form in forms[hit.entity])
                    for i in positions
                )
                if not found:
                    continue
                score = found / total
                if left:
                    score += self._statement_score(owner, doc_id, query, left) * sum(query.weights[i] for i in left) / total
                if score >= STATEMENT_AT:
                    scored.append((score, owner, doc_id))
        scored.sort(key=lambda item: -item[0])
        return scored

    def _with_fact_names(
        self, parsed: Parsed, holders: list[str], rest: list[int], scored: list[tuple[float, str, int]]
    ) -> list[tuple[float, str, int]]:
        """The scores with a person's fact that the question names read with its name ("какие
        криминальные угрозы нарастают": "Main criminal threats (Klemez)"): its value says what the
        name sums up, in other words."""
        query = parsed.query
        total = sum(query.weights[i] for i in rest)
        if not total:
            return scored
        rescored = list(scored)
        for hit in parsed.hits[:5]:
            fact = self.kb.entities[hit.entity]
            if hit.entity not in holders or not isinstance(fact, Fact) or hit.score < GUESS_AT:
                continue
            for doc_id in self.index.statements(hit.entity):
                if self.index.statement(doc_id) != fact.value:
                    continue
                tokens = self.index.statement_tokens(doc_id)
                got = sum(
                    query.weights[i]
                    * max(hit.explained.get(i, 0.0), max((s for v, s in query.matches[i] if v in tokens), default=0.0))
                    for i in rest
                )
                if got / total >= STATEMENT_AT:
                    rescored = [item for item in rescored if item[2] != doc_id] + [(got / total, hit.entity, doc_id)]
        rescored.sort(key=lambda item: -item[0])
        return rescored

    def _with_synonyms(self, tokens: set[str]) -> set[str]:
        """Tokens with the words of the synonym groups among them ("~drugs" -> drug, narcot...)."""
        groups = {t for t in tokens if t.startswith("~")}
        if not groups:
            return tokens
        words = {word for phrase, group in self.index.synonyms if group in groups for word in phrase}
        return (tokens - groups) | words

    def _post_asked(self, parsed: Parsed) -> str | None:
        """ "Кто такой пресс-секретарь президента России": who holds the post the question names,
        when no person is named but by the post's own words."""
        if parsed.intent.question != "card" or not _WHO_FIRST.match(parsed.text):
            return None
        holder = self.post_holder(parsed)
        if holder is None or not holder[1]:
            return None
        query = parsed.query
        for hit in self.named_hits(parsed):
            if self.kb.kind(hit.entity) == "person" and not {query.tokens[i] for i in hit.name_tokens} <= holder[1]:
                return None
        return holder[0]

    def _build_posts(self) -> dict[str, list[tuple[str, frozenset[str], bool, frozenset[str]]]]:
        """Per title word, the titles that have it: a question looks only at the titles sharing its words."""
        posts: dict[str, list[tuple[str, frozenset[str], bool, frozenset[str]]]] = {}
        # Thousands of people hold a few titles: each distinct title is read once.
        read: dict[str, tuple[frozenset[str], bool, frozenset[str], frozenset[str]]] = {}
        for person in self.kb.of_kind("person"):
            for role in getattr(person, "roles", []):
                for title in (role.title.en, role.title.ru):
                    known = read.get(title)
                    if known is None:
                        # Folded as the question is ("Генерального секретаря" -> ~secretary_general).
                        words = frozenset(self.index.fold_synonyms(text_tokens(title))) - self._generic
                        deputy = _DEPUTY.search(title) is not None
                        # A deputy's title holds the principal's ("Deputy Secretary-General").
                        principal = frozenset(self.index.fold_synonyms(text_tokens(_DEPUTY.sub(" ", title))))
                        principal -= self._generic
                        known = read[title] = (words, deputy, principal, words | (principal if deputy else frozenset()))
                    words, deputy, principal, keys = known
                    for word in keys:
                        posts.setdefault(word, []).append((person.id, words, deputy, principal))
        return posts

    def post_holder(self, parsed: Parsed) -> tuple[str, frozenset[str]] | None:
        """The one person whose post the question names instead of their name ("what did the
        Russian President's press secretary say") and the title words found: most of one of their
        titles' words are in the question, a deputy's title only when a deputy is asked; nobody when
        two posts fit alike. A principal's post that only a deputy holds gives the deputy with no words."""
        if self._posts is None:
            self._posts = self._build_posts()
        asked = set(parsed.query.tokens)
        asked |= {variant for matches in parsed.query.matches for variant, similarity in matches if similarity >= 0.9}
        deputy_asked = _DEPUTY.search(parsed.text) is not None
        best: dict[str, tuple[float, frozenset[str]]] = {}
        similar: dict[str, float] = {}
        for word in asked:
            titles = self._posts.get(word, ())
            if len(titles) > MAX_POST_TITLES:
                continue  # a word of many titles singles no one out; the rarer words of the post do
            for person_id, words, deputy, principal in titles:
                if deputy and not deputy_asked:
                    # The principal's post asked, a deputy's held: a similar post, no holder.
                    found = principal & asked
                    if len(found) >= 2 and len(found) / len(principal) >= POST_SHARE:
                        similar[person_id] = len(found) / len(principal)
                    continue
                if deputy != deputy_asked or len(words) < 2:
                    continue
                found = words & asked
                share = len(found) / len(words)
                if len(found) >= 2 and share >= POST_SHARE and share > best.get(person_id, (0.0,))[0]:
                    best[person_id] = (share, frozenset(found))
        ranked = sorted(best.items(), key=lambda item: -item[1][0])
        if not ranked:
            # Only a deputy's post fits: the one deputy, with no words of a name (see _said_verdict).
            return (next(iter(similar)), frozenset()) if len(similar) == 1 else None
        if len(ranked) > 1 and ranked[1][1][0] >= ranked[0][1][0] - TIE:
            return None
        return ranked[0][0], ranked[0][1][1]

    def named_hits(self, parsed: Parsed) -> list[Hit]:
        """Hits whose name is in the question (not only its generic words)."""
        query = parsed.query
        return [
            h
            for h in parsed.hits[:5]
            if h.name_cover >= STATEMENT_NAME_COVER
            and h.score >= GUESS_AT
            and any(query.tokens[i] not in self._generic for i in h.name_tokens)
        ]

    @staticmethod
    def _asks_more(query: AnalysedQuery, rest: list[int]) -> bool:
        """Whether the words left unexplained carry enough of the question to look for a statement."""
        total = sum(query.weights) or 1.0
        return bool(rest) and sum(query.weights[i] for i in rest) / total >= 0.15

    def _scored_statements(
        self, owners: list[str], query: AnalysedQuery, rest: list[int], threshold: float
    ) -> list[tuple[float, str, int]]:
        """(score, owner, statement) of the owners' statements that explain ``rest``, best first."""
        scored = []
        for owner in owners:
            for doc_id in self.index.statements(owner):
                score = self._statement_score(owner, doc_id, query, rest)
                if score >= threshold:
                    scored.append((score, owner, doc_id))
        scored.sort(key=lambda item: -item[0])
        return scored

    def _paired_statements(
        self, owners: list[str], query: AnalysedQuery, rest: list[int]
    ) -> list[tuple[float, str, int]]:
        """Two statements of one owner that together explain ``rest`` as one would have to, each a
        part the other lacks ("Klemez about the memory of the war": the war in one remark, the memory
        in the next); none when no pair does."""
        total = sum(query.weights[i] for i in rest) or 1.0
        parts: list[tuple[str, int, list[float]]] = []
        for owner in owners:
            for doc_id in self.index.statements(owner):
                if self.index.statement(doc_id) in self.kb.entities[owner].notes:
                    continue
                tokens = self.index.statement_tokens(doc_id)
                held = [max((sim for token, sim in query.matches[i] if token in tokens), default=0.0) for i in rest]
                if sum(query.weights[i] * h for i, h in zip(rest, held, strict=True)) / total >= PAIR_PART_AT:
                    parts.append((owner, doc_id, held))
        best: tuple[float, str, int, int] | None = None
        for first, (owner, doc_a, held_a) in enumerate(parts):
            for other_owner, doc_b, held_b in parts[first + 1 :]:
                if other_owner != owner:
                    continue
                score = sum(query.weights[i] * max(a, b) for i, a, b in zip(rest, held_a, held_b, strict=True)) / total
                if score >= STATEMENT_AT and (best is None or score > best[0]):
                    best = (score, owner, doc_a, doc_b)
        if best is None:
            return []
        return [(best[0], best[1], best[2]), (best[0], best[1], best[3])]

    def _as_statement(self, owner: str, doc_id: int, *, with_speaker: bool) -> Statement:
        text = self.index.statement(doc_id)
        entity = self.kb.entities[owner]
        # A note is the knowledge base's remark, said by nobody.
        speaker = self._speaker(owner) if with_speaker and text not in entity.notes else None
        source = entity.sources[0] if entity.sources else None
        return Statement(text.en, text.ru, owner, source, speaker)  # type: ignore[attr-defined]

    def _statement_score(self, owner: str, doc_id: int, query: AnalysedQuery, rest: list[int]) -> float:
        """How well a statement explains the rest of the question; a note (the knowledge base's own
        remark about its sources) counts for less than what the sources say."""
        score = self.index.score_doc(doc_id, query, rest)
        if score and self.index.statement(doc_id) in self.kb.entities[owner].notes:
            score *= NOTE_WEIGHT
        return score

    def _speaker(self, owner: str) -> str | None:
        """Who said a statement held by ``owner``: a person, or the person a fact is about."""
        entity = self.kb.entities[owner]
        if self.kb.kind(owner) == "person":
            return owner
        if isinstance(entity, Fact):
            people = [r for r in entity.related if self.kb.kind(r) == "person"]
            return people[0] if len(people) == 1 else None
        return None

    def _asked_beyond(self, parsed: Parsed, named: list[Hit], generic: set[str] | None = None) -> bool:
        """Whether the question has known content words besides the names it gives (and the
        ``generic`` tokens besides the usual ones)."""
        query = parsed.query
        covered = set().union(*(h.name_tokens for h in named))
        return any(
            i not in covered
            and query.tokens[i] not in self._generic
            and not (generic and query.tokens[i] in generic)
            and not query.unknown[i]
            for i in range(len(query.tokens))
        )

    def _about_the_cis(self, rest: str) -> bool:
        """Whether what follows "about" is only the CIS itself ("what did Peskov say about the CIS"):
        everything a person said here is about it, so it narrows nothing; any other word does
        ("о будущем Содружества")."""
        words = [word.strip("?!.,;:'\"«»") for word in rest.lower().split()]
        words = [word for word in words if word and word not in _ARTICLES]
        return bool(words) and all(
            (tokens := text_tokens(word)) and set(self.index.fold_synonyms(tokens)) <= self._cis_words
            for word in words
        )

    def _all_said(self, person: str, parsed: Parsed, base: Verdict) -> Verdict | None:
        """The first statements a person made (none of the knowledge base's notes)."""
        entity = self.kb.entities[person]
        statements = []
        for doc_id in self.index.statements(person):
            text = self.index.statement(doc_id)
            if text in entity.notes:
                continue
            source = entity.sources[0] if entity.sources else None
            statements.append(Statement(text.en, text.ru, person, source, person))  # type: ignore[attr-defined]
            if len(statements) == 3:
                break
        if not statements:
            # A remark recorded as a headline fact about the person ("Peskov's October statement").
            # His own remark lists him first; a fact that only mentions him is shown when there is none.
            facts = self.kb.facts_of(person)
            own = [fact for fact in facts if fact.related[:1] == [person]]
            for fact in (own or facts)[:3]:
                source = fact.sources[0] if fact.sources else None
                statements.append(Statement(fact.value.en, fact.value.ru, fact.id, source, person))
        if not statements:
            return None
        base.kind, base.answered = "quote", True
        base.value = {"about": []}
        base.focus = [person]
        base.statements = statements
        base.sources = list(dict.fromkeys(s.source for s in statements if s.source))
        base.confidence = 1.0
        return base

    def _said_at(self, person: str, meeting_id: str, base: Verdict) -> Verdict | None:
        """What one person said at one meeting, or None when the sources record nothing."""
        meeting = self.kb.entities[meeting_id]
        statements = meeting_statements(meeting, person) if isinstance(meeting, Meeting) else []
        if not statements:
            return None
        base.kind, base.answered = "quote", True
        base.focus = [person]
        base.statements = statements
        base.sources = list(dict.fromkeys(s.source for s in statements if s.source))
        return base

    def said_instead(self, parsed: Parsed, base: Verdict) -> Verdict | None:
        """What a person the question names said, for a list that came out empty ("what was Klemez
        expecting the heads of state to adopt at their next meetings": no later meeting is recorded,
        his words about it are)."""
        if not _SPEECH.search(parsed.text.lower()):
            return None
        said = self._said_verdict(parsed, replace(base))
        if said is None or said.kind != "quote" or not any(self.kb.kind(i) == "person" for i in said.focus):
            return None
        return said

    def _occasion_words(self, parsed: Parsed, people: list[str]) -> set[int]:
        """The question's positions that name a session ("пленарное заседание") of a meeting whose
        record of it names one of ``people``: where they spoke, not what about."""
        labels = []
        for person in people:
            surname = self.kb.name(person, "en").split()[-1]
            for meeting in self.kb.meetings_of(person):
                for session in meeting.sessions:
                    if any(surname in point.en for point in session.points):
                        # The label before the colon: "First session: national experience ..." names
                        # its topic after it, which is asked about.
                        labels.append(f"{session.title.en.split(':')[0]} {session.title.ru.split(':')[0]}")
        if not labels:
            return set()
        raw = text_tokens(" ".join(labels))
        tokens = set(self.index.fold_synonyms(raw)).union(raw)
        query = parsed.query
        return {
            i
            for i, token in enumerate(query.tokens)
            if token in tokens or any(match in tokens for match, similarity in query.matches[i] if similarity >= 0.9)
        }

    def _spoke_in(self, place: str, people: list[str]) -> bool:
        """Whether one of ``people`` has words recorded at a meeting held in ``place``."""
        if self.kb.kind(place) != "place":
            return False
        for meeting_id in self.kb.meetings_held_in.get(place, []):
            meeting = self.kb.entities[meeting_id]
            if isinstance(meeting, Meeting) and any(
                said.speaker in people for said in [*meeting_statements(meeting), *media_statements(meeting)]
            ):
                return True
        return False

    def _credited(self, parsed: Parsed) -> bool:
        """ "Насколько важен, по Клемезу, СМВД": a view credited to a person the question names by
        "по" and the name in the dative."""
        found = _BY_NAME.search(parsed.text)
        if found is None:
            return False
        said_by = set(text_tokens(found.group(1)))
        query = parsed.query
        return any(
            self.kb.kind(hit.entity) == "person" and said_by & {query.tokens[i] for i in hit.name_tokens}
            for hit in self.named_hits(parsed)
        )

    def _said_verdict(self, parsed: Parsed, base: Verdict) -> Verdict | None:
        """ "What did <person> say about X" and "who spoke about X": statements first, whatever
        else the question names."""
        if not _SPEECH.search(parsed.text.lower()) and not self._credited(parsed):
            return None
        if parsed.intent.question in ("where", "when") and not _ABOUT.search(parsed.text.lower()):
            return None  # "Where did Trefilov speak?": the meetings he spoke at, not his words
        named = self.named_hits(parsed)
        persons = [h for h in named if self.kb.kind(h.entity) == "person"]
        # "President Putin": Rahmon's "President" is inside Putin's name as written, no second person.
        people = [h.entity for h in persons if not any(h.name_tokens < other.name_tokens for other in persons)]
        if not people and parsed.intent.question == "speakers" and _TO_MEDIA.search(parsed.text.lower()):
            return None  # "кто рассказал журналистам о заседании": who told the media is asked, not what
        holder = self.post_holder(parsed)
        if not people and holder is not None and not holder[1]:
            # "What did the CIS Secretary-General say": the sources name only his deputy.
            base.kind, base.answered, base.reason, base.intent = "not_recorded", True, "title", "not_recorded"
            base.value = {"person_text": None, "target": None, "holders": [holder[0]]}
            base.alternatives, base.focus = [holder[0]], [holder[0]]
            base.sources = list(self.kb.entities[holder[0]].sources)
            return base
        post_words: set[int] = set()
        if holder is not None and holder[1]:
            # A name matched only by the post's words ("президента" of President Putin) is not named.
            query = parsed.query
            people = [
                h.entity
                for h in named
                if self.kb.kind(h.entity) == "person"
                and not all(_post_word(query.tokens[i], holder[1]) for i in h.name_tokens)
            ] or [holder[0]]
            if people == [holder[0]]:
                # "по словам директора департамента Исполкома": the post's words name him, they ask nothing.
                post_words = {
                    i
                    for i, token in enumerate(query.tokens)
                    if token in holder[1] or any(v in holder[1] for v, similarity in query.matches[i] if similarity >= 0.9)
                }
        if people:
            query = parsed.query
            # A month, or a year of the person's sources, says when it was said, not what about
            # ("what did Klemez tell the media in August 2025"); another year is a constraint.
            years = self._source_years(people)
            # The verb of saying ("как Путин предлагал ...", "how did he describe ...") says that
            # words are asked, not what they were about.
            speech = self._speech_tokens(parsed.text.lower())
            dates = {
                i
                for i, token in enumerate(query.tokens)
                if token in self._month_words
                or token in self._assess_words
                or self._is_speech(token, speech)
                or (_YEAR_TOKEN.match(token) and token[1:] in years)
            }
            asks_about = _ABOUT.search(parsed.text.lower())
            occasion: set[int] = set()
            if not asks_about:
                # "Which threats did Klemez name in St Petersburg": the place where he spoke says where,
                # not what about; "what did he say about St Petersburg", or of the Dushanbe summit
                # he spoke of in Moscow, asks about it.
                post_words |= set().union(
                    *(h.name_tokens for h in named if self._spoke_in(h.entity, people))
                )
                # "Какие слова Рахмона прозвучали на пленарном заседании": the session he spoke at
                # says where too.
                occasion = self._occasion_words(parsed, people)
                post_words |= occasion
            said = self._statement_verdict(
                parsed, base, people, any_question=True, covered=dates | post_words, facts_by_name=True
            )
            if said is None:
                # "Что, по словам Трефилова, определяют принятые в Душанбе концепция и программы": the
                # place or meeting he spoke of in one remark sets the scene of the next, which need
                # not name it again; those words are the setting, not what is asked.
                setting = self._setting_words(parsed, people) - dates - post_words
                if setting:
                    said = self._statement_verdict(
                        parsed, base, people, any_question=True, covered=dates | post_words | setting, facts_by_name=True
                    )
            if said is None and len(people) == 1:
                # "Did Trefilov say anything about the SCO": nothing of his, but a note of a meeting he
                # spoke at may say what the source wrote between his words.
                surname = self.kb.name(people[0], "en").split()[-1]
                spoken_at = [m.id for m in self.kb.meetings_of(people[0])]
                if spoken_at:
                    said = self._statement_verdict(
                        parsed,
                        base,
                        spoken_at,
                        any_question=True,
                        covered=dates | post_words | self._name_positions(parsed, people[0]),
                        notes_naming=surname,
                    )
            meetings_named = [h.entity for h in named if self.kb.kind(h.entity) == "meeting"]
            about_nothing = asks_about is not None and self._about_the_cis(parsed.text[asks_about.end() :])
            generic = (self._generic_groups if about_nothing else set()) | {query.tokens[i] for i in dates | occasion}
            if (
                said is None
                and len(people) == 1
                and (not asks_about or about_nothing)
                and not self._asked_beyond(parsed, named, generic or None)
            ):
                if meetings_named:
                    # "What did Rahmon say in his address to the XVIII meeting": what he said there;
                    # nothing there ("Klemez at the 13th meeting") is for the look-alike check.
                    return self._said_at(people[0], meetings_named[0], base)
                # "What did Rahmon note": nothing but names is asked, so what the one person
                # named said is the answer.
                return self._all_said(people[0], parsed, base)
            return said
        meetings = [h.entity for h in named if self.kb.kind(h.entity) == "meeting"]
        if meetings and parsed.intent.question in ("agenda", "outcomes"):
            # "What did the SVR say about the agenda of the Moscow meeting": the agenda it detailed,
            # not a note that names the SVR.
            return None
        if meetings:
            # "What did the participants of <meeting> say about X": its statements; with nothing
            # about X ("who spoke at <meeting>") the meeting's speakers answer. A month beside the
            # meeting ("на июньском совещании") dates it, it says nothing of what was said.
            months = {i for i, token in enumerate(parsed.query.tokens) if token in _MONTH_TOKENS}
            # So does the city it was held in ("who spoke at the security secretaries meeting in Moscow").
            places = {getattr(self.kb.entities[m], "place", None) for m in meetings}
            venue = {i for h in named if h.entity in places for i in h.name_tokens}
            return self._statement_verdict(parsed, base, meetings, any_question=True, covered=months | venue)
        dated = [(m, own) for m, own in timeline.named_meetings(self, parsed) if own]
        if dated:
            # A meeting named by its date, place or body only ("что говорилось о финансировании терроризма
            # на совещании 10 июня"): those words say where, not what was said.
            own = set().union(*(positions for _, positions in dated))
            places = {getattr(self.kb.entities[m], "place", None) for m, _ in dated}
            own |= {i for h in named if h.entity in places for i in h.name_tokens}  # the city it was held in
            # and the word "meeting" itself, which names the occasion too, no topic ("annual meetings")
            own |= {i for i, token in enumerate(parsed.query.tokens) if token in _OCCASION_GROUPS}
            said_there = self._statement_verdict(parsed, base, [m for m, _ in dated], any_question=True, covered=own)
            if said_there is not None:
                return said_there
        # Whoever said it, among the entries the question's words reach; a thing the question
        # names ("the Year of Peace and Unity") is what the statements are about.
        reached = [h.entity for h in parsed.hits[:STATEMENT_SEARCH_HITS]]
        return self._statement_verdict(parsed, base, reached, about_names=bool(named))

    def _setting_words(self, parsed: Parsed, people: list[str]) -> set[int]:
        """The question's positions naming a place, state or meeting that the people's own statements
        name (where what they spoke of happened)."""
        query = parsed.query
        places = [
            hit
            for hit in parsed.hits[:5]
            if hit.score >= GUESS_AT and self.kb.kind(hit.entity) in ("place", "state", "meeting")
        ]
        if not places:
            return set()
        said: set[str] = set()
        for person in people:
            for doc_id in self.index.statements(person):
                said |= self.index.statement_tokens(doc_id)
        return {i for hit in places for i in hit.name_tokens if query.tokens[i] in said}

    def _speech_tokens(self, text: str) -> set[str]:
        """The search tokens of the verbs of saying in ``text`` (lower case), synonym groups folded;
        of "did <anyone> name", only the verb (the words between say who, or what about)."""
        verbs = []
        for found in _SPEECH.finditer(text):
            words = found.group(0).split()
            verbs.append(words[-1] if words[0] in ("did", "does", "do", "has", "have") else found.group(0))
        raw = text_tokens(" ".join(verbs))
        return set(self.index.fold_synonyms(raw)).union(raw)

    @staticmethod
    def _is_speech(token: str, speech: set[str]) -> bool:
        """Whether a question's token is one of the verbs of saying (the index may hold a shorter
        stem of it: "charact" for "characterise")."""
        return token in speech or (
            len(token) >= 5 and any(len(said) >= 5 and (said.startswith(token) or token.startswith(said)) for said in speech)
        )

    def _name_positions(self, parsed: Parsed, entity: str) -> set[int]:
        """The question's token positions that name ``entity`` (none when it is not among the hits)."""
        return set().union(*(h.name_tokens for h in parsed.hits if h.entity == entity))

    def _source_years(self, people: list[str]) -> set[str]:
        """The years of the sources that record what these people said."""
        years = set()
        for person in people:
            for source_id in self.kb.entities[person].sources:
                source = self.kb.source(source_id)
                if source is not None and source.date:
                    years.add(str(source.date)[:4])
        return years

    # --- lists --------------------------------------------------------------------------------

    def _list_verdict(self, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
        intent = parsed.intent
        kind = intent.list_kind
        if kind is None:
            return None
        if not (intent.list_cue or intent.question == "count" or intent.upcoming) and _SPEECH.search(parsed.text.lower()):
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
        said = self.said_instead(parsed, base) if not ids else None
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
        meetings = timeline.named_meetings(self, parsed)
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
        if intent.until or any(_YEAR_TOKEN.match(token) for token in query.tokens):
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
            if i in covered or _YEAR_TOKEN.match(tok) or tok in category_tokens:
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


def _post_word(token: str, post: frozenset[str]) -> bool:
    """Whether a question's token is a word of the post found, in another form ("President's" of
    "Presidential Press Secretary": "presid" / "presidenti")."""
    return token in post or (len(token) >= 4 and any(word.startswith(token) or token.startswith(word) for word in post if len(word) >= 4))


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


def _subject_group(intent: Intent) -> str | None:
    if "basic_organisation" in intent.categories:
        return "basic_organisations"
    if "international" in intent.categories and intent.subject_kinds[:1] in (["body"], ["organisation"]):
        # "international structures / bodies": the international organisations, never a CIS body.
        return "organisations"
    groups = {"state": "states", "body": "bodies", "organisation": "organisations", "person": "people"}
    for kind in intent.subject_kinds:
        if kind in groups:
            return groups[kind]
    return None


def _merge_statements(first: list[Statement], then: list[Statement]) -> list[Statement]:
    seen = {s.en for s in first}
    return [*first, *(s for s in then if s.en not in seen)]


def search_entities(engine: Engine, query: str, limit: int = 10) -> tuple[list[str], str]:
    """Entities for an inline query, best first, and the query's language."""
    parsed = engine.parse(query)
    ids = [h.entity for h in parsed.hits if h.score >= GUESS_AT and h.name_cover > 0][:limit]
    return ids, parsed.lang
