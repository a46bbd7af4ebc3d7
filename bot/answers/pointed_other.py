"""«And <other entity>?» after a question that named its subject only by pointing at it.

"What is the hydrometeorology council?", "when was it set up?", "and the forensic expert council?":
`followup._about_other` asks the previous question again with the other entity's name in place of
the mention of the one it replaces, but "when was it set up?" names nothing (only "it" points back),
so nothing can be replaced and the other's card came instead of its founding date. The same with
"which country is he from?" then "and Putin?", "what did he say?" then "а Песков?", "кем?" then
"а программа по охране границ?". Here the previous question is completed with the other's name,
as a follow-up to the previous subject is (`previous.ask_about`), and kept only when it answers
the same thing about the other entity: its attribute, not its card.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import person_country
from bot.answers.previous import POINTING
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


def answer(engine: Engine, parsed: Parsed, asked: str, context: Verdict, other: str, today: date) -> Verdict | None:
    """The previous question ``asked`` (which named no entry) asked of ``other``, or None."""
    if context.kind == "card" and context.attribute is None:
        return None  # "and X?" after a card is X's card: the other mechanisms give it
    if context.kind == "fact" and context.attribute == "country":
        # "which country is he from?", then "and Putin?": his country the same way
        return person_country.answer(engine.kb, Verdict(parsed.text, parsed.lang, "decline", False, intent=context.intent), other)
    previous = engine.parse(asked, context.lang or parsed.lang)
    if context.kind == "list" and context.attribute == "meeting" and engine.kb.kind(other) == "body":
        # "its meetings?" completed is a bare noun phrase, read as a yes/no: the meetings it held
        asked = "какие заседания провёл ?" if previous.lang == "ru" else "which meetings did hold?"
    if engine.kb.kind(other) not in ("person", "body", "document", "meeting", "organisation"):
        return None
    verdict = _completed(engine, asked, previous.lang, other, today)
    if verdict is None:
        return None
    if verdict.kind == "yes_no" and context.kind != "yes_no":
        return None
    if context.kind in _NONE_RECORDED:
        # "its meetings?" answered "none recorded": the other's meetings (a list, or the date of
        # its last one) are the same question answered
        return verdict
    if verdict.kind != context.kind or (context.attribute is not None and verdict.attribute != context.attribute):
        return None
    return verdict


def _completed(engine: Engine, asked: str, lang: str, other: str, today: date) -> Verdict | None:
    """``asked`` with its pointing words left out and ``other``'s name added, answered about
    ``other``: by its full name, else by its short one (a long official name can drown the words
    asked, "when did last meet CIS Coordination Council in the Sphere of Forensic Expert Activity")."""
    entity = engine.kb.entities[other]
    shorts = entity.short.ru if lang == "ru" else entity.short.en
    # "а его заседания?": its opening "а" would make the completed question a yes/no
    bare = _LEAD.sub("", POINTING.sub(" ", asked)).rstrip(" ?!.")
    for name in dict.fromkeys([engine.kb.name(other, lang), *shorts[:1]]):
        verdict = engine.answer(f"{bare} {name}?", lang, today)
        # nothing, or the completed question read as the other's card: not the thing asked before
        if verdict.answered and verdict.kind != "card" and other in _about(engine, verdict):
            return verdict
    return None


_LEAD = re.compile(r"^\W*(?:and|а|и|a|i)\s+", re.IGNORECASE)
# answers saying the sources record nothing of the kind asked
_NONE_RECORDED = ("not_recorded", "list")


def _about(engine: Engine, verdict: Verdict) -> set[str]:
    """What a verdict is about: its subject and entries, the entities its list was filtered by, and
    the bodies of the meetings among them ("when did it last meet?" answered with a meeting)."""
    about = {*verdict.focus, *verdict.items}
    about |= {i for values in verdict.filters.values() if isinstance(values, list) for i in values if isinstance(i, str)}
    bodies = {getattr(engine.kb.get(i), "body", None) for i in about}
    return about | {b for b in bodies if isinstance(b, str)}
