"""Which entry a question is about, when no list or special answer takes it: the search's hits weighed
(how much of the question each explains, by its name and its own record), the one clearly ahead
chosen, a tie or a weak lead asked back as "did you mean", a meeting meant by its place or year
preferred to its body, and the field asked of the chosen entry answered (or a statement of it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import post_holders, question_form, said_match, statement_match
from bot.answers.city_meeting import meeting_of_city
from bot.answers.facts import SET_UP, answer_attribute
from bot.answers.questionwords import courtesy_only
from bot.answers.said_match import STATEMENT_SEARCH_HITS
from bot.answers.statement_match import FOCUS_AT, subject_group
from bot.answers.thresholds import ANSWER_AT, GUESS_AT, TIE
from bot.answers.verdict import Verdict
from bot.kb.base import meeting_date
from bot.kb.schema import Meeting, Person
from bot.search.index import Hit
from bot.search.text import is_stop
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


MIN_NAME_COVER = 0.3
# Share of the question's weight the answer must explain: one rare word matched next to an
# unknown one ("сколько стоит биткоин") is a coincidence, not an answer.
MIN_EXPLAINED = 0.6
ALTERNATIVE_GAP = 0.08
YEAR_GAP = 0.25  # how far behind a meeting of the year named may be and still be the one meant
MEETING_OF_TOP_GAP = 0.25  # a body's own meeting this close behind it answers what only meetings have

# A word a description or statement explains (0.7) even with a typo (0.8 of it) counts as explained.
SOLE_EXPLAINED = 0.55
SOLE_FLOOR = 0.2  # ... and, with a score this low, only when frame words weigh it down
SOLE_NAME_LEAD = 0.25  # of several candidates explaining every word, one's name must explain this much more

WHOLE_NAME_COVER = 0.95  # a clarifying question's only candidate named this fully is answered

# Verbs of a meeting's taking place: with a meeting word, a meeting held is asked.
_HELD_TOKENS = frozenset(text_tokens("прошло прошла прошли проходило проходила состоялось состоялась held proshlo"))

# An entry whose name is this much in the question is clearly meant when no other comes close.
CLEAR_NAME_COVER = 0.2
CLEAR_LEAD = 0.1

# A query word explained at least this well by an entry is its word, not a likeness.
EXACT_ENOUGH = 0.9
# The Russian words for a meeting, which the official names keep apart (and their Latin typing).
_MEETING_WORD_STEMS = ("совещан", "заседан", "встреч", "soveshchan", "soveshan", "zasedan", "vstrech")

# "reported by TASS", "о которой сообщил ТАСС", "as BelTA reported": where the asker read of it.
_REPORTED_BY = re.compile(
    r"\b(?:as )?(?:reported|covered|described|published) (?:by|in) (?P<outlet>[\w-]+)"
    r"|,? ?(?:о|об) котор\w+ (?:сообщ\w+|писал\w*|рассказ\w+) (?P<outlet_ru>[\w-]+)"
    r"|,? ?o kotor\w+ (?:soobsh\w+|pisal\w*|rasskaz\w+) (?P<outlet_lat>[\w-]+)",
    re.IGNORECASE,
)

# What only a meeting has: asked of a meeting word and a city, the city's card answers none of it.
_MEETING_QUESTIONS = frozenset({"count", "participants", "when", "speakers", "agenda", "outcomes", "holder"})

_HEADS = re.compile(
    r"\b(?:run|runs|lead|leads|head|heads|direct|directs|chair|chairs|in charge)\b"
    r"|\b(?:руковод|возглавл|возглав|управля|rukovod|vozglav)\w*",
    re.I,
)

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


def _when_or_where_of_quoted(engine: Engine, parsed: Parsed, base: Verdict, quoted: Verdict) -> Verdict:
    """ "When was the meeting on terrorism?": no meeting named outright, a statement of one meeting's
    record found by the topic; when or where is asked, so that meeting's date or place is the answer,
    not the statement. Anything else (a speaker's words, several meetings) stays the quote."""
    if parsed.intent.question not in ("when", "where") or quoted.kind != "quote" or not quoted.statements:
        return quoted
    if any(s.speaker for s in quoted.statements):
        return quoted
    occasions = {s.entity for s in quoted.statements}
    meeting = engine.kb.get(occasions.pop()) if len(occasions) == 1 else None
    if not isinstance(meeting, Meeting):
        return quoted
    asked = answer_attribute(engine.kb, replace(base), meeting, parsed.intent.question, None, parsed.text)
    return asked if asked is not None and asked.answered else quoted


def entity_verdict(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict:
    hits = parsed.hits
    said = said_match.said_verdict(engine, parsed, base)
    if said is not None:
        return said
    holder = post_holders.post_asked(engine, parsed)
    if holder is not None:
        base.kind, base.answered, base.focus = "card", True, [holder]
        base.sources = list(engine.kb.entities[holder].sources)
        return base
    if not hits or hits[0].score < GUESS_AT or hits[0].name_cover < MIN_NAME_COVER / 2:
        # "Сколько органов СНГ прислали свои рабочие структуры на июньское совещание": frame
        # words weigh the score down, though one entry explains every other word.
        framed = hits and hits[0].score >= SOLE_FLOOR and not engine._frame_words.isdisjoint(parsed.query.tokens)
        sole = _sole_explainer(engine, parsed, SOLE_FLOOR) if framed else None
        if sole is not None:
            return statement_match.about_entity(engine, sole, parsed, base)
        if (
            hits
            and parsed.intent.question == "card"
            and not any(parsed.query.unknown)
            and not courtesy_only(base.question)
        ):
            # "Drones and terrorism - anything?": no entry named, every word known; a statement
            # among the entries the words reach may explain them all.
            reached = [h.entity for h in hits[:STATEMENT_SEARCH_HITS]]
            found = statement_match.statement_verdict(engine, parsed, base, reached, about_names=True, any_question=True)
            if found is not None:
                return found
        base.reason = "out_of_scope"
        return base
    top = _choose(engine, parsed)
    # Either most of the question is explained, or a whole multi-word name is in it
    # ("which council brings together the ministers of internal affairs").
    whole_name = top.name_cover >= 0.8 and len(top.name_tokens) >= 2
    # And the name must be recognisably in the question: much of it, or it explains most of it.
    named = top.name_cover >= MIN_NAME_COVER or top.name_query_cover >= 0.8
    explained = _linked_cover(engine, parsed, top)
    confident = top.score >= ANSWER_AT and named and (explained >= MIN_EXPLAINED or whole_name)
    if not confident and top.score >= ANSWER_AT and top.name_cover >= 0.8:
        confident = _own_record_explains(engine, top, parsed)
    if confident and _meeting_asked_of_place(engine, parsed, top):
        confident = False
    several = _meetings_named_by_place(engine, parsed, top) if confident else []
    if several:
        # "Кто участвовал во встрече в Москве?", "…на совещании в Москве в июне": a meeting named
        # by its city, where several were held; the alternatives still offer the others.
        top = _meeting_there(engine, parsed, base, top, several)
    elif confident and parsed.intent.question == "card":
        meant = meeting_of_city(engine.kb, parsed.query.tokens, top)
        if meant is not None:
            top = next((h for h in parsed.hits if h.entity == meant), replace(top, entity=meant))
    if (
        not confident
        and parsed.intent.question == "when"
        and engine.kb.kind(top.entity) in ("body", "organisation")
        and top.name_cover >= 0.8
        and SET_UP.search(parsed.text)
    ):
        # "When was the EAG set up?": the verb of founding weighs the score down, but the body
        # named in full is what is asked (and the sources say, or do not say, when).
        confident = True
    base.confidence = round(top.score, 3)
    if not confident:
        # Before any statement: one entry explaining every word that names something is asked.
        sole = _sole_explainer(engine, parsed)
        if sole is not None:
            return statement_match.about_entity(engine, sole, parsed, base)
        quoted = statement_match.statement_verdict(engine, parsed, base)
        if quoted is not None:
            return quoted
        local = _said_at_place(engine, parsed, base, top)
        if local is not None:
            return local
        asked = _clear_attribute(engine, top, parsed, base)
        if asked is not None:
            return asked
        # Nothing named answers it: a statement among the entries the words reach may
        # ("what were the bodies' activities in 2025 aimed at").
        reached = [h.entity for h in hits[:STATEMENT_SEARCH_HITS]]
        found = statement_match.statement_verdict(engine, parsed, base, reached, about_names=True, any_question=True)
        if found is not None:
            return _when_or_where_of_quoted(engine, parsed, base, found)
        candidates = [h.entity for h in hits[:3] if h.score >= GUESS_AT]
        if parsed.intent.question == "card" and all(engine.kb.kind(c) in ("place", "state") for c in candidates):
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
            return statement_match.about_entity(engine, hits[0], parsed, base)
        reported = _REPORTED_BY.search(parsed.text)
        if reported is not None and _names_media(engine, reported.group("outlet") or reported.group("outlet_ru") or reported.group("outlet_lat")):
            # "the Moscow gathering ... reported by TASS — what was its purpose?": the outlet says
            # where the asker read of it, not what is asked; its name would only compete.
            plain = f"{parsed.text[: reported.start()]} {parsed.text[reported.end() :]}"
            without = entity_verdict(engine, engine.parse(plain, parsed.lang), replace(base))
            if without.answered:
                without.question = base.question
                return without
        base.kind = "clarify"
        base.reason = "unsure"
        base.alternatives = [h.entity for h in hits[:3] if h.score >= GUESS_AT]
        return base
    verdict = statement_match.about_entity(engine, top, parsed, base)
    verdict.alternatives = [
        h.entity for h in hits if h.entity != top.entity and h.score >= max(ANSWER_AT, top.score - ALTERNATIVE_GAP)
    ][:3]
    return verdict


def _sole_explainer(engine: Engine, parsed: Parsed, floor: float = GUESS_AT) -> Hit | None:
    """ "a mezhdunarodnyh organizaciy na iyunskom antiterror soveshchanii skolko prishlo": the
    score is diluted by words of the question's frame, but one candidate explains every word
    that names something; it is what is asked. Several that do: the one whose own name explains
    clearly the most of those words. None when a word naming something is unknown to the
    sources or left unexplained ("Was Moldova at any of the meetings?", "the XIX meeting")."""
    query = parsed.query
    left_out = engine._generic | engine._generic_groups | engine._frame_words
    content = [i for i, token in enumerate(query.tokens) if token not in left_out]
    premise: set[int] = set()
    if question_form.is_yes_no(parsed.text):
        # "Were the drills going to take place in Kyrgyzstan?": the place or state named is the
        # premise to check against the subject's record, not a word the subject must explain.
        premise = {
            i
            for hit in parsed.hits[:5]
            if hit.score >= floor and engine.kb.kind(hit.entity) in ("place", "state")
            for i in hit.name_tokens
        }
        content = [i for i in content if i not in premise]
    if not content or any(query.unknown[i] for i in content):
        return None
    hits = parsed.hits[:5]
    own = {hit.entity: _named_with_owners(engine, hit, hits) for hit in hits if hit.score >= floor}
    able = [
        hit
        for hit in hits
        if hit.score >= floor
        and hit.name_cover >= MIN_NAME_COVER / 2
        and not (premise and engine.kb.kind(hit.entity) in ("place", "state"))
        and all(max(hit.explained.get(i, 0.0), own[hit.entity].get(i, 0.0)) >= SOLE_EXPLAINED for i in content)
    ]
    # Those whose name is recognisably in the question first; a long name half-quoted
    # ("iyunskoe soveshchanie") only when none is.
    able = [hit for hit in able if hit.name_cover >= MIN_NAME_COVER] or able
    # Of an entry and the items it counts or lists ("how many basic organisations at the June
    # meeting"), the kind that answers the question asked.
    wanted = _SUPPORTS.get(parsed.intent.question)
    if wanted:
        able = [hit for hit in able if engine.kb.kind(hit.entity) in wanted] or able
    if len(able) <= 1:
        return able[0] if able else None
    total = sum(query.weights[i] for i in content) or 1.0

    def named_share(hit: Hit) -> float:
        return sum(query.weights[i] for i in content if i in hit.name_tokens or i in own[hit.entity]) / total

    ranked = sorted(able, key=named_share, reverse=True)
    return ranked[0] if named_share(ranked[0]) >= named_share(ranked[1]) + SOLE_NAME_LEAD else None


def _named_with_owners(engine: Engine, hit: Hit, hits: list[Hit]) -> dict[int, float]:
    """The words a meeting's body, city or country names among the candidates ("питерского
    заседания глав МВД": the city's name explains the meeting held there); none for another kind."""
    meeting = engine.kb.entities[hit.entity]
    if not isinstance(meeting, Meeting):
        return {}
    place = meeting.place
    owners = {meeting.body, place, engine.kb.country_of_place(place) if place else None}
    return {i: other.explained.get(i, 0.0) for other in hits if other.entity in owners for i in other.name_tokens}


def _own_record_explains(engine: Engine, top: Hit, parsed: Parsed) -> bool:
    """ "Klemez — which department does he run?": a person named in full, and the rest of the
    question explained by his own posts, though the index found it elsewhere."""
    person = engine.kb.entities[top.entity]
    if not isinstance(person, Person):
        return False
    query = parsed.query
    rest = [i for i in range(len(query.tokens)) if i not in top.name_tokens and query.tokens[i] not in engine._generic]
    if person.roles:
        # "which department does he run / lead / head": a post (director, chair) is heading it.
        heads = {token for found in _HEADS.finditer(parsed.text) for token in text_tokens(found.group(0))}
        rest = [i for i in rest if query.tokens[i] not in heads]
    if any(query.unknown[i] for i in rest):
        return False  # a word the sources do not know ("the 14th meeting") is asked of no record
    if not statement_match.asks_more(query, rest):
        return False
    # His posts only: a description retells what he said and where, which the statements answer.
    raw = text_tokens(" ".join(text for role in person.roles for text in (role.title.en, role.title.ru)))
    tokens = set(engine.index.fold_synonyms(raw)).union(raw)
    total = sum(query.weights[i] for i in rest) or 1.0
    found = sum(
        query.weights[i] * max((sim for token, sim in query.matches[i] if token in tokens), default=0.0)
        for i in rest
    )
    return found / total >= FOCUS_AT


def _clear_attribute(engine: Engine, top: Hit, parsed: Parsed, base: Verdict) -> Verdict | None:
    """A value asked of an entry that is clearly the one meant, though the question has words
    besides ("what period does the new programme cover, cheers"): among the entries that have
    such a value, one leads the others clearly and has part of its name in the question."""
    question = parsed.intent.question
    if question == "card":
        return None
    group = subject_group(parsed.intent)
    able: list[tuple[Hit, Verdict]] = []
    for hit in parsed.hits[:5]:
        if hit.score < GUESS_AT or hit.name_cover < CLEAR_NAME_COVER:
            continue
        if question == "count" and engine.kb.kind(hit.entity) != "fact":
            continue  # only the items a fact enumerates are counted here; meetings count elsewhere
        trial = Verdict(base.question, base.lang, base.kind, False, matches=base.matches, intent=base.intent)
        verdict = answer_attribute(engine.kb, trial, engine.kb.entities[hit.entity], question, group, parsed.text)
        if verdict is not None and verdict.kind == "fact" and verdict.reason != "not_stated":
            able.append((hit, verdict))
    if not able or (len(able) > 1 and able[1][0].score > able[0][0].score - CLEAR_LEAD):
        return None
    hit, verdict = able[0]
    if question in ("agenda", "outcomes"):
        others = statement_match.besides_asked(engine, hit, parsed, verdict.statements)
        verdict.statements = others if others is not None else statement_match.relevant_first(engine, hit, parsed, verdict.statements)
    return verdict


def _choose(engine: Engine, parsed: Parsed) -> Hit:
    """The best hit, preferring among near-equals one whose kind answers the question type."""
    hits = parsed.hits
    if parsed.intent.question == "role":
        # "Кем работает Клемез в Исполкоме СНГ": a post is held by a person; the body the
        # question also names (often scored higher, its name is longer) is where.
        person = next(
            (h for h in hits[:5] if h.score >= ANSWER_AT and h.name_cover >= 0.5 and engine.kb.kind(h.entity) == "person"),
            None,
        )
        if person is not None:
            return person
    wanted = _SUPPORTS.get(parsed.intent.question)
    if parsed.intent.question == "count" and parsed.intent.list_kind == "state" and "~meeting" in parsed.query.tokens:
        # "Сколько государств участвовало в июньском совещании 2025 года?": states are counted at a
        # meeting, not by the fact counting 2025's meetings that "совещании 2025 года" names as well (p24-044)
        wanted = {"meeting"}
    if parsed.intent.question == "when" and hits[0].score >= GUESS_AT and SET_UP.search(parsed.text):
        # "When was the Interior Ministers Council established?": the body's founding is asked,
        # not its meeting's date.
        bodies = [h for h in hits[:4] if engine.kb.kind(h.entity) in ("body", "organisation") and h.name_cover >= 0.8]
        # "When was the CIS Plus format created?": a name holding the body's and more is asked
        # (a fact of the body's own founding aside: "Establishment of the CIS ATC").
        wider = [o for o in hits[:4] if o.score >= GUESS_AT and engine.kb.kind(o.entity) != "fact"]
        bodies = [h for h in bodies if not any(o.name_tokens > h.name_tokens for o in wider)]
        # Of two named ("when did the Council of Heads of State decide to set up the ATC"), the
        # one whose founding is recorded; of one, that one.
        founded = [h for h in bodies if getattr(engine.kb.entities[h.entity], "established", None)]
        if founded or len(bodies) == 1:
            return (founded or bodies)[0]
        if _only_the_cis_named(engine, parsed):
            # "When was the CIS founded?": the Commonwealth itself, not the ATC's founding that
            # shares "CIS" and "founded" (and the sources do not say when the CIS was set up).
            return replace(hits[0], entity="cis", name_cover=1.0, name_query_cover=1.0)
    if parsed.intent.question == "outcomes" and engine.kb.kind(hits[0].entity) == "fact":
        # "What was adopted at the Dushanbe summit?": a fact summing up its documents names the
        # question best, but the meeting's own outcomes are the list asked for.
        related = set(getattr(engine.kb.entities[hits[0].entity], "related", ()))
        about = [h for h in hits[1:4] if h.entity in related and h.score >= GUESS_AT and engine.kb.kind(h.entity) == "meeting"]
        # ("какое совместное заявление приняли в Душанбе?" names a document of its own: that one)
        own_document = any(
            engine.kb.kind(h.entity) == "document" and h.score >= GUESS_AT and h.name_tokens - hits[0].name_tokens - about[0].name_tokens
            for h in hits[1:4]
        ) if about else False
        if about and not own_document:
            return about[0]
    if wanted and parsed.intent.years and "meeting" in wanted:
        dated = _meeting_of_year(engine, parsed)
        if dated is not None:
            return dated
    if wanted:
        for hit in hits:
            if hit.score < hits[0].score - ALTERNATIVE_GAP:
                break
            if engine.kb.kind(hit.entity) in wanted:
                return hit
        if "meeting" in wanted:
            # "Кто участвовал в заседании СМВД в Петербурге": the council named outright, its
            # meeting a little behind: who took part is asked of the meeting.
            linked = _meeting_of_top(engine, hits) or _only_meeting_there(engine, parsed)
            if linked is not None:
                return linked
    if (
        parsed.intent.question == "card"
        and engine.kb.kind(hits[0].entity) == "body"
        and "~meeting" in parsed.query.tokens
        and not _HELD_TOKENS.isdisjoint(parsed.query.tokens)
    ):
        # "совещание совета секретарей безопасности прошло …": a meeting held is asked, the
        # body's own meeting close behind it is the entry, not the body.
        held = _meeting_of_top(engine, hits)
        if held is not None:
            return held
    # Of entries scored alike, the one whose name says more of the question ("the bodies'
    # activities in 2025 were aimed at" over "the Executive Committee" the question cites).
    tied = [h for h in hits if h.score >= hits[0].score - TIE]
    return max(tied, key=lambda h: (h.name_query_cover, h.score))


def _only_the_cis_named(engine: Engine, parsed: Parsed) -> bool:
    """Whether the CIS is all a question names: its name and no other word of substance beside
    the question's frame ("когда СНГ было создано")."""
    if "~cis" not in parsed.query.tokens or "cis" not in engine.kb.entities:
        return False
    left_out = engine._generic | engine._generic_groups | engine._frame_words | engine._cis_words
    rest = [token for token in text_tokens(SET_UP.sub(" ", parsed.text)) if token not in left_out and not is_stop(token)]
    return not rest


def _meeting_of_year(engine: Engine, parsed: Parsed) -> Hit | None:
    """ "When did the counter-terrorism chiefs meet in Moscow in 2025?": the top meeting is not
    of the year named (or undated) and a meeting close behind is, and fully explains a word
    the top one does not (here "counter-terrorism"): the year and that word name it."""
    hits = parsed.hits
    top = hits[0]
    top_meeting = engine.kb.get(top.entity)
    if not isinstance(top_meeting, Meeting):
        return None
    top_date = meeting_date(top_meeting)
    if top_date is not None and top_date.year in parsed.intent.years:
        return None
    for hit in hits[1:4]:
        meeting = engine.kb.get(hit.entity)
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
            and parsed.query.tokens[i] not in engine._month_words
        ]
        if words:
            return hit
    return None


def _linked_cover(engine: Engine, parsed: Parsed, top: Hit) -> float:
    """Share of the question a chosen meeting explains, counting the words of the top hit it
    belongs to ("на совещании МВД в Питере": the city is where that meeting was held)."""
    hits = parsed.hits
    if top is hits[0] or engine.kb.kind(top.entity) != "meeting" or _meeting_of_top(engine, hits) is not top:
        return top.query_cover
    weights = parsed.query.weights
    total = sum(weights) or 1.0
    positions = {*top.explained, *hits[0].explained}
    found = sum(weights[i] * max(top.explained.get(i, 0.0), hits[0].explained.get(i, 0.0)) for i in positions)
    return max(top.query_cover, found / total)


def _meeting_asked_of_place(engine: Engine, parsed: Parsed, top: Hit) -> bool:
    """ "Сколько стран пришло на заседание совета обороны в Минске": a meeting's attribute asked
    and a city or state the best entry; its card answers none of it (no meeting there is
    recorded, or it would be the entry), so the engine is unsure, never confident."""
    return (
        parsed.intent.question in _MEETING_QUESTIONS
        and "~meeting" in parsed.query.tokens
        and engine.kb.kind(top.entity) in ("place", "state")
    )


def _meetings_named_by_place(engine: Engine, parsed: Parsed, top: Hit) -> list[str]:
    """The meetings held where the chosen meeting was, when the question names that meeting by
    its place alone ("the Moscow meeting", "встреча в Москве"): every word that names something
    is the place's or a word for a meeting. Years and months named narrow them (to one, perhaps not
    the top one). Empty otherwise."""
    if parsed.intent.question not in _MEETING_QUESTIONS:
        return []
    meeting = engine.kb.entities[top.entity]
    if not isinstance(meeting, Meeting) or not meeting.place:
        return []
    place_hit = next((h for h in parsed.hits[:5] if h.entity == meeting.place), None)
    if place_hit is None:
        return []
    # Years and months narrow the meetings below; a word the meeting explains only by a likeness
    # ("направил" ~ "направления") tells nothing.
    years = {str(year) for year in parsed.intent.years}
    months = question_form.months_named(parsed.text)
    left_out = engine._generic | engine._generic_groups | engine._frame_words | engine._month_words | {"~meeting"}
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
    held = list(engine.kb.meetings_held_in.get(meeting.place, []))
    dates = {m: str(getattr(engine.kb.entities[m], "date", None) or "") for m in held}
    if years:
        held = [m for m in held if dates[m][:4] in years]
    if months:
        held = [m for m in held if dates[m][5:7].isdigit() and int(dates[m][5:7]) in months]
    return held


def meeting_meant(engine: Engine, parsed: Parsed, meeting_id: str) -> str:
    """``meeting_id``, or the meeting of the same city the question means when it names the
    meeting by that city alone (see :meth:`_meeting_there`)."""
    hit = next((h for h in parsed.hits if h.entity == meeting_id), None)
    if hit is None:
        return meeting_id
    # Its participants are what a list of a meeting's states or bodies asks.
    parsed = replace(parsed, intent=replace(parsed.intent, question="participants"))
    several = _meetings_named_by_place(engine, parsed, hit)
    if not several:
        return meeting_id
    base = Verdict(parsed.text, parsed.lang, "decline", False)
    return _meeting_there(engine, parsed, base, hit, several).entity


def _meeting_there(engine: Engine, parsed: Parsed, base: Verdict, top: Hit, held: list[str]) -> Hit:
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
        worded = [m for m in held if any(stem in _russian_names(engine, m) for stem in typed)]
        if len(worded) == 1:
            return hit_of(worded[0])
    ranked = sorted(held, key=lambda m: m != top.entity)
    for entity_id in ranked:
        trial = statement_match.about_entity(engine, hit_of(entity_id), parsed, replace(base))
        if trial.answered and trial.reason is None:
            return hit_of(entity_id)
    return top


def _russian_names(engine: Engine, entity_id: str) -> str:
    """An entry's official Russian name and short names (not the aliases users type), in lower
    case, in one string."""
    entity = engine.kb.entities[entity_id]
    return " ".join([entity.name.get("ru"), *entity.short.ru]).lower()


def _only_meeting_there(engine: Engine, parsed: Parsed) -> Hit | None:
    """ "skoka stran bylo na soveshanii v pitere": a meeting word and a city where only one
    meeting was held, no meeting among the hits: that meeting, matched as the city is."""
    hits = parsed.hits
    if "~meeting" not in parsed.query.tokens or engine.kb.kind(hits[0].entity) != "place":
        return None
    if any(engine.kb.kind(h.entity) == "meeting" for h in hits):
        return None
    held = engine.kb.meetings_held_in.get(hits[0].entity, [])
    return replace(hits[0], entity=held[0]) if len(held) == 1 else None


def _meeting_of_top(engine: Engine, hits: list[Hit]) -> Hit | None:
    """A meeting among the close hits that belongs to the top hit (its body, place or country)."""
    top = hits[0].entity
    for hit in hits[1:5]:
        if hit.score < hits[0].score - MEETING_OF_TOP_GAP:
            break
        meeting = engine.kb.entities[hit.entity]
        if isinstance(meeting, Meeting):
            place = meeting.place
            country = engine.kb.country_of_place(place) if place else None
            if top in (meeting.body, place, country):
                return hit
    return None


def _names_media(engine: Engine, word: str | None) -> bool:
    """Whether a word is the name of a news outlet the knowledge base knows ("TASS", "БелТА")."""
    if not word:
        return False
    folded = word.lower()
    return any(
        getattr(entity, "category", None) == "media"
        and folded in {name.lower() for name in (entity.name.en, entity.name.ru, *entity.short.en, *entity.short.ru)}
        for entity in engine.kb.entities.values()
    )


def _said_at_place(engine: Engine, parsed: Parsed, base: Verdict, top: Hit) -> Verdict | None:
    """ "What procedures did the delegates in Moscow explore creating": of the meetings held in
    the place named, the one whose record says it; None when several say it alike."""
    held_there = engine.kb.meetings_held_in.get(top.entity, []) if engine.kb.kind(top.entity) == "place" else []
    if len(held_there) < 2 or top.name_cover < 0.8:
        return None
    local = statement_match.statement_verdict(engine, parsed, replace(base), held_there, covered=set(top.name_tokens))
    if local is None or len({statement.entity for statement in local.statements}) != 1:
        return None
    return local
