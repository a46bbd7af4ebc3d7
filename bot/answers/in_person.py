"""Whether the person just named was at the meeting in person: "was he there in person?", "did he come to
Moscow in person?", "он сам приезжал?", "а он лично присутствовал?" after who sent the XVIII meeting its
congratulatory address (or who welcomed the 13th Security Secretaries meeting).

The turn names neither the person nor the meeting; read as it stands it found a quote of another
meeting's record with a "yes" before it. Asked as the full question ("did Emomali Rahmon attend the XVIII
meeting in person?") it meets the check of presence (`yesno`): "the sources do not say" when the source
names him only for an address read out, "yes" when it names him among those there.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _meeting, _person
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# in person / himself / сам / лично: presence, not what was said or sent
_IN_PERSON = re.compile(
    r"\bin person\b|\bpersonally\b|\bhimself\b|\bherself\b|\bthemsel\w+|\bлично\b|\bсам[аи]?\b|\bсобственной персоной\b"
    r"|\blichno\b|\bsam[ai]?\b"
)
# the person pointed at, and a verb of being there or coming
_POINTED = re.compile(r"\b(?:he|she|they|он|она|они|on|ona|oni)\b")
_PRESENT = re.compile(
    r"\b(?:attend\w*|there|present|come|came|arriv\w*|go|went|travel\w*|show(?:ed)? up|turn(?:ed)? up|was|were|be)\b"
    r"|\b(?:присутствова\w*|приезжа\w*|приех\w*|прибы\w*|был[аи]?|участвова\w*|там)\b"
    r"|\b(?:prisutstvova\w*|priezzha\w*|priekh\w*|priekha\w*|byl[ai]?|uchastvova\w*|tam)\b"
)
_CUE_WORDS = ("person", "personally", "himself", "herself", "themsel", "лично", "сам", "персон", "lichno", "sam")
MAX_WORDS = 10


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """Whether the previous answer's one person attended its meeting in person, asked in full; or None."""
    text = parsed.text.lower()
    if not any(word in text for word in _CUE_WORDS) or len(text.split()) > MAX_WORDS:
        return None
    if not (_IN_PERSON.search(text) and _POINTED.search(text) and _PRESENT.search(text)):
        return None
    person = _person(engine, context)
    meeting = _meeting(engine, context, named=True)
    if person is None or meeting is None:
        return None
    kb = engine.kb
    lang = parsed.lang
    if lang == "ru":
        # the meeting's short name: its full Russian name, in the nominative, reads worse after "на"
        shorts = kb.entities[meeting].short.ru
        question = f"{kb.name(person, 'ru')} лично присутствовал на мероприятии {shorts[0] if shorts else kb.name(meeting, 'ru')}?"
    else:
        question = f"did {kb.name(person, 'en')} attend the {kb.name(meeting, 'en')} in person?"
    verdict = engine.answer(question, lang, today)
    if not verdict.answered or verdict.kind != "yes_no" or person not in verdict.focus:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting}
    return verdict
