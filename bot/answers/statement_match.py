"""Which statements of the sources answer a question: the statements searched for the question and
scored by how much of it they explain (fully named entries, synonyms, examples, pairs that explain it
together), the ones told once only, and an entry's own statements put in focus (what it is, its most
relevant outcomes, those apart from a clause set aside).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import mentions, org_reported, provenance, question_reading, venue
from bot.answers.facts import answer_attribute
from bot.answers.intent import Intent
from bot.answers.question_reading import BESIDES, aside_clause
from bot.answers.thresholds import GUESS_AT
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Body, Document, Entity, Fact, Meeting, Organisation, Person
from bot.search.index import AnalysedQuery, Hit
from bot.search.text import prepare
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed



# A statement answers the words a named entity leaves unexplained when it explains this share of them.
STATEMENT_AT = 0.6
STATEMENT_NAME_COVER = 0.5
FOCUS_AT = 0.5  # a statement of the answered entry itself needs to explain less
RELEVANT_AT = 0.3  # an outcome explaining this much of the rest of the question is shown first
RELEVANT_SHOWN = 3  # ... with this many in all
# "approved" asked, and the outcomes that say so of themselves
_APPROVED_ASKED = re.compile(r"\bapprov\w*|(?<!\w)(?:утверд|одобр)\w*|\b(?:utverd|odobr)\w*", re.I)
_APPROVED_TEXT = re.compile(r"\bwas approved\b|\bwere approved\b", re.I)
NOTE_WEIGHT = 0.8

RETOLD_SHARE = 0.7  # a statement sharing this much of its words with one shown before retells it

PAIR_PART_AT = 0.3  # each of two statements that explain a question together explains this much alone

MONTH_ADJECTIVE = re.compile(
    r"\b(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр|yanvar|fevral|aprel|iyun|iun|iyul|iul|sentyabr"
    r"|oktyabr|noyabr|dekabr)(?:ьск|'?sk)\w*|\b(март|август|mart|avgust)ovsk\w*|\b(март|август)овск\w*"
    r"|\b(ма)йск\w*|\b(ma)[iy]sk\w*",
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


def _framed(token: str, framing: set[str]) -> bool:
    """Whether a query token is one of the framing words, or the same word read another way: a
    Latin-typed word is read as Russian in the query ("statya" -> "stat") and as English by the
    framing patterns ("stata")."""
    if token in framing:
        return True
    return len(token) >= 4 and any(len(f) >= 4 and (f.startswith(token) or token.startswith(f)) for f in framing)


MONTH_TOKENS = frozenset(
    text_tokens(
        "january february march april may june july august september october november december"
        " январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
        " января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    )
)

_CREDIT = re.compile(r"\bпо (?:мнению|оценке|оценкам)\b|\bpo (?:mneniyu|ocenke|otsenke)\b")

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


def subject_group(intent: Intent) -> str | None:
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


def about_entity(engine: Engine, hit: Hit, parsed: Parsed, base: Verdict) -> Verdict:
    """What the question asks about one entity."""
    entity = engine.kb.entities[hit.entity]
    focus = _focus_statements(engine, hit, parsed)
    question = parsed.intent.question
    if question == "card" and isinstance(entity, Meeting) and entity.agenda and question_reading.aside_positions(engine, parsed):
        # "What else, apart from road safety, did they take up": the rest of its agenda.
        question, focus = "agenda", []
    verdict = answer_attribute(engine.kb, base, entity, question, subject_group(parsed.intent), parsed.text)
    if verdict is not None:
        others = besides_asked(engine, hit, parsed, verdict.statements) if question in ("agenda", "outcomes") else None
        if others is not None:
            verdict.statements = others
        elif focus and question in ("agenda", "outcomes"):
            verdict.statements = _merge_statements(focus, verdict.statements)
        elif question in ("agenda", "outcomes"):
            verdict.statements = relevant_first(engine, hit, parsed, verdict.statements)
        return verdict
    if not focus and question in ("agenda", "card") and org_reported.REPORT.search(parsed.text.lower()):
        # "What is the EAG secretariat's report about?": the record's items that name it, not its card
        focus = org_reported.reported(engine.kb, entity)
    base.answered = True
    base.focus = [entity.id]
    base.sources = list(entity.sources)
    if focus and question == "card" and _OVERVIEW.match(parsed.typed or base.question):
        # "Расскажи про августовское заседание глав МВД стран СНГ": an overview is asked; the
        # words that describe the meeting ("стран") are no topic of one of its statements.
        focus = []
    if focus:
        base.kind = "quote"
        base.statements = _asked_parts(engine, hit, parsed, focus)
        base.sources = list(dict.fromkeys([*(s.source for s in focus if s.source), *entity.sources]))
    else:
        base.kind = "card"
    return base


# "про интернет", "about youth", "on drones": a topic asked of the entry's statements
_TOPIC_ASKED = re.compile(r"\b(?:про|насч[её]т|pro|naschet|about|regarding|concerning)\b", re.IGNORECASE)


def _asked_parts(engine: Engine, hit: Hit, parsed: Parsed, statements: list[Statement]) -> list[Statement]:
    """Each long statement from the part that holds the words asked ("что было про интернет на XVIII
    совещании?": the item on blocking content in the Internet comes late in the first session's
    exchange of practices and was cut off when shown); as `said.asked_clause` does for a person's words."""
    from bot.answers.said import asked_clause  # said reads this module's answers: imported when asked

    if _TOPIC_ASKED.search(parsed.text) is None:
        return statements  # no topic asked ("what did the UN decide on the statement?"): shown from its start
    named = set(hit.name_tokens)
    rest = [i for i in range(len(parsed.query.tokens)) if i not in named and parsed.query.weights[i] > 0]
    return [asked_clause(engine, parsed, rest, statement) for statement in statements] if rest else statements


def _own_source_positions(engine: Engine, hit: Hit, parsed: Parsed) -> set[int]:
    """Query positions of an organisation that published one of the entity's sources."""
    entity = engine.kb.entities[hit.entity]
    cites = set()
    for source_id in getattr(entity, "sources", ()):
        source = engine.kb.source(source_id)
        if source is not None:
            cites |= set(text_tokens(f"{source.publisher.en} {source.publisher.ru}"))
            if source.cite is not None:
                cites |= set(text_tokens(f"{source.cite.en} {source.cite.ru}"))
    return {
        i
        for h in parsed.hits[:6]
        if engine.kb.kind(h.entity) == "organisation" and h.score >= mentions.GUESS_SCORE
        for i in h.name_tokens
        if i < len(parsed.query.tokens) and parsed.query.tokens[i] in cites
    }


def _without_outcome_frame(engine: Engine, hit: Hit, parsed: Parsed, rest: list[int]) -> list[int]:
    """The positions left to explain without the words that only ask for a meeting's outcomes
    ("what did the summit decide", "какие решения принял саммит", "what did the CIS leaders
    decide"), when nothing else is asked of them: they pulled a side statement ("These
    decisions confirm the openness ...") or a note first. With other words ("what do the
    decisions show about its attitude to partners") they are part of what is asked."""
    if parsed.intent.question != "outcomes" or engine.kb.kind(hit.entity) != "meeting":
        return rest
    other = [i for i in rest if parsed.query.tokens[i] not in engine._outcome_words]
    return rest if other and asks_more(parsed.query, other) else other


def relevant_first(engine: Engine, hit: Hit, parsed: Parsed, statements: list[Statement]) -> list[Statement]:
    """A meeting's outcomes or agenda with the one that best explains the rest of the question
    first ("what do the decisions show about ...": the source's own reading of them), since only
    the first few are shown; as they were when none explains it at all."""
    query = parsed.query
    rest = [
        i
        for i in range(len(query.tokens))
        if i not in hit.name_tokens
        and query.tokens[i] not in engine._generic
        and not query.unknown[i]
    ]
    rest = _without_outcome_frame(engine, hit, parsed, rest)
    if len(statements) < 2 or not asks_more(query, rest):
        return statements
    scored = _scored_statements(engine, [hit.entity], query, rest, RELEVANT_AT)
    texts = [engine.index.statement(doc_id).en for _, _, doc_id in scored[:1]]  # type: ignore[attr-defined]
    first = [s for s in statements if s.en in texts]
    approved = _APPROVED_ASKED.search(parsed.text)
    if approved is not None and first and _APPROVED_TEXT.search(first[0].en):
        # "what was approved at the october summit in dushanbe on security?": every outcome that was
        # approved (the Concept and both programmes), not the best one and two other decisions
        first = [s for s in statements if _APPROVED_TEXT.search(s.en)]
    if not first:
        return statements
    # The question asks one thing of them: the rest only as context, a few.
    return [*first, *(s for s in statements if s not in first)][:RELEVANT_SHOWN]


def besides_asked(engine: Engine, hit: Hit, parsed: Parsed, statements: list[Statement]) -> list[Statement] | None:
    """ "What else, besides illegal migration, did they discuss": the items other than those that
    explain the rest of the question (the asker knows those); None unless "besides" is asked
    and some item, not all, is left out."""
    if not BESIDES.search(parsed.text.lower()):
        return None
    query = parsed.query
    rest = [
        i
        for i in range(len(query.tokens))
        if i not in hit.name_tokens and query.tokens[i] not in engine._generic and not query.unknown[i]
    ]
    clause = aside_clause(prepare(parsed.text))
    aside = question_reading.aside_tokens(engine, clause) if clause else set()
    if any(query.tokens[i] in aside for i in rest):
        # The words set aside are what the items left out must explain, not the rest of the
        # question ("кроме миграции ... в Петербурге": not the statements about the city).
        rest = [i for i in rest if query.tokens[i] in aside]
    if not rest:
        return None
    named = {engine.index.statement(doc_id).en for _, _, doc_id in _scored_statements(engine, [hit.entity], query, rest, RELEVANT_AT)}  # type: ignore[attr-defined]
    others = [s for s in statements if s.en not in named]
    return others if others and len(others) < len(statements) else None


def _focus_statements(engine: Engine, hit: Hit, parsed: Parsed) -> list[Statement]:
    """Statements of the entity that explain the part of the question its name does not."""
    query = parsed.query
    # "Что за учение Содружество-Антитеррор-2025?": a word of the entry's own full name ("учение",
    # "exercise") right beside the short name it was found by asks for the entry, not a statement.
    beside: set[int] = set()
    if hit.name_tokens:
        entity = engine.kb.entities[hit.entity]
        raw = text_tokens(f"{entity.name.en} {entity.name.ru}")
        own = {*raw, *engine.index.fold_synonyms(raw)}
        edges = (min(hit.name_tokens) - 1, max(hit.name_tokens) + 1)
        beside = {i for i in edges if 0 <= i < len(query.tokens) and query.tokens[i] in own}
    rest = [
        i
        for i in range(len(query.tokens))
        if i not in hit.name_tokens
        and query.tokens[i] not in engine._generic
        and not query.unknown[i]
        and i not in beside
    ]
    rest = _without_outcome_frame(engine, hit, parsed, rest)
    said_of = provenance.source_words(parsed.text.lower()) if rest and isinstance(engine.kb.entities[hit.entity], Meeting) else set()
    if said_of:
        # "О чём сообщает статья БелТА о заседании СМВД": the article, its verb and the
        # meeting's own publisher ask what the source reports of the meeting, not for a
        # statement or note that has the words "статья" or "BelTA"
        cited = _own_source_positions(engine, hit, parsed)
        framing = said_of | engine._reporting_words
        rest = [i for i in rest if i not in cited and not _framed(query.tokens[i], framing)]
    if not asks_more(query, rest):
        return []
    related = [f.id for f in engine.kb.facts_of(hit.entity)]
    # A document's own words are often among the outcomes of the meeting that adopted it.
    entity = engine.kb.entities[hit.entity]
    if isinstance(entity, Document) and entity.meeting and entity.meeting in engine.kb.entities:
        related.append(entity.meeting)
    if isinstance(entity, Meeting) and len(entity.sources) == 1 and provenance.source_words(parsed.text.lower()):
        # "How does the article on the Moscow meeting characterise CIS collaboration": the
        # article is asked, and its commentary may be kept with a remark it reports (a fact of
        # the same one source), not with the meeting.
        related += [
            fact.id
            for fact in engine.kb.entities.values()
            if isinstance(fact, Fact) and fact.sources == entity.sources and fact.id not in related
        ]
    scored = _scored_statements(engine, [hit.entity, *related], query, rest, FOCUS_AT)
    # A person's own record (posts, description) answers when it explains the rest better
    # than any statement ("which department does Klemez head": his post says; a statement
    # that merely mentions "heads of state" does not). A document's description retells its
    # statements, which quote the source better.
    person = engine.kb.entities[hit.entity]
    if scored and isinstance(person, Person) and _record_score(engine, person, query, rest) > scored[0][0]:
        return []
    if not scored and isinstance(entity, Body | Organisation):
        # "What are the EAG's assessments based on?": the sentence of its description that says.
        return description_sentence(engine, entity, query, rest)
    return [_as_statement(engine, owner, doc_id, with_speaker=False) for _, owner, doc_id in scored[:3]]


def description_sentence(engine: Engine, entity: Entity, query: AnalysedQuery, rest: list[int]) -> list[Statement]:
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
        tokens = set(engine.index.fold_synonyms(raw)).union(raw)
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


def _record_score(engine: Engine, person: Person, query: AnalysedQuery, rest: list[int]) -> float:
    """Share of the weight of ``rest`` that a person's description and posts explain."""
    texts = [person.description.en, person.description.ru]
    texts += [text for role in person.roles for text in (role.title.en, role.title.ru)]
    raw = text_tokens(" ".join(texts))
    tokens = set(engine.index.fold_synonyms(raw)).union(raw)
    total = sum(query.weights[i] for i in rest) or 1.0
    found = sum(
        query.weights[i] * max((sim for token, sim in query.matches[i] if token in tokens), default=0.0)
        for i in rest
    )
    return found / total


# "about <topic> at / in <meeting or city>": the topic asked, then where it was said.
_TOPIC_BEFORE_PLACE = re.compile(
    r"\b(?:about|regarding|concerning|про|о|об|обо|pro|ob)\s+(.+?)(?=\s+(?:at|in|during|на|в|во|na|v|vo)\s)",
    re.I,
)


def statement_verdict(
    engine: Engine,
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
    if parsed.intent.question in ("agenda", "outcomes") and BESIDES.search(parsed.text.lower()):
        return None  # the statements about what is left out are not what is asked
    named = named_hits(engine, parsed)
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
        and query.tokens[i] not in engine._generic
        and (about_names or not query.unknown[i] or (not named and query.tokens[i].startswith("#")))
    ]
    # Words for the source ("what does the report say about openness") say where it is said,
    # not what: they explain nothing unless nothing else is asked ("what did the EAG report").
    cited = provenance.source_words(parsed.text.lower())
    rest = [i for i in rest if query.tokens[i] not in cited] or rest
    if not MONTH_TOKENS.isdisjoint(query.tokens) and MONTH_ADJECTIVE.search(parsed.text):
        # "участники июньского совещания предлагали ...": the month read from the adjective
        # places the meeting; no statement is asked to say it.
        rest = [i for i in rest if query.tokens[i] not in MONTH_TOKENS] or rest
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
    if owners and all(engine.kb.kind(o) == "person" for o in owners):
        # "Какие угрозы назвал Клемез на заседании СМВД": the meeting places his words, the
        # rest asks what about (no other word left: the meeting is what is asked about).
        placed = venue.venue_tokens(parsed.text)
        if placed:
            placed |= set(engine.index.fold_synonyms(list(placed)))
            rest = [
                i for i in rest if not any(venue.is_placed(t, placed) for t in _with_synonyms(engine, {query.tokens[i]}))
            ] or rest
        # "What did Klemez say about history at the St Petersburg meeting?": the meeting (or its city)
        # named places his words too; the topic ("history") picks the statement, not "St Petersburg".
        # Only with a topic asked apart from it ("about history at …"): in "про Санкт-Петербург как
        # место встречи" the city is the topic, and without "about" the meeting may be what is asked.
        topic = _TOPIC_BEFORE_PLACE.search(parsed.text)
        locating = {i for h in named if engine.kb.kind(h.entity) in ("meeting", "place") for i in h.name_tokens}
        if topic is not None and locating:
            spelt = text_tokens(topic.group(1))
            in_topic = {*spelt, *engine.index.fold_synonyms(spelt)}
            if not any(query.tokens[i] in in_topic for i in locating):
                rest = [i for i in rest if i not in locating and query.tokens[i] != "~meeting"] or rest
    if not asks_more(query, rest):
        return None
    holders = list(dict.fromkeys(e for o in owners for e in (o, *(f.id for f in engine.kb.facts_of(o)))))
    scored = _scored_statements(engine, holders, query, rest, STATEMENT_AT)
    aside = question_reading.aside_positions(engine, parsed) if not scored else set()
    if aside and asks_more(query, without := [i for i in rest if i not in aside]):
        # "Besides sharpening capabilities, what procedures did they explore": when no statement
        # holds the words set aside too, they are what the asker knows from another one.
        scored = _scored_statements(engine, holders, query, without, STATEMENT_AT)
        rest = without if scored else rest
    if facts_by_name:
        scored = _with_fact_names(engine, parsed, holders, rest, scored)
    if notes_naming is not None:
        # Only the knowledge base's notes that name the person: what the source says near his
        # words without saying they are his.
        scored = [
            item
            for item in scored
            if (text := engine.index.statement(item[2])) in engine.kb.entities[item[1]].notes
            and notes_naming in text.en
        ]
    if (
        not scored
        and notes_naming is None
        and parsed.intent.question != "count"
        and all(engine.kb.kind(o) == "person" for o in owners)
    ):
        # Words of the CIS's name are in every remark: they pair nothing.
        scored = _paired_statements(engine, holders, query, [i for i in rest if query.tokens[i] not in engine._cis_words])
    if not scored and "(" in parsed.text:
        scored = _by_examples(engine, parsed, holders, rest)
    if not scored and not about_names:
        scored = _by_full_names(engine, parsed, holders, rest, [h for h in named if h.entity not in owners])
    if not scored:
        return None
    best = scored[0][0]
    statements = _not_retold(engine, [(owner, doc_id) for score, owner, doc_id in scored[:3] if score >= best - 0.15])
    base.kind, base.answered = "quote", True
    base.value = {"about": sorted(_with_synonyms(engine, {query.tokens[i] for i in rest}))}
    first = [named[0].entity] if named and named[0].entity in owners else []
    # A meeting's words named with their speaker (``_not_retold``) keep the meeting in focus too.
    said = [
        entry
        for s in statements
        for entry in ((s.entity, s.speaker) if s.speaker and engine.kb.kind(s.entity) == "meeting" else (s.speaker or s.entity,))
    ]
    base.focus = list(dict.fromkeys([*first, *said]))
    base.statements = statements
    base.sources = list(dict.fromkeys(s.source for s in statements if s.source))
    base.confidence = round(best, 3)
    return base


def _not_retold(engine: Engine, chosen: list[tuple[str, int]]) -> list[Statement]:
    """The chosen statements without those that retell one before them in other words (a
    headline fact summing up the remark it follows): one answer, not the same thing twice. The
    same words held by a meeting and by the person who said them keep the meeting and name him."""
    kept: list[tuple[frozenset[str], Statement]] = []
    for owner, doc_id in chosen:
        tokens = engine.index.statement_tokens(doc_id)
        statement = _as_statement(engine, owner, doc_id, with_speaker=True)
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


def _by_examples(engine: Engine, parsed: Parsed, holders: list[str], rest: list[int]) -> list[tuple[float, str, int]]:
    """The statements that hold the examples the asker gives of the items they want ("what are
    the ministries doing (operations, training etc.)", "какие направления (киберзащита и т.п.)"):
    the rest of the question describes those items in its own words, the examples in the source's."""
    found = _EXAMPLES.search(parsed.text)
    if found is None:
        return []
    raw = text_tokens(found.group(1) or found.group(2))
    given = set(engine.index.fold_synonyms(raw)).union(raw)
    examples = [i for i in rest if parsed.query.tokens[i] in given]
    if not examples:
        return []
    return _scored_statements(engine, holders, parsed.query, examples, STATEMENT_AT)


def _by_full_names(
    engine: Engine, parsed: Parsed, holders: list[str], rest: list[int], others: list[Hit]
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
            frozenset(engine.index.fold_synonyms(text_tokens(text)))
            for text in (engine.kb.entities[hit.entity].name.en, engine.kb.entities[hit.entity].name.ru)
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
        for doc_id in engine.index.statements(owner):
            tokens = engine.index.statement_tokens(doc_id)
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
                score += _statement_score(engine, owner, doc_id, query, left) * sum(query.weights[i] for i in left) / total
            if score >= STATEMENT_AT:
                scored.append((score, owner, doc_id))
    scored.sort(key=lambda item: -item[0])
    return scored


def _with_fact_names(
    engine: Engine, parsed: Parsed, holders: list[str], rest: list[int], scored: list[tuple[float, str, int]]
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
        fact = engine.kb.entities[hit.entity]
        if hit.entity not in holders or not isinstance(fact, Fact) or hit.score < GUESS_AT:
            continue
        for doc_id in engine.index.statements(hit.entity):
            if engine.index.statement(doc_id) != fact.value:
                continue
            tokens = engine.index.statement_tokens(doc_id)
            got = sum(
                query.weights[i]
                * max(hit.explained.get(i, 0.0), max((s for v, s in query.matches[i] if v in tokens), default=0.0))
                for i in rest
            )
            if got / total >= STATEMENT_AT:
                rescored = [item for item in rescored if item[2] != doc_id] + [(got / total, hit.entity, doc_id)]
    rescored.sort(key=lambda item: -item[0])
    return rescored


def _with_synonyms(engine: Engine, tokens: set[str]) -> set[str]:
    """Tokens with the words of the synonym groups among them ("~drugs" -> drug, narcot...)."""
    groups = {t for t in tokens if t.startswith("~")}
    if not groups:
        return tokens
    words = {word for phrase, group in engine.index.synonyms if group in groups for word in phrase}
    return (tokens - groups) | words


def named_hits(engine: Engine, parsed: Parsed) -> list[Hit]:
    """Hits whose name is in the question (not only its generic words)."""
    query = parsed.query
    return [
        h
        for h in parsed.hits[:5]
        if h.name_cover >= STATEMENT_NAME_COVER
        and h.score >= GUESS_AT
        and any(query.tokens[i] not in engine._generic for i in h.name_tokens)
    ]


def asks_more(query: AnalysedQuery, rest: list[int]) -> bool:
    """Whether the words left unexplained carry enough of the question to look for a statement."""
    total = sum(query.weights) or 1.0
    return bool(rest) and sum(query.weights[i] for i in rest) / total >= 0.15


def _scored_statements(
    engine: Engine, owners: list[str], query: AnalysedQuery, rest: list[int], threshold: float
) -> list[tuple[float, str, int]]:
    """(score, owner, statement) of the owners' statements that explain ``rest``, best first."""
    scored = []
    for owner in owners:
        for doc_id in engine.index.statements(owner):
            score = _statement_score(engine, owner, doc_id, query, rest)
            if score >= threshold:
                scored.append((score, owner, doc_id))
    scored.sort(key=lambda item: -item[0])
    return scored


def _paired_statements(
    engine: Engine, owners: list[str], query: AnalysedQuery, rest: list[int]
) -> list[tuple[float, str, int]]:
    """Two statements of one owner that together explain ``rest`` as one would have to, each a
    part the other lacks ("Klemez about the memory of the war": the war in one remark, the memory
    in the next); none when no pair does."""
    total = sum(query.weights[i] for i in rest) or 1.0
    parts: list[tuple[str, int, list[float]]] = []
    for owner in owners:
        for doc_id in engine.index.statements(owner):
            if engine.index.statement(doc_id) in engine.kb.entities[owner].notes:
                continue
            tokens = engine.index.statement_tokens(doc_id)
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


def _as_statement(engine: Engine, owner: str, doc_id: int, *, with_speaker: bool) -> Statement:
    text = engine.index.statement(doc_id)
    entity = engine.kb.entities[owner]
    # A note is the knowledge base's remark, said by nobody.
    speaker = _speaker(engine, owner) if with_speaker and text not in entity.notes else None
    source = entity.sources[0] if entity.sources else None
    return Statement(text.en, text.ru, owner, source, speaker)  # type: ignore[attr-defined]


def _statement_score(engine: Engine, owner: str, doc_id: int, query: AnalysedQuery, rest: list[int]) -> float:
    """How well a statement explains the rest of the question; a note (the knowledge base's own
    remark about its sources) counts for less than what the sources say."""
    score = engine.index.score_doc(doc_id, query, rest)
    if score and engine.index.statement(doc_id) in engine.kb.entities[owner].notes:
        score *= NOTE_WEIGHT
    return score


def _speaker(engine: Engine, owner: str) -> str | None:
    """Who said a statement held by ``owner``: a person, or the person a fact is about."""
    entity = engine.kb.entities[owner]
    if engine.kb.kind(owner) == "person":
        return owner
    if isinstance(entity, Fact):
        people = [r for r in entity.related if engine.kb.kind(r) == "person"]
        return people[0] if len(people) == 1 else None
    return None
