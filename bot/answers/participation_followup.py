"""Whether a state (or body, organisation) took part, asked of the meeting the conversation is about:
"Казахстан участвовал?", "kazahstan uchastvoval?", "did Russia take part?" after the meeting's date or
place, and the terse "а Киргизия?" after "which countries took part?".

Without this the turn names only the state: answered as it stands it gives the state's card and a "yes"
for whatever other meeting the state attended, which is wrong when the previous meeting does not list
it, and reads as a confident "yes" at a meeting whose sources list no states at all. Asked of the
previous meeting instead (`yesno.took_part`), the answer is "yes" when the meeting lists it, "not among
those named" when it lists others, and "the sources do not say" when it lists none.

The meeting is the one the conversation is about (the caller finds it, also through a turn about a
person at it). A turn that names a meeting of its own, or asks "who / when / where", is not of this kind.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import meeting_names, yesno
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

MAX_WORDS = 7
NAMED = 0.6
# took part / attended / was there / участвовал / был / присутствовал / представлен / uchastvoval / byl
PARTICIPATION = re.compile(
    r"\b(?:take|took|taking|takes)\s+part\b|\bparticipat\w*|\battend\w*|\bpresent\b|\brepresented\b|\bthere\b"
    r"|\bучаств\w*|\bучастник\w*|\bбыл[аио]?\b|\bприсутств\w*|\bпредставл\w*|\bтам\b"
    r"|\buchast\w*|\bbyl[aio]?\b|\bprisutstv\w*|\bpredstavl\w*|\btam\b"
    # "did azerbaijan send a delegation?", "казахстан прислал делегацию?": a delegation is taking part
    r"|\bdelegat\w*|\bделегац\w*|\bdelegac\w*"
)
# a question word makes it another question ("кто там был?", "when was Armenia there?")
_OTHER_QUESTION = re.compile(
    r"\b(?:who|when|where|which|what(?! about)|how(?! about)|why|кто|когда|где|как(?! насч[её]т)\w*|сколько|почему|зачем"
    r"|что(?! насч[её]т)|kto|kogda|gde|kak(?! naschet)\w*|skolko|pochemu|chto(?! naschet)"
    # "о чём там докладывал секретариат ЕАГ?" asks what it reported, not whether it was there
    r"|ч[её]м|chem|chyom)\b"
    # "это было до или после заседания МВД?": which came first, the body naming the other meeting
    r"|\b(?:до|раньше|do|ranshe)\s+(?:или|ili)\s+(?:после|позже|posle|pozzhe)\b|\bbefore\s+or\s+after\b"
)
_KINDS = frozenset({"state", "body", "organisation"})


def asks(text: str, about: bool, previous_question: str, previous_attribute: str | None) -> bool:
    """Whether the turn asks if its one named member took part: by a verb of taking part, or as a bare
    "а X?" / "what about X?" right after a turn about who took part."""
    lowered = text.lower()
    if len(lowered.split()) > MAX_WORDS or _OTHER_QUESTION.search(lowered):
        return False
    if PARTICIPATION.search(lowered):
        return True
    if previous_attribute == "meeting":
        # "а Армения?" after "в каких заседаниях участвовал Туркменистан?" (or which of them were in
        # Moscow): the meetings of the other state, not whether it was at the one meeting listed last
        return False
    return about and (previous_attribute == "participants" or PARTICIPATION.search(previous_question.lower()) is not None)


def answer(engine: Engine, parsed: Parsed, meeting_id: str, member: str) -> Verdict | None:
    """Whether ``member`` is among the participants ``meeting_id`` lists (or that it lists none)."""
    kb = engine.kb
    if member not in kb.entities or kb.kind(member) not in _KINDS or kb.kind(meeting_id) != "meeting":
        return None
    if any(kb.kind(h.entity) == "meeting" and h.entity != meeting_id and h.name_cover >= NAMED for h in parsed.hits[:3]):
        return None  # "was Armenia at the St Petersburg meeting?" names its own
    if any(named != meeting_id for named, _ in meeting_names.named_meetings(engine, parsed)):
        return None  # "а на июньском совещании Азербайджан был?": its own, named by its month
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="yes_no")
    verdict = yesno.took_part(engine, base, [meeting_id], member)
    verdict.filters = {**verdict.filters, "group": yesno.GROUP_OF[kb.kind(member)], "meeting": meeting_id}
    return verdict
