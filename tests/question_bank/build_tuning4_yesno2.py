"""Fourth tuning set for yes/no questions (tuning4_yesno2.yaml), a second angle, written from the five seed documents.

Phrasings deliberately differ from tuning*.yaml: every relation as yes/no (attendance of states, bodies and people, places, dates,
numbers, roles, status, documents, agenda, speakers, unsaid facts); other verbs, word orders, tag and
negated forms, Latin-typed Russian, wrong keyboard layouts and typos. Run `python build_tuning4_yesno2.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import (
    ARM,
    ATC,
    AZE,
    BEL,
    CONCEPT,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DUSHANBE,
    EAG,
    EXERCISE,
    FIU,
    FORENSIC,
    IPA,
    JOINT_COMMISSION,
    KAZ,
    KLEMEZ,
    MOSCOW,
    NUM,
    PESKOV,
    PROSECUTORS,
    RAHMON,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    TAJ,
    TKM,
    TREFILOV,
    UN,
    YesNoCases,
    date,
    en_layout,
)

HERE = Path(__file__).resolve().parent
CASES = YesNoCases("t4-yn2")
case, yes, nope, unsaid = CASES.case, CASES.yes, CASES.nope, CASES.unsaid


# attendance: states, organisations, people
yes("Армения была на заседании СМВД в Петербурге?", ARM, [S2])
nope(
    "Грузия ведь была на совещании руководителей спецслужб в Москве, да?",
    r"Georgi|Грузи",
    [S3],
    note="003 lists Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan",
)
yes("Неужели Туркменистан прислал делегацию на встречу глав спецслужб?", TKM, [S3])
nope("Разве Азербайджан был среди участников заседания МВД в Санкт-Петербурге?", AZE, [S2])
yes("Was Belarus represented when the CIS interior ministers gathered in August?", BEL, [S2])
nope("Is it true that Turkmenistan's competent authorities were at the XVIII anti-terror meeting in June?", TKM, [S4])
yes("byl li kazahstan na vstreche rukovoditeley specsluzhb v moskve?", KAZ, [S3])
yes(
    "Did the Eurasian Group on Combating Money Laundering take part in the June 2025 counter-terrorism meeting?",
    EAG,
    [S4],
)
yes("Межпарламентская ассамблея СНГ участвовала в XVIII совещании?", IPA + r"|\bМПА\b|\bIPA\b", [S4])
yes("Was the CIS Anti-Terrorism Center represented at the interior ministers' meeting on 12 August?", ATC, [S2])
nope(
    "Правда ли, что ОДКБ присутствовала на заседании Совета министров внутренних дел в Петербурге?",
    CSTO,
    [S2],
    note="002 names the ATC and the Bureau only, besides the eight states",
)
yes("Did the Council of Heads of Customs Services send a working structure to the XVIII meeting?", CUSTOMS, [S4])
# hosting, places
yes("Was Moscow the host city of the 13th meeting of the Security Secretaries Council?", MOSCOW, [S1])
nope("Совещание антитеррористических подразделений СНГ в июне 2025 проходило в Минске?", MOSCOW, [S4], extra=[MOSCOW])
nope("Did the supreme bodies of the CIS meet in Astana in October?", DUSHANBE, [S1], extra=[DUSHANBE])
yes("Верно ли, что саммит глав государств СНГ в октябре прошёл в Душанбе?", DUSHANBE, [S1])
nope("Was the Commonwealth-Antiterror 2025 exercise to be held in Kyrgyzstan?", TAJ, [S4], extra=[TAJ])
# dates
yes(
    "Did the interior ministers council meet before September 2025?",
    None,
    [S2],
    extra=[date(12, 8, 2025) + r"|12\s+(?:August|августа)|August\s+12"],
)
nope("Заседание СМВД СНГ было в июле?", r"August|август|июл|July", [S2])
yes("Was the 13th Security Secretaries Council held in autumn 2025?", None, [S1], extra=[r"November|ноябр"])
nope("Секретари советов безопасности собирались весной 2025?", r"November|ноябр|spring|весн", [S1])
nope("Was the XVIII counter-terrorism meeting held after July 2025?", r"June|июн|July|июл", [S4], extra=[r"June|июн"])
yes("XVIII совещание прошло 10 июня?", None, [S4], extra=[r"10|June|июн"])
nope("Was the CIS ATC established in 2005?", r"2000|2005", [S4], extra=[r"2000"])
yes("Правда ли, что учения Содружество-Антитеррор-2025 намечены на октябрь?", None, [S4], extra=[r"October|октябр"])
# numbers
yes("Were more than 10 CIS bodies represented at the XVIII meeting?", None, [S4], extra=[NUM[13]])
nope("Было ли на XVIII совещании пять специализированных секций?", r"4|four|четыр|five|пят", [S4], extra=[NUM[4]])
yes("Did three international organisations attend the June 2025 counter-terrorism meeting?", None, [S4], extra=[NUM[3]])
nope("Is it true that 25 meetings were held by the security bodies in 2025?", r"25|20", [S0], extra=[NUM[20]])
nope("В сфере безопасности СНГ действуют 20 отраслевых органов?", r"16|20|шестнадцат", [S0], extra=[NUM[16]])
yes("Did eight states send delegations to the intelligence chiefs' meeting in Moscow?", None, [S3], extra=[NUM[8]])
yes("Есть ли у СНГ три специализированных органа в сфере безопасности?", None, [S0], extra=[NUM[3]])
# roles and titles
nope("Клемез — генеральный секретарь СНГ?", KLEMEZ, [S2], extra=[r"Director|директор|Department|департамент"])
yes("Is Emomali Rahmon the president of Tajikistan?", RAHMON, [S4])
nope(
    "Denis Trefilov is the director of the security cooperation department, isn't he?",
    TREFILOV,
    [S1],
    extra=[r"Deputy\s+Secretary|заместител"],
)
yes("Песков ведь пресс-секретарь президента России, да?", PESKOV, [S3])
# membership and status
nope("Has the SCO become a member state of the Commonwealth?", r"observer|наблюдател|member|член", [S1], extra=[SCO])
yes("Получила ли Шанхайская организация сотрудничества статус наблюдателя при СНГ?", SCO, [S1])
yes("Is the Joint Commission on combating illegal migration one of the CIS specialised bodies?", JOINT_COMMISSION, [S0])
yes(
    "Входит ли Совет руководителей подразделений финансовой разведки в отраслевые органы СНГ в сфере безопасности?",
    FIU,
    [S0],
)
# documents: adoption, signing, by whom, coverage
yes(
    "Did the heads of state adopt a joint statement on combating transnational crime?",
    None,
    [S1],
    extra=[r"transnational|транснациональн"],
)
nope(
    "Заявление о сотрудничестве в борьбе с транснациональной преступностью приняли министры внутренних дел?",
    r"Heads\s+of\s+State|глав\w*\s+государств|interior|внутренних|МВД|министр",
    [S1],
    extra=[r"Heads\s+of\s+State|глав\w*\s+государств"],
)
yes("Was the Military Cooperation Concept approved for the period until 2030?", CONCEPT, [S1])
nope("Концепция военного сотрудничества утверждена до 2035 года?", r"2030|2035", [S1], extra=[r"2030"])
yes(
    "Was a programme on strengthening border security on the external borders approved in Dushanbe?",
    None,
    [S1],
    extra=[r"[Bb]order|границ|погранич"],
)
yes(
    "Планировалось ли подписать договор о международных контролируемых поставках?",
    None,
    [S2],
    extra=[r"controlled\s+deliver|контролируем"],
)
yes("Is the joint statement's text going to be distributed at the UN?", UN, [S1])
# discussed, decided, proposed
yes(
    "Did the 13th Security Secretaries Council look at humanitarian and educational cooperation?",
    None,
    [S1],
    extra=[r"humanitarian|гуманитарн"],
)
yes("На совещании спецслужб в Москве обсуждали кибербезопасность?", None, [S3], extra=[r"cyber|кибер"])
yes("Did the interior ministers talk about forensic activities in St Petersburg?", FORENSIC, [S2])
nope("Обсуждалась ли на XVIII совещании ядерная безопасность?", r"nuclear|ядерн", [S4])
yes("Did Russia's Prosecutor General propose reforming the CIS Council of Prosecutors?", PROSECUTORS, [S3])
yes("На третьей сессии XVIII совещания обсуждали совместные антитеррористические учения?", EXERCISE, [S4])
# who spoke, addressed, reported
yes("Did the EAG Secretariat report on its work with the CIS ATC?", EAG, [S4])
nope("Трефилов выступал на заседании СМВД в Санкт-Петербурге?", TREFILOV, [S2])
yes("Говорил ли Клемез о росте киберпреступности?", KLEMEZ, [S2], extra=[r"cyber|кибер"])
yes("did klemez speak to journalists after the interior ministers met?", KLEMEZ, [S2])
# planned or happened
yes(
    "Was 2025 declared the Year of Peace and Unity in the Fight Against Nazism in the CIS?",
    None,
    [S2],
    extra=[r"Peace\s+and\s+Unity|мира\s+и\s+единства"],
)
# the sources do not say
unsaid(
    "Участвовал ли Казахстан в 13-м заседании Совета секретарей советов безопасности?",
    [S1],
    "001 does not list the participants of the 13th meeting",
)
unsaid("Did the intelligence chiefs meet in Moscow in 2025?", [S3], "003 gives no date of the meeting")
unsaid(
    "Песков выступал на встрече руководителей спецслужб в Москве?",
    [S3],
    "003 quotes an October statement by Peskov, not a speech at the meeting",
)
unsaid("pravda li chto na zasedanii smvd podpisali soglashenie?", [S2], "002 records discussions, no signed agreement")
# typing styles
yes(en_layout("Была ли Беларусь на заседании СМВД?"), BEL, [S2])
yes("Did Kazakstan particpate in the June counter-terorism meeting in Moskow?", KAZ, [S4])
yes("Утвердили ли прогармму противодействия терроризму на 2026-2028 годы?", None, [S1], extra=[CT_PERIOD])

HEADER = """\
# Question bank, fourth tuning set for yes/no questions (second angle). Generated by build_tuning4_yesno2.py; edit there.
# Written from the five documents in knowledge/seeds/ (`source` names them), not from the bot's answers;
# "today" is 2026-11-30. Same fields and judging rules as tuning.yaml (see README.md).
"""


def main() -> int:
    CASES.write(HERE / "tuning4_yesno2.yaml", HEADER)
    return 0


if __name__ == "__main__":
    sys.exit(main())
