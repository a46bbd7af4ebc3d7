"""«Which country is he from?» after a person: the state of his posts, or "the sources do not say".

"Who is Peskov?", then "which country is he from?" / "из какой он страны?" / "iz kakoy on strany?"
was answered with the person's card or his quote (the words "country" and "he" found nothing
better); "а Путин?" a turn on then repeated that. The country is the state one of his recorded
posts is held in (Peskov: Russian Presidential Press Secretary; Rahmon: President of Tajikistan);
for a CIS official whose post is in a CIS body (Trefilov, Klemez) the sources name no country, and
that is said rather than guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.facts import fact_verdict, not_stated
from bot.answers.verdict import Verdict
from bot.kb.schema import Person

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

# a cheap word test first: the regex runs only when one of these stems is in the question
_WORDS = ("countr", "стран", "stran", "откуда", "otkuda", "from", "national", "национальн", "гражданств", "grazhdanstv")
CUE = re.compile(
    r"\b(?:which|what) (?:country|state)\b(?: (?:is|does|did) (?:he|she)(?: come)?)? from\b"
    r"|\bfrom (?:which|what) (?:country|state)\b|\bwhere (?:is|does) (?:he|she)(?: come)? from\b"
    r"|\b(?:his|her) (?:country|nationality|citizenship)\b|\bnationality\b"
    r"|\bиз как\w* (?:он |она )?(?:стран|государств)\w*|\bоткуда (?:он|она)\b|\bкака\w* (?:у (?:него|неё|нее) )?(?:национальност|гражданств)\w*"
    r"|\biz kak\w* (?:on |ona )?(?:stran|gosudarstv)\w*|\botkuda (?:on|ona)\b"
)


def asks(text: str) -> bool:
    """Whether ``text`` (lower case) asks which country a person is from."""
    return any(word in text for word in _WORDS) and CUE.search(text) is not None


def answer(kb: KnowledgeBase, base: Verdict, person_id: str) -> Verdict | None:
    """The state of the person's posts, or that the sources do not say."""
    person = kb.get(person_id)
    if not isinstance(person, Person):
        return None
    states = list(dict.fromkeys(role.state for role in person.roles if role.state))
    if not states:
        return not_stated(base, person, "country")
    titles = [role.title.model_dump() for role in person.roles if role.state in states]
    return fact_verdict(base, person, "country", {"states": states, "titles": titles})
