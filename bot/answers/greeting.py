"""A message that asks nothing of the knowledge base: a greeting or a call for help ("hi", "привет",
"help", "помощь", "what can you do?", "что ты умеешь?") and thanks ("thanks", "спасибо", "ok").

Read as questions they were declined with "found nothing on that", or worse: "помощь" found the
record of "mutual legal assistance" and was answered with a quote. A greeting or a call for help gets
what the bot answers and examples; thanks a short reply. Only a message made of these words alone:
"hi, when was the 13th meeting?" is a question (its greeting goes in `questionwords.without_courtesy`).
"""

from __future__ import annotations

import re

from bot.answers.verdict import Verdict

_HELP = re.compile(
    r"^\W*(?:(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|help|start|what\s+can\s+you\s+do|what\s+do\s+you\s+know"
    r"|how\s+(?:does\s+(?:this|it)\s+work|do\s+i\s+use\s+(?:this|you|it))|who\s+are\s+you"
    r"|привет|здравствуй(?:те)?|добрый\s+(?:день|вечер)|доброе\s+утро|помощь|помоги(?:те)?|справка|что\s+ты\s+умеешь"
    r"|что\s+(?:вы\s+)?умеете|как\s+(?:тобой\s+|этим\s+)?пользоваться|кто\s+ты|privet|zdravstvuyte|pomoshch|pomogi)"
    r"(?:\W+(?:bot|бот|there))?\W*)+$",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"^\W*(?:(?:thanks?(?:\s+you)?|thx|ty|cheers|great|perfect|спасибо|благодарю|отлично"
    r"|spasibo)(?:\W+(?:a\s+lot|so\s+much|большое|bot|бот))?\W*)+$",
    re.IGNORECASE,
)


def answer(question: str, lang: str) -> Verdict | None:
    """A decline marked "help" or "thanks" for such a message; None for anything else."""
    if len(question) > 60:
        return None
    reason = "help" if _HELP.match(question) else "thanks" if _THANKS.match(question) else None
    if reason is None:
        return None
    return Verdict(question, lang, "decline", False, reason=reason, intent=reason)
