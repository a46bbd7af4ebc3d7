"""What another person said, named by a post: "and the prosecutor general?" after "what did Putin say?",
"a genprokuror?" after "chto skazal Peskov?", "and the Russian president?" after Rahmon's address.

The previous answer quoted what someone said; "а X?" naming a person or a post asks the same of X. Read
alone, "the prosecutor general" found the Council of Prosecutors General by its name and gave its card;
asked as "what did the prosecutor general say?" it finds the Prosecutor General's recorded words. A turn
about a topic ("and about drones?", "а о миграции?") is another rule's: the person stays, the topic changes.
When the post finds a person, the question is asked once more by the person's short name, so that "the
Russian president" gets Putin's words, not the note on how the article names him.

Cheap: two regexes on the turn, then one or two engine questions.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_WHAT_ABOUT = re.compile(
    r"^(?:and|what about|how about|and what about|а|и|a|i|ну а|а как насчет|a kak naschet)\s+(?P<rest>[^?]+?)$"
)
# a person by a post or title: the word must be there, a topic is no one who speaks
_POST = re.compile(
    r"\b(?:prosecutors?|president|secretary|spokes\w*|director|chair\w*|minister|deputy|head"
    r"|прокурор\w*|генпрокурор\w*|президент\w*|секретар\w*|пресс-секретар\w*|директор\w*|председател\w*"
    r"|министр\w*|заместител\w*|замгенсек\w*|глав[аеуы]"
    r"|prokuror\w*|genprokuror\w*|prezident\w*|sekretar\w*|direktor\w*|predsedatel\w*|ministr\w*|zamestitel\w*)\b"
)
_ABOUT = re.compile(r"^(?:о|об|обо|про|o|ob|obo|pro|about|on|regarding)\b")
MAX_WORDS = 5


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """What the person the turn names said, or None."""
    if context.kind != "quote" or not context.focus:
        return None
    said_by = context.focus[0]
    if engine.kb.kind(said_by) not in ("person", "fact", "body"):
        return None
    turn = _WHAT_ABOUT.match(text)
    if turn is None:
        return None
    rest = turn.group("rest")
    if len(rest.split()) > MAX_WORDS or _ABOUT.match(rest):
        return None
    person = next(
        (h.entity for h in parsed.hits[:2] if h.score >= 0.5 and h.name_cover >= 0.8 and engine.kb.kind(h.entity) == "person"),
        None,
    )
    if person is None and not _POST.search(rest):
        return None
    # "a genprokuror?" after "chto skazal Peskov?" is Russian, whatever two words say
    lang = "ru" if context.lang == "ru" or parsed.lang == "ru" else "en"
    if lang == "ru":
        latin = not re.search(r"[а-яё]", rest, re.I)
        question = f"{'chto skazal' if latin else 'что сказал'} {rest}?"
    else:
        question = f"what did {rest} say?"
    verdict = engine.answer(question, lang, today)
    found = verdict.focus[0] if verdict.focus else None
    if found is not None and engine.kb.kind(found) == "person" and found != person:
        # "the Russian president" is Putin: his words, as "what did Putin say?" gives them
        shorts = engine.kb.entities[found].short
        names = shorts.ru if lang == "ru" else shorts.en
        name = names[0] if names else engine.kb.name(found, lang)
        verdict = engine.answer(f"что сказал {name}?" if lang == "ru" else f"what did {name} say?", lang, today)
        found = verdict.focus[0] if verdict.focus else None
    if not verdict.answered or verdict.kind != "quote" or found is None or found == said_by:
        return None
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict
