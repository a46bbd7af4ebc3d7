"""Who took part in the meetings of a city of several: "which states were in Moscow?", "какие страны
участвовали в заседаниях в Москве?", "who attended in Moscow?".

Named by nothing but a city where several meetings were held, the question got the city's card (a
dump naming the meetings) or one of the meetings picked by chance. The meetings held there are the
lists asked: their lists taken together, with the meetings whose sources list no participants said
apart (a union over them would otherwise pass for complete). A meeting named beside the city ("the
XVIII meeting in Moscow"), a yes/no or a count of something else are left to the other answerers; a
city of one meeting is that meeting's list ("какие органы СНГ были в Питере?" had been the city's card).

Cheap: the group words first ("states", "страны", "who attended"), then the hits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import set_operations
from bot.answers.meeting_names import named_meetings
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# "which states were in", "кто участвовал", "who attended": a list of participants is asked.
_ASKS_LIST = re.compile(
    r"\b(?:which|what|who|list|how many)\b|\bкаки[ехм]\b|\bкто\b|\bперечисл\w*|\bсколько\b|\bkakie\b|\bkto\b|\bskol'?ko\b",
    re.IGNORECASE,
)
_ATTENDING = re.compile(
    r"\b(?:were|was)\s+(?:in|at)\b|\battend\w*|\bparticipat\w*|\btook part\b|\bpresent\b|\brepresented\b"
    r"|\bучаств\w*|\bбыл[аио]?\b|\bбыли\b|\bприсутств\w*|\bпредставлен\w*|\buchastv\w*|\bbyl[aio]?\b|\bbyli\b",
    re.IGNORECASE,
)
_PLACE_SCORE = 0.5
_MEETING_WORD = re.compile(r"\b(?:meeting|session|summit|заседани|совещани|встреч|саммит|zasedani|soveshchani|vstrech)", re.IGNORECASE)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The participants of every meeting held in the one city the question names, or None."""
    text = parsed.text
    if not _ASKS_LIST.search(text) or not _ATTENDING.search(text) or parsed.intent.question == "yes_no":
        return None
    groups, _ = set_operations.asked_groups(text)
    if not groups and set_operations.WHO.search(text):
        groups = ["states", "bodies", "organisations", "basic_organisations"]
    if not groups:
        return None
    kb = engine.kb
    places = [h for h in parsed.hits if kb.kind(h.entity) == "place" and h.score >= _PLACE_SCORE]
    # (the meetings held there are hit by the city's name: a meeting named apart is named_meetings')
    # ("органы СНГ": the CIS named as whose bodies is no entry asked about)
    others = [
        h for h in parsed.hits if kb.kind(h.entity) not in ("place", "state", "meeting") and h.entity != "cis" and h.score >= _PLACE_SCORE
    ]
    if len(places) != 1 or others:
        return None
    held = [m for m in kb.meetings_held_in.get(places[0].entity, []) if isinstance(kb.entities[m], Meeting)]
    # a meeting named beside the city ("the XVIII meeting in Moscow") is that meeting's question; the
    # city's one meeting found by the city's name is this one
    if not held or any(m not in held or len(held) > 1 for m, _ in named_meetings(engine, parsed)):
        return None
    counting = parsed.intent.question == "count"
    if set_operations.ABSENT_FROM.search(text):
        return None  # "which states did not attend …": those off the list (set_operations)
    if len(held) == 1 and (counting or _MEETING_WORD.search(text)):
        # "how many states were in St Petersburg?", "какие страны присутствовали на заседании в Питере":
        # the one meeting named is answered as any meeting is (its stated figure first)
        return None
    listed = [m for m in held if set_operations.members_of(kb, m, groups)]
    if not listed:
        return None
    verdict = set_operations.union_of(kb, base, listed, groups, counting)
    if verdict is None:
        return None
    verdict.filters["place"] = places[0].entity
    verdict.filters["unlisted"] = [m for m in held if m not in listed]
    return verdict

