"""The meeting a source reports: after an answer about a source or what it reported ("what did BelTA
report?", "о чём сообщил Исполком 5 ноября?"), "about which meeting?" / "о каком заседании там речь?" /
"pro kakoe zasedanie?" is about the one meeting that source reports, not about the word "meeting"
searched alone (which finds "20 meetings were held in 2025").

The previous answer names the meeting itself (its first subject is a meeting: the report of 5 November
answered with the meeting's agenda), or a news agency whose sources report exactly one meeting that no
other source reports (BelTA -> the interior ministers' meeting of 12 August). Anything else (the
Executive Committee, which published several reports; the annual report, which covers twenty meetings)
leaves the turn to the other mechanisms. The answer is the meeting's card, so the next turns ("кого там
цитируют?", "where was it?") are about that meeting.

Cheap: a turn of a few words with a word for meeting and a "which" word (checked before any lookup).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.kb.schema import Meeting, Organisation

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

MAX_WORDS = 7
# "which meeting was it about?", "о каком заседании там речь?", "про какое совещание?", "kakaya vstrecha?"
CUE = re.compile(
    r"^(?:(?:and|so) )?(?:(?:about|of|on) )?(?:which|what) (?:meeting|session|event)"
    r"(?: (?:was|is) (?:it|that|this|the (?:news|report|article|story))(?: (?:about|on|talking about|reporting on))?)?$"
    r"|^(?:(?:а|и|a|i|ну|nu) )?(?:(?:о|об|про|o|ob|pro) )?(?:как\w*|kak\w*) (?:именно |imenno )?"
    r"(?:заседани\w*|совещани\w*|встреч\w*|мероприяти\w*|zasedani\w*|soveshchani\w*|vstrech\w*|meropriyati\w*)"
    r"(?: (?:там|tam|тут|tut))?(?: (?:речь|идёт речь|идет речь|rech|idet rech|шла речь|shla rech))?$"
)


def reported(engine: Engine, context: Verdict) -> str | None:
    """The one meeting the previous answer's source reports, or None."""
    kb = engine.kb
    for entity_id in context.focus[:2]:
        entity = kb.get(entity_id)
        if isinstance(entity, Meeting) and entity.kind == "meeting":
            return entity.id
        if isinstance(entity, Organisation) and entity.category == "media" and entity.sources:
            own = [
                m.id
                for m in kb.of_kind("meeting")
                if isinstance(m, Meeting) and m.kind == "meeting" and m.sources and set(m.sources) <= set(entity.sources)
            ]
            return own[0] if len(own) == 1 else None
    return None


def answer(engine: Engine, base: Verdict, text: str, context: Verdict) -> Verdict | None:
    """The card of the meeting the previous answer's source reports, when the turn asks which meeting."""
    if len(text.split()) > MAX_WORDS or not CUE.search(text):
        return None
    meeting = reported(engine, context)
    if meeting is None:
        return None
    base.kind, base.answered, base.focus = "card", True, [meeting]
    base.sources = list(engine.kb.entities[meeting].sources)
    base.filters = {**base.filters, "follow_up": context.question}
    return base
