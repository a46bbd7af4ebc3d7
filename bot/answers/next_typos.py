""""Next" as people mistype it: "sleduyushe", "sledujushee", "sleduyuschee", "следущее", "следуюшее".

The answerers that read "the next meeting" (the question's intent, the upcoming meeting of a series,
the timeline's cue) spell "следующий" and its Latin typing in full; a typo of it left the question to
the words around it, and "когда следущее заседание СМВД" was answered with the date of the last
meeting, as if asked "when was it". These alternatives are joined to their patterns. They do not
reach "следует" / "sleduet" (it follows) or "sledstvie" (an investigation): a "щ"/"ш" (sh, sch, s4, 6)
must come right after "следу"/"sled(u|yu|ju)".
"""

from __future__ import annotations

NEXT_TYPOS = (
    r"\bследу?щ\w*|\bследую?ш\w*"
    r"|\bsled(?:u|yu|ju|iu)?[yj]?u?(?:shch|sch|sh|s4|6)\w*"
)
