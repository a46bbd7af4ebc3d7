"""A detail inside the records in context, asked by its own words: "по каким стандартам это
оценивается?" after the EAG's report, "а кого прежде всего хотят уберечь от деструктивных
движений?" after the 13th Security Secretaries meeting's agenda, "а что планировалось подписать?"
after Klemez's threats, "and what did he say the heads of state would adopt?" after Klemez.

Such a turn names no entry of its own; its nouns and verbs ("standards", "assessed", "destructive",
"sign", "planned") are words of one sentence of the records the previous answer is about (its
subject and entries, the meeting it is of, the facts linked to them: their descriptions, agenda,
sessions, outcomes and what people said there). Read as a question of its own it found a card, a
list of participants, or a confident "not recorded". The sentence of those records that holds the
most of the question's content words is quoted, with its speaker and source.

No confident wrong answer: the sentence must hold at least two of the question's words (or its one
word that no other sentence of the records holds, with no other word left unmatched but one), and
no other sentence may hold as many; else None and the usual answerers go on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Document, Fact, Meeting
from bot.search.text import word_token

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase

# A question word that asks for a thing or a person inside a record (not when / where / how many,
# which have answerers of their own)
CUE = cued(
    re.compile(
        r"^(?:(?:and|so|а|и|a|i|ну)\s+)?(?:(?:по|на|от|для|в|во|с|со|po|na|ot|dlya|v|s|on|by|under|to|for|from|in|at|with"
        r"|according\s+to|based\s+on)\s+)?(?:what|which|whom|who|кого|кому|что|какие|каким|какой|каких|какому|какую|чем|kogo|komu"
        r"|chto|kakie|kakim|kakoy|kakih|kakomu|kakuyu)\b"
    )
)
# Who or what someone or something is, or its name, is asked of an entry, not of a sentence ("who is
# the president of that country?", "what's the exercise they discussed called?")
_IDENTITY = cued(
    re.compile(
        r"^(?:(?:and|so|а|и|a|i|ну)\s+)?(?:who|кто|kto)\s+(?:is|was|are|were|такой|такая|такие|является|takoy|takaya|yavlyaetsya)\b"
        r"|\bcalled\b|\bnamed?\b|\bназыва\w*|\bназвани\w*|\bnazyva\w*|\bnazvani\w*"
    )
)
# "which exercise did they discuss": an entry of a kind is asked (the record's linked entry), not a sentence
_ENTRY_KIND = cued(
    re.compile(
        r"\b(?:which|what|какое|какие|какой|какая|какую|kakoe|kakie|kakoy|kakaya|kakuyu)\s+(?:\w+\s+)?"
        r"(?:exercises?|учени\w*|ucheni\w*|programmes?|programs?|програм\w*|programm\w*|concepts?|концепци\w*"
        r"|treat(?:y|ies)|договор\w*|documents?|документ\w*|meetings?|заседани\w*|совещани\w*|summits?|саммит\w*)\b"
    )
)
_STEM = 5  # letters of a token that tell a word across its endings and languages ("standart" / "standard")
_MIN_TOKEN = 4
# Words of the question's frame, not of its content ("what did he say …", "хотят", "это")
_FRAME = frozenset(
    word_token(w) or w
    for w in [
        "say", "said", "says", "tell", "told", "think", "thinks", "want", "wants", "would", "will", "was",
        "were", "did", "does", "do", "is", "are", "be", "been", "being", "about", "there", "then", "their",
        "them", "they", "his", "her", "its", "this", "that", "those", "these", "one", "ones", "meeting",
        "session", "сказал", "сказали", "говорил", "говорили", "хотят", "хочет", "хотели", "будет", "было",
        "были", "был", "была", "это", "эти", "этот", "там", "тогда", "прежде", "всего", "именно", "вообще",
        "заседании", "заседание", "совещании", "совещание", "skazal", "govoril", "hotyat", "budet", "bylo",
        "byli", "eto", "tam",
    ]
)
# Words every title of a CIS document holds
_GENERIC_TITLE = frozenset(
    t[:5] for w in ("member", "states", "commonwealth", "independent", "cooperation") if (t := word_token(w))
)
_ASKED_ELSEWHERE = frozenset({"when", "where", "count", "period", "holder", "participants", "speakers"})
_NAMED = 0.6  # a hit covering this share of its name is a subject of the question's own


def _stems(text: str) -> set[str]:
    """The question's content words as token stems; a long one also by its first letters, for
    endings that change the stem ("оценивается" / "оценок": "oceniva" / "ocenok")."""
    found = set()
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        token = word_token(word)
        if token is not None and len(token) >= _MIN_TOKEN and token not in _FRAME:
            found.add(token[:_STEM])
    return found


def _retold(one: str, other: str) -> bool:
    """Whether two sentences tell the same (half the long words of the shorter are in the other)."""
    a, b = _stems(one), _stems(other)
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))


def _held(asked: set[str], text_stems: set[str]) -> set[str]:
    """The asked stems a sentence holds, the long ones also by their first four letters."""
    short = {t[:_MIN_TOKEN] for t in text_stems if len(t) >= _STEM}
    return {a for a in asked if a in text_stems or (len(a) >= _STEM and a[:_MIN_TOKEN] in short)}


def _records(kb: KnowledgeBase, context: Verdict) -> list[str]:
    """The entries the previous answer is about, the meeting it is of, and the facts linked to them."""
    ids = [*context.focus, *context.items, *(s.entity for s in context.statements)]
    meeting = context.filters.get("meeting")
    if isinstance(meeting, str):
        ids.append(meeting)
    found = [i for i in dict.fromkeys(ids) if isinstance(i, str) and kb.get(i) is not None]
    linked = [r for i in found if isinstance(fact := kb.get(i), Fact) for r in fact.related]
    return list(dict.fromkeys([*found, *(r for r in linked if isinstance(kb.get(r), Meeting))]))


def _sentences(kb: KnowledgeBase, entity_id: str) -> list[tuple[str, str, str | None]]:
    """(English, Russian, speaker) of every sentence an entry records (no editorial notes, no description)."""
    entity = kb.entities[entity_id]
    # No description: it sums up the other records in many words, and its answer would be the whole
    # summary, not the detail ("what new format did the leaders set up?" is the decision's own card)
    found: list[tuple[str, str, str | None]] = []
    if isinstance(entity, Meeting):
        found += [(a.en, a.ru, None) for a in entity.agenda]
        for session in entity.sessions:
            found += [(p.en, p.ru, None) for p in session.points]
        found += [(o.text.en, o.text.ru, None) for o in entity.outcomes]
        for person in entity.participants.people:
            found += [(s.en, s.ru, person.person) for s in person.said]
        for statement in entity.media_statements:
            found += [(s.en, s.ru, statement.person) for s in statement.said]
    elif isinstance(entity, Fact):
        found.append((entity.value.en, entity.value.ru, None))
    return [(en, ru, who) for en, ru, who in found if en]


_WHAT_ABOUT = re.compile(r"^(?:(?:and|so)\s+)?(?:what|how)\s+about\b|^(?:а|и)\s+(?:что\s+|как\s+)?(?:насч[её]т|про)\b|^a\s+(?:chto\s+)?naschet\b")


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, min_held: int = 1) -> Verdict | None:
    """The one sentence of the records in context that holds the question's words (``min_held`` of
    them at least), or None."""
    if context.kind not in ("quote", "fact", "card", "list") or CUE.match(text) is None or _IDENTITY.search(text) or _ENTRY_KIND.search(text):
        return None
    if parsed.intent.question in _ASKED_ELSEWHERE:
        return None
    # "in which field should religious organisations be involved?": a word for a group of participants
    # ("organisations", "областях") reads as a list of them; a sentence holding three of the words is
    # what is asked, not that group of the meeting
    listed = parsed.intent.list_kind is not None
    kb = engine.kb
    if _WHAT_ABOUT.match(text) and any(h.score >= 0.3 and h.entity not in context.focus for h in parsed.hits[:2]):
        # "what about the anti-terrorism programme?": the previous question asked again of another
        # entry (the follow-up's own rule), not a sentence of the records holding its name
        return None
    records = _records(kb, context)
    if not records:
        return None
    # the question names an entry of its own: only a sentence holding three of its words is meant
    own = any(h.name_cover >= _NAMED and h.score >= 0.5 and h.entity not in records for h in parsed.hits[:3])
    asked = _stems(text)
    if len(asked) < 2:
        return None
    scored: list[tuple[int, str, str, str, str | None]] = []
    seen: dict[str, set[str]] = {}
    for record in records:
        for en, ru, who in _sentences(kb, record):
            held = _held(asked, _stems(en) | _stems(ru))
            if held:
                scored.append((len(held), record, en, ru, who))
                for stem in held:
                    seen.setdefault(stem, set()).add(en)
    if not scored:
        return None
    scored.sort(key=lambda row: -row[0])
    best = scored[0]
    tied = [row for row in scored if row[0] == best[0] and row[2] != best[2]]
    if tied:
        # two sentences hold as much: the one the previous answer quoted ("это"), or one telling the
        # same as the other (the EAG's description retells the agenda's report); else not known
        shown = {s.en for s in context.statements}
        quoted = [row for row in [best, *tied] if row[2] in shown]
        # or the one holding a word no other sentence holds ("religious" beside "organisations" and
        # "field", which two sentences hold)
        rare = [row for row in [best, *tied] if any(seen[stem] == {row[2]} for stem in _held(asked, _stems(row[2]) | _stems(row[3])))]
        if len(quoted) == 1:
            best = quoted[0]
        elif len(rare) == 1:
            best = rare[0]
        elif not all(_retold(best[2], row[2]) for row in tied):
            return None
    held_count = best[0]
    if held_count < min_held or ((own or listed) and held_count < 3):
        return None
    if held_count < 2:
        # one word held: only a word no other sentence holds, with at most one other word unmatched
        # that is the question's own frame ("хотят уберечь" aside, "деструктивных движений")
        only = [s for s in asked if s in seen and seen[s] == {best[2]}]
        if not only or len(asked) - held_count > 2:
            return None
    _, owner, en, ru, who = best
    sources = kb.entities[owner].sources
    source = sources[0] if sources else None
    verdict = Verdict(parsed.text, parsed.lang, "quote", True, intent="quote")
    verdict.focus = [owner]
    verdict.statements = [Statement(en, ru, owner, source, who)]
    verdict.sources = [source] if source else []
    # the documents the sentence names ("the concept of military cooperation until 2030") are what a
    # next "were they adopted in the end?" points at, not the meeting the sentence was said at
    named = _documents_named(kb, _stems(en))
    verdict.focus = [owner, *named]
    # kept apart from the items: "which programmes were approved there?" picks among items listed
    verdict.filters = {"follow_up": context.question, "record_detail": True, "named": named}
    return verdict


# "were they adopted in the end?", "а их подписали?", "ih prinyali?": whether the documents named happened
ADOPTED = cued(
    re.compile(
        r"\b(?:adopted|signed|approved|passed|приняли|принят[аы]?|подписали|подписан[аы]?|утвердили|утвержден[аы]?"
        r"|одобрили|одобрен[аы]?|prinyali|prinyat[ay]?|podpisali|podpisan[ay]?|utverdili|odobrili)\b"
    )
)


def adopted_after(engine: Engine, parsed: Parsed, text: str, context: Verdict) -> Verdict | None:
    """ "Were they adopted in the end?" after a quoted sentence that names documents to come: those
    documents with what became of them (their status and the meeting that adopted them)."""
    named = context.filters.get("named") if context.filters.get("record_detail") else None
    if not isinstance(named, list) or not named or ADOPTED.search(text) is None:
        return None
    if CUE.match(text) is not None or parsed.intent.list_kind is not None:
        return None  # "which programmes were approved there?" asks a list of its own, not about these
    kb = engine.kb
    documents = [i for i in named if isinstance(i, str) and isinstance(kb.get(i), Document)]
    if not documents or (parsed.hits[:1] and parsed.hits[0].name_cover >= _NAMED and parsed.hits[0].entity not in documents):
        return None
    meetings = list(dict.fromkeys(m for d in documents if (m := getattr(kb.entities[d], "meeting", None))))
    verdict = Verdict(parsed.text, parsed.lang, "list", True, intent="list:document")
    verdict.attribute = "document"
    verdict.items = documents
    verdict.focus = meetings[:1] or documents[:1]
    adopted = [
        m for m in meetings if any(getattr(kb.entities[d], "meeting", None) == m and getattr(kb.entities[d], "status", None) in ("adopted", "approved", "signed") for d in documents)
    ]
    verdict.filters = {"follow_up": context.question, "meeting": meetings, "adopted_at": adopted, "asserts_nothing": True}
    verdict.sources = list(dict.fromkeys(s for i in [*meetings, *documents] for s in kb.entities[i].sources))
    return verdict


def _documents_named(kb: KnowledgeBase, held: set[str]) -> list[str]:
    """The documents whose English name's content words the sentence holds (all but one)."""
    found = []
    for entity in kb.entities.values():
        if not isinstance(entity, Document):
            continue
        words = _stems(entity.name.en) - _GENERIC_TITLE
        if len(words) >= 2 and len(words - held) <= 1 and len(words & held) >= 2:
            found.append(entity.id)
    return found
