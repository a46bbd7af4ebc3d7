"""A plainly fictional knowledge base with future meetings, for digest and calendar tests.

Nothing here is a fact: the real knowledge base only holds past meetings, so tests that need
upcoming ones build this one in a temporary directory.
"""

from __future__ import annotations

from pathlib import Path

FICTIONAL_KB = """\
sources:
  - id: fiction
    file: fiction.txt
    publisher: {en: The Fictional Gazette, ru: Вымышленная газета}
    date: "2031-01-01"
    title: {en: Plans of imaginary councils, ru: Планы воображаемых советов}
places:
  - id: atlantis
    name: {en: Atlantis City, ru: Город Атлантида}
    description: {en: A city that does not exist., ru: Несуществующий город.}
    sources: [fiction]
bodies:
  - id: owl_council
    name: {en: Council of Imaginary Owls, ru: Совет воображаемых сов}
    short: {en: [Owl Council], ru: [Совет сов]}
    description: {en: A fictional council for tests., ru: Вымышленный совет для тестов.}
    category: sectoral
    sources: [fiction]
  - id: bat_council
    name: {en: Council of Imaginary Bats, ru: Совет воображаемых летучих мышей}
    description: {en: Another fictional council., ru: Другой вымышленный совет.}
    category: sectoral
    sources: [fiction]
meetings:
  - id: owl_meeting_1
    name: {en: 1st meeting of the Owl Council, ru: 1-е заседание Совета сов}
    description: {en: A fictional meeting., ru: Вымышленное заседание.}
    body: owl_council
    number: 1
    date: "2031-03-10"
    place: atlantis
    sources: [fiction]
  - id: owl_meeting_2
    name: {en: 2nd meeting of the Owl Council, ru: 2-е заседание Совета сов}
    description: {en: Another fictional meeting., ru: Ещё одно вымышленное заседание.}
    body: owl_council
    number: 2
    date: "2031-03-12"
    place: atlantis
    sources: [fiction]
  - id: bat_meeting
    name: {en: Meeting of the Bat Council, ru: Заседание Совета летучих мышей}
    description: {en: A fictional meeting of bats., ru: Вымышленное заседание мышей.}
    body: bat_council
    date: "2031-03"
    sources: [fiction]
"""


def write_fictional_kb(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "fiction.yaml").write_text(FICTIONAL_KB, encoding="utf-8")
    return directory
