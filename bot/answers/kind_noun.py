"""A follow-up asking "which <noun>" where one entry alone is called by that noun: "which department did
they work with?" after the annual report's aims, "с каким департаментом они взаимодействовали?",
"s kakim departamentom oni rabotali?".

"They" points into the conversation, so the turn was answered by the entry in context again (the report's
aims), whose words never name the department. When the noun asked is a word of one entry's name and of no
other's (the Security Cooperation Department is the sources' only department), and the answer shows nothing
of that entry, the answer is that entry's card.

Only follow-ups: a question of its own is searched with all its words. Kind words many entries share
("which body", "какое совещание") name no one entry and change nothing.

Cheap: a word test for "which / what / как…", one regex; the entries' name words are gathered once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

_GATE = re.compile(r"which|what|как|kak", re.IGNORECASE)
_ASKED = re.compile(
    r"\b(?:which|what)\s+(?P<en>[a-z]{5,})\b"
    r"|(?:^|\s)(?:с\s+)?(?:какой|какого|какому|каким|какая|какую|какое)\s+(?P<ru>[а-яё]{5,})"
    r"|\b(?:s\s+)?(?:kakoi|kakoy|kakogo|kakomu|kakim|kakaya|kakuyu|kakoe)\s+(?P<lat>[a-z]{5,})\b",
    re.IGNORECASE,
)
MAX_WORDS = 9
# The nouns entries are called by (a word of their kind, not a word that describes them)
_KIND_NOUN = re.compile(
    r"(?:department|commission|bureau|cent(?:er|re)|committee|agency|service|concept|programm?e?|treaty|convention"
    r"|protocol|statement|департамент|комисси|бюро|центр|комитет|агентств|служб|концепци|программ|договор|конвенци"
    r"|протокол|заявлени|departament|komissi|byuro|tsentr|centr|komitet|agentstv|sluzhb|koncepci|kontseptsi|programm"
    r"|dogovor|konvenci|protokol|zayavleni)",
    re.IGNORECASE,
)
_NOT_EVENTS = frozenset({"body", "organisation", "document"})
_MIN_STEM = 5

_NAME_WORDS: dict[int, list[tuple[str, set[str]]]] = {}


def _name_words(kb: KnowledgeBase) -> list[tuple[str, set[str]]]:
    """Each entry with the words of its names (full and short, both languages)."""
    known = _NAME_WORDS.get(id(kb))
    if known is None:
        known = []
        for entity in kb.entities.values():
            short = getattr(entity, "short", None)
            names = [entity.name.en, entity.name.ru, *(short.en if short else []), *(short.ru if short else [])]
            known.append((entity.id, set(text_tokens(" ".join(names)))))
        _NAME_WORDS[id(kb)] = known
    return known


def _same_word(asked: str, word: str) -> bool:
    if asked == word:
        return True
    # "departamentom" typed in Latin letters is no stem; the name's "departament" begins it
    return len(word) >= _MIN_STEM and len(asked) >= _MIN_STEM and (asked.startswith(word) or word.startswith(asked))


def named_by(kb: KnowledgeBase, text: str) -> tuple[str, str] | None:
    """The one entry called by the noun after "which" in the turn, and the noun's stem; None when none or
    several are."""
    if _GATE.search(text) is None or len(text.split()) > MAX_WORDS:
        return None
    found = _ASKED.search(text)
    if found is None:
        return None
    word = found.group("en") or found.group("ru") or found.group("lat") or ""
    if _KIND_NOUN.match(word) is None:
        return None  # "which international organisations": an adjective, no entry's kind
    stems = text_tokens(word)
    if len(stems) != 1:
        return None
    owners = [entity_id for entity_id, words in _name_words(kb) if any(_same_word(stems[0], w) for w in words)]
    # a meeting is "which meeting / какую встречу" of the one in context, never the one so named
    if len(owners) != 1 or kb.kind(owners[0]) not in _NOT_EVENTS:
        return None
    return owners[0], stems[0]


def shown(kb: KnowledgeBase, verdict: Verdict, entity_id: str, stem: str) -> bool:
    """Whether the answer already shows the entry (its focus, a listed item or a value naming it), or its
    words speak of the noun asked ("what exercise was planned there?" answered by the meeting's item on
    the exercise)."""
    if entity_id in verdict.focus or entity_id in verdict.items or entity_id in str(verdict.value):
        return True
    said = {w for s in verdict.statements for w in text_tokens(f"{s.en} {s.ru}")}
    # a fact's card shows its value ("… the CIS Executive Committee (Department for Cooperation …)")
    value = getattr(kb.entities.get(verdict.focus[0]), "value", None) if verdict.focus else None
    if value is not None and hasattr(value, "en"):
        said |= set(text_tokens(f"{value.en} {value.ru}"))
    return any(_same_word(stem, word) for word in said)


def card(kb: KnowledgeBase, question: str, lang: str, entity_id: str) -> Verdict:
    """The entry's card as the answer to the turn."""
    return Verdict(question, lang, "card", True, focus=[entity_id], sources=list(kb.entities[entity_id].sources), intent="card")
