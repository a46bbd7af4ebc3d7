"""A body named only inside a post's title is the post's holder: "Обращался ли председатель Совета
глав государств к участникам XVIII совещания?" asks whether Rahmon (the Council's Chair) addressed
it, not whether the Council took part (the answer was "not the organisation itself; its structure
is listed"). The holder the engine finds for the question's post words ("председатель", "chair";
:meth:`bot.answers.engine.Engine.post_holder`) is checked against the meeting's participants, as a
person named outright is (an address heard is a yes; "spoke" of one only named for an address is
not said).

Cheap: a post word and a speaking or addressing verb gate it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.meeting_names import named_meetings

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# A post held by one person: chair, president, head, secretary-general and their Russian forms.
_POST = re.compile(
    r"\b(?:chair(?:man|woman|person)?|president|secretary[- ]general)\b"
    r"|\bпредседател\w*|\bпрезидент\w*|\bгенсек\w*|\bгенеральн\w+\s+секретар\w*"
    r"|\bpredsedatel\w*|\bprezident\w*|\bgensek\w*",
    re.I,
)
NAMED_COVER = 0.85
# Speaking, addressing, greeting: what a person does at a meeting.
_SPEAKS = re.compile(
    r"\b(?:spoke|speak\w*|address\w*|greet\w*|congratulat\w*|message)\b"
    r"|\bвыступ\w*|\bобраща\w*|\bобратил\w*|\bобращени\w*|\bприветств\w*|\bпоздрав\w*"
    r"|\bvystup\w*|\bobrashch\w*|\bobrashal\w*|\bobratil\w*|\bprivetstv\w*|\bpozdrav\w*",
    re.I,
)


def holder_at_meeting(engine: Engine, parsed: Parsed) -> tuple[str, str] | None:
    """The post's holder and the one meeting named, when the question asks whether the holder of a
    post completed by a body's name spoke at or addressed that meeting; None otherwise."""
    text = parsed.text
    if not _POST.search(text) or not _SPEAKS.search(text):
        return None
    holder = engine.post_holder(parsed)
    if holder is None or not holder[1]:
        return None
    person, words = holder
    kb, tokens = engine.kb, parsed.query.tokens
    if any(h.entity == person and h.name_cover >= NAMED_COVER for h in parsed.hits[:5]):
        return None  # named outright: the person's own rules
    title = {i for i, token in enumerate(tokens) if token in words}
    bodies = [h for h in parsed.hits[:5] if kb.kind(h.entity) == "body" and h.name_cover >= NAMED_COVER and h.name_tokens & title]
    if len(bodies) != 1:
        return None
    taken = title | bodies[0].name_tokens
    meetings = [m for m, positions in named_meetings(engine, parsed) if positions - taken]
    if len(meetings) != 1:
        return None
    return person, meetings[0]
