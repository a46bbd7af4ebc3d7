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


def answer(engine: Engine, parsed: Parsed, asked: str, context: Verdict, other: str, replaced: str, today: date) -> Verdict | None:
    """The previous question ``asked`` (which named no entry) asked of ``replaced``, asked of ``other``
    instead, or None."""
    if context.kind == "card" and context.attribute is None and replaced in context.focus:
        return None  # "and X?" after a card is X's card: the other mechanisms give it
    if context.kind == "fact" and context.attribute == "country":
        # "which country is he from?", then "and Putin?": his country the same way
        return person_country.answer(engine.kb, Verdict(parsed.text, parsed.lang, "decline", False, intent=context.intent), other)
    previous = engine.parse(asked, context.lang or parsed.lang)
    if context.kind == "list" and context.attribute == "meeting" and engine.kb.kind(other) == "body":
        # "its meetings?" completed is a bare noun phrase, read as a yes/no: the meetings it held (or
        # attended, when that was asked: "what meetings did it attend?" then "and the ATC?")
        attended = _ATTENDED.search(asked.lower()) is not None
        if previous.lang == "ru":
            asked = "в каких заседаниях участвовал ?" if attended else "какие заседания провёл ?"
        else:
            asked = "which meetings did attend?" if attended else "which meetings did hold?"
    if engine.kb.kind(other) not in ("person", "body", "document", "meeting", "organisation"):
        return None
    verdict = _completed(engine, asked, previous.lang, other, today)
    if verdict is None:
        return None
    if verdict.kind == "yes_no" and context.kind != "yes_no":
        return None
    if context.kind in _NONE_RECORDED or context.reason == "not_stated":
        # "its meetings?" answered "none recorded": the other's meetings (a list, or the date of
        # its last one) are the same question answered
        return verdict
    if context.kind == "card":
        # "at which meeting?" after his words was answered with the meeting's card: of the other, the
        # meeting too, or that the sources name none
        return verdict
    if verdict.kind != context.kind or (context.attribute is not None and verdict.attribute != context.attribute):
        return None
    return verdict


def _completed(engine: Engine, asked: str, lang: str, other: str, today: date) -> Verdict | None:
    """``asked`` answered about ``other``: first as it was asked, as a follow-up to the other's card
    ("at which meeting?" after Peskov: the sources name none; "at which meeting Peskov?" alone reads as
    his card), else with its pointing words left out and the other's name added, full then short (a
    long official name can drown the words asked: "when did last meet CIS Coordination Council in the
    Sphere of Forensic Expert Activity")."""
    card = engine.answer(engine.kb.name(other, lang), lang, today)
    if card.answered and other in card.focus:
        # the question asked again of the other: its own words name the entry it was first asked of, which
        # the follow-up must not take for another one named (`period_followup`)
        card.filters = {**card.filters, "completing": other}
        verdict = engine.answer(asked, lang, today, card)
        if _answers(engine, verdict, other):
            return verdict
    entity = engine.kb.entities[other]
    shorts = entity.short.ru if lang == "ru" else entity.short.en
    # "а его заседания?": its opening "а" would make the completed question a yes/no
    bare = _LEAD.sub("", POINTING.sub(" ", asked)).rstrip(" ?!.")
    for name in dict.fromkeys([engine.kb.name(other, lang), *shorts[:1]]):
        verdict = engine.answer(f"{bare} {name}?", lang, today)
        # nothing, or the completed question read as the other's card: not the thing asked before
        if _answers(engine, verdict, other):
            return verdict
    return None


def _answers(engine: Engine, verdict: Verdict, other: str) -> bool:
    """Whether ``verdict`` answers something about ``other`` other than its card (the card of the
    meeting he spoke at answers "at which meeting?")."""
    if not verdict.answered or verdict.kind in ("clarify", "decline"):
        return False
    if verdict.kind == "card" and verdict.focus[:1] == [other] and verdict.attribute != "approved_by":
        return False  # (a card that answers who approved it is marked so: `approved_where`)
    if verdict.kind == "list" and verdict.items:
        # a list is the other's when it was filtered by it, or each of its entries is the other's: every
        # meeting recorded, one of them the other's, is no list of its meetings
        filtered = {i for values in verdict.filters.values() if isinstance(values, list) for i in values}
        return other in filtered or all(other in (item, getattr(engine.kb.get(item), "body", None)) for item in verdict.items)
    return other in _about(engine, verdict)


_ATTENDED = re.compile(r"\b(?:attend\w*|took part|take part|participat\w*|участвова\w*|присутствова\w*|uchastvova\w*)")
_LEAD = re.compile(r"^\W*(?:and|а|и|a|i)\s+", re.IGNORECASE)
# answers saying the sources record nothing of the kind asked
_NONE_RECORDED = ("not_recorded", "list")


def _about(engine: Engine, verdict: Verdict) -> set[str]:
    """What a verdict is about: its subject and entries, the entities its list was filtered by, and
    the bodies of the meetings among them ("when did it last meet?" answered with a meeting)."""
    about = {*verdict.focus, *verdict.items}
    about |= {i for values in verdict.filters.values() if isinstance(values, list) for i in values if isinstance(i, str)}
    if isinstance(person := verdict.filters.get("person"), str):
        about.add(person)  # the meeting's card that "at which meeting?" gave keeps who spoke there
    bodies = {getattr(engine.kb.get(i), "body", None) for i in about}
    return about | {b for b in bodies if isinstance(b, str)}
