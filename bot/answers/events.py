"""Events the sources never record: an ending (abolished, dissolved, cancelled, withdrew, left,
expelled, suspended; упразднили, вышел из, отменили, исключили…) asked of a body, format, document
or exercise. The knowledge base records what was established, adopted, held and planned; asked when
or why something ended, the dates of its beginning are no answer. The verdict is "not recorded"
with the entry asked about as the nearest record.

Cheap: a look at the first hits, then one regex on the question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.mentions import MENTION_SCORE
from bot.answers.verdict import Verdict
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

NAMED = 0.5  # share of a name the question must hold to be about it
EVENT_CHARS = 100

# Verbs only: the nouns name topics too ("ликвидация последствий наводнений", "withdrawal symptoms").
_ENDING = re.compile(
    r"\b(?:abolish(?:ed|es|ing)?|dissolv(?:ed|es|ing)|disband(?:ed|s|ing)?|cancel+(?:ed|led|s|ing)?|call(?:ed)? off"
    r"|withdr[ae]w(?:n|s|ing)?|expel+(?:ed|led|s|ing)?|suspend(?:ed|s|ing)?|liquidated|terminated|scrapped"
    r"|(?:left|leave|leaving|quit|quits|exit(?:ed)?) the)\b"
    r"|\b(?:упразднил\w*|упраздн[её]н\w*|распущ\w*|распустил\w*|ликвидировал\w*|ликвидирован\w*|отменил\w*"
    r"|отмен[её]н\w*|вы(?:шл[аои]|шел) из\b|покинул\w*|исключил\w*|исключ[её]н\w*|приостановил\w*|приостановлен\w*"
    r"|расторг\w*|прекратил\w* (?:существ|деятельн))"
    r"|\b(?:uprazdnil\w*|uprazdnen\w*|raspustil\w*|raspushchen\w*|likvidirova\w*|otmenil\w*|otmenen\w*"
    r"|vy(?:shl[aoi]|shel) iz\b|pokinul\w*|isklyuchil\w*|isklyuchen\w*|priostanovil\w*|priostanovlen\w*)",
    re.I,
)
_ENDING_CUE = literal_cue([_ENDING])  # most questions hold none of its words: a look-up says so
# What someone said about an ending is a statement asked for, not the event.
_SAID = re.compile(
    r"\b(?:say|said|says|spoke|told|tell|mention\w*)\b|\bговор\w*|\bсказа\w*|\bзаяв\w*|\bупомина\w*|\bgovor\w*|\bskaza\w*",
    re.I,
)
_QUESTION_START = re.compile(
    r"^\W*(?:(?:when|why|how|what|where|did|was|were|has|have|is|are|does|do|in what year)\b\s*)+"
    r"|^\W*(?:(?:когда|почему|зачем|как|в каком году|kogda|pochemu|zachem)\b\s*)+",
    re.I,
)
_ABOUT = ("body", "organisation", "document", "decision", "fact", "meeting", "event", "exercise")


def unrecorded_event(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "not_recorded" (reason "event") when the question asks about an ending the entry it names
    does not record; None otherwise."""
    kb = engine.kb
    # An entry named first: five hits cost less than the regex over the text.
    named = [h for h in parsed.hits[:5] if h.score >= MENTION_SCORE and h.name_cover >= NAMED]
    about = [h for h in named if kb.kind(h.entity) in _ABOUT] or named
    if not about:
        return None
    # The question as typed too: spelling repair may take a verb for a typo ("вышел" → "вышил").
    typed = parsed.typed or base.question
    found = _ENDING.search(typed) if _ENDING_CUE(typed) else None
    if found is None and parsed.text != typed:
        typed = parsed.text
        found = _ENDING.search(typed) if _ENDING_CUE(typed) else None
    if found is None or _SAID.search(typed):
        return None
    entity = kb.entities[about[0].entity]
    stem = text_tokens(found.group(0).split()[0])
    texts = " ".join([entity.description.en, entity.description.ru, *(f.value.en + " " + f.value.ru for f in kb.facts_of(entity.id))])
    if stem and set(stem) & set(text_tokens(texts)):
        return None  # the entry records it: the usual answer gives it
    event = _QUESTION_START.sub("", typed).strip().rstrip("?!. ")[:EVENT_CHARS]
    base.kind = "not_recorded"
    base.answered = True
    base.reason = "event"
    base.value = {"event": event, "what": entity.id}
    base.alternatives = [entity.id]
    base.focus = [entity.id]
    base.sources = list(entity.sources)
    base.intent = "not_recorded"
    return base
