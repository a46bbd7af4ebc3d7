"""Look-alikes: questions whose meeting number or ordinal, year, day, place, person, title, body,
document or attribute contradicts the record they resemble ("the sources do not record a 14th
meeting", "no meeting in Minsk in 2023", "no body of that name").

Each answerer returns a "not recorded" verdict with the nearest record, never an answer as if the
question had named that record, or None when the question is no look-alike.
"""

from __future__ import annotations

import re
import weakref
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.answers import chaired, who_set_up
from bot.answers.checks import _EVENT_YEAR, HELD_IN
from bot.answers.cues import cued, literal_cue
from bot.answers.facts import head_not_stated, not_stated
from bot.answers.mentions import GUESS_SCORE, MENTION_COVER, MENTION_SCORE, WEAK_WEIGHT, Mentions, _not_recorded
from bot.answers.question_form import RELATIVE_YEARS, asked_day, is_yes_no, meeting_ordinals, tone_question
from bot.answers.unknown_names import BODY_NOUN, _unknown_name, unknown_after_in, unknown_joiner, unknown_word
from bot.answers.verdict import Verdict
from bot.kb.base import meeting_date
from bot.kb.schema import Body, Document, Meeting, Organisation, PartialDate, Person
from bot.search.index import Hit
from bot.search.text import prepare, russian_reading
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

UNNUMBERED = 1000  # the distance of an unnumbered meeting from any number asked

# Two meetings set against each other: the place may name the second.
_SECOND_MEETING = re.compile(
    r"\b(?:missing from|absent from|not (?:at|among|on)|but not|and not|both|compared? (?:to|with)|than"
    r"|но не|а не|нет (?:на|в|среди)|отсутств\w*|об[ао]их|обеих|в отличие от|по сравнению с|no ne|a ne"
    # "at neither the XVIII nor the St Petersburg meeting", "at the XVIII or the St Petersburg one"
    r"|neither|nor|either|or (?:at |in )?the|ни на|ни в|или (?:на|в)|ni na|ni v|ili (?:na|v))\b"
)

CHAIR = cued(re.compile(
    r"\bchair(?:ed|s)?\b|\bpresided\b|\bchairm[ae]n\b|\bпредседательств\w*|\bпредседател\w*|\bpredsedatel\w*"
    # "кто вёл заседание", "who led the meeting": leading a meeting is chairing it
    r"|\b(?:вёл|вел|вела|vel|vela|руководил[аи]?|rukovodil[ai]?)\s+(?:[\w-]+\s+)?(?:заседани|совещани|встреч|zasedani|soveshchani|vstrech)\w*"
    r"|\bwho\s+(?:led|ran)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:meeting|session|summit)\b",
    re.I,
))
ROLE_WORD = re.compile(
    r"\b(?:chair\w*|head|director|deputy|secretary|president|commander|minister|chief|general)\b"
    r"|\b(?:председател|руководител|глав|директор|заместител|секретар|генеральн|президент|командующ|министр|начальник)\w*"
    r"|\b(?:зам)?генсек\w*|\b(?:zam)?gensek\w*"
    r"|\b(?:predsedatel|rukovoditel|glav|direktor|zamestitel|sekretar|prezident|komanduyushch|ministr|nachalnik)\w*",
    re.I,
)


# Words any meeting's name may share ("CIS", "meeting"): they name no meeting apart from another.
GENERIC_TOKENS = frozenset({"~cis", "~meeting"})


def named_by_generic_only(parsed: Parsed, hit: Hit) -> bool:
    """Whether the question's words that found ``hit`` are only ones any meeting's name shares
    ("where was the meeting?" names no meeting; "CIS" alone names no document)."""
    tokens = parsed.query.tokens
    return all(tokens[i] in GENERIC_TOKENS for i in hit.name_tokens if i < len(tokens))


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
        if i < len(tokens) and tokens[i] not in GENERIC_TOKENS and not tokens[i].startswith("#")
    ]
    return bool(own)


def asked_title(engine: Engine, text: str) -> set[str]:
    """The title words a question asks about, each alone and as part of a known phrase
    ("заместитель Генерального секретаря")."""
    asked = {tok for match in ROLE_WORD.finditer(text) for tok in text_tokens(match.group(0))}
    asked |= {tok for tok in engine.index.fold_synonyms(text_tokens(text)) if ROLE_WORD.search(tok.replace("_", " "))}
    return asked


def _title_words(engine: Engine, title: Any) -> set[str]:
    words = text_tokens(f"{title.en} {title.ru}")
    # A deputy's title holds the principal's ("Deputy Secretary-General": "генсек" is asked of it too).
    principal = text_tokens(DEPUTY.sub(" ", f"{title.en} {title.ru}"))
    return {*words, *engine.index.fold_synonyms(words), *engine.index.fold_synonyms(principal)}


# Every recorded title's words, per engine (its knowledge base never changes), and which titles
# hold each word: a question about a post looks only at the titles sharing its words.
_TITLES: weakref.WeakKeyDictionary[Engine, tuple[list[tuple[str, Any, set[str]]], dict[str, list[int]]]] = (
    weakref.WeakKeyDictionary()
)


def all_titles(engine: Engine) -> tuple[list[tuple[str, Any, set[str]]], dict[str, list[int]]]:
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


def shares_title(
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
    return DEPUTY.search(f"{title.en} {title.ru}") is not None


# --- checks of a stated fact: a period, a date, a number, a statement, an unknown participant -----

DEPUTY = re.compile(r"\bdeputy\b|\bvice\b|\bзаместител\w*|\bzamestitel\w*|\bзамгенсек\w*|\bzamgensek\w*", re.I)


PARTICIPATE = re.compile(
    r"\b(?:take part|took part|taken part|participat\w*|attend\w*|represented|present)\b"
    r"|\bучаств\w*|\bпринимал\w* участи\w*|\bпредставлен\w*|\bприсутствова\w*|\buchastvova\w*"
    # "была ли там делегация Туркменистана": a state's delegation at a meeting is the state taking part (grid21)
    r"|\bделегаци\w*|\bdelegat(?:si|ci)\w*",
    re.I,
)


def named_documents(engine: Engine, parsed: Parsed) -> list[Hit]:
    """Documents the question names outright (not mentions: their names hold the bodies')."""
    kb = engine.kb
    return [
        h
        for h in parsed.hits
        if kb.kind(h.entity) == "document"
        and h.score >= MENTION_SCORE
        and h.name_cover >= 0.8
        # "договор СНГ об экстрадиции" is no "СНГ плюс": "CIS" alone names no document
        and not named_by_generic_only(parsed, h)
    ]


# "Who chaired the Council of Heads of State at the time of the XVIII meeting": the numbered meeting
# dates the question; it is no meeting of the body named.
_AT_THE_TIME = re.compile(
    r"\b(?:at the time of|by the time of|during|as of|во время|на момент|ко времени|в период|в дни"
    r"|na moment|vo vremya)\s+(?!its\b|their\b|his\b|её\b|его\b|их\b|своего\b|своей\b)",
    re.I,
)


def _dated_by_meeting(parsed: Parsed) -> bool:
    """A head or chair asked "at the time of" another meeting (not "during its 13th meeting")."""
    return (parsed.intent.question == "head" or CHAIR.search(parsed.text) is not None) and bool(
        _AT_THE_TIME.search(parsed.text)
    )


_TITLE_OF_BODY = re.compile(
    r"\b(?:chair(?:man|woman|person)?|head|president|secretary)\s+of\s+(?:the\s+)?(?:cis\s+)?(?:council|committee)\b"
    r"|\b(?:председател|глав|руководител|секретар)\w*\s+(?:снг\s+)?(?:совет|комитет)\w*"
    r"|\b(?:predsedatel|glav|rukovoditel)\w*\s+(?:sovet|komitet)\w*",
    re.I,
)


_BEING_AT = re.compile(r"\b(?:was|were|is|are)\b.*\bat\b|\b(?:был|была|было|были)\b.*\bна\b|\b(?:byl|byla|bylo|byli)\b.*\bna\b", re.I)


def number_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
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
                or PARTICIPATE.search(parsed.text)
                # "was BCOC at the XVIII meeting?", "было ли БКБОП на XVIII совещании?": being there
                or _BEING_AT.search(parsed.text)
                or _dated_by_meeting(parsed)
                # "Did the chairman of the Council of Heads of State address the XVIII meeting?": the
                # council is in a person's title, the number is the other meeting's
                or _TITLE_OF_BODY.search(parsed.text)
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


def year_lookalike(
    engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, today: date | None = None
) -> Verdict | None:
    # Only a year that dates the event ("in 2024", "в 2024 году", "June 2024"), not one of a
    # programme's period ("for 2026–2028") or of something else the question mentions.
    years = [int(match.group(1)) for match in _EVENT_YEAR.finditer(parsed.text)]
    years = [year for year in years if year in parsed.intent.years]
    if not years and today is not None and not parsed.intent.years:
        # "at the council's session this year" (none recorded in 2026): counted from today.
        years = [today.year + offset for pattern, offset in RELATIVE_YEARS if pattern.search(parsed.text)]
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
        if any(fact.year in years for fact in kb.facts_of(bodies[0].entity)):
            return None  # "what did the Council of Heads of State decide in 2000?": the ATC's founding is recorded
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


def _meetings_of_people(engine: Engine, mentions: Mentions) -> list[str]:
    """The meetings of the one person a question names ("Klemez told the media about the meeting in
    Minsk?": the one he told of, in St Petersburg)."""
    kb = engine.kb
    people = [h.entity for h in mentions.hits if kb.kind(h.entity) == "person" and h.name_cover >= 0.8]
    return [m.id for m in kb.meetings_of(people[0])] if len(people) == 1 else []


def place_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A meeting asked about "in <place>" where the sources record none there."""
    kb = engine.kb
    query = parsed.query
    places = [
        h
        for h in mentions.hits
        # A state names where a meeting was held only with "held in" ("what did Belarus say" does not).
        if (kb.kind(h.entity) == "place" or (kb.kind(h.entity) == "state" and HELD_IN.search(parsed.text)))
        and h.name_cover >= 0.9
        and all(query.matches[i] and query.matches[i][0][1] >= 0.9 for i in h.name_tokens)
    ]
    unknown_place = unknown_after_in(parsed, engine.kb)
    if not places and not unknown_place:
        return None
    meetings = [(h, kb.entities[h.entity]) for h in mentions.hits if isinstance(kb.entities[h.entity], Meeting)]
    bodies = [h for h in mentions.hits if isinstance(kb.entities[h.entity], Body)]
    candidates: list[Meeting] = [m for _, m in meetings if isinstance(m, Meeting)]
    if MEETING_WORDS.search(parsed.text) and all(m.kind == "exercise" for m in candidates):
        # "обсуждали ли учения на заседании в Петербурге?": the exercise is what was discussed, the
        # meeting word and the city name where
        candidates = []
    if not candidates and bodies:
        candidates = [m for m in kb.meetings_of(bodies[0].entity) if m.body == bodies[0].entity]
    asked_meeting = bool(candidates) or MEETING_WORDS.search(parsed.text) is not None
    if not asked_meeting:
        return None
    # "How long is the flight from Moscow to Dushanbe": a meeting named by nothing but a city is no
    # meeting asked about when no word asks for one.
    place_words = {i for h in parsed.hits if kb.kind(h.entity) in ("place", "state") for i in h.name_tokens}
    if (
        not bodies
        and MEETING_WORDS.search(parsed.text) is None
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
        nearest = [m.id for m in candidates] or _meetings_of_people(engine, mentions) or nearest_in_time(engine, parsed)
        value = {"place": where, "place_text": None, "nearest": nearest[:1]}
        sources = [s for i in nearest[:1] for s in kb.entities[i].sources] + list(kb.entities[where].sources)
        return _not_recorded(base, "place", value, nearest, sources)
    if unknown_place:
        # No meeting named: the meetings of the year asked, if any, are the nearest.
        nearest = [m.id for m in candidates] or nearest_in_time(engine, parsed)
        value = {"place": None, "place_text": unknown_place, "nearest": nearest[:1]}
        return _not_recorded(base, "place", value, nearest, [s for i in nearest[:1] for s in kb.entities[i].sources])
    return None


MEETING_WORDS = cued(re.compile(
    r"\b(?:meeting|summit|conference|session)\b|\bзаседани\w*|\bсовещани\w*|\bвстреч\w*|\bсаммит\w*"
    r"|\b(?:zasedani|soveshchani|soveshani|vstrech|sammit)\w*", re.I
))


def nearest_in_time(engine: Engine, parsed: Parsed) -> list[str]:
    kb = engine.kb
    years = parsed.intent.years
    if years:
        return [i for y in years for i in kb.meetings_in_year.get(y, [])][:3]
    return []


def person_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A person the sources never name, given a title ("Oleg Varnavsky, chairman of ...")."""
    if not ROLE_WORD.search(parsed.text):
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


JOIN = cued(re.compile(
    r"\bjoin(?:s|ed|ing)?\b|\baccede\w*|\baccession\b|\bприсоедин\w*|\bвступ\w*|\bprisoedin\w*|\bvstupi\w*", re.I
))


def join_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """A state or organisation joining a format, organisation or agreement that no record links it to."""
    if not JOIN.search(parsed.text):
        return None
    kb = engine.kb
    # A state joins an organisation or a format; an organisation may join one too.
    joiners = [h for h in mentions.hits if kb.kind(h.entity) == "state"] or [
        h for h in mentions.hits if kb.kind(h.entity) == "organisation"
    ][:1]
    if not joiners:
        return unknown_joiner(engine, parsed, base)
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
WHO_MEMBERS = re.compile(
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


def asked_joiners(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Which countries joined the CIS Plus format after Dushanbe?": the record of the format (or
    organisation, agreement) names no state joining it and says nothing of joining: none is recorded,
    never the record itself as if it answered. So for its members ("which countries are in it")."""
    joined = _WHO_JOINED.search(parsed.text) is not None
    if not joined and not WHO_MEMBERS.search(parsed.text):
        return None
    kb = engine.kb
    if any(kb.kind(h.entity) == "state" for h in mentions.hits):
        return None  # a state named: join_lookalike's question
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
    if any(JOIN.search(text) or any(name in text for name in states) for text in texts):
        return None  # the record says something of joining or names states: the usual answer
    reason = "joiners" if joined else "members"
    return _not_recorded(base, reason, {"target": target.id}, [target.id], list(target.sources))


_CHAIR_OF_BODY = re.compile(
    r"\bchair(?:man|woman|person)?\s+of\s+(?:the\s+)?council\b|\bпредседател\w*\s+совета\b|\bpredsedatel\w*\s+soveta\b", re.I
)


def chair_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Who chaired <meeting>" when the sources name no chair."""
    if not CHAIR.search(parsed.text):
        return None
    if _CHAIR_OF_BODY.search(parsed.text) and not chaired.asked(parsed.text):
        # "Что сказал председатель Совета глав государств на XVIII совещании?": the post of a body's
        # chair names its holder (Rahmon), no chair of the meeting is asked.
        return None
    kb = engine.kb
    meetings = [kb.entities[h.entity] for h in mentions.hits if isinstance(kb.entities[h.entity], Meeting)]
    if not meetings and MEETING_WORDS.search(parsed.text):
        # "Who chaired the St Petersburg meeting?": the one meeting of the city named
        places = [h.entity for h in mentions.hits if kb.kind(h.entity) == "place"]
        held = [kb.meetings_held_in.get(place, []) for place in places]
        meetings = [kb.entities[ids[0]] for ids in held if len(ids) == 1]
        several = held[0] if len(held) == 1 and len(held[0]) > 1 else []
        if not meetings and several and not any(
            p.role == "chair" for i in several if isinstance(m := kb.entities[i], Meeting) for p in m.participants.people
        ):
            # "Who chaired the Moscow meeting?": three were held there, none with a chair named
            value = {"meeting": several[0], "meetings": list(several), "place": places[0], "asked": "chair"}
            verdict = _not_recorded(base, "no_chair", value, list(several), [s for i in several for s in kb.entities[i].sources])
            verdict.alternatives = []
            return verdict
    if not meetings and MEETING_WORDS.search(parsed.text):
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
    r"^\W*(?:who\b|кто\b|kto\b)|\bname of\b|\w's name\b|\bкак зовут\b|\bkak zovut\b|^\W*(?:имя|фамилия|imya|familiya)\b", re.I
))


# "Who spoke at the meeting of the council of secretaries": who did something, not who holds a post.
# After "who", a post is asked for by a copula, an article or the title itself; any other word is a verb.
_WHO_DOES = re.compile(
    r"^\W*(?:who|кто|kto)\s+(?!(?:is|was|are|were|the|a|an|now|currently|holds?|heads?|является|являлся|был|была|"
    r"есть|сейчас|теперь|yavlyaetsya|byl|byla|seychas|сегодня|today)\b)"
    r"(?!\w*(?:chair|head|director|deputy|secretar|president|commander|minister|chief|general|председател|руководител"
    r"|глав|директор|заместител|секретар|генеральн|генсек|gensek|президент|командующ|министр|начальник|predsedatel"
    r"|prosecutor|прокурор|генпрокурор|prokuror|genprokuror"
    r"|rukovoditel|direktor|zamestitel|sekretar|prezident|ministr|nachalnik))[\w-]+",
    re.I,
)


# "как зовут генпрокурора?": a post in one word, which ROLE_WORD (read by many yes/no rules) leaves out
_ONE_WORD_POST = cued(re.compile(r"\b(?:ген)?прокурор\w*|\b(?:gen)?prokuror\w*|\bprosecutor\b", re.I))


def title_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Who is the CIS Secretary-General" when the sources name only a deputy: no one holds the
    title asked; the people whose titles share its words are shown."""
    if not _WHO.search(parsed.text) or _WHO_DOES.search(parsed.text):
        return None
    if not ROLE_WORD.search(parsed.text) and _ONE_WORD_POST.search(parsed.text) is None:
        return None
    return _title_not_held(engine, parsed, base, mentions, nobody=True)


def title_held_by_a_deputy(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Did the CIS Secretary-General speak at the 13th meeting?", "выступал ли Генеральный секретарь
    СНГ лично?": a post nobody in the sources holds, whose deputy is named (Trefilov): "not recorded",
    with the deputy, never "the agenda does not mention this" nor the deputy's speech as the answer.
    A post no one holds anything like is left to the usual answer (a yes/no names bodies by the same
    words: "did the security secretaries meet …")."""
    if not ROLE_WORD.search(parsed.text) or DEPUTY.search(parsed.text):
        return None
    verdict = _title_not_held(engine, parsed, base, mentions, nobody=False)
    if verdict is None:
        return None
    # The post's own phrase is asked ("Secretary-General": the deputy's title holds it), not a word
    # the title shares with a body's name ("Council of Prosecutors General").
    asked = set(parsed.query.tokens) - GENERIC_TOKENS - {"~head_of"}
    titles, _ = all_titles(engine)
    for person_id, _title, words in titles:
        if person_id in verdict.value.get("holders", []) and any(w.startswith("~") and w in asked for w in words):
            return verdict
    return None


def _title_not_held(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, nobody: bool) -> Verdict | None:
    kb = engine.kb
    if any(kb.kind(h.entity) == "person" for h in mentions.hits):
        return None
    asked = asked_title(engine, parsed.text)
    if nobody and all(word.startswith("~") for word in asked):
        # "как зовут генпрокурора?": the post's one word is its only plain word asked
        asked |= {tok for match in _ONE_WORD_POST.finditer(parsed.text) for tok in text_tokens(match.group(0))}
    deputy_asked = DEPUTY.search(parsed.text) is not None
    holders: list[str] = []
    titles, by_word = all_titles(engine)
    # Only titles holding every plain word asked, or the phrase they make, can match whole.
    plain = [word for word in asked if not word.startswith("~")]
    candidates = set.intersection(*(set(by_word.get(word, ())) for word in plain)) if plain else set()
    candidates |= {i for word in asked if word.startswith("~") for i in by_word.get(word, ())}
    if nobody and plain and not candidates and not any(word in by_word for word in plain):
        # No one the sources name holds a post with that word at all ("the CIS Minister of Security"):
        # nobody holds it, and the bodies the other words reach are the nearest records.
        nearest = [h.entity for h in parsed.hits[:3] if h.score >= GUESS_SCORE and kb.kind(h.entity) in ("body", "organisation")]
        held_by_none: dict[str, Any] = {"person_text": None, "target": None, "holders": []}
        return _not_recorded(base, "title", held_by_none, nearest, [s for i in nearest[:1] for s in kb.entities[i].sources])
    for position in sorted(candidates):
        person_id, title, words = titles[position]
        deputy = shares_title(engine, asked, title, whole=True, words=words)
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
            r"\bheadquarter\w*|\bHQ\b|\bbased\b|\bштаб-?\s*квартир\w*|\bрасполага\w*|\bрасположен\w*|\bштаб\w*|\bshtab\w*"
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


def unrecorded_attribute(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
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
    documents = named_documents(engine, parsed)
    # A body whose words are all in a document's name is named by that name ("the border security programme").
    in_documents = {i for h in documents for i in h.name_tokens}
    named = [h.entity for h in documents] + [h.entity for h in entries if not h.name_tokens <= in_documents]
    # A meeting is asked about only by what it alone has (what it cost); what came of a document
    # adopted at a meeting named beside it is that meeting's outcome.
    # ("how do I get to Dushanbe?": a meeting hit by its city's name alone is no meeting named)
    place_words = {i for h in [*mentions.hits, *mentions.locating] if kb.kind(h.entity) in ("place", "state") for i in h.name_tokens}
    meetings = [h.entity for h in mentions.hits if kb.kind(h.entity) == "meeting" and not (h.name_tokens and h.name_tokens <= place_words)]
    named += meetings
    # People, places and states are asked about by name only (their cards say who or where they are).
    others = [h.entity for h in [*mentions.hits, *mentions.locating] if kb.kind(h.entity) in ("person", "place", "state")]
    speech = SPEECH_ABOUT.search(parsed.text) is not None
    # "how to get from the airport to the centre of Moscow": a body's generic noun alone ("centre",
    # "council") names no body beside the place.
    tokens = parsed.query.tokens
    by_noun = {h.entity for h in entries if h.name_tokens and all(BODY_NOUN.match(tokens[i]) for i in h.name_tokens)}
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
        # ("how do I get to": words too common to be searched are no word of a name either)
        own_words = set(text_tokens(names))
        if all((wished := set(text_tokens(match.group(0)))) and wished <= own_words for match in pattern.finditer(typed)):
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
    if not MEETING_WORDS.search(parsed.text) or is_yes_no(parsed.text) or tone_question(parsed.text):
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


_PRIVATE = frozenset({"personal", "weather", "country_facts", "travel", "tenure"})
# What someone said or thought about a thing asks for a statement, not for the thing.
SPEECH_ABOUT = re.compile(
    r"\b(?:say|said|says|spoke|speak|talk\w*|mention\w*|told|tell|stress\w*|emphasi[sz]\w*|noted?)\b"
    r"|\bговор\w*|\bсказа\w*|\bзаяв\w*|\bотмет\w*|\bупомян\w*|\bупомина\w*|\bподчеркн\w*"
    r"|\bgovor\w*|\bskaza\w*|\bzayav\w*|\botmet\w*|\bпо словам\b|\bpo slovam\b",
    re.I,
)


_YEAR_IN_NAME = re.compile(r"\b((?:19|20)\d\d)\b")


def named_year_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
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


def foreign_meeting(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
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


def kind_word_names(engine: Engine, parsed: Parsed, mentions: Mentions, kinds: tuple[str, ...] = ("body",)) -> bool:
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


def no_meetings_lookalike(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """What a body decided or discussed, when the sources record no meeting of it at all."""
    if parsed.intent.question not in ("outcomes", "agenda") and not _DECISIONS.search(parsed.text):
        return None
    if who_set_up.founded_by_decision(parsed.text):
        return None  # the decision that set the body up is its founding, recorded as such
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
        or unknown_word(parsed) is not None
    ):
        # A body that attended meetings is asked what it decided or discussed, not who mentioned a
        # decision; a place where nothing is recorded ("в Бишкеке") is for the place look-alikes to say.
        return None
    verdict = _not_recorded(base, "no_meetings", {"body": body.id, "attended": attended[:3]}, [body.id], list(body.sources))
    verdict.focus = [body.id]
    return verdict


PERIOD_NAME_COVER = 0.6
PERIOD_LEAD = 0.2  # and no other entry comes close


def period_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "What does the Military Cooperation Concept until 2035 say" (it runs until 2030): a named
    document asked with an end year it does not have, and no other named one has it."""
    named = named_documents(engine, parsed)
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


def no_holder(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Who chairs the Council of Interior Ministers": a body named outright whose officials the
    sources never name has no head to give (not its card as if it were one)."""
    # "Кто руководит Бюро...", "who heads the ATC": the intent read a verb of heading already.
    if parsed.intent.question != "head" and (not _WHO.search(parsed.text) or not ROLE_WORD.search(parsed.text)):
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
    return head_not_stated(kb, base, kb.entities[named[0].entity])
