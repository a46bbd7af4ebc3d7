"""Another kind of participant, asked by its word alone after a meeting's participants: "а
базовые?" / "and the basic ones?" / "а международные?" / "and the bodies?" after "какие организации
были на XVIII совещании?".

Completed with the meeting's long name, the adjective named no group ("базовые" is a group only
with "организации"), and the name's own words ("государств – участников") found the Council of Heads
of State: "Не сама организация …", a confident wrong answer. The group word is read here and the
question asked whole: which participants of that group were at that meeting.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_LEAD = r"^(?:(?:and|а|и|a|i|what about|how about|а как насчёт|а как насчет)\s+)?(?:the\s+)?"
_GROUPS: list[tuple[re.Pattern[str], dict[str, str]]] = [
    (re.compile(_LEAD + r"(?:базов\w*|basic(?: ones| organi[sz]ations)?|bazov\w*)$"),
     {"en": "basic organisations", "ru": "базовые организации"}),
    (re.compile(_LEAD + r"(?:международн\w*|international(?: ones| organi[sz]ations)?|mezhdunarodn\w*)$"),
     {"en": "international organisations", "ru": "международные организации"}),
    (re.compile(_LEAD + r"(?:органы(?: снг)?|(?:cis )?bodies|organy)$"), {"en": "CIS bodies", "ru": "органы СНГ"}),
    (re.compile(_LEAD + r"(?:государства|страны|states|countries|gosudarstva|strany)$"), {"en": "states", "ru": "государства"}),
]
# After a count ("сколько органов было …?"), the group in the genitive: "а государств?", "а стран?"
_COUNTED: list[tuple[re.Pattern[str], dict[str, str]]] = [
    (re.compile(_LEAD + r"(?:государств|стран|states|countries|gosudarstv|stran)$"), {"en": "states", "ru": "государств"}),
    (re.compile(_LEAD + r"(?:органов(?: снг)?|(?:cis )?bodies|organov)$"), {"en": "CIS bodies", "ru": "органов СНГ"}),
    (re.compile(_LEAD + r"(?:базовых(?: организаций)?|basic(?: ones| organi[sz]ations)?|bazovyh|bazovykh)$"),
     {"en": "basic organisations", "ru": "базовых организаций"}),
    (re.compile(_LEAD + r"(?:международных(?: организаций)?|international(?: ones| organi[sz]ations)?|mezhdunarodnyh)$"),
     {"en": "international organisations", "ru": "международных организаций"}),
]
_QUESTION = {"en": "which {group} took part in the {meeting}?", "ru": "какие {group} были среди участников встречи {meeting}?"}
_COUNT_QUESTION = {"en": "how many {group} took part in the {meeting}?", "ru": "сколько {group} было среди участников встречи {meeting}?"}


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The participants of the group named, at the meeting the previous answer listed participants
    of; None when the question is not a bare group word, or the previous answer no such list."""
    short = parsed.text.lower().strip(" ?!.")
    counted = context.attribute == "count"
    group = next((words for pattern, words in (_COUNTED if counted else _GROUPS) if pattern.match(short)), None)
    if group is None or not context.focus:
        return None
    meeting = engine.kb.get(context.focus[0])
    if not isinstance(meeting, Meeting) or not (counted or context.attribute in ("participants", "participant") or "participants" in context.intent):
        return None
    lang = parsed.lang
    # its short name: the long one's own words ("государств – участников") read as groups asked
    shorts = meeting.short.ru if lang == "ru" else meeting.short.en
    name = shorts[0] if shorts else meeting.name.get(lang)
    template = _COUNT_QUESTION if counted else _QUESTION
    verdict = engine.answer(template[lang].format(group=group[lang], meeting=name), lang, today)
    if not verdict.answered or meeting.id not in (*verdict.focus, *verdict.filters.get("meetings", ())):
        return None
    verdict.question = parsed.text
    # "а органы?" is asked by its tone, but asserts nothing to confirm
    verdict.filters = {**verdict.filters, "asserts_nothing": True}
    return verdict
