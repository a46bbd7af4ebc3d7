"""Whether a question is nothing but the name of the entry its answer shows.

Russian typed in Latin letters is answered from its Cyrillic reading first; when that reading
only finds an entry's card, the Latin letters are answered too, in case they ask something the
reading missed ("skolka" is no "сколько", "stati" no "статьи"). A reading whose every search word
is a word of that entry's own names ("14-е заседание совета по вопросам …", "кто такой Клемез")
has no word left to ask anything with: its card is the answer, and the second, whole answer of
the Latin letters is not worth its cost (two answers made such questions the slowest).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine


def named_whole(engine: Engine, text: str, entity_id: str) -> bool:
    """Whether every search word of ``text`` (synonyms folded) is a word of the entity's names."""
    entity = engine.kb.entities.get(entity_id)
    if entity is None:
        return False
    fold = engine.index.fold_synonyms
    asked = set(fold(text_tokens(text)))
    if not asked:
        return False
    names: set[str] = set()
    for name in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()):
        names.update(fold(text_tokens(name)))
    return asked <= names
