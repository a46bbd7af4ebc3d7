"""A field no body is named for, whose words some meeting's record holds: "Which CIS body is
responsible for information security?", "кто отвечает за информационную безопасность в СНГ?".

No body's description names information security, so the topic answer finds none; but "information"
is in the sources (the interior ministers discussed "informational cooperation in combating crimes
committed using ICT"), so "the sources name no body for that" (``define.no_field_body``) is not said
either, and the question was declined or answered with an unrelated statement. The answer is that
no body is named for it, with the bodies whose meetings touched the field as the nearest records.

Only a kind of security ("information security") is read so: a field itself ("кто отвечает за
молодёжь") may be one a body touches, and is left to the search. The domain word ("security",
"безопасность") is no field: every body here is a security body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting
from bot.search.text import analyse_word, is_stop

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# Frame words of a "which body deals with X" question and the domain's own words: no field.
_FRAME = re.compile(
    r"\b(?:which|what|who|whom|is|are|does|do|responsible|for|in|charge|of|deals?|with|handles?|body|bodies|council|organ"
    r"|cis|sng|снг|the|a|an|кто|какой|какая|какие|орган\w*|совет\w*|отвеча\w*|занима\w*|ведает|за|в|по|чем"
    r"|kto|kakoy|organ\w*|otvecha\w*|zanima\w*|za|v"
    r"|security|secure|безопасност\w*|bezopasnost\w*)\b",
    re.IGNORECASE,
)
# "information security", "информационная безопасность": a kind of security the sources give no body for.
_KIND_OF_SECURITY = re.compile(r"[^\W\d_]{4,}\s+(?:security|безопасност\w*|bezopasnost\w*)", re.IGNORECASE)
_FIELD_STOPS = frozenset({"information", "informational"})
MAX_FIELD_WORDS = 2
MAX_NEAREST = 3


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "not_recorded" (reason "no_field_body", with the nearest bodies) when the field's words are
    in some meeting's statements and no body is named for it; None otherwise."""
    if not _KIND_OF_SECURITY.search(parsed.text):
        return None  # a field itself ("youth"), not a kind of security: some body may touch it
    # "information" is a stop word of the search ("information about X"): here it is the field
    words = re.findall(r"[^\W\d_]{4,}", _FRAME.sub(" ", parsed.text.lower()))
    field = {analyse_word(word) for word in words if word in _FIELD_STOPS or not is_stop(word)}
    if not field or len(field) > MAX_FIELD_WORDS:
        return None
    kb, index = engine.kb, engine.index
    nearest: list[str] = []
    sources: list[str] = []
    for meeting in kb.of_kind("meeting"):
        if not isinstance(meeting, Meeting):
            continue
        for doc_id in index.statements(meeting.id):
            said = index.statement(doc_id)
            text = f"{getattr(said, 'en', '')} {getattr(said, 'ru', '')}".lower()
            held = {analyse_word(word) for word in re.findall(r"[^\W\d_]{4,}", text)}
            if field <= held:
                owner = meeting.body if meeting.body in kb.entities else meeting.id
                if owner not in nearest:
                    nearest.append(owner)
                    sources += [s for s in meeting.sources if s not in sources]
                break
    if not nearest:
        return None
    base.kind, base.answered, base.intent = "not_recorded", True, "not_recorded"
    base.reason = "no_field_body"
    base.value = {"nearest": True}
    base.alternatives = nearest[:MAX_NEAREST]
    base.sources = sources
    return base
