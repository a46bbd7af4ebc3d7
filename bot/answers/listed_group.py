"""The group a participant is asked to be among: "Was the CIS ATC among the international
organisations at the XVIII meeting?".

A meeting's record lists its participants in groups (states, CIS bodies, international
organisations). A yes/no that names the group ("среди международных организаций", "one of the CIS
bodies") asserts that group too: the CIS Anti-Terrorism Center is listed among the CIS bodies of the
XVIII meeting, so "among the international organisations" is a "No" that says where it is listed,
not the "Yes" a search for the name alone gives.
"""

from __future__ import annotations

import re

# "among the …", "one of the …", "среди …", "в числе …": the group words must follow one of these,
# so that "CIS member states" inside a meeting's name is no group asked.
_AMONG = r"(?:\bamong|\bone of|\bсреди|\bв числе|\bsredi|\bv chisle)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "organisations",
        re.compile(_AMONG + r"(?:international\s+organi[sz]ations?|intl\.?\s+orgs?|международн\w*\s+организаци\w*|mezhdunarodn\w*\s+organi[zs]a[ct]\w*)", re.I),
    ),
    (
        "bodies",
        re.compile(_AMONG + r"(?:CIS\s+bodies|bodies\s+of\s+the\s+CIS|органов\s+СНГ|органы\s+СНГ|organov\s+SNG)", re.I),
    ),
    ("states", re.compile(_AMONG + r"(?:states|countries|государств\w*|стран\w*|gosudarstv\w*|stran\w*)\b", re.I)),
)
_CHEAP = re.compile(r"among|one of|среди|в числе|sredi|v chisle", re.I)


def asked_group(text: str) -> str | None:
    """The participants' group the question asks the member to be among, if it names one."""
    if not _CHEAP.search(text):
        return None
    for group, pattern in _GROUPS:
        if pattern.search(text):
            return group
    return None
