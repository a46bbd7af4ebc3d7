"""A post claimed for a person that the sources give to someone else.

"Denis Trefilov is the director of the security cooperation department, isn't he?": Trefilov is
recorded as the CIS Deputy Secretary-General, a post of the CIS itself, so on its own the role check
cannot tell whether he also works in the department (no "no"). But the sources name the department's
director: Yevgeny Klemez. A title asked of a body whose holder of that title is recorded, and is
someone else, is a no with who holds it.

Only a title word the question asks (``asked_title``) that the other holder's title uses counts, and a
deputy asked is told apart from the principal ("deputy director" is no claim on the director's post).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.answers.lookalike import DEPUTY, _title_words, asked_title
from bot.kb.schema import Entity, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


def other_holder(engine: Engine, parsed: Parsed, person: Person, target: Entity) -> tuple[str, dict[str, Any]] | None:
    """The one other person recorded holding, in ``target``, the title the question asks, with that
    role (``{"title", "of"}``); None when the question asks no title or nobody else holds it."""
    asked = asked_title(engine, parsed.text)
    if not asked:
        return None
    deputy = DEPUTY.search(parsed.text) is not None
    found: list[tuple[str, dict[str, Any]]] = []
    for other in engine.kb.of_kind("person"):
        if other.id == person.id or not isinstance(other, Person):
            continue
        for role in other.roles:
            if (role.body or role.organisation or role.state) != target.id:
                continue
            title = f"{role.title.en} {role.title.ru}"
            if (DEPUTY.search(title) is not None) != deputy or not asked & _title_words(engine, role.title):
                continue
            found.append((other.id, {"title": role.title.model_dump(), "of": target.id}))
    return found[0] if len(found) == 1 else None
