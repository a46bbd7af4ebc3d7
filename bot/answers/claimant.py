"""A claim put in the mouth of a source's publisher: "Did the Executive Committee present the
Dushanbe decisions as proof that the CIS is open to equal dialogue?", "Исполком СНГ представил
решения в Душанбе как подтверждение открытости …?", "по словам Исполкома …", "Did BelTA report
that …?".

The publisher (an entry such as the CIS Executive Committee, or an outlet named by its citation,
"BelTA") is who says it, not part of what is said: its words are held. So are the words of the frame
("present … as proof that", "как подтверждение") when the record itself says that something
confirms or shows it. A "yes" then also needs the clause to be in one of that publisher's own
documents: the Dushanbe outcomes are recorded from the Executive Committee's article and BelTA's,
and only the first says they "confirm the openness … to an equal dialogue".
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.mentions import MENTION_SCORE
from bot.search.text import has_cyrillic
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

IN_SOURCE = 0.75  # share of a clause's words its publisher's text must hold

# Verbs and phrases that make the publisher the one who says the claim.
_CLAIMS = re.compile(
    r"\b(?:say|says|said|state[sd]?|present(?:s|ed)?|portray\w*|frame[sd]?|describ\w*|depict\w*|report(?:s|ed)?"
    r"|write|writes|wrote|written|claim(?:s|ed)?|note[sd]?|call(?:s|ed)?|characteri[sz]\w*|according\s+to)\b"
    r"|\bпредстав(?:ил|ляет|лял)\w*|\bписал\w*|\bпишет\b|\bнаписал\w*|\bсообщ(?:ил|ает|ал)\w*|\bзаяв(?:ил|ляет|лял)\w*"
    r"|\bназвал\w*|\bописал\w*|\bутвержда\w*|\bпо\s+(?:словам|мнению|данным|версии)\b"
    r"|\bpredstavil\w*|\bpisal\w*|\bpishet\b|\bsoobsh\w*|\bzayavil\w*|\bnazval\w*|\bpo\s+(?:slovam|mneniyu|dannym)\b",
    re.I,
)
_CLAIMS_CUE = literal_cue([_CLAIMS])
# "as proof that", "как подтверждение": the frame, held where the record says something confirms it.
_AS_PROOF = (
    "present presented presents portray portrayed frame framed depict depicted as proof evidence sign confirmation"
    " demonstration testament showing show shows according to"
    " представил представлял представляет как подтверждение подтверждением доказательство доказательством"
    " свидетельство свидетельством по словам мнению писал пишет написал сообщил сообщает"
    " predstavil kak podtverzhdenie dokazatelstvo po slovam pisal pishet napisal soobshil soobshchil"
)
_CONFIRMS = re.compile(
    r"\b(?:confirm\w*|show\w*|demonstrat\w*|prove\w*|proof|evidence\w*|testif\w*|attest\w*)\b"
    r"|подтвержд\w*|свидетельств\w*|доказ\w*|демонстрир\w*|показыва\w*",
    re.I,
)


@dataclass(frozen=True)
class Claimant:
    """The publisher named as the one who says the claim: the question's words that name it and
    the sources it published."""

    tokens: frozenset[str]
    sources: tuple[str, ...]
    entities: tuple[str, ...]  # the publisher's entries named (none for an outlet named by its citation)


def publisher_named(engine: Engine, parsed: Parsed) -> Claimant | None:
    """The source publisher a yes/no question names as the one who says its claim, if any."""
    text = parsed.text
    if not _CLAIMS_CUE(text) or not _CLAIMS.search(text):
        return None
    kb = engine.kb
    lowered = text.lower()
    tokens: set[str] = set()
    sources: set[str] = set()
    entities: set[str] = set()
    hits = [h for h in parsed.hits if h.score >= MENTION_SCORE and kb.kind(h.entity) in ("body", "organisation")]
    for source_id, source in kb.data.sources.items():
        said_by = [
            name.lower()
            for name in (source.publisher.en, source.publisher.ru, *((source.cite.en, source.cite.ru) if source.cite else ()))
            if name and not name.lower().startswith(("not named", "не указан", "web article", "document", "интернет", "документ"))
        ]
        if not said_by:
            continue
        for hit in hits:
            entity = kb.entities[hit.entity]
            names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
            if any(name and name.lower() in by for name in names for by in said_by):
                tokens |= {parsed.query.tokens[i] for i in hit.name_tokens}
                sources.add(source_id)
                entities.add(hit.entity)
        for by in said_by:
            # An outlet the knowledge base has no entry for ("BelTA") is named by its citation.
            if len(by) <= 12 and re.search(rf"(?<!\w){re.escape(by)}\w*", lowered):
                tokens |= set(text_tokens(by)) & set(parsed.query.tokens)
                sources.add(source_id)
    if not sources:
        return None
    return Claimant(frozenset(tokens), tuple(sorted(sources)), tuple(sorted(entities)))


def frame_tokens(engine: Engine, parsed: Parsed, claimant: Claimant, texts: list[str]) -> set[str]:
    """The question's words held without being said: the publisher's name, and the frame of
    presenting ("as proof that") where the record itself says something confirms or shows it."""
    held = set(claimant.tokens)
    if any(_CONFIRMS.search(text) for text in texts if text):
        held |= set(text_tokens(_AS_PROOF)) & set(parsed.query.tokens)
    return held


def in_publisher_text(engine: Engine, claimant: Claimant, clause: str, texts: list[str], split: Callable[[str], list[str]]) -> bool:
    """Whether a clause is in one of the publisher's own documents: most of its words are there.
    The documents are English: a Russian clause is checked by its English twin (``texts`` come in
    English–Russian pairs, split into clauses alike by ``split``)."""
    if has_cyrillic(clause):
        twin = _english_twin(clause, texts, split)
        return twin is not None and in_publisher_text(engine, claimant, twin, texts, split)
    words = set(text_tokens(clause))
    if not words:
        return False
    seen: set[str] = set()
    for source_id in claimant.sources:
        seen |= _source_words(engine, source_id)
    return len(words & seen) / len(words) >= IN_SOURCE


# The words of each source document, per engine (its knowledge base never changes).
_SOURCE_WORDS: weakref.WeakKeyDictionary[Engine, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def _source_words(engine: Engine, source_id: str) -> frozenset[str]:
    cached = _SOURCE_WORDS.setdefault(engine, {})
    if source_id not in cached:
        cached[source_id] = frozenset(tok for sentence in engine.kb.source_sentences(source_id) for tok in text_tokens(sentence))
    return cached[source_id]


def _english_twin(clause: str, texts: list[str], split: Callable[[str], list[str]]) -> str | None:
    """The English text of a Russian clause: the clause in the same place of the English text of
    its pair, or the whole English text where the two split differently."""
    for k in range(1, len(texts), 2):
        ru, en = texts[k], texts[k - 1]
        if not ru or not en or clause not in ru or has_cyrillic(en):
            continue
        ru_parts, en_parts = split(ru), split(en)
        if clause in ru_parts and len(ru_parts) == len(en_parts):
            return en_parts[ru_parts.index(clause)]
        return en
    return None
