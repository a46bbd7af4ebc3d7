"""Third tuning set for yes/no questions (tuning3_yesno.yaml), written from the five seed documents.

Phrasings deliberately differ from tuning.yaml and tuning2.yaml: other verbs, word orders, tag and
negated forms, Latin-typed Russian, wrong keyboard layouts and typos. Run `python build_tuning3_yesno.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import (
    ARM,
    ATC,
    AZE,
    BCOC,
    BEL,
    CSTO,
    DUSHANBE,
    KAZ,
    KYR,
    MOSCOW,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SPB,
    TAJ,
    TKM,
    UZB,
    YesNoCases,
    date,
    en_layout,
    ru_layout,
)

HERE = Path(__file__).resolve().parent
CASES = YesNoCases("t3-yn")
case, yes, nope, unsaid = CASES.case, CASES.yes, CASES.nope, CASES.unsaid


SECSEC_P = r"Security\s+(?:Council\s+)?Secretaries|секретар\w*\s+(?:советов|совбез)"
TREFILOV = r"Trefilov|Трефилов"
KLEMEZ = r"Klemez|Клемез"
SCO = r"Shanghai|\bSCO\b|\bШОС\b|Шанхайск"

# attendance: states at meetings
yes("Armenia was among the delegations at the interior ministers' session in St. Petersburg, right?", ARM, [S2])
nope(
    "Moldova attended the August interior ministers council, didn't it?",
    r"Moldov|Молдав|Молдов",
    [S2],
    note="002 lists eight states, not Moldova",
)
yes("Присутствовали ли представители Таджикистана на совещании глав спецслужб в Москве?", TAJ, [S3])
nope(
    "Разве Туркменистан был представлен на XVIII совещании по противодействию терроризму?",
    TKM,
    [S4],
    note="004 lists Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan",
)
yes("uchastvoval li uzbekistan v zasedanii smvd sng v peterburge?", UZB, [S2])
nope("azerbaidzhan priezzhal na sovet ministrov vnutrennih del 12 avgusta?", AZE, [S2])
yes(en_layout("Была ли Армения на встрече руководителей спецслужб СНГ?"), ARM, [S3])
yes("Did Kyrgyz delegates show up at the June anti-terror gathering in Moscow?", KYR, [S4])
nope(
    "Was Russia absent from the June 2025 counter-terrorism meeting?",
    RUS,
    [S4],
    note="004 lists the Russian Federation among the states; the answer is that Russia attended",
    extra=[RUS],
)
yes("Казахстан тоже отправил делегацию в Петербург на СМВД?", KAZ, [S2])
yes("Did the Belarusians take part in the intelligence chiefs' talks in Moscow?", BEL, [S3])
nope("Грузия участвовала во встрече руководителей органов безопасности и спецслужб?", r"Georgia|Грузи", [S3])
# organisations / bodies at meetings
yes("Was the Regional Anti-Terrorist Structure of the SCO represented at the XVIII meeting?", RATS, [S4])
yes("Была ли ОДКБ среди международных организаций на XVIII совещании?", CSTO, [S4])
yes("Did the Bureau for Coordinating the Fight Against Organized Crime join the St. Petersburg meeting?", BCOC, [S2])
yes("Антитеррористический центр участвовал в заседании СМВД в августе 2025?", ATC, [S2])
nope(
    "Did Interpol attend the XVIII meeting of counter-terrorism units?",
    r"Interpol|Интерпол",
    [S4],
    note="004 names CSTO, RATS SCO and EAG as the international organisations",
)
yes(
    "Was the Interstate Aviation Committee among the CIS bodies at the June meeting in Moscow?", r"Aviation|авиац", [S4]
)
yes("Uchastvovala li Evraziyskaya gruppa (EAG) v XVIII soveshchanii?", r"Eurasian|EAG|ЕАГ|Евразийск", [S4])
# places and dates
yes("Was the 13th Security Secretaries Council session hosted by Moscow?", MOSCOW, [S1])
nope("Проходило ли заседание Совета министров внутренних дел в Москве?", MOSCOW, [S2], extra=[SPB])
nope("Was the XVIII counter-terrorism meeting held on 10 July 2025?", r"July|июл", [S4], extra=[date(10, 6, 2025)])
yes("13-е заседание Совета секретарей советов безопасности прошло 5 ноября 2025 года?", None, [S1])
yes("Did the interior ministers meet on August 12?", r"August|август|12", [S2])
nope("zasedanie smvd bylo v minske?", r"Minsk|Минск", [S2], extra=[SPB])
yes("Was the XVIII meeting in 2025?", r"2025", [S4])
nope("Совещание руководителей антитеррористических подразделений было в 2024 году?", r"2024", [S4], extra=[r"2025"])
yes("Состоялся ли в Душанбе октябрьский саммит СНГ?", DUSHANBE, [S1])
# people and roles
yes("Is Trefilov the CIS deputy secretary general?", TREFILOV, [S1])
nope(
    "Является ли Евгений Клемез заместителем генсека СНГ?",
    KLEMEZ,
    [S2],
    extra=[r"Director|директор|Department|департамент"],
)
yes("Klemez heads the security cooperation department of the CIS Executive Committee, correct?", KLEMEZ, [S2])
yes("Верно ли, что Эмомали Рахмон — председатель Совета глав государств СНГ?", r"Rahmon|Рахмон", [S4])
nope(
    "Is Dmitry Peskov the Russian foreign minister?",
    r"Peskov|Песков",
    [S3],
    extra=[r"press\s+secretary|пресс-секретар"],
)
yes("pravda li chto peskov press-sekretar prezidenta rossii?", r"Peskov|Песков", [S3])
# who spoke where
yes("Did Trefilov give a welcoming speech at the Security Secretaries meeting in November?", TREFILOV, [S1])
unsaid(
    "Did Klemez address the 13th Security Secretaries Council?",
    [S1, S2],
    "001 names Trefilov as the speaker and lists no participants: no, or the sources do not say",
)
yes("Выступал ли Рахмон с обращением на пленарном заседании XVIII совещания?", r"Rahmon|Рахмон", [S4])
# documents, programmes, decisions
yes("Did the Dushanbe summit approve the counter-terrorism and extremism programme for 2026-2028?", None, [S1])
nope(
    "Программа противодействия терроризму и экстремизму рассчитана до 2030 года?",
    r"2030",
    [S1],
    extra=[r"2028"],
    note="001: 2026–2028; the border programme runs until 2030",
)
yes("Is the CIS Military Cooperation Concept still valid in 2029?", None, [S1], note="until 2030")
yes(
    "Действует ли сейчас программа сотрудничества в противодействии терроризму на 2026–2028 годы?",
    None,
    [S1],
    note="today 2026-11-30 lies within 2026–2028",
)
yes("Was SCO given observer status at the CIS?", SCO, [S1])
nope("ШОС стала полноправным членом СНГ?", SCO, [S1], extra=[r"observer|наблюдател"])
yes(ru_layout("Did the CIS leaders adopt a statement on transnational crime?"), r"transnational|транснационал", [S1])
nope(
    "Was the treaty on international controlled delivery operations signed at the August interior ministers meeting?",
    r"sign|подпис|controlled|контролир",
    [S2],
    note="002 only says it was planned to be signed by the heads of state",
)
# topics discussed
yes("Обсуждалась ли на заседании СМВД безопасность дорожного движения?", r"road|дорожн", [S2])
yes("Were drones talked about at the XVIII meeting?", r"unmanned|drone|беспилот|БПЛА", [S4])
yes("На XVIII совещании говорили про дерадикализацию?", r"deradical|дерадикал", [S4])
yes("Did the heads of CIS special services discuss cybersecurity in Moscow?", r"cyber|кибер", [S3])
yes("obsuzhdali li na smvd nezakonnuyu migraciyu?", r"migrat|миграц", [S2])
unsaid(
    "Was climate change on the agenda of the CIS interior ministers in St Petersburg?",
    [S2],
    "002 does not mention it: no, or the recorded agenda does not mention it",
)
yes("Was the Commonwealth-Antiterror 2025 exercise planned for Tajikistan?", TAJ, [S4])
# membership and structure
yes(
    "Является ли Совет командующих Пограничными войсками отраслевым органом СНГ в сфере безопасности?",
    r"Border|погранич",
    [S0],
)
nope("Is the CIS Anti-Terrorism Center a sectoral cooperation body?", ATC, [S0], extra=[r"speciali[sz]ed|специализ"])
yes("Входит ли Совет министров обороны в число 16 отраслевых органов?", r"Defen[sc]e|оборон|\bСМО\b", [S0])
yes(
    "Does the CIS Heads of Migration Bodies Council belong to the security-sphere sectoral bodies?",
    r"Migration|миграц",
    [S0],
)
nope(
    "Is the Council of Heads of Customs Services one of the 16 sectoral bodies in the security sphere?",
    r"Customs|тамож",
    [S0],
    note="000 does not list it; it appears only in 004 among bodies at the XVIII meeting",
)
yes("В 2025 году органы провели 20 заседаний, так?", r"\b20\b|двадцать", [S0])
# the sources do not say
unsaid(
    "Did Uzbekistan attend the 13th Security Secretaries Council meeting?",
    [S1],
    "001 does not list the participants of the 13th meeting",
)
unsaid(
    "Присутствовал ли Путин на встрече глав спецслужб в Москве?",
    [S3],
    "003 quotes an earlier Putin remark; it does not say he attended",
)
unsaid("Была ли встреча руководителей спецслужб СНГ в Москве в сентябре?", [S3], "003 gives no date")
unsaid("Did the Commonwealth-Antiterror 2025 exercise go well?", [S4], "004 only announces the exercise")
# typos
yes("Did Tajikstan atend the St Petersburg interior minsters meeting?", TAJ, [S2])
yes("Учавствовал ли Кыргызтан в совещании спецслужб в Москве?", KYR, [S3])

HEADER = """\
# Question bank, third tuning set for yes/no questions. Generated by build_tuning3_yesno.py; edit there.
# Written from the five documents in knowledge/seeds/ (`source` names them), not from the bot's answers;
# "today" is 2026-11-30. Same fields and judging rules as tuning.yaml (see README.md).
"""


def main() -> int:
    CASES.write(HERE / "tuning3_yesno.yaml", HEADER)
    return 0


if __name__ == "__main__":
    sys.exit(main())
