"""Yes/no questions (did X attend Y, was Y held in Z, is P the R, is B one of the sectoral bodies).

They start from the entities the question mentions: search hits whose names are well covered
by the question and whose distinctive words do not overlap (the meeting, and the state, place,
organisation, person or body asked about). A yes/no answer is the relation between them checked
in the data (participant lists, the meeting's place, a body's category, a person's roles, what
was discussed); ``yes`` is None when the sources do not say. :func:`answer` is the dispatch: it
tries the look-alikes of :mod:`bot.answers.lookalike` and the date, period, count and figure
checks of :mod:`bot.answers.checks` before the relations; what was said or discussed is decided
in :mod:`bot.answers.said`, and the usual answer is confirmed against a claim in
:mod:`bot.answers.claims`.

Values are ids and plain data; :mod:`bot.present.answer` words them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.answers import (
    adopted_at_meeting,
    adopted_where,
    adopter_claim,
    body_met,
    chaired,
    city_attended,
    define,
    evaluated,
    exercise_where,
    holder_check,
    listed_group,
    meeting_names,
    post_person,
    post_taken,
    reporter_named,
    said_in_city,
    yesno_topics,
)
from bot.answers.adopted import (
    ADOPTED,
    OBSERVER,
    _adopted_at,
    _adopted_in,
    _observer,
    _period,
    _signers_unrecorded,
    document_beside,
    document_period,
    documents_of_kind_beside,
    several_adopted_at,
    status_granted_at,
    unexplained_words,
)
from bot.answers.assertions import ALTERNATIVE_ANY, alternatives_in
from bot.answers.checks import (
    _EVENT_YEAR,
    DIGITS_OR_WORDS,
    HELD_IN,
    count_check,
    date_check,
    figure_check,
    period_check,
    when_checked,
)
from bot.answers.claimedperiod import other_period
from bot.answers.cues import cued
from bot.answers.lookalike import (
    CHAIR,
    DEPUTY,
    GENERIC_TOKENS,
    JOIN,
    MEETING_WORDS,
    PARTICIPATE,
    ROLE_WORD,
    SPEECH_ABOUT,
    WHO_MEMBERS,
    all_titles,
    asked_joiners,
    asked_title,
    chair_lookalike,
    foreign_meeting,
    join_lookalike,
    kind_word_names,
    named_apart,
    named_by_generic_only,
    named_documents,
    named_year_lookalike,
    nearest_in_time,
    no_holder,
    no_meetings_lookalike,
    number_lookalike,
    period_lookalike,
    person_lookalike,
    place_lookalike,
    shares_title,
    title_held_by_a_deputy,
    title_lookalike,
    unrecorded_attribute,
    year_lookalike,
)
from bot.answers.mentions import (
    GUESS_SCORE,
    MENTION_COVER,
    MENTION_SCORE,
    WEAK_WEIGHT,
    Mentions,
    _held_in,
    _held_there,
    _not_recorded,
    _verdict,
    took_place,
)
from bot.answers.question_form import (
    asked_day,
    asked_years,
    is_yes_no,
    latin_tone_question,
    meeting_ordinals,
    months_named,
    tone_question,
)
from bot.answers.said import (
    TOPIC_YES,
    _discussed,
    _stated,
    asked_clause,
    discussed_in_place,
    filler_tokens,
    other_agent,
    person_said,
    told_of,
    topic_positions,
)
from bot.answers.unknown_names import (
    ANY_MEETING,
    IN_PLACE,
    IN_PLACE_LOWER,
    PARTICIPATE_OR_BE,
    WAS_THERE,
    names_known,
    unknown_after_in,
    unknown_joiner,
    unknown_participant,
)
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Body, Document, Entity, Meeting, Organisation, PartialDate, Person, State
from bot.search.index import AnalysedQuery, Hit
from bot.search.text import tokens as text_tokens
from bot.search.text import word_token

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase

# "принимал участие" is taking part, not hosting.
_HOSTED = re.compile(
    r"\bhost(?:ed|s|ing)?\b|\bпринимал(?!\w*(?:\s+\w+){0,3}\s+участи)\w*|\bprinimal(?!\w*(?:\s+\w+){0,3}\s+uchasti)\w*"
    r"|\bхозя(?:ин|йк|ев)\w*|\bhozya(?:in|ik|ev)\w*"
    r"|\bпринимающ\w*|\bprinimayushch\w*",
    re.I,
)
TOOK_PLACE = re.compile(
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

_BODY_WORD = re.compile(r"\bbody\b|\bbodies\b|\bорган(?:ом|а|ы|ов|ам|ами|ах|у)?\b|\borgan(?:om|a|y|i|ov|am|ami|akh)?\b", re.I)
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


_SEVERAL = cued(re.compile(
    r"\b(?:meetings|summits|both|each|all)\b|\bзаседани(?:ях|ям|й)\b|\bсовещани(?:ях|ям|й)\b|\bвстреч(?:ах|ам)?\b"
    r"|\bоб(?:оих|еих|а|е)\b|\bвсех\b|\bкаждо\w*|\bzasedaniyah\b|\bvstrechah\b",
    re.I,
))


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    # A question asking by its tone alone ("Узбекистан участвовал в XVIII совещании?") is one too,
    # though a terse one ("XVIII совещание — город?") may ask for a value: see below.
    tone_only = not is_yes_no(parsed.text) and (tone_question(parsed.text) or latin_tone_question(parsed))
    # "Why did Belarus skip the St Petersburg meeting?" rests on whether it took part: that is checked
    # first (the sources give no reasons), so a wrong premise is said to be wrong.
    premise = _asks_why_absent(parsed.text)
    yes_no = is_yes_no(parsed.text) or tone_only or premise
    at_city = city_attended.rewritten(engine, parsed) if yes_no and context is None else None
    if at_city is not None:
        # "was Azerbaijan in St Petersburg?": at the one meeting held there
        attended = engine.answer(at_city, parsed.lang, today)
        if attended.answered and attended.kind == "yes_no":
            attended.question = base.question
            return attended
    # "Was Moldova at any of the meetings?", "Молдова была на каком-нибудь заседании?": being at one is taking part.
    if yes_no and (
        PARTICIPATE.search(parsed.text) or PARTICIPATE_OR_BE.search(parsed.text) or _AT_ANY.search(parsed.text)
    ):
        unknown = unknown_participant(engine, parsed, base)
        if unknown is not None:
            return unknown
    if (
        (IN_PLACE.search(parsed.text) or IN_PLACE_LOWER.search(parsed.text))
        and ANY_MEETING.search(parsed.text)
        and (unknown_place := unknown_after_in(parsed, engine.kb)) is not None
        and not names_known(engine, parsed)
    ):
        # "Какие заседания проводились в Ташкенте?", "Were there any meetings in Astana?": nothing
        # known named, meetings asked in a place the sources do not know: none is recorded there.
        nearest = nearest_in_time(engine, parsed)
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
        return unknown_joiner(engine, parsed, base) if JOIN.search(parsed.text) else None
    if yes_no and (parsed.intent.until or parsed.intent.years):
        # "Программа … рассчитана до 2030 года?", "Is the Concept still valid in 2029?": the period
        # of the one document named, before any statement that happens to hold the year.
        in_period = document_period(engine, parsed, base)
        if in_period is not None:
            return in_period
    if yes_no and DIGITS_OR_WORDS.search(parsed.text):
        # "В сфере безопасности действуют 20 отраслевых органов?": a headline figure asserted,
        # checked against the recorded one before any entity sharing a word with the question.
        figure = figure_check(engine, parsed, base)
        if figure is not None:
            return figure
    if parsed.intent.until and not yes_no:
        period = period_lookalike(engine, parsed, base)
        if period is not None:
            return period
    if yes_no and exercise_where.asked(parsed.text) and not _DISCUSS.search(parsed.text):
        # "Были ли учения в Минске?": exercises asked by their kind word in a place, answered from
        # every recorded exercise (the place, not the exercise, is what the search finds best).
        exercise = exercise_where.answer(engine, parsed, base, [h for h in parsed.hits[:6] if _after_in(parsed, h)])
        if exercise is not None:
            return exercise
    if yes_no:
        # "Was the Concept approved in Minsk?": a document named short of its full name, in a city
        where = (
            # "adopted by the heads of state at the St Petersburg meeting": the meeting first
            adopted_at_meeting.answer(engine, parsed, base)
            or adopter_claim.answer(engine, parsed, base)
            or adopted_where.answer(engine, parsed, base)
            or body_met.answer(engine, parsed, base)
        )
        if where is not None:
            return where
        # "Обращался ли председатель Совета глав государств к участникам XVIII совещания?": its Chair
        held = post_person.holder_at_meeting(engine, parsed)
        if held is not None:
            return took_part(engine, base, [held[1]], held[0], address_asked=_ADDRESS.search(parsed.text) is not None)
    mentions = find_mentions(engine, parsed)
    if yes_no:
        mentions = reporter_named.without_reporters(engine, parsed, mentions)
    foreign = foreign_meeting(engine, parsed, base, mentions)
    if foreign is not None:
        return foreign
    if not mentions.hits and not mentions.locating:
        if yes_no and named_documents(engine, parsed):
            return _yes_no(engine, parsed, base, mentions, today)
        if yes_no and _DISCUSS.search(parsed.text):
            topic = _topic_of_some_meeting(engine, parsed, base, mentions)
            if topic is not None:
                return topic
        unrecorded = unrecorded_attribute(engine, parsed, base, mentions)
        if unrecorded is not None:
            return unrecorded
        if parsed.intent.list_kind:
            # "Which countries joined the CIS Plus format?" reads as a list of states.
            return asked_joiners(engine, parsed, base, mentions)
        members = asked_joiners(engine, parsed, base, mentions) if WHO_MEMBERS.search(parsed.text) else None
        if members is not None:
            # "Кто уже входит в формат СНГ плюс?": no kind of list asked, its members still are.
            return members
        if JOIN.search(parsed.text):
            return join_lookalike(engine, parsed, base, mentions) or asked_joiners(engine, parsed, base, mentions)
        if MEETING_WORDS.search(parsed.text):
            # "What was discussed at the CIS meeting in Tashkent": a place the sources do not know.
            return place_lookalike(engine, parsed, base, mentions)
        return title_lookalike(engine, parsed, base, mentions)
    looks = (
        number_lookalike(engine, parsed, base, mentions)
        or year_lookalike(engine, parsed, base, mentions, today)
        or named_year_lookalike(engine, parsed, base)
        or join_lookalike(engine, parsed, base, mentions)
        or asked_joiners(engine, parsed, base, mentions)
    )
    if looks is not None:
        return looks
    if yes_no or tone_only:
        # "Совещание в Москве 10 июня — это было заседание СМВД?": whose meeting it was, before its
        # date is checked against the council's own meeting.
        held_by = holder_check.answer(engine, parsed, base, mentions.hits, asked_day(parsed.text), months_named(parsed.text))
        if held_by is not None:
            return held_by
    # "Было 13 августа?", "Did it have five sessions?": a date or a number checked against the record,
    # also when a Russian question asks for yes or no by its tone alone.
    if (yes_no or tone_question(parsed.text)) and not _other_month(engine, parsed, mentions):
        # A copy: a right date or season falls through to the relation asked, leaving the base as it was.
        checked = (
            date_check(engine, parsed, replace(base), mentions)
            or count_check(engine, parsed, replace(base), mentions)
            or period_check(engine, parsed, replace(base), mentions)
        )
        # "Was Kyrgyzstan at the 12 August meeting": a right date identifies the meeting, and the
        # relation asked of it (who took part) is the answer; a wrong date is the answer.
        # So does a topic asked of the meeting of that day ("Обсуждалось ли на совещании 10 июня …?").
        asks_more = checked is not None and (
            _asks_more(engine, mentions, checked.focus[0] if checked.focus else None)
            or _DISCUSS.search(parsed.text) is not None
        )
        if checked is not None and (checked.yes or checked.grounds == "date") and checked.focus:
            # "собирались 5 ноября в Душанбе, верно?": a right date does not make a wrong place right;
            # "собрался в Минске 13 августа?": of a wrong day and a wrong city, the city says more.
            elsewhere = _placed_elsewhere(engine, base, checked.focus[0], mentions)
            if elsewhere is not None:
                return elsewhere
        if checked is not None and not (checked.yes and checked.grounds in ("date", "status") and asks_more):
            return checked
    if yes_no:
        # "Выступал ли Генеральный секретарь СНГ лично?": only his deputy is named in the sources.
        deputy_only = title_held_by_a_deputy(engine, parsed, replace(base), mentions)
        if deputy_only is not None:
            return deputy_only
        # A copy: a verdict dropped below must leave the base as it was for the usual answer.
        verdict = _yes_no(engine, parsed, replace(base) if tone_only or premise else base, mentions, today)
        if premise:
            if verdict is None or verdict.grounds not in PRESENCE:
                return None  # not a question of who took part: the usual answer
            verdict.reason = "premise"
            return verdict
        # Asked by tone alone, "nothing recorded on that topic" may be a value asked tersely: the
        # usual answer gives it.
        if verdict is not None and not (tone_only and verdict.grounds == "not_discussed"):
            if verdict.yes is not None and verdict.grounds in _PARTICIPATION and _ABSENT.search(parsed.text):
                # "Was Russia absent": the list answers the opposite of "did it attend".
                verdict.yes = not verdict.yes
            return when_checked(engine, parsed, verdict, today)
    unrecorded = unrecorded_attribute(engine, parsed, base, mentions)
    if unrecorded is not None:
        return unrecorded
    if parsed.intent.list_kind:
        # "What did the Council of Heads of Migration Bodies agree on?": the kind word is the body's
        # name, no list is asked.
        named = no_meetings_lookalike(engine, parsed, base, mentions) if kind_word_names(engine, parsed, mentions) else None
        if named is not None:
            return named
        # "Кто председательствовал на 13-м заседании Совета секретарей советов безопасности?": the
        # kind word ("советов") is in the meeting's own name; no list of bodies is asked, its chair is.
        if CHAIR.search(parsed.text) and kind_word_names(engine, parsed, mentions, ("meeting",)):
            chair = chair_lookalike(engine, parsed, base, mentions)
            if chair is not None:
                return chair
        # "What happened at the Minsk summit?" reads as a list of events, but names one meeting
        # in a city where none is recorded.
        one = _ONE_MEETING_NAMED.search(parsed.text)
        return place_lookalike(engine, parsed, base, mentions) if one else None
    return (
        place_lookalike(engine, parsed, base, mentions)
        or person_lookalike(engine, parsed, base, mentions)
        or no_holder(engine, parsed, base, mentions)
        or chair_lookalike(engine, parsed, base, mentions)
        or title_lookalike(engine, parsed, base, mentions)
        or no_meetings_lookalike(engine, parsed, base, mentions)
    )


def _topic_of_some_meeting(
    engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions | None = None
) -> Verdict | None:
    """A topic asked of a meeting no name finds: the one meeting whose record covers it (see yesno_topics)."""
    mentions = mentions or Mentions([], [], set())
    positions = topic_positions(engine, parsed, mentions, set())
    if not positions:
        return None
    verdict = yesno_topics.unnamed_meeting_topic(engine, parsed, base, positions, months_named(parsed.text))
    if verdict is not None:
        verdict.statements = [asked_clause(engine, parsed, positions, said) for said in verdict.statements]
    return verdict


# Asking whether someone stayed away: the participant list's answer, turned round.
_ABSENT = re.compile(
    r"\b(?:absent|missing|miss(?:ed|es)?|skip(?:ped|s)?|stay(?:ed)? away|fail(?:ed)? to (?:attend|come|show))\b"
    r"|\bотсутствова\w*|\bпропусти\w*|\bпропуска\w*|\botsutstvova\w*|\bpropusti\w*",
    re.I,
)
_PARTICIPATION = {"listed", "not_listed", "host_not_listed", "meetings"}

_CLAIM_LEAD = re.compile(
    r"^\W*(?:according\s+to|по\s+(?:словам|данным|мнению|версии)|po\s+(?:slovam|dannym|mneniyu))\s+[^,?]{2,60},", re.I
)


# A day and its month as typed ("13 августа", "August 13", "13 avgusta").
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*|yanvar\w*|fevral\w*|mart\w*|aprel\w*|maya?|iyun\w*|iyul\w*|avgust\w*"
    r"|sentyabr\w*|oktyabr\w*|noyabr\w*|dekabr\w*)"
)
_DAY_OF_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|-?го|-?е)?\s+{_MONTHS}\b|\b{_MONTHS}\s+(\d{{1,2}})\b", re.I)


def day_positions(text: str, tokens: list[str]) -> set[int]:
    """Positions of the number tokens that are days of a month in ``text`` ("13 августа", "August
    13"), not meeting ordinals."""
    if not any(c.isdigit() for c in text):
        return set()
    days = {f"#{int(found.group(1) or found.group(2))}" for found in _DAY_OF_MONTH.finditer(text)}
    return {position for position, token in enumerate(tokens) if token in days}


def find_mentions(engine: Engine, parsed: Parsed) -> Mentions:
    """Hits whose names the question holds, their distinctive words not shared, best covered first;
    places after the rest, and a place inside a chosen meeting's name only locates that meeting."""
    kb, weights = engine.kb, parsed.query.weights
    # "собрался в Минске 13 августа": a day of the month names no 13th meeting
    days = day_positions(parsed.text, parsed.query.tokens)

    def strong(hit: Hit) -> set[int]:
        return {i for i in hit.name_tokens if weights[i] >= WEAK_WEIGHT and i not in days}

    candidates = [
        hit
        for hit in parsed.hits
        if hit.score >= MENTION_SCORE
        and (hit.name_cover >= MENTION_COVER or _sole_reading(kb, parsed, hit))
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
        best = hit is parsed.hits[0] and (hit.name_cover >= 0.7 or _sole_reading(kb, parsed, hit))
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
        located = located_meeting(engine, parsed, others)
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
    attended = PARTICIPATE_OR_BE.search(text) is not None or WAS_THERE.search(text) is not None
    described = (_every_meeting(engine, parsed, others) or _several_named(engine, parsed, meetings)) if attended else []
    if described:
        # "Was Azerbaijan at the June and the St Petersburg meetings?": each meeting described, both asked
        meetings = described
        others = [h for h in others if not any(h.name_tokens <= m.name_tokens for m in described)]
    # A meeting named by its body and city keeps that name: a wrong month is then a date to check.
    of_month = None if located_by_body or described else _dated_meeting(engine, parsed, meetings, others, mentions.locating)
    if of_month is not None:
        # "the June meeting in Moscow": the one meeting of the named month (and place), not a
        # meeting the words alone resemble more.
        meeting_hit, used = of_month
        meetings = [meeting_hit]
        others = [h for h in others if h.entity not in used]
    if not meetings and len(others) == 1 and kb.kind(others[0].entity) == "place" and _DISCUSS.search(text):
        # "obsuzhdali li na antiterroristicheskom soveshchanii v Moskve bespilotniki?": the meeting
        # held in the city asked that the other words name, or the one whose record holds the topic.
        in_place = discussed_in_place(engine, parsed, base, mentions, others[0])
        if in_place is not None:
            return in_place
    if (
        not meetings
        and (
            PARTICIPATE_OR_BE.search(text)
            or WAS_THERE.search(text)
            or _HOSTED.search(text)
            or _ADDRESS.search(text)
            or _SPOKE.search(text)
            or chaired.asked(text)
        )
        and _A_MEETING.search(text)
    ):
        # "Туркменистан был на заседании СМВД?": a body named with a meeting word is its one meeting
        # (so it is when someone addressed its participants, or spoke there: "Трефилов выступал на
        # московском заседании секретарей советов безопасности?").
        own = _only_meeting(engine, parsed, others)
        if own is not None:
            owner = getattr(kb.entities[own.entity], "body", None)
            meetings = [own]
            others = [h for h in others if h.entity != owner]
    if (
        not meetings
        and 2 <= len(others) <= 4
        and (PARTICIPATE_OR_BE.search(text) or WAS_THERE.search(text))
        and _A_MEETING.search(text)
    ):
        # "Did Azerbaijan attend the St Petersburg meeting?": a city where one meeting was held names
        # it, as a body with one meeting does (for several asked too: "did A and B both attend …").
        sole_venues = [
            (h, held_there)
            for h in others
            if kb.kind(h.entity) == "place" and len(held_there := kb.meetings_held_in.get(h.entity, [])) == 1
        ]
        if len(sole_venues) == 1:
            place_hit, held_there = sole_venues[0]
            meetings = [Hit(held_there[0], GUESS_SCORE, 0.0, 0.0, 0, place_hit.name_tokens)]
            others = [h for h in others if h is not place_hit]
    if not meetings and HELD_IN.search(text):
        # "Проходило ли заседание Совета секретарей в Минске": the body's one meeting was elsewhere.
        elsewhere = _held_elsewhere(engine, others) or _kind_held_elsewhere(engine, text, [*others, *mentions.locating])
        if elsewhere is not None:
            return _held_in(engine, base, *elsewhere)
    people = [h for h in others if kb.kind(h.entity) == "person"]
    if not meetings and len(people) == 1 and (_TOLD_OF.search(text) or _SPOKE.search(text) or _CLAIMED.search(text)):
        # "did klemez say anything about cybercrime in piter": the city places the meeting he spoke at
        there = said_in_city.said_in_city(engine, parsed, base, mentions, people[0], others)
        if there is not None:
            return there
    if (
        not meetings
        and len(people) == 1
        and (PARTICIPATE.search(text) or _SPOKE.search(text))
        and not _SAID_THAT.search(text)
    ):
        # "Трефилов выступал в Москве?": the meetings the person is named at, held in the place asked.
        spoke = _person_in_place(engine, parsed, people[0].entity, others)
        if spoke is not None:
            return spoke(base)
    organisations = [h for h in others if kb.kind(h.entity) == "organisation"]
    if meetings and len(organisations) == 1 and _MEMBER_WORD.search(text) and not PARTICIPATE.search(text):
        # "Did the Dushanbe summit make the SCO a full member": an organisation's membership, not
        # its attendance; no organisation is a member state (its recorded status is shown).
        subject = kb.entities[organisations[0].entity]
        assert isinstance(subject, Organisation)
        return _member(engine, base, subject)
    joining = [h for h in organisations if h.entity != "cis"]
    if (
        not meetings
        and len(joining) == 1
        and _MEMBER_WORD.search(text)
        and not PARTICIPATE.search(text)
        and all(kb.kind(h.entity) in ("organisation", "place") for h in others)
    ):
        # "Did the CIS make the SCO a full member in Dushanbe?": the city places the decision, it
        # names no second thing to choose between (was a "did you mean").
        subject = kb.entities[joining[0].entity]
        assert isinstance(subject, Organisation)
        return _member(engine, base, subject)
    if meetings and ADOPTED.search(text):
        # "Was the Concept approved at the 13th meeting": where the document was adopted, checked.
        documents = named_documents(engine, parsed)
        # "the programmes" (a kind in the plural) before any one document the words beside name
        several = [] if documents else documents_of_kind_beside(engine, parsed, meetings[0])
        if several:
            return several_adopted_at(base, several, kb.entities[meetings[0].entity])
        beside = not documents
        documents = documents or document_beside(engine, parsed, meetings[0])
        if documents and beside and unexplained_words(
            engine, parsed, documents[0], documents[0].name_tokens | meetings[0].name_tokens | {i for h in others if kb.kind(h.entity) in ("place", "state") for i in h.name_tokens}
        ):
            # "утвердили ли на саммите концепцию информационной безопасности?": the Concept found by
            # its kind word beside the summit holds no "information security": no claim about it
            documents = []
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
    if not meetings and (parsed.intent.years or months_named(text)) and (TOOK_PLACE.search(text) or _BE_WHEN.search(text)):
        # "Антитеррористическое совещание в Москве было в июле?": a meeting named by its kind and city
        # (three were held in Moscow) whose month is claimed; its own month found it when right.
        # Named by the city's word alone is no choice among the city's meetings.
        by_words = meeting_names.named_meetings(engine, parsed)
        city = {i for h in others if kb.kind(h.entity) == "place" for i in h.name_tokens}
        dated_one = kb.get(by_words[0][0]) if len(by_words) == 1 and not by_words[0][1] <= city else None
        if isinstance(dated_one, Meeting):
            return took_place(base, dated_one, asked_years(parsed, today), months_named(text))
    host = _host_of_exercise(engine, parsed, meetings) if meetings and _DISCUSS.search(text) else None
    if host is not None:
        # "was the Commonwealth-Antiterror exercise discussed at the security secretaries meeting?": the
        # exercise is the topic, the meeting named after "at" is where (was "Yes" from the XVIII meeting)
        hosted = Mentions([host], [], set(host.name_tokens))
        return _about_meetings(engine, parsed, base, hosted, [host], [], today)
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
        if _WORDS_DEED.search(text):
            praised = person_said(engine, parsed, base, mentions, person)
            if praised is not None:
                return praised
        role = _role(engine, parsed, base, person, rest[0] if rest else None, mentions)
        claimed = _CLAIMED.search(text) is not None
        if role is None and (len(others) == 1 or claimed) and (claimed or _TOLD_OF.search(text) or _SPOKE.search(text)):
            # "Упоминал ли Трефилов молодёжь?": what the person is recorded as saying, anywhere; in a
            # claim ("Klemez described migration as a threat to national security") another entry
            # named is part of what was said.
            return person_said(engine, parsed, base, mentions, person)
        return role
    # Documents are no mentions (their names hold the bodies'): one named outright may be asked about.
    documents = named_documents(engine, parsed)
    if documents and (not others or documents[0].score >= others[0].score):
        document = kb.entities[documents[0].entity]
        assert isinstance(document, Document)
        places = [h.entity for h in others if kb.kind(h.entity) in ("place", "state")]
        # "approved in Moscow … until 2030": the period is the document's name, the city is asked
        # ("adopted by the heads of government … until 2030": who adopted it is asked)
        by_whom = ALTERNATIVE_ANY.search(text) is not None and "level" in alternatives_in(text)
        own_period = (
            (bool(places) or by_whom) and parsed.intent.until == document.period_end and ADOPTED.search(text) is not None
        )
        if parsed.intent.until and not own_period:
            return _period(engine, parsed, base, document, parsed.intent.until)
        period = other_period(kb, [document.id], text, None)
        if period is not None:
            # "Was the programme for 2025–2027 approved in Dushanbe?": no programme of that period is
            # recorded; the one found has its own (2026–2028), which is said, never a "yes" for the
            # adoption of the other.
            return _not_recorded(base, "constraint", period, [document.id], document.sources)
        if len(places) == 1 and document.meeting and ADOPTED.search(text):
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
        agent = other_agent(engine, parsed, base, mentions, others)
        if agent is not None:
            return agent
    if len(others) > 1 and OBSERVER.search(text):
        # "ОДКБ получила статус наблюдателя в Душанбе?": an organisation that has no observer status
        # anywhere has none there either (the city's summit gave it to the SCO: no "yes" for its words).
        subjects = [kb.entities[h.entity] for h in others if kb.kind(h.entity) != "place"]
        if len(subjects) == 1 and isinstance(subjects[0], Organisation | State):
            none_at_all = _observer(engine, replace(base), subjects[0])
            if none_at_all.yes is False:
                return none_at_all
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
    if isinstance(subject, Organisation | State) and OBSERVER.search(text):
        return _observer(engine, base, subject)
    if isinstance(subject, Body | Organisation) and _BODY_WORD.search(text):
        if SOURCE_FRAME.match(text):
            return None  # "does the report say the bodies worked with the ExCom": a claim, not what a body is
        if not _named_as_written(engine, parsed, others[0]):
            # "работа органов создавала среду для экономического сотрудничества": "экономического"
            # is a word of its own, not a typo of the Ecological Council's name; nothing is named.
            return None
        found = define.topic_matches(kb, parsed.text)
        # An organisation named in full is what is asked ("Is the Regional Anti-Terrorist Structure one
        # of the CIS bodies?"), though its name holds another body's field ("anti-terrorist").
        whole_organisation = isinstance(subject, Organisation) and others[0].name_cover >= 0.9
        if found and subject.id not in found and not whole_organisation:
            # "Is there a CIS body for weather and climate services": the field asked is another
            # body's; "services" of the intelligence chiefs' name is not what is asked.
            return None
        return _is_body(base, subject)
    if isinstance(subject, Document | Body | Organisation):
        return _stated(engine, parsed, mentions, base, others[0])
    return None


def located_meeting(engine: Engine, parsed: Parsed, others: list[Hit]) -> tuple[Hit, set[str]] | None:
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
    if not months or not (meetings or ANY_MEETING.search(parsed.text) or _GATHERING.search(parsed.text)):
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
    attended = PARTICIPATE_OR_BE.search(parsed.text) is not None
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
            and tokens[i] not in GENERIC_TOKENS
            and tokens[i] not in _DATE_TOKENS
            and not _YEAR_TOKEN.match(tokens[i])
        }

    def named(hit: Hit) -> set[int]:
        # the words that found the meeting's own body name it too ("the Security Secretaries Council")
        body = getattr(kb.entities[hit.entity], "body", None)
        return set(hit.name_tokens).union(*(h.name_tokens for h in hits[:5] if body and h.entity == body))

    return bool(telling(named(other) - named(top))) and not telling(named(top) - named(other))


_MENTIONED = re.compile(r"\bmention\w*|\bупомина\w*|\bупомян\w*|\bupomina\w*|\bupomyan\w*", re.I)
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
    # the body and one asked of (or several states: "были ли Азербайджан и Армения на заседании СМВД?")
    several_states = len(others) > 2 and all(kb.kind(h.entity) == "state" for h in others if h.entity not in bodies)
    if len(bodies) != 1 or not (len(others) == 2 or several_states):
        return None
    own = [m for m in kb.meetings_of(bodies[0]) if isinstance(m, Meeting) and m.body == bodies[0]]
    if len(own) != 1:
        return None
    return next((h for h in parsed.hits if h.entity == own[0].id), None)


def _held_elsewhere(engine: Engine, others: list[Hit]) -> tuple[str, str] | None:
    """(meeting, place asked) when one body and one place are named and the body's one recorded
    meeting was not held there (held there, :func:`located_meeting` has found it)."""
    kb = engine.kb
    bodies = [h.entity for h in others if kb.kind(h.entity) == "body"]
    places = [h.entity for h in others if kb.kind(h.entity) in ("place", "state")]
    if len(bodies) != 1 or len(places) != 1:
        return None
    own = [m for m in kb.meetings_of(bodies[0]) if isinstance(m, Meeting) and m.body == bodies[0]]
    if len(own) != 1 or _held_there(kb, own[0], places[0]):
        return None
    return own[0].id, places[0]


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


def _person_in_place(engine: Engine, parsed: Parsed, person: str, others: list[Hit]) -> Callable[[Verdict], Verdict] | None:
    """Whether a person named at meetings was named at one in the one place asked: yes with the
    meetings held there; else no, with where their one meeting was."""
    kb = engine.kb
    placed = [h for h in others if kb.kind(h.entity) in ("place", "state")]
    if len(placed) != 1 or len(others) != 2 or not _named_as_place(parsed, placed[0]):
        # "Did Trefilov speak about the Dushanbe meetings?": the city is what he spoke of (a "No,
        # the meeting was in Moscow" was wrong)
        return None
    places = [placed[0].entity]
    own = [m for m in kb.meetings_of(person) if isinstance(m, Meeting)]
    there = [m.id for m in own if _held_there(kb, m, places[0])]
    if there:
        return lambda base: took_part(engine, base, there, person)
    if len(own) == 1:
        return lambda base: _held_in(engine, base, own[0].id, places[0])
    return None


# Words that make the state after them the place of an act ("signed in Turkmenistan", "в Таджикистане").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "into", "в", "во", "v", "vo"})


def _named_as_place(parsed: Parsed, hit: Hit) -> bool:
    """Whether a state the question names comes right after a preposition of place."""
    wanted = {parsed.query.tokens[i] for i in hit.name_tokens}
    words = re.findall(r"[^\W\d_]+", parsed.text.lower())
    return any(word_token(word) in wanted and i and words[i - 1] in _PLACE_PREPOSITIONS for i, word in enumerate(words))


_JOINED = re.compile(r"\b(?:and|both|и|оба|обоих|обеих|i)\b", re.IGNORECASE)


# "at all three Moscow meetings", "на всех встречах в Москве", "every meeting": each one asked
_EVERY = re.compile(
    r"\b(?:all|every|each)\b(?:\s+(?:of\s+)?(?:the\s+)?(?:three|two|four|five|six|\d)\b)?(?=[^?]*\b(?:meeting|summit|session))"
    r"|\b(?:все[хм]?|кажд\w+|vse[hm]?|kazhd\w+)\b(?:\s+(?:тр[её]х|двух|трёх|tr[eo]h|dvuh))?(?=[^?]*\b(?:встреч|заседани|совещани|vstrech|zasedani|soveshchani))",
    re.IGNORECASE,
)


def _every_meeting(engine: Engine, parsed: Parsed, others: list[Hit]) -> list[Hit]:
    """The meetings "all the meetings in <city>" (or all recorded, no city named) stands for."""
    if _EVERY.search(parsed.text) is None:
        return []
    kb = engine.kb
    places = [h for h in others if kb.kind(h.entity) == "place"]
    if len(places) > 1:
        return []
    held = kb.meetings_held_in.get(places[0].entity, []) if places else [i for i in kb.entities if kb.kind(i) == "meeting"]
    tokens = frozenset(places[0].name_tokens) if places else frozenset()
    return [Hit(i, GUESS_SCORE, 0.0, 0.0, 0, tokens) for i in held if isinstance(kb.get(i), Meeting)] if len(held) > 1 else []


SOLE_SCORE = 0.75  # the best hit, this good and explaining the whole question, is named by it


def _host_of_exercise(engine: Engine, parsed: Parsed, meetings: list[Hit]) -> Hit | None:
    """The meeting a question asks whether an exercise was discussed at: another meeting named as
    well as the exercise (an exercise hosts no discussion)."""
    kb = engine.kb
    if getattr(kb.entities[meetings[0].entity], "kind", None) != "exercise":
        return None
    hosts = [
        h
        for h in parsed.hits[:6]
        if kb.kind(h.entity) == "meeting"
        and getattr(kb.entities[h.entity], "kind", None) != "exercise"
        and h.score >= MENTION_SCORE
        and h.name_cover >= MENTION_COVER
        and not h.name_tokens & meetings[0].name_tokens
    ]
    return hosts[0] if hosts else None


def _sole_reading(kb: KnowledgeBase, parsed: Parsed, hit: Hit) -> bool:
    """Whether a hit with a long name only partly used is still the entry the question names: the
    best hit, explaining all the question's words, by more than the generic "meeting" ("were the
    exercises held?", "did the Commonwealth-Antiterror exercise take place?")."""
    if hit is not parsed.hits[0] or hit.score < SOLE_SCORE or hit.name_query_cover < 0.9:
        return False
    if kb.kind(hit.entity) != "meeting":
        return False  # ("who spoke to the press?": "press" is no naming of the press secretary)
    return not named_by_generic_only(parsed, hit)


def _several_named(engine: Engine, parsed: Parsed, meetings: list[Hit]) -> list[Hit]:
    """The meetings a question names one by one (by month, city or name) when it names two or more
    and its hits found fewer; none otherwise."""
    if _JOINED.search(parsed.text) is None:
        return []  # "на XVIII совещании в Москве": one meeting and its city, no second one
    named = meeting_names.named_meetings(engine, parsed)
    if len(named) < 2 or len(named) <= len(meetings):
        return []
    return [Hit(meeting_id, GUESS_SCORE, 0.0, 0.0, 0, frozenset(positions)) for meeting_id, positions in named]


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
    if chaired.asked(text):
        # "Did Trefilov preside over …": the verb found a president (Putin) by its stem; the chairing
        # asked is no second person.
        verb = {i for i, token in enumerate(parsed.query.tokens) if token.startswith(chaired.STEMS)}
        subjects = [h for h in subjects if not (kb.kind(h.entity) == "person" and h.name_tokens and h.name_tokens <= verb)]
    if not PARTICIPATE.search(text):
        # "… решения саммита подтверждают открытость Содружества к диалогу?": the CIS itself named in
        # a claim is no participant asked about (its meetings are the CIS's own).
        subjects = [h for h in subjects if h.entity != "cis"]
    places = [h for h in others if kb.kind(h.entity) == "place"]
    # "was the XVIII meeting in Moscow?", "XVIII совещание было в Москве?": being in a city is being held there
    held_in = HELD_IN.search(text) is not None or (
        _BE_IN.search(text) is not None
        and (bool(places) or any(kb.kind(h.entity) == "state" and _after_in(parsed, h) for h in subjects))
    )
    discuss = _DISCUSS.search(text) is not None or parsed.intent.question == "agenda"
    meeting = kb.entities[meetings[0].entity]
    assert isinstance(meeting, Meeting)
    if subjects and PARTICIPATE.search(text):
        discuss = False  # "did Belarus take part in the talks": who took part, not what was discussed
    if (
        discuss
        and _ADDRESS.search(text)
        and any(kb.kind(h.entity) == "person" and not _named_at(meeting, h.entity) for h in subjects)
    ):
        # "Did Putin send a congratulatory address to the XVIII meeting?": whether he is named there
        # (and who sent it instead), not whether its agenda mentions an address.
        discuss = False
    reporting: set[int] = set()  # the words of an outlet that only says whose report the claim is
    if discuss and _CLAIM_LEAD.match(text):
        # "По данным БелТА, на СМВД обсуждали …?": what was discussed is asked, not who reported it.
        reporting = {i for h in subjects if kb.kind(h.entity) in ("organisation", "body") for i in h.name_tokens}
        subjects = [h for h in subjects if kb.kind(h.entity) not in ("organisation", "body")]
    if (
        len(subjects) == 1
        and len(meetings) == 1
        and mentions.reporter is None
        and (
            _REPORTED.search(text)
            or (reporter_named.is_outlet(engine, subjects[0].entity) and reporter_named.REPORTING.search(text))
        )
    ):
        # "Was the meeting reported by TASS?", "Did TASS report …": who told of it, never whether it
        # took part. (Once the outlet only named the meeting, "…, о которой сообщил ТАСС", the one
        # subject left is asked whether it took part.)
        return _reported(engine, base, meeting, subjects[0].entity)
    if len(meetings) == 1 and not subjects and DIGITS_OR_WORDS.search(text):
        # "Было ли на заседании СМВД в Петербурге девять государств?": a meeting found through its
        # body and city has its counts checked as one named outright does.
        counted = count_check(engine, parsed, replace(base), Mentions(meetings[:1], [], set()))
        if counted is not None:
            return counted
    if len(meetings) == 1:
        people = [h.entity for h in subjects if kb.kind(h.entity) == "person"]
        # What a person told the media about the meeting is what they said of it ("did Klemez warn
        # about money laundering at the St Petersburg meeting"): checked as words spoken there.
        speaker = bool(people) and (
            any(x.person == people[0] and x.said for x in meeting.participants.people)
            or any(x.person == people[0] and x.said for x in meeting.media_statements)
        )
        claims_speech = discuss or any(x.search(text) is not None for x in (_TOLD_OF, _CLAIMED, _WARNED))
        # The city the meeting was held in only names it ("at the St Petersburg meeting"); another
        # city is a claim of where it was held.
        elsewhere = [h for h in places if not _held_there(kb, meeting, h.entity)]
        if len(people) == 1 and speaker and claims_speech and not elsewhere and not TOOK_PLACE.search(text):
            # "Did Rahmon mention drones in his address to the XVIII meeting?": what he said there,
            # not what the meeting discussed; nothing asked beyond him and the meeting is who was there.
            # ("Did Trefilov say the 13th meeting took place in Minsk" asserts where it was held.)
            person = kb.entities[people[0]]
            assert isinstance(person, Person)
            named = {i for h in meetings for i in h.name_tokens}
            said = person_said(engine, parsed, base, mentions, person, at=meeting, named=named)
            if said is not None:
                return said
        if discuss and len(people) == 1 and _TOLD_OF.search(text):
            # "Did Trefilov talk about the Dushanbe summit?": what he said of it, wherever he said it.
            told = told_of(engine, parsed, base, mentions, people[0], meeting)
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
            # A city it was not held in, typed after "в" / "in" ("безопасность дорожного движения в
            # Москве"), claims where, no part of the topic: the guard checks the place after.
            claimed_city = {
                i
                for h in places
                if not _held_there(kb, meeting, h.entity) and _after_in(parsed, h)
                for i in h.name_tokens
            }
            rest = topic_positions(
                engine, parsed, mentions, {i for h in meetings for i in h.name_tokens} | located | reporting | claimed_city
            )
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
        if len(subjects) > 1:
            # "Did Uzbekistan and Turkmenistan both attend the St Petersburg meeting?": each checked,
            # when only attending is asked of members of one kind (not "did the CSTO report on its
            # work with the ATC", nor "Kazakhstan … the interior ministers' meeting")
            kinds = {kb.kind(h.entity) for h in subjects}
            attending = (PARTICIPATE.search(text) or PARTICIPATE_OR_BE.search(text) or WAS_THERE.search(text)) and not (
                _DISCUSS.search(text) or _PRESENTED.search(text)
            )
            if len(kinds) != 1 or not attending:
                return None
            ordered = sorted(subjects, key=lambda h: min(h.name_tokens, default=0))
            return _several_members(engine, base, [h.entity for h in ordered], ids)
        if len(ids) == 1 and kb.kind(subjects[0].entity) == "person" and _TOLD_OF.search(text):
            # "Did Trefilov say the Dushanbe summit …": a person telling of a meeting elsewhere.
            told = told_of(engine, parsed, base, mentions, subjects[0].entity, meeting)
            if told is not None:
                return told
        status = status_granted_at(engine, base, ids, subjects[0].entity, text)
        if status is not None:
            return status
        return took_part(
            engine,
            base,
            ids,
            subjects[0].entity,
            address_asked=_ADDRESS.search(text) is not None,
            chair_asked=kb.kind(subjects[0].entity) == "person" and chaired.asked(text),
        )
    if len(meetings) != 1 or others:
        return None
    if mentions.locating and held_in:
        return _held_in(engine, base, meeting.id, mentions.locating[0].entity)
    # "Did the council meet in October?": a month or year with a verb of meeting is when it was held,
    # not a topic to look for in what was said there.
    dated = bool(parsed.intent.years or months_named(text))
    if TOOK_PLACE.search(text) or (dated and held_in):
        return took_place(base, meeting, asked_years(parsed, today), months_named(text))
    rest = topic_positions(engine, parsed, mentions, mentions.covered)
    beyond_year = [i for i in rest if not re.fullmatch(r"#\d{4}", parsed.query.tokens[i])]
    if dated and not beyond_year and _BE_WHEN.search(text):
        # nothing asked of the meeting but its month ("was anything said about drones at the
        # meeting in June?" asks a topic)
        return took_place(base, meeting, asked_years(parsed, today), months_named(text))
    return _discussed(engine, parsed, base, meeting, rest) if rest else None


# Telling of something: with a person and a meeting, what the person said of that meeting.
_TOLD_OF = re.compile(
    r"\b(?:say|said|says|told|tell|speak|spoke|talk\w*|mention\w*|report\w*|describ\w*|elaborat\w*|brief\w*)\b"
    r"|\bговор\w*|\bсказа\w*|\bрассказ\w*|\bупомина\w*|\bупомян\w*|\bсообща\w*|\bсообщи\w*|\bотмет\w*"
    r"|\bgovor\w*|\brasskaz\w*|\bupomina\w*"
    # "one of the threats Klemez named / listed / cited": an item of what he said
    r"|\b(?:named|listed|cited|identified|highlighted|flagged|singled out)\b|\bперечисл\w*|\bperechisl\w*",
    re.I,
)
# What a person's words did: "did Rahmon praise the decision to set up the ATC", "предлагал ли
# генпрокурор реформы": a claim about what was said, whatever else is named (no post of theirs).
_WORDS_DEED = re.compile(
    r"\b(?:prais\w*|commend\w*|hail(?:s|ed)?|welcom\w*|critici[sz]\w*|urg(?:e|ed|es)|propos\w*|suggest\w*|recommend\w*)\b"
    r"|\b(?:похвал|хвалил|приветствова|критикова|призыва|призвал|предлага|предложил|рекомендова)\w*"
    r"|\b(?:pohval|hvalil|privetstvova|kritikova|prizyva|prizval|predlaga|predlozhil|rekomendova)\w*",
    re.I,
)
# A warning is something said of a meeting ("did Klemez warn about money laundering at the St
# Petersburg meeting"); without a meeting the statement search answers it.
_WARNED = re.compile(r"\bwarn\w*|\bпредупре\w*|\bpredupre\w*", re.I)


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


_BE_IN = re.compile(
    r"\b(?:was|were|is)\b[^?]{0,80}?\bin\s+[A-Z]|\b(?:был|была|было|были)\b[^?]{0,80}?\bв\s+[А-ЯЁ]"
    r"|\b(?:byl|byla|bylo|byli)\b[^?]{0,80}?\bv\s+[A-Z]"
)
# "Совещание … было в ноябре 2025 года, верно?", "was the meeting in June?": being in a month or a year is
# when it was held (no topic of the meeting: one asked of what was discussed returned before).
_BE_WHEN = cued(re.compile(
    r"\b(?:was|were|is)\b[^?]{0,80}?\bin\s+(?:(?:early|late|mid)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}\b)"
    r"|\b(?:был|была|было|были)\s+(?:\w+\s+){0,2}?в\s+(?:\d{4}\b|январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
    r"|\b(?:byl|byla|bylo|byli)\s+(?:\w+\s+){0,2}?v\s+(?:\d{4}\b|yanvar|fevral|mart|aprel|ma[ey]|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr)",
    re.I,
))
_AFTER_IN = re.compile(r"\b(?:in|for|в|во|v|на территории|on the territory of)\s+([\w-]+)", re.I)


def _after_in(parsed: Parsed, hit: Hit) -> bool:
    """Whether the hit's name follows "in"/"в" in the question ("held in Russia")."""
    query = parsed.query
    named = {query.tokens[i] for i in hit.name_tokens} | {v for i in hit.name_tokens for v, _ in query.matches[i]}
    return any(set(text_tokens(match.group(1))) & named for match in _AFTER_IN.finditer(parsed.text))


GROUP_OF = {"state": "states", "body": "bodies", "organisation": "organisations", "person": "people"}


# Asking whether someone sent or gave an address, not whether they were there.
def _named_at(meeting: Meeting, person: str) -> bool:
    """Whether the meeting's record names the person (a speaker, an address, words to the media)."""
    return any(x.person == person for x in meeting.participants.people) or any(
        x.person == person for x in meeting.media_statements
    )


_ADDRESS = re.compile(
    r"\b(?:address(?:ed)?|message|greetings?|congratulat\w*)\b"
    r"|\bобращени\w*|\bобратил\w*|\bобращал\w*|\bприветстви\w*|\bпоздрав\w*|\bobrashch\w*|\bobrashal\w*|\bprivetstv\w*|\bpozdrav\w*",
    re.I,
)


_PRESENTED = re.compile(r"\breport\w*|\bpresent(?:ed|ing|s)\b|\bдоклад\w*|\bdoklad\w*|\bвыступ\w*|\bspoke\b|\bspeak\w*", re.I)


def _several_members(engine: Engine, base: Verdict, members: list[str], meetings: list[str]) -> Verdict | None:
    """Whether every one of several states, bodies or organisations took part in the one meeting
    named: "Yes" when all are listed, "No" when one is not, each with its line; None otherwise (a
    person among them, several meetings: the usual answers)."""
    kb = engine.kb
    if len(meetings) != 1 or any(kb.kind(m) not in ("state", "body", "organisation") for m in members):
        return None
    results = []
    for member in list(dict.fromkeys(members)):
        one = took_part(engine, replace(base), [meetings[0]], member)
        checked = one.value.get("meetings") if isinstance(one.value, dict) else None
        if not checked:
            return None
        results.append({"member": member, "result": checked[0]["result"], "yes": one.yes})
    answers = [r["yes"] for r in results]
    yes = False if False in answers else (None if None in answers else True)
    value = {"meeting": meetings[0], "members": results}
    return _verdict(base, yes, "members_listed", [meetings[0], *members], value, list(kb.entities[meetings[0]].sources))


def took_part(
    engine: Engine,
    base: Verdict,
    meeting_ids: list[str],
    member: str,
    in_person: bool = False,
    address_asked: bool = False,
    chair_asked: bool = False,
) -> Verdict:
    """Whether ``member`` is among the listed participants of each meeting; asked "in person",
    a person named only for an address sent is no yes; asked whether they chaired it, only the
    role "chair" is (`chaired`)."""
    kb = engine.kb
    group = GROUP_OF[kb.kind(member)]
    asked_group = listed_group.asked_group(base.question) if group != "people" else None
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
        if member in listed and group == "people" and chair_asked and "chair" not in roles:
            # "Did Trefilov chair the 13th meeting?": named there for a speech, not as its chair.
            outcome, yes = "not_chair", None
        elif member in listed and group == "people" and roles == {"addressed"} and address_asked:
            # "Выступал ли Рахмон с обращением": an address is what the source records.
            outcome, yes = "address_heard", True
        elif member in listed and group == "people" and roles <= {"addressed", "reported"}:
            # Named for an address read out or a report: the source does not say they were there.
            outcome, yes = "addressed", None
        elif member in listed and asked_group not in (None, group):
            # "Was the CIS ATC among the international organisations there?": listed, in another group
            outcome, yes = "listed_other_group", False
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
        if outcome == "listed_other_group":
            results[-1]["asked_group"] = asked_group
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
        claimed = _CLAIMED.search(parsed.text) is not None and not ROLE_WORD.search(parsed.text)
        if _SPOKE.search(parsed.text) or _DISCUSS.search(parsed.text) or claimed:
            # "Говорил ли Клемез о ФАТФ?" asks what he said, not where he works ("is he called its
            # director" still asks the post)
            return None
        if not ROLE_WORD.search(parsed.text) and (SPEECH_ABOUT.search(parsed.text) or _ADDRESS.search(parsed.text)):
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
        value: dict[str, Any] = {"person": person.id, "target": target.id, "roles": held or roles}
        holder = post_taken.other_holder(engine, parsed, person, target) if not held else None
        if holder is not None:
            # "Trefilov is the department's director, isn't he?": the sources name its director,
            # and it is someone else.
            holds = False
            value = {**value, "holder": holder[0], "holder_role": holder[1]}
        if held and _foreign_role(person, parsed.text):
            holds = False  # "Is Peskov the Russian foreign minister": of Russia, but not that office
        sources = [*person.sources, *(engine.kb.entities[holder[0]].sources if holder is not None else [])]
        return _verdict(base, holds, "role", [person.id, target.id], value, sources)
    if not ROLE_WORD.search(parsed.text):
        return None
    if _MENTIONED.search(parsed.text) or _SPOKE.search(parsed.text):
        # "upominal li Klemez ezhegodnye vstrechi sekretarey?": the title word is in what he is asked
        # to have said, not a post claimed for him.
        return None
    query = parsed.query
    # The title may be part of how the person is named ("Deputy Secretary-General Trefilov"):
    # only the person's own names are left out.
    own = set(engine.index.fold_synonyms(text_tokens(" ".join([person.name.en, person.name.ru, *person.short.all()]))))
    filler = filler_tokens()
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
    known = set(all_titles(engine)[1])
    asked = asked_title(engine, parsed.text) & known
    deputy_asked = DEPUTY.search(parsed.text) is not None
    sharing = [
        deputy for deputy in (shares_title(engine, asked, role.title) for role in person.roles) if deputy is not None
    ]
    if asked and (not sharing or (not deputy_asked and all(sharing))):
        yes = False
    elif (
        yes is None
        and asked
        and any(shares_title(engine, asked, role.title, whole=True) is deputy_asked for role in person.roles)
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

# "Why did X skip / not attend / miss ...", "почему X не приехал / пропустил ...".
_WHY = cued(re.compile(r"\b(?:why|how\s+come)\b|(?<!\w)(?:почему|отчего|зачем)(?!\w)|\bpochemu\b", re.I))
_STAYED_AWAY = re.compile(
    r"\b(?:not|never)\b|n't\b|\bskip\w*|\bmiss(?:ed|ing)?\b|\babsent\b|\bboycott\w*|\bstay\w*\s+away\b"
    r"|(?<!\w)не\s+(?:приехал|приезжал|прибыл|пришл|был|было|были|участвовал|присутствовал|направил|прислал)\w*"
    r"|\bпропустил\w*|\bотсутствовал\w*|\bбойкотир\w*|\bproignoriro\w*|\bpropustil\w*|\bne\s+(?:priehal|byl|uchastvoval)\w*",
    re.I,
)
PRESENCE = {"listed", "not_listed", "host_not_listed", "not_named", "not_stated", "meetings"}


def _asks_why_absent(text: str) -> bool:
    """Whether the question asks why someone stayed away from something (a premise to check)."""
    return _WHY.search(text) is not None and _STAYED_AWAY.search(text) is not None


def _asks_more(engine: Engine, mentions: Mentions, meeting_id: str | None = None) -> bool:
    """Whether the question names a state, body, organisation or person besides its meeting's own body
    (``meeting_id``: a meeting found through its body, whose body is then no more than its name)."""
    kb = engine.kb
    own = {getattr(kb.entities[h.entity], "body", None) for h in mentions.hits if kb.kind(h.entity) == "meeting"}
    own.add(getattr(kb.entities.get(meeting_id or ""), "body", None))
    return any(
        kb.kind(h.entity) in ("state", "body", "organisation", "person") and h.entity not in own for h in mentions.hits
    )


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


# "Была ли Украина на каком-нибудь из заседаний?": at any of them.
_AT_ANY = re.compile(
    r"\b(?:at|in)\s+(?:any|all|one|either)\b|(?<!\w)на\s+(?:как\w+-(?:нибудь|либо)|одном|одной|любом|всех)(?!\w)"
    r"|\bna\s+(?:kak\w+-?(?:nibud|libo)|odnom|vseh)\b",
    re.I,
)
EVENT_YEAR = _EVENT_YEAR  # a year an event is placed in, for other answerers

# One meeting named by its kind ("the Minsk summit", "на саммите в Минске"), not several.
_ONE_MEETING_NAMED = re.compile(
    r"\bthe\s+(?:\w+\s+){0,3}?(?:meeting|summit|conference|session)\b(?!s)"
    r"|(?<!\w)(?:саммит[еау]?|заседани[еию]|совещани[еию]|встреч[еуа])(?!\w)",
    re.I,
)

# "В отчёте говорится, что …?", "Говорится ли в статье БелТА, что …?", "Does the annual report say
# (that) …?": the frame names where the claim is read; the claim after it is what a "yes" must hold.
# Anchored at the start, so a question without one fails at its first words.
SAYING_RU = r"(?:говорит(?:ся|ь)|сказано|указано|сообщает(?:ся)?|отмечает(?:ся)?|утверждает(?:ся)?|написано|пишется|значится"
SAYING_RU += r"|govorit(?:sya|s[ja])|skazano|ukazano|soobshaet(?:sya)?|soobshchaet(?:sya)?|napisano)"
SOURCE_FRAME = re.compile(
    rf"^\W*(?:{SAYING_RU}\s+(?:ли|li)\s+)?(?:в|во|v|vo)\s+[^,?!.]{{2,90}}?(?:\s+{SAYING_RU})?\s*,?\s*(?:что|chto)\s"
    r"|^\W*(?:does|did|do)\s+(?:the|this|that|a|an)\s+[^,?!.]{2,60}?\s+(?<!of )(?-i:say|state|mention|note|report|claim|write)s?\b"
    r"(?:\s+that)?\s",
    re.I,
)
