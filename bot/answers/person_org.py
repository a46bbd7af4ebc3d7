"""Which organisation the person just named is from: "он из какой структуры?", "which organisation is he
from?", "who does he work for?", "кого он представляет?", "iz kakoy on struktury?" after who spoke at or
told the media about a meeting.

The turn names no one; read as it stands its "structure" or "organisation" found the previous meeting's
participants ("the sources do not list them") or a quote of the person. The person's post names the body
he works in ("Director of the Security Cooperation Department at the CIS Executive Committee"), so the
question is asked as the post of that person, by name.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _person
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_ORG_OF_PERSON = re.compile(
    r"\b(?:which|what) (?:organi[sz]ation|body|structure|agency|department|institution|office|outfit)\b"
    r"|\bwho (?:does|did) (?:he|she) (?:work|speak) for\b|\bwhere (?:does|did) (?:he|she) work\b"
    r"|\bwho (?:is|was) (?:he|she) with\b|\bwhom? (?:does|did) (?:he|she) represent\b"
    r"|\b(?:из|в)\s+как(?:ой|ого|ом)\s+(?:(?:он|она)\s+)?(?:структур\w*|организаци\w*|ведомств\w*|орган\w*|учреждени\w*|департамент\w*)"
    r"|\bгде\s+(?:он|она)\s+работа\w*|\bкого\s+(?:он|она)\s+представля\w*|\bоткуда\s+(?:он|она)\b"
    r"|\b(?:iz|v)\s+kako(?:y|i|j|go|m)\s+(?:(?:on|ona)\s+)?(?:struktur\w*|organizac\w*|organizats\w*|vedomstv\w*|organ\w*)"
    r"|\bgde\s+(?:on|ona)\s+rabota\w*|\botkuda\s+(?:on|ona)\b"
)
_HIM = re.compile(r"\b(?:he|she|him|her|his|он|она|его|её|ее|on|ona|ego)\b")
_CUE_WORDS = ("organi", "body", "structure", "agency", "department", "institution", "office", "outfit", "work", "with",
              "represent", "структур", "организац", "ведомств", "орган", "учрежден", "департамент", "работа",
              "представля", "откуда", "struktur", "vedomstv", "rabota", "otkuda")
MAX_WORDS = 9


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The post of the previous answer's one person, asked by name; or None."""
    text = parsed.text.lower()
    if len(text.split()) > MAX_WORDS or not any(word in text for word in _CUE_WORDS):
        return None
    if not (_ORG_OF_PERSON.search(text) and _HIM.search(text)):
        return None
    person = _person(engine, context)
    if person is None:
        return None
    name = engine.kb.name(person, parsed.lang)
    asked = f"какая должность у {name}?" if parsed.lang == "ru" else f"what is the post of {name}?"
    verdict = engine.answer(asked, parsed.lang, today)
    if not verdict.answered or verdict.attribute != "role" or person not in verdict.focus:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict
