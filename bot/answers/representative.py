"""What a body's or organisation's representative said ("what did the ATC representative say?",
"что сказал представитель АТЦ СНГ?"), no meeting named: when nobody of it is recorded speaking
anywhere, the sources record no such statement (``not_recorded``, reason ``not_said``), never an
ask-back between the body and a fact about it, nor someone else's words about it.

Someone recorded speaking whose post names the body (Klemez of the Executive Committee) or a body
that is a speaker itself leaves the question to the usual answer. A meeting named is left to
:func:`bot.answers.yesno` (``_not_said``), which checks who spoke there.

Cheap: a precompiled pattern of a representative word and a verb of saying gates it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.documents import statements_of
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_REPRESENTATIVE = re.compile(
    r"\b(?:representatives?|delegates?|delegations?|envoys?|spokes(?:man|woman|person)"
    r"|представител\w*|делегат\w*|делегаци\w*|predstavitel\w*|delegat\w*)\b",
    re.I,
)
_SAYING = re.compile(
    r"\b(?:say|said|says|tell|told|state[ds]?|report(?:ed)?|speak|spoke|declare[ds]?|announce[ds]?"
    r"|сказал\w*|заявил\w*|сообщил\w*|говорил\w*|рассказал\w*|выступ\w*|skazal\w*|zayavil\w*|soobshil\w*|govoril\w*)\b",
    re.I,
)
# what was said is asked ("who of Turkmenistan's delegation spoke" asks who: another answer)
_WHAT = re.compile(r"\b(?:what|что|chto|о ч[её]м|o ch[eo]m)\b", re.I)
# a statement that has the body report or speak ("The EAG Secretariat reported on its joint work")
_REPORTED = (
    r"(?:reported|said|stated|informed|presented|noted|emphasi[sz]ed|сообщил\w*|доложил\w*|рассказал\w*|заявил\w*"
    r"|отметил\w*|представил\w*)"
)
_REPORT = r"(?:report|statement|address|speech|доклад\w*|сообщени\w*|заявлени\w*|выступлени\w*)"


def _reports(name: str, line: str) -> bool:
    """Whether the line has the named body speak: its name just before a verb of saying ("The EAG
    Secretariat reported"), or a report of it ("Report of the EAG Secretariat"); a body only spoken
    of ("joint work with the CIS ATC") does not."""
    named = re.escape(name)
    return bool(
        re.search(rf"{named}\W+(?:(?!(?:and|и|which|who|что|который)\b)\w+\W+){{0,2}}?{_REPORTED}\b", line, re.I)
        or re.search(rf"\b{_REPORT}\W+(?:\w+\W+){{0,3}}?{named}", line, re.I)
    )
CUE = literal_cue([_REPRESENTATIVE])
NAMED_COVER = 0.8  # share of a body's name the question holds to name it
NAMED_SCORE = 0.3


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """``not_recorded`` when a representative of one named body said nothing the sources record."""
    text = parsed.text
    if not _REPRESENTATIVE.search(text) or not _SAYING.search(text) or not _WHAT.search(text):
        return None
    kb = engine.kb
    strong = [h for h in parsed.hits[:5] if h.score >= NAMED_SCORE and h.name_cover >= NAMED_COVER]
    if any(kb.kind(h.entity) in ("person", "meeting", "place") for h in strong):
        return None  # a person or a meeting named: the usual answers check what was said there
    found = [h for h in strong if kb.kind(h.entity) in ("body", "organisation", "state") and h.entity != "cis"]
    # "RATS SCO" names the structure; the SCO found by a word of its name is not named apart
    bodies = [h.entity for h in found if not any(h.name_tokens < other.name_tokens for other in found)]
    if len(bodies) != 1:
        return None
    body = kb.entities[bodies[0]]
    names = {body.name.en, *body.short.en}
    for meeting in kb.of_kind("meeting"):
        if not isinstance(meeting, Meeting):
            continue
        for said in statements_of(meeting):
            for line in (said.en, said.ru):
                if any(n and n in line and _reports(n, line) for n in (*names, body.name.ru, *body.short.ru)):
                    return None  # the body reports in the record: that statement is the answer
        spoke = [part.person for part in meeting.participants.people] + [said.person for said in meeting.media_statements]
        for person_id in spoke:
            speaker = kb.entities.get(person_id)
            if not isinstance(speaker, Person):
                continue
            for role in speaker.roles:
                if body.id in (role.body, role.organisation, role.state) or any(n and n in role.title.en for n in names):
                    return None  # someone of it is recorded speaking: the usual answer shows it
    base.kind, base.answered, base.reason, base.intent = "not_recorded", True, "not_said", "not_recorded"
    base.value = {"person": body.id, "meeting": None, "topic": None}
    base.alternatives = [body.id]
    base.focus = [body.id]
    base.sources = list(body.sources)
    return base
