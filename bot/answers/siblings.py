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
# Words that stand for the entry without naming it ("the border one"); never a subject.
_KIND_WORDS = frozenset(text_tokens("one ones document документ"))
# Words of a period or of asking for one ("what period does it cover", "до какого года"): no subject.
_PERIOD_WORDS = frozenset(
    text_tokens(
        "period cover covers run runs until year years период срок год года годы лет период действует"
        # the same typed in Latin letters, with the question and pointing words around them
        " kakogo kakoy kakoi kakie kakaya kakom kakuyu goda god gody godu let srok period deystvuet"
        " ona onа ono oni eto dejstvuet"
    )
)


def _stems(words: set[str]) -> set[str]:
    return {word[:STEM] for word in words if len(word) >= STEM}


def _shares_stem(word: str, stems: set[str]) -> bool:
    return any(stem in word for stem in stems) or (len(word) >= STEM and any(word[:STEM] in stem for stem in stems))


def _name_words(kb: KnowledgeBase, entity_id: str) -> set[str]:
    entity = kb.entities[entity_id]
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    return {token for name in names for token in text_tokens(name) if not is_stop(token)}


def content_words(text: str) -> set[str]:
    """The words of ``text`` that may name a subject: no stop, kind, period or number words."""
    words = {w for w in text_tokens(text) if not is_stop(w) and w not in _KIND_WORDS and len(w) >= 4 and w[:1] != "#"}
    return words - _PERIOD_WORDS


def named_among(kb: KnowledgeBase, text: str, candidates: list[str], besides: str | None = None) -> str | None:
    """The one of ``candidates`` that words of ``text`` name by their stems ("the terrorism one"):
    words that ``besides``' name lacks and not every candidate's name has, most of them in its name;
    None for none or a tie."""
    words = content_words(text)
    if not words or len(words) > 4:
        return None
    own = _stems(_name_words(kb, besides)) if besides is not None else set()
    names = {c: _stems(_name_words(kb, c)) for c in candidates if c in kb.entities}
    telling = {w for w in words if not _shares_stem(w, own) and not all(_shares_stem(w, stems) for stems in names.values())}
    # the one with most of the telling words ("the terrorism programme": both programmes have one)
    scores = {c: sum(_shares_stem(w, stems) for w in telling) for c, stems in names.items()}
    best = max(scores.values(), default=0)
    matching = [c for c, score in scores.items() if score == best]
    return matching[0] if best > 0 and len(matching) == 1 else None


def sibling(kb: KnowledgeBase, subject: str, rest: str) -> str | None:
    """The one other document of ``subject``'s meeting that ``rest`` ("the terrorism one") names."""
    document = kb.get(subject)
    if not isinstance(document, Document) or not document.meeting:
        return None
    if len(content_words(rest)) > 3:
        return None
    others = [other.id for other in kb.documents_of(document.meeting) if other.id != subject]
    return named_among(kb, rest, others, besides=subject)
