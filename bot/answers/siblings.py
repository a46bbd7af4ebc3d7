"""Another document of the same meeting, called by a word of its subject: "and the terrorism one?",
"а по терроризму?", "а антитеррористическая?" after an answer about the border security programme.

The search finds such a word weakly (many entries are about terrorism), so the previous subject's
siblings decide: the documents adopted at the same meeting as it. The one whose name has a word of
the question's stem that the previous subject's name lacks is meant; none or several, and nothing
is guessed.

Cheap: only after an answer about a document, for a short "and X?" question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kb.schema import Document
from bot.search.text import is_stop
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

STEM = 5  # letters two words must share at the start of one of them to be of one stem
# Words that say what kind of entry is meant or ask nothing; never a subject.
_KIND_WORDS = frozenset(text_tokens("one ones programme program document concept программа программу документ концепция programma"))


def _stems(words: set[str]) -> set[str]:
    return {word[:STEM] for word in words if len(word) >= STEM}


def _shares_stem(word: str, stems: set[str]) -> bool:
    return any(stem in word for stem in stems) or (len(word) >= STEM and any(word[:STEM] in stem for stem in stems))


def _name_words(kb: KnowledgeBase, entity_id: str) -> set[str]:
    entity = kb.entities[entity_id]
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    return {token for name in names for token in text_tokens(name) if not is_stop(token)}


def sibling(kb: KnowledgeBase, subject: str, rest: str) -> str | None:
    """The one other document of ``subject``'s meeting that ``rest`` ("the terrorism one") names."""
    document = kb.get(subject)
    if not isinstance(document, Document) or not document.meeting:
        return None
    words = {w for w in text_tokens(rest) if not is_stop(w) and w not in _KIND_WORDS and len(w) >= 4 and w[:1] != "#"}
    if not words or len(words) > 3:
        return None
    own = _name_words(kb, subject)
    matching = []
    for other in kb.documents_of(document.meeting):
        if other.id == subject:
            continue
        stems = _stems(_name_words(kb, other.id))
        # a word of the other's name, and not of the previous subject's ("programme" is both)
        if any(_shares_stem(word, stems) and not _shares_stem(word, _stems(own)) for word in words):
            matching.append(other.id)
    return matching[0] if len(matching) == 1 else None
