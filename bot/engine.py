"""Question answering: from a user's text to an answer in HTML, or a polite refusal.

The steps, each a small function: undo a wrong keyboard layout, read what is asked
(:mod:`bot.intent`), search the index, then either compute a list from the data (meetings in
Moscow, programmes until 2030) or answer about one entity with the field asked for.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot import render as R
from bot import text as T
from bot.documents import build_index
from bot.i18n import EXAMPLES, KIND_LABEL, MESSAGES, format_date
from bot.index import AnalysedQuery, Hit, SearchIndex
from bot.intent import Intent, detect
from bot.kb import KnowledgeBase, meeting_date
from bot.schema import Body, Document, Entity, Fact, Meeting, Organisation, PartialDate, Person, Place, State

# Calibrated on the development questions: below ANSWER_AT the bot does not claim an answer;
# between GUESS_AT and ANSWER_AT it offers its best guesses as "did you mean".
ANSWER_AT = 0.5
GUESS_AT = 0.3
MIN_NAME_COVER = 0.3
# Share of the question's weight the answer must explain: one rare word matched next to an
# unknown one ("сколько стоит биткоин") is a coincidence, not an answer.
MIN_EXPLAINED = 0.6
ALTERNATIVE_GAP = 0.08
MAX_QUESTION_CHARS = 1000

# Words of the domain that do not narrow a list ("CIS", "security sphere", "held").
_GENERIC_WORDS = (
    "CIS СНГ Commonwealth Содружество independent независимых security безопасности sphere сфере field "
    "area cooperation сотрудничества member states государств участников held проведены проводились прошли took place "
    "run действуют действовали valid year году год года god goda godu v knowledge base database база знаний "
    "базе данных"
)
# Russian question and year words typed in Latin letters that are no stop words.
_TRANSLIT_MARKS = frozenset({"skolko", "skol'ko", "goda", "godu", "god"})
_YEAR_TOKEN = re.compile(r"^#(?:19|20|21)\d\d$")
_SESSIONS = re.compile(r"\bsessions?\b|\bсесси\w*|\bсекци\w*")

# Which question types an entity kind can answer directly.
_SUPPORTS: dict[str, set[str]] = {
    "when": {"meeting", "document", "fact"},
    "where": {"meeting", "document"},
    "speakers": {"meeting"},
    "participants": {"meeting"},
    "agenda": {"meeting"},
    "outcomes": {"meeting", "document"},
    "head": {"body", "organisation"},
    "count": {"meeting", "fact"},
}


@dataclass
class Match:
    id: str
    kind: str
    score: float


@dataclass
class Answer:
    question: str
    lang: str
    answered: bool
    html: str
    matches: list[Match] = field(default_factory=list)
    intent: str = "card"
    entity: str | None = None
    alternatives: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.html,
            "lang": self.lang,
            "intent": self.intent,
            "matches": [{"id": m.id, "kind": m.kind, "score": round(m.score, 3)} for m in self.matches],
        }


@dataclass
class Parsed:
    """A question after layout repair, intent detection and search."""

    text: str
    lang: str
    intent: Intent
    query: AnalysedQuery
    hits: list[Hit]


class Engine:
    """Answers questions from one knowledge base. Immutable: reload by building a new Engine."""

    def __init__(self, kb: KnowledgeBase, index: SearchIndex | None = None, previous: Engine | None = None):
        """``previous``: the engine this one replaces on a reload; what its index analysed
        is reused instead of analysed again."""
        self.kb = kb
        self.index: SearchIndex = index or build_index(kb, previous.index if previous is not None else None)
        self._generic = set(T.tokens(_GENERIC_WORDS))
        # The knowledge base and its index are long-lived and never change: keeping them out of
        # the garbage collector's generations avoids full collections that rescan millions of
        # objects in the middle of a question (hundreds of milliseconds at 10,000 entities).
        # No collection first: the index is built with the collector paused and holds no
        # garbage cycles worth a full pass over millions of objects.
        gc.freeze()

    # --- parsing ------------------------------------------------------------------------------

    def fix_layout(self, text: str) -> tuple[str, bool]:
        """Undo a wrong keyboard layout when the swapped text is clearly more recognisable."""
        share = T.cyrillic_share(text)
        swapped = T.swap_layout_to_latin(text) if share > 0.5 else T.swap_layout_to_cyrillic(text)
        if swapped == text:
            return text, False
        before = self.index.knownness(T.tokens(text))
        if before >= 0.75:  # clearly typed as meant: no need to look at the other layout
            return text, False
        swapped_tokens = T.tokens(swapped)
        # Words typed on the wrong layout come out whole when swapped back: if hardly any does,
        # the other layout is noise and not worth a fuzzy look at every one of its "words".
        if self.index.knownness(swapped_tokens, exact=True) < 0.2:
            return text, False
        after = self.index.knownness(swapped_tokens)
        if after >= 0.6 and after > before + 0.25:
            return swapped, True
        return text, False

    def language(self, cyrillic: float, prepared: str, query: AnalysedQuery) -> str:
        """The question's language from its share of Cyrillic letters, its prepared text
        (:func:`bot.text.prepare`) and what its words matched."""
        if cyrillic >= 0.3:
            return "ru"
        # Russian in Latin letters shows in its little words ("kto", "kakie", "v 2025 godu").
        words = [w for w in prepared.split() if len(w) > 1]
        russian = sum(1 for w in words if w in T.STOP_TRANSLIT or w in _TRANSLIT_MARKS) + query.read_as_russian
        if russian > sum(1 for w in words if w in T.STOP_EN):
            return "ru"
        # Russian typed in Latin letters matches tokens that only Russian names have.
        ru = en = 0.0
        for weight, matches in zip(query.weights, query.matches, strict=True):
            if not matches:
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

    def parse(self, question: str, lang: str | None = None) -> Parsed:
        text = T.clean(question)[:MAX_QUESTION_CHARS]
        text, _ = self.fix_layout(text)
        prepared = T.prepare(text)
        intent = detect(prepared)
        search_text = intent.search_text
        if intent.list_kind:
            for word in intent.kind_words:
                search_text = re.sub(rf"\b{re.escape(word)}\b", " ", search_text)
        cyrillic = T.cyrillic_share(text)
        query = self.index.analyse(T.tokens(search_text), lambda: T.surface_words(search_text), cyrillic < 0.5)
        hits = self.index.search(query, limit=10)
        return Parsed(text, lang or self.language(cyrillic, prepared, query), intent, query, hits)

    # --- answering ----------------------------------------------------------------------------

    def answer(self, question: str, lang: str | None = None, today: date | None = None) -> Answer:
        if not any(c.isalnum() for c in question):
            use = lang or ("ru" if T.has_cyrillic(question) else "en")
            return Answer(question, use, False, _with_examples(MESSAGES["empty"][use], use), intent="empty")
        parsed = self.parse(question, lang)
        matches = [Match(h.entity, self.kb.kind(h.entity), h.score) for h in parsed.hits[:5]]
        listed = self._list_answer(parsed, today or date.today())
        if listed is not None:
            html, kind = listed
            return Answer(question, parsed.lang, True, html, matches, intent=f"list:{kind}")
        return self._entity_answer(question, parsed, matches)

    def _entity_answer(self, question: str, parsed: Parsed, matches: list[Match]) -> Answer:
        lang, hits = parsed.lang, parsed.hits
        if not hits or hits[0].score < GUESS_AT or hits[0].name_cover < MIN_NAME_COVER / 2:
            return Answer(question, lang, False, _decline(lang), matches, intent="decline")
        top = self._choose(parsed)
        # Either most of the question is explained, or a whole multi-word name is in it
        # ("which council brings together the ministers of internal affairs").
        whole_name = top.name_cover >= 0.8 and len(top.name_tokens) >= 2
        # And the name must be recognisably in the question: much of it, or it explains most of it.
        named = top.name_cover >= MIN_NAME_COVER or top.name_query_cover >= 0.8
        confident = top.score >= ANSWER_AT and named and (top.query_cover >= MIN_EXPLAINED or whole_name)
        if not confident:
            guesses = [h.entity for h in hits[:3] if h.score >= GUESS_AT]
            lines = [R.esc(MESSAGES["not_sure"][lang])]
            lines += [f"• {R.entity_line(self.kb, self.kb.entities[g], lang)}" for g in guesses]
            return Answer(question, lang, False, "\n".join(lines), matches, intent="guess", alternatives=guesses)
        html = self._render_entity(top, parsed)
        alternatives = [
            h.entity for h in hits if h.entity != top.entity and h.score >= max(ANSWER_AT, top.score - ALTERNATIVE_GAP)
        ][:3]
        if alternatives:
            names = "; ".join(R.name(self.kb, a, lang) for a in alternatives)
            html += f"\n\n{R.esc(MESSAGES['did_you_mean'][lang])}: {names}?"
        return Answer(
            question,
            lang,
            True,
            html,
            matches,
            intent=parsed.intent.question,
            entity=top.entity,
            alternatives=alternatives,
        )

    def _choose(self, parsed: Parsed) -> Hit:
        """The best hit, preferring among near-equals one whose kind answers the question type."""
        hits = parsed.hits
        wanted = _SUPPORTS.get(parsed.intent.question)
        if wanted:
            for hit in hits:
                if hit.score < hits[0].score - ALTERNATIVE_GAP:
                    break
                if self.kb.kind(hit.entity) in wanted:
                    return hit
        return hits[0]

    # --- one entity ---------------------------------------------------------------------------

    def _render_entity(self, hit: Hit, parsed: Parsed) -> str:
        kb, lang, question = self.kb, parsed.lang, parsed.intent.question
        entity = kb.entities[hit.entity]
        focus = self._focus_statements(hit, parsed)
        body = _field_answer(kb, entity, parsed.intent, parsed.text, lang)
        if body is None:
            if focus:
                lead = R.entity_line(kb, entity, lang)
                body = "\n".join([lead, *R.bullets(R.esc(s) for s in focus)])
            else:
                return R.card(kb, hit.entity, lang)
        elif focus and question in ("card", "agenda", "outcomes"):
            body += "\n" + "\n".join(R.bullets(R.esc(s) for s in focus))
        return body + "\n" + R.sources_footer(kb, R.answer_sources(entity, question), lang)

    def _focus_statements(self, hit: Hit, parsed: Parsed) -> list[str]:
        """Statements of the entity that explain the part of the question its name does not."""
        query = parsed.query
        rest = [
            i
            for i in range(len(query.tokens))
            if i not in hit.name_tokens and query.tokens[i] not in self._generic and not query.unknown[i]
        ]
        total = sum(query.weights) or 1.0
        if not rest or sum(query.weights[i] for i in rest) / total < 0.15:
            return []
        scored = []
        related = [f.id for f in self.kb.facts_of(hit.entity)]
        candidates = [d for e in (hit.entity, *related) for d in self.index.statements(e)]
        for doc_id in candidates:
            score = self.index.score_doc(doc_id, query, rest)
            if score >= 0.5:
                scored.append((score, doc_id))
        scored.sort(key=lambda x: -x[0])
        out = []
        for _, doc_id in scored[:3]:
            out.append(self.index.statement(doc_id).get(parsed.lang))  # type: ignore[attr-defined]
        return out

    # --- lists --------------------------------------------------------------------------------

    def _list_answer(self, parsed: Parsed, today: date) -> tuple[str, str] | None:
        intent = parsed.intent
        kind = intent.list_kind
        if kind is None:
            return None
        filters = self._filters(parsed)
        if filters is None:
            return None
        # A headline figure from the sources beats our own count ("20 meetings were held in 2025").
        if intent.question == "count":
            for hit in parsed.hits[:3]:
                fact = self.kb.entities[hit.entity]
                if isinstance(fact, Fact) and fact.number is not None and hit.score >= ANSWER_AT:
                    return R.card(self.kb, hit.entity, parsed.lang), "fact"
        ids = self._select(kind, intent, filters, today)
        lang = parsed.lang
        if not ids and intent.upcoming and kind == "meeting":
            return self._nothing_upcoming(lang, today), kind
        title = ""
        if intent.question == "count":
            title = f"{len(ids)} — {KIND_LABEL[kind][lang]}"
        return R.entity_list(self.kb, ids, kind, lang, title), kind

    def _nothing_upcoming(self, lang: str, today: date) -> str:
        """No future meeting is known: say so, and show the latest one instead."""
        dated = [m for m in self.kb.of_kind("meeting") if isinstance(m, Meeting) and m.date]
        lines = [
            R.esc(
                MESSAGES["no_upcoming"][lang].format(
                    today=format_date(PartialDate(today.year, today.month, today.day), lang)
                )
            )
        ]
        if dated:
            latest = max(dated, key=lambda m: PartialDate.parse(m.date or "").sort_key())
            lines += [R.esc(MESSAGES["latest"][lang]), f"• {R.meeting_line(self.kb, latest, lang)}"]
            lines.append(R.sources_footer(self.kb, latest.sources, lang))
        return "\n".join(lines)

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
        usable = _FILTERS_FOR.get(intent.list_kind or "", set())
        for hit in parsed.hits:
            kind = self.kb.kind(hit.entity)
            # A filter must be named by the question, not merely resemble it, and must be one
            # that narrows this kind of list ("countries at the St Petersburg meeting" is not a
            # list of states filtered by a city: it is a question about that meeting).
            named = all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in hit.name_tokens)
            if kind in usable and hit.name_cover >= 0.85 and hit.name_tokens and named:
                filters[kind].append(hit.entity)
                covered |= hit.name_tokens
        category_tokens = set(T.tokens(" ".join(intent.categories) + " sectoral specialised specialized")) | {
            "otrasl",
            "specializirovan",
        }
        total = sum(query.weights) or 1.0
        residual = 0.0
        for i, tok in enumerate(query.tokens):
            if i in covered or tok in self._generic or _YEAR_TOKEN.match(tok) or tok in category_tokens:
                continue
            if any(tok.startswith(c) for c in category_tokens if len(c) > 5):
                continue
            residual += query.weights[i]
        if residual / total > 0.3:
            return None
        return filters

    def _select(self, kind: str, intent: Intent, filters: dict[str, list[str]], today: date) -> list[str]:
        kb = self.kb
        out: list[tuple[Any, int, str]] = []
        # Meetings named by a place, state, body, organisation or person are found through the
        # derived links instead of a scan of every meeting.
        linked = (
            [set(self._meetings_for(key, i, intent)) for key in filters for i in filters[key]]
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
            allowed is not None and not intent.upcoming and not (filters["state"] and intent.question == "participants")
        )
        # Dated entries chronologically, undated ones last in the order the files give them.
        for entity in candidates:
            if not implied and not self._keep(entity, intent, filters, today):
                continue
            out.append((kb.date_key.get(entity.id) or (9999, 0, 0), kb.position[entity.id], entity.id))
        out.sort()
        return [i for _, _, i in out]

    def _meetings_for(self, key: str, entity_id: str, intent: Intent) -> list[str]:
        """The meetings a filter can keep: those held there for a place (or a state, unless the
        question asks who took part), those linked to it otherwise."""
        if key == "place" or (key == "state" and intent.question != "participants"):
            return self.kb.meetings_held_in.get(entity_id, [])
        return self.kb.meetings_by.get(entity_id, [])

    def _keep(self, entity: Entity, intent: Intent, filters: dict[str, list[str]], today: date) -> bool:
        kb = self.kb
        if isinstance(entity, Meeting):
            return _keep_meeting(kb, entity, intent, filters, today)
        if isinstance(entity, Document):
            if intent.until and entity.period_end != intent.until:
                return False
            if intent.years and not _document_in_years(entity, intent.years):
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
            return not cats or entity.category in cats
        return True


# Which named entities can narrow which kind of list.
_FILTERS_FOR: dict[str, set[str]] = {
    "meeting": {"place", "state", "body", "organisation", "person"},
    "document": {"place", "state", "body"},
}

_CATEGORY_KIND: dict[type, set[str]] = {
    Body: {"sectoral", "specialised"},
    Organisation: {"international", "basic_organisation"},
}


def _keep_meeting(kb: KnowledgeBase, m: Meeting, intent: Intent, filters: dict[str, list[str]], today: date) -> bool:
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
        if intent.question == "participants":
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


def _document_in_years(doc: Document, years: list[int]) -> bool:
    d = meeting_date(doc)
    if d is not None and d.year in years:
        return True
    start, end = doc.period_start, doc.period_end
    return any((start or end or 0) <= y <= (end or start or 0) for y in years if start or end)


# --- field answers -----------------------------------------------------------------------------


def _field_answer(kb: KnowledgeBase, entity: Entity, intent: Intent, text: str, lang: str) -> str | None:
    """The specific fact asked for, or None when the whole card is the answer."""
    question = intent.question
    if isinstance(entity, Meeting):
        return _meeting_field(kb, entity, intent, text, lang)
    if isinstance(entity, Document) and question in ("when", "where"):
        lead = R.document_line(entity, lang)
        lines = [lead]
        if entity.date:
            lines.append(R.date_line(entity, lang))
        meeting = kb.get(entity.meeting) if entity.meeting else None
        if isinstance(meeting, Meeting):
            lines.append(f"{R.adopted_at(entity, lang)} {R.meeting_line(kb, meeting, lang)}")
        if len(lines) == 1:
            lines.append(R.esc(MESSAGES["no_date"][lang].format(name=entity.name.get(lang))))
        return "\n".join(lines)
    if isinstance(entity, Body | Organisation) and question == "head":
        heads = R.head_lines(kb, entity.id, lang)
        if not heads:
            return R.esc(MESSAGES["no_head"][lang].format(name=entity.name.get(lang)))
        return "\n".join([f"<b>{R.esc(entity.name.get(lang))}</b>", *R.bullets(heads)])
    if isinstance(entity, Fact):
        return None
    if isinstance(entity, Person | State | Organisation | Place | Body) and question in ("when", "where"):
        lines = [f"<b>{R.esc(entity.name.get(lang))}</b>"]
        if isinstance(entity, Body) and entity.established and question == "when":
            established = format_date(PartialDate.parse(entity.established), lang)
            lines.append(f"{R.label('established', lang)} {R.esc(established)}")
            year = entity.established[:4]
            lines += R.bullets(R.esc(f.get(lang)) for f in entity.facts if year in f.en)
        meetings = kb.meetings_of(entity.id)
        # A body's own meetings answer "when did it meet"; meetings it merely attended come after.
        own = [m for m in meetings if m.body == entity.id]
        meetings = own or meetings
        if meetings:
            lines.append(R.label("meetings", lang))
            lines += R.bullets(R.meeting_line(kb, m, lang) for m in meetings)
        return "\n".join(lines) if len(lines) > 1 else None
    return None


def _meeting_field(kb: KnowledgeBase, m: Meeting, intent: Intent, text: str, lang: str) -> str | None:
    question = intent.question
    title = R.meeting_line(kb, m, lang)
    name = m.name.get(lang)
    if question == "when":
        if m.date is None:
            return "\n".join([title, R.esc(MESSAGES["no_date"][lang].format(name=name)), *R.notes_block(m.notes, lang)])
        return f"{title}\n{R.date_line(m, lang)}"
    if question == "where":
        place = R.place_text(kb, m, lang)
        if not place:
            return R.esc(MESSAGES["no_place"][lang].format(name=name))
        return f"{title}\n{R.label('place', lang)} {place}"
    if question == "participants":
        only = _subject_group(intent)
        lines = R.participants_lines(kb, m, lang, only)
        if not lines:
            lines = R.participants_lines(kb, m, lang)
        if not lines:
            return R.esc(MESSAGES["no_participants"][lang].format(name=name))
        return "\n".join([title, *lines])
    if question == "speakers":
        lines = R.speakers_lines(kb, m, lang)
        if not lines:
            return R.esc(MESSAGES["no_speakers"][lang].format(name=name))
        return "\n".join([title, *lines])
    if question == "outcomes":
        lines = R.outcomes_lines(kb, m, lang)
        return "\n".join([title, *lines]) if lines else None
    if question == "agenda":
        lines = R.agenda_lines(m, lang)
        return "\n".join([title, *lines]) if lines else None
    if question == "count":
        return _meeting_count(kb, m, intent, text, lang)
    return None


def _subject_group(intent: Intent) -> str | None:
    if "basic_organisation" in intent.categories:
        return "basic_organisations"
    groups = {"state": "states", "body": "bodies", "organisation": "organisations", "person": "people"}
    for kind in intent.subject_kinds:
        if kind in groups:
            return groups[kind]
    return None


def _meeting_count(kb: KnowledgeBase, m: Meeting, intent: Intent, text: str, lang: str) -> str:
    title = R.meeting_line(kb, m, lang)
    counts = m.stated_counts
    by_kind = R.stated_sessions(m, lang)  # the source's own words ("a plenary session and 4 …")
    if _SESSIONS.search(text.lower()) and (by_kind or counts.sessions or m.sessions):
        n = R.esc(by_kind) if by_kind else counts.sessions or len(m.sessions)
        return f"{title}\n{R.label('sessions', lang)} <b>{n}</b>\n" + "\n".join(
            R.bullets(R.esc(s.title.get(lang)) for s in m.sessions)
        )
    group = _subject_group(intent) or "states"
    lines = R.participants_lines(kb, m, lang, group)
    stated = getattr(counts, group, None) if group != "people" else None
    if group in ("organisations", "basic_organisations"):
        basic = [o for o in m.participants.organisations if getattr(kb.get(o), "category", "") == "basic_organisation"]
        listed = len(basic) if group == "basic_organisations" else len(m.participants.organisations) - len(basic)
    else:
        listed = len(getattr(m.participants, group))
    n = stated if stated is not None else listed
    lead = f"{title}\n{R.label(group, lang)} <b>{n}</b>"
    return "\n".join([lead, *lines])


def _decline(lang: str) -> str:
    return _with_examples(MESSAGES["decline"][lang], lang)


def _with_examples(message: str, lang: str) -> str:
    lines = [R.esc(message), "", R.esc(MESSAGES["examples_title"][lang])]
    lines += [f"• <i>{R.esc(e)}</i>" for e in EXAMPLES[lang]]
    return "\n".join(lines)


def search_entities(engine: Engine, query: str, limit: int = 10) -> tuple[list[str], str]:
    """Entities for an inline query, best first, and the query's language."""
    parsed = engine.parse(query)
    ids = [h.entity for h in parsed.hits if h.score >= GUESS_AT and h.name_cover > 0][:limit]
    return ids, parsed.lang
