"""Yes/no questions (did X attend Y, was Y held in Z, is P the R, is B one of the sectoral bodies) and look-alikes (a meeting number, city, year or title the sources do not record).

Both start from the entities the question mentions: search hits whose names are well covered
by the question and whose distinctive words do not overlap (the meeting, and the state, place,
organisation, person or body asked about). A yes/no answer is the relation between them checked
in the data (participant lists, the meeting's place, a body's category, a person's roles, what
was discussed); ``yes`` is None when the sources do not say. A look-alike is a question whose
number, ordinal, year, place or person contradicts the record it resembles: it is answered
"not recorded" with the nearest record, never as if it were that record.

Values are ids and plain data; :mod:`bot.present.answer` words them.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from babel import Locale
from rapidfuzz.distance import Levenshtein

from bot.answers import claimant, define, evaluated, provenance, unmarked, yesno_topics
from bot.answers.claimedperiod import other_period, period_of_other
from bot.answers.cues import cued, literal_cue
from bot.answers.facts import not_stated
from bot.answers.questionwords import CHATTER
from bot.answers.verdict import Statement, Verdict
from bot.kb.base import meeting_date
from bot.kb.schema import Body, Document, Entity, Fact, Meeting, Organisation, PartialDate, Person, State
from bot.search.index import AnalysedQuery, Hit
from bot.search.text import (
    has_cyrillic,
    in_cyrillic,
    is_stop,
    ordinal_stem,
    prepare,
    roman_to_int,
    russian_reading,
    surface_number,
    without_soft_signs,
    word_token,
)
from bot.search.text import tokens as text_tokens
from bot.search.words import STOP_EN

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase
    from bot.search.index import SearchIndex

# A hit counts as mentioned when its score and the share of its name found in the question
# reach these (calibrated on the development questions).
UNNUMBERED = 1000  # the distance of an unnumbered meeting from any number asked
MENTION_SCORE = 0.3
MENTION_COVER = 0.5
# A meeting named only by where it was held may score lower.
GUESS_SCORE = 0.25
# Query words weighing less than this (CIS, meeting, council...) name nothing on their own:
# two mentions may share them.
WEAK_WEIGHT = 2.5
# A question word matching a known word less closely than this is not that word.
WELL_KNOWN = 0.9
# Share of the asked topic's weight a recorded statement must explain to count as "discussed".
TOPIC_YES = 0.6
TOPIC_MIN_SHARE = 0.15

_YES_NO_EN = re.compile(
    r"^\W*(?:did|was|were|is|are|does|do|has|have|had|can|could|will|would|should|isn't|wasn't|didn't|doesn't)\b",
    re.I,
)
# Russian "ли" after the first word or two, in Cyrillic or typed in Latin letters; "правда ли".
_YES_NO_RU = re.compile(r"^\W*(?:\w+[\s,]+){1,3}?ли\b|^\W*(?:правда|верно)\b", re.I)
_YES_NO_TRANSLIT = cued(re.compile(r"^\W*(?:\w+\s+){1,2}li\b|^\W*(?:pravda|verno)\s*,?\s+(?:chto|shto)\b", re.I))
# "CSTO @ XVIII?? y/n", "ОДКБ на XVIII? да или нет": a terse claim closed by the choice of answers
# asks for yes or no whatever its first word.
_YES_NO_MARK = cued(re.compile(
    r"(?:^|[\s?,.(\[-])(?:y\s*/\s*n|yes\s*(?:/|or)\s*no|да\s*(?:/|или)\s*нет|da\s*(?:/|ili)\s*net)\W*$", re.I
))
# A statement followed by a tag asks for yes or no too ("..., right?", "..., didn't it?", "..., так?").
_TAG_QUESTION = cued(re.compile(
    r"[,\s]\s*(?:right|correct|true|yes|no|is(?:n't)? (?:that|it) (?:so|right|correct|true)|(?:is|was|were|are|did|does|do|has|have)"
    r"(?:n't| not)? (?:it|they|he|she|there|that)|так|верно|правильно|правда|да|не так ли|ведь так|не правда ли"
    r"|tak|verno|pravilno|pravda|ne tak li)\W*$",
    re.I,
))
# Two meetings set against each other: the place may name the second.
_SECOND_MEETING = re.compile(
    r"\b(?:missing from|absent from|not (?:at|among|on)|but not|and not|both|compared? (?:to|with)|than"
    r"|но не|а не|нет (?:на|в|среди)|отсутств\w*|об[ао]их|обеих|в отличие от|по сравнению с|no ne|a ne)\b"
)
_HELD_IN = re.compile(
    r"\b(?:held|hold|hosted|take place|took place|convened|met|meet|happen\w*|planned|scheduled|due)\b"
    r"|\bпрош\w*|\bпроход\w*|\bпроводил\w*|\bсостоял\w*|\bсобирал\w*|\bвстречал\w*"
    r"|\bпланирова\w*|\bзапланирова\w*|\bнамечен\w*|\bпрой(?:ти|дут|д[её]т)\b|\bпровест\w*|\bсостоять\w*"
    r"|\bproshl\w*|\bpro(?:sh|ch)(?:e|yo|o)l\b|\bprohodil\w*|\bsostoyal\w*",
    re.I,
)
# "принимал участие" is taking part, not hosting.
_HOSTED = re.compile(
    r"\bhost(?:ed|s|ing)?\b|\bпринимал(?!\w*(?:\s+\w+){0,3}\s+участи)\w*|\bprinimal(?!\w*(?:\s+\w+){0,3}\s+uchasti)\w*"
    r"|\bхозя(?:ин|йк|ев)\w*|\bhozya(?:in|ik|ev)\w*"
    r"|\bпринимающ\w*|\bprinimayushch\w*",
    re.I,
)
_TOOK_PLACE = re.compile(
    r"\b(?:take place|took place|taken place|actually happen|happen\w*|was held|were held|been held|held)\b"
    r"|\bсостоял\w*|\bпрош(?:ло|ли|ел|ла)\b|\bпроведен\w*|\bsostoyal\w*"
    # "did the CT heads meet in March", "встречались ли главы … в марте": a body's members meeting
    # (English "met" only before a month or year: "after the interior ministers met" is no date asked)
    r"|\b(?:meet|met)\s+in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4})"
    r"|\b(?:встречал|собирал)(?:ся|ась|ись)\b|\b(?:vstrechal|sobiral)(?:sya|as|is)\b",
    re.I,
)
_DISCUSS = re.compile(
    r"\b(?:agenda|discuss\w*|come up|came up|raised?|mention\w*|talk\w*|consider\w*|address\w*|touch(?:ed)? (?:on|upon)"
    r"|brought up|on the table|feature[ds]?|deal(?:t|s)? with"
    # "among the issues the council looked at / took up", "среди вопросов, которые рассмотрел СМВД"
    r"|look(?:ed|s)? (?:at|into)|t(?:ook|ake[ns]?) up|examin\w*|among (?:the )?(?:issues|matters|topics|questions|items))\b"
    r"|\bсреди\s+(?:вопросов|тем|проблем)\b|\bsredi\s+(?:voprosov|tem)\b|\bв\s+числ[оe]\s+(?:вопросов|тем)\b"
    r"|\bговорил\w*|\bобсужд\w*|\bобсуди\w*|\bупомина\w*|\bподнима\w*|\bречь\b|\bрассматр\w*|\bповестк\w*"
    r"|\bзатраг\w*|\bзатрону\w*|\bзвучал\w*|\bкасал\w*|\bкоснул\w*|\bфигурирова\w*"
    r"|\bobsuzhd\w*|\bgovoril\w*|\bupomina\w*|\bzatragiva\w*|\bpovestk\w*|\bkasal\w*"
    r"|\b(?:что|chto)[- ]?(?:то|нибудь|to|nibud)\s+(?:было|bylo|звучал\w*|zvuchal\w*)\b",
    re.I,
)
# "а про ПДД на совете что-то было?", "a pro X … chto-to bylo?": whether anything was said of a topic,
# a yes or no despite the question word "что" and the "про" of a bare follow-up.
_ANYTHING_SAID = re.compile(r"(?:что|chto)[- ]?(?:то|нибудь|to|nibud)\s+(?:было|bylo|звучал\w*|zvuchal\w*)\W*$", re.I)
_BODY_WORD = re.compile(r"\bbody\b|\bbodies\b|\bорган(?:ом|а|ов|ам|ами|ах|у)?\b|\borgan(?:om|a|ov)?\b", re.I)
_MEMBER_WORD = re.compile(
    r"\b(?:full )?members?(?:hip)?\b|\bjoin(?:s|ed|ing)?\b|\bчлен\w*|\bвступ\w*|\bchlen\w*|\bvstupi\w*", re.I
)
# What bodies aimed at or did: a question about their aims, not about what counts as a body.
_AIMS = re.compile(
    r"\b(?:aims?|goals?|objectives?|tasks?|priorit\w*|activit\w*)\b|(?<!\w)(?:цел[ьейиям]\w*|задач\w*|приоритет\w*"
    r"|деятельност\w*|направлен\w*)",
    re.I,
)
_SIXTEEN = re.compile(r"\b(?:16|sixteen|шестнадцат\w*)\b", re.I)
_CHAIR = cued(re.compile(
    r"\bchair(?:ed|s)?\b|\bpresided\b|\bchairm[ae]n\b|\bпредседательств\w*|\bпредседател\w*|\bpredsedatel\w*"
    # "кто вёл заседание", "who led the meeting": leading a meeting is chairing it
    r"|\b(?:вёл|вел|вела|vel|vela|руководил[аи]?|rukovodil[ai]?)\s+(?:[\w-]+\s+)?(?:заседани|совещани|встреч|zasedani|soveshchani|vstrech)\w*"
    r"|\bwho\s+led\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:meeting|session|summit)\b",
    re.I,
))
_ROLE_WORD = re.compile(
    r"\b(?:chair\w*|head|director|deputy|secretary|president|commander|minister|chief|general)\b"
    r"|\b(?:председател|руководител|глав|директор|заместител|секретар|генеральн|президент|командующ|министр|начальник)\w*"
    r"|\b(?:зам)?генсек\w*|\b(?:zam)?gensek\w*"
    r"|\b(?:predsedatel|rukovoditel|glav|direktor|zamestitel|sekretar|prezident|komanduyushch|ministr|nachalnik)\w*",
    re.I,
)
# A meeting's ordinal: "12th", "13-е", "XVIII", "thirteenth", "тринадцатое", followed within two
# words by a meeting word ("XVIII counter-terrorism meeting", "13-е заседание").
_MEETING_WORD = re.compile(
    r"^(?:meeting|summit|conference|заседани\w*|совещани\w*|встреч\w*|саммит\w*|конференци\w*"
    r"|zasedani\w*|soveshchani\w*|vstrech\w*)$",
    re.I,
)
# Russian endings typed in Latin letters count too ("15-e", "15-go", "15-oe zasedanie").
_ORDINAL_DIGITS = re.compile(
    r"^(\d{1,3})(?:st|nd|rd|th|-?(?:[ея]|й|го|м|ое|ая|ий|ом|ему|ой)|-?(?:e|ye|ya|y|go|ogo|m|oe|aya|iy|ij|om|omu|oy))$", re.I
)
# Meeting words a typo away still number a meeting ("the 11th meting"): the plain forms compared
# by edit distance, only for words long enough that one edit cannot turn them into another word.
_MEETING_FORMS = (
    "meeting", "заседание", "заседании", "заседания", "совещание", "совещании", "совещания", "zasedanie",
    "zasedaniya", "soveshchanie", "soveshchaniya",
)
_ONE_MEETING = re.compile(r"^(?:заседани[еи]|совещани[еи]|zasedani[ei]i?|soveshchani[ei]i?)$", re.I)
_ROMAN = re.compile(r"^[XVIL]{2,}$")
_WORD = re.compile(r"[\w'-]+")
_CAPITALISED = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]+$")
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,6}$")
# Words that only say "was it talked about": not the topic itself.
_TOPIC_FILLER = (
    "come came up raise raised mention mentioned discuss discussed talk talked address addressed agenda"
    " on at the there was were did consider considered touch touched cover covered "
    # "on the table", "feature", "deal with"; "касались", "фигурировал"; "правда ли" asks, names nothing
    " table feature featured features deal dealt with касались касался касалось коснулись фигурировал"
    " фигурировала фигурировало фигурировали повестку стоял стояла стояло стояли povestke povestka kasalis"
    " правда pravda true "
    "говорилось говорили обсуждали обсуждался обсуждалась обсуждалось обсуждение упоминали упоминалось"
    " поднимали поднимался звучала шла речь рассматривали рассматривался повестке повестка вопрос"
    " obsuzhdali govorilos li byla byl bylo byli"
    " затрагивали затрагивался затрагивалась затрагивалось затронули тема тему темы звучала звучал brought upon"
    " zatragivali warn warned предупреждал предупредил"
    " что-то что-нибудь нибудь chto-to chto to nibud"
    # "in his speech", "в своём выступлении", "pro …": where or how it was said, not what
    " supposed meant expected"
    " his her their speech remarks свой своём своем своей своих выступлении выступлениях речи pro про"
    " svoem svoyom svoei svoey svoih vystuplenii rechi"
    # a month places the meeting (checked as its date), it is no topic of what was said there
    " january february march april june july august september october november december"
    " январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
    " январский февральский мартовский апрельский майский июньский июльский августовский сентябрьский"
    " октябрьский ноябрьский декабрьский"
    # "among the issues the council looked at / took up", "среди вопросов, которые рассмотрел"
    " among issue issues matter matters look looked took taken examine examined среди вопросов вопросы рассмотрел"
    " рассмотрели sredi voprosov входила входил входило входили число"
)


_SEVERAL = cued(re.compile(
    r"\b(?:meetings|summits|both|each|all)\b|\bзаседани(?:ях|ям|й)\b|\bсовещани(?:ях|ям|й)\b|\bвстреч(?:ах|ам)?\b"
    r"|\bоб(?:оих|еих|а|е)\b|\bвсех\b|\bкаждо\w*|\bzasedaniyah\b|\bvstrechah\b",
    re.I,
))


@dataclass
class Mentions:
    """The entities a question names, main ones first, and the places that only locate a meeting."""

    hits: list[Hit]
    locating: list[Hit]
    covered: set[int]


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    # A question asking by its tone alone ("Узбекистан участвовал в XVIII совещании?") is one too,
    # though a terse one ("XVIII совещание — город?") may ask for a value: see below.
    tone_only = not is_yes_no(parsed.text) and (tone_question(parsed.text) or _latin_tone_question(parsed))
    # "Why did Belarus skip the St Petersburg meeting?" rests on whether it took part: that is checked
    # first (the sources give no reasons), so a wrong premise is said to be wrong.
    premise = _asks_why_absent(parsed.text)
    yes_no = is_yes_no(parsed.text) or tone_only or premise
    # "Was Moldova at any of the meetings?", "Молдова была на каком-нибудь заседании?": being at one is taking part.
    if yes_no and (
        _PARTICIPATE.search(parsed.text) or _PARTICIPATE_OR_BE.search(parsed.text) or _AT_ANY.search(parsed.text)
    ):
        unknown = _unknown_participant(engine, parsed, base)
        if unknown is not None:
            return unknown
    if (
        (_IN_PLACE.search(parsed.text) or _IN_PLACE_LOWER.search(parsed.text))
        and _ANY_MEETING.search(parsed.text)
        and (unknown_place := _unknown_after_in(parsed, engine.kb)) is not None
        and not _names_known(engine, parsed)
    ):
        # "Какие заседания проводились в Ташкенте?", "Were there any meetings in Astana?": nothing
        # known named, meetings asked in a place the sources do not know: none is recorded there.
        nearest = _nearest_in_time(engine, parsed)
        # Meetings asked for as a list ("which meetings", "были ли заседания") are none; one asked
        # about ("what was discussed at the meeting in Tashkent") is no such meeting.
        listing = parsed.intent.list_kind == "meeting" or _SEVERAL.search(parsed.text) is not None
        value = {"place": None, "place_text": unknown_place, "nearest": nearest[:1], "listing": listing}
        sources = [s for i in nearest[:1] for s in engine.kb.entities[i].sources]
        return _not_recorded(base, "place", value, nearest, sources)
    if not parsed.hits or parsed.hits[0].score < MENTION_SCORE:
        if yes_no and _DISCUSS.search(parsed.text):
            # "Упоминались ли религиозные организации в связи с дерадикализацией?": no entry named,
            # a topic of some meeting's record asked.
            topic = _topic_of_some_meeting(engine, parsed, base)
            if topic is not None:
                return topic
        return _unknown_joiner(engine, parsed, base) if _JOIN.search(parsed.text) else None
    if yes_no and (parsed.intent.until or parsed.intent.years):
        # "Программа … рассчитана до 2030 года?", "Is the Concept still valid in 2029?": the period
        # of the one document named, before any statement that happens to hold the year.
        in_period = _document_period(engine, parsed, base)
        if in_period is not None:
            return in_period
    if yes_no and _DIGITS_OR_WORDS.search(parsed.text):
        # "В сфере безопасности действуют 20 отраслевых органов?": a headline figure asserted,
        # checked against the recorded one before any entity sharing a word with the question.
        figure = _figure_check(engine, parsed, base)
        if figure is not None:
            return figure
    if parsed.intent.until and not yes_no:
        period = _period_lookalike(engine, parsed, base)
        if period is not None:
            return period
    mentions = find_mentions(engine, parsed)
    foreign = _foreign_meeting(engine, parsed, base, mentions)
    if foreign is not None:
        return foreign
    if not mentions.hits and not mentions.locating:
        if yes_no and _named_documents(engine, parsed):
            return _yes_no(engine, parsed, base, mentions, today)
        if yes_no and _DISCUSS.search(parsed.text):
            topic = _topic_of_some_meeting(engine, parsed, base, mentions)
            if topic is not None:
                return topic
        unrecorded = _unrecorded_attribute(engine, parsed, base, mentions)
        if unrecorded is not None:
            return unrecorded
        if parsed.intent.list_kind:
            # "Which countries joined the CIS Plus format?" reads as a list of states.
            return _asked_joiners(engine, parsed, base, mentions)
        members = _asked_joiners(engine, parsed, base, mentions) if _WHO_MEMBERS.search(parsed.text) else None
        if members is not None:
            # "Кто уже входит в формат СНГ плюс?": no kind of list asked, its members still are.
            return members
        if _JOIN.search(parsed.text):
            return _join_lookalike(engine, parsed, base, mentions) or _asked_joiners(engine, parsed, base, mentions)
        if _MEETING_WORDS.search(parsed.text):
            # "What was discussed at the CIS meeting in Tashkent": a place the sources do not know.
            return _place_lookalike(engine, parsed, base, mentions)
        return _title_lookalike(engine, parsed, base, mentions)
    looks = (
        _number_lookalike(engine, parsed, base, mentions)
        or _year_lookalike(engine, parsed, base, mentions, today)
        or _named_year_lookalike(engine, parsed, base)
        or _join_lookalike(engine, parsed, base, mentions)
        or _asked_joiners(engine, parsed, base, mentions)
    )
    if looks is not None:
        return looks
    # "Было 13 августа?", "Did it have five sessions?": a date or a number checked against the record,
    # also when a Russian question asks for yes or no by its tone alone.
    if (yes_no or tone_question(parsed.text)) and not _other_month(engine, parsed, mentions):
        # A copy: a right date or season falls through to the relation asked, leaving the base as it was.
        checked = (
            _date_check(engine, parsed, replace(base), mentions)
            or _count_check(engine, parsed, replace(base), mentions)
            or _period_check(engine, parsed, replace(base), mentions)
        )
        # "Was Kyrgyzstan at the 12 August meeting": a right date identifies the meeting, and the
        # relation asked of it (who took part) is the answer; a wrong date is the answer.
        # So does a topic asked of the meeting of that day ("Обсуждалось ли на совещании 10 июня …?").
        asks_more = checked is not None and (
            _asks_more(engine, mentions, checked.focus[0] if checked.focus else None)
            or _DISCUSS.search(parsed.text) is not None
        )
        if checked is not None and checked.yes and checked.focus:
            # "собирались 5 ноября в Душанбе, верно?": a right date does not make a wrong place right.
            elsewhere = _placed_elsewhere(engine, base, checked.focus[0], mentions)
            if elsewhere is not None:
                return elsewhere
        if checked is not None and not (checked.yes and checked.grounds in ("date", "status") and asks_more):
            return checked
    if yes_no:
        # A copy: a verdict dropped below must leave the base as it was for the usual answer.
        verdict = _yes_no(engine, parsed, replace(base) if tone_only or premise else base, mentions, today)
        if premise:
            if verdict is None or verdict.grounds not in _PRESENCE:
                return None  # not a question of who took part: the usual answer
            verdict.reason = "premise"
            return verdict
        # Asked by tone alone, "nothing recorded on that topic" may be a value asked tersely: the
        # usual answer gives it.
        if verdict is not None and not (tone_only and verdict.grounds == "not_discussed"):
            if verdict.yes is not None and verdict.grounds in _PARTICIPATION and _ABSENT.search(parsed.text):
                # "Was Russia absent": the list answers the opposite of "did it attend".
                verdict.yes = not verdict.yes
            return _when_checked(engine, parsed, verdict, today)
    unrecorded = _unrecorded_attribute(engine, parsed, base, mentions)
    if unrecorded is not None:
        return unrecorded
    if parsed.intent.list_kind:
        # "What did the Council of Heads of Migration Bodies agree on?": the kind word is the body's
        # name, no list is asked.
        named = _no_meetings_lookalike(engine, parsed, base, mentions) if _kind_word_names(engine, parsed, mentions) else None
        if named is not None:
            return named
        # "Кто председательствовал на 13-м заседании Совета секретарей советов безопасности?": the
        # kind word ("советов") is in the meeting's own name; no list of bodies is asked, its chair is.
        if _CHAIR.search(parsed.text) and _kind_word_names(engine, parsed, mentions, ("meeting",)):
            chair = _chair_lookalike(engine, parsed, base, mentions)
            if chair is not None:
                return chair
        # "What happened at the Minsk summit?" reads as a list of events, but names one meeting
        # in a city where none is recorded.
        one = _ONE_MEETING_NAMED.search(parsed.text)
        return _place_lookalike(engine, parsed, base, mentions) if one else None
    return (
        _place_lookalike(engine, parsed, base, mentions)
        or _person_lookalike(engine, parsed, base, mentions)
        or _no_holder(engine, parsed, base, mentions)
        or _chair_lookalike(engine, parsed, base, mentions)
        or _title_lookalike(engine, parsed, base, mentions)
        or _no_meetings_lookalike(engine, parsed, base, mentions)
    )


def _topic_of_some_meeting(
    engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions | None = None
) -> Verdict | None:
    """A topic asked of a meeting no name finds: the one meeting whose record covers it (see yesno_topics)."""
    mentions = mentions or Mentions([], [], set())
    positions = _topic_positions(engine, parsed, mentions, set())
    if not positions:
        return None
    verdict = yesno_topics.unnamed_meeting_topic(engine, parsed, base, positions, months_named(parsed.text))
    if verdict is not None:
        verdict.statements = [_asked_clause(engine, parsed, positions, said) for said in verdict.statements]
    return verdict


# Asking whether someone stayed away: the participant list's answer, turned round.
_ABSENT = re.compile(
    r"\b(?:absent|missing|miss(?:ed|es)?|skip(?:ped|s)?|stay(?:ed)? away|fail(?:ed)? to (?:attend|come|show))\b"
    r"|\bотсутствова\w*|\bпропусти\w*|\bпропуска\w*|\botsutstvova\w*|\bpropusti\w*",
    re.I,
)
_PARTICIPATION = {"listed", "not_listed", "host_not_listed", "meetings"}


@lru_cache(maxsize=16)  # asked several times of the same question by the answerers and confirm
def is_yes_no(text: str) -> bool:
    """Whether a question asks for yes or no: an English auxiliary first, or the Russian "ли"."""
    # "Погода — это тоже безопасность? Правда ли, что …?": the last sentence is the question asked.
    last = _LAST_SENTENCE.split(text.strip())[-1]
    # "ok so uzbekistan — was it at …": the question after a lead-in or a topic set off by a dash.
    # A reply to "did you mean" first ("yes, him - did he …") is left to the follow-up it is.
    lead_off = last if _REPLY_FIRST.match(last) else _LEAD_IN.sub("", _TOPIC_DASH.split(_COLON_LEAD.split(last)[-1])[-1])
    if _YES_NO_MARK.search(last) and ("/" in last or "или" in last or " or " in last or "ili" in last):
        return True
    return _ANYTHING_SAID.search(last) is not None or any(
        _YES_NO_EN.search(part)
        or _YES_NO_RU.search(part)
        or _YES_NO_TRANSLIT.search(part)
        or (part.rstrip().endswith("?") and _is_tag(part))
        for part in dict.fromkeys((text, last, lead_off))
    )


def _is_tag(part: str) -> bool:
    """A tag closes a statement ("..., right?"); after a question word, with no comma before them,
    an auxiliary and a pronoun end the question itself ("how many bodies are there?", "what is it?")."""
    tag = _TAG_QUESTION.search(part)
    return tag is not None and (tag.group(0)[0] == "," or not _AUX_TAG.match(tag.group(0)) or not _WH_START.match(part))


_AUX_TAG = re.compile(r"\s*(?:is|was|were|are|did|does|do|has|have)\b", re.I)


_LEAD_IN = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|well|hmm+|also|anyway|quick question|ну|так|ладно|хорошо|слушай)\b[\s,:]*"
    # "I was wondering, is …", "just curious - did …": a chatty opening, then the question
    r"|(?:i\s+(?:was\s+|am\s+|'m\s+)?wonder(?:ing)?|just\s+curious|i'?d\s+like\s+to\s+know)\b(?:\s+if)?[\s,:]*"
    # "According to the Executive Committee, do …?", "По словам Исполкома, …": whose claim, then the question
    r"|(?:according\s+to|по\s+(?:словам|данным|мнению|версии)|po\s+(?:slovam|dannym|mneniyu))\s+[^,?]{2,60},\s*)+",
    re.I,
)
_TOPIC_DASH = re.compile(r"\s+[—–-]+\s+")
# "Quick question for a briefing I'm writing: is …": what a colon opens is the question asked.
_COLON_LEAD = re.compile(r":\s+")
_CLAIM_LEAD = re.compile(
    r"^\W*(?:according\s+to|по\s+(?:словам|данным|мнению|версии)|po\s+(?:slovam|dannym|mneniyu))\s+[^,?]{2,60},", re.I
)
_REPLY_FIRST = re.compile(r"^\W*(?:yes|yeah|yep|no|nope|да|нет|ага)\b", re.I)


# A question word first ("where was that?" ends like a tag question but asks where).
_WH_START = re.compile(
    r"^\W*(?:(?:and|but|а|и|но)\s+)?(?:who|whom|whose|what|which|where|when|why|how|кто|кого|кому|что|где|когда|куда"
    r"|откуда|почему|зачем|как|какой|какая|какое|какие|каких|сколько|чей|чья|kto|chto|gde|kogda|pochemu|kak|skolko)\b",
    re.I,
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")


def find_mentions(engine: Engine, parsed: Parsed) -> Mentions:
    """Hits whose names the question holds, their distinctive words not shared, best covered first;
    places after the rest, and a place inside a chosen meeting's name only locates that meeting."""
    kb, weights = engine.kb, parsed.query.weights

    def strong(hit: Hit) -> set[int]:
        return {i for i in hit.name_tokens if weights[i] >= WEAK_WEIGHT}

    candidates = [
        hit
        for hit in parsed.hits
        if hit.score >= MENTION_SCORE
        and hit.name_cover >= MENTION_COVER
        and kb.kind(hit.entity) not in ("fact", "document")
        and strong(hit)
    ]
    places = [h for h in candidates if kb.kind(h.entity) == "place"]
    # A meeting sharing only its city with the question ("заседание … в Москве") is not named by it:
    # the city is.
    city_words = {i for h in places for i in strong(h)}
    candidates = [h for h in candidates if kb.kind(h.entity) != "meeting" or not strong(h) <= city_words]
    # A meeting before its body ("the 13th meeting of the Security Secretaries Council"), then
    # the best covered names ("the Council of Heads of Customs Services" before a council that
    # only shares "heads" and "council" with it).
    body_scores = {h.entity: h.score for h in candidates if kb.kind(h.entity) == "body"}

    def first(hit: Hit) -> bool:
        """A meeting named outright, or scoring above its own body, comes first."""
        entity = kb.entities[hit.entity]
        if not isinstance(entity, Meeting):
            return False
        body = body_scores.get(entity.body or "")
        # The best hit of all, named by most of its name, before an entry sharing one of its words
        # ("Commonwealth" of "Commonwealth-Antiterror" is no mention of the CIS).
        best = hit is parsed.hits[0] and hit.name_cover >= 0.7
        return hit.name_cover >= 0.8 or best or (body is not None and hit.score >= body)

    others = sorted(
        (h for h in candidates if kb.kind(h.entity) != "place"),
        key=lambda h: (not first(h), -h.name_cover, -h.score),
    )
    meetings = [h for h in others if kb.kind(h.entity) == "meeting"]
    rivals = [h for h in parsed.hits[:5] if kb.kind(h.entity) == "meeting" and h.score >= GUESS_SCORE]
    for other in rivals:
        if meetings and other is not meetings[0] and named_by_its_month_only(engine, parsed.query, parsed.hits, meetings[0], other):
            # "Did the CIS heads of state meet in November 2025?": the summit (or its body), not the
            # 13th meeting whose name holds "November 2025"
            at = others.index(meetings[0])
            others.remove(meetings[0])
            if other in others:
                others.remove(other)
            others.insert(at, other)
            break
    chosen: list[Hit] = []
    locating: list[Hit] = []
    used: set[int] = set()
    # A second meeting is a mention only when the question speaks of several: otherwise a
    # meeting sharing no more than the city with the question is a look-alike of the first.
    several = _SEVERAL.search(parsed.text) is not None
    for hit in others:
        if strong(hit) & used:
            continue
        if not several and kb.kind(hit.entity) == "meeting" and any(kb.kind(h.entity) == "meeting" for h in chosen):
            continue
        chosen.append(hit)
        used |= strong(hit)
    for hit in sorted(places, key=lambda h: (-h.name_cover, -h.score)):
        if strong(hit) & used:
            locating.append(hit)
            continue
        chosen.append(hit)
        used |= strong(hit)
    covered = {i for hit in [*chosen, *locating] for i in hit.name_tokens}
    return Mentions(chosen, locating, covered)


# --- yes / no -------------------------------------------------------------------------------------


def _yes_no(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, today: date) -> Verdict | None:
    kb = engine.kb
    hits = mentions.hits
    meetings = [h for h in hits if isinstance(kb.entities[h.entity], Meeting)]
    others = [h for h in hits if not isinstance(kb.entities[h.entity], Meeting)]
    text = parsed.text
    located_by_body = False
    day = asked_day(text)
    if day is not None and len(meetings) == 1:
        # "в совещании в Москве 10 июня": the day names the meeting held there that day.
        that_day = _dated_there(engine, parsed, meetings[0], day)
        if that_day is not None:
            meetings = [that_day]
    if not meetings:
        # "The interior ministers' council meeting in St Petersburg": a body and the place of one
        # of its meetings name that meeting.
        located = _located_meeting(engine, parsed, others)
        if located is not None:
            meeting_hit, used = located
            meetings = [meeting_hit]
            others = [h for h in others if h.entity not in used]
            located_by_body = True
    if not meetings and others and _DISCUSS.search(text):
        # "Обсуждали ли на СМВД …?": what a body discussed is what its one recorded meeting did; a
        # second body named is then the topic ("… вопрос судебно-экспертной деятельности" is no
        # meeting of the forensic council, which has none recorded).
        owners = [
            (h, held)
            for h in others
            if kb.kind(h.entity) == "body"
            and len(held := [m for m in kb.meetings_of(h.entity) if m.body == h.entity]) == 1
        ]
        if len(owners) == 1 and (len(others) == 1 or owners[0][0] is others[0]):
            # the body's words name the meeting: they are no part of the topic asked
            named_body, held = owners[0]
            meetings = [Hit(held[0].id, GUESS_SCORE, 0.0, 0.0, 0, named_body.name_tokens)]
            others = [h for h in others if h is not named_body]
            located_by_body = True
    # A meeting named by its body and city keeps that name: a wrong month is then a date to check.
    of_month = None if located_by_body else _dated_meeting(engine, parsed, meetings, others, mentions.locating)
    if of_month is not None:
        # "the June meeting in Moscow": the one meeting of the named month (and place), not a
        # meeting the words alone resemble more.
        meeting_hit, used = of_month
        meetings = [meeting_hit]
        others = [h for h in others if h.entity not in used]
    if not meetings and len(others) == 1 and kb.kind(others[0].entity) == "place" and _DISCUSS.search(text):
        # "obsuzhdali li na antiterroristicheskom soveshchanii v Moskve bespilotniki?": the meeting
        # held in the city asked that the other words name, or the one whose record holds the topic.
        in_place = _discussed_in_place(engine, parsed, base, mentions, others[0])
        if in_place is not None:
            return in_place
    if (
        not meetings
        and (_PARTICIPATE_OR_BE.search(text) or _HOSTED.search(text) or _ADDRESS.search(text))
        and _A_MEETING.search(text)
    ):
        # "Туркменистан был на заседании СМВД?": a body named with a meeting word is its one meeting
        # (so it is when someone addressed its participants).
        own = _only_meeting(engine, parsed, others)
        if own is not None:
            owner = getattr(kb.entities[own.entity], "body", None)
            meetings = [own]
            others = [h for h in others if h.entity != owner]
    if (
        not meetings
        and len(others) == 2
        and (_PARTICIPATE_OR_BE.search(text) or _WAS_THERE.search(text))
        and _A_MEETING.search(text)
    ):
        # "Did Azerbaijan attend the St Petersburg meeting?": a city where one meeting was held names
        # it, as a body with one meeting does.
        sole_venues = [
            (h, held_there)
            for h in others
            if kb.kind(h.entity) == "place" and len(held_there := kb.meetings_held_in.get(h.entity, [])) == 1
        ]
        if len(sole_venues) == 1:
            place_hit, held_there = sole_venues[0]
            meetings = [Hit(held_there[0], GUESS_SCORE, 0.0, 0.0, 0, place_hit.name_tokens)]
            others = [h for h in others if h is not place_hit]
    if not meetings and _HELD_IN.search(text):
        # "Проходило ли заседание Совета секретарей в Минске": the body's one meeting was elsewhere.
        elsewhere = _held_elsewhere(engine, others) or _kind_held_elsewhere(engine, text, [*others, *mentions.locating])
        if elsewhere is not None:
            return _held_in(engine, base, *elsewhere)
    people = [h for h in others if kb.kind(h.entity) == "person"]
    if (
        not meetings
        and len(people) == 1
        and (_PARTICIPATE.search(text) or _SPOKE.search(text))
        and not _SAID_THAT.search(text)
    ):
        # "Трефилов выступал в Москве?": the meetings the person is named at, held in the place asked.
        spoke = _person_in_place(engine, people[0].entity, others)
        if spoke is not None:
            return spoke(base)
    organisations = [h for h in others if kb.kind(h.entity) == "organisation"]
    if meetings and len(organisations) == 1 and _MEMBER_WORD.search(text) and not _PARTICIPATE.search(text):
        # "Did the Dushanbe summit make the SCO a full member": an organisation's membership, not
        # its attendance; no organisation is a member state (its recorded status is shown).
        subject = kb.entities[organisations[0].entity]
        assert isinstance(subject, Organisation)
        return _member(engine, base, subject)
    if meetings and _ADOPTED.search(text):
        # "Was the Concept approved at the 13th meeting": where the document was adopted, checked.
        documents = _named_documents(engine, parsed) or _document_beside(engine, parsed, meetings[0])
        several = [] if documents else _documents_of_kind_beside(engine, parsed, meetings[0])
        if several:
            return _several_adopted_at(base, several, kb.entities[meetings[0].entity])
        if documents:
            document = kb.entities[documents[0].entity]
            assert isinstance(document, Document)
            period = other_period(kb, [document.id], text, parsed.intent.until)
            if period is not None:
                # "the programme for 2025–2027 approved at the summit": no such period is recorded
                return _not_recorded(base, "constraint", period, [document.id], document.sources)
            # "approved at the summit in Minsk": the summit found is elsewhere, so the city is the claim
            wrong = [h.entity for h in others if kb.kind(h.entity) == "place" and not _held_there(kb, kb.entities[meetings[0].entity], h.entity)]
            if len(wrong) == 1 and document.meeting:
                return _adopted_in(engine, base, document, wrong[0])
            return _adopted_at(engine, base, document, kb.entities[meetings[0].entity])
    if meetings:
        return _about_meetings(engine, parsed, base, mentions, meetings, others, today)
    people = [h for h in others if kb.kind(h.entity) == "person"]
    whole = [h for h in people if h.name_cover >= 0.9]
    if len(people) > 1 and len(whole) == 1 and all(h.name_cover < 0.7 for h in people if h is not whole[0]):
        # "press secretary of the president": a person named in full is asked about; another only
        # sharing a title word with the question ("President Putin") is not named.
        others = [h for h in others if h in whole or kb.kind(h.entity) != "person"]
        people = whole
    if len(people) == 1 and len(others) <= 2:
        person = kb.entities[people[0].entity]
        assert isinstance(person, Person)
        rest = [kb.entities[h.entity] for h in others if h is not people[0]]
        role = _role(engine, parsed, base, person, rest[0] if rest else None, mentions)
        claimed = _CLAIMED.search(text) is not None
        if role is None and (len(others) == 1 or claimed) and (claimed or _TOLD_OF.search(text) or _SPOKE.search(text)):
            # "Упоминал ли Трефилов молодёжь?": what the person is recorded as saying, anywhere; in a
            # claim ("Klemez described migration as a threat to national security") another entry
            # named is part of what was said.
            return _person_said(engine, parsed, base, mentions, person)
        return role
    # Documents are no mentions (their names hold the bodies'): one named outright may be asked about.
    documents = _named_documents(engine, parsed)
    if documents and (not others or documents[0].score >= others[0].score):
        document = kb.entities[documents[0].entity]
        assert isinstance(document, Document)
        places = [h.entity for h in others if kb.kind(h.entity) in ("place", "state")]
        # "approved in Moscow … until 2030": the period is the document's name, the city is asked
        # ("adopted by the heads of government … until 2030": who adopted it is asked)
        by_whom = _ALTERNATIVE_ANY.search(text) is not None and "level" in _alternatives_in(text)
        own_period = (
            (bool(places) or by_whom) and parsed.intent.until == document.period_end and _ADOPTED.search(text) is not None
        )
        if parsed.intent.until and not own_period:
            return _period(engine, parsed, base, document, parsed.intent.until)
        period = other_period(kb, [document.id], text, None)
        if period is not None:
            # "Was the programme for 2025–2027 approved in Dushanbe?": no programme of that period is
            # recorded; the one found has its own (2026–2028), which is said, never a "yes" for the
            # adoption of the other.
            return _not_recorded(base, "constraint", period, [document.id], document.sources)
        if len(places) == 1 and document.meeting and _ADOPTED.search(text):
            if kb.kind(places[0]) == "state" and not _named_as_place(parsed, next(h for h in others if h.entity == places[0])):
                # "Did Turkmenistan sign the joint statement?": the state is the signatory asked
                # about, not where it was adopted; the sources record the meeting, not who signed.
                return _signers_unrecorded(engine, base, document, places[0])
            # "Концепцию приняли в Москве?": where the meeting that adopted it was held; the grounds
            # are the adoption (the document and its meeting), not the meeting's venue alone.
            return _adopted_in(engine, base, document, places[0])
        # "Is its text to be distributed at the UN": what the document's description or facts say
        # about the rest of the question (the UN included).
        return _stated(engine, parsed, mentions, base, documents[0])
    if len(others) > 1 and (parsed.intent.categories or _SIXTEEN.search(text) or _BODY_WORD.search(text)):
        # "Is the Border Troops Commanders Council a sectoral body in the security sphere": a body
        # named in full is asked about; one that only shares "органом … безопасности" is not named.
        whole = [h for h in others if h.name_cover >= 0.9]
        if len(whole) == 1 and all(h.name_cover < 0.7 for h in others if h is not whole[0]):
            others = whole
    if len(others) == 2 and _MEMBER_WORD.search(text) and any(h.entity == "cis" for h in others):
        # "Has the SCO become a member state of the Commonwealth": the CIS is what membership is of
        others = [h for h in others if h.entity != "cis"]
    if len(others) == 2 and all(kb.kind(h.entity) in ("body", "organisation") for h in others):
        # "Was the ATC set up by a decision of the Defence Ministers Council?": what the record says
        # of the one, checked for the other named in it.
        agent = _other_agent(engine, parsed, base, mentions, others)
        if agent is not None:
            return agent
    if len(others) != 1:
        return None
    subject = kb.entities[others[0].entity]
    categories = list(parsed.intent.categories)
    if _SIXTEEN.search(text) and "sectoral" not in categories:
        categories.append("sectoral")
    if isinstance(subject, Body | Organisation) and (categories or _BODY_WORD.search(text)) and _AIMS.search(text):
        return None  # "one of the aims of the security bodies": their aims are asked, not what a body is
    if isinstance(subject, Body | Organisation) and categories:
        return _category(base, subject, categories[0])
    if isinstance(subject, Organisation | State) and _MEMBER_WORD.search(text):
        return _member(engine, base, subject)
    if isinstance(subject, Organisation | State) and _OBSERVER.search(text):
        return _observer(engine, base, subject)
    if isinstance(subject, Body | Organisation) and _BODY_WORD.search(text):
        if _SOURCE_FRAME.match(text):
            return None  # "does the report say the bodies worked with the ExCom": a claim, not what a body is
        if not _named_as_written(engine, parsed, others[0]):
            # "работа органов создавала среду для экономического сотрудничества": "экономического"
            # is a word of its own, not a typo of the Ecological Council's name; nothing is named.
            return None
        found = define.topic_matches(kb, parsed.text)
        if found and subject.id not in found:
            # "Is there a CIS body for weather and climate services": the field asked is another
            # body's; "services" of the intelligence chiefs' name is not what is asked.
            return None
        return _is_body(base, subject)
    if isinstance(subject, Document | Body | Organisation):
        return _stated(engine, parsed, mentions, base, others[0])
    return None


def _discussed_in_place(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, place: Hit) -> Verdict | None:
    """A topic asked of "the meeting in <city>" where several were held: the one meeting held there
    that the question's other words name ("antiterroristicheskom"), checked as a named one; else
    the one whose record holds the topic; else "the meetings held there do not mention it"."""
    kb, tokens = engine.kb, parsed.query.tokens
    held = [m for m in (kb.entities[i] for i in kb.meetings_held_in.get(place.entity, [])) if isinstance(m, Meeting)]
    if not held:
        return None
    placing = yesno_topics.placing_words(engine.index)
    hits = {h.entity: h for h in parsed.hits}
    named = []
    for meeting in held:
        hit = hits.get(meeting.id)
        words = {i for i in hit.name_tokens if i not in place.name_tokens and tokens[i] not in placing} if hit else set()
        if words:
            named.append((meeting, words))
    if len(named) > 1:
        return None  # several named: which one is meant is not for a guess
    if named:
        meeting, words = named[0]
        rest = _topic_positions(engine, parsed, mentions, mentions.covered | words)
        return _discussed(engine, parsed, base, meeting, rest) if rest else None
    rest = _topic_positions(engine, parsed, mentions)
    if not rest:
        return None
    found = yesno_topics.unnamed_meeting_topic(
        engine, parsed, base, rest, months_named(parsed.text), among={m.id for m in held}
    )
    if found is not None:
        found.statements = [_asked_clause(engine, parsed, rest, said) for said in found.statements]
        return found
    value = {"place": place.entity, "held": [m.id for m in held]}
    return _verdict(base, None, "not_discussed_in", [place.entity], value, [s for m in held for s in m.sources])


def _located_meeting(engine: Engine, parsed: Parsed, others: list[Hit]) -> tuple[Hit, set[str]] | None:
    """The one meeting of a mentioned body held in a mentioned place, its hit and the ids it stands for."""
    kb = engine.kb
    bodies = [h.entity for h in others if kb.kind(h.entity) == "body"]
    places = [h.entity for h in others if kb.kind(h.entity) in ("place", "state")]
    if len(bodies) != 1 or not places:
        return None
    # A city locates the meeting before a country does: in "was Russia at the council's meeting in
    # St Petersburg" Russia is asked about, not where.
    for where in sorted(places, key=lambda place: kb.kind(place) == "state"):
        held = [m.id for m in kb.meetings_of(bodies[0]) if m.body == bodies[0] and _held_there(kb, m, where)]
        if len(held) != 1:
            continue
        hit = next((h for h in parsed.hits if h.entity == held[0]), None)
        if hit is not None:
            return hit, {bodies[0], where}
    return None


_GATHERING = re.compile(r"\b(?:gathering|talks|get-together)\b|\bсобрани\w*|\bпереговор\w*|\bsobrani\w*", re.I)


def _other_month(engine: Engine, parsed: Parsed, mentions: Mentions) -> bool:
    """Whether the month named points at another meeting than the one mentioned: then the month
    names the meeting asked about rather than a date to check."""
    if not months_named(parsed.text):
        return False
    kb = engine.kb
    meetings = [h for h in mentions.hits if kb.kind(h.entity) == "meeting"]
    others = [h for h in mentions.hits if kb.kind(h.entity) != "meeting"]
    return _dated_meeting(engine, parsed, meetings, others, mentions.locating) is not None


def _dated_meeting(
    engine: Engine, parsed: Parsed, meetings: list[Hit], others: list[Hit], locating: list[Hit]
) -> tuple[Hit, set[str]] | None:
    """The one meeting among the hits held in a month the question names (and in its place, if one
    is named), when the meeting mentioned, if any, was held in another month; with the place ids it used."""
    months = months_named(parsed.text)
    if not months or not (meetings or _ANY_MEETING.search(parsed.text) or _GATHERING.search(parsed.text)):
        return None  # "did Peskov make his remark in October": no meeting is asked about
    kb = engine.kb

    def month_of(entity_id: str) -> int | None:
        meeting = kb.entities[entity_id]
        if not isinstance(meeting, Meeting) or not meeting.date:
            return None
        return PartialDate.parse(meeting.date).month

    if meetings and (
        month_of(meetings[0].entity) in months
        or meetings[0].name_cover >= 0.8
        or meeting_ordinals(parsed.text)
        or _body_named(engine, parsed, meetings[0])
    ):
        return None  # a meeting named outright keeps its name: the month is then a date to check
    places = {h.entity for h in [*others, *locating] if kb.kind(h.entity) == "place"}
    candidates = {h.entity: h for h in parsed.hits if h.score >= GUESS_SCORE and kb.kind(h.entity) == "meeting"}
    for where in places:
        # The meetings held in a named city, though the words alone did not find them ("июньское
        # совещание в Москве"): one city's meetings, a bounded walk.
        for meeting in kb.meetings_of(where):
            candidates.setdefault(meeting.id, Hit(meeting.id, GUESS_SCORE, 0.0, 0.0, 0, frozenset()))
    # A body named with meetings of its own ("Was the interior ministers council meeting in June?")
    # names one of them: the month is then a date to check, not a pointer to a meeting of another
    # body that month; asked whether it took part ("… at the June meeting"), any meeting it attended.
    attended = _PARTICIPATE_OR_BE.search(parsed.text) is not None
    linked = [
        {m.id for m in kb.meetings_of(h.entity) if attended or m.body == h.entity}
        for h in others
        if kb.kind(h.entity) == "body" and any(m.body == h.entity for m in kb.meetings_of(h.entity))
    ]
    fitting = [
        hit
        for entity_id, hit in candidates.items()
        if month_of(entity_id) in months
        and all(_held_there(kb, kb.entities[entity_id], where) for where in places)
        and all(entity_id in ids for ids in linked)
    ]
    if len(fitting) != 1:
        return None
    if meetings and fitting[0].entity != meetings[0].entity and named_apart(engine, parsed, meetings[0], fitting[0]):
        return None
    return fitting[0], places


# Words any meeting's name may share ("CIS", "meeting"): they name no meeting apart from another.
_GENERIC_TOKENS = frozenset({"~cis", "~meeting"})
# Words of a date: a meeting's name holding them ("… в августе 2025 года") names it by its date only.
_DATE_TOKENS = frozenset({"god", "year"})
_YEAR_TOKEN = re.compile(r"#(?:19|20)\d\d$")  # an ordinal ("#18") names a meeting, a year dates it
NAMED_APART_COVER = 0.5  # a meeting named by its own words holds this much of its name


def named_by_its_month_only(engine: Engine, query: AnalysedQuery, hits: list[Hit], top: Hit, other: Hit) -> bool:
    """Whether the meeting hit `top` holds, beyond `other` (with the words of other's own body),
    only words of a date or words any meeting shares, while `other` holds words of its own: the
    question names `other`, and `top` was found by a month or year in its name (tuning17_look)."""
    if other.name_cover < NAMED_APART_COVER:
        return False  # "skolko gosudarstv prishlo na avgustovskoe": "states" is no name of the summit
    kb, tokens = engine.kb, query.tokens
    months = engine._month_words
    # a city or state places a meeting, it names none apart ("XVIII … в Санкт-Петербурге")
    placed = {i for h in hits[:6] if kb.kind(h.entity) in ("place", "state") for i in h.name_tokens}

    def telling(positions: set[int]) -> set[int]:
        return {
            i
            for i in positions
            if i < len(tokens)
            and i not in placed
            and tokens[i] not in months
            and tokens[i] not in _GENERIC_TOKENS
            and tokens[i] not in _DATE_TOKENS
            and not _YEAR_TOKEN.match(tokens[i])
        }

    def named(hit: Hit) -> set[int]:
        # the words that found the meeting's own body name it too ("the Security Secretaries Council")
        body = getattr(kb.entities[hit.entity], "body", None)
        return set(hit.name_tokens).union(*(h.name_tokens for h in hits[:5] if body and h.entity == body))

    return bool(telling(named(other) - named(top))) and not telling(named(top) - named(other))


def named_apart(engine: Engine, parsed: Parsed, named: Hit, other: Hit) -> bool:
    """Whether the words that found the meeting `named` hold one of its own that `other` does not
    match ("summit", "counter-terrorism", "intelligence"), beyond the words any meeting shares and
    the numbers and places: then the question names that meeting, and a month or place of `other`
    is a wrong date or place of it ("Did the CIS summit take place in November 2025?"), not a
    pointer to `other` (tuning17_look)."""
    kb = engine.kb
    placed = {
        i for h in parsed.hits if kb.kind(h.entity) in ("place", "state") and h.score >= GUESS_SCORE for i in h.name_tokens
    }
    tokens = parsed.query.tokens
    own = [
        i
        for i in named.name_tokens - other.name_tokens - placed
        if i < len(tokens) and tokens[i] not in _GENERIC_TOKENS and not tokens[i].startswith("#")
    ]
    return bool(own)


_SPOKE = re.compile(
    r"\b(?:spoke|speak\w*|addressed|talked|said)\b|\bвыступ\w*|\bговорил\w*|\bзаявля\w*|\bvystup\w*", re.I
)


# "Говорил ли Клемез, что Петербург выбрали …", "did he say that …": what he said is asked, not
# whether he spoke in the place the claim names.
_SAID_THAT = re.compile(
    r"\b(?:говорил\w*|сказал\w*|заявля\w*|заявил\w*|govoril\w*|skazal\w*|zayavil\w*|say|says|said)\b"
    r"(?:\s+(?:ли|li))?(?:\s+\w+){0,2}?\s*,?\s+(?:что|chto|that)\b",
    re.I,
)
_PARTICIPATE_OR_BE = re.compile(
    r"\b(?:take part|took part|taken part|participat\w*|attend\w*|represented|present|at)\b"
    r"|\bучаств\w*|\bпредставлен\w*|\bприсутствова\w*|\bбыл[аио]?\s+(?:на|в)\b|\buchastvova\w*|\bbyl[aio]?\s+(?:na|v)\b",
    re.I,
)
# "Был ли Азербайджан на заседании …": being there, asked with the particle between.
_WAS_THERE = re.compile(r"\b(?:был[аио]?\s+ли|byl[aio]?\s+li)\b", re.I)
_A_MEETING = re.compile(
    r"\b(?:meeting|summit|conference|session)\b|\bзаседани\w*|\bсовещани\w*|\bвстреч\w*|\bсаммит\w*"
    r"|\bzasedani\w*|\bsoveshchani\w*|\bvstrech\w*|\bsammit\w*",
    re.I,
)


def _body_named(engine: Engine, parsed: Parsed, hit: Hit) -> bool:
    """Whether the question names the meeting's own body in full ("the security secretaries' meeting")."""
    body = getattr(engine.kb.entities[hit.entity], "body", None)
    return body is not None and any(h.entity == body and h.name_cover >= 0.8 for h in parsed.hits[:8])


def _only_meeting(engine: Engine, parsed: Parsed, others: list[Hit]) -> Hit | None:
    """The one recorded meeting of the one body named, as a hit, when it is among the hits."""
    kb = engine.kb
    bodies = [h.entity for h in others if kb.kind(h.entity) == "body"]
    if len(bodies) != 1 or len(others) != 2:
        return None
    own = [m for m in kb.meetings_of(bodies[0]) if isinstance(m, Meeting) and m.body == bodies[0]]
    if len(own) != 1:
        return None
    return next((h for h in parsed.hits if h.entity == own[0].id), None)


def _held_elsewhere(engine: Engine, others: list[Hit]) -> tuple[str, str] | None:
    """(meeting, place asked) when one body and one place are named and the body's one recorded
    meeting was not held there (held there, :func:`_located_meeting` has found it)."""
    kb = engine.kb
    bodies = [h.entity for h in others if kb.kind(h.entity) == "body"]
    places = [h.entity for h in others if kb.kind(h.entity) in ("place", "state")]
    if len(bodies) != 1 or len(places) != 1:
        return None
    own = [m for m in kb.meetings_of(bodies[0]) if isinstance(m, Meeting) and m.body == bodies[0]]
    if len(own) != 1 or _held_there(kb, own[0], places[0]):
        return None
    return own[0].id, places[0]


def _month_held_otherwise(engine: Engine, parsed: Parsed, focus: list[str]) -> list[int] | None:
    """[asked, recorded] when the question says a meeting of the focus was held in a month and the
    meeting's recorded date is in another."""
    if not _HELD_IN.search(parsed.text):
        return None
    asked = months_named(parsed.text)
    if not asked:
        return None
    for entity_id in focus[:2]:
        meeting = engine.kb.get(entity_id)
        if isinstance(meeting, Meeting) and meeting.date:
            known = PartialDate.parse(meeting.date).month
            if known is not None and known not in asked:
                return [min(asked), known]
    return None


# A kind of meeting only one recorded meeting is: "the CIS summit", "саммит СНГ" (tuning17_look).
_ONE_KIND = {"summit": re.compile(r"\bsummit\w*|(?<!\w)саммит\w*|\bsammit\w*", re.I)}


def _kind_held_elsewhere(engine: Engine, text: str, others: list[Hit]) -> tuple[str, str] | None:
    """(meeting, place asked) when the question names a kind of meeting only one recorded meeting is
    ("Проходил ли саммит СНГ в Москве?") and one place where it was not held."""
    kb = engine.kb
    places = [h.entity for h in others if kb.kind(h.entity) in ("place", "state")]
    if len(places) != 1:
        return None
    for kind, pattern in _ONE_KIND.items():
        if pattern.search(text):
            held = [m for m in kb.of_kind("meeting") if isinstance(m, Meeting) and m.kind == kind]
            if len(held) == 1 and not _held_there(kb, held[0], places[0]):
                return held[0].id, places[0]
    return None


def _person_in_place(engine: Engine, person: str, others: list[Hit]) -> Callable[[Verdict], Verdict] | None:
    """Whether a person named at meetings was named at one in the one place asked: yes with the
    meetings held there; else no, with where their one meeting was."""
    kb = engine.kb
    places = [h.entity for h in others if kb.kind(h.entity) in ("place", "state")]
    if len(places) != 1 or len(others) != 2:
        return None
    own = [m for m in kb.meetings_of(person) if isinstance(m, Meeting)]
    there = [m.id for m in own if _held_there(kb, m, places[0])]
    if there:
        return lambda base: _took_part(engine, base, there, person)
    if len(own) == 1:
        return lambda base: _held_in(engine, base, own[0].id, places[0])
    return None


_ADOPTED = re.compile(
    r"\b(?:adopt\w*|approv\w*|endors\w*|sign\w*|pass(?:ed)?|grant\w*|decid\w*)\b"
    r"|\bприня(?:т|л)\w*|\bутвер(?:жд|ди)\w*|\bодобр\w*|\bподписа\w*|\bпредостав\w*|\bрешил\w*"
    r"|\b(?:utver(?:zhd|di)\w*|prin[yi]a[lt]\w*|odobr\w*|podpisa\w*)"
    # a status "given": "дали статус наблюдателя", "gave the SCO observer status"
    r"|\b(?:give|gave|given)\b|\bдал[аи]?\b|\bприсво\w*"
    r"|\bprinyat\w*|\butverzhd\w*|\bodobr\w*|\bpredostav\w*|\bdal[ai]?\b"
    # a status or format received or set up: "ШОС получила статус", "uchredili format"
    r"|\b(?:receiv\w*|obtain\w*|got|establish\w*)\b|\bполучи\w*|\bучреди\w*|\bpoluchi\w*|\buchredi\w*",
    re.I,
)


def _status_granted_at(engine: Engine, base: Verdict, meeting_ids: list[str], subject_id: str, text: str) -> Verdict | None:
    """ "Did the Dushanbe summit make the SCO an observer?": a status given to the subject at the
    meeting asked is a decision of that meeting, not the subject's attendance (which the summit's
    record does not list)."""
    if len(meeting_ids) != 1 or not _OBSERVER.search(text):
        return None
    subject = engine.kb.entities[subject_id]
    if not isinstance(subject, Organisation | State):
        return None
    granted = [
        document
        for document in engine.kb.of_kind("document")
        if isinstance(document, Document)
        and document.kind == "decision"
        and _OBSERVER.search(document.name.en)
        and subject.name.en.lower() in document.name.en.lower()
    ]
    if not granted:
        # "… make the CSTO an observer?": no such decision; the observers the sources record
        return _observer(engine, base, subject)
    if len(granted) != 1:
        return None
    return _adopted_at(engine, base, granted[0], engine.kb.entities[meeting_ids[0]])


def _adopted_at(engine: Engine, base: Verdict, document: Document, meeting: Entity) -> Verdict:
    """Whether the document was adopted at the meeting asked; when not, the record names where it was."""
    value = {"document": document.id, "asked": meeting.id, "meeting": document.meeting, "date": document.date}
    yes = None if document.meeting is None else document.meeting == meeting.id
    focus = [document.id, *([document.meeting] if document.meeting else [])]
    return _verdict(base, yes, "adopted_at", focus, value, document.date_sources or document.sources)


# Words that make the state after them the place of an act ("signed in Turkmenistan", "в Таджикистане").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "into", "в", "во", "v", "vo"})


def _named_as_place(parsed: Parsed, hit: Hit) -> bool:
    """Whether a state the question names comes right after a preposition of place."""
    wanted = {parsed.query.tokens[i] for i in hit.name_tokens}
    words = re.findall(r"[^\W\d_]+", parsed.text.lower())
    return any(word_token(word) in wanted and i and words[i - 1] in _PLACE_PREPOSITIONS for i, word in enumerate(words))


def _signers_unrecorded(engine: Engine, base: Verdict, document: Document, state: str) -> Verdict:
    """Whether a state signed (adopted, approved) a document: the sources record the meeting that
    adopted it, never which states signed; neither yes nor no."""
    assert document.meeting is not None
    value = {"document": document.id, "meeting": document.meeting, "asked": state}
    focus = [document.id, document.meeting, state]
    return _verdict(base, None, "signers_unrecorded", focus, value, document.date_sources or document.sources)


def _adopted_in(engine: Engine, base: Verdict, document: Document, where: str) -> Verdict:
    """Whether the document was adopted in the place asked: the place of the meeting that adopted it."""
    assert document.meeting is not None
    verdict = _held_in(engine, base, document.meeting, where)
    verdict.grounds = "adopted_in"
    verdict.focus = [document.id, *verdict.focus]
    verdict.value = {**verdict.value, "document": document.id} if isinstance(verdict.value, dict) else verdict.value
    verdict.sources = list(dict.fromkeys([*(document.date_sources or document.sources), *verdict.sources]))
    return verdict


def _about_meetings(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    mentions: Mentions,
    meetings: list[Hit],
    others: list[Hit],
    today: date,
) -> Verdict | None:
    """Who took part in one or more meetings, where one was held, whether it took place, what it discussed."""
    kb = engine.kb
    text = parsed.text
    own = {getattr(kb.entities[h.entity], "body", None) for h in meetings}
    # The meeting's own body only names the meeting ("the 13th meeting of the ... Council").
    others = [h for h in others if h.entity not in own]
    subjects = [h for h in others if kb.kind(h.entity) in ("state", "body", "organisation", "person")]
    if not _PARTICIPATE.search(text):
        # "… решения саммита подтверждают открытость Содружества к диалогу?": the CIS itself named in
        # a claim is no participant asked about (its meetings are the CIS's own).
        subjects = [h for h in subjects if h.entity != "cis"]
    places = [h for h in others if kb.kind(h.entity) == "place"]
    held_in = _HELD_IN.search(text) is not None
    discuss = _DISCUSS.search(text) is not None or parsed.intent.question == "agenda"
    meeting = kb.entities[meetings[0].entity]
    assert isinstance(meeting, Meeting)
    if subjects and _PARTICIPATE.search(text):
        discuss = False  # "did Belarus take part in the talks": who took part, not what was discussed
    reporting: set[int] = set()  # the words of an outlet that only says whose report the claim is
    if discuss and _CLAIM_LEAD.match(text):
        # "По данным БелТА, на СМВД обсуждали …?": what was discussed is asked, not who reported it.
        reporting = {i for h in subjects if kb.kind(h.entity) in ("organisation", "body") for i in h.name_tokens}
        subjects = [h for h in subjects if kb.kind(h.entity) not in ("organisation", "body")]
    if len(subjects) == 1 and len(meetings) == 1 and _REPORTED.search(text):
        # "Was the meeting reported by TASS?": who told of it, never whether it took part.
        return _reported(engine, base, meeting, subjects[0].entity)
    if len(meetings) == 1 and not subjects and _DIGITS_OR_WORDS.search(text):
        # "Было ли на заседании СМВД в Петербурге девять государств?": a meeting found through its
        # body and city has its counts checked as one named outright does.
        counted = _count_check(engine, parsed, replace(base), Mentions(meetings[:1], [], set()))
        if counted is not None:
            return counted
    if len(meetings) == 1:
        people = [h.entity for h in subjects if kb.kind(h.entity) == "person"]
        speaker = [x for x in meeting.participants.people if people and x.person == people[0] and x.said]
        claims_speech = discuss or _TOLD_OF.search(text) is not None or _CLAIMED.search(text) is not None
        if len(people) == 1 and speaker and claims_speech and not places and not _TOOK_PLACE.search(text):
            # "Did Rahmon mention drones in his address to the XVIII meeting?": what he said there,
            # not what the meeting discussed; nothing asked beyond him and the meeting is who was there.
            # ("Did Trefilov say the 13th meeting took place in Minsk" asserts where it was held.)
            person = kb.entities[people[0]]
            assert isinstance(person, Person)
            named = {i for h in meetings for i in h.name_tokens}
            said = _person_said(engine, parsed, base, mentions, person, at=meeting, named=named)
            if said is not None:
                return said
        if discuss and len(people) == 1 and _TOLD_OF.search(text):
            # "Did Trefilov talk about the Dushanbe summit?": what he said of it, wherever he said it.
            told = _told_of(engine, parsed, base, mentions, people[0], meeting)
            if told is not None:
                return told
        if discuss:
            # The city the meeting was held in only places it ("на июньском совещании в Москве").
            located = {
                i
                for h in [*mentions.hits, *mentions.locating]
                if kb.kind(h.entity) in ("place", "state") and _held_there(kb, meeting, h.entity)
                for i in h.name_tokens
            }
            rest = _topic_positions(engine, parsed, mentions, {i for h in meetings for i in h.name_tokens} | located | reporting)
            return _discussed(engine, parsed, base, meeting, rest) if rest else None
        if places and held_in and not subjects:
            return _held_in(engine, base, meeting.id, places[0].entity)
        states_in = [h for h in subjects if kb.kind(h.entity) == "state" and _after_in(parsed, h)]
        if _HOSTED.search(text) and len(subjects) == 1 and kb.kind(subjects[0].entity) in ("state", "place"):
            states_in = subjects
        hosted = _HOSTED.search(text) is not None
        if hosted and not any(kb.kind(h.entity) in ("state", "place") for h in subjects):
            # "Was Tajikistan the host of the exercise in Tajikistan": a state the meeting's own name
            # holds is still the host asked about (and "Commonwealth" of the name no subject).
            hosts = [h for h in parsed.hits if kb.kind(h.entity) == "state" and h.score >= MENTION_SCORE and h.name_cover >= 0.8]
            if len(hosts) == 1:
                return _held_in(engine, base, meeting.id, hosts[0].entity)
        if (held_in or _HOSTED.search(text)) and states_in and len(subjects) == 1:
            return _held_in(engine, base, meeting.id, states_in[0].entity)
    if subjects:
        if len(subjects) > 1:
            return None  # "did Armenia and Belarus attend": the list of participants answers it
        ids = [h.entity for h in meetings]
        # A place in a question about taking part names a meeting ("the St Petersburg meeting").
        for place in places:
            where = place.entity
            if any(_held_there(kb, kb.entities[i], where) for i in ids):
                continue
            held = [
                h.entity
                for h in parsed.hits
                if h.entity not in ids and _held_there(kb, kb.entities[h.entity], where) and h.score >= GUESS_SCORE
            ]
            if len(held) != 1:
                return None
            ids.append(held[0])
        if len(ids) == 1 and kb.kind(subjects[0].entity) == "person" and _TOLD_OF.search(text):
            # "Did Trefilov say the Dushanbe summit …": a person telling of a meeting elsewhere.
            told = _told_of(engine, parsed, base, mentions, subjects[0].entity, meeting)
            if told is not None:
                return told
        status = _status_granted_at(engine, base, ids, subjects[0].entity, text)
        if status is not None:
            return status
        return _took_part(engine, base, ids, subjects[0].entity, address_asked=_ADDRESS.search(text) is not None)
    if len(meetings) != 1 or others:
        return None
    if mentions.locating and held_in:
        return _held_in(engine, base, meeting.id, mentions.locating[0].entity)
    # "Did the council meet in October?": a month or year with a verb of meeting is when it was held,
    # not a topic to look for in what was said there.
    if _TOOK_PLACE.search(text) or (held_in and (parsed.intent.years or months_named(text))):
        return _took_place(base, meeting, asked_years(parsed, today), months_named(text))
    rest = _topic_positions(engine, parsed, mentions, mentions.covered)
    return _discussed(engine, parsed, base, meeting, rest) if rest else None


# Telling of something: with a person and a meeting, what the person said of that meeting.
_TOLD_OF = re.compile(
    r"\b(?:say|said|says|told|tell|speak|spoke|talk\w*|mention\w*|report\w*|describ\w*|elaborat\w*|brief\w*)\b"
    r"|\bговор\w*|\bсказа\w*|\bрассказ\w*|\bупомина\w*|\bупомян\w*|\bсообща\w*|\bсообщи\w*|\bотмет\w*"
    r"|\bgovor\w*|\brasskaz\w*|\bupomina\w*",
    re.I,
)


# A claim about what someone said: a verb of presenting, recalling or stressing ("did Klemez describe
# migration as a threat", "Рахмон вспомнил решение 2000 года", "Trefilov presented … as open to …"), or
# "in his address" / "в своём обращении". What follows is checked against the person's statements.
_CLAIMED = re.compile(
    r"\b(?:describ\w*|call(?:ed|s)?|recall\w*|remind\w*|stress\w*|emphasi[sz]\w*|underlin\w*|noted|point(?:ed|s)? out"
    r"|refer(?:red|s)? to|present(?:ed|s)?\b(?=[^?]*\bas\b))"
    r"|\b(?:in|during)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:address|speech|remarks|statement|message|greeting)"
    # "did Trefilov mention the CSTO", "упоминал ли Клемез ШОС": an entry named is what was mentioned
    r"|\bmention\w*|\bупомина\w*|\bупомян\w*|\bupomina\w*|\bupomyan\w*"
    r"|\bвспомн\w*|\bвспомина\w*|\bнапомн\w*|\bнапомина\w*|\bподчерк\w*|\bназва\w*|\bназыва\w*|\bописа\w*"
    r"|\bпредстав(?:ил|лял)\w*|\bв\s+(?:своём|своем|своей|его|её|ее)\s+(?:обращени|выступлени|речи|приветстви)\w*"
    r"|\bvspomn\w*|\bnapomn\w*|\bpodcherk\w*|\bnazva\w*|\bv\s+(?:svoem|svoei|svoyom)?\s*(?:obrashch|vystuplen|rechi)\w*"
    # "did Klemez single out / flag cybercrime as a worry", "выделял ли Клемез миграцию"
    rf"|{evaluated.SINGLED_OUT.pattern}",
    re.I,
)


_TOLD_FILLER = (
    "say said says tell told speak spoke talk talked mention mentioned report reported describe described elaborate"
    " elaborated brief briefed summit meeting говорил говорила говорили сказал сказала рассказывал рассказывала"
    " рассказал рассказала упоминал упоминала упомянул сообщал сообщил отмечал отметил выступал саммит заседание"
    " встреча встреч govoril rasskazyval rasskazal upominal"
    # verbs of a claim (see _CLAIMED) and where it was made: not what was said
    " call called calls recall recalled remind reminded stress stressed emphasize emphasized emphasise emphasised"
    " underline underlined noted point pointed refer referred present presented as address speech remarks message"
    " вспомнил вспомнила вспоминал напомнил напомнила напоминал подчеркнул подчеркнула назвал назвала называл описал"
    " представил представлял обращении обращение выступлении речи приветствии vspomnil napomnil podcherknul"
    " nazval obrashchenii vystuplenii "
    + evaluated.FRAME_WORDS
)
_TOLD_WORDS: set[str] = set()


def _told_of(
    engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, person_id: str, meeting: Meeting
) -> Verdict | None:
    """What a person not named at the meeting said of it at another meeting ("Trefilov, at the 13th
    Security Secretaries meeting, on the outcomes of the Dushanbe summit"): the statement of theirs
    that covers the question's words, the meeting's name included; None when none does."""
    kb, index = engine.kb, engine.index
    if any(x.person == person_id for x in meeting.participants.people):
        return None  # named at the meeting itself: what they did there is asked
    if not _TOLD_WORDS:
        _TOLD_WORDS.update(text_tokens(_TOLD_FILLER))
    query = parsed.query
    # The person's name and the verb of telling are no part of what was told.
    own = {i for h in mentions.hits if h.entity == person_id for i in h.name_tokens}
    rest = [
        i
        for i in _topic_positions(engine, parsed, mentions, set())
        if i not in own and query.tokens[i] not in _TOLD_WORDS
    ]
    # Something besides the meeting's name is asked: "did he speak at the summit" is whether he was there.
    named = {i for h in mentions.hits if h.entity == meeting.id for i in h.name_tokens}
    if not [i for i in rest if i not in named]:
        return None
    best: tuple[float, Meeting | None, int] = (0.0, None, -1)
    for other in kb.meetings_of(person_id):
        for doc_id in index.statements(other.id):
            score = index.score_doc(doc_id, query, rest)
            if score > best[0]:
                best = (score, other, doc_id)
    score, where, doc_id = best
    if where is None or score < TOPIC_YES:
        return None
    said = index.statement(doc_id)
    value = {"meeting": where.id, "score": round(score, 3)}
    verdict = _verdict(base, True, "discussed", [where.id, person_id], value, where.sources)
    verdict.statements = [Statement(getattr(said, "en", ""), getattr(said, "ru", ""), where.id, where.sources[0])]
    return verdict


def _person_said(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    mentions: Mentions,
    person: Person,
    at: Meeting | None = None,
    named: Collection[int] = (),
) -> Verdict | None:
    """Yes with the statement when one recorded statement or fact of the person covers the rest of
    the question (its words or their synonyms, in either language); "the sources do not say"
    when none does; None when nothing is asked beyond the person and the verb of telling. With a
    meeting (``at``, its name's positions ``named``): only what the person said there."""
    query = parsed.query
    if not _TOLD_WORDS:
        _TOLD_WORDS.update(text_tokens(_TOLD_FILLER))
    # Only the person's name and the places locating them are no part of what was said: another
    # entry named ("national security", "St Petersburg") is in the claim.
    own = {i for h in [*mentions.hits, *mentions.locating] if h.entity == person.id for i in h.name_tokens}
    own |= {i for h in mentions.locating for i in h.name_tokens} | set(named)
    rest = [i for i in _topic_positions(engine, parsed, mentions, own) if query.tokens[i] not in _TOLD_WORDS]
    if not rest:
        return None
    score, statement = _best_said(engine, parsed, person, at, rest)
    judged = evaluated.evaluation_positions(query.tokens, parsed.text)
    if judged and [i for i in rest if i not in judged] and score < TOPIC_YES:
        # "Did Klemez single out cybercrime as a worry?": the worry is held by a statement that
        # itself calls what it lists concerns or threats; the topic is what must be in it.
        topic = [i for i in rest if i not in judged]
        topic_score, topic_statement = _best_said(engine, parsed, person, at, topic)
        if topic_statement is not None and evaluated.presents_as_threat(topic_statement.en, topic_statement.ru):
            score, statement, rest = topic_score, topic_statement, topic
    if (score < TOPIC_YES or statement is None) and _ALTERNATIVE_ANY.search(parsed.text):
        # "Клемез говорил, что масштабы киберпреступности сокращаются?": the word of direction may
        # be what no statement holds; the statement that holds the rest and says the other
        # direction is a "no".
        core = _without_alternatives(parsed, rest)
        if core and len(core) < len(rest):
            core_score, core_statement = _best_said(engine, parsed, person, at, core)
            texts = [core_statement.en, core_statement.ru] if core_statement is not None else []
            if core_score >= TOPIC_YES and core_statement is not None and _opposed_clause(engine, parsed, core, texts):
                score, statement, rest = core_score, core_statement, core
    value = {"entity": person.id, "score": round(score, 3)}
    if score >= TOPIC_YES and statement is not None and not _heaviest_held(engine, parsed, rest, statement):
        # "Did Klemez say drones are a growing threat?": "growing" and "threat" are his words, the
        # drones (the rarest word, what the claim is about) are not.
        score = 0.0
    if score >= TOPIC_YES and statement is not None:
        # "Did Klemez say drug production is going down?": the clause holding the words asked says
        # "growing": that is a no, with what he said.
        opposed = _opposed_clause(engine, parsed, rest, [statement.en, statement.ru])
        verdict = _verdict(base, opposed is None, "stated", [person.id], value, person.sources)
        verdict.statements = [_asked_clause(engine, parsed, rest, statement)]
        return verdict
    unsaid = _unsaid_entry(engine, mentions, person)
    if unsaid is not None and not set(engine.kb.entities[unsaid].sources) & set(person.sources):
        # "Did Trefilov mention the CSTO?": the texts that record him never name it, so his recorded
        # words cannot hold it: a no, with the nearest thing he is recorded saying.
        verdict = _verdict(base, False, "not_said", [person.id], {**value, "asked": unsaid}, person.sources)
        verdict.statements = [_asked_clause(engine, parsed, rest, statement)] if statement is not None else []
        return verdict
    if unsaid is not None:
        # "Did Trefilov mention the SCO?": not in his recorded words, but the same source names it
        # (between his quotes, in what it reports): that entry is shown, and no yes or no is given.
        beside = _named_beside(engine, person, engine.kb.entities[unsaid])
        if beside is not None:
            value = {**value, "asked": unsaid, "beside": beside}
            return _verdict(base, None, "not_said", [person.id, beside], value, person.sources)
    verdict = _verdict(base, None, "not_said", [person.id], value, person.sources)
    note = _note_beside(engine, parsed, person, rest) if at is None else None
    if note is not None:
        # "Did Trefilov say anything about observers?": the article says it between his quotations,
        # without saying whose words they are: that passage, not a bare "the sources do not say".
        verdict.statements = [note]
    return verdict


def _note_beside(engine: Engine, parsed: Parsed, person: Person, rest: list[int]) -> Statement | None:
    """A note of the person's meetings that names the person and holds the words asked (a passage
    the source leaves unattributed beside their quotations)."""
    kb, index, query = engine.kb, engine.index, parsed.query
    total = sum(query.weights[i] for i in rest) or 1.0
    own = set(text_tokens(f"{person.name.en} {person.name.ru}"))
    for meeting in kb.meetings_of(person.id):
        for note in meeting.notes:
            words = text_tokens(f"{note.en} {note.ru}")
            if not own & set(words):
                continue
            tokens = set(index.fold_synonyms(words))
            got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in tokens), default=0.0) for i in rest)
            if got / total >= TOPIC_YES:
                return Statement(note.en, note.ru, meeting.id, (meeting.sources or person.sources)[0])
    return None


def _unsaid_entry(engine: Engine, mentions: Mentions, person: Person) -> str | None:
    """The one entry (organisation, body, state) named beside the person."""
    kb = engine.kb
    named = [
        h.entity
        for h in mentions.hits
        if h.entity != person.id and h.name_cover >= MENTION_COVER and kb.kind(h.entity) in ("organisation", "body", "state")
    ]
    return named[0] if len(named) == 1 and kb.entities[named[0]].sources else None


def _named_beside(engine: Engine, person: Person, asked: Entity) -> str | None:
    """A document, fact or meeting from a source that records the person whose text names ``asked``
    (documents first: what was decided about it)."""
    names = [name for name in (asked.name.en, *asked.short.en) if name]
    sources = set(person.sources)
    found: dict[str, str] = {}
    for entity in engine.kb.entities.values():
        kind = engine.kb.kind(entity.id)
        if kind not in ("document", "fact", "meeting") or kind in found or not sources & set(entity.sources):
            continue
        text = f"{entity.name.en} {entity.description.en}"
        if any(re.search(rf"\b{re.escape(name)}\b", text) for name in names):
            found[kind] = entity.id
    return next((found[kind] for kind in ("document", "fact", "meeting") if kind in found), None)


def _without_alternatives(parsed: Parsed, positions: list[int]) -> list[int]:
    """The positions whose word is no alternative of direction or level ("falling", "сокращаются"),
    told by the question's own words (a stem such as "fal" no longer shows it)."""
    stems = set(text_tokens(" ".join(found.group(0) for found in _ALTERNATIVE_ANY.finditer(parsed.text))))
    return [i for i in positions if parsed.query.tokens[i] not in stems]


def _heaviest_held(engine: Engine, parsed: Parsed, rest: list[int], statement: Statement) -> bool:
    """Whether the statement holds the claim's weightiest word (or its synonyms)."""
    query = parsed.query
    # A word of direction ("declining") is checked against the record's other direction apart.
    subject = _without_alternatives(parsed, rest) or rest
    heaviest = max(subject, key=lambda i: query.weights[i])
    said = set(engine.index.fold_synonyms(text_tokens(f"{statement.en} {statement.ru}")))
    return query.tokens[heaviest] in said or any(v in said for v, _ in query.matches[heaviest])


def _best_said(
    engine: Engine, parsed: Parsed, person: Person, at: Meeting | None, rest: list[int]
) -> tuple[float, Statement | None]:
    """The person's recorded statement or fact (only what was said ``at`` a meeting, when given)
    that best covers the question's words at positions ``rest``, with its score."""
    kb, index, query = engine.kb, engine.index, parsed.query
    there = [said for x in at.participants.people if x.person == person.id for said in x.said] if at else []
    # Words no recorded text holds (unknown to the index) were not said either: no statement is read.
    best: tuple[float, Statement | None] = (0.0, None)
    for doc_id in index.statements(person.id):
        if at is not None and index.statement(doc_id) not in there:
            continue
        score = index.score_doc(doc_id, query, rest)
        if score > best[0]:
            said = index.statement(doc_id)
            best = (score, Statement(getattr(said, "en", ""), getattr(said, "ru", ""), person.id, person.sources[0]))
    total = sum(query.weights[i] for i in rest) or 1.0
    for fact in kb.facts_of(person.id) if at is None else []:
        tokens = set(index.fold_synonyms(text_tokens(f"{fact.value.en} {fact.value.ru}")))
        got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in tokens), default=0.0) for i in rest)
        if got / total > best[0]:
            best = (got / total, Statement(fact.value.en, fact.value.ru, fact.id, (fact.sources or person.sources)[0]))
    return best


def _asked_clause(engine: Engine, parsed: Parsed, rest: list[int], statement: Statement) -> Statement:
    """The statement from the part that holds the words asked: a quote is shortened when shown
    (about 300 characters), and the asked words may come late in a long one. Each language is cut
    on its own (the clauses of a translation need not correspond); a short statement stays whole."""
    return replace(
        statement,
        en=_from_asked_part(engine, parsed, rest, statement.en),
        ru=_from_asked_part(engine, parsed, rest, statement.ru),
    )


# Parts of a statement: clauses, and the items of a comma-separated enumeration.
_PART_START = re.compile(r"(?:[.;:!?]|,)\s+")
LATE_PART = 200  # shorter statements are shown whole
SHOWN_CHARS = 280  # a part ending further in would be cut off by the quote's shortening


def _from_asked_part(engine: Engine, parsed: Parsed, rest: list[int], text: str) -> str:
    if len(text) <= LATE_PART:
        return text
    query, index = parsed.query, engine.index
    starts = [0, *(match.end() for match in _PART_START.finditer(text))]
    best, chosen = 0.0, (0, 0)
    for number, begin in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        tokens = set(index.fold_synonyms(text_tokens(text[begin:end])))
        got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in tokens), default=0.0) for i in rest)
        if got > best:
            best, chosen = got, (begin, end)
    if chosen[1] <= SHOWN_CHARS:
        return text
    # As much as fits before the part asked, from the start of a part.
    begin = min((start for start in starts if chosen[1] - start <= SHOWN_CHARS), default=chosen[0])
    return "…" + text[min(begin, chosen[0]) :]


# Who told of a meeting: a news agency, a press office ("reported by TASS", "пресс-служба СВР рассказала").
_REPORTED = re.compile(
    r"\breport(?:ed|s)?\s+(?:by|in)\b|\baccording\s+to\b|\bpress\s+(?:office|service)\b|\bnews\s+agency\b"
    r"|\bпресс-(?:служб|бюро|центр)\w*|\bсообщил[аио]?\b|\bпо\s+данным\b|\bpress-sluzhb\w*",
    re.I,
)


def _reported(engine: Engine, base: Verdict, meeting: Meeting, subject_id: str) -> Verdict:
    """Whether the meeting's record names the subject as having reported it (its notes say who
    told of it); when they do not, the sources do not say: a participant list answers nothing here."""
    subject = engine.kb.entities[subject_id]
    names = [name for name in (subject.name.en, subject.name.ru, *subject.short.all(), *subject.aliases.all()) if name]
    value = {"meeting": meeting.id, "score": 0.0}
    for note in meeting.notes:
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", f"{note.en} {note.ru}", re.I) for name in names):
            verdict = _verdict(base, True, "discussed", [meeting.id, subject_id], value, meeting.sources)
            verdict.statements = [Statement(note.en, note.ru, meeting.id, meeting.sources[0])]
            return verdict
    return _verdict(base, None, "not_discussed", [meeting.id], value, meeting.sources)


_RELATIVE_YEARS: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"\b(?:this|current) year\b|\bв (?:этом|текущем|нынешнем) году\b|\bv (?:etom|tekushchem) godu\b", re.I
        ),
        0,
    ),
    (re.compile(r"\b(?:last|previous) year\b|\bв прошлом году\b|\bv proshlom godu\b", re.I), -1),
    (re.compile(r"\bnext year\b|\bв следующем году\b|\bv sleduyushchem godu\b", re.I), 1),
]


def asked_years(parsed: Parsed, today: date) -> list[int]:
    """The years a question names, "this year" and "last year" counted from ``today``."""
    years = list(parsed.intent.years)
    for pattern, offset in _RELATIVE_YEARS:
        if pattern.search(parsed.text):
            years.append(today.year + offset)
    return years


def _held_there(kb: KnowledgeBase, entity: Entity, where: str) -> bool:
    return (
        isinstance(entity, Meeting)
        and entity.place is not None
        and where
        in (
            entity.place,
            kb.country_of_place(entity.place),
        )
    )


_AFTER_IN = re.compile(r"\b(?:in|for|в|во|v|на территории|on the territory of)\s+([\w-]+)", re.I)


def _after_in(parsed: Parsed, hit: Hit) -> bool:
    """Whether the hit's name follows "in"/"в" in the question ("held in Russia")."""
    query = parsed.query
    named = {query.tokens[i] for i in hit.name_tokens} | {v for i in hit.name_tokens for v, _ in query.matches[i]}
    return any(set(text_tokens(match.group(1))) & named for match in _AFTER_IN.finditer(parsed.text))


def _verdict(
    base: Verdict, yes: bool | None, grounds: str, focus: list[str], value: object, kb_sources: list[str]
) -> Verdict:
    base.kind = "yes_no"
    base.answered = True
    base.yes = yes
    base.grounds = grounds
    base.focus = list(dict.fromkeys(focus))
    base.value = value
    base.sources = list(dict.fromkeys(kb_sources))
    base.intent = "yes_no"
    return base


_GROUP_OF = {"state": "states", "body": "bodies", "organisation": "organisations", "person": "people"}


# Asking whether someone sent or gave an address, not whether they were there.
_ADDRESS = re.compile(
    r"\b(?:address(?:ed)?|message|greetings?|congratulat\w*)\b"
    r"|\bобращени\w*|\bобратил\w*|\bобращал\w*|\bприветстви\w*|\bпоздрав\w*|\bobrashch\w*|\bobrashal\w*|\bprivetstv\w*|\bpozdrav\w*",
    re.I,
)


def _took_part(
    engine: Engine,
    base: Verdict,
    meeting_ids: list[str],
    member: str,
    in_person: bool = False,
    address_asked: bool = False,
) -> Verdict:
    """Whether ``member`` is among the listed participants of each meeting; asked "in person",
    a person named only for an address sent is no yes."""
    kb = engine.kb
    group = _GROUP_OF[kb.kind(member)]
    results: list[dict[str, Any]] = []
    sources: list[str] = []
    for meeting_id in meeting_ids:
        meeting = kb.entities[meeting_id]
        assert isinstance(meeting, Meeting)
        sources += meeting.sources
        p = meeting.participants
        listed = {
            "states": list(p.states),
            "bodies": list(p.bodies),
            "organisations": list(p.organisations),
            "people": [x.person for x in p.people],
        }[group]
        if group == "organisations":
            basic = getattr(kb.get(member), "category", "") == "basic_organisation"
            stated = meeting.stated_counts.basic_organisations if basic else meeting.stated_counts.organisations
            same_kind = [o for o in listed if (getattr(kb.get(o), "category", "") == "basic_organisation") == basic]
        else:
            stated = getattr(meeting.stated_counts, group, None)
            same_kind = listed
        counts = {"states": len(p.states), "bodies": len(p.bodies), "organisations": len(p.organisations)}
        roles = {x.role for x in p.people if x.person == member}
        if member in listed and group == "people" and roles == {"addressed"} and address_asked:
            # "Выступал ли Рахмон с обращением": an address is what the source records.
            outcome, yes = "address_heard", True
        elif member in listed and group == "people" and roles <= {"addressed", "reported"}:
            # Named for an address read out or a report: the source does not say they were there.
            outcome, yes = "addressed", None
        elif member in listed:
            outcome, yes = "listed", True
        elif group == "people":
            # People are named only when they spoke or sent an address: not being named is no "no".
            outcome, yes = "person_not_named", None
        elif not listed and not any(counts.values()):
            # No list of that kind: people are named only when they spoke, and a meeting without
            # any list of participants says nothing of who was there.
            outcome, yes = "not_stated", None
        elif stated is not None and stated > len(same_kind):
            # "9 states took part" but eight named: the ninth may be the one asked about.
            outcome, yes = "not_named", None
        elif (part := _listed_part(kb, meeting, member)) is not None:
            # "Did the SCO attend the XVIII meeting?": not itself, but its Regional Anti-Terrorist
            # Structure is listed: that, and no "no".
            outcome, yes = "part_listed", None
        elif group == "states" and meeting.place and member == kb.country_of_place(meeting.place):
            # "Did Russia attend the Moscow meeting?": the delegations listed came to the host;
            # the source does not say whether the host counts among them (no "no").
            outcome, yes = "host_not_listed", None
        else:
            outcome, yes = "not_listed", False
        results.append(
            {
                "meeting": meeting_id,
                "result": outcome,
                "yes": yes,
                "listed": len(same_kind),
                "stated": stated,
                "counts": {key: n for key, n in counts.items() if n},
            }
        )
        if outcome == "part_listed":
            results[-1]["part"] = part
        addresses = [x.address.model_dump() for x in p.people if x.person == member and x.address is not None]
        if addresses:  # "was his speech a welcoming one": the source's word for it is shown
            results[-1]["address"] = addresses[0]
    answers = [r["yes"] for r in results]
    # Every meeting must list it for a yes; one list without it is a no.
    overall = False if False in answers else None if None in answers else True
    grounds = str(results[0]["result"]) if len(results) == 1 else "meetings"
    value = {"member": member, "group": group, "meetings": results}
    return _verdict(base, overall, grounds, [*meeting_ids, member], value, sources + list(kb.entities[member].sources))


def _listed_part(kb: KnowledgeBase, meeting: Meeting, member: str) -> str | None:
    """A participant of the meeting whose name holds the whole name of ``member`` ("Regional
    Anti-Terrorist Structure of the Shanghai Cooperation Organization" for the SCO): a part of it."""
    own = set(text_tokens(kb.name(member, "en")))
    if len(own) < 2:
        return None
    p = meeting.participants
    for entity_id in (*p.organisations, *p.bodies):
        if entity_id != member and own < set(text_tokens(kb.name(entity_id, "en"))):
            return entity_id
    return None


def _held_in(engine: Engine, base: Verdict, meeting_id: str, where: str) -> Verdict:
    kb = engine.kb
    meeting = kb.entities[meeting_id]
    assert isinstance(meeting, Meeting)
    value = {"meeting": meeting_id, "asked": where, "place": meeting.place}
    if not meeting.place:
        return _verdict(base, None, "place", [meeting_id, where], value, meeting.sources)
    yes = where in (meeting.place, kb.country_of_place(meeting.place))
    return _verdict(base, yes, "place", [meeting_id, where], value, meeting.sources)


def _placed_elsewhere(engine: Engine, base: Verdict, meeting_id: str, mentions: Mentions) -> Verdict | None:
    """ "No, held in Moscow, not Dushanbe" when the question also places the meeting in a city it
    was not held in; None when no place is named or the place is right."""
    kb = engine.kb
    meeting = kb.get(meeting_id)
    if not isinstance(meeting, Meeting) or not meeting.place:
        return None
    # Cities only: a state named beside a date is as likely a participant asked about.
    for hit in mentions.hits:
        if kb.kind(hit.entity) == "place" and hit.entity != meeting.place:
            return _held_in(engine, replace(base), meeting_id, hit.entity)
    return None


_WHEN_CHECKED = {"listed", "not_listed", "host_not_listed", "not_named", "not_stated", "addressed", "person_not_named", "place"}


def _when_checked(engine: Engine, parsed: Parsed, verdict: Verdict, today: date) -> Verdict:
    """A yes/no about one meeting ("did Kazakhstan attend the interior ministers' meeting in June")
    also asserts its month and year: one the record contradicts makes the answer "no", with the
    meeting's recorded date."""
    if verdict.yes is False or verdict.kind != "yes_no" or not verdict.focus:
        return verdict
    meeting = engine.kb.get(verdict.focus[0])
    # Only relations of the meeting itself: a topic or a statement may carry dates of its own.
    if not isinstance(meeting, Meeting) or verdict.grounds not in _WHEN_CHECKED:
        return verdict
    # Years the meeting is placed in ("in 2024"), not a programme's "2026–2028".
    years = [int(m.group(1)) for m in _EVENT_YEAR.finditer(parsed.text)]
    years += [y for y in asked_years(parsed, today) if y not in parsed.intent.years]
    months = months_named(parsed.text)
    if not years and not months:
        return verdict
    if not meeting.date:
        # "Did the intelligence chiefs meet in Moscow in 2025": an undated meeting neither confirms
        # nor contradicts the year asked; the sources do not say.
        if not verdict.yes:
            return verdict
        verdict.statements = []
        return _took_place(verdict, meeting, years, months)
    known = PartialDate.parse(meeting.date)
    wrong_year = bool(years) and known.year not in years
    wrong_month = bool(months) and known.month is not None and known.month not in months
    if not (wrong_year or wrong_month):
        return verdict
    verdict.statements = []
    return _took_place(verdict, meeting, years, months)


def _took_place(base: Verdict, meeting: Meeting, years: list[int], months: set[int] | None = None) -> Verdict:
    yes: bool | None = True if meeting.status == "held" else None
    if yes and years:
        # "Was it held in 2024": the year must be the recorded one.
        yes = PartialDate.parse(meeting.date).year in years if meeting.date else None
    if yes and months:
        # "Did it take place in October 2025" (it was 5 November): the month must be the recorded one.
        known = PartialDate.parse(meeting.date).month if meeting.date else None
        yes = None if known is None else known in months
    value = {
        "meeting": meeting.id,
        "status": meeting.status,
        "date": meeting.date,
        "place": meeting.place,
        "years": years,
    }
    return _verdict(base, yes, "status", [meeting.id], value, meeting.sources)


def _category(base: Verdict, subject: Body | Organisation, asked: str) -> Verdict:
    value = {"entity": subject.id, "asked": asked, "category": subject.category, "kind": type(subject).__name__.lower()}
    return _verdict(base, subject.category == asked, "category", [subject.id], value, subject.sources)


def _named_as_written(engine: Engine, parsed: Parsed, hit: Hit) -> bool:
    """Whether some word of the question that found the entry is a word of its names as typed
    (or a typo of one), not another known word that only resembles one ("economic", "ecological")."""
    entity = engine.kb.entities[hit.entity]
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all(), *entity.common_usage.all()]
    raw = text_tokens(" ".join(name for name in names if name))
    own = set(engine.index.fold_synonyms(raw)).union(raw)
    query = parsed.query
    return any(
        query.tokens[i] in own or not query.matches[i] or query.matches[i][0][1] < 1.0 for i in hit.name_tokens
    )


def _is_body(base: Verdict, subject: Body | Organisation) -> Verdict:
    value = {"entity": subject.id, "category": subject.category, "kind": type(subject).__name__.lower()}
    return _verdict(base, isinstance(subject, Body), "cis_body", [subject.id], value, subject.sources)


_STATUS_WORDS = re.compile(r"observer|member|наблюдател|член", re.I)


_OBSERVER = re.compile(r"\bobservers?\b|\bнаблюдател\w*|\bnablyudatel\w*", re.I)


def _observer_facts(engine: Engine, entity_id: str) -> list[Fact]:
    return [fact for fact in engine.kb.facts_of(entity_id) if _OBSERVER.search(fact.value.en)]


def _observer(engine: Engine, base: Verdict, subject: Organisation | State) -> Verdict:
    """Observer status at the CIS: recorded by a fact about the subject; otherwise no, with those
    the sources record as observers."""
    facts = _observer_facts(engine, subject.id)
    observers = [
        entity.id for entity in [*engine.kb.of_kind("organisation"), *engine.kb.of_kind("state")]
        if entity.id != subject.id and _observer_facts(engine, entity.id)
    ]
    value = {"entity": subject.id, "observers": observers[:3]}
    verdict = _verdict(base, bool(facts), "observer", [subject.id], value, [*subject.sources])
    verdict.statements = [Statement(fact.value.en, fact.value.ru, fact.id, fact.sources[0]) for fact in facts[:1]]
    # A no cites where the observers are recorded: the subject's own sources say nothing of it.
    cited = [fact.sources[0] for entity_id in observers[:1] for fact in _observer_facts(engine, entity_id)[:1]]
    verdict.sources = list(dict.fromkeys([*(s.source or "" for s in verdict.statements), *cited, *subject.sources]))
    verdict.sources = [source for source in verdict.sources if source]
    return verdict


def _member(engine: Engine, base: Verdict, subject: Organisation | State) -> Verdict:
    """CIS membership: states carry it; an organisation is never a member state of the CIS."""
    kb = engine.kb
    yes = subject.cis_member if isinstance(subject, State) else False
    statements = []
    for fact in kb.facts_of(subject.id):
        if _STATUS_WORDS.search(fact.value.en):
            statements.append(Statement(fact.value.en, fact.value.ru, fact.id, fact.sources[0]))
    if not statements and _STATUS_WORDS.search(subject.description.en):
        statements.append(Statement(subject.description.en, subject.description.ru, subject.id, subject.sources[0]))
    value = {
        "entity": subject.id,
        "kind": type(subject).__name__.lower(),
        "category": getattr(subject, "category", None),
    }
    verdict = _verdict(
        base, yes, "member", [subject.id], value, [*subject.sources, *(s.source or "" for s in statements)]
    )
    verdict.sources = [s for s in verdict.sources if s]
    verdict.statements = statements[:1]
    return verdict


def _role(
    engine: Engine, parsed: Parsed, base: Verdict, person: Person, target: Entity | None, mentions: Mentions
) -> Verdict | None:
    """Whether a person holds a role in a body, organisation or state, or a role the question names."""
    roles = [{"title": r.title.model_dump(), "of": r.body or r.organisation or r.state} for r in person.roles]
    if target is not None:
        if not isinstance(target, Body | Organisation | State):
            return None
        claimed = _CLAIMED.search(parsed.text) is not None and not _ROLE_WORD.search(parsed.text)
        if _SPOKE.search(parsed.text) or _DISCUSS.search(parsed.text) or claimed:
            # "Говорил ли Клемез о ФАТФ?" asks what he said, not where he works ("is he called its
            # director" still asks the post)
            return None
        if not _ROLE_WORD.search(parsed.text) and (_SPEECH_ABOUT.search(parsed.text) or _ADDRESS.search(parsed.text)):
            # "Did Klemez speak to journalists after the interior ministers met": what he did, not
            # an office in that council
            return None
        kb = engine.kb
        # A department's director works in the committee the department belongs to.
        held = [r for r in roles if r["of"] == target.id or _within(kb, str(r["of"] or ""), target.id)]
        holds: bool | None = bool(held)
        posts_of = [kb.get(str(r["of"] or "")) for r in roles]
        if not held and isinstance(target, Body) and any(isinstance(post, Organisation) for post in posts_of):
            # A post of the CIS itself ("Deputy Secretary-General") asked of one of its bodies
            # ("does Trefilov work in the Executive Committee"): the sources do not say which.
            holds = None
        value = {"person": person.id, "target": target.id, "roles": held or roles}
        if held and _foreign_role(person, parsed.text):
            holds = False  # "Is Peskov the Russian foreign minister": of Russia, but not that office
        return _verdict(base, holds, "role", [person.id, target.id], value, person.sources)
    if not _ROLE_WORD.search(parsed.text):
        return None
    query = parsed.query
    # The title may be part of how the person is named ("Deputy Secretary-General Trefilov"):
    # only the person's own names are left out.
    own = set(engine.index.fold_synonyms(text_tokens(" ".join([person.name.en, person.name.ru, *person.short.all()]))))
    filler = _filler_tokens()
    rest = [
        i
        for i, tok in enumerate(query.tokens)
        if not query.unknown[i]
        and tok not in filler
        and tok not in engine._generic
        and not any(v in own for v, _ in query.matches[i])
    ]
    if not rest:
        return None
    total = sum(query.weights[i] for i in rest) or 1.0
    best = 0.0
    for role in person.roles:
        title_tokens = set(engine.index.fold_synonyms(text_tokens(f"{role.title.en} {role.title.ru}")))
        got = sum(query.weights[i] for i in rest if any(v in title_tokens for v, _ in query.matches[i]))
        best = max(best, got / total)
    yes: bool | None = True if best >= TOPIC_YES else None
    # The title words asked ("Secretary-General") against each recorded title: none of them in
    # any title, or only in a deputy's title when no deputy is asked, is a no.
    # Only title words some recorded title uses can be told apart ("head" may be a director).
    known = set(_all_titles(engine)[1])
    asked = _asked_title(engine, parsed.text) & known
    deputy_asked = _DEPUTY.search(parsed.text) is not None
    sharing = [
        deputy for deputy in (_shares_title(engine, asked, role.title) for role in person.roles) if deputy is not None
    ]
    if asked and (not sharing or (not deputy_asked and all(sharing))):
        yes = False
    elif (
        yes is None
        and asked
        and any(_shares_title(engine, asked, role.title, whole=True) is deputy_asked for role in person.roles)
    ):
        # "заместитель генсека": every title word asked is in one recorded title, deputy or not alike.
        yes = True
    if yes is not False and _foreign_role(person, parsed.text):
        yes = False
    return _verdict(
        base, yes, "role", [person.id], {"person": person.id, "target": None, "roles": roles}, person.sources
    )


# Words that name one office outright ("minister" is never a press secretary), unlike "head",
# "chief" or "глава", which any director or chair may be called.
_OFFICE_WORD = re.compile(
    r"\b(?:minister|president|commander|chair(?:man|woman|person)?|secretary|director|prosecutor|ambassador"
    r"|spokes(?:man|woman|person)|mayor|governor|premier)\w*"
    r"|\b(?:министр|президент|командующ|председател|секретар|директор|прокурор|посол|послом|мэр|губернатор|премьер"
    r"|ministr|prezident|komanduyush|predsedatel|sekretar|direktor|prokuror)\w*",
    re.I,
)


def _foreign_role(person: Person, text: str) -> bool:
    """Whether the question calls the person by an office none of their recorded titles names
    ("Is Peskov the foreign minister?" of a press secretary): compared by the words' first letters,
    so "president" fits "Presidential Press Secretary" and "министром" fits "Министр"."""
    held = {word[:5] for role in person.roles for word in text_tokens(f"{role.title.en} {role.title.ru}")}
    for match in _OFFICE_WORD.finditer(text):
        stems = text_tokens(match.group(0))
        if stems and stems[0][:5] not in held:
            return True
    return False


def _within(kb: KnowledgeBase, inner: str | None, outer: str) -> bool:
    """Whether body ``inner`` is part of ``outer`` through the recorded parents."""
    seen: set[str] = set()
    while inner is not None and inner not in seen:
        seen.add(inner)
        entity = kb.get(inner)
        inner = entity.parent if isinstance(entity, Body) else None
        if inner == outer:
            return True
    return False


def _asked_title(engine: Engine, text: str) -> set[str]:
    """The title words a question asks about, each alone and as part of a known phrase
    ("заместитель Генерального секретаря")."""
    asked = {tok for match in _ROLE_WORD.finditer(text) for tok in text_tokens(match.group(0))}
    asked |= {tok for tok in engine.index.fold_synonyms(text_tokens(text)) if _ROLE_WORD.search(tok.replace("_", " "))}
    return asked


def _title_words(engine: Engine, title: Any) -> set[str]:
    words = text_tokens(f"{title.en} {title.ru}")
    # A deputy's title holds the principal's ("Deputy Secretary-General": "генсек" is asked of it too).
    principal = text_tokens(_DEPUTY.sub(" ", f"{title.en} {title.ru}"))
    return {*words, *engine.index.fold_synonyms(words), *engine.index.fold_synonyms(principal)}


# Every recorded title's words, per engine (its knowledge base never changes), and which titles
# hold each word: a question about a post looks only at the titles sharing its words.
_TITLES: weakref.WeakKeyDictionary[Engine, tuple[list[tuple[str, Any, set[str]]], dict[str, list[int]]]] = (
    weakref.WeakKeyDictionary()
)


def _all_titles(engine: Engine) -> tuple[list[tuple[str, Any, set[str]]], dict[str, list[int]]]:
    """(person id, title, title words) for every role of every person, and word -> positions."""
    cached = _TITLES.get(engine)
    if cached is None:
        titles = [
            (person.id, role.title, _title_words(engine, role.title))
            for person in engine.kb.of_kind("person")
            for role in getattr(person, "roles", [])
        ]
        by_word: dict[str, list[int]] = {}
        for position, (_, _, words) in enumerate(titles):
            for word in words:
                by_word.setdefault(word, []).append(position)
        cached = (titles, by_word)
        _TITLES[engine] = cached
    return cached


def _shares_title(
    engine: Engine, asked: set[str], title: Any, whole: bool = False, words: set[str] | None = None
) -> bool | None:
    """None when the title has none of the asked words (``whole``: not all of them, or not the
    phrase they make); else whether it is a deputy's title."""
    words = _title_words(engine, title) if words is None else words
    if whole:
        plain = {tok for tok in asked if not tok.startswith("~")}
        if not ((plain and plain <= words) or asked - plain & words):
            return None
    elif not asked & words:
        return None
    return _DEPUTY.search(f"{title.en} {title.ru}") is not None


# "… when the interior ministers met last summer", "…, когда в июне собирались руководители …": the
# clause says which meeting, by who met and when; the topic asked is outside it.
_WHEN_MET = re.compile(
    r"\b(?:when|as)\s+(?:[\w'-]+\s+){0,8}?(?:met|gathered|convened|assembled|sat|were\s+meeting)\b[^?.!;]*"
    r"|(?<!\w)(?:когда|kogda)\s+(?:[\w-]+\s+){0,8}?(?:собира\w*|собрал\w*|встреча\w*|заседа\w*|съеха\w*"
    r"|sobira\w*|vstrecha\w*|zaseda\w*)[^?.!;]*",
    re.I,
)


def _meeting_clause(parsed: Parsed) -> set[str]:
    """The tokens of a clause that only identifies the meeting ("when … met"): no part of the topic."""
    found = _WHEN_MET.search(parsed.text)
    return set(text_tokens(found.group(0))) if found is not None else set()


def _in_clause(token: str, clause: set[str]) -> bool:
    return token in clause or any(
        min(len(word), len(token)) >= 3 and (word.startswith(token) or token.startswith(word)) for word in clause
    )


def _topic_positions(engine: Engine, parsed: Parsed, mentions: Mentions, covered: set[int] | None = None) -> list[int]:
    """Query positions that name no mentioned entity (none of ``covered``): the topic asked about."""
    covered = mentions.covered if covered is None else covered
    query = parsed.query
    filler = _filler_tokens()
    clause = _meeting_clause(parsed)
    # the question's tokens are analysed ("letom" read as "let"): a clause word by its stem
    naming = {i for i, tok in enumerate(query.tokens) if clause and _in_clause(tok, clause)}
    # Words the knowledge base does not know stay in: "nuclear terrorism" is not "terrorism".
    rest = [
        i
        for i, tok in enumerate(query.tokens)
        if i not in covered and i not in naming and tok not in filler and tok not in engine._generic
    ]
    # The clause naming the meeting is no share of the question's words the topic is weighed against.
    # Nor are the words that only frame it ("among the issues … looked at"), or a long frame would
    # hide the topic it names.
    total = sum(
        weight for i, weight in enumerate(query.weights) if i not in naming and query.tokens[i] not in filler
    ) or 1.0
    if not rest or sum(query.weights[i] for i in rest) / total < TOPIC_MIN_SHARE:
        return []
    return rest


_FILLER: set[str] = set()


def _filler_tokens() -> set[str]:
    if not _FILLER:
        _FILLER.update(text_tokens(_TOPIC_FILLER))
    return _FILLER


_NEGATED_NOTE = re.compile(r"\b(?:not|no|neither|nor|не|ни|нет)\b", re.I)


def _discussed(engine: Engine, parsed: Parsed, base: Verdict, meeting: Meeting, rest: list[int]) -> Verdict:
    """Whether a recorded statement of the meeting (agenda, sessions, what was said, outcomes)
    or its description covers the asked topic."""
    index, query = engine.index, parsed.query
    notes = {(n.en, n.ru) for n in meeting.notes}
    best: tuple[float, Statement | None] = (0.0, None)
    # "at the second session": the session is where to look, not words of the topic
    rest, session = yesno_topics.session_topic(index, parsed, rest) if meeting.sessions else (rest, None)
    if not rest:
        return _verdict(base, None, "not_discussed", [meeting.id], {"meeting": meeting.id, "score": 0.0}, meeting.sources)
    # "Упоминаются ли в статье западные наблюдатели": the source's text is asked, and the notes
    # retell what it says beside the record (its own commentary); otherwise they are no discussion.
    in_source = session is None and bool(provenance.source_words(parsed.text.lower()))
    for doc_id in index.statements(meeting.id):
        said = index.statement(doc_id)
        en, ru = getattr(said, "en", ""), getattr(said, "ru", "")
        if ((en, ru) in notes and not in_source) or (session is not None and not yesno_topics.in_session(meeting, said, session)):
            continue
        score = index.score_doc(doc_id, query, rest)
        if score > best[0] and (en, ru) in notes:
            # A note's clause that says the source does not name it ("Russia is not named among
            # them") is no mention.
            clause = _asked_clause(engine, parsed, rest, Statement(en, ru, meeting.id, None))
            if _NEGATED_NOTE.search(clause.get(parsed.lang)):
                continue
        if score > best[0]:
            best = (score, Statement(en, ru, meeting.id, meeting.sources[0]))
    described = set(index.fold_synonyms(text_tokens(f"{meeting.description.en} {meeting.description.ru}")))
    total = sum(query.weights[i] for i in rest) or 1.0
    got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in described), default=0.0) for i in rest)
    # A statement that covers the topic is shown before the description, whose excerpt may stop
    # before the words asked about (the description tells of no session).
    if got / total > best[0] and best[0] < TOPIC_YES and session is None:
        best = (got / total, Statement(meeting.description.en, meeting.description.ru, meeting.id, meeting.sources[0]))
    score, statement = best
    value = {"meeting": meeting.id, "score": round(score, 3)}
    if score >= TOPIC_YES and statement is not None:
        # "decreasing propaganda activity" against "Noted the increasing propaganda activity": a no.
        opposed = _opposed_clause(engine, parsed, rest, [statement.en, statement.ru])
        period = _other_range(parsed.text, f"{statement.en} {statement.ru}")
        if period is not None and opposed is None:
            # "Did the summit approve the programme for 2024–2026?": the clause found holds another
            # period (2026–2028); no such programme is recorded, and that is no "yes".
            return _not_recorded(base, "constraint", period, [meeting.id], meeting.sources)
        verdict = _verdict(base, opposed is None, "discussed", [meeting.id], value, meeting.sources)
        verdict.statements = [_asked_clause(engine, parsed, rest, statement)]
        return verdict
    return _verdict(base, None, "not_discussed", [meeting.id], value, meeting.sources)


# A span of years ("2024–2026", "2025 to 2027", "на 2025-2027").
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–—-]|\s(?:to|по|до|po|do)\s)\s*((?:19|20)\d\d)\b")


def _other_range(question: str, said: str) -> dict[str, Any] | None:
    """The asked and recorded periods when the question asks a span of years the clause found does
    not hold while holding another one; None otherwise."""
    asked = _YEAR_RANGE.search(question)
    if asked is None:
        return None
    spans = [(int(m.group(1)), int(m.group(2))) for m in _YEAR_RANGE.finditer(said)]
    wanted = (int(asked.group(1)), int(asked.group(2)))
    if not spans or wanted in spans:
        return None
    return {"what": "year", "asked": f"{wanted[0]}–{wanted[1]}", "recorded": f"{spans[0][0]}–{spans[0][1]}"}


# --- checks of a stated fact: a period, a date, a number, a statement, an unknown participant -----

_DEPUTY = re.compile(r"\bdeputy\b|\bvice\b|\bзаместител\w*|\bzamestitel\w*|\bзамгенсек\w*|\bzamgensek\w*", re.I)
# "Why did X skip / not attend / miss ...", "почему X не приехал / пропустил ...".
_WHY = cued(re.compile(r"\b(?:why|how\s+come)\b|(?<!\w)(?:почему|отчего|зачем)(?!\w)|\bpochemu\b", re.I))
_STAYED_AWAY = re.compile(
    r"\b(?:not|never)\b|n't\b|\bskip\w*|\bmiss(?:ed|ing)?\b|\babsent\b|\bboycott\w*|\bstay\w*\s+away\b"
    r"|(?<!\w)не\s+(?:приехал|приезжал|прибыл|пришл|был|было|были|участвовал|присутствовал|направил|прислал)\w*"
    r"|\bпропустил\w*|\bотсутствовал\w*|\bбойкотир\w*|\bproignoriro\w*|\bpropustil\w*|\bne\s+(?:priehal|byl|uchastvoval)\w*",
    re.I,
)
_PRESENCE = {"listed", "not_listed", "host_not_listed", "not_named", "not_stated", "meetings"}


def _asks_why_absent(text: str) -> bool:
    """Whether the question asks why someone stayed away from something (a premise to check)."""
    return _WHY.search(text) is not None and _STAYED_AWAY.search(text) is not None


_PARTICIPATE = re.compile(
    r"\b(?:take part|took part|taken part|participat\w*|attend\w*|represented|present)\b"
    r"|\bучаств\w*|\bпринимал\w* участи\w*|\bпредставлен\w*|\bприсутствова\w*|\buchastvova\w*",
    re.I,
)
# A question word: a question without one that ends in "?" asks for yes or no ("Было 13 августа?");
# "каком-нибудь", "что-то" are no question words.
_WH_WORD = re.compile(
    r"\b(?:who|whom|whose|what|which|where|when|why|how)\b"
    r"|(?<!\w)(?:кто|кого|кому|кем|ком|что|чего|чем|чём|чему|где|когда|куда|откуда|почему|зачем|как|как\w+|сколько|насколько|чей|чья|чьи|чь[её]|чьего|чьей|чьих|чьим)(?!\w|-(?:нибудь|либо|то)\b)",
    re.I,
)
_DAY_MONTH = re.compile(r"#(\d{1,2})(?:\s+of)?\s+([a-zа-я]+)")
_MONTH_DAY = re.compile(r"\b([a-zа-я]+)\s+#(\d{1,2})\b(?!\d)")
_MONTH_STEMS = (
    ("jan", "январ", "yanvar"),
    ("feb", "феврал", "fevral"),
    ("mar", "март", "mart"),
    ("apr", "апрел", "aprel"),
    ("may", "ма", "ma"),
    ("jun", "июн", "iyun"),
    ("jul", "июл", "iyul"),
    ("aug", "август", "avgust"),
    ("sep", "сентябр", "sentyabr"),
    ("oct", "октябр", "oktyabr"),
    ("nov", "ноябр", "noyabr"),
    ("dec", "декабр", "dekabr"),
)
_MAY = re.compile(r"^(?:may|ма[йяе]|maya?)$")
# Counted things of a meeting: a number within two words before one of them ("five specialised
# sessions", "9 государств").
_COUNTED: list[tuple[str, re.Pattern[str]]] = [
    ("sessions", re.compile(r"^(?:sessions?|сесси\w*|секци\w*|sessi\w*)$")),
    ("states", re.compile(r"^(?:states?|countries|country|государств\w*|стран\w*|gosudarstv\w*|stran\w*)$")),
    ("organisations", re.compile(r"^(?:organi[sz]ations?|организаци\w*|organizats\w*)$")),
    ("bodies", re.compile(r"^(?:bod(?:y|ies)|органов|органа|organov)$")),
]
_PLENARY = re.compile(r"\bplenary\b|\bпленарн\w*|\bplenarn\w*", re.I)
_SPECIALISED = re.compile(r"\bspeciali[sz]ed\b|\bспециализ\w*|\bspetsializ\w*|\bthemat\w*|\bтематическ\w*", re.I)


def _only_a_name(engine: Engine, parsed: Parsed) -> bool:
    """ "ОДКБ?", "Клемез?", "SMVD SNG?": the question is one entry's name and nothing else, asked
    for its card; its tone claims nothing to say "Да" to."""
    tokens = parsed.query.tokens
    top = parsed.hits[0] if parsed.hits else None
    # A decision's or a fact's name is a claim itself ("ШОС — наблюдатель при СНГ?" names the decision).
    return (
        top is not None
        and bool(tokens)
        and set(top.name_tokens) >= set(range(len(tokens)))
        and engine.kb.kind(top.entity) in ("body", "organisation", "person", "state", "place")
    )


def asks_by_tone(parsed: Parsed) -> bool:
    """Whether a Russian question asks for yes or no by its tone alone, in Cyrillic or Latin letters."""
    return tone_question(parsed.text) or _latin_tone_question(parsed)


def tone_question(text: str) -> bool:
    """A Russian question asking for yes or no by its tone: no question word, a question mark."""
    # A question word typed in Latin letters counts too: a follow-up completed with a Cyrillic name
    # ("gde bylo 13-е заседание ...?") asks where, not whether.
    return (
        (text.rstrip().endswith("?") or unmarked.asks_unmarked(text))
        and has_cyrillic(text)
        # "Клемез считает, что эффективность растёт?": "что" after a comma joins the claim, asks nothing.
        and _WH_WORD.search(unmarked.without_said_that(evaluated.without_as_evaluation(_THAT_CLAUSE.sub(" ", text)))) is None
        and _LATIN_WH.search(text) is None
        and _ABOUT_TOPIC.match(text) is None
        and text.rstrip(" ?!.").rpartition(" ")[2].lower() not in _ASKED_LAST
        and not _asked_first(text)
    )


def _asked_first(text: str) -> bool:
    """ "количество государств на XVIII совещании?", "дата 13-го заседания?": a fragment opening with
    the value it asks for and no verb claiming anything (as "число участников выросло?" has)."""
    first = text.lstrip(" -—–\"«").partition(" ")[0].lower()
    return first in _ASKED_FIRST and unmarked.claim_verb(text) is None


# ... after a verb of saying or thinking; "Помимо X, что обсуждали?" asks what.
_THAT_CLAUSE = cued(re.compile(
    r"(?<!\w)(?:счита\w*|говор\w*|сказа\w*|заяв\w*|отмет\w*|отмеча\w*|подчеркн\w*|подчеркива\w*|полага\w*"
    r"|утвержда\w*|сообщ\w*|дума\w*|уверен\w*|признал\w*|признава\w*|указ\w*|замети\w*|предупред\w*|ли)\s*,\s*что(?!\w)"
    # "Исполком писал что …": the comma is often left out after a verb of writing or saying
    # ("говорил что про миграцию?" asks what he said about it: "что" before "про" is the question word)
    r"|(?<!\w)(?:писал\w*|пишет|написа\w*|говорил\w*|сказал\w*|заявил\w*|сообщил\w*)\s+что(?=\s+(?!(?:про|о|об|обо|насч[её]т)\b)\w)",
    re.I,
))


# "13-е заседание — дата?", "XVIII совещание — город?": a fragment that ends with what it asks for
# names a value, not a claim to confirm.
_ASKED_LAST = frozenset(
    {
        "дата", "даты", "число", "город", "место", "страна", "срок", "сроки", "год", "должность", "повестка",
        "итоги", "участники", "председатель", "руководитель", "глава", "источник", "месяц",
        "data", "gorod", "mesto", "strana", "srok", "god", "dolzhnost", "povestka", "itogi", "uchastniki",
    }
)


_ASKED_FIRST = frozenset(
    {
        "количество", "кол-во", "число", "список", "перечень", "дата", "даты", "место", "срок", "сроки", "состав",
        "kolichestvo", "kol-vo", "chislo", "spisok", "perechen", "data", "mesto", "srok", "sostav",
    }
)  # fmt: skip


# "а про границы?", "а насчёт ШОС?": the previous question about another topic, not a yes or no.
_ABOUT_TOPIC = re.compile(r"^\W*(?:(?:а|и|ну)\s+)?(?:про|об?|обо|насч[её]т|как насч[её]т|что насч[её]т)\s", re.I)


def _month_of(word: str) -> int | None:
    if _MAY.match(word):
        return 5
    for number, stems in enumerate(_MONTH_STEMS, start=1):
        if number != 5 and any(word.startswith(stem) for stem in stems):
            return number
    return None


def asked_day(text: str) -> tuple[int, int] | None:
    """The day and month a question names ("13 августа", "August 13", "13th of August")."""
    prepared = prepare(text)
    found = [(m.group(1), m.group(2)) for m in _DAY_MONTH.finditer(prepared)]
    found += [(m.group(2), m.group(1)) for m in _MONTH_DAY.finditer(prepared)]
    for day, word in found:
        month = _month_of(word)
        if month and 1 <= int(day) <= 31:
            return int(day), month
    return None


def _asks_more(engine: Engine, mentions: Mentions, meeting_id: str | None = None) -> bool:
    """Whether the question names a state, body, organisation or person besides its meeting's own body
    (``meeting_id``: a meeting found through its body, whose body is then no more than its name)."""
    kb = engine.kb
    own = {getattr(kb.entities[h.entity], "body", None) for h in mentions.hits if kb.kind(h.entity) == "meeting"}
    own.add(getattr(kb.entities.get(meeting_id or ""), "body", None))
    return any(
        kb.kind(h.entity) in ("state", "body", "organisation", "person") and h.entity not in own for h in mentions.hits
    )


def _one_meeting(engine: Engine, mentions: Mentions) -> Meeting | None:
    meetings = [engine.kb.entities[h.entity] for h in mentions.hits if engine.kb.kind(h.entity) == "meeting"]
    if len(meetings) != 1:
        return None
    meeting = meetings[0]
    assert isinstance(meeting, Meeting)
    return meeting


def _date_check(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Was the meeting on 13 August?": the day asked against the recorded date."""
    asked = asked_day(parsed.text)
    if asked is None:
        return None
    meeting = _one_meeting(engine, mentions)
    if meeting is None:
        return None
    value = {"meeting": meeting.id, "date": meeting.date, "asked": list(asked)}
    sources = meeting.date_sources or meeting.sources
    if not meeting.date:
        return _verdict(base, None, "date", [meeting.id], value, sources)
    known = PartialDate.parse(meeting.date)
    day, month = asked
    if known.month is not None and known.month != month:
        yes: bool | None = False
    elif known.day is None:
        yes = None  # known to the month only
    else:
        yes = known.day == day and known.month == month
    years = parsed.intent.years
    if yes and years and known.year not in years:
        yes = False
    if yes is False and _dated_elsewhere(engine, meeting, day, month):
        # "в совещании в Москве 10 июня": the day names another meeting in the same place, not a
        # wrong date of the one the words found first.
        return None
    verdict = _verdict(base, yes, "date", [meeting.id], value, sources)
    return verdict


def _dated_there(engine: Engine, parsed: Parsed, hit: Hit, day: tuple[int, int]) -> Hit | None:
    """The hit of the other meeting held in the same place on the day asked, when the meeting
    the words found first was not held that day."""
    meeting = engine.kb.entities[hit.entity]
    if not isinstance(meeting, Meeting) or not meeting.date or not meeting.place:
        return None
    known = PartialDate.parse(meeting.date)
    if (known.day, known.month) == day:
        return None
    for other in parsed.hits:
        entity = engine.kb.entities[other.entity]
        if other.entity != hit.entity and isinstance(entity, Meeting) and entity.date and entity.place == meeting.place:
            date_of = PartialDate.parse(entity.date)
            if (date_of.day, date_of.month) == day:
                return other
    return None


def _dated_elsewhere(engine: Engine, meeting: Meeting, day: int, month: int) -> bool:
    """Whether another meeting held in the same place is recorded on that day."""
    if not meeting.place:
        return False
    for other_id in engine.kb.meetings_held_in.get(meeting.place, []):
        other = engine.kb.entities[other_id]
        if other_id != meeting.id and isinstance(other, Meeting) and other.date:
            known = PartialDate.parse(other.date)
            if known.day == day and known.month == month:
                return True
    return False
# Seasons by their months; "before/after <month>" bounds.
_SEASONS = (
    (re.compile(r"\bspring\b|\bвесн\w*|\bvesn\w*", re.I), {3, 4, 5}),
    (re.compile(r"\bsummer\b|\bлет(?:ом|а|о|е)\b|\bletom\b", re.I), {6, 7, 8}),
    (re.compile(r"\bautumn\b|\bfall\b|\bосень\w*|\bосенн\w*|\bosen\w*", re.I), {9, 10, 11}),
    (re.compile(r"\bwinter\b|\bзим\w*|\bzim(?:oi|oy|a|u)\b", re.I), {12, 1, 2}),
)
_BEFORE = re.compile(r"\b(?:before|prior to|earlier than|до|раньше|ранее|перед|do|ranshe)\s+(?:the\s+)?(\w+)", re.I)
_AFTER = re.compile(r"\b(?:after|later than|после|позже|позднее|posle|pozzhe)\s+(?:the\s+)?(\w+)", re.I)


def _period_check(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Did the interior ministers meet before September 2025 / весной 2025?": a season or a
    month bound against the one meeting's recorded date."""
    text = parsed.text
    seasons = [months for pattern, months in _SEASONS if pattern.search(text)]
    bounds = [
        (sign, _month_of(match.group(1).lower()))
        for sign, pattern in (("<", _BEFORE), (">", _AFTER))
        for match in pattern.finditer(text)
    ]
    bounds = [(sign, month) for sign, month in bounds if month is not None]
    months = months_named(text) if not seasons and not bounds and _HELD_IN.search(text) else set()
    if not seasons and not bounds and not months:
        return None
    meeting = _one_meeting(engine, mentions)
    if meeting is None:
        bodies = [h for h in mentions.hits if engine.kb.kind(h.entity) == "body"]
        held = [m for m in engine.kb.meetings_of(bodies[0].entity) if m.body == bodies[0].entity] if len(bodies) == 1 else []
        # the one recorded meeting of the body named is the meeting asked about
        if len(held) != 1:
            return None
        meeting = held[0]
        if months and len(mentions.hits) == 1:
            # "Did the interior ministers meet in June?": the month of the body's own meeting, not a
            # month its description names for another meeting it attended (tuning17_look).
            return _took_place(base, meeting, list(parsed.intent.years), months)
    if months:
        return None  # a meeting named: its month is checked where the relation asked is
    value: dict[str, Any] = {"meeting": meeting.id, "status": meeting.status, "date": meeting.date, "place": meeting.place, "years": []}
    # "не позже", a year alone ("before 2026") and the like are left to the usual answer
    known = PartialDate.parse(meeting.date) if meeting.date else None
    years = parsed.intent.years
    if known is None or known.month is None or (years and known.year not in years and not bounds):
        yes: bool | None = None if known is None or known.month is None else False
        return _verdict(base, yes, "status", [meeting.id], value, meeting.sources)
    if seasons:
        yes = known.month in seasons[0] and (not years or known.year in years)
    else:
        sign, month = bounds[0]
        year = years[0] if years else known.year
        asked, recorded = (year, month), (known.year, known.month)
        yes = recorded < asked if sign == "<" else recorded > asked
    return _verdict(base, yes, "status", [meeting.id], value, meeting.sources)


# Russian ordinal endings ("второй", "третьей", "пятую"): a cardinal ("пять", "пяти") has none.
_RU_ORDINAL_END = re.compile(r"(?:ый|ой|ий|ая|ое|ые|ого|его|ому|ему|ым|им|ом|ем|ую|ых|их|ыми|ими|ья|ье|ьей|ьего|ьему|ьим|ью)$")


def _asked_count(parsed: Parsed, meeting: Meeting) -> tuple[int, str] | None:
    """A number and the thing it counts ("five specialised sessions"), not a year or the meeting's own number."""
    words = _WORD.findall(parsed.text.lower())
    for position, word in enumerate(words):
        number = _number_of(word)
        if not number or number >= 1900 or number == meeting.number:
            continue
        if ordinal_stem(word) is not None and (not has_cyrillic(word) or _RU_ORDINAL_END.search(word)):
            continue  # "the second session" names one session, it counts none ("пять" counts, "пятой" does not)
        for follower in words[position + 1 : position + 4]:
            for group, pattern in _COUNTED:
                if pattern.match(follower):
                    return number, group
    return None


def _count_check(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Did it have five sessions / did 9 states take part": the number against the recorded count."""
    meeting = _one_meeting(engine, mentions)
    if meeting is None:
        return None
    asked = _asked_count(parsed, meeting)
    if asked is None:
        return None
    number, group = asked
    counts = meeting.stated_counts
    value: dict[str, Any] = {"meeting": meeting.id, "asked": number, "group": group}
    if group == "sessions":
        parts = {"plenary": counts.plenary_sessions, "specialised": counts.specialised_sessions}
        if _SPECIALISED.search(parsed.text):
            recorded = counts.specialised_sessions
        elif _PLENARY.search(parsed.text):
            recorded = counts.plenary_sessions
        else:
            recorded = counts.sessions
        value["sessions"] = {key: n for key, n in {"total": counts.sessions, **parts}.items() if n is not None}
    else:
        listed = {
            "states": meeting.participants.states,
            "bodies": meeting.participants.bodies,
            "organisations": meeting.participants.organisations,
        }[group]
        stated = getattr(counts, group)
        recorded = stated if stated is not None else (len(listed) or None)
        value["recorded"] = recorded
    if recorded is None and not value.get("sessions"):
        return None
    # "more than 10 bodies", "меньше пяти организаций": a bound, not the count itself
    comparison = next((sign for n, sign, _ in asserted_numbers(parsed.text) if n == number), "=")
    if recorded is None:
        yes = None
    elif comparison == ">":
        yes = recorded > number
    elif comparison == "<":
        yes = recorded < number
    else:
        yes = recorded == number
    return _verdict(base, yes, "count", [meeting.id], value, meeting.sources)


# A number in digits or words: the cheap test before a figure is looked for.
_DIGITS_OR_WORDS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty|thirty)\b"
    r"|\b(?:од[ни]\w*|дв[ае]\w*|тр[иеё]\w*|четыр\w*|пят\w*|шест\w*|сем[ьи]\w*|вос[еь]\w*|девят\w*|десят\w*|двадцат\w*)\b",
    re.I,
)
# "more than 10", "больше десяти", "at least 3": the number is a bound, not the count.
_MORE_THAN = re.compile(r"(?:more|greater|over|above|больше|более|свыше|mor|bolshe|bolee)(?:\s+than|\s+чем)?\s*$", re.I)
_ONE_OF = re.compile(
    r"\b(?:of|among|amongst|from|из|числ[оеу]|числа|среди|iz|chislo|chisle|sredi)\s+(?:the\s+|these\s+|those\s+|всех\s+)?$",
    re.I,
)
_FEWER_THAN = re.compile(r"(?:fewer|less|under|below|меньше|менее|menshe|menee)(?:\s+than|\s+чем)?\s*$", re.I)


# Numerals in the oblique cases a bound takes ("больше трёх", "меньше пяти"), which the search's
# number words (nominative) do not hold.
_OBLIQUE_NUMBERS = {
    "двух": 2,
    "трёх": 3,
    "трех": 3,
    "четырёх": 4,
    "четырех": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "пятнадцати": 15,
    "двадцати": 20,
    "тридцати": 30,
}


def _number_of(word: str) -> int:
    """The number a word writes, in digits or words; 0 when none (a Roman ordinal is none)."""
    if word.isdigit():
        return int(word)
    tens, dash, one = word.partition("-")
    if dash and not tens.isdigit() and _number_of(tens) in _TENS and 0 < _number_of(one) < 10 and not one.isdigit():
        return _number_of(tens) + _number_of(one)  # "twenty-five"
    if word in _OBLIQUE_NUMBERS:
        return _OBLIQUE_NUMBERS[word]
    token = surface_number(word)
    return int(token[1:]) if token and not _ROMAN.match(word.upper()) else 0


_TENS = {20, 30, 40, 50, 60, 70, 80, 90}


def asserted_numbers(text: str) -> list[tuple[int, str, list[str]]]:
    """Numbers a question asserts, each with its comparison ("=", ">", "<") and the words after it;
    years, days of a month and ordinals ("13-е заседание") are no counts."""
    found: list[tuple[int, str, list[str]]] = []
    lowered = text.lower()
    words = list(_WORD.finditer(lowered))
    units = -1  # the position of a units word already read with its tens ("двадцать пять")
    for position, match in enumerate(words):
        word = match.group()
        if position == units:
            continue
        number = _number_of(word)
        after = words[position + 1] if position + 1 < len(words) else None
        one = _number_of(after.group()) if after is not None and not after.group().isdigit() else 0
        if number in _TENS and 0 < one < 10 and re.fullmatch(r"[\s-]", lowered[match.end() : after.start()] if after else ""):
            # "двадцать пять", "twenty-five": one number, never 20 and then 5
            number, units = number + one, position + 1
            following = [w.group() for w in words[position + 2 : position + 5]]
        else:
            following = [w.group() for w in words[position + 1 : position + 4]]
            spelt = "-" in word and number > 20 and not word[0].isdigit()  # "twenty-five"
            if ("-" in word and not spelt) or (match.end() < len(lowered) and lowered[match.end()] in "-–"):
                continue  # "13-е", "2026–2028": an ordinal or a period
        if not number or number >= 1900 or (following and _month_of(following[0]) is not None):
            continue
        before = lowered[: match.start()]
        if _ONE_OF.search(before):
            continue  # "one of the 16 sectoral bodies": a membership asked, the figure only names the set
        comparison = ">" if _MORE_THAN.search(before) else "<" if _FEWER_THAN.search(before) else "="
        found.append((number, comparison, following))
    return found


def _same_stem(left: str, right: str) -> bool:
    """Two word forms of one word, by a shared beginning ("органов" ~ "органа", "meetings" ~ "meeting")."""
    size = min(len(left), len(right), 5)
    return size >= 4 and left[:size] == right[:size]


def _figure_check(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "Were 25 meetings held in 2025?": a number the question asserts of what a recorded headline
    figure counts (the word after the number names it) is checked against that figure."""
    asserted = asserted_numbers(parsed.text)
    if not asserted:
        return None
    # Only the best hit: a meeting or a body named before the figure is what the number is about.
    # A report named first ("did the annual report say 25 meetings were held?") is where the figure
    # is read: the best fact after it that the report is the source of is checked instead.
    for hit in _past_reports(engine, parsed.hits[:4], asserted):
        fact = engine.kb.entities.get(hit.entity)
        # A fact found past the first hit lost the words that hit took ("18" to the XVIII meeting):
        # the word after the number, checked below, names what it counts.
        floor = MENTION_SCORE if hit is parsed.hits[0] else FIGURE_AFTER_SCORE
        if not isinstance(fact, Fact) or fact.number is None or hit.score < floor:
            continue
        name_words = {word.lower() for language in ("en", "ru") for word in _WORD.findall(fact.name.get(language))}
        for number, comparison, following in asserted:
            if number == fact.year or not any(_same_stem(w, n) for w in following for n in name_words):
                continue
            recorded = fact.number
            yes = (
                recorded > number
                if comparison == ">"
                else recorded < number
                if comparison == "<"
                else recorded == number
            )
            value = {"fact": fact.id, "asked": number, "comparison": comparison, "recorded": recorded}
            return _verdict(base, yes, "figure", [fact.id], value, fact.sources)
    return None


def _past_reports(engine: Engine, hits: list[Hit], asserted: list[tuple[int, str, list[str]]]) -> list[Hit]:
    """The first hit, or, when it is a report, the first hit after it sourced from that report; when
    it is a meeting whose number is a count asserted ("проведено 18 заседаний" is no XVIII meeting),
    the first fact after it."""
    first = engine.kb.entities.get(hits[0].entity) if hits else None
    if isinstance(first, Meeting) and any(
        number == first.number and following and _COUNT_NOUN.search(following[0]) for number, _, following in asserted
    ):
        return [hit for hit in hits[1:] if isinstance(engine.kb.entities[hit.entity], Fact)][:1]
    if not isinstance(first, Document) or first.kind != "report":
        return hits[:1]
    sources = set(first.sources)
    return [hit for hit in hits[1:] if sources & set(engine.kb.entities[hit.entity].sources)][:1]


FIGURE_AFTER_SCORE = 0.2
# A word counted by the number before it: an English plural, a Russian form after a count
# ("заседаний", "встреч", "заседания"), not the singular of an ordinal said as a number ("13 заседание").
_COUNT_NOUN = re.compile(r"^(?:[a-z]+s|[а-яё]+[^еоаеёыиуэюя\W]|[а-яё]+[аяи])$", re.I)


def _document_beside(engine: Engine, parsed: Parsed, meeting: Hit) -> list[Hit]:
    """ "Was the Concept approved at the 13th meeting?": the one document among the first hits that
    the words beside the meeting's name name ("the Concept", "the border programme"), short of its
    full name; none when two documents are named so."""
    kb = engine.kb
    named = [
        h
        for h in parsed.hits[:4]
        if kb.kind(h.entity) == "document"
        and h.score >= MENTION_SCORE
        and h.name_tokens
        and not set(h.name_tokens) & set(meeting.name_tokens)
    ]
    return named if len(named) == 1 else []


# A kind of document in the plural ("the programmes", "программы"), and the kind it names.
_PLURAL_KIND = re.compile(
    r"\b(?:(?P<programme>programmes|programs|программы|programmy|programmi)"
    r"|(?P<concept>concepts|концепции|koncepcii)|(?P<treaty>treaties|agreements|договоры|соглашения|dogovory))\b",
    re.I,
)


KIND_FOUND_SCORE = 0.2


def _documents_of_kind_beside(engine: Engine, parsed: Parsed, meeting: Hit) -> list[Document]:
    """ "Were the programmes approved at the 13th meeting?": the documents of the kind named in the
    plural that the question finds beside the meeting, when each is recorded as adopted at one and
    the same meeting (that one is the answer); none when they were adopted at several or any is
    unrecorded (which of them is meant is then unclear)."""
    found = _PLURAL_KIND.search(parsed.text) if _ADOPTED.search(parsed.text) else None
    if found is None:
        return []
    kind = found.lastgroup
    kb, tokens = engine.kb, parsed.query.tokens
    # found by the kind word itself (their scores are low beside a meeting named in full)
    kind_words = {*engine.index.fold_synonyms(text_tokens(found.group(0))), f"~{kind}"}  # "programmy" typed: "~programme"
    kind_at = {i for i, token in enumerate(tokens) if token in kind_words}
    documents = [
        entity
        for h in parsed.hits
        if kb.kind(h.entity) == "document"
        and h.score >= KIND_FOUND_SCORE
        and kind_at & set(h.name_tokens)
        and not set(h.name_tokens) & set(meeting.name_tokens)
        and isinstance(entity := kb.entities[h.entity], Document)
        and entity.kind == kind
        and entity.meeting is not None
    ]
    if len(documents) < 2 or len({d.meeting for d in documents}) != 1:
        return []
    return documents


def _several_adopted_at(base: Verdict, documents: list[Document], meeting: Entity) -> Verdict:
    """Whether the documents were adopted at the meeting asked; when not, where they were."""
    adopted = documents[0].meeting
    value = {"document": documents[0].id, "documents": [d.id for d in documents], "asked": meeting.id, "meeting": adopted, "date": documents[0].date}
    focus = [*(d.id for d in documents), *([adopted] if adopted else [])]
    sources = list(dict.fromkeys(s for d in documents for s in (d.date_sources or d.sources)))
    return _verdict(base, adopted == meeting.id, "adopted_at", focus, value, sources)


def _named_documents(engine: Engine, parsed: Parsed) -> list[Hit]:
    """Documents the question names outright (not mentions: their names hold the bodies')."""
    kb, tokens = engine.kb, parsed.query.tokens
    return [
        h
        for h in parsed.hits
        if kb.kind(h.entity) == "document"
        and h.score >= MENTION_SCORE
        and h.name_cover >= 0.8
        # "договор СНГ об экстрадиции" is no "СНГ плюс": "CIS" alone names no document
        and any(tokens[i] not in _GENERIC_TOKENS for i in h.name_tokens if i < len(tokens))
    ]


def _period(engine: Engine, parsed: Parsed, base: Verdict, document: Document, until: int) -> Verdict:
    """ "Is the concept meant to run until 2030": the asked end year against the recorded period."""
    named = period_of_other(engine.kb, parsed.hits, parsed.query.tokens, [document.id], parsed.text, until)
    if named is not None:
        # "программа по терроризму до 2030?": 2030 is the border programme's year, the words the
        # counter-terrorism one's: that one's period is what is recorded, no yes for the other.
        other, period = named
        return _not_recorded(base, "constraint", period, [other], list(engine.kb.entities[other].sources))
    end = document.period_end
    yes = None if end is None else end == until
    value = {"document": document.id, "asked": until, "start": document.period_start, "end": end}
    return _verdict(base, yes, "period", [document.id], value, document.sources)


# "valid", "in force", "действует", "в силе": a question whether a year falls within a document's period.
_IN_FORCE = re.compile(
    r"\b(?:valid|in force|in effect|effective|current|apply|applies|run(?:s|ning)?|cover(?:s|ing)?|expire\w*)\b"
    r"|\bдейств\w*|\bв силе\b|\bактуальн\w*|\bрассчитан\w*|\bистека\w*|\bохватыва\w*|\bdeistv\w*|\bdeystv\w*",
    re.I,
)
# A document named this much better than the next one is the one asked about.
DOCUMENT_MARGIN = 0.1


def _place_named(engine: Engine, parsed: Parsed) -> bool:
    """Whether the question names a city or a state outright."""
    return any(
        engine.kb.kind(h.entity) in ("place", "state") and h.score >= MENTION_SCORE and h.name_cover >= 0.8
        for h in parsed.hits
    )


def _document_period(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """A year asked of the one document named: "until 2030" against its end, "valid in 2029"
    against its whole period; None unless one dated document clearly leads the hits."""
    kb = engine.kb
    ranked = [h for h in parsed.hits if kb.kind(h.entity) != "fact"]
    if not ranked or kb.kind(ranked[0].entity) != "document":
        return None
    top = ranked[0]
    if top.score < MENTION_SCORE or top.name_cover < MENTION_COVER:
        return None
    rivals = [h for h in ranked[1:] if kb.kind(h.entity) == "document"]
    if rivals and rivals[0].score > top.score - DOCUMENT_MARGIN:
        return None
    document = kb.entities[top.entity]
    assert isinstance(document, Document)
    if document.period_end is None:
        return None
    if parsed.intent.until:
        # "was the Concept until 2030 approved in Dushanbe / by the heads of government": its name;
        # where or by whom it was approved is asked.
        by_whom = _ALTERNATIVE_ANY.search(parsed.text) is not None and "level" in _alternatives_in(parsed.text)
        if (
            parsed.intent.until == document.period_end
            and _ADOPTED.search(parsed.text)
            and (by_whom or _place_named(engine, parsed))
        ):
            return None
        return _period(engine, parsed, base, document, parsed.intent.until)
    if not _IN_FORCE.search(parsed.text):
        return None
    # The years of its own name ("на 2026–2028 годы") ask nothing.
    asked = [y for y in parsed.intent.years if y not in (document.period_start, document.period_end)]
    if len(asked) != 1:
        return None
    year = asked[0]
    # Without a first year, a document runs from its adoption: a year before that, or any year when
    # the adoption is not dated, is not settled by the period.
    start = document.period_start or (PartialDate.parse(document.date).year if document.date else None)
    yes: bool | None = year <= document.period_end and (start is None or start <= year)
    if year <= document.period_end and start is None:
        yes = None
    if document.status not in ("approved", "adopted") and yes:
        yes = None  # a programme not yet adopted is in force in no year
    value = {"document": document.id, "asked": year, "start": document.period_start, "end": document.period_end}
    return _verdict(base, yes, "period_year", [document.id], value, document.sources)


_SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-ZА-ЯЁ])")


def _number_kind(token: str) -> str:
    """A number token's kind: a year or a count."""
    digits = token[1:]
    return "year" if digits.isdigit() and 1900 <= int(digits) < 2200 else "number"


# A document's completion asked ("Подписан ли договор", "Was the protocol adopted?").
_DONE = re.compile(
    r"\b(?:signed|adopted|approved|ratified|concluded|in force"
    r"|подписа\w*|приня(?:т|та|ты|то|ли|л)\b|утвержд\w*|утверди\w*|ратифицир\w*|заключ[её]н\w*|вступил\w*|в силу"
    r"|podpisa\w*|prinyat\w*|utverzhd\w*)",
    re.I,
)
_NOT_DONE_YET = frozenset({"planned", "in_preparation"})
_PLAN_ASKED = re.compile(r"\b(?:plan\w*|will|to be|going to|планир\w*|план\w*|будет|будут|собира\w*|намер\w*|planir\w*)", re.I)


def _only_planned(base: Verdict, document: Document) -> Verdict:
    """"Was it signed?" of a document the sources record only as planned: no such record; the plan."""
    base.statements = [Statement(document.description.en, document.description.ru, document.id, document.sources[0])]
    return _not_recorded(base, "planned", {"entity": document.id}, [document.id], document.sources)


def _names_of(entity: Entity) -> list[str]:
    return [name for name in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()) if name]


AGENT_CLAUSE = 0.45


def _other_agent(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, pair: list[Hit]) -> Verdict | None:
    """Two bodies named, one said to act on the other ("set up by a decision of X"): the clause of
    the first's record (description, facts) that holds the rest of the question decides. Yes when
    it names the second; no when it names a third body or organisation instead; None otherwise."""
    kb, index, query = engine.kb, engine.index, parsed.query
    text = parsed.text.lower()
    # The one named first is the subject ("CIS" may be in both names: only their own words count).
    shared = pair[0].name_tokens & pair[1].name_tokens
    first, second = sorted(pair, key=lambda h: min(h.name_tokens - shared, default=0))
    subject, asked = kb.entities[first.entity], kb.entities[second.entity]
    rest = [i for i in _topic_positions(engine, parsed, mentions, set()) if i not in first.name_tokens | second.name_tokens]
    if not rest or (not any(name.lower() in text for name in _names_of(asked)) and second.name_cover < 0.9):
        return None
    texts = [(subject.description.en, subject.description.ru)]
    texts += [(fact.value.en, fact.value.ru) for fact in kb.facts_of(subject.id)]
    texts += [(fact.en, fact.ru) for fact in getattr(subject, "facts", [])]
    total = sum(query.weights[i] for i in rest) or 1.0
    best: tuple[float, tuple[str, str] | None] = (0.0, None)
    for en, ru in texts:
        for clause_en, clause_ru in zip(_CLAUSE_END.split(en), _CLAUSE_END.split(ru), strict=False):
            said = set(index.fold_synonyms(text_tokens(f"{clause_en} {clause_ru}")))
            got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in said), default=0.0) for i in rest)
            if got / total > best[0]:
                best = (got / total, (clause_en, clause_ru))
    score, clause = best
    # Half the words suffice ("set up by a decision" against "established by a decision"): what
    # decides is which body the clause names, and it must name one.
    if clause is None or score < AGENT_CLAUSE:
        return None
    clause_text = f"{clause[0]} {clause[1]}".lower()
    value = {"entity": subject.id, "score": round(score, 3)}
    if any(name.lower() in clause_text for name in _names_of(asked)):
        yes: bool | None = True
    elif any(
        other.id not in (subject.id, asked.id)
        and kb.kind(other.id) in ("body", "organisation")
        and any(len(name) > 4 and name.lower() in clause_text for name in _names_of(other))
        for other in kb.entities.values()
    ):
        yes = False
    else:
        return None
    verdict = _verdict(base, yes, "stated", [subject.id], value, subject.sources)
    verdict.statements = [Statement(clause[0], clause[1], subject.id, subject.sources[0])]
    return verdict


def _folded_names(engine: Engine, entity_id: str) -> list[set[str]]:
    """Each name of an entry as the index's folded tokens (its empty ones left out)."""
    entity = engine.kb.entities[entity_id]
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    folded = [set(engine.index.fold_synonyms(text_tokens(name))) for name in names]
    return [name for name in folded if name]


def _stated(engine: Engine, parsed: Parsed, mentions: Mentions, base: Verdict, hit: Hit) -> Verdict | None:
    """Yes when a sentence of the entity's description or one of its facts says what the rest
    of the question asks ("Is its text to be distributed at the UN?"); otherwise None."""
    kb, index, query = engine.kb, engine.index, parsed.query
    entity = kb.entities[hit.entity]
    asked_done = _DONE.search(parsed.text) and not _PLAN_ASKED.search(parsed.text)
    if isinstance(entity, Document) and entity.status in _NOT_DONE_YET and asked_done:
        # The plan's own words ("plans to sign the treaty") would read as a yes.
        return _only_planned(base, entity)
    rest = _topic_positions(engine, parsed, mentions, set(hit.name_tokens))
    # Words the knowledge base does not know stay in: a joint statement "on cybersecurity" is not
    # the one on transnational crime. (Without any known word there is nothing to match.)
    if not rest or all(query.unknown[i] for i in rest):
        return None
    total = sum(query.weights[i] for i in rest) or 1.0
    # Sentence by sentence when both languages have as many; the whole description otherwise.
    english, russian = _SENTENCE_END.split(entity.description.en), _SENTENCE_END.split(entity.description.ru)
    if len(english) != len(russian):
        english, russian = [entity.description.en], [entity.description.ru]
    texts = list(zip(english, russian, strict=True))
    texts += [(fact.value.en, fact.value.ru) for fact in kb.facts_of(entity.id)]
    # Words naming another entry ("the UN") are said by any of its names ("the United Nations", "ООН").
    named_by = [
        (other.name_tokens & set(rest), _folded_names(engine, other.entity))
        for other in mentions.hits
        if other.entity != entity.id and other.name_tokens & set(rest)
    ]
    best: tuple[float, tuple[str, str] | None] = (0.0, None)
    for en, ru in texts:
        said = set(index.fold_synonyms(text_tokens(f"{en} {ru}")))
        said_names = {i for positions, names in named_by if any(name <= said for name in names) for i in positions}
        # A number or year asked counts as addressed when the sentence gives one of its kind:
        # whether it is the same is checked below ("by a 2005 decision": the sentence says 2000).
        given = {_number_kind(tok) for tok in said if tok.startswith("#")}
        got = sum(
            query.weights[i]
            * (
                1.0
                if (query.tokens[i].startswith("#") and _number_kind(query.tokens[i]) in given) or i in said_names
                else max((s for v, s in query.matches[i] if v in said), default=0.0)
            )
            for i in rest
        )
        if got / total > best[0]:
            best = (got / total, (en, ru))
    score, text = best
    if score < TOPIC_YES or text is None:
        return None
    said = set(index.fold_synonyms(text_tokens(f"{text[0]} {text[1]}")))
    if any(
        _distinctive(query, i) and query.tokens[i] not in said and not any(v in said for v, _ in query.matches[i])
        for i in rest
    ):
        return None  # the most specific word asked is not in it
    # The words are there; each number, month and year asserted must be too ("created by a 2005
    # decision": the sentence says 2000).
    _, wrong, held_all = constraints(engine, parsed, [text[0], text[1]])
    claimed = _alternatives_in(parsed.text) if _ALTERNATIVE_ANY.search(parsed.text) else {}
    opposed = _opposed(claimed, f"{text[0]} {text[1]}") if claimed else None
    if opposed is not None:
        # "Did Klemez say drug production is going down?" against "growing narcotics production".
        wrong = {**wrong, "alternative": list(opposed)}
    if not wrong and not held_all:
        return None
    # "Has the treaty been signed?" against "plans are in place to sign it": a plan says nothing of
    # whether it was done (unless the question asks about the plan).
    planned = (
        not wrong
        and _PLAN.search(text[0]) is not None
        and _PLAN.search(parsed.text) is None
        and _FUTURE_VERB.search(parsed.text) is None
    )
    verdict = _verdict(
        base, None if planned else not wrong, "stated", [entity.id], {"entity": entity.id, "score": round(score, 3)}, entity.sources
    )
    verdict.statements = [Statement(text[0], text[1], entity.id, entity.sources[0])]
    return verdict


# A Russian verb in the plural future or present ("разошлют в ООН?", "распространят"): asks about
# what is to happen, which a plan answers.
_FUTURE_VERB = re.compile(r"(?<!\w)(?:\w{4,}(?:ют|ят)|будет|будут|\w{4,}(?:yut|jut|yat|jat)|budet|budut)(?!\w)", re.I)


_ANY_MEETING = re.compile(
    r"\b(?:meetings?|summits?|conferences?|sessions?|events?)\b|\bзаседани\w*|\bсовещани\w*|\bвстреч\w*"
    r"|\bсаммит\w*|\bмероприяти\w*|\bzasedani\w*|\bvstrech\w*",
    re.I,
)


def _unknown_participant(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "Did Georgia take part in any of the meetings": a name the knowledge base does not know,
    asked about meetings in general, is on no recorded list of participants."""
    if not _ANY_MEETING.search(parsed.text):
        return None
    kb = engine.kb
    if _names_known(engine, parsed):
        return None  # something known is named: the usual checks answer
    name = _unknown_word(parsed)
    if name is None or any(found.group(1) == name for found in _IN_PLACE.finditer(parsed.text)):
        return None  # "Была ли встреча в Ташкенте?": a place after "in", no participant
    # The sources of a few meetings that list their participants: enough to show where one looked,
    # without walking every meeting of a large knowledge base.
    listed = itertools.islice((m for m in kb.of_kind("meeting") if isinstance(m, Meeting) and m.participants.states), 3)
    value = {"name": name}
    return _verdict(base, False, "unknown_member", [], value, [s for m in listed for s in m.sources])


# "Была ли Украина на каком-нибудь из заседаний?": at any of them.
_AT_ANY = re.compile(
    r"\b(?:at|in)\s+(?:any|all|one|either)\b|(?<!\w)на\s+(?:как\w+-(?:нибудь|либо)|одном|одной|любом|всех)(?!\w)"
    r"|\bna\s+(?:kak\w+-?(?:nibud|libo)|odnom|vseh)\b",
    re.I,
)


def _names_known(engine: Engine, parsed: Parsed) -> bool:
    """Whether the question names an entry of the knowledge base (a figure's fact aside)."""
    kind = engine.kb.kind
    return any(
        hit.score >= MENTION_SCORE and hit.name_cover >= MENTION_COVER and kind(hit.entity) != "fact"
        for hit in parsed.hits
    )


def _unknown_word(parsed: Parsed) -> str | None:
    """A capitalised word, not the first, that the knowledge base does not know."""
    query = parsed.query
    unknown = {tok for tok, missing in zip(query.tokens, query.unknown, strict=True) if missing}
    if not unknown:
        return None
    # The first word is a name only as the subject of taking part ("Moldova attended …, didn't it?",
    # "Грузия участвовала …?"): otherwise it is a question word or a verb the index does not hold.
    subject_first = _SUBJECT_TOOK_PART.match(parsed.text) is not None
    # In a text typed in lower case a name has no capital: the word after a post ("foreign minister
    # lavrov", "министр лавров") is one.
    lower = _TITLE_WORD.search(parsed.text) is None
    previous = ""
    for position, word in enumerate(_WORD.findall(parsed.text)):
        word = word.removesuffix("'s")  # "Ukraine's delegation"
        # An acronym is a name too ("NATO", "НАТО"); a Roman numeral is a number.
        named = _CAPITALISED.match(word) or (_ACRONYM.match(word) and not _ROMAN.match(word))
        if (
            lower
            and not named
            and _POST_WORD.fullmatch(previous)
            and not is_stop(word.lower())
            and not (word.isascii() and parsed.lang == "ru")
        ):
            # (a little word is no name, nor is a word of Russian typed in Latin: "prezident etoy strany")
            named = re.match(r"[a-zа-яё]{4,}$", word)
        previous = word.lower()
        if (position > 0 or subject_first) and named and set(text_tokens(word)) <= unknown:
            return word[:1].upper() + word[1:]
    return None


_POST_WORD = re.compile(
    r"minister|president|secretary|chairman|chair|director|general|ambassador|head|министр|президент|секретар[ья]"
    r"|председател[ья]|директор[а]?|генерал|посол|ministr|prezident|direktor"
)
_SUBJECT_TOOK_PART = re.compile(
    r"^\W*[A-ZА-ЯЁ][\w'-]+\s+(?:(?:did not|didn't|не)\s+)?"
    r"(?:attend\w*|took part|participat\w*|was (?:represented|present)|sent|came|участвова\w*|присутствова\w*"
    r"|принимал\w* участи\w*|был[аио]? представлен\w*|приезжал\w*|направ(?:ил|ля)\w*|uchastvova\w*"
    r"|был[аио]? на|byl[aio]? na)\b",
    re.I,
)


# --- look-alikes ----------------------------------------------------------------------------------


def _not_recorded(base: Verdict, reason: str, value: dict[str, Any], nearest: list[str], sources: list[str]) -> Verdict:
    base.kind = "not_recorded"
    base.answered = True
    base.reason = reason
    base.value = value
    base.alternatives = list(dict.fromkeys(nearest))[:3]
    base.focus = base.alternatives[:1]
    base.sources = list(dict.fromkeys(sources))
    base.intent = "not_recorded"
    return base


def meeting_ordinals(text: str) -> list[int]:
    """Ordinals that number a meeting in the question ("12th meeting", "XVIII совещание")."""
    words = _WORD.findall(text)
    found = []
    for position, word in enumerate(words):
        number = None
        digits = _ORDINAL_DIGITS.match(word)
        if digits:
            number = int(digits.group(1))
        elif _ROMAN.match(word.upper()) and word.lower() != "li":
            # typed in lower case too ("xix совещание"); "li" is the Russian particle ("proshlo li zasedanie")
            number = roman_to_int(word)
        elif len(word) > 4 and not word[0].isdigit():
            number = ordinal_stem(word.lower())
        elif word.isdigit() and len(word) <= 3 and position + 1 < len(words) and _ONE_MEETING.match(words[position + 1]):
            # "на 14 заседании": bare digits before one meeting (singular) number it; "14 заседаний" counts.
            number = int(word)
        if number and any(_is_meeting_word(w) for w in words[position + 1 : position + 4]):
            found.append(number)
    return found


def _is_meeting_word(word: str) -> bool:
    if _MEETING_WORD.match(word):
        return True
    lowered = word.lower()
    return len(lowered) >= 6 and any(
        abs(len(form) - len(lowered)) <= 1 and Levenshtein.distance(lowered, form, score_cutoff=1) <= 1
        for form in _MEETING_FORMS
    )


# "Who chaired the Council of Heads of State at the time of the XVIII meeting": the numbered meeting
# dates the question; it is no meeting of the body named.
_AT_THE_TIME = re.compile(
    r"\b(?:at the time of|by the time of|during|as of|во время|на момент|ко времени|в период|в дни"
    r"|na moment|vo vremya)\s+(?!its\b|their\b|his\b|её\b|его\b|их\b|своего\b|своей\b)",
    re.I,
)


def _dated_by_meeting(parsed: Parsed) -> bool:
    """A head or chair asked "at the time of" another meeting (not "during its 13th meeting")."""
    return (parsed.intent.question == "head" or _CHAIR.search(parsed.text) is not None) and bool(
        _AT_THE_TIME.search(parsed.text)
    )


def _number_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A meeting number the sources do not record, in a question resembling a numbered series:
    a meeting hit, or the meetings of a body hit ("the 12th meeting of the ... Council")."""
    ordinals = meeting_ordinals(parsed.text)
    if not ordinals:
        return None
    kb = engine.kb
    weights = parsed.query.weights
    numbered = {i for i, tok in enumerate(parsed.query.tokens) if tok.startswith("#")}
    # A body named outright numbers its own meetings: the 13th meeting of another body is no
    # record of its 13th ("the 13th meeting of the Council of Defence Ministers").
    for hit in parsed.hits:
        body = kb.entities[hit.entity]
        if hit.score < MENTION_SCORE or not isinstance(body, Body) or hit.name_cover < 0.8:
            continue
        if sum(weights[i] for i in hit.name_tokens - numbered) < WEAK_WEIGHT:
            continue
        own = [m for m in kb.meetings_of(body.id) if m.body == body.id]
        if any(m.number in ordinals for m in own):
            return None
        if any(
            isinstance(other := kb.entities[h.entity], Meeting)
            and other.number in ordinals
            and h.score > hit.score
            and h.name_cover >= 0.8
            for h in parsed.hits
        ):
            break  # a numbered meeting named better than the body: the usual checks below
        if any(
            isinstance(other := kb.entities[h.entity], Meeting)
            and other.number in ordinals
            and h.score >= MENTION_SCORE
            and (
                body.id in other.participants.bodies
                or _PARTICIPATE.search(parsed.text)
                or _dated_by_meeting(parsed)
            )
            for h in parsed.hits
        ):
            # "Did the Interparliamentary Assembly take part in the XVIII meeting": the body attended
            # another body's numbered meeting; it is no number of its own series.
            break
        own.sort(key=lambda m: min(abs((m.number or 0) - n) for n in ordinals))
        value = {"number": ordinals[0], "body": body.id, "nearest": own[0].id if own else None, "what": body.id}
        sources = [s for m in own[:1] for s in m.sources] or list(body.sources)
        return _not_recorded(base, "number", value, [m.id for m in own], sources)
    nearest: list[tuple[int, int, Meeting, Hit]] = []  # (distance, hit rank, meeting, hit)
    for rank, hit in enumerate(parsed.hits):
        if hit.score < MENTION_SCORE:
            break
        entity = kb.entities[hit.entity]
        if isinstance(entity, Meeting):
            series = [entity]
        elif isinstance(entity, Body) and hit.name_cover >= 0.8:
            series = [m for m in kb.meetings_of(entity.id) if m.body == entity.id]
        else:
            continue
        # The resemblance must rest on more than the number: the rest of a name in the question.
        resembles = (
            hit.name_cover >= MENTION_COVER and sum(weights[i] for i in hit.name_tokens - numbered) >= WEAK_WEIGHT
        )
        for meeting in series:
            if meeting.number is None:
                # A meeting the sources never number, named whole ("the third Dushanbe summit"):
                # no number of it is recorded; it is the nearest, after any numbered one.
                if resembles and isinstance(entity, Meeting) and hit.name_cover >= 0.8:
                    nearest.append((UNNUMBERED, rank, meeting, hit))
                continue
            if meeting.number in ordinals:
                return None  # the asked number is recorded: no look-alike
            if resembles:
                distance = min(abs(meeting.number - n) for n in ordinals)
                nearest.append((distance, rank, meeting, hit))
    if not nearest:
        return None
    nearest.sort(key=lambda item: (item[1], item[0]))
    _, _, meeting, hit = nearest[0]
    value = {"number": ordinals[0], "body": meeting.body, "nearest": meeting.id, "what": hit.entity}
    return _not_recorded(base, "number", value, [m.id for _, _, m, _ in nearest], meeting.sources)


_EVENT_YEAR = re.compile(
    r"\b(?:in|of|during|в|во|v)\s+(?:[A-Za-zА-Яа-яЁё]+\s+)?((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)", re.I
)
EVENT_YEAR = _EVENT_YEAR  # a year an event is placed in, for other answerers


def _year_lookalike(
    engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, today: date | None = None
) -> Verdict | None:
    # Only a year that dates the event ("in 2024", "в 2024 году", "June 2024"), not one of a
    # programme's period ("for 2026–2028") or of something else the question mentions.
    years = [int(match.group(1)) for match in _EVENT_YEAR.finditer(parsed.text)]
    years = [year for year in years if year in parsed.intent.years]
    if not years and today is not None and not parsed.intent.years:
        # "at the council's session this year" (none recorded in 2026): counted from today.
        years = [today.year + offset for pattern, offset in _RELATIVE_YEARS if pattern.search(parsed.text)]
    kb = engine.kb
    meetings = [h for h in mentions.hits if isinstance(kb.entities[h.entity], Meeting)]
    bodies = [h for h in mentions.hits if kb.kind(h.entity) == "body"]
    # "Совета секретарей советов безопасности" reads as a list of bodies: one body named is none.
    one_body = not meetings and len(mentions.hits) == 1 and bool(bodies)
    if not years or (parsed.intent.list_kind and not (one_body and parsed.intent.list_kind == "body")):
        return None
    if one_body:
        # "the Security Secretaries Council's session this year": the body named, its meetings all
        # of other years: the latest of them is the nearest recorded.
        held = [m for m in kb.meetings_of(bodies[0].entity) if m.body == bodies[0].entity and m.date]
        if not held or any(PartialDate.parse(m.date or "").year in years for m in held):
            return None
        latest = max(held, key=lambda m: m.date or "")
        value = {"year": years[0], "nearest": latest.id, "what": latest.id}
        return _not_recorded(base, "year", value, [latest.id], latest.sources)
    if len(meetings) != 1:
        return None
    hit = meetings[0]
    meeting = kb.entities[hit.entity]
    assert isinstance(meeting, Meeting)
    if not meeting.date:
        return None
    year = PartialDate.parse(meeting.date).year
    positions = [i for i, tok in enumerate(parsed.query.tokens) if tok in {f"#{y}" for y in years}]
    # A year anything about the meeting explains (its date, its description) is no contradiction.
    if year in years or any(i in hit.explained for i in positions):
        return None
    same_body = (
        [
            m
            for m in kb.meetings_of(meeting.body)
            if m.body == meeting.body and m.date and PartialDate.parse(m.date).year in years
        ]
        if meeting.body
        else []
    )
    if same_body:
        return None
    value = {"year": years[0], "nearest": meeting.id, "what": meeting.id}
    return _not_recorded(base, "year", value, [meeting.id], meeting.sources)


def _place_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A meeting asked about "in <place>" where the sources record none there."""
    kb = engine.kb
    query = parsed.query
    places = [
        h
        for h in mentions.hits
        # A state names where a meeting was held only with "held in" ("what did Belarus say" does not).
        if (kb.kind(h.entity) == "place" or (kb.kind(h.entity) == "state" and _HELD_IN.search(parsed.text)))
        and h.name_cover >= 0.9
        and all(query.matches[i] and query.matches[i][0][1] >= 0.9 for i in h.name_tokens)
    ]
    unknown_place = _unknown_after_in(parsed, engine.kb)
    if not places and not unknown_place:
        return None
    meetings = [(h, kb.entities[h.entity]) for h in mentions.hits if isinstance(kb.entities[h.entity], Meeting)]
    bodies = [h for h in mentions.hits if isinstance(kb.entities[h.entity], Body)]
    candidates: list[Meeting] = [m for _, m in meetings if isinstance(m, Meeting)]
    if not candidates and bodies:
        candidates = [m for m in kb.meetings_of(bodies[0].entity) if m.body == bodies[0].entity]
    asked_meeting = bool(candidates) or _MEETING_WORDS.search(parsed.text) is not None
    if not asked_meeting:
        return None
    # "How long is the flight from Moscow to Dushanbe": a meeting named by nothing but a city is no
    # meeting asked about when no word asks for one.
    place_words = {i for h in parsed.hits if kb.kind(h.entity) in ("place", "state") for i in h.name_tokens}
    if (
        not bodies
        and _MEETING_WORDS.search(parsed.text) is None
        and all(h.name_tokens <= place_words for h, _ in meetings)
    ):
        return None
    if places:
        where = places[0].entity
        if places[0].name_tokens & mentions.covered - places[0].name_tokens:
            return None
        held_there = set(kb.meetings_held_in.get(where, []))
        weights = query.weights
        # A meeting held there that the question names by more than the place is the one meant
        # ("the interior ministers' meeting in St Petersburg" beside another meeting).
        for hit in parsed.hits:
            named_apart = any(weights[i] >= WEAK_WEIGHT for i in hit.name_tokens - places[0].name_tokens)
            if hit.entity in held_there and hit.score >= GUESS_SCORE and named_apart:
                return None
        if candidates:
            if any(m.id in held_there for m in candidates):
                return None
            if held_there and _SECOND_MEETING.search(parsed.text.lower()):
                # "states named at the XVIII meeting missing from the St Petersburg participants":
                # the place names a second meeting held there, set against the one named.
                return None
        elif held_there:
            return None
        nearest = [m.id for m in candidates] or _nearest_in_time(engine, parsed)
        value = {"place": where, "place_text": None, "nearest": nearest[:1]}
        sources = [s for i in nearest[:1] for s in kb.entities[i].sources] + list(kb.entities[where].sources)
        return _not_recorded(base, "place", value, nearest, sources)
    if unknown_place:
        # No meeting named: the meetings of the year asked, if any, are the nearest.
        nearest = [m.id for m in candidates] or _nearest_in_time(engine, parsed)
        value = {"place": None, "place_text": unknown_place, "nearest": nearest[:1]}
        return _not_recorded(base, "place", value, nearest, [s for i in nearest[:1] for s in kb.entities[i].sources])
    return None


_MEETING_WORDS = cued(re.compile(
    r"\b(?:meeting|summit|conference|session)\b|\bзаседани\w*|\bсовещани\w*|\bвстреч\w*|\bсаммит\w*", re.I
))
# One meeting named by its kind ("the Minsk summit", "на саммите в Минске"), not several.
_ONE_MEETING_NAMED = re.compile(
    r"\bthe\s+(?:\w+\s+){0,3}?(?:meeting|summit|conference|session)\b(?!s)"
    r"|(?<!\w)(?:саммит[еау]?|заседани[еию]|совещани[еию]|встреч[еуа])(?!\w)",
    re.I,
)
_IN_PLACE = re.compile(r"\b(?:in|в|во|v)\s+([A-ZА-ЯЁ][\w-]+)")
# A question typed all in lower case ("что решили на саммите в бишкеке") has no capital to mark a
# place: there a longer word after "in"/"в" stands where the place would.
_TITLE_WORD = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё]")
_IN_PLACE_LOWER = re.compile(r"\b(?:in|в|во|v)\s+([a-zа-яё][\w-]{4,})")


_PLACE_TOKENS: list[tuple[KnowledgeBase, frozenset[str]]] = []  # the last knowledge base's (one at a time)


def _place_tokens(kb: KnowledgeBase) -> frozenset[str]:
    """The tokens of the names of the places and states, in every language and alias."""
    if _PLACE_TOKENS and _PLACE_TOKENS[0][0] is kb:
        return _PLACE_TOKENS[0][1]
    found: set[str] = set()
    for kind in ("place", "state"):
        for entity in kb.of_kind(kind):
            for name in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()):
                found.update(text_tokens(name))
    _PLACE_TOKENS[:] = [(kb, frozenset(found))]
    return _PLACE_TOKENS[0][1]


def _unknown_after_in(parsed: Parsed, kb: KnowledgeBase) -> str | None:
    """A capitalised word after "in"/"в" that the knowledge base does not know ("в Астане")."""
    query = parsed.query
    # A word only resembling a known one is unknown too ("Казани" is not "указан").
    unknown = {
        tok
        for tok, missing, matches in zip(query.tokens, query.unknown, query.matches, strict=True)
        if missing or not matches or matches[0][1] < WELL_KNOWN
    }
    if not unknown:
        return None
    # lower case but for abbreviations in capitals (given back by bot/search/casing.py: "снг" is "СНГ")
    lower = _TITLE_WORD.search(parsed.text) is None
    if lower:
        # without a capital a word resembling a known place is a typo of it ("in moskow"); one
        # resembling another word ("в казани", "указан") is still a place the sources do not know
        places = _place_tokens(kb)
        unknown = {
            tok
            for tok, missing, matches in zip(query.tokens, query.unknown, query.matches, strict=True)
            if missing or not matches or (matches[0][1] < WELL_KNOWN and not any(match in places for match, _ in matches))
        }
    for match in (_IN_PLACE_LOWER if lower else _IN_PLACE).finditer(parsed.text):
        word = match.group(1)
        if set(text_tokens(word)) & unknown:
            if parsed.lang == "ru" and word.isascii():
                # Russian typed in Latin letters ("v Astane"): the answer names it as a Russian
                # reader writes it, in its case after "в" ("в Астане"), not as typed.
                word = in_cyrillic(word.lower())
            return word[:1].upper() + word[1:]  # a name typed in lower case is written as a name
    return None


def _nearest_in_time(engine: Engine, parsed: Parsed) -> list[str]:
    kb = engine.kb
    years = parsed.intent.years
    if years:
        return [i for y in years for i in kb.meetings_in_year.get(y, [])][:3]
    return []


def _person_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A person the sources never name, given a title ("Oleg Varnavsky, chairman of ...")."""
    if not _ROLE_WORD.search(parsed.text):
        return None
    name = _unknown_name(parsed)
    if name is None:
        return None
    kb = engine.kb
    query = parsed.query
    holders: list[str] = []
    target = next((h.entity for h in mentions.hits if kb.kind(h.entity) in ("body", "organisation")), None)
    if target is not None:
        holders = [p.id for p in kb.people_of(target)]
    else:
        # People whose recorded title the question's title words match.
        asked = {v for i, matches in enumerate(query.matches) if not query.unknown[i] for v, _ in matches}
        for person in kb.of_kind("person"):
            assert isinstance(person, Person)
            for role in person.roles:
                title = set(engine.index.fold_synonyms(text_tokens(f"{role.title.en} {role.title.ru}")))
                strong = {t for t in title & asked if engine.index.idf.get(t, 0.0) >= WEAK_WEIGHT}
                if strong:
                    holders.append(person.id)
                    break
    if target is None and not holders:
        return None
    value = {"person_text": name, "target": target, "holders": holders}
    nearest = holders or ([target] if target else [])
    sources = [s for i in nearest[:2] for s in kb.entities[i].sources]
    return _not_recorded(base, "person", value, nearest, sources)


def _unknown_name(parsed: Parsed) -> str | None:
    """Two or more capitalised words in a row, not at the start, that the knowledge base does not know."""
    query = parsed.query
    unknown = {tok for tok, missing in zip(query.tokens, query.unknown, strict=True) if missing}
    if not unknown:
        return None
    words = _WORD.findall(parsed.text)
    run: list[str] = []
    best: list[str] = []
    for position, word in enumerate(words):
        if position > 0 and _CAPITALISED.match(word) and set(text_tokens(word)) & unknown:
            run.append(word)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return " ".join(best) if len(best) >= 2 else None


_JOIN = cued(re.compile(
    r"\bjoin(?:s|ed|ing)?\b|\baccede\w*|\baccession\b|\bприсоедин\w*|\bвступ\w*|\bprisoedin\w*|\bvstupi\w*", re.I
))


def _join_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A state or organisation joining a format, organisation or agreement that no record links it to."""
    if not _JOIN.search(parsed.text):
        return None
    kb = engine.kb
    # A state joins an organisation or a format; an organisation may join one too.
    joiners = [h for h in mentions.hits if kb.kind(h.entity) == "state"] or [
        h for h in mentions.hits if kb.kind(h.entity) == "organisation"
    ][:1]
    if not joiners:
        return _unknown_joiner(engine, parsed, base)
    if len(joiners) != 1:
        return None
    joiner = kb.entities[joiners[0].entity]
    weights = parsed.query.weights
    targets = [
        h
        for h in parsed.hits
        if h.entity != joiner.id
        and h.score >= MENTION_SCORE
        and h.name_cover >= 0.8
        and kb.kind(h.entity) in ("document", "organisation", "body")
        and not h.name_tokens & joiners[0].name_tokens
        and sum(weights[i] for i in h.name_tokens) >= WEAK_WEIGHT
    ]
    if not targets:
        return None
    target = kb.entities[targets[0].entity]
    names = set(text_tokens(" ".join([joiner.name.en, joiner.name.ru, *joiner.short.all(), *joiner.aliases.all()])))
    texts = [target.description.en, target.description.ru]
    texts += [f"{fact.value.en} {fact.value.ru}" for fact in kb.facts_of(target.id)]
    if any(names & set(text_tokens(text)) for text in texts):
        return None
    value = {"joiner": joiner.id, "target": target.id}
    return _not_recorded(base, "join", value, [target.id], list(target.sources))


# "Which countries joined …", "кто вступил …": the joiners asked for, none named.
_WHO_JOINED = re.compile(
    r"\b(?:which|what|who|какие|какая|какое|кто|kakie|kto)\b(?:\s+\w+){0,3}?\s+(?:have\s+|has\s+)?"
    r"(?:join(?:s|ed)?|acceded|вступил\w*|присоединил\w*|присоединял\w*|vstupil\w*|prisoedinil\w*)\b",
    re.I,
)


# "Which countries are in the CIS Plus format so far?", "кто входит в формат": its members asked.
_WHO_MEMBERS = re.compile(
    r"\b(?:which|what|who)\b(?:\s+\w+){0,3}?\s+(?:are|is)\s+(?:(?:already|now|currently|so far)\s+)?"
    r"(?:in|inside|part of|members? of|belong\w* to)\s+(?:the\s+)?(?!meeting|session|talks|summit|list)"
    r"|\b(?:какие|какая|кто|kakie|kto)\b(?:\s+\w+){0,3}?\s+(?:уже\s+|uzhe\s+)?"
    r"(?:вход(?:ит|ят)|состо(?:ит|ят)|участву(?:ет|ют)|являются членами|vh?odyat|vkhodyat|vh?odit|sostoyat"
    r"|uchastvuyut)\s+(?:в|во|v)\s"
    r"|\b(?:which|what|who)\b(?:\s+\w+){0,3}?\s+(?:participates?|takes? part)\s+in\s"
    # "how many states are in the CSTO", "сколько стран входит в ОДКБ": its members counted
    r"|\b(?:how many|сколько|skolko)\s+(?:member\s+)?(?:states|countries|nations|members|государств|стран|членов"
    r"|gosudarstv|stran|chlenov)\b(?!\s+(?:attend|took|take|were at|sent|участвовал|приняли|присутствовал))",
    re.I,
)


def _asked_joiners(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Which countries joined the CIS Plus format after Dushanbe?": the record of the format (or
    organisation, agreement) names no state joining it and says nothing of joining: none is recorded,
    never the record itself as if it answered. So for its members ("which countries are in it")."""
    joined = _WHO_JOINED.search(parsed.text) is not None
    if not joined and not _WHO_MEMBERS.search(parsed.text):
        return None
    kb = engine.kb
    if any(kb.kind(h.entity) == "state" for h in mentions.hits):
        return None  # a state named: _join_lookalike's question
    weights = parsed.query.weights
    targets = [
        h
        for h in parsed.hits[:5]
        if h.score >= MENTION_SCORE
        and h.name_cover >= 0.8
        # a body's members are who attends its meetings: the usual answer lists them
        and kb.kind(h.entity) in (("document", "organisation", "body") if joined else ("document", "organisation"))
        and h.entity != "cis"
        and sum(weights[i] for i in h.name_tokens) >= WEAK_WEIGHT
    ]
    if not targets:
        return None
    target = kb.entities[targets[0].entity]
    texts = [target.description.en, target.description.ru]
    texts += [f"{fact.value.en} {fact.value.ru}" for fact in kb.facts_of(target.id)]
    states = [name for state in kb.of_kind("state") for name in (state.name.en, state.name.ru)]
    if any(_JOIN.search(text) or any(name in text for name in states) for text in texts):
        return None  # the record says something of joining or names states: the usual answer
    reason = "joiners" if joined else "members"
    return _not_recorded(base, reason, {"target": target.id}, [target.id], list(target.sources))


def _chair_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Who chaired <meeting>" when the sources name no chair."""
    if not _CHAIR.search(parsed.text):
        return None
    kb = engine.kb
    meetings = [kb.entities[h.entity] for h in mentions.hits if isinstance(kb.entities[h.entity], Meeting)]
    if not meetings and _MEETING_WORDS.search(parsed.text):
        # "Who chaired the St Petersburg meeting?": the one meeting of the city named
        held = [kb.meetings_held_in.get(h.entity, []) for h in mentions.hits if kb.kind(h.entity) == "place"]
        meetings = [kb.entities[ids[0]] for ids in held if len(ids) == 1]
    if not meetings and _MEETING_WORDS.search(parsed.text):
        # "кто вёл заседание СМВД?": the one meeting of the body named
        own = [[m for m in kb.meetings_of(h.entity) if m.body == h.entity] for h in mentions.hits if kb.kind(h.entity) == "body"]
        meetings = [ids[0] for ids in own if len(ids) == 1]
    if len(meetings) != 1:
        return None
    meeting = meetings[0]
    assert isinstance(meeting, Meeting)
    if any(p.role == "chair" for p in meeting.participants.people):
        return None
    if _dated_by_meeting(parsed) and any(
        kb.kind(h.entity) == "body" and h.name_cover >= 0.8 and h.entity != meeting.body for h in mentions.hits
    ):
        return None  # "the chair of the Council of Heads of State at the time of <meeting>": the body's
    value = {"meeting": meeting.id, "asked": "chair"}
    verdict = _not_recorded(base, "no_chair", value, [meeting.id], meeting.sources)
    verdict.focus = [meeting.id]
    verdict.alternatives = []
    return verdict


# "Who", or asking for a name ("Имя директора АТЦ?", "the name of the head of ...").
_WHO = cued(re.compile(
    r"^\W*(?:who\b|кто\b|kto\b)|\bname of\b|\bкак зовут\b|\bkak zovut\b|^\W*(?:имя|фамилия|imya|familiya)\b", re.I
))


# "Who spoke at the meeting of the council of secretaries": who did something, not who holds a post.
# After "who", a post is asked for by a copula, an article or the title itself; any other word is a verb.
_WHO_DOES = re.compile(
    r"^\W*(?:who|кто|kto)\s+(?!(?:is|was|are|were|the|a|an|now|currently|holds?|heads?|является|являлся|был|была|"
    r"есть|сейчас|теперь|yavlyaetsya|byl|byla|seychas|сегодня|today)\b)"
    r"(?!\w*(?:chair|head|director|deputy|secretar|president|commander|minister|chief|general|председател|руководител"
    r"|глав|директор|заместител|секретар|генеральн|генсек|gensek|президент|командующ|министр|начальник|predsedatel"
    r"|rukovoditel|direktor|zamestitel|sekretar|prezident|ministr|nachalnik))[\w-]+",
    re.I,
)


def _title_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Who is the CIS Secretary-General" when the sources name only a deputy: no one holds the
    title asked; the people whose titles share its words are shown."""
    if not _WHO.search(parsed.text) or not _ROLE_WORD.search(parsed.text) or _WHO_DOES.search(parsed.text):
        return None
    kb = engine.kb
    if any(kb.kind(h.entity) == "person" for h in mentions.hits):
        return None
    asked = _asked_title(engine, parsed.text)
    deputy_asked = _DEPUTY.search(parsed.text) is not None
    holders: list[str] = []
    titles, by_word = _all_titles(engine)
    # Only titles holding every plain word asked, or the phrase they make, can match whole.
    plain = [word for word in asked if not word.startswith("~")]
    candidates = set.intersection(*(set(by_word.get(word, ())) for word in plain)) if plain else set()
    candidates |= {i for word in asked if word.startswith("~") for i in by_word.get(word, ())}
    if plain and not candidates and not any(word in by_word for word in plain):
        # No one the sources name holds a post with that word at all ("the CIS Minister of Security"):
        # nobody holds it, and the bodies the other words reach are the nearest records.
        nearest = [h.entity for h in parsed.hits[:3] if h.score >= GUESS_SCORE and kb.kind(h.entity) in ("body", "organisation")]
        nobody: dict[str, Any] = {"person_text": None, "target": None, "holders": []}
        return _not_recorded(base, "title", nobody, nearest, [s for i in nearest[:1] for s in kb.entities[i].sources])
    for position in sorted(candidates):
        person_id, title, words = titles[position]
        deputy = _shares_title(engine, asked, title, whole=True, words=words)
        if deputy is None:
            continue
        if deputy == deputy_asked:
            return None  # someone holds it: the usual answer names them
        holders.append(person_id)
    if not holders:
        return None
    holders = list(dict.fromkeys(holders))
    value = {"person_text": None, "target": None, "holders": holders}
    return _not_recorded(base, "title", value, holders, [s for i in holders[:2] for s in kb.entities[i].sources])


# Attributes the knowledge base never records: asked of a named body, organisation or document,
# they are "not given", never answered with whatever the entity's card says.
_UNRECORDED: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    (
        "contact",
        re.compile(
            r"\b(?:phone|telephone|e-?mail|fax|website|web site|contacts?|contact details)\b"
            r"|\bтелефон\w*|\bэлектронн\w* почт\w*|\bфакс\w*|\bсайт\w*|\bконтакт\w*|\btelefon\w*",
            re.I,
        ),
        ("body", "organisation", "person"),
    ),
    (
        "funding",
        re.compile(
            r"\b(?:budget\w*|fund(?:s|ing|ed)?|money|financ\w*|costs?)\b|\bбюджет\w*|\bденег\b|\bденьг\w*"
            r"|\bфинансир\w*|\bсредств\b(?!\s+массов)|\bстоимост\w*|\bbyudzhet\w*|\bdeneg\b|\bfinansir\w*"
            # "сколько стоила программа", "во сколько обошлось учение"
            r"|\bстоил[аои]?\b|\bсколько стоит\b|\bобош(?:ёл|ел|л[аои])(?:сь)?\b|\bstoil[aoi]?\b|\bskolko stoit\b",
            re.I,
        ),
        ("document", "body", "organisation"),
    ),
    # What a meeting cost: its price only ("financing of terrorism" is a topic of meetings).
    (
        "cost",
        re.compile(
            r"\bcost(?:s|ing)?\b|\bhow much money\b|\bstoil[aoi]?\b|\bстоил[аои]?\b|\bсколько стоит\b|\bстоимост\w*"
            r"|\bобош(?:ёл|ел|л[аои])(?:сь)?\b|\bskolko stoit\b",
            re.I,
        ),
        ("meeting",),
    ),
    # What a document has achieved: the sources record documents approved, never their results.
    (
        "results",
        re.compile(
            r"\b(?:results?|outcomes?|achiev\w*|accomplish\w*|impact)\b"
            r"|\bрезультат\w*|\bитог\w*|\bдобил\w*|\bдостиг\w*|\brezultat\w*|\bitog\w*|\bdobil\w*|\bdostig\w*",
            re.I,
        ),
        ("document",),
    ),
    (
        "headquarters",
        re.compile(
            r"\bheadquarter\w*|\bHQ\b|\bbased\b|\bштаб-?\s*квартир\w*|\bрасполага\w*|\bрасположен\w*"
            r"|\bгде находится\b|\bshtab-?\s*kvartir\w*",
            re.I,
        ),
        ("body", "organisation"),
    ),
    # How states voted on a decision: the sources record decisions taken, never a vote.
    (
        "vote",
        re.compile(
            r"\bvot(?:e|ed|es|ing)\b|\babstain\w*|\bголосова\w*|\bпроголосова\w*|\bвоздержа\w*"
            r"|\bgolosova\w*|\bprogolosova\w*",
            re.I,
        ),
        ("document",),
    ),
    (
        "signatories",
        re.compile(r"\bsign(?:ed|atories|atory|ing)?\b|\bratif\w*|\bподписа\w*|\bратифицир\w*|\bpodpisa\w*", re.I),
        ("document",),
    ),
    # Since when someone holds a post: the sources give the post as of their date, never its start.
    (
        "tenure",
        re.compile(
            r"\bsince (?:when|what year|which year)\b|\bhow long (?:has|have|had|is|was)\b"
            r"|\bwhen did \w+(?: \w+)? (?:become|take (?:up|over)|start|begin|get appointed|get the)\b"
            r"|\bwhen was \w+(?: \w+)? appointed\b"
            r"|\bс (?:какого|каких) (?:года|времени|момента|пор)\b|\bдавно\b|\bкак долго\b|\bс какого\b"
            r"|\bкогда (?:\w+ )?(?:\w+ )?(?:стал|назначен\w*|назначил\w*|возглавил\w*|занял\w*)\b"
            r"|\bs (?:kakogo|kakih) (?:goda|vremeni|por)\b|\bdavno\b|\bkak dolgo\b",
            re.I,
        ),
        ("person",),
    ),
    # A person's private life and pay: the sources give names, titles and words said, nothing else.
    (
        "personal",
        re.compile(
            r"\b(?:salary|salaries|earns?|earning\w*|income|age|how old|born|birthday|height|how tall|weigh\w*"
            r"|married|wife|husband|children|hobby|hobbies|favou?rite|lives?|living|stud(?:y|ied|ies)|educat\w*"
            r"|graduat\w*|biograph\w*|nationality)\b"
            r"|\bзарплат\w*|\bзарабатыва\w*|\bоклад\w*|\bдоход\w*|\bвозраст\w*|\bсколько лет\b|\bродил\w*"
            r"|\bкакого роста\b|\bростом\b|\bженат\w*|\bжена\b|\bдет(?:и|ей)\b|\bхобби\b|\bлюбим\w*|\bживёт\b|\bживет\b"
            r"|\bпроживает\b|\bzhiv[eyo]t\b|\bучил\w*|\bокончил\w*|\bобразовани\w*|\bбиографи\w*|\bродом\b"
            r"|\bнациональност\w*|\brodil\w*|\buchil\w*"
            r"|\bzarplat\w*|\bzarabatyva\w*|\bvozrast\w*|\bskolko let\b|\blyubim\w*",
            re.I,
        ),
        ("person",),
    ),
    # Weather, population, economy, travel: what a place or a state is like lies outside the sources.
    (
        "weather",
        re.compile(r"\b(?:weather|forecast|temperature)\b|\bпогод\w*|\bтемператур\w*|\bpogod\w*", re.I),
        ("place", "state"),
    ),
    (
        "country_facts",
        re.compile(
            r"\b(?:population|inhabitants|GDP|economy|capital|currency|languages?|climate)\b"
            r"|\bнаселени\w*|\bжител\w*|\bВВП\b|\bэкономик\w*|\bстолиц\w*|\bвалют\w*|\bязык\w*|\bплощад\w*"
            r"|\bклимат\w*|\bnaselen\w*|\bstolic\w*|\bvalyut\w*|\byazyk\w*",
            re.I,
        ),
        ("place", "state"),
    ),
    (
        "travel",
        re.compile(
            r"\b(?:tourists?|tourism|hotels?|restaurants?|sights?|flights?|tickets?|visa|safe to visit|safe city)\b"
            r"|\bтурист\w*|\bгостиниц\w*|\bотел\w*|\bресторан\w*|\bдостопримечательн\w*|\bбилет\w*|\bвиз[аыу]\b"
            r"|\bturist\w*|\brestoran\w*|\bgostinic\w*"
            # Getting about and eating out: "how to get from the airport to the centre of Moscow",
            # "где поесть в Душанбе", "kak doekhat do Pitera".
            r"|\b(?:eat|cafes?|taxis?|metro|subway|airports?|railway station|train station)\b"
            r"|\bhow (?:do (?:i|we|you) |to |can (?:i|we) )get (?:to|from|there|around)\b"
            r"|\bпоесть\b|\bпокушать\b|\bкафе\b|\bтакси\b|\bметро\b|\bаэропорт\w*|\bвокзал\w*"
            r"|\bдоехать\b|\bдобраться\b|\bpoest\b|\btaksi\b|\baeroport\w*|\bvokzal\w*|\bdoe[k]?hat\b|\bdobrat\w*",
            re.I,
        ),
        ("place", "state"),
    ),
    (
        "staff",
        re.compile(
            r"\b(?:staff|employees|employs|workforce|headcount)\b|\bсотрудник\w*|\bштат\w*|\bчисленност\w*"
            r"|\bsotrudnik\w*|\bhow many (?:\w+ )?(?:work|employ)\w*|\bсколько (?:\w+ )?работа\w*",
            re.I,
        ),
        ("body", "organisation"),
    ),
    # A body's own plan of action or work: the sources record the documents adopted, no body's plans.
    (
        "plan",
        re.compile(
            r"\b(?:action plan|work plan|plan of (?:action|work)|work programme)s?\b"
            r"|\bплан\w* (?:действий|работы|мероприятий)|\bplan\w* (?:deystviy|deistvii|raboty|meropriyatiy)\b",
            re.I,
        ),
        ("body", "organisation"),
    ),
]
# Attributes of a place or a state: a body, meeting or document named beside it is what the question
# is about ("which council deals with weather forecasts in Kazakhstan").
_OF_PLACES = frozenset({"weather", "country_facts", "travel"})


# The words every attribute's pattern begins with: most questions hold none, and a look-up says so.
_ANY_UNRECORDED = literal_cue(pattern for _, pattern, _ in _UNRECORDED)
# Each pattern's own words too: a question holding one cue is searched with that pattern only.
_UNRECORDED_CUED = [(name, literal_cue([pattern]), pattern, kinds) for name, pattern, kinds in _UNRECORDED]


def _unrecorded_attribute(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A phone number, a budget, the signatories of a named entity: the sources give none (unless
    its description or facts use the words asked)."""
    # The question as typed too: spelling repair may take a word for a typo ("родился" → "радился").
    typed = parsed.typed or base.question
    typed_texts = (parsed.text,) if parsed.text == typed else (parsed.text, typed)
    if not any(map(_ANY_UNRECORDED, typed_texts)):
        return None
    asked = [
        (name, kinds)
        for name, cue, pattern, kinds in _UNRECORDED_CUED
        if any(cue(text) and pattern.search(text) for text in typed_texts)
    ]
    if not asked:
        return None
    kb = engine.kb
    # Named outright beats sharing a word ("press service" is no "Council of Heads of Security Services").
    entries = [h for h in mentions.hits if kb.kind(h.entity) in ("body", "organisation")]
    entries = [h for h in entries if h.name_cover >= 0.8] or entries
    documents = _named_documents(engine, parsed)
    # A body whose words are all in a document's name is named by that name ("the border security programme").
    in_documents = {i for h in documents for i in h.name_tokens}
    named = [h.entity for h in documents] + [h.entity for h in entries if not h.name_tokens <= in_documents]
    # A meeting is asked about only by what it alone has (what it cost); what came of a document
    # adopted at a meeting named beside it is that meeting's outcome.
    meetings = [h.entity for h in mentions.hits if kb.kind(h.entity) == "meeting"]
    named += meetings
    # People, places and states are asked about by name only (their cards say who or where they are).
    others = [h.entity for h in [*mentions.hits, *mentions.locating] if kb.kind(h.entity) in ("person", "place", "state")]
    speech = _SPEECH_ABOUT.search(parsed.text) is not None
    # "how to get from the airport to the centre of Moscow": a body's generic noun alone ("centre",
    # "council") names no body beside the place.
    tokens = parsed.query.tokens
    by_noun = {h.entity for h in entries if h.name_tokens and all(_BODY_NOUN.match(tokens[i]) for i in h.name_tokens)}
    for attribute, kinds in asked:
        if attribute in _OF_PLACES and any(entity not in by_noun for entity in named):
            continue
        if attribute == "results" and (meetings or mentions.locating or any(kb.kind(h.entity) == "place" for h in mentions.hits)):
            continue
        if speech and attribute in _PRIVATE:
            continue  # "what did Klemez say about children": a statement, found the usual way
        # A body named comes before the people and places beside it ("the department's e-mail").
        targets = [i for i in named if kb.kind(i) in kinds] or [i for i in others if kb.kind(i) in kinds]
        if len(set(targets)) != 1:
            continue
        entity = kb.entities[targets[0]]
        if attribute == "results" and not (isinstance(entity, Document) and (entity.period_start or entity.period_end)):
            continue  # a decision's result is what it decided; a programme or concept runs for years
        pattern = dict((n, p) for n, p, _ in _UNRECORDED)[attribute]
        # A word of the entry's own name asks nothing ("the Council of Heads of Financial Intelligence").
        names = " ".join([entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()])
        typed = next(text for text in typed_texts if pattern.search(text))
        if all(set(text_tokens(match.group(0))) <= set(text_tokens(names)) for match in pattern.finditer(typed)):
            continue
        texts = [
            entity.description.en,
            entity.description.ru,
            *(f"{f.value.en} {f.value.ru}" for f in kb.facts_of(entity.id)),
        ]
        if attribute != "signatories" and any(pattern.search(text) for text in texts):
            return None  # the sources do say something about it: the usual answer quotes it
        if attribute == "signatories" and any(
            state.name.en in text or state.name.ru in text for state in kb.of_kind("state") for text in texts
        ):
            return None
        if attribute in _OF_PLACES:
            # What a country or a city is like is another subject altogether: declined, as any question
            # outside CIS security cooperation is.
            base.reason = "out_of_scope"
            return base
        return not_stated(base, entity, attribute)
    return None


# A word that makes a body's name ("the Council of Police Chiefs", "совет начальников полиции").
_BODY_NOUN = re.compile(
    r"^(?:council|committee|commission|bureau|cent(?:re|er)|department|совет\w*|комитет\w*|комисси\w*|бюро|центр\w*"
    r"|департамент\w*|sovet\w*|komitet\w*|komissi\w*|centr\w*|departament\w*)$",
    re.I,
)
# A word that makes a document's name ("the Concept of Information Security", "программа по миграции").
_DOCUMENT_NOUN = re.compile(
    r"^(?:concept|programmes?|programs?|statement|treaty|convention|protocol|концепци\w*|программ\w*"
    # ("договорились", "dogovorilis" are verbs of agreeing, no treaty)
    r"|заявлени\w*|договор(?!ил|ен|ён)\w*|конвенци\w*|протокол\w*|koncepci\w*|kontsepci\w*|programm\w*|dogovor(?!il|en)\w*)$",
    re.I,
)
# A statement is also what a person says: with a person named, it is a remark, not a document.
_SAID_NOUN = re.compile(r"^(?:statements?|заявлени\w*|zayavleni\w*)$", re.I)


def _person_named(engine: Engine, parsed: Parsed) -> bool:
    return any(engine.kb.kind(h.entity) == "person" and h.name_cover >= 0.8 and h.score >= MENTION_SCORE for h in parsed.hits[:5])


_NAMED_BY_NOUN: list[tuple[re.Pattern[str], tuple[str, ...], str]] = [
    (_BODY_NOUN, ("body", "organisation"), "no_body"),
    (_DOCUMENT_NOUN, ("document",), "no_document"),
]
_NAME_BEFORE, _NAME_AFTER = 2, 3  # words around a body noun that can belong to the name
WEDGE_EXPLAINED = 0.7  # a word the entry explains this well (a synonym, a related form) is no wedge
# Stop words that relate a name to the rest of the question, never part of it ("programme regarding").
_RELATING = frozenset(
    {"regarding", "concerning", "between", "during", "before", "except", "besides", "together", "further"}
    | {"between", "mezhdu", "cherez", "pomimo", "между", "через", "помимо"}
)
LOST_WORD_CHARS = 6  # a stop word this long typed inside a name ("Information") is a name's word
INFORMAL_EXPLAINED = 0.8  # each word of an informal name ("совет по экологии") explained this well
NAME_HELD = 0.65  # a short form of a body's name ("the migration council") holds most of its weight
# "Which council deals with military matters": the body is what is asked, its words say what it does.
_WHICH_BODY = cued(re.compile(
    r"\b(?:which|what|какой|какая|какое|какие|каким|каких|что за|kakoy|kakoi|kakaya|kakie)\s+(?:[\w-]+\s+)?"
    r"(?:council|committee|commission|bureau|cent(?:re|er)|bod(?:y|ies)|совет\w*|комитет\w*|комисси\w*|бюро|центр\w*"
    r"|орган\w*|sovet\w*|organ\w*|concept|programmes?|programs?|statement|treaty|концепци\w*|программ\w*"
    r"|заявлени\w*|договор\w*|programm\w*)"
    # ("чем занимается Совет X" asks what the body named does, not which body does something)
    r"|\b(?:deals?|dealing|responsible|in charge|handles?|covers?)\b|(?<!чем )\bзанима\w*|\bотвеча\w*|\bкурир\w*"
    r"|(?<!chem )\bzanima\w*|\botvecha\w*|\bловит|\bследит"
    # "Is there a council for natural disasters?": a body asked for by what it does, not by a name.
    r"|\bis there (?:a|an|any)\b[^?]*\b(?:for|that|which|to deal)\b|\bесть ли\b[^?]*\b(?:для|котор\w*)\b",
    re.I,
))


def _official_words(engine: Engine, entity: Entity) -> set[str]:
    """The words of an entry's own names in both languages (not the aliases that only help search),
    also as the synonym groups they make ("специальных служб" is "~special_services")."""
    words = text_tokens(f"{entity.name.en} {entity.name.ru}")
    return {*words, *engine.index.fold_synonyms(words)}


def _official_single_words(engine: Engine, entity: Entity) -> set[str]:
    """The official name's words each folded alone: "терроризмом" is "~terrorism" even where, with
    the word before it, it makes "~counter_terrorism"."""
    words = text_tokens(f"{entity.name.en} {entity.name.ru}")
    return {*words, *(group for word in words for group in engine.index.fold_synonyms([word]))}


# Every day and month a meeting is recorded on, per engine (its knowledge base never changes).
_MEETING_DAYS: weakref.WeakKeyDictionary[Engine, dict[tuple[int, int], list[Meeting]]] = weakref.WeakKeyDictionary()


def _meeting_days(engine: Engine) -> dict[tuple[int, int], list[Meeting]]:
    days = _MEETING_DAYS.get(engine)
    if days is None:
        days = {}
        for meeting in engine.kb.of_kind("meeting"):
            when = meeting_date(meeting) if isinstance(meeting, Meeting) else None
            if isinstance(meeting, Meeting) and when is not None and when.month and when.day:
                days.setdefault((when.month, when.day), []).append(meeting)
        _MEETING_DAYS[engine] = days
    return days


def day_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "What was decided at the meeting on 20 December 2025": a day no recorded meeting was held on
    (or not in the year asked) is "no meeting recorded on that day", with the meetings nearest in
    time; never a statement that merely shares a number with the date."""
    if not _MEETING_WORDS.search(parsed.text) or is_yes_no(parsed.text) or tone_question(parsed.text):
        return None
    day = asked_day(parsed.text)
    if day is None:
        return None
    years = [y for y in parsed.intent.years if 1900 <= y < 2200]
    days = _meeting_days(engine)
    held = [m for m in days.get((day[1], day[0]), []) if not years or (meeting_date(m) or PartialDate(0)).year in years]
    if held:
        return None
    dated = [(when, m) for ms in days.values() for m in ms if (when := meeting_date(m)) is not None and when.day]
    if not dated:
        return None
    year = years[0] if years else None
    asked = (year or 2000, day[1], day[0])

    def distance(item: tuple[PartialDate, Meeting]) -> int:
        when = item[0]
        return abs(((when.year if year else 2000) - asked[0]) * 372 + ((when.month or 1) - asked[1]) * 31 + (when.day or 1) - asked[2])

    nearest = [m.id for _, m in sorted(dated, key=distance)[:2]]
    value = {"day": day[0], "month": day[1], "year": year}
    sources = [s for i in nearest[:1] for s in engine.kb.entities[i].sources]
    return _not_recorded(base, "no_day", value, nearest, sources)


def body_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """A body or a document named with words no recorded one's name has ("the CIS Council of Police
    Chiefs", "the Concept of Information Security"): the sources mention no such entry; the entries
    its words reach are the nearest records, never answered as if they were the one asked."""
    if not parsed.hits or (parsed.intent.question == "count" and not is_yes_no(parsed.text)):
        return None
    # "Есть ли Совет министров иностранных дел в перечне 16 отраслевых органов?": a list named as
    # where to look, the body asked of it is still one the sources may not know.
    if parsed.intent.list_kind and not (is_yes_no(parsed.text) and _COUNTED_LIST.search(parsed.text)):
        return None
    words = _WORD.findall(parsed.text)
    for noun, kinds, reason in _NAMED_BY_NOUN:
        spots = [i for i, word in enumerate(words) if noun.match(word)]
        if spots and reason == "no_document" and all(_SAID_NOUN.match(words[i]) for i in spots) and _person_named(engine, parsed):
            continue  # "когда Песков сделал заявление о потенциале СНГ": a person's remark, no document
        if spots and not _WHICH_BODY.search(parsed.text):
            found = _unknown_named(engine, parsed, base, words, spots, noun, kinds, reason)
            if found is not None:
                return found
    return None


# English words after a name's noun that end it: the question's verbs ("Council of X discuss").
_NAME_ENDS = re.compile(
    r"^(?:\w+ed|is|are|was|were|do|does|did|meet|meets|discuss|decide|say|says|take|adopt|approve|sign|hold|about|in|at"
    r"|end|ends|start|starts|begin|begins|run|runs|cover|covers|last|lasts"
    # verbs of a claim about what the body said: "Did the Executive Committee present X as …"
    r"|present|presents|describe|describes|portray|portrays|frame|frames|call|calls|mention|mentions|claim|claims"
    r"|write|writes|stress|stresses|note|notes|view|views|treat|treats|see|sees|show|shows"
    # what a document does: "what does the border programme define / provide for"
    r"|define|defines|mean|means|provide|provides|regulate|regulates|govern|governs|contain|contains"
    r"|include|includes|envisage|envisages|set|sets|establish|establishes|aim|aims)$",
    re.I,
)


_NAME_STARTS = re.compile(r"^(?:what|who|when|where|which|how|has|have|had|tell|me|about|the|a|an|of)$", re.I)
# Words that join a name's parts: wedged into a recorded name, they make no other name.
_NAME_GLUE = frozenset(
    {"against", "for", "on", "of", "in", "about", "with", "and", "to", "против", "по", "для", "о", "об", "с", "и", "в", "во", "на"}
    | {"protiv", "po", "dlya", "ob", "na", "s", "v", "vo", "o", "i"}
)


# "в перечне 16 отраслевых органов", "one of the 16 sectoral bodies": a recorded list of a stated size.
_COUNTED_LIST = re.compile(r"\b\d+\s+(?:[\w-]+\s+){0,2}?(?:bod(?:y|ies)|councils?|органов|советов|organov|sovetov)\b", re.I)
_TRAILING = STOP_EN | {"ли", "же", "бы", "то", "li", "one"}
# Russian words after a name's noun that end it: a past verb in the plural ("одобрили",
# "утвердили") or a past participle ("одобренная", "принятой", "утверждённой").
# ("иностранных", "уполномоченных" are adjectives of names: "Совет министров иностранных дел").
# Also a verb in the future or present plural, a reflexive verb, a masculine past ("заявление
# разошлют в ООН", "программа планируется", "договор подписал"); a participle ending in "-ся"
# ("развивающихся") is an adjective, and "-ет"/"-ит"/"-ал" end nouns too ("комитет", "канал").
_RU_NAME_ENDS = re.compile(
    r"^(?!иностран|уполномоч|объединённ|объединенн)(?:\w{3,}(?:или|али|яли|ели|ыли)|\w{2,}(?:енн|ённ|анн|нят)(?:ая|ую|ой|ый|ое|ые|ых|ого)"
    r"|\w{2,}(?:ет|ит|ют|ят|ут|ат|ал|ил|ял|ла|ло|ли|ть|ти)(?:ся|сь)|\w{3,}(?:ют|ят|ил|ял)|\w{2,}(?:ует|ает|яет|еет)|будет|будут|станет|станут)$",
    re.I,
)


def _name_around(words: list[str], position: int, english: bool) -> list[str]:
    """The words around a name's noun that can belong to the name: English puts them on both sides
    ("the police council", "Council of Police Chiefs"), up to the question's verb; Russian after the
    noun ("совет начальников полиции"), since a Russian word before it is the question's verb or an
    adjective of it ("какие решения принял совет")."""
    before: list[str] = []
    for word in words[max(0, position - _NAME_BEFORE) : position] if english else []:
        # A question word or a verb before the name ends what comes before it ("Has the programme").
        before = [] if _NAME_ENDS.match(word) or _NAME_STARTS.match(word) else [*before, word]
    before = [b for b in before if b.replace("-", "").isalpha()]
    after: list[str] = []
    content = 0
    # Prepositions do not count: "Департамент по сотрудничеству в сфере обороны" is one name.
    following = words[position + 1 : position + 2 * _NAME_AFTER + 1]
    for place, word in enumerate(following):
        # "in" before a gerund is inside a name ("Cooperation in Combating Transnational Crime").
        gerund = place + 1 < len(following) and following[place + 1].lower().endswith("ing")
        if content == _NAME_AFTER or (word.isascii() and _NAME_ENDS.match(word) and not gerund):
            break
        if not word.isascii() and _RU_NAME_ENDS.match(word):
            break  # "концепцию одобрили в Душанбе", "концепция, одобренная ...": the question's verb
        after.append(word)
        content += word.lower() not in _NAME_GLUE
    return [*before, words[position], *after]


def _unknown_named(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    words: list[str],
    spots: list[int],
    noun: re.Pattern[str],
    kinds: tuple[str, ...],
    reason: str,
) -> Verdict | None:
    kb, query = engine.kb, parsed.query
    whole = [h for h in parsed.hits if kb.kind(h.entity) in kinds and h.name_cover >= 0.8 and h.score >= MENTION_SCORE]
    # A month after a name dates the body's meeting ("secretaries council november"), no word of a name.
    near = [w for i in spots for w in _name_around(words, i, parsed.lang == "en") if not months_named(w)]
    spelt = text_tokens(" ".join(near))
    if parsed.lang == "ru" and any(word.isascii() for word in near):
        # "programma ... po borbe s narkotikami": Russian typed in Latin letters is searched as Russian
        # ("narkotikami" as "наркотиками"), so its name's words are read so too.
        spelt += [reading for word in near if word.isascii() and (reading := russian_reading(word.lower()))]
    phrase_tokens = {*spelt, *engine.index.fold_synonyms(spelt)}
    # Words another named entry explains (a city, a person, a meeting's name) are not the entry's.
    elsewhere = {i for h in parsed.hits if kb.kind(h.entity) not in kinds and h.name_cover >= 0.8 for i in h.name_tokens}
    heavy = [
        i
        for i, tok in enumerate(query.tokens)
        # The query may read a long unknown word as a known part of it ("Cyberterrorism" as "cyber").
        if (tok in phrase_tokens or (len(tok) >= 4 and any(word.startswith(tok) for word in spelt)))
        and query.weights[i] >= WEAK_WEIGHT
        and i not in elsewhere
        and not tok.startswith("#")
        and tok not in engine._generic
    ]
    candidates = [h for h in parsed.hits[:5] if kb.kind(h.entity) in kinds and h.score >= GUESS_SCORE]
    # "the Concept of Information Security": a word of the typed name that the search drops as a stop
    # word ("information") still names; when no entry of the kind has it in its names, none of them
    # is the one asked (checked only when such a word is typed: rare).
    lost = [
        word.lower()
        for place, word in enumerate(near[:-1])
        if word.isalpha()
        # typed as a name's word ("Information"), not an adverb ("сейчас"); or, in lower case, right
        # after the "of" that joins a name ("the concept of information security", tuning17_look)
        and (word[:1].isupper() or (place > 0 and near[place - 1].lower() in ("of", "on")))
        and len(word) >= LOST_WORD_CHARS
        and word.lower() not in _NAME_GLUE | _RELATING
        and not text_tokens(word)
        # inside the name: a word that names something follows ("Information Security")
        and bool(text_tokens(near[place + 1]))
    ]
    if lost and candidates and any(word not in _kind_names(engine, kinds) for word in lost):
        return _not_recorded_name(kb, base, reason, near, parsed.hits, kinds)
    if not heavy or not candidates:
        return None

    # A recorded name in the question is that entry, unless a word is wedged inside it ("Совет
    # руководителей полиции государств" is no "Совет глав государств"); words after it are the question's.
    def wedged(hit: Hit, position: int) -> bool:
        inside = min(hit.name_tokens) < position < max(hit.name_tokens) and position not in hit.name_tokens
        return inside and hit.explained.get(position, 0.0) < WEDGE_EXPLAINED and query.tokens[position] not in _NAME_GLUE

    # Another name named whole beside it ("... в сфере обороны Исполкома СНГ") leaves the wedge a wedge;
    # a name that holds or explains the word makes it that entry's.
    named_whole = [h for h in whole if h.name_tokens]
    wedges = [h for h in named_whole if any(wedged(h, i) for i in heavy)]
    if named_whole and (
        not wedges
        or any(
            h not in wedges and any(min(h.name_tokens) <= i <= max(h.name_tokens) for i in heavy) for h in named_whole
        )
    ):
        return None
    # A recorded name with a word wedged into it ("Council [of Ministers] of Emergency Situations")
    # makes no other entry even when the word is in another entry's name (the Defence Ministers Council).
    hybrid = bool(wedges)
    # Every entry the words reach leaves one of the name's distinctive words unexplained, or holds
    # them only in a name mostly absent ("police council" is not the "tax police council"); a
    # meeting of the body named ("the 13th meeting of the secretaries' council") names it too.
    # An official name holding the words is a name cut short ("совета секретарей"), not another entry.
    asked = {query.tokens[i] for i in heavy}
    # "совет по миграции", "совет по экологии": an informal name whose every word one entry of the
    # kind alone explains well, by its official name (its noun, its field in another form:
    # "миграционных", "экологический"), is that entry's, however much of the long name is left out;
    # a word only a search alias holds ("police" of the "tax police") makes no informal name.
    def officially(hit: Hit) -> bool:
        official = _official_words(engine, kb.entities[hit.entity])
        return all(
            noun.match(query.tokens[i])
            or any(token in official and sim >= INFORMAL_EXPLAINED for token, sim in query.matches[i])
            for i in heavy
        )

    informal = [
        h
        for h in parsed.hits[:5]
        if kb.kind(h.entity) in kinds
        and h.score >= GUESS_SCORE
        and all(h.explained.get(i, 0.0) >= INFORMAL_EXPLAINED for i in heavy)
        and officially(h)
    ]
    if not hybrid and len(informal) == 1 and any(not noun.match(query.tokens[i]) for i in heavy):
        return None
    # "программа по терроризму": the word's group is part of a longer one in the official name
    # ("борьбе с терроризмом" is "~counter_terrorism"), so it is explained less well; still, when
    # one entry of the kind alone has each word among its official name's own words, the informal
    # name is that entry's.
    loosely = [
        h
        for h in parsed.hits[:5]
        if kb.kind(h.entity) in kinds
        and h.score >= GUESS_SCORE
        and all(h.explained.get(i, 0.0) >= WEDGE_EXPLAINED for i in heavy)
        and all(
            noun.match(query.tokens[i]) or query.tokens[i] in _official_single_words(engine, kb.entities[h.entity])
            for i in heavy
        )
    ]
    if not hybrid and not informal and len(loosely) == 1 and any(not noun.match(query.tokens[i]) for i in heavy):
        return None
    if any(
        (set(heavy) <= h.name_tokens and h.name_cover >= NAME_HELD)
        or (
            not hybrid
            and kb.kind(h.entity) in (*kinds, "meeting")
            and h.score >= GUESS_SCORE
            and asked <= _official_words(engine, kb.entities[h.entity])
        )
        for h in parsed.hits[:5]
    ):
        return None
    return _not_recorded_name(kb, base, reason, near, parsed.hits, kinds)


def _kind_names(engine: Engine, kinds: tuple[str, ...]) -> str:
    """Every name of the entries of ``kinds`` in both languages, in lower case, as one text."""
    return " ".join(
        text.lower()
        for entity in engine.kb.entities.values()
        if engine.kb.kind(entity.id) in kinds
        for text in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all())
    )


def _not_recorded_name(
    kb: KnowledgeBase, base: Verdict, reason: str, near: list[str], hits: list[Hit], kinds: tuple[str, ...]
) -> Verdict:
    """ "Not recorded" for a name typed as ``near``, with the nearest entries the words reach."""
    # The name as typed, without the articles and prepositions around it.
    first, last = 0, len(near) - 1
    while first < last and ((len(near[first]) <= 3 and near[first].islower()) or near[first].upper() in ("CIS", "СНГ", "SNG")):
        first += 1
    # A short last word may be the name's own noun ("Совет министров иностранных дел"), not a particle.
    while last > first and (
        (len(near[last]) <= 3 and near[last].islower() and (near[last] in _NAME_GLUE or near[last] in _TRAILING))
        or near[last].upper() in ("CIS", "СНГ", "SNG")
    ):
        last -= 1
    name = " ".join(near[first : last + 1])[:80]
    nearest = [h.entity for h in hits[:3] if h.score >= GUESS_SCORE and kb.kind(h.entity) in (*kinds, "meeting")]
    sources = [s for i in nearest[:1] for s in kb.entities[i].sources]
    return _not_recorded(base, reason, {"name": name}, nearest, sources)


_PRIVATE = frozenset({"personal", "weather", "country_facts", "travel", "tenure"})
# What someone said or thought about a thing asks for a statement, not for the thing.
_SPEECH_ABOUT = re.compile(
    r"\b(?:say|said|says|spoke|speak|talk\w*|mention\w*|told|tell|stress\w*|emphasi[sz]\w*|noted?)\b"
    r"|\bговор\w*|\bсказа\w*|\bзаяв\w*|\bотмет\w*|\bупомян\w*|\bупомина\w*|\bподчеркн\w*"
    r"|\bgovor\w*|\bskaza\w*|\bzayav\w*|\botmet\w*|\bпо словам\b|\bpo slovam\b",
    re.I,
)
# The bot's own opinion or a forecast: the sources record what happened and what was said or planned.
_OPINION = re.compile(
    r"\b(?:what do you think|do you (?:think|like|believe)|your (?:opinion|view|assessment)"
    r"|how do you (?:rate|assess|evaluate|see|feel)|who will win|will (?:\w+ ){1,4}(?:win|collapse|fall apart|break up))\b"
    r"|\bкак (?:ты|вы) (?:оценива|относи|счита|думае)\w*|\bчто (?:ты|вы) (?:думае|скаже)\w*|\b(?:тво[её]|ваше) мнение\b"
    r"|\b(?:думаешь|думаете|считаешь|считаете|оцениваешь|оцениваете|относишься|относитесь)\b|\bкто (?:победит|выиграет)\b|\b(?:развалится|распад[её]тся)\b"
    r"|\bkak (?:ty|vy) (?:o(?:c|ts)enivae|otnosi|schita|dumae)\w*|\bchto (?:ty|vy) dumae\w*|\btvo[eyё] mnenie\b"
    r"|\bkto (?:pobedit|vyigraet)\b|\b(?:dumaesh|schitaesh|o(?:c|ts)enivaesh)\b"
    # A judgement asked of a thing: "is Dushanbe a nice city", "which is better", "кто лучше".
    r"|\b(?:is|are) (?:\w+ ){1,3}?(?:a |an )?(?:nice|good|bad|beautiful|pleasant|worth visiting)\b(?! practices?)"
    r"|\b(?:which|who|what) is (?:better|worse|the best|stronger)\b|\b(?:кто|что|какая|какой|какое) (?:лучше|хуже|сильнее)\b"
    r"|\bхорош\w* ли\b|\bkto luchshe\b"
    # Words not yet said: what someone will say is no record (what is planned to be adopted is).
    r"|\bwhat will (?:\w+ ){1,3}(?:say|tell|announce)\b|\bчто (?:\w+ ){0,2}(?:скажет|заявит)\b"
    r"|\bchto (?:\w+ ){0,2}(?:skazhet|zayavit)\b",
    re.I,
)
_OPINION_CUE = literal_cue([_OPINION])  # a look-up of its words before the search


def asks_opinion(text: str) -> bool:
    """Whether the question asks the bot's own opinion or a forecast: declined, never answered with a card."""
    return _OPINION_CUE(text) and _OPINION.search(text) is not None


_CIS_WORD = re.compile(r"\bCIS\b|\bСНГ\b|\bSNG\b|\bСодружеств\w*|\bCommonwealth\b", re.I)


def _unknown_joiner(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "The decision on Afghanistan joining the CIS": a name the knowledge base does not know
    joining the CIS is recorded nowhere."""
    name = _unknown_word(parsed)
    if name is None or not _CIS_WORD.search(parsed.text) or "cis" not in engine.kb.entities:
        return None
    target = engine.kb.entities["cis"]
    value = {"joiner": None, "joiner_text": name, "target": target.id}
    return _not_recorded(base, "join", value, [target.id], list(target.sources))


_YEAR_IN_NAME = re.compile(r"\b((?:19|20)\d\d)\b")


def _named_year_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """An event whose name carries a year ("Commonwealth-Antiterror – 2025") asked with another
    year: the sources record that edition only."""
    asked = set(parsed.intent.years)
    if not asked:
        return None
    kb = engine.kb
    for hit in parsed.hits[:3]:
        meeting = kb.entities[hit.entity]
        if not isinstance(meeting, Meeting) or hit.score < MENTION_SCORE or hit.name_cover < 0.6:
            continue
        named = {int(y) for text in (meeting.name.en, meeting.name.ru) for y in _YEAR_IN_NAME.findall(text)}
        if not named or named & asked:
            continue
        same_body = [
            m
            for m in (kb.meetings_of(meeting.body) if meeting.body else [])
            if m.body == meeting.body and m.date and PartialDate.parse(m.date).year in asked
        ]
        if same_body:
            return None
        value = {"year": min(asked), "nearest": meeting.id, "what": meeting.id}
        return _not_recorded(base, "year", value, [meeting.id], meeting.sources)
    return None


_DECISIONS = cued(re.compile(
    r"\bdecid\w*|\bdecisions?\b|\bрешени\w*|\bрешил\w*|\bprinyal\w*|\breshen\w*|\breshil\w*"
    # "what did the council agree on", "о чём договорился совет": what it decided, in other words
    r"|\bagree(?:d|s)?\s+(?:on|upon|to)\b|\bagreements?\b|\bresol(?:ved?|utions?)\b|\bдоговорил\w*|\bдоговор[ёе]нност\w*"
    r"|\bпостанови\w*|\bdogovoril\w*|\bdogovorennost\w*",
    re.I,
))


_WHO_ASKED = re.compile(r"\W*(?:who|whom|кто|kto)\b", re.I)


# A meeting named by whose it is: "CSTO summit", "the SCO ministers' meeting", "EAG plenary", "meeting of
# the CSTO"; "саммит ОДКБ", "совещание министров ШОС" (Latin letters too). Only words that say what kind
# of meeting may stand between ("Did the CSTO attend the summit" names no CSTO summit).
_OWNED_MEETING = re.compile(
    r"\b([\w-]+)(?:'s|’s)?\s+(?:(?:ministers?|ministers'|foreign|defen[cs]e|heads?|of|states?|leaders|leaders'|council"
    r"|annual|plenary|general|secretaries|\d{4})\s+){0,3}?(?:summit|meeting|plenary|session|conference|assembly)s?\b"
    r"|\b(?:summit|meeting|plenary|session|conference)s?\s+of\s+(?:the\s+)?([\w-]+)"
    r"|(?<!\w)(?:саммит|заседани|совещани|встреч|пленум|пленарн|sammit|zasedani|soveshchani|soveshani|vstrech)\w*\s+"
    r"(?:(?:министр|глав|руководител|секретар|совет|лидер|мид|пленарн|ministr|glav|rukovodit|sekretar|sovet|lider)\w*\s+){0,2}"
    r"([\w-]+)",
    re.I,
)


_DECIDING_WORDS = "decide decided decides decision decisions adopt adopted approve approved решение решения решили принял приняли утвердили"
_DECIDING_TOKENS: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()


def _foreign_meeting(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Какие решения принял саммит ОДКБ?": a meeting of an international organisation the sources
    record none of (they record meetings of CIS bodies): not recorded, never the CIS summit's
    decisions as if they were the CSTO's; the meetings it attended are the nearest records."""
    kb = engine.kb
    organisations = [
        h
        for h in mentions.hits
        if h.name_cover >= MENTION_COVER
        and isinstance(organisation := kb.entities[h.entity], Organisation)
        and organisation.category == "international"
    ]
    # "на саммите … Шанхайской организации сотрудничества дали статус наблюдателя": its name is part of
    # a recorded decision's name the question holds, which the meeting took about it.
    # (Beyond the words asking what was decided: "what did the SCO ministers' meeting decide" names none.)
    asking = _DECIDING_TOKENS.get(engine)
    if asking is None:
        asking = _DECIDING_TOKENS[engine] = set(engine.parse(_DECIDING_WORDS).query.tokens)
    organisations = [
        h
        for h in organisations
        if not any(
            other.score >= MENTION_SCORE
            and kb.kind(other.entity) in ("document", "fact")
            and other.name_tokens > h.name_tokens
            and any(parsed.query.tokens[i] not in asking for i in other.name_tokens - h.name_tokens)
            for other in parsed.hits[:4]
        )
    ]
    if not organisations:
        return None
    for match in _OWNED_MEETING.finditer(parsed.text):
        owner = set(text_tokens(prepare(next(group for group in match.groups() if group))))
        for hit in organisations:
            if owner & {parsed.query.tokens[i] for i in hit.name_tokens} and not any(
                getattr(m, "body", None) == hit.entity for m in kb.meetings_of(hit.entity)
            ):
                organisation = kb.entities[hit.entity]
                attended = [m.id for m in kb.meetings_of(organisation.id)]
                value = {"body": organisation.id, "attended": attended[:3]}
                verdict = _not_recorded(base, "no_meetings", value, [organisation.id], list(organisation.sources))
                verdict.focus = [organisation.id]
                return verdict
    return None


def _kind_word_names(engine: Engine, parsed: Parsed, mentions: Mentions, kinds: tuple[str, ...] = ("body",)) -> bool:
    """Whether every word that made the question a list's ("bodies") is in a named body's (or, by
    ``kinds``, meeting's) name."""
    words = {tok for word in parsed.intent.kind_words for tok in text_tokens(word)}
    # Latin-typed ("soveta sekretarey sovetov bezopasnosti"): the names hold the word in Cyrillic.
    read = {russian_reading(word.lower()) for word in parsed.intent.kind_words}
    for hit in mentions.hits:
        body = engine.kb.entities[hit.entity]
        if engine.kb.kind(hit.entity) not in kinds or hit.name_cover < 0.75:
            continue
        # (the search reads the question without its kind word: the body's own names are compared)
        names = set(text_tokens(" ".join([body.name.en, body.name.ru, *body.short.all(), *body.aliases.all()])))
        if words and (words <= names or (None not in read and read <= names)):
            return True
    return False


def _no_meetings_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """What a body decided or discussed, when the sources record no meeting of it at all."""
    if parsed.intent.question not in ("outcomes", "agenda") and not _DECISIONS.search(parsed.text):
        return None
    kb = engine.kb
    if any(kb.kind(h.entity) == "meeting" for h in mentions.hits):
        return None
    # "министры обороны СНГ" names the Defence Ministers Council without its "Council" (0.79).
    bodies = [h for h in mentions.hits if kb.kind(h.entity) == "body" and h.name_cover >= 0.75]
    if len(bodies) != 1 or kb.documents_of(bodies[0].entity):
        return None
    body = kb.entities[bodies[0].entity]
    # The meetings it only attended ("represented at the XVIII meeting") are no decisions of its own.
    attended = [m.id for m in kb.meetings_of(body.id)]
    if any(kb.entities[m].body == body.id for m in attended):  # type: ignore[attr-defined]
        return None
    if attended and (
        parsed.intent.question not in ("outcomes", "agenda")
        or _WHO_ASKED.match(parsed.text)
        or any(kb.kind(h.entity) == "place" and not kb.meetings_held_in.get(h.entity) for h in mentions.hits)
        or _unknown_word(parsed) is not None
    ):
        # A body that attended meetings is asked what it decided or discussed, not who mentioned a
        # decision; a place where nothing is recorded ("в Бишкеке") is for the place look-alikes to say.
        return None
    verdict = _not_recorded(base, "no_meetings", {"body": body.id, "attended": attended[:3]}, [body.id], list(body.sources))
    verdict.focus = [body.id]
    return verdict


# --- a yes/no question answered by another path: its constraints checked against the answer -------

# Share of the question's content weight the answer's own text must hold for an explicit "yes".
CONFIRM_COVER = 0.75
# ... and the share a clause giving another number, month or year must hold to contradict it
# (a card's clause on another event of the same state shares far less).
CONTRADICT_COVER = 0.55
# A topic asked (a synonym group: cybersecurity, drones) this rare, or a word the knowledge base
# does not know, is specific enough that an answer without it is no "yes".
DISTINCTIVE = 6.0


def _distinctive(query: Any, position: int) -> bool:
    tok = query.tokens[position]
    if tok.startswith("#"):
        return False  # numbers are checked as constraints
    return query.weights[position] >= DISTINCTIVE and (query.unknown[position] or tok.startswith("~"))


_MONTH_NAMES = cued(re.compile(
    r"\b(?:(january|jan|yanvar[a-z]*)|(february|feb|fevral[a-z]*)|(march|mart[aeu]?)|(april|apr|aprel[a-z]*)|(May)"
    r"|(june|iyun[a-z]*)|(july|iyul[a-z]*)|(august|aug|avgust[a-z]*)|(september|sept?|sentyabr[a-z]*)"
    r"|(october|oct|oktyabr[a-z]*)|(november|nov|noyabr[a-z]*)|(december|dec|dekabr[a-z]*))\b"
    r"|(?<!\w)(?:(январ\w*)|(феврал\w*)|(март\w*)|(апрел\w*)|(ма[йяю])|(июн\w*)|(июл\w*)|(август\w*)|(сентябр\w*)"
    r"|(октябр\w*)|(ноябр\w*)|(декабр\w*))(?!\w)",
    re.I,
))
_MONTH_NAMES_CUE = literal_cue([_MONTH_NAMES.compiled])  # a look-up of its words before the search
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# Words that only frame an assertion ("is it true that ... now", "рассчитана до"): no part of it.
_ASSERTION_FILLER = (
    "true really actually indeed now currently still already meant intended designed supposed exist exists existed"
    " существует существуют существовал имеется имеются"
    # months are checked as constraints, not counted as words
    " january february march april may june july august september october november december"
    " январь января январе февраль февраля феврале март марта марте апрель апреля апреле май мая мае"
    " июнь июня июне июль июля июле август августа августе сентябрь сентября сентябре октябрь октября"
    " октябре ноябрь ноября ноябре декабрь декабря декабре"
    " правда верно действительно теперь сейчас уже ещё еще рассчитана рассчитан рассчитано"
    " pravda verno teper seichas uzhe"
    # "Как правильно: …, правда?", "is it correct that …": a frame, not a word of the fact
    " правильно pravilno correct correctly"
    # "Does CIS Plus cover associations?": the verb of covering relates the two, the object is the claim
    " cover covers covered covering include includes included encompass encompasses"
    " охватывает охватывают охватывал включает включают включал распространяется ohvatyvaet vklyuchaet"
)
# "…, not just single countries": the contrast names what the claim goes beyond, not what it asserts.
_NOT_JUST = re.compile(r"\b(?:not\s+(?:just|only|merely|simply)|rather\s+than)\b.*|(?<!\w)(?:а\s+)?не\s+только(?!\w).*", re.I)
# "В отчёте говорится, что …?", "Говорится ли в статье БелТА, что …?", "Does the annual report say
# (that) …?": the frame names where the claim is read; the claim after it is what a "yes" must hold.
# Anchored at the start, so a question without one fails at its first words.
_SAYING_RU = r"(?:говорит(?:ся|ь)|сказано|указано|сообщает(?:ся)?|отмечает(?:ся)?|утверждает(?:ся)?|написано|пишется|значится"
_SAYING_RU += r"|govorit(?:sya|s[ja])|skazano|ukazano|soobshaet(?:sya)?|soobshchaet(?:sya)?|napisano)"
_SOURCE_FRAME = re.compile(
    rf"^\W*(?:{_SAYING_RU}\s+(?:ли|li)\s+)?(?:в|во|v|vo)\s+[^,?!.]{{2,90}}?(?:\s+{_SAYING_RU})?\s*,?\s*(?:что|chto)\s"
    r"|^\W*(?:does|did|do)\s+(?:the|this|that|a|an)\s+[^,?!.]{2,60}?\s+(?<!of )(?-i:say|state|mention|note|report|claim|write)s?\b"
    r"(?:\s+that)?\s",
    re.I,
)
# The frames whose rest is a whole claim (a clause after "что", "say/state/claim that"), which the
# question asks to be true: "Does the annual report say 25 meetings were held?" asks "Is it true that
# 25 meetings were held?" ("Does it mention the CSTO" names a thing, not a claim: not here).
_CLAIM_FRAME = re.compile(
    rf"^\W*(?:{_SAYING_RU}\s+(?:ли|li)\s+)?(?:в|во|v|vo)\s+[^,?!.]{{2,90}}?(?:\s+{_SAYING_RU})?\s*,?\s*(?:что|chto)\s"
    r"|^\W*(?:does|did|do)\s+(?:the|this|that|a|an)\s+[^,?!.]{2,60}?\s+(?<!of )(?-i:say|state|claim|write)s?\b(?:\s+that)?\s",
    re.I,
)


def as_claim(question: str) -> tuple[str, str] | None:
    """ "В отчёте говорится, что X?" as "Правда ли, что X?" (in the question's letters and language),
    "Does the report say X?" as "Is it true that X?"; None when the question has no such frame
    or too short a claim; with the frame itself. The frame's words (the report, its publisher)
    would otherwise be searched as part of the claim and find the report itself."""
    frame = _CLAIM_FRAME.match(question)
    if frame is None:
        return None
    claim = question[frame.end() :].strip()
    if len(claim.split()) < 3:
        return None
    if has_cyrillic(frame.group()):
        return f"Правда ли, что {claim}", frame.group()
    if frame.group().lstrip(" \t\"'«").lower().startswith(("does", "did", "do")):
        return f"Is it true that {claim}", frame.group()
    return f"Pravda li, chto {claim}", frame.group()


# Per engine: the filler words as its own parse spells them ("рассчитана" is read as it sounds).
_CONFIRM_FILLER: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()


def months_named(text: str) -> set[int]:
    """The months a text names (English capitalised "May" only: "may" is a verb)."""
    return set(_months_named(text))


@lru_cache(maxsize=8192)
def _months_named(text: str) -> frozenset[int]:
    # The same statements are checked for every question that lands on them.
    found = set()
    for match in _MONTH_NAMES.finditer(text):
        group = next(i for i, value in enumerate(match.groups()) if value)
        if group == 4 and match.group(0) != "May":
            continue
        found.add(group % 12 + 1)
    return frozenset(found)


def _named_elsewhere(
    engine: Engine, parsed: Parsed, verdict: Verdict, shown: list[str], speakers: Collection[str] = ()
) -> bool:
    """Whether the question names a state, body, organisation or person that the answer neither is,
    lists among a meeting's participants, nor names in what it shows: a "yes" would confirm what
    the answer says of something else. The publisher that says the claim (``speakers``) is none."""
    kb = engine.kb
    own = set(verdict.focus) | set(verdict.items) | set(speakers)
    for entity_id in verdict.focus[:2]:
        meeting = kb.get(entity_id)
        if isinstance(meeting, Meeting):
            taking_part = meeting.participants
            own |= {*taking_part.states, *taking_part.bodies, *taking_part.organisations, *(x.person for x in taking_part.people)}
    folded: list[str] | None = None
    for hit in parsed.hits:
        # Named in full and in several words: a word shared with the answer's names ("центр",
        # "руководителей") is no naming of another entry.
        if hit.entity in own or hit.score < MENTION_SCORE or hit.name_cover < 0.95 or len(hit.name_tokens) < 2:
            continue
        if kb.kind(hit.entity) not in ("state", "body", "organisation", "person"):
            continue
        if folded is None:
            folded = engine.index.fold_synonyms(text_tokens(" ".join(shown)))
        # The question's words for it side by side in the answer, in any order ("Антитеррористического
        # центра"), not apart ("Lead Units … National Structures" is no "United Nations").
        wanted = sorted(parsed.query.tokens[i] for i in hit.name_tokens)
        width = len(wanted)
        if not any(sorted(folded[i : i + width]) == wanted for i in range(len(folded) - width + 1)):
            return True
    return False


def _answer_texts(engine: Engine, verdict: Verdict, people: set[str], facts: bool = False) -> tuple[list[str], list[str]]:
    """What an answer shows: its main entries' names, and its statements (only those of the
    ``people`` asked about, when any is), or else their descriptions and values."""
    kb = engine.kb
    names: list[str] = []
    statements = [s for s in verdict.statements[:6] if not people or s.speaker in people or s.entity in people]
    texts = [text for s in statements for text in (s.en, s.ru)]
    for entity_id in verdict.focus[:2]:
        entity = kb.get(entity_id)
        if entity is None:
            continue
        names += [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
        if not verdict.statements:
            texts += [entity.description.en, entity.description.ru]
            value = getattr(entity, "value", None)
            if value is not None:
                texts += [value.en, value.ru]
    if facts and not verdict.statements and verdict.focus and isinstance(kb.get(verdict.focus[0]), Document | Body):
        # What the sources record of a report or a body is in its facts too ("the text is to be
        # circulated at the UN" may be a fact, not the description); read for outright yes/no
        # questions only, as each clause costs a reading of its constraints.
        texts += [text for fact in kb.facts_of(verdict.focus[0])[:8] for text in (fact.value.en, fact.value.ru)]
    if isinstance(verdict.value, str):
        texts.append(verdict.value)
    return names, texts


# Where one thing said ends and the next begins: a sentence, "; ", a list item after a closing
# parenthesis or before "and" ("the August meeting (St Petersburg, 12 August), ... and the XVIII
# meeting (Moscow, 10 June)"): an assertion must hold within one of them, not across a whole card.
_CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ«\"])|;\s*|(?<=\))\s*,\s*|,\s+(?:and|и)\s+|\n+")


def _clauses(texts: list[str]) -> list[str]:
    return [clause for text in texts for clause in _clauses_of(text)]


def _clauses_of(text: str) -> list[str]:
    return [clause for clause in _CLAUSE_END.split(text) if clause.strip()]


# "Exchanged … practices in countering terrorist threats, including A, B, and C": the frame before
# "including" and one item of the list after it.
_FRAME = re.compile(
    r"^(?P<frame>[^.;]{12,}?)\s*(?:,\s*)?(?:\bincluding\b|\bsuch\s+as\b|\bin\s+particular\b|\bnamely\b|:"
    r"|(?<!\w)в\s+том\s+числе(?!\w)|(?<!\w)включая(?!\w)|(?<!\w)в\s+частности(?!\w))\s*(?P<items>[^.;]+)",
    re.I,
)
_ITEM_END = re.compile(r",\s+(?:and\s+|и\s+|as\s+well\s+as\s+|а\s+также\s+)?")


def _framed_items(texts: list[str]) -> list[str]:
    """Each item of a listed "…, including A, B and C" with its frame: "blocking terrorist content"
    is one of the "practices exchanged" only with the words before "including" (the clauses split
    on ", and" separate them)."""
    found = []
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            match = _FRAME.search(sentence)
            if match is None:
                continue
            items = [item for item in _ITEM_END.split(match.group("items")) if len(item.strip()) > 3]
            if len(items) > 1:
                found += [f"{match.group('frame')} {item}" for item in items]
    return found


def _counted_numbers(tokens: list[str]) -> list[tuple[int, str]]:
    """(number, the word after it) for every number below 1900 in a token sequence."""
    found = []
    for position, tok in enumerate(tokens):
        if tok.startswith("#") and tok[1:].isdigit() and int(tok[1:]) < 1900:
            following = [t for t in tokens[position + 1 : position + 3] if not t.startswith("#")]
            found.append((int(tok[1:]), following[0] if following else ""))
    return found


# A clause that tells of an intention, not of a thing done.
# A clause that says its subject is not known ("whether it was signed is not known from the sources").
_UNSETTLED = re.compile(
    r"\b(?:not known|unknown|unclear|not clear|not confirmed|whether)\b"
    r"|\b(?:неизвестн|не известн|неясн|не ясн|не подтвержд)\w*|\bли\s+(?:он|она|оно|они)\b",
    re.IGNORECASE,
)
_UNSETTLED_CUE = literal_cue([_UNSETTLED])
_PLAN = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|intention|expected\s+to|to\s+be|will\s+be|going\s+to|will|supposed\s+to|meant\s+to"
    # "on a planned basis", "осуществлялась планово": how work was done, no plan
    r"|upcoming|forthcoming)\b(?<!planned(?= basis))"
    r"|\b(?!планово\b)(?:планир|намерен|намечен|предстоит|предстоящ|будет|будут|планов|планы|план)\w*",
    re.IGNORECASE,
)


# A claim limited by "only": "Was the CIS Plus format meant only for member states?", "Обсуждали только
# миграцию?" ("not only" / "не только" set something aside instead: see _NOT_JUST).
_ONLY = re.compile(
    r"\b(?<!not )(?:only|solely|exclusively|just)\b|(?<!\w)(?<!не )(?:только|лишь|исключительно|tol'?ko|lish)(?!\w)", re.I
)
# "yes/no only", "just yes or no", "только да или нет": the form of the answer asked.
_ANSWER_FORMAT = re.compile(
    r"\b(?:yes\s*(?:/|or)\s*no|да\s*(?:/|или)\s*нет|da\s*(?:/|ili)\s*net)\s+(?:only|just|только|tol'?ko)\b"
    r"|\b(?:only|just|только|tol'?ko)\s+(?:(?:say|answer|ответь\w*|otvet\w*)\s+)?(?:yes\s*(?:/|or)\s*no|да\s*(?:/|или)\s*нет|da\s*(?:/|ili)\s*net)\b",
    re.I,
)
# The yeses an "only" can limit: what was said, discussed, confirmed in a text, who took part.
_ONLY_LIMITS = {"confirmed", "discussed", "stated", "listed", "meetings", "unconfirmed", None}
# Several things in one recorded text: a list by commas, "and", "as well as", "и", "а также".
_SEVERAL_IN = re.compile(r"(?:[,;]|\b(?:and|as well as|along with)\b|(?<!\w)(?:и|а также|также)(?!\w)).{3,}", re.I | re.S)


def confirm(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """:func:`_confirm`, then a yes to a claim limited by "only" checked against what else the
    record holds: the record saying more is a no (with what it says), never a yes to half the claim."""
    checked = _confirm(engine, parsed, verdict)
    if (
        checked.yes is None
        and checked.grounds in ("host_not_listed", "not_named")
        and _ONLY.search(_ANSWER_FORMAT.sub(" ", parsed.text)) is not None
        and _NOT_JUST.search(parsed.text) is None
        and _more_than_claimed(engine, parsed, checked)
    ):
        # "Did only Russia send a delegation?": whether Russia was there or not, others were.
        checked.yes = False
        return checked
    if checked.yes is not True or _ONLY.search(parsed.text) is None or _NOT_JUST.search(parsed.text) is not None:
        return checked
    if _ONLY.search(_ANSWER_FORMAT.sub(" ", parsed.text)) is None:
        return checked  # "yes/no only": how to answer, no limit on the claim
    if checked.grounds not in _ONLY_LIMITS:
        return checked  # "held only in Moscow?", "only in June?": a place or date is one already
    if _more_than_claimed(engine, parsed, checked):
        checked.yes = False
    else:
        checked.yes, checked.grounds = None, checked.grounds if checked.kind == "yes_no" else "unconfirmed"
    return checked


def _more_than_claimed(engine: Engine, parsed: Parsed, verdict: Verdict) -> bool:
    """Whether the record behind a yes holds more than the one thing an "only" claim allows: other
    participants listed, other items or statements, a recorded text listing several things."""
    kb = engine.kb
    if verdict.grounds in _PRESENCE:
        for result in (verdict.value or {}).get("meetings", []):
            if sum((result.get("counts") or {}).values()) > 1:
                return True
    if len(verdict.items) > 1 or len(verdict.statements) > 1:
        return True
    texts = [statement.get(verdict.lang) for statement in verdict.statements]
    if verdict.kind in ("card", "quote", "fact"):
        texts += _answer_texts(engine, verdict, set(), facts=True)[1]
    for entity_id in verdict.focus[:1]:
        entity = kb.entities.get(entity_id)
        if isinstance(entity, Meeting) and len(entity.agenda) + len(entity.participants.states) > 1:
            return verdict.grounds not in ("date", "status", "place")
    return any(_SEVERAL_IN.search(text) for text in texts if text)


def _confirm(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """A yes/no question the usual answer (a card, a quote, a fact) responds to: "yes" when the
    answer's own text holds what the question asserts, every number, month and year included; "no"
    when a number, month or year it asserts is another in the answer (the answer shows the right
    one); otherwise the answer stands as it is, without a yes or a no."""
    unknown = _unknown_name_in(engine, parsed, verdict) or _not_said(engine, parsed, verdict)
    if unknown is not None:
        return unknown
    if verdict.kind in ("list", "count") and verdict.items and verdict.yes is None:
        return _list_size_check(parsed, verdict, engine)
    if verdict.kind not in ("card", "quote", "fact") or verdict.yes is not None or not verdict.answered:
        return verdict
    if (isinstance(verdict.value, dict) and "relative_to" in verdict.value) or verdict.attribute == "tense":
        return verdict  # "before or after X?", "is it upcoming?": the answer says which, a yes would answer nothing
    text = parsed.text
    if verdict.reason == "not_stated":
        return verdict  # "руководитель АТЦ?": the answer says the sources lack it, which is no yes
    if verdict.attribute == "source" and not is_yes_no(text):
        return verdict  # "источник по 13-му заседанию?": a terse request for the citation, no claim
    # Any entry shown, not only the first: "Were the drills held in Kazakhstan?" shows the state first.
    shown = [engine.kb.entities.get(entity) for entity in verdict.focus[:3]]
    if any(isinstance(one, Meeting) and one.status == "planned" for one in shown) and _TOOK_PLACE.search(text):
        return verdict  # "Has the exercise taken place?": recorded only as planned, no yes
    yes_no = is_yes_no(text) or ((tone_question(text) or _latin_tone_question(parsed)) and not _only_a_name(engine, parsed))
    if not yes_no and not (parsed.intent.years or (_MONTH_NAMES_CUE(text) and _MONTH_NAMES.search(text))):
        return verdict  # nothing asserted to check: the usual answer stands (and costs nothing more)
    # "Did Klemez speak about X": only what Klemez said can make it a yes.
    people = {
        h.entity
        for h in parsed.hits
        if engine.kb.kind(h.entity) == "person" and h.score >= MENTION_SCORE and h.name_cover >= MENTION_COVER
    }
    names, texts = _answer_texts(engine, verdict, people, facts=is_yes_no(text))
    if not names and not texts:
        return verdict
    # Each clause with the entries' names: the best covered one decides.
    # Each clause with the entries' names: one holding it all confirms; one about it (most of the
    # words) giving another number, month or year contradicts.
    confirmed = False
    only_planned = unsettled = False
    wrong: dict[str, Any] = {}
    asks_plan = _PLAN.search(text) is not None
    folded: dict[str | tuple[str, ...], _ReadText] = {}  # the names are read once, not once a clause
    claimed = _alternatives_in(text) if yes_no and _ALTERNATIVE_ANY.search(text) else {}
    contrast = _NOT_JUST.search(text)
    # Its words count as held (unless the claim itself names them too).
    beyond = set(text_tokens(contrast.group())) - set(text_tokens(text[: contrast.start()])) if contrast else set()
    frame = _SOURCE_FRAME.match(text) if yes_no else None
    if frame is not None:
        # Where the claim is read ("в годовом отчёте говорится, что") is no part of the claim.
        # Read as the question was (its synonyms too: "годовом" is read as an anniversary).
        beyond |= set(engine.parse(frame.group()).query.tokens) - set(engine.parse(text[frame.end() :]).query.tokens)
    opposition: dict[str, Any] = {}
    # "Did the Executive Committee present X as proof that …": the publisher says it, in its own text.
    said_by = claimant.publisher_named(engine, parsed) if yes_no else None
    if said_by is not None:
        beyond |= claimant.frame_tokens(engine, parsed, said_by, texts)
    for clause in [*_clauses(texts), *(_framed_items(texts) if is_yes_no(text) else [])] or [""]:
        said, contradicted, held_all = constraints(engine, parsed, [*names, clause], folded)
        cover = _cover(engine, parsed, said | _decision_said(parsed, clause) | beyond)
        if said_by is not None and cover >= CONFIRM_COVER and not claimant.in_publisher_text(engine, said_by, clause, texts, _clauses_of):
            cover = min(cover, CONFIRM_COVER - 0.01)  # true, but not of what that publisher wrote
        opposed = _opposed(claimed, clause) if claimed else None
        if opposed is not None and cover >= CONTRADICT_COVER:
            # "Was it adopted by the heads of government?" against "the Heads of State adopted":
            # the clause about it says the opposite, which is a no, never a yes (nor a yes drawn
            # from another clause that does not say who).
            contradicted = {**contradicted, "alternative": list(opposed)}
            opposition = opposition or contradicted
        holds = not contradicted and held_all and cover >= CONFIRM_COVER
        if holds and _UNSETTLED_CUE(clause) and _UNSETTLED.search(clause):
            # "… so whether it was signed is not known from the sources": the clause holds the
            # claim's words only to say that it is not known, which is no yes.
            unsettled = True
            continue
        if holds and not asks_plan and _PLAN.search(clause):
            # "Has the treaty been signed?" against "plans are in place to sign the treaty": a plan
            # is no yes to whether it was done.
            only_planned = True
            continue
        confirmed = confirmed or holds
        if contradicted and cover >= CONTRADICT_COVER and not wrong:
            wrong = contradicted
    if yes_no and only_planned and not confirmed and not wrong:
        verdict.grounds = "only_planned"
        return verdict
    if not yes_no:
        # "What statement did Peskov make in September" (it was October): a month, year or number
        # the question places its subject in is another in the answer: not recorded as asked.
        if not confirmed and ("month" in wrong or "year" in wrong):
            nearest = [i for i in verdict.focus if i in engine.kb.entities][:1]
            what = "month" if "month" in wrong else "year"
            value = {"what": what, "asked": wrong[what][0], "recorded": wrong[what][1]}
            return _not_recorded(verdict, "constraint", value, nearest, verdict.sources)
        return verdict
    if opposition and not (confirmed and _holds_claimed(claimed, texts)):
        confirmed, wrong = False, opposition
    if confirmed and _named_elsewhere(engine, parsed, verdict, [*names, *texts], said_by.entities if said_by else ()):
        confirmed = False  # "Did the United Nations attend XVIII?": "units" and "states" are no UN
    if confirmed:
        period = other_period(engine.kb, verdict.focus, parsed.text, parsed.intent.until)
        if period is not None:
            # "программа укрепления границ до 2028 года?": 2028 is the other programme's year.
            return _not_recorded(verdict, "constraint", period, verdict.focus, verdict.sources)
        named = period_of_other(engine.kb, parsed.hits, parsed.query.tokens, verdict.focus, parsed.text, parsed.intent.until)
        if named is not None:
            # "programma po granicam do 2028?": the year is the other programme's, the words the border one's.
            document, period = named
            return _not_recorded(verdict, "constraint", period, [document], list(engine.kb.entities[document].sources))
        held = _month_held_otherwise(engine, parsed, verdict.focus)
        if held is not None:
            # "sammit SNG proshel v noyabre?": a note's "5 November 2025" (its source's date) holds
            # the month, the summit was held in October (tuning17_look).
            confirmed, wrong = False, {"month": held}
    if confirmed:
        verdict.yes, verdict.grounds = True, "confirmed"
    elif wrong:
        verdict.yes, verdict.grounds = False, "contradicted"
    elif unsettled or (is_yes_no(text) and not only_planned and not _WH_START.match(_LAST_SENTENCE.split(text.strip())[-1])):
        # Asked for yes or no outright, and the answer neither holds nor contradicts it: that is
        # said first, then what the sources do record.
        verdict.grounds = "unconfirmed"
    return verdict


# Claims with exclusive alternatives: a question asserting one, against a clause holding only
# another, is contradicted ("going down" / "growing"; "heads of government" / "Heads of State").
# Russian typed in Latin letters included. One regex per alternative, grouped by what they answer.
_ALTERNATIVES: tuple[tuple[str, dict[str, re.Pattern[str]]], ...] = (
    (
        "direction",
        {
            "up": re.compile(
                r"\b(?:grow(?:s|ing|n|th)?|grew|increas\w*|ris(?:e|es|ing|en)|rose|expand\w*|escalat\w*|surg\w*|strengthen\w*"
                r"|(?:go(?:es|ing)?|went|gone)\s+up|on\s+the\s+rise|раст[ёеуия]\w*|рост\w*|вырос\w*|возраст\w*|увелич\w*"
                r"|расшир\w*|нараст\w*|усил\w*|usil\w*|rast[eyi]\w*|rost\w*|vyros\w*|vozrast\w*|uvelich\w*|narast\w*)\b",
                re.IGNORECASE,
            ),
            "down": re.compile(
                r"\b(?:declin\w*|decreas\w*|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|shrink\w*|shrank|diminish\w*"
                r"|(?:go(?:es|ing)?|went|gone)\s+down|on\s+the\s+decline|сниж\w*|сокращ\w*|уменьш\w*|паден\w*|пада\w*"
                r"|упал\w*|спад\w*|ослаб\w*|oslab\w*|weaken\w*|snizh\w*|snij\w*|sokrash\w*|umensh\w*|paden\w*|pada\w*|upal\w*)\b",
                re.IGNORECASE,
            ),
        },
    ),
    (
        "level",
        {
            "state": re.compile(
                r"\bheads?\s+of\s+(?:the\s+)?states?\b|\bглав\w*\s+государств|\bglav\w*\s+gosudarstv", re.IGNORECASE
            ),
            "government": re.compile(
                r"\bheads?\s+of\s+(?:the\s+)?governments?\b|\bprime\s+ministers?\b|\bглав\w*\s+правительств"
                r"|\bпремьер\w*|\bglav\w*\s+pravitel\w*|\bpremer\w*",
                re.IGNORECASE,
            ),
        },
    ),
    (
        # "Did Peskov say CIS cooperation has little potential?" against "deep potential": a no.
        "extent",
        {
            "much": re.compile(
                r"\b(?:deep|great|significant|considerable|immense|huge|enormous|substantial|глубок\w*|огромн\w*"
                r"|значительн\w*|существенн\w*|колоссальн\w*|glubok\w*|ogromn\w*|znachiteln\w*|sushchestvenn\w*)\b",
                re.IGNORECASE,
            ),
            "little": re.compile(
                r"\b(?:little|small|slight|limited|insignificant|minor|negligible|мал\w*|небольш\w*|незначительн\w*"
                r"|ограниченн\w*|слаб\w*|nebolsh\w*|neznachiteln\w*|ogranichenn\w*|slab\w*)\b",
                re.IGNORECASE,
            ),
        },
    ),
)
# The cheap gate: a question naming none of the alternatives costs one failed search.
_ALTERNATIVE_ANY = re.compile("|".join(f"(?:{one.pattern})" for _, group in _ALTERNATIVES for one in group.values()), re.I)


def _alternatives_in(text: str) -> dict[str, set[str]]:
    """The alternatives a text holds, by what they answer: {"direction": {"up"}}."""
    found: dict[str, set[str]] = {}
    for what, group in _ALTERNATIVES:
        held = {name for name, pattern in group.items() if pattern.search(text)}
        if held:
            found[what] = held
    return found


def _opposed(claimed: dict[str, set[str]], clause: str) -> tuple[str, str] | None:
    """(claimed, recorded) when the clause holds only other alternatives than the claim's one."""
    if not clause:
        return None
    recorded = _alternatives_in(clause)
    for what, asked in claimed.items():
        there = recorded.get(what)
        # Both directions asked ("up or down?") or the asked one there too: nothing contradicted.
        if len(asked) == 1 and there and not asked & there:
            return next(iter(asked)), min(there)
    return None


def _opposed_clause(engine: Engine, parsed: Parsed, rest: list[int], texts: list[str]) -> tuple[str, str] | None:
    """(claimed, recorded) when the clauses of ``texts`` holding most of the words asked (positions
    ``rest``) say another alternative than the question's; None otherwise, and at once when the
    question names none (the cheap gate)."""
    if not _ALTERNATIVE_ANY.search(parsed.text):
        return None
    claimed = _alternatives_in(parsed.text)
    query = parsed.query
    for text in texts:
        scored = []
        for clause in _clauses([text]):
            said = set(engine.index.fold_synonyms(text_tokens(clause)))
            held = sum(query.weights[i] for i in rest if query.tokens[i] in said or any(v in said for v, _ in query.matches[i]))
            scored.append((held, clause))
        best = max((held for held, _ in scored), default=0.0)
        for held, clause in scored:
            opposed = _opposed(claimed, clause) if held and held == best else None
            if opposed is not None:
                return opposed
    return None


def _holds_claimed(claimed: dict[str, set[str]], texts: list[str]) -> bool:
    """Whether some text holds every alternative the claim asserts (then a clause saying another
    one is about something else)."""
    return any(
        all(asked <= _alternatives_in(clause).get(what, set()) for what, asked in claimed.items())
        for clause in _clauses(texts)
    )


# Verbs of one decision, in folded stems: the question's verb and the record's may differ
# ("утвердили" ~ "approved", "получила статус" ~ "decided to grant the status").
_DECISION_FAMILIES = (
    ("utverd", "utverj", "odobr", "prina", "prinja", "prinya", "prinim", "adopt", "aprov", "approv", "endors"),
    ("poluch", "grant", "predostav", "receiv", "award", "confer", "prisvo"),
    # "учредили" ~ "учреждённый" (д/жд) ~ "established" ~ "создали": a body or format set up
    ("uchred", "uchrej", "establish", "osnova", "sozda", "creat", "found", "launch"),
)
_DECISION_STEMS = tuple(stem for family in _DECISION_FAMILIES for stem in family)


def _decision_said(parsed: Parsed, clause: str) -> set[str]:
    """The question's decision verbs that the clause states with a verb of the same family."""
    # str.startswith with a tuple of stems: one call a token, not one a stem.
    asked = [tok for tok in parsed.query.tokens if tok.startswith(_DECISION_STEMS)]
    if not asked or not clause:
        return set()
    clause_tokens = text_tokens(clause)
    said: set[str] = set()
    for family in _DECISION_FAMILIES:
        if any(tok.startswith(family) for tok in clause_tokens):
            said.update(tok for tok in asked if tok.startswith(family))
    return said


def _stated_size(engine: Engine, verdict: Verdict) -> int | None:
    """The count the source states of the one meeting's listed group ("9 CIS member-states", eight named)."""
    groups = verdict.filters.get("groups") if isinstance(verdict.filters, dict) else None
    if verdict.attribute != "participant" or len(verdict.focus) != 1 or not groups or len(groups) != 1:
        return None
    meeting = engine.kb.entities.get(verdict.focus[0])
    if not isinstance(meeting, Meeting):
        return None
    stated = getattr(meeting.stated_counts, str(groups[0]), None)
    return stated if isinstance(stated, int) else None


def _list_size_check(parsed: Parsed, verdict: Verdict, engine: Engine | None = None) -> Verdict:
    """ "Were more than 10 CIS bodies at the XVIII meeting?": a bound on what the list counts, checked
    against its length. A number asserted exactly is a yes when it is the length; otherwise the
    count the source states of one meeting's group decides (nine states, eight named), and with
    none stated no "no" is drawn from the names alone."""
    text = parsed.text
    # The group the list is of names the counted word when the question's word is no kind word
    # ("9 CIS states": "states" may be part of a name).
    groups = verdict.filters.get("groups") if verdict.attribute == "participant" else None
    kinds = [word.lower() for word in parsed.intent.kind_words] or [str(group) for group in groups or []]
    if not kinds or not _DIGITS_OR_WORDS.search(text):
        return verdict
    if not (is_yes_no(text) or tone_question(text) or _latin_tone_question(parsed)):
        return verdict
    size = len(verdict.items)
    for number, comparison, following in asserted_numbers(text):
        if not any(_same_stem(word, kind) for word in following for kind in kinds):
            continue
        if comparison == ">":
            verdict.yes = size > number
        elif comparison == "<":
            verdict.yes = size < number
        elif size == number:
            verdict.yes = True
        elif engine is not None:
            # "competent authorities of 9 states" with eight named: the count the source states
            # answers an exact number; one neither stated nor listed is a no.
            stated = _stated_size(engine, verdict)
            if stated is not None:
                verdict.yes = stated == number
        break
    return verdict


def _latin_tone_question(parsed: Parsed) -> bool:
    """Russian typed in Latin letters, asking by its tone ("kazakhstan byl na vstreche ...?")."""
    text = without_soft_signs(parsed.text)  # "skol'ko" is a question word
    return (
        parsed.lang == "ru"
        and not has_cyrillic(text)
        and (text.rstrip().endswith("?") or unmarked.asks_unmarked(text))
        and _WH_WORD.search(text) is None
        and _LATIN_WH.search(unmarked.without_said_that(evaluated.without_as_evaluation(_LATIN_THAT_CLAUSE.sub(" ", text)))) is None
        and text.rstrip(" ?!.").rpartition(" ")[2].lower() not in _ASKED_LAST
        and not _asked_first(text)
    )


# "v otchete govoritsya, chto ...?": "chto" after a verb of saying joins the claim (as _THAT_CLAUSE).
_LATIN_THAT_CLAUSE = re.compile(
    r"(?<!\w)(?:schita|govor|skaza|zayav|zajav|otmet|otmecha|podcherk|soobsh|ukaza|napisa|dumae)\w*\s*,\s*chto(?!\w)"
    # "ispolkom pisal chto …": Latin typists leave the comma out
    r"|(?<!\w)(?:pisal|pishet|napisa|govoril|skazal|zayavil|soobshil|soobshchil)\w*\s+chto(?=\s+\w)",
    re.I,
)


_LATIN_WH = re.compile(
    r"\b(?:kto|kogo|komu|kem|chto|chego|chem|gde|kogda|kuda|otkuda|pochemu|zachem|kak\w*|skol'?ko|skoka|chei|chey|chya|chyo"
    r"|chyi)\b",
    re.I,
)


# Capitalised words that name no one: chatter, forms of address, days of the week.
_NO_NAMES = CHATTER | frozenset(
    [
        "sir",
        "madam",
        "madame",
        "mr",
        "mrs",
        "ms",
        "miss",
        "bot",
        "team",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "guys",
        "folks",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "yesterday",
        "коллеги",
        "коллега",
        "друзья",
        "бот",
        "понедельник",
        "вторник",
        "среда",
        "среду",
        "четверг",
        "пятница",
        "пятницу",
        "суббота",
        "субботу",
        "воскресенье",
        "сегодня",
        "завтра",
        "вчера",
    ]
)


def _unknown_name_in(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict | None:
    """An answer about something known to a question that also names someone or something the
    knowledge base does not know ("What did Mirziyoyev say at the Dushanbe summit", "When did
    Mongolia become an observer"): the unknown name is never dropped silently; the sources do not
    mention it, and the answer's own entry is the nearest record."""
    if not verdict.answered or verdict.kind not in ("card", "quote", "fact", "yes_no") or verdict.yes is False:
        return None
    if verdict.attribute == "spelled":
        return None  # the unknown letters are what the answer reads (define.spelled_out)
    if verdict.attribute == "full_name" and isinstance(verdict.value, dict) and verdict.value.get("name_lang"):
        return None  # "the English name of ОДКБ": the language is asked, no name
    name = _unknown_word(parsed) or _named_country(engine, parsed)
    if name is None or months_named(name) or name.lower() in STOP_EN or name.lower() in _NO_NAMES:
        return None
    if "topic" in verdict.filters and set(text_tokens(name) or ["-"]) <= define.topic_index(engine.kb).vocabulary:
        return None  # an everyday word of a body's field ("ОПГ"): the topic answer read it
    if name.isupper() and define.spelled_in(engine, [*verdict.focus[:2], *(hit.entity for hit in parsed.hits[:2])], name):
        return None  # letters the answer's own entries spell out ("POD": "противодействия отмыванию денег")
    absent = _unknown_state_at(engine, parsed, verdict, name)
    if absent is not None:
        return absent
    nearest = [i for i in verdict.focus if i in engine.kb.entities][:1]
    verdict.yes, verdict.grounds = None, None
    value = {"name": name}
    return _not_recorded(verdict, "unknown_name", value, nearest, verdict.sources)


# CLDR's regions that are no country ("United Nations", "European Union", pseudo-locales, "Unknown").
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# Short names people use that CLDR does not give as a country's name.
_COUNTRY_ALIASES = {
    "USA": "US", "США": "US", "America": "US", "Америка": "US", "UK": "GB", "Britain": "GB",
    # Peoples named for their country in a follow-up ("а грузины там были?", "and the Georgians?")
    "Georgians": "GE", "грузины": "GE", "Moldovans": "MD", "молдаване": "MD", "молдаван": "MD",
    "Ukrainians": "UA", "украинцы": "UA", "Americans": "US", "американцы": "US", "Mongolians": "MN",
    "монголы": "MN", "Afghans": "AF", "афганцы": "AF", "Iranians": "IR", "иранцы": "IR", "Turks": "TR",
    "турки": "TR", "Chinese": "CN", "китайцы": "CN", "Lithuanians": "LT", "литовцы": "LT", "Latvians": "LV",
    "латыши": "LV", "Estonians": "EE", "эстонцы": "EE", "Serbs": "RS", "сербы": "RS", "Germans": "DE",
    "немцы": "DE", "британцы": "GB", "англичане": "GB",
}


@lru_cache(maxsize=1)
def _country_names() -> dict[tuple[str, ...], dict[str, str]]:
    """The world's countries in English and Russian (CLDR, through Babel), by the stems of either
    name or of a common short name: "Грузии", "Ukraine's", "the United States" are countries the
    knowledge base may not know."""
    english, russian = Locale("en").territories, Locale("ru").territories
    written = [*english.items(), *russian.items(), *((code, alias) for alias, code in _COUNTRY_ALIASES.items())]
    found: dict[tuple[str, ...], dict[str, str]] = {}
    for code, name in written:
        stems = tuple(text_tokens(name))
        if stems and code.isalpha() and code not in _NOT_COUNTRIES and code in english and code in russian:
            found.setdefault(stems, {"en": english[code], "ru": russian[code], "code": code})
    return found


@lru_cache(maxsize=1)
def _country_phrases() -> dict[str, list[tuple[tuple[str, ...], dict[str, str]]]]:
    """The names of several words and the short names, by their first stem: a question is read
    once, each word looked up (one-word names are found as unknown words instead)."""
    short = set(_COUNTRY_ALIASES.values())
    by_first: dict[str, list[tuple[tuple[str, ...], dict[str, str]]]] = {}
    for stems, names in _country_names().items():
        if len(stems) > 1 or names["code"] in short:
            by_first.setdefault(stems[0], []).append((stems, names))
    return by_first


def _named_country(engine: Engine, parsed: Parsed) -> str | None:
    """A country named in several words ("the United States") or by a short name ("США") that the
    knowledge base does not know, in the question's language; None otherwise. One-word names are
    found as unknown words."""
    tokens = text_tokens(parsed.text)
    phrases = _country_phrases()
    for position, token in enumerate(tokens):
        for stems, names in phrases.get(token, ()):
            if tuple(tokens[position : position + len(stems)]) != stems:
                continue
            known = {name.lower() for state in engine.kb.of_kind("state") for name in (state.name.en, state.name.ru)}
            if names["en"].lower() not in known and names["ru"].lower() not in known:
                return names.get(parsed.lang, names["en"])
    return None


_DELEGATION = re.compile(
    r"\bdelegat\w*|\bделегаци\w*|\bdelegac\w*|" + _WAS_THERE.pattern +
    # "а грузины там были?", "were the Georgians there?": being there is taking part
    r"|\b(?:там|tam)\s+(?:был|byl)\w*|\b(?:был|byl)\w*\s+(?:там|tam)\b|\b(?:was|were)\b[^?]*\bthere\b",
    re.I,
)


def _unknown_state_at(engine: Engine, parsed: Parsed, verdict: Verdict, name: str) -> Verdict | None:
    """ "Была ли Грузия на 13-м заседании?": a country the knowledge base does not know, asked of
    one meeting that lists the states taking part, is not among them: "No" (or, when the source
    says more states took part than it names, not among those named)."""
    country = _country_names().get(tuple(text_tokens(name)))
    asks_presence = _PARTICIPATE_OR_BE.search(parsed.text) or _DELEGATION.search(parsed.text)
    if country is None or not asks_presence:
        return None
    meetings = [m for m in (engine.kb.get(i) for i in verdict.focus) if isinstance(m, Meeting)]
    if not meetings and "~meeting" in parsed.query.tokens:
        # "Was Georgia at the St Petersburg meeting?": the city's card, where one meeting was held
        held = [engine.kb.meetings_held_in.get(i, []) for i in verdict.focus if engine.kb.kind(i) == "place"]
        meetings = [m for m in (engine.kb.get(ids[0]) for ids in held if len(ids) == 1) if isinstance(m, Meeting)]
    if len(meetings) != 1 or not meetings[0].participants.states:
        return None
    meeting = meetings[0]
    listed = len(meeting.participants.states)
    stated = meeting.stated_counts.states
    outcome, yes = ("not_named", None) if stated is not None and stated > listed else ("not_listed", False)
    counts = {"states": listed, "bodies": len(meeting.participants.bodies), "organisations": len(meeting.participants.organisations)}
    result = {
        "meeting": meeting.id,
        "result": outcome,
        "yes": yes,
        "listed": listed,
        "stated": stated,
        "counts": {key: n for key, n in counts.items() if n},
    }
    # "Грузия", not "Грузии" as typed
    value = {"member": None, "member_name": country.get(parsed.lang, name), "group": "states", "meetings": [result]}
    verdict.statements, verdict.items = [], []
    return _verdict(verdict, yes, outcome, [meeting.id], value, list(meeting.sources))


_ONE_OF_IDIOM = re.compile(r"\bone\s+of\b|(?<!\w)одн(?:им|ой|ою|а|о|у|из)?\s+из(?!\w)|\bodn\w*\s+iz\b", re.I)


class _ReadText(NamedTuple):
    """One text, or several together, as :func:`constraints` reads them."""

    tokens: Collection[str]  # synonyms folded
    numbers: list[tuple[int, str]]
    months: frozenset[int]
    years: frozenset[int]


# The knowledge base's texts (names, statements, descriptions) as read, per index: the same ones
# are checked for every question that lands on them. Bounded like the index's own match cache.
_READ_TEXTS: weakref.WeakKeyDictionary[SearchIndex, dict[str, _ReadText]] = weakref.WeakKeyDictionary()
_READ_TEXTS_MAX = 20_000


def _read_text(index: SearchIndex, text: str, folded: dict[str | tuple[str, ...], _ReadText]) -> _ReadText:
    known = folded.get(text)
    if known is None:
        texts = _READ_TEXTS.get(index)
        if texts is None or len(texts) > _READ_TEXTS_MAX:
            texts = _READ_TEXTS[index] = {}
        known = texts.get(text)
        if known is None:
            tokens = index.fold_synonyms(text_tokens(text))
            years = frozenset(int(year) for year in _YEAR.findall(text))
            known = texts[text] = _ReadText(tokens, _counted_numbers(tokens), _months_named(text), years)
        folded[text] = known
    return known


def _read_together(readings: list[_ReadText]) -> _ReadText:
    # Neither pattern spans a space: the months and years of texts joined are those of each text.
    return _ReadText(
        {tok for known in readings for tok in known.tokens},
        [pair for known in readings for pair in known.numbers],
        frozenset().union(*(known.months for known in readings)),
        frozenset().union(*(known.years for known in readings)),
    )


def constraints(
    engine: Engine,
    parsed: Parsed,
    texts: list[str],
    folded: dict[str | tuple[str, ...], _ReadText] | None = None,
) -> tuple[set[str], dict[str, Any], bool]:
    """The question's numbers, months and years against what ``texts`` say: (the texts' words,
    the asserted values the texts give otherwise as {what: [asked, recorded]}, whether every
    asserted value is in the texts). ``folded``: the texts already read, shared by the calls of
    one question (all texts but the last, the answer's names, are read together once)."""
    index, query, text = engine.index, parsed.query, parsed.text
    if folded is None:
        folded = {}
    leading = tuple(texts[:-1])
    head = folded.get(leading)
    if head is None:
        head = folded[leading] = _read_together([_read_text(index, piece, folded) for piece in leading])
    read = _read_together([head, *(_read_text(index, piece, folded) for piece in texts[-1:])])
    said = set(read.tokens)
    asked_numbers = _counted_numbers(list(query.tokens))
    said_numbers = read.numbers
    asked_months, said_months = months_named(text), set(read.months)
    asked_years = set(parsed.intent.years) | {
        int(tok[1:])
        for tok in query.tokens
        if tok.startswith("#") and tok[1:].isdigit() and 1900 <= int(tok[1:]) < 2200
    }
    said_years = set(read.years)
    wrong: dict[str, Any] = {}
    for number, follower in asked_numbers:
        if f"#{number}" in said:
            continue
        follows = {follower, *(v for i, tok in enumerate(query.tokens) if tok == follower for v, _ in query.matches[i])}
        others = {n for n, after in said_numbers if after in follows and n != number}
        if len(others) == 1:
            wrong["number"] = [number, others.pop()]
    if asked_months and said_months and not asked_months & said_months:
        wrong["month"] = [min(asked_months), min(said_months)]
    if len(asked_years) == 1 and len(said_years) == 1 and not asked_years & said_years:
        wrong["year"] = [min(asked_years), min(said_years)]
    # "one of the aims", "одна из целей": no number asserted
    one_of = "#1" in query.tokens and _ONE_OF_IDIOM.search(text) is not None
    held_all = (
        all(tok in said for tok in query.tokens if tok.startswith("#") and not (one_of and tok == "#1"))
        and asked_months <= said_months
        and asked_years <= said_years
    )
    return said, wrong, held_all


def prepare_checks(engine: Engine) -> None:
    """Read once, at the engine's build, what every yes/no check of its answers leaves aside."""
    _confirm_filler(engine)


def _confirm_filler(engine: Engine) -> set[str]:
    """The words of an assertion's frame, as typed and as a question reads them (once per engine)."""
    filler = _CONFIRM_FILLER.get(engine)
    if filler is None:
        spelt = engine.parse(_ASSERTION_FILLER).query.tokens
        filler = _CONFIRM_FILLER[engine] = {*_filler_tokens(), *text_tokens(_ASSERTION_FILLER), *spelt}
    return filler


def _cover(engine: Engine, parsed: Parsed, said: set[str]) -> float:
    """The share of the question's content weight (numbers aside) that ``said`` holds."""
    query = parsed.query
    filler = _confirm_filler(engine)
    # Numbers are checked above as constraints: the cover is of the words.
    rest = [
        i
        for i, tok in enumerate(query.tokens)
        if tok not in filler and tok not in engine._generic and not tok.startswith("#")
    ]
    total = sum(query.weights[i] for i in rest) or 1.0
    # A phrase of a synonym group is read as the group ("незаконной миграции" as ~illegal_migration):
    # its words are still in the clause ("Клемез говорил, что миграция — угроза …").
    words_of = _phrase_words(engine.index)
    phrased = set().union(*(words_of.get(tok, ()) for tok in said if tok.startswith("~")))

    def held(position: int) -> float:
        tok = query.tokens[position]
        if tok in said or tok in phrased:
            return 1.0
        return max((score for v, score in query.matches[position] if v in said), default=0.0)

    cover = sum(query.weights[i] * held(i) for i in rest) / total
    # The most specific words asked must be there for a "yes": "a joint statement on cybersecurity"
    # is not the one on transnational crime, however many other words they share.
    if any(_distinctive(query, i) and not held(i) for i in rest):
        cover = min(cover, CONFIRM_COVER - 0.01)
    return cover


_PHRASE_WORDS: weakref.WeakKeyDictionary[SearchIndex, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def _phrase_words(index: SearchIndex) -> dict[str, frozenset[str]]:
    """The words of every phrase of each synonym group, by the group's token."""
    found = _PHRASE_WORDS.get(index)
    if found is None:
        groups: dict[str, set[str]] = {}
        for phrase, group in index.synonyms:
            if len(phrase) > 1:
                groups.setdefault(group, set()).update(phrase)
        found = _PHRASE_WORDS[index] = {group: frozenset(words) for group, words in groups.items()}
    return found


_SAY = cued(re.compile(
    r"\b(?:say|said|says|tell|told|state[sd]?|remark\w*|speak|spoke|propos\w*|suggest\w*)\b"
    r"|\bсказал\w*|\bговорил\w*|\bзаявил\w*|\bотметил\w*|\bпредложил\w*|\bвыступ\w*"
    r"|\bskazal\w*|\bgovoril\w*|\bzayavil\w*",
    re.I,
))


_ABOUT = re.compile(r"\b(?:about|on|regarding|concerning|об?|про|насч[её]т|ob|pro)\s+([^?!.]{3,})", re.I)


def _quoted_elsewhere(engine: Engine, parsed: Parsed, verdict: Verdict) -> str | None:
    """ "What did Putin say at the interior ministers' meeting?": the quote found is about the
    meeting, but the one person asked neither took part in it, nor spoke of it to the media, nor
    is the speaker of any statement shown (Putin is only quoted by another article). The meeting's
    id then, else None."""
    kb = engine.kb
    meeting = kb.get(verdict.focus[0]) if verdict.focus else None
    mentions = find_mentions(engine, parsed)
    named = not isinstance(meeting, Meeting)
    if named:
        # "What did Putin say at the 13th meeting?": the quote found is of another entry (his
        # words on the Victory anniversary, in another article); the one meeting the question
        # names is where he is asked about.
        meetings = [kb.get(h.entity) for h in mentions.hits if kb.kind(h.entity) == "meeting"]
        meeting = meetings[0] if len(meetings) == 1 else None
    if not isinstance(meeting, Meeting):
        return None
    people = {h.entity for h in mentions.hits if kb.kind(h.entity) == "person"}
    if len(people) != 1:
        return None
    person = next(iter(people))
    there = {x.person for x in meeting.participants.people} | {said.person for said in meeting.media_statements}
    if person in there:
        return None
    # Words of his from the meeting's own record answer; words from another source (or a
    # statement of another entry) do not when the meeting came only from the question.
    if any(s.speaker == person and (not named or s.source in meeting.sources) for s in verdict.statements):
        return None
    return meeting.id


def _not_said(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict | None:
    """ "What did Klemez say about nuclear security / at the 13th meeting": the usual answer found
    no statement of that person on it and shows a card: the sources record none, never the card
    as if it were what he said."""
    if verdict.kind not in ("card", "quote") or not verdict.answered or not _SAY.search(parsed.text):
        return None
    kb = engine.kb
    elsewhere = _quoted_elsewhere(engine, parsed, verdict) if verdict.kind == "quote" else None
    if verdict.kind == "quote" and elsewhere is None:
        return None
    if elsewhere is not None and verdict.focus[:1] != [elsewhere]:
        verdict = replace(verdict, focus=[elsewhere], statements=[], sources=list(kb.entities[elsewhere].sources))
    # A city's card for "what did X say at the meeting in St Petersburg" is no statement either.
    if not verdict.focus or kb.kind(verdict.focus[0]) not in ("person", "meeting", "place"):
        return None
    mentions = find_mentions(engine, parsed)
    if parsed.intent.question == "where" and not any(kb.kind(h.entity) in ("meeting", "place") for h in mentions.hits):
        # "Where did Putin speak?": no meeting is named to have said nothing at; his words, recorded
        # without a place, are the answer there is.
        return None
    people = [h.entity for h in mentions.hits if kb.kind(h.entity) == "person"]
    if not people and kb.kind(verdict.focus[0]) == "meeting":
        # "What did the CSTO representative say at the 13th meeting": an organisation, body or state
        # named outright (not the meeting's own body) speaks through its people; none spoke there.
        held = kb.entities[verdict.focus[0]]
        people = [
            h.entity
            for h in mentions.hits
            if kb.kind(h.entity) in ("organisation", "body", "state")
            and h.name_cover >= 0.8
            and h.entity != getattr(held, "body", None)
            and h.entity != "cis"
        ]
        if len(people) == 1 and isinstance(held, Meeting):
            # Someone of it spoke there (his post names it: "Director ... at the CIS Executive
            # Committee"): what he said is no absence to report.
            speaking = kb.entities[people[0]]
            names = {speaking.name.en, *speaking.short.en}
            spoke = [part.person for part in held.participants.people]
            spoke += [said.person for said in held.media_statements]
            for person_id in spoke:
                speaker = kb.entities.get(person_id)
                for role in getattr(speaker, "roles", []):
                    if people[0] in (role.body, role.organisation, role.state) or any(
                        name and name in role.title.en for name in names
                    ):
                        return None
    if len(people) != 1:
        return None
    meeting = verdict.focus[0] if kb.kind(verdict.focus[0]) == "meeting" else None
    if kb.kind(verdict.focus[0]) == "place":
        meeting = next((h.entity for h in mentions.hits if kb.kind(h.entity) == "meeting"), None)
    if meeting is None:
        located = _located_meeting(engine, parsed, [*mentions.hits, *mentions.locating])
        meeting = located[0].entity if located is not None else None
    person = kb.entities[people[0]]
    if meeting is None and isinstance(person, Person):
        # "Did Klemez say St Petersburg was picked because the CIS headquarters is there": the
        # claim names more entries than a yes/no reads as one person's words, but what he is
        # recorded saying on them (the city's symbolic significance) answers it better than "no
        # such statement"; shown without a yes unless his words hold the claim.
        said = _person_said(engine, parsed, replace(verdict, statements=[], value=None), mentions, person)
        if said is not None and said.statements:
            return said
        named = sorted({i for h in mentions.hits if h.entity != person.id and kb.kind(h.entity) == "place" for i in h.name_tokens})
        score, statement = _best_said(engine, parsed, person, None, named) if named and said is not None else (0.0, None)
        if said is not None and statement is not None and score >= TOPIC_YES:
            said.statements = [_asked_clause(engine, parsed, named, statement)]
            return said
    about = _ABOUT.search(parsed.text)
    value = {"person": people[0], "meeting": meeting, "topic": about.group(1).strip()[:60] if about else None}
    return _not_recorded(verdict, "not_said", value, [meeting or people[0]], verdict.sources)


PERIOD_NAME_COVER = 0.6
PERIOD_LEAD = 0.2  # and no other entry comes close


def _period_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "What does the Military Cooperation Concept until 2035 say" (it runs until 2030): a named
    document asked with an end year it does not have, and no other named one has it."""
    named = _named_documents(engine, parsed)
    until = parsed.intent.until
    top = parsed.hits[0] if parsed.hits else None
    if not named and top is not None and not parsed.intent.list_kind and engine.kb.kind(top.entity) == "document":
        # A name holding its own end year misses that year when another is asked ("the border
        # security programme until 2035"): most of the rest of the name is enough.
        runner_up = parsed.hits[1].score if len(parsed.hits) > 1 else 0.0
        if top.score >= MENTION_SCORE and top.name_cover >= PERIOD_NAME_COVER and runner_up <= top.score - PERIOD_LEAD:
            named = [top]
    if not named or any(getattr(engine.kb.entities[h.entity], "period_end", None) == until for h in named):
        return None
    document = engine.kb.entities[named[0].entity]
    if not isinstance(document, Document) or document.period_end is None:
        return None
    value = {"what": "year", "asked": until, "recorded": document.period_end}
    return _not_recorded(base, "constraint", value, [document.id], list(document.sources))


def _no_holder(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Who chairs the Council of Interior Ministers": a body named outright whose officials the
    sources never name has no head to give (not its card as if it were one)."""
    # "Кто руководит Бюро...", "who heads the ATC": the intent read a verb of heading already.
    if parsed.intent.question != "head" and (not _WHO.search(parsed.text) or not _ROLE_WORD.search(parsed.text)):
        return None
    if parsed.intent.question not in ("card", "head", "role"):
        return None  # "Кто участвовал в заседании Совета министров": who took part, not who heads it
    kb = engine.kb
    if any(kb.kind(h.entity) in ("person", "meeting") for h in mentions.hits):
        return None
    named = [h for h in mentions.hits if kb.kind(h.entity) in ("body", "organisation") and h.name_cover >= 0.8]
    if len(named) != 1 or kb.people_of(named[0].entity):
        return None
    if any(h.score > named[0].score and kb.kind(h.entity) in ("body", "organisation") for h in parsed.hits[:3]):
        return None  # "the department ... in the Executive Committee": a body found better is the one asked
    return not_stated(base, kb.entities[named[0].entity], "head")
