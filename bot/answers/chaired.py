"""Whether a person chaired a meeting: "Did Denis Trefilov chair the 13th Security Secretaries meeting?",
"Трефилов председательствовал на заседании?", "Rahmon vel soveshchanie?", "was Klemez the chairman of
the St Petersburg meeting?".

Read as any question of a person at a meeting, it was a check of presence: the source names Trefilov
at the meeting (for a welcoming speech), so "Yes" — a confident answer to what the sources never say.
Chairing is a role of its own: only a participant recorded with the role "chair" chaired; anyone else
named there is "the sources do not say", with what the source does record of them (the kind of
address), and someone not named there stays "not named" (the check of presence says so).

Cheap: the regex is gated by its literal cues (`cues.cued`), and only a yes/no question about one
person at a meeting asks it.
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

# The verb of chairing, not the noun of a post ("the Chair of the Council of Heads of State",
# "председатель Совета глав государств" name Rahmon's post and ask nothing of a meeting).
_CHAIRED = cued(re.compile(
    r"\bchaired\b|\bpresided\b|\bpreside\b|\bchair(?:ing)?\s+(?:the|this|that|it|their|its)\b"
    r"|\b(?:the\s+)?chair(?:man|woman|person)?\s+(?:of|at)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,5}?(?:meeting|session|summit|conference)\b"
    r"|председательствова\w*|\bпредседател\w*\s+(?:на|этого|этой|того|той)\s+(?:[\w-]+\s+){0,3}?(?:заседани|совещани|встреч|саммит)\w*"
    r"|\b(?:вёл|вел|вела|руководил[аи]?)\s+(?:[\w-]+\s+){0,3}?(?:заседани|совещани|встреч)\w*"
    r"|predsedatelstvova\w*|\b(?:vel|vela|rukovodil[ai]?)\s+(?:[\w-]+\s+){0,3}?(?:zasedani|soveshchani|vstrech)\w*",
    re.I,
))


# The analysed tokens of the verb ("presid" of "preside", which is also the stem of "President").
STEMS = ("presid", "chair", "predsedat", "председат")


def asked(text: str) -> bool:
    """Whether the question asks if someone chaired (presided over, led) a meeting."""
    return _CHAIRED.search(text) is not None
