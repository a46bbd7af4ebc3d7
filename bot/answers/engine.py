"""Question answering: from a user's text to an answer in HTML, or a polite refusal.

The steps, each a small function: undo a wrong keyboard layout, read what is asked
(:mod:`bot.answers.intent`), search the index, then either compute a list from the data (meetings in
Moscow, programmes until 2030) or answer about one entity with the field asked for.

This module keeps the :class:`Engine` (its building, ``parse``, ``answer`` and the dispatch in
``_answer``); the steps it dispatches to take the engine and live in :mod:`bot.answers.question_reading`,
:mod:`~bot.answers.entry_choice`, :mod:`~bot.answers.statement_match`, :mod:`~bot.answers.said_match`,
:mod:`~bot.answers.post_holders` and :mod:`~bot.answers.list_answers`.
"""

from __future__ import annotations

import contextvars
import gc
import re
from copy import copy
from dataclasses import dataclass
from datetime import date
from itertools import chain

from bot.answers import (
    abbr_seen,
    adopted_at_meeting,
    adopted_by,
    adopted_together,
    called_as,
    capacity,
    category_member,
    city_participants,
    claim_guard,
    claims,
    clipped,
    colloquial,
    context_choice,
    count_choice,
    count_vs_list,
    decided,
    deed,
    define,
    delegated,
    delegates,
    discussed_documents,
    entry_choice,
    events,
    fact_subject,
    field_meeting,
    followup,
    frequency,
    greeting,
    group_there,
    holder_claim,
    kind_noun,
    last_met,
    latin_followup,
    list_answers,
    located,
    lookalike,
    meeting_names,
    meeting_on_topic,
    meetings_counted,
    mention_context,
    mentioned,
    month_claim,
    named_instead,
    named_lists,
    news_frame,
    no_other,
    occasion,
    on_behalf,
    on_the_list,
    ordinal_asked,
    ordinal_unrecorded,
    org_role,
    owners,
    parts,
    periodorder,
    periods,
    person_there,
    post_holders,
    posts,
    provenance,
    purpose_listed,
    question_form,
    question_reading,
    record_gist,
    regions,
    representative,
    role_at_meeting,
    said_match,
    same_meeting,
    seasons,
    sent_where,
    series,
    shorter,
    slang,
    soil,
    source_people,
    source_story,
    source_summary,
    state_title,
    statement_date,
    statement_match,
    status_asked,
    statuses,
    subjects,
    surname_choice,
    terse,
    terse_group,
    timeline,
    topic_pronoun,
    undated,
    unknown_names,
    unnamed_meeting,
    unrecorded_fields,
    vague_event,
    weekdays,
    which_of_period,
    which_of_topic,
    whichsource,
    who_set_up,
    words_of,
    yesno,
)
from bot.answers.cues import cued, literal_cue
from bot.answers.documents import build_index, stem_texts
from bot.answers.entry_choice import MIN_NAME_COVER, SOLE_EXPLAINED
from bot.answers.facts import enumerated
from bot.answers.held import met_elsewhere
from bot.answers.intent import Intent, detect
from bot.answers.list_answers import (
    HOLDING_WORDS,
    MEMBERSHIP_WORDS,
    TAKING_PART_WORDS,
)
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
from bot.answers.said_match import PERSON_SAID_COVER
from bot.answers.smalltalk import without_small_talk
from bot.answers.sourcetail import without_source_tail
from bot.answers.statement_match import MONTH_ADJECTIVE
from bot.answers.thresholds import ANSWER_AT, GUESS_AT
from bot.answers.verdict import Match, Statement, Verdict, replace
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Body, Fact, Meeting, Organisation
from bot.search.casing import abbreviations, restore_capitals
from bot.search.chatlatin import chat_latin, cyrillic_reading, russian_little_words
from bot.search.collector import collector_paused
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
TITLE_NAMED_COVER = 0.4  # a document asked by kind is also named by its words when this much of its name is given


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

_SECRETARIES_MEETING = re.compile(
    r"(?<!security )(?<!council )\b(secretaries'?\s+(?:meeting|council|session|get-together|gathering))\b", re.IGNORECASE
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
    # the verbs of adopting asked of a meeting ("what was adopted / approved at the summit")
    "adopt adopted adopts approve approved approves утвердили утвердил утверждено одобрили одобрено "
    "utverdili utverzhdeno odobrili odobreno "
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
    # verbs of saying, meeting and deciding ("chto on skazal pro SNG plus?": "on" and "plus" read English)
    | {"skazal", "skazala", "skazali", "govoril", "govorila", "govorili", "zayavil", "zayavila", "rasskazal",
       "vystupal", "vystupil", "vystupali", "obsuzhdali", "obsudili", "prinyali", "utverdili", "podpisali",
       "uchastvoval", "uchastvovali", "uchastvovala", "proshlo", "proshla", "proshel", "sobiralis", "pro"}
    # Russian forms of the words of the domain ("kakaya programma deystvuet do 2030?": "do" reads English)
    | {"deystvuet", "deystvuyut", "deistvuet", "deistvuyut", "rasschitana", "rasschitan", "programma", "programmy",
       "zasedanie", "zasedaniya", "soveshchanie", "soveshchaniya", "vstrecha", "vstrechi", "dokumenty", "organy"}
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


# No record for a reason the question states (a city, a year, a day): a reading's verdict that stands
_STATED_REASONS = frozenset({"place", "year", "no_day", "number"})


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


# Readings of questions an engine keeps (see Engine.parse): those of the question being answered.
_PARSED_KEPT = 32


def _own_copy(read: Parsed) -> Parsed:
    """A copy of a kept reading that a caller may change without changing it: the lists and the
    intent its callers change are copied; the hits themselves are never changed after the search."""
    intent = copy(read.intent)
    intent.subject_kinds, intent.categories = list(intent.subject_kinds), list(intent.categories)
    intent.years, intent.kind_words = list(intent.years), list(intent.kind_words)
    query = read.query
    query = AnalysedQuery(list(query.tokens), list(query.weights), list(query.matches), list(query.unknown), query.read_as_russian)
    return Parsed(read.text, read.lang, intent, query, list(read.hits), read.typed)


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
        outcome_words = text_tokens(_OUTCOME_FRAME_WORDS)
        # as the query reads them too: "approved" is its synonym group's ("~approve")
        self._outcome_words = {*outcome_words, *(t for t in self.index.fold_synonyms(outcome_words) if t.startswith("~approve"))}
        self._reporting_words = set(text_tokens(_REPORTING_WORDS))
        self._frame_words = set(text_tokens(_FRAME_WORDS + TAKING_PART_WORDS))
        self._assess_words = set(text_tokens(_ASSESS_WORDS))
        # Verbs of holding and belonging the engine reads though no entry holds them ("состоится",
        # "входят"): real words, never "repaired" into another spelling.
        self._frame_vocabulary = frozenset(text_tokens(HOLDING_WORDS + MEMBERSHIP_WORDS))
        self._parsed: dict[tuple[str, str | None], Parsed] = {}
        self._name_cache: dict[str, dict[str, frozenset[str]]] = {}
        self._names_entries_cache: dict[tuple[str, str], bool] = {}
        # Whether a word stands for itself depends on the word and the knowledge base only: the
        # spelling repairs ask it of every longer word of every question.
        self._is_word_cache: dict[str, bool] = {}
        # The documents of each body (its own and those adopted at its meetings), made by the first
        # document list with a body filter (see list_answers.documents_of_bodies).
        self.documents_by_body: dict[str, list[str]] | None = None
        self._last_layout: tuple[str, tuple[str, bool]] | None = None
        # Built with the engine: the first "who is <post>" question must not pay for it.
        self._posts: dict[str, list[tuple[str, frozenset[str], bool, frozenset[str]]]] | None = None
        # The tables below are read with the collector paused, as the index is: they make hundreds
        # of thousands of objects that live as long as the engine (a fiftieth of the build at
        # 10,000 entries went to young collections scanning them).
        with collector_paused():
            self._posts = post_holders.build_posts(self)
            self._city_names = _city_names(kb)
            self._name_pairs = clipped.name_pairs(kb)
            # The lists unpacked in place, not copied by Terms.all() twice an entry.
            self._abbreviations = abbreviations(
                chain.from_iterable(
                    (*entity.short.en, *entity.short.ru, *entity.aliases.en, *entity.aliases.ru)
                    for entity in kb.entities.values()
                )
            )
            self._text_stems = text_stems(stem_texts(kb, None if index is not None else self.index))
            # The Latin abbreviations, the common ones too, that reading Latin-typed Russian in Cyrillic keeps
            # (a name is an abbreviation by itself: those of the short forms and aliases are known already).
            common = abbreviations(
                chain.from_iterable((*entity.common_usage.en, *entity.common_usage.ru) for entity in kb.entities.values())
            )
            self._latin_abbreviations = frozenset(name for name in self._abbreviations | common if name.isascii())
            # Built with the engine too: the first question with a period must not pay for it.
            periods.index_documents(self)
            # The words the layout repair knows besides the index's (see _layout_words): once per engine.
            self._layout_extra: frozenset[str] | None = None
            # The words a yes/no check leaves aside, read as questions are: the first question that
            # asserts something must not pay for reading them (about 10 ms at 10,000 entries).
            claims.prepare_checks(self)
            # The meetings in date order: the first "next" / "latest" question must not pay for them
            # (about 5 ms at 10,000 entries).
            meeting_names.derived_for(kb)
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

    def post_holder(self, parsed: Parsed) -> tuple[str, frozenset[str]] | None:
        """Who holds the post the question names, with the post's words (see :mod:`post_holders`).

        A method so that the yes/no modules reach it through the engine they are given: importing
        `post_holders` there would close an import cycle through `statement_match`."""
        return post_holders.post_holder(self, parsed)

    def parse(self, question: str, lang: str | None = None) -> Parsed:
        """The question read: layout and spelling repaired, what is asked, the search's hits.

        The same text is read again and again while one question is answered (a question in two
        parts is read whole before its parts, a "yes" is read again to check the period or place it
        claims): the reading depends on the text, the language and this engine's knowledge base only,
        so the last few are kept, and each caller gets its own copy (callers narrow ``hits`` or
        change what ``intent`` asks)."""
        key = (question, lang)
        read = self._parsed.get(key)
        if read is None:
            read = self._read(question, lang)
            if len(self._parsed) >= _PARSED_KEPT:
                self._parsed.clear()
            self._parsed[key] = read
        return _own_copy(read)

    def _read(self, question: str, lang: str | None) -> Parsed:
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
        text = news_frame.without_news_frame(text)  # "Что за АТЦ упоминается в новости про …?": "Что за АТЦ?"
        text = named_lists.written_out(text)  # "the St Petersburg and June lists": the lists of those meetings
        text = called_as.as_who(text)  # "Рахмон — кем он назван в источниках?": who he is
        text = count_choice.without_guesses(text)  # "сколько стран было, восемь или девять?": the count
        text = count_choice.without_list_check(text)  # "… — и сходится ли число с перечнем?": the count says it
        if _WHAT_KIND.search(text):
            text = _WHAT_KIND.sub("что это" if has_cyrillic(text) else "chto eto", text)
        if _INFORMAL.search(text):
            # "intl orgs present at ...": the words written out, for the search and the kind asked.
            text = _INFORMAL.sub(lambda found: _INFORMAL_WORDS[found.group(0).lower()], text)
        text = _COUNT_SHORTHAND.sub(_count_written_out, text)
        text = colloquial.written_out(text)  # "тематические секции", "пленарка": the records' words
        text = mention_context.as_where(text)  # "в связи с чем упоминается ФАТФ": where it is mentioned
        text = slang.written_out(text)  # "police chiefs", "менты", "spy chiefs": the bodies' own words
        text = words_of.as_said(text)  # "Слова Клемеза про …", "Peskov's words on …": what he said
        text = last_met.as_latest_meeting(text)  # "which body met most recently?": the latest meeting
        text = delegated.written_out(text)  # "send people to the meeting": took part in it
        text = soil.written_out(text)  # "on Kazakh soil": in Kazakhstan
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
        if "secretaries" in text.lower() and _SECRETARIES_MEETING.search(text):
            # "the secretaries' meeting": in these sources the only secretaries meeting as a body are the
            # security councils' ("secretaries" alone read as "Moscow", "the EAG")
            text = _SECRETARIES_MEETING.sub(r"security \1", text)
        text = vague_event.rewrite(self, text)
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
        if _ANSWER_DEPTH.get():
            return self._answer_read(question, lang, today, context)
        if context is None:
            # "Заседание СМВД — сколько государств там участвовало?": the meeting where "там" points,
            # asked as the user's own question; as typed when that finds nothing ("Noyyabrskoe …")
            pointed = topic_pronoun.rewrite(question)
            if pointed is not None:
                verdict = self.answer(pointed, lang, today, None)
                if verdict.answered and verdict.kind not in ("clarify", "not_recorded"):
                    verdict.question = question
                    return verdict
        if context is not None and (purposes := purpose_listed.answer(self.kb, question, context, lang)) is not None:
            # "what are they for?" after "4 basic organisations": their names say what each is for
            return purposes
        listed = on_the_list.rewrite(question) if on_the_list.cued(question) else None
        if listed is not None:
            # "Is Russia in the list of participants of the St Petersburg meeting?": whether it took part
            taken = self.answer(listed, lang, today, context)
            if context is not None and not (taken.answered and taken.kind == "yes_no"):
                # "a Rossiya v spiske v Pitere est?" after a count at another meeting: it names its own
                taken = self.answer(listed, lang, today, None)
            if taken.answered and taken.kind == "yes_no":
                taken.question = question
                return taken
        seen = abbr_seen.rewrite(question) if abbr_seen.cued(question) else None
        if seen is not None:
            # "whats SCO in the observer news": the abbreviation, not where it was seen
            spelt = self.answer(seen, lang, today, context)
            if spelt.answered and spelt.kind not in ("clarify", "decline", "not_recorded"):
                spelt.question = question
                return spelt
        # The user's own question: a "yes" is last held against the period or month it claims,
        # with the entry chosen without that value (see claim_guard).
        verdict = self._answer_read(question, lang, today, context)
        asked = numbers_in_digits(question)
        # "on behalf of" a body: the meeting's speakers with a post in it (see on_behalf.for_sender)
        verdict = on_behalf.for_sender(self, asked, verdict, lambda plain: self.answer(plain, lang, today, context), context is not None)
        verdict = claim_guard.guard(self, asked, verdict)
        if context is not None and verdict.kind in ("card", "quote", "fact", "clarify", "decline"):
            # "which department did they work with?": the one entry called by that noun, when the answer
            # shows nothing of it (see kind_noun)
            called = kind_noun.named_by(self.kb, question)
            if called is not None and not kind_noun.shown(self.kb, verdict, *called):
                return kind_noun.card(self.kb, question, verdict.lang, called[0])
        if context is not None and (other := no_other.answer(self.kb, question, verdict, context)) is not None:
            # "а кто ещё наблюдатель?" answered by the entry just given: the sources name no other
            return other
        if context is not None:
            # "когда его создали?" after the ATC: the fact answers, the ATC stays who "он" is next
            fact_subject.mark(self.kb, verdict, context)
            # "which of them deals with migration?" answered by the one entry's card: the list stays what
            # "which of them …" / "the other one" point into next
            if context.kind == "list" and len(context.items) >= 2 and verdict.focus[:1] and verdict.focus[0] in context.items:
                verdict.filters.setdefault("listed", list(context.items))
        if context is None and verdict.kind in ("clarify", "decline", "not_recorded"):
            # "При чём тут FATF в документах про СНГ?": read whole it found nothing sure; the card of
            # the organisation or body named says what part it plays in the sources
            as_card = org_role.rewrite(question)
            card = self.answer(as_card, lang, today, None) if as_card is not None else None
            kinds = {self.kb.kind(i) for i in card.focus[:1]} if card is not None else set()
            if card is not None and card.answered and card.kind == "card" and kinds and kinds <= {"organisation", "body"}:
                card.question = question
                return card
        if verdict.kind == "list" and not verdict.items and verdict.attribute == "document":
            # "Какие программы обсуждали в Петербурге?": none adopted there, but its agenda names some
            verdict = discussed_documents.answer(self.kb, verdict, question, context) or verdict
        if verdict.kind == "list" and not verdict.items and question_form.is_yes_no(question):
            # "Были ли заседания в этом году?": an empty list asked as a yes/no is worded with "No" first
            verdict.filters = {**verdict.filters, "yes_no_asked": True}
        return verdict

    def _answer_read(
        self, question: str, lang: str | None = None, today: date | None = None, context: Verdict | None = None
    ) -> Verdict:
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
        first: Verdict | None = None
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
            if context is not None and _ANSWER_DEPTH.get() == 1 and latin_followup.weak(verdict):
                # A Latin-typed follow-up ("a na XVIII soveshchanii on byl?") left with a card or unanswered:
                # its Cyrillic reading with the same context, taken when it answers what is asked
                again = latin_followup.reread(self, asked, lang, today, context)
                if again is not None:
                    again.question = question
                    return again
            if first is not None and first.kind == "not_recorded" and first.reason in _STATED_REASONS and verdict.grounds == "confirmed":
                # "XVIII soveshchanie … — eto bylo v Minske?": the reading finds no meeting there, the
                # Latin letters only the meeting's card, "confirmed" by its words: no "Да" (grid21).
                first.question = question
                return first
        finally:
            _ANSWER_DEPTH.reset(depth)
        if asked != question and verdict.question == asked:
            verdict.question = question
        if verdict.kind == "not_recorded" and verdict.reason == "number" and (plain := on_behalf.without_sender(asked)) is not None:
            # "Who addressed the XVIII meeting on behalf of the Council of Heads of State?": the
            # ordinal is the meeting's, the body the sender's (checked against who was there).
            again = self.answer(plain[0], lang, today, context)
            if again.answered and again.kind not in ("clarify", "not_recorded") and on_behalf.sender_there(self, plain[1], again):
                again.question = question
                return again

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
        # "hi", "помощь", "спасибо": no question to read
        greeted = greeting.answer(question, lang or ("ru" if has_cyrillic(question) else "en"))
        if greeted is not None:
            return greeted
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
        # "Does the number of states at the XVIII meeting match the list?": the count, "No" first when it does not
        matched = count_vs_list.answer(self, asked, lang, today) if context is None else None
        if matched is not None:
            return matched
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
        gist = record_gist.answer(self, parsed, replace(base)) if context is None else None
        if gist is not None:
            # "о чём отчёт Исполкома от 2 марта?", "tl;dr of the BelTA piece?": what the record is about
            return gist
        if question_form.asks_opinion(parsed.text):
            # "What do you think of the SCO": the sources hold facts and words said, not the bot's views.
            base.reason = "out_of_scope"
            return base
        # "where will the text of the joint statement go?": where it is to be distributed, not where adopted
        spread = sent_where.named(self, parsed, today) if context is None and sent_where.cued(parsed.text) else None
        if spread is not None:
            spread.question = question
            return spread
        # "who decided to set up the ATC and when?": the founding fact says both, not the year alone
        founded = who_set_up.answer(self, parsed, replace(base), context) if who_set_up.cued(parsed.text.lower()) else None
        if founded is not None:
            founded.question = question
            return founded
        # "tl;dr of the exec committee report pls": the card of what that record is about
        summed = source_summary.answer(self, parsed, replace(base), question) if source_summary.cued(question.lower()) else None
        if summed is not None:
            summed.question = question
            return summed
        # "was the interior ministers meeting in St Petersburg the XVIII meeting?": two meetings, no topic
        same = same_meeting.answer(self, parsed, replace(base)) if same_meeting.cued(parsed.text.lower()) else None
        if same is not None:
            same.question = question
            return same
        # "Was Klemez at that meeting too?": the meeting pointed at, not a statement holding the word "meeting"
        there = person_there.answer(self, parsed, context) if person_there.cued(parsed.text.lower()) else None
        if there is not None:
            there.question = question
            return there
        partner = self._partner_named(parsed, replace(base)) if context is None else None
        if partner is not None:
            return partner
        regional = regions.answer(self, parsed, base) or capacity.answer(self, parsed, base)
        if regional is not None:
            return regional
        member = category_member.answer(self, parsed, replace(base)) if context is None else None
        if member is not None:
            return member
        unknown_body = (
            (
                # "kto takoy Dmitriy Trefilov": one person's first name, another's surname
                surname_choice.answer(self, parsed, base)
                # "The summit in Dushanbe was in November, right?": the month against its recorded date
                or month_claim.answer(self, parsed, base)
                or delegates.delegation_asked(self, parsed, base, today or date.today())
                or statuses.status_lookalike(self, parsed, base)
                or unknown_names.body_lookalike(self, parsed, base)
                or met_elsewhere(self, parsed, base)
                or lookalike.day_lookalike(self, parsed, base)
                or holder_claim.answer(self, parsed, base)
                or posts.post_lookalike(self, parsed, base)
                or state_title.answer(self, parsed, base)
                or ordinal_unrecorded.answer(self, parsed, base)
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
        story = source_story.answer(self, parsed, replace(base))  # "what did BelTA write?": its card
        if story is not None:
            return story
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
        # "Была ли утверждена программа по противодействию терроризму в Санкт-Петербурге?": a document
        # claimed adopted at a meeting, before the field words ("терроризму") are read as a body's
        claimed_at = (
            adopted_at_meeting.answer(self, parsed, replace(base))
            if context is None and question_form.is_yes_no(parsed.text)
            else None
        )
        if claimed_at is not None:
            return claimed_at
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
        # "Rahmon role at the June meeting": what he did there (his address), not his posts
        at_meeting = (
            role_at_meeting.answer(self, parsed, replace(base), context)
            if (context is None and role_at_meeting.ROLE.search(parsed.typed or parsed.text)) or role_at_meeting.DID.search(parsed.typed or parsed.text)
            else None
        )
        if at_meeting is not None:
            return at_meeting
        # "Which programmes were approved together with the Concept?": the others of its meeting, not its card
        together = adopted_together.answer(self, parsed, replace(base)) if context is None and adopted_together.TOGETHER.search(parsed.text) else None
        if together is not None:
            return together
        # "кто утвердил пограничную?": the document approved, before a follow-up on the last person
        approved = adopted_by.answer(self, parsed, replace(base))
        if approved is not None:
            return approved
        # "which people does the BelTA report name?": the people of that source, not its publisher's card
        if context is None and source_people.CUE((parsed.typed or parsed.text).lower()):
            day, months = question_form.asked_day(parsed.text), question_form.months_named(parsed.text)
            if (named_people := source_people.answer(self, parsed, replace(base), day, months)) is not None:
                return named_people
        # "were any international organisations at the St Petersburg meeting?": that group of its lists
        group = group_there.answer(self, parsed, replace(base))
        if group is not None:
            return group
        # "which meetings have no date?": the records lacking it, not every meeting
        lacking = unrecorded_fields.answer(self, parsed, replace(base))
        if lacking is not None:
            return lacking
        # "which states were in Moscow?": every meeting held there, lists together, not the city's card
        in_city = city_participants.answer(self, parsed, replace(base))
        if in_city is not None:
            return in_city
        # "how many meetings did the interior ministers hold?": the body's, not its meeting's states
        held = meetings_counted.answer(self, parsed, today or date.today()) if context is None else None
        if held is not None:
            return held
        # "which meeting talked about drones?": the one meeting whose record covers the topic
        found_at = meeting_on_topic.answer(self, parsed, replace(base)) if context is None and meeting_on_topic.CUE((parsed.typed or parsed.text).lower()) else None
        if found_at is None:
            # "а нелегальную миграцию где-нибудь обсуждали?": every meeting whose record covers it, when several do
            found_at = meeting_on_topic.several(self, parsed, replace(base))
        if found_at is not None:
            return found_at
        # "which of them run until 2030?" after a list of programmes: that list, narrowed by the year
        narrowed = (
            which_of_period.answer(self, parsed, context) or which_of_topic.answer(self, parsed, context)
            if context is not None
            else None
        )
        if narrowed is not None:
            return narrowed
        # "when did Peskov make his statement?": the month the record gives, the year not given
        dated = statement_date.answer(self, parsed, replace(base)) if context is None else None
        if dated is not None:
            return dated
        # "who chaired the meeting?" out of any conversation names no meeting: which one (in one, followup's)
        unnamed = unnamed_meeting.answer(self, parsed) if context is None else None
        if unnamed is not None:
            return unnamed
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
        listed = list_answers.list_verdict(self, parsed, base, today)
        if listed is not None and listed.items and BESIDES_GATE.search(parsed.text.lower()):
            listed = question_reading.without_set_aside(self, parsed, listed)
        if listed is not None:
            return self._figures_held(parsed, listed, context)
        asked_title = _DOCUMENT_NAMED.search(parsed.text) if parsed.intent.question in ("outcomes", "card") else None
        if asked_title is not None:
            # "the full title of the concept approved at the Dushanbe summit": the documents of that
            # kind recorded at the one meeting named, by name, not everything the meeting decided.
            titled = list_answers.documents_of_meeting(self, parsed, replace(base))
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
        chosen = entry_choice.entity_verdict(self, parsed, base)
        if chosen.kind == "clarify" and context is not None:
            # "which unit of the executive committee works with them?": the one fact of the previous
            # answer's record that the "did you mean" hesitated over
            chosen = context_choice.choose(self, parsed, chosen, context, today or date.today()) or chosen
        # A yes/no question the usual answer responds to gets its explicit yes or no.
        return self._figures_held(parsed, claims.confirm(self, parsed, chosen), context)

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
