"""The status of a document or an event asked ("What is the status of the border security programme?",
"статус программы по борьбе с терроризмом?", "kakoy status u dogovora o postavkah?", "Commonwealth-Antiterror
2025 — status?").

The word "status" alone pulls the one entry whose text is about a status (the decision granting the SCO
observer status), so the question got that decision quoted back: a confident wrong answer. The question
is asked again without its status frame, as "what is <rest>?", and its card (which names the status:
"approved", "planned", "held") is the answer when it is about a document or an event; a status asked of
an organisation or a state (observer, member) is left to the rest of the engine.

Cheap: one precompiled pattern whose literal words gate it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from datetime import date

    from bot.answers.engine import Engine, Parsed

# The frame that asks a status, and nothing else of the question: it is cut out, the rest is the subject.
_STATUS_FRAME = re.compile(
    r"\b(?:(?:what|which)(?:'s|\s+is|\s+was)?\s+(?:the\s+|its\s+)?(?:current\s+)?status\s+(?:of|for|does|has|do)\b"
    r"|status\s+(?:of|for)\b|(?:what|which)\s+status\b|(?:current\s+)?status\W*$)"
    r"|(?:\b(?:а\s+)?как(?:ой|ов)\s+(?:сейчас\s+|у\s+него\s+|у\s+не[её]\s+)?статус\w*(?:\s+(?:у|документа|документов))?\b"
    r"|\bв\s+каком\s+статусе\b|\bстатус\w*(?:\s+(?:у|документа))?\b)"
    r"|\b(?:kakoy|kakoi|kakov)\s+(?:sejchas\s+|seychas\s+)?status\w*(?:\s+u)?\b|\bstatus\w*\s+u\b",
)
STATUS_CUE = literal_cue([re.compile(r"status|статус")])
# A status of membership is an organisation's or a state's, answered elsewhere (bot.answers.statuses).
_MEMBERSHIP = re.compile(r"observ|наблюд|nablyud|nabl|member|член|chlen|partner|партн[её]р|candidat|кандидат")
_ENTRY_KINDS = frozenset({"document", "meeting"})
MENTION_AT = 0.3  # as in bot.answers.statuses: a hit this good names the entry


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
    """The card of the document or event whose status is asked; None when no status is asked, the
    status is one of membership, or the subject is not one document or event."""
    text = parsed.text.lower().replace("ё", "е")
    if _MEMBERSHIP.search(text):
        return None
    # "какой статус получила ШОС": a status an organisation or a state was given is membership too
    if any(engine.kb.kind(hit.entity) in ("organisation", "state") for hit in parsed.hits[:2] if hit.score >= MENTION_AT):
        return None
    frame = _STATUS_FRAME.search(text)
    if frame is None:
        return None
    rest = f"{parsed.text[: frame.start()]} {parsed.text[frame.end() :]}"
    rest = re.sub(r"^[\s—–:,-]+|[\s—–:,?!.-]+$", "", rest.strip())
    # "has the treaty got a status", "status: the concept": what is left must still name something
    if len(rest) < 3:
        return None
    what = "что такое" if parsed.lang == "ru" else "what is"
    verdict = engine.answer(f"{what} {rest}?", parsed.lang, today)
    entity = verdict.entity
    if not verdict.answered or verdict.kind != "card" or entity is None:
        return None
    if engine.kb.kind(entity) not in _ENTRY_KINDS:
        return None
    verdict.question = base.question
    return verdict
