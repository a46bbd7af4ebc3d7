"""What part an organisation or body plays in the sources: "При чём тут FATF в документах про СНГ?",
"what has the CSTO got to do with CIS security cooperation?", "какое отношение ЕАГ имеет к СНГ?",
"what role does FATF play in the sources?", "pri chem tut FATF?".

Read whole, the words after the name ("in the documents on the CIS", "к СНГ") found documents and
the Commonwealth beside it, and the bot asked back ("did you mean: FATF") or answered of the CIS.
What the sources record of the entry is its card (the FATF standards the EAG's assessments are based
on; the SCO's observer status; the CSTO among the XVIII meeting's organisations), so the question is
asked as "what is <name>?" when the usual reading found nothing sure (asked back, declined or "not
recorded"), and that answer is kept only when it is the card of one organisation or body; anything
else (a person's "role" is his post; "what role does the council play" has Klemez's words on it; a
view credited to someone is his words) is left to the usual reading.
Cheap: a word of the phrasings is tested first.
"""

from __future__ import annotations

import re

_CUE = re.compile(
    r"при\s*ч[её]м|pri\s*ch[eyo]m|отношени|otnosheni|\brol[eu]?\b|\bрол[ьи]\b|\bролью\b|do with|connected|related"
    r"|связи с ч|svyazi s ch|mentioned",
    re.I,
)
_MENTIONED_RU = r"(?:упомина\w+|упомянут\w*|upo?m[iy]na\w+|upomyanut\w*)"

# Each pattern holds the entry's name as "x"; what follows it (the CIS, the documents) is dropped.
_PHRASES = [
    re.compile(r"^\W*(?:а\s+)?при\s*ч[её]м\s+(?:тут|здесь|тогда\s+)?\s*(?P<x>[^?,]+?)(?:\s+(?:в|во|к|для|у|и)\s+[^?]*)?\W*$", re.I),
    re.compile(r"^\W*(?:a\s+)?pri\s*ch[eyo]m\s+(?:tut|zdes'?)?\s*(?P<x>[^?,]+?)(?:\s+(?:v|vo|k|dlya|u|i)\s+[^?]*)?\W*$", re.I),
    re.compile(r"^\W*какое\s+отношение\s+(?:имеет\s+)?(?P<x>[^?,]+?)\s+(?:имеет\s+)?(?:к|ко)\s+[^?]*\W*$", re.I),
    re.compile(r"^\W*kakoe\s+otnoshenie\s+(?:imeet\s+)?(?P<x>[^?,]+?)\s+(?:imeet\s+)?(?:k|ko)\s+[^?]*\W*$", re.I),
    re.compile(r"^\W*какую\s+роль\s+(?:играет|играл[аи]?|выполняет)\s+(?P<x>[^?,]+?)(?:\s+(?:в|во|для)\s+[^?]*)?\W*$", re.I),
    re.compile(r"^\W*kakuyu\s+rol\s+(?:igraet|igral[ai]?)\s+(?P<x>[^?,]+?)(?:\s+(?:v|vo|dlya)\s+[^?]*)?\W*$", re.I),
    re.compile(
        r"^\W*what\s+(?:has|does|did)\s+(?:the\s+)?(?P<x>[^?,]+?)\s+(?:got\s+to|have\s+to|has\s+to)\s+do\s+with\b[^?]*\W*$", re.I
    ),
    re.compile(r"^\W*what\s+(?:role|part)\s+(?:does|did|do)\s+(?:the\s+)?(?P<x>[^?,]+?)\s+play\b[^?]*\W*$", re.I),
    re.compile(r"^\W*how\s+(?:is|are|was)\s+(?:the\s+)?(?P<x>[^?,]+?)\s+(?:connected|related|linked)\s+(?:to|with)\b[^?]*\W*$", re.I),
    re.compile(r"^\W*why\s+(?:is|are|was)\s+(?:the\s+)?(?P<x>[^?,]+?)\s+mentioned\b[^?]*\W*$", re.I),
]
# Russian (or Latin-typed) phrasings, after the English ones above: "в связи с чем упоминается X",
# "X — при чём тут?", "FATF — v svyazi s chem upominaetsya?"
_PHRASES_RU = [
    re.compile(rf"^\W*(?:в\s+связи\s+с\s+ч[её]м|v\s+svyazi\s+s\s+ch[eyo]m)\s+{_MENTIONED_RU}\s+(?P<x>[^?,]+?)(?:\s+(?:в|во|v)\s+[^?]*)?\W*$", re.I),
    re.compile(
        rf"^\W*(?P<x>[^—–?]{{2,}}?)\s*(?:—|–|\s-)\s*(?:при\s*ч[её]м\s+(?:тут|здесь)|pri\s*ch[eyo]m\s+(?:tut|zdes'?)"
        rf"|(?:в\s+связи\s+с\s+ч[её]м|v\s+svyazi\s+s\s+ch[eyo]m)\s+{_MENTIONED_RU})\W*$",
        re.I,
    ),
]


# "What role does the council play, according to Klemez?": a view credited to someone is his words.
_CREDITED = re.compile(
    r"according to|in the (?:view|opinion) of|\b(?:say|says|said|think|thinks)\b|по словам|по мнению|по оценк"
    r"|\bсчита\w*|\bсказал\w*|\bговорил\w*|po slovam|po mneniyu",
    re.I,
)


def rewrite(question: str) -> str | None:
    """The question asked as "what is <name>?" ("что такое <name>?" when it is Russian), or None."""
    if not _CUE.search(question) or _CREDITED.search(question):
        return None
    for number, pattern in enumerate(_PHRASES):
        found = pattern.match(question.strip())
        if found is None:
            continue
        name = found.group("x").strip()
        if not name or len(name.split()) > 8:
            return None
        english = number >= 6
        return f"what is {name}?" if english else f"что такое {name}?"
    for pattern in _PHRASES_RU:
        found = pattern.match(question.strip())
        if found is not None and 0 < len(found.group("x").split()) <= 8:
            return f"что такое {found.group('x').strip()}?"
    return None
