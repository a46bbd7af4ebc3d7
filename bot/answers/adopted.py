"""Documents and statuses in yes/no questions: whether a document was adopted at a meeting, in a
place or within a period ("was the programme for 2021-2025 approved in Dushanbe"), which documents
of a kind were adopted beside it, who signed it, and whether a state was granted a status
(observer) at a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from bot.answers.assertions import ALTERNATIVE_ANY, alternatives_in
from bot.answers.claimedperiod import period_of_other
from bot.answers.mentions import MENTION_COVER, MENTION_SCORE, _held_in, _not_recorded, _verdict
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Document, Entity, Fact, Organisation, PartialDate, State
from bot.search.index import Hit
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

ADOPTED = re.compile(
    r"\b(?:adopt\w*|approv\w*|endors\w*|sign\w*|pass(?:ed)?|grant\w*|decid\w*)\b"
    r"|\bприня(?:т|л)\w*|\bутвер(?:жд|ди)\w*|\bодобр\w*|\bподписа\w*|\bпредостав\w*|\bрешил\w*"
    r"|\b(?:utver(?:zhd|di)\w*|prin[yi]a[lt]\w*|odobr\w*|podpisa\w*)"
    # a status "given": "дали статус наблюдателя", "gave the SCO observer status"
    r"|\b(?:give|gave|given)\b|\bдал[аи]?\b|\bприсво\w*"
    r"|\bprinyat\w*|\butverzhd\w*|\bodobr\w*|\bpredostav\w*|\bdal[ai]?\b"
    # a status or format received or set up: "ШОС получила статус", "uchredili format"
    r"|\b(?:receiv\w*|obtain\w*|get|gets|got|establish\w*)\b|\bполучи\w*|\bучреди\w*|\bpoluchi\w*|\buchredi\w*",
    re.I,
)


def status_granted_at(engine: Engine, base: Verdict, meeting_ids: list[str], subject_id: str, text: str) -> Verdict | None:
    """ "Did the Dushanbe summit make the SCO an observer?": a status given to the subject at the
    meeting asked is a decision of that meeting, not the subject's attendance (which the summit's
    record does not list)."""
    if len(meeting_ids) != 1 or not OBSERVER.search(text):
        return None
    subject = engine.kb.entities[subject_id]
    if not isinstance(subject, Organisation | State):
        return None
    granted = [
        document
        for document in engine.kb.of_kind("document")
        if isinstance(document, Document)
        and document.kind == "decision"
        and OBSERVER.search(document.name.en)
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


OBSERVER = re.compile(r"\bobservers?\b|\bнаблюдател\w*|\bnablyudatel\w*", re.I)


def _observer_facts(engine: Engine, entity_id: str) -> list[Fact]:
    return [fact for fact in engine.kb.facts_of(entity_id) if OBSERVER.search(fact.value.en)]


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


def document_beside(engine: Engine, parsed: Parsed, meeting: Hit) -> list[Hit]:
    """ "Was the Concept approved at the 13th meeting?": the one document among the first hits that
    the words beside the meeting's name name ("the Concept", "the border programme"), short of its
    full name; none when two documents are named so."""
    kb = engine.kb
    # The meeting's council and city ("на заседании СМВД в Петербурге") are hits too and no document:
    # the document is looked for among the first four hits, then among the first four of other kinds.
    windows = [parsed.hits[:4]]
    if not _PLURAL_KIND.search(parsed.text):  # "the programmes": the kind's documents, together (below)
        windows.append([h for h in parsed.hits[:8] if kb.kind(h.entity) not in ("body", "place", "state")][:4])
    for first in windows:
        named = [
            h
            for h in first
            if kb.kind(h.entity) == "document"
            and h.score >= MENTION_SCORE
            and h.name_tokens
            # words of its own beside the meeting's ("антитеррористическую программу … на XVIII совещании":
            # "programme" is the document's; "counter-terrorism" alone would be the meeting's)
            and set(h.name_tokens) - set(meeting.name_tokens)
            and (not set(h.name_tokens) & set(meeting.name_tokens) or _words_held(engine, parsed, h))
        ]
        if named:
            return named if len(named) == 1 else []
    return []


def _words_held(engine: Engine, parsed: Parsed, document: Hit) -> bool:
    """Whether the document sharing words with the meeting ("антитеррористическую программу … на XVIII
    совещании") has words of its own and, with the question's other entries, explains all its words
    but one (the verb): "конецпцию информационной безопасности … до 2030" is no Military Cooperation
    Concept (its "until 2030" and "concept" are all it shares)."""
    tokens = parsed.query.tokens
    content = [i for i, token in enumerate(tokens) if token[:1] != "#" and not token.isdigit()]
    others = [h for h in parsed.hits[:8] if engine.kb.kind(h.entity) != "document"]
    unexplained = [
        i for i in content if document.explained.get(i, 0.0) < 0.7 and all(h.explained.get(i, 0.0) < 0.7 for h in others)
    ]
    return len(unexplained) <= 1


# A kind of document in the plural ("the programmes", "программы"), and the kind it names.
_PLURAL_KIND = re.compile(
    r"\b(?:(?P<programme>programmes|programs|программы|programmy|programmi)"
    r"|(?P<concept>concepts|концепции|koncepcii)|(?P<treaty>treaties|agreements|договоры|соглашения|dogovory))\b",
    re.I,
)


KIND_FOUND_SCORE = 0.2


def documents_of_kind_beside(engine: Engine, parsed: Parsed, meeting: Hit) -> list[Document]:
    """ "Were the programmes approved at the 13th meeting?": the documents of the kind named in the
    plural that the question finds beside the meeting, when each is recorded as adopted at one and
    the same meeting (that one is the answer); none when they were adopted at several or any is
    unrecorded (which of them is meant is then unclear)."""
    found = _PLURAL_KIND.search(parsed.text) if ADOPTED.search(parsed.text) else None
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


def several_adopted_at(base: Verdict, documents: list[Document], meeting: Entity) -> Verdict:
    """Whether the documents were adopted at the meeting asked; when not, where they were."""
    adopted = documents[0].meeting
    value = {"document": documents[0].id, "documents": [d.id for d in documents], "asked": meeting.id, "meeting": adopted, "date": documents[0].date}
    focus = [*(d.id for d in documents), *([adopted] if adopted else [])]
    sources = list(dict.fromkeys(s for d in documents for s in (d.date_sources or d.sources)))
    return _verdict(base, adopted == meeting.id, "adopted_at", focus, value, sources)


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


# Two years typed as a period: "2025–2027", "2025-27", "from 2025 to 2027", "с 2025 по 2027 год".
_RANGE = re.compile(
    r"\b(20\d\d)\s*[-–—]\s*(20\d\d|\d\d)\b|\bfrom\s+(20\d\d)\s+(?:to|through|until|till)\s+(20\d\d)\b"
    r"|\bс\s+(20\d\d)\s+(?:по|до)\s+(20\d\d)\b|\bs\s+(20\d\d)\s+(?:po|do)\s+(20\d\d)\b",
    re.I,
)


def _asked_range(text: str) -> tuple[int, int] | None:
    """The one period of two years the text names, first year before the last; None otherwise."""
    found = [m for m in _RANGE.finditer(text)] if "20" in text else []
    if len(found) != 1:
        return None
    first, last = (g for g in found[0].groups() if g)
    start, end = int(first), int(last) if len(last) == 4 else int(first[:2] + last)
    return (start, end) if start < end else None

# "valid", "in force", "действует", "в силе": a question whether a year falls within a document's period.
_IN_FORCE = re.compile(
    r"\b(?:valid|in force|in effect|effective|current|apply|applies|run(?:s|ning)?|cover(?:s|ing)?|expire\w*)\b"
    r"|\bдейств\w*|\bв силе\b|\bактуальн\w*|\bрассчитан\w*|\bистека\w*|\bохватыва\w*|\bdeistv\w*|\bdeystv\w*",
    re.I,
)
# A document named this much better than the next one is the one asked about.
DOCUMENT_MARGIN = 0.1
RANGE_COVER = 0.3  # of its name, when a period of two years is asked of it


def _place_named(engine: Engine, parsed: Parsed) -> bool:
    """Whether the question names a city or a state outright."""
    return any(
        engine.kb.kind(h.entity) in ("place", "state") and h.score >= MENTION_SCORE and h.name_cover >= 0.8
        for h in parsed.hits
    )


def document_period(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """A year asked of the one document named: "until 2030" against its end, "valid in 2029"
    against its whole period; None unless one dated document clearly leads the hits."""
    kb = engine.kb
    ranked = [h for h in parsed.hits if kb.kind(h.entity) != "fact"]
    if not ranked or kb.kind(ranked[0].entity) != "document":
        return None
    top = ranked[0]
    asked_range = _asked_range(parsed.text)
    # A period asked of a programme named by its subject ("the counter-terrorism programme … 2025–2027")
    # covers less of its long name: the lead over any other document still says which one is meant.
    cover = RANGE_COVER if asked_range is not None else MENTION_COVER
    if top.score < MENTION_SCORE or top.name_cover < cover:
        return None
    rivals = [h for h in ranked[1:] if kb.kind(h.entity) == "document"]
    if rivals and rivals[0].score > top.score - DOCUMENT_MARGIN:
        return None
    document = kb.entities[top.entity]
    assert isinstance(document, Document)
    if document.period_end is None:
        return None
    if asked_range is not None and document.period_start is not None and asked_range != (document.period_start, document.period_end):
        # "Was the counter-terrorism programme approved for 2025–2027?": another period than its 2026–2028 is a
        # "No" with the recorded one (was "nothing recorded for 2025–2027" under "not directly").
        first, last = asked_range
        value = {"document": document.id, "asked": f"{first}–{last}", "start": document.period_start, "end": document.period_end, "range": True}
        return _verdict(base, False, "period", [document.id], value, document.sources)
    if parsed.intent.until:
        # "was the Concept until 2030 approved in Dushanbe / by the heads of government": its name;
        # where or by whom it was approved is asked.
        by_whom = ALTERNATIVE_ANY.search(parsed.text) is not None and "level" in alternatives_in(parsed.text)
        if (
            parsed.intent.until == document.period_end
            and ADOPTED.search(parsed.text)
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


EXPLAINED = 0.5
# A claim's tag ("…, right?", "…, верно?"): asks, names nothing
_TAG_WORDS = frozenset(text_tokens("right correct true indeed верно правда правильно так ведь pravda verno pravilno"))


def meeting_words(hits: list[Hit], meeting: str | None) -> set[int]:
    """The question's words that name the meeting that adopted the document ("на саммите")."""
    return {i for h in hits if h.entity == meeting for i in h.name_tokens}


def unexplained_words(engine: Engine, parsed: Parsed, document: Hit, used: AbstractSet[int]) -> bool:
    """Whether a word of the question is left that neither names the document (nor the place, the
    meeting) nor only asks: "Was the information security concept approved in Dushanbe?" found the
    Military Cooperation Concept by "concept" alone, and "Yes" was a confident wrong answer."""
    query = parsed.query
    asking = engine._generic | engine._generic_groups | engine._outcome_words | engine._frame_words | engine._month_words | _TAG_WORDS
    return any(
        i not in used
        and token not in asking
        and not token.startswith("#")
        and not query.unknown[i]
        and document.explained.get(i, 0.0) < EXPLAINED
        for i, token in enumerate(query.tokens)
    )
