"""What someone is called in the sources: "Рахмон — кем он назван в источниках?", "кем значится
Клемез?", "kem yavlyaetsya Trefilov?", "how do the sources describe Peskov?".

These ask who the person is (his posts as recorded), as "кто такой Рахмон?" does; read as typed, the
words "кем", "назван", "источниках" are searched for as well, match nothing of the person and leave
the bot asking back. The question is rewritten to that plain "who is" form before it is read. Only
the whole question is rewritten (a verb of naming with nothing after it but "in the sources"):
"кем назван Рахмон в обращении к совещанию?" asks something else and is left alone.
"""

from __future__ import annotations

import re

from bot.answers.cues import literal_cue

_VERB_RU = (
    r"(?:назван\w*|называ\w*|значит\w*|числит\w*|явля\w*|представлен\w*|указан\w*|упомянут\w*|упомина\w*"
    r"|описан\w*|описыва\w*|выступа\w*\s+в\s+источник\w*)"
)
_VERB_LAT = r"(?:nazvan\w*|nazyva\w*|znachit\w*|chislit\w*|yavlya\w*|javlja\w*|predstavlen\w*|ukazan\w*|upomyanut\w*|opisan\w*)"
_PRONOUN = r"(?:(?:он|она|оно|они|on|ona|ono|oni)\s+)?"
# "в источниках", "по документам", "v istochnikah": where the naming is read, no part of what is asked
_WHERE_RU = r"(?:\s+(?:в|во|по|v|vo|po)\s+(?:(?:этих|этим|ваших|etih|vashih)\s+)?(?:источник\w*|документ\w*|материал\w*|istochnik\w*|dokument\w*|material\w*))?"
_END = r"\s*[?!.]*\s*$"
_SUBJECT = r"(?P<subject>[^\s—–,?!.-]+(?:\s+[^\s—–,?!.-]+){0,3}?)"

# "Рахмон — кем он назван в источниках?" (the subject set off first by a dash or comma)
_SET_OFF = re.compile(
    rf"^\W*{_SUBJECT}\s*(?:[—–-]+|,|:)\s*(?:(?:а|и|a|i|ну|nu)\s+)?(?:кем|kem)\s+(?:же\s+|zhe\s+)?{_PRONOUN}"
    rf"(?:{_VERB_RU}|{_VERB_LAT}){_WHERE_RU}{_END}",
    re.IGNORECASE,
)
# "кем назван Рахмон в источниках?", "kem yavlyaetsya Klemez?"
_VERB_FIRST = re.compile(
    rf"^\W*(?:(?:а|и|a|i|ну|nu)\s+)?(?:кем|kem)\s+(?:же\s+|zhe\s+)?(?:{_VERB_RU}|{_VERB_LAT})\s+{_SUBJECT}{_WHERE_RU}{_END}",
    re.IGNORECASE,
)
# "how do the sources describe Peskov?", "what are Klemez's titles in the documents?" is not this:
# only the sources describing, or someone "called / described / referred to" in them.
_DESCRIBE_EN = re.compile(
    r"^\W*how\s+(?:do|does|did)\s+(?:the|these|your)\s+(?:sources?|documents?|docs|materials?|records?)\s+"
    rf"(?:describe|call|refer\s+to|present|name|title)\s+{_SUBJECT}{_END}",
    re.IGNORECASE,
)
_CALLED_EN = re.compile(
    rf"^\W*(?:what|how)\s+(?:is|was)\s+{_SUBJECT}\s+(?:called|described|referred\s+to|titled|presented)\s+"
    r"(?:in|by)\s+(?:the|these|your)\s+(?:sources?|documents?|docs|materials?|records?)" + _END,
    re.IGNORECASE,
)
_CUE = literal_cue([_SET_OFF, _VERB_FIRST, _DESCRIBE_EN, _CALLED_EN])


def as_who(text: str) -> str:
    """ "кто такой X?" / "who is X?" for a question asking what X is called in the sources; else the text."""
    if not _CUE(text.lower()):
        return text
    for pattern, head in ((_SET_OFF, None), (_VERB_FIRST, None), (_DESCRIBE_EN, "who is"), (_CALLED_EN, "who is")):
        found = pattern.match(text)
        if found is None:
            continue
        subject = found.group("subject")
        if head is None:
            head = "kto takoy" if not re.search(r"[а-яё]", text, re.IGNORECASE) else "кто такой"
        return f"{head} {subject}?"
    return text
