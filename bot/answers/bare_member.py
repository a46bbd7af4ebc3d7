"""A participant named alone right after a meeting's participants: "azerbaijan?", "Азербайджан?",
"kazakhstan" after "which states attended the interior ministers meeting?" (or after "was Armenia
there?") asks whether it was there too, as "and Azerbaijan?" does.

Read whole, the bare name was the state's card, which lists the other meetings it attended and leaves
the one in context unanswered. The turn is asked as "and X?", which the participation follow-ups read.

Cheap: only a turn of at most four words that one participant's name covers, after participants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.participants_followup import GROUPS

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 4
# a word beside the name makes the turn another question ("а кроме России?", "not Russia?")
_OTHER_WORDS = frozenset(
    ["а", "и", "a", "i", "and", "or", "also", "too", "кроме", "без", "помимо", "except", "besides", "apart", "without", "not", "не", "only", "только", "лишь", "krome", "bez"]
)
NAMED = 0.9  # the name covers the turn and the turn the name


def _after_participants(context: Verdict) -> bool:
    """Whether the previous answer listed a meeting's participants or said whether one took part."""
    value = context.value if isinstance(context.value, dict) else {}
    intent = context.intent or ""
    return (
        context.attribute == "participants"
        or intent.startswith("list:participants")
        or (context.kind == "yes_no" and isinstance(value.get("member"), str))
    )


def rewrite(engine: Engine, parsed: Parsed, context: Verdict) -> str | None:
    """ "and X?" for a turn that is a participant's name alone after participants, else None."""
    words = parsed.text.lower().strip(" ?!.").split()
    if not words or len(words) > MAX_WORDS or not _after_participants(context) or not parsed.hits:
        return None
    if _OTHER_WORDS.intersection(words):
        return None  # "а кроме России?", "and Armenia?": a question of its own kind, read as typed
    hit = parsed.hits[0]
    if hit.score < NAMED or hit.name_cover < NAMED or hit.name_query_cover < NAMED:
        return None
    if engine.kb.kind(hit.entity) not in GROUPS or hit.entity in context.focus:
        return None
    return f"{'а' if parsed.lang == 'ru' else 'and'} {parsed.text.strip(' ?!.')}?"
