"""Fifth tuning set for yes/no questions (tuning5_yesno.yaml), written sentence by sentence from the five seed documents.

Aimed at sentences no earlier tuning set asks about (Klemez's list of threats and of work done, the plans for the
supreme bodies, the sessions of the XVIII meeting, the basic organisations, the aims of 2025, TASS and the SVR press
office), with meetings named by place, number, date or host, agenda items in other words than the documents'
(synonyms), one false detail in about half, some facts the sources do not give. Run `python build_tuning5_yesno.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import (
    ATC,
    EXEC,
    MOSCOW,
    NUM,
    S0,
    S1,
    S2,
    S3,
    S4,
    TAJ,
    YesNoCases,
    en_layout,
)

HERE = Path(__file__).resolve().parent
CASES = YesNoCases("t5-yn")
yes, nope, unsaid = CASES.yes, CASES.nope, CASES.unsaid

# 002: Klemez's threats («marked increase in extremist movements», «weapons smuggling», «money laundering and corruption»)
yes("Говорил ли Клемез про контрабанду оружия?", r"weapon|оруж", [S2])
yes("Did Klemez warn about money laundering at the St Petersburg meeting?", r"laundering|отмыв", [S2])
yes("Клемез упоминал отмывание денег и коррупцию?", r"laundering|отмыв", [S2])
yes("Did Klemez say that illegal migration threatens national security?", r"migration|миграц", [S2])
yes("Klemez govoril pro rost ekstremistskih dvizheniy?", r"extremis|экстремист", [S2])
yes("Did Klemez mention the falling effectiveness of international security systems?", r"effectiveness|эффективност", [S2])
yes("Говорил ли Клемез о попытках переписать историю?", r"history|истори", [S2])
# 002: Klemez on the work done («training personnel», «refining analytical and scientific research»)
yes("Did Klemez mention training of personnel among the interior ministers' achievements?", r"train|подготовк|кадр", [S2])
yes("Упоминал ли директор департамента сотрудничества по безопасности научные исследования?", r"research|исследован", [S2])
# 002: plans for the supreme bodies
yes("Was an optional protocol on the transfer of sentenced persons planned for signing?", r"sentenced|осужд", [S2])
yes("Планировалось ли подписать протокол к конвенции о передаче осуждённых?", r"sentenced|осужд", [S2])
nope(
    "Was a convention on extradition planned for signing according to Klemez?",
    r"extradition|экстрадиц|выдач",
    [S2],
    note="002 names the treaty on controlled delivery operations and the optional protocol on the transfer of sentenced persons",
)
# 002: the discussion («implementation of interstate crime prevention programs», «crimes committed using ICT»)
yes("Обсуждали ли в Петербурге выполнение межгосударственных программ профилактики преступности?", r"prevention|профилактик", [S2])
yes(
    "Was cooperation against crimes committed with information technologies discussed by the CIS interior ministers?",
    r"information|информацион",
    [S2],
)
yes("Did the interior ministers in St Petersburg talk about countering destructive elements?", r"destructive|деструктив", [S2])
yes("Поднимался ли на СМВД в августе вопрос судебно-экспертной деятельности?", r"forensic|экспертн", [S2])
yes("Затрагивали ли министры внутренних дел тему безопасности на дорогах?", r"road|дорожн", [S2])
unsaid(
    "Did the interior ministers in St Petersburg discuss pension reform?",
    [S2],
    "002 lists migration, road safety, forensic activities, destructive elements, crime prevention programmes, ICT crime",
)
# 002: the meeting itself
nope("Было ли на заседании СМВД в Петербурге девять государств?", r"8|eight|восемь|восьми", [S2])
yes("Is St Petersburg described as a city that suffered greatly in the war?", r"war|войн", [S2])
nope("Was the St Petersburg meeting held in the year of the 70th anniversary of Victory?", r"80|80th|восьмидесят", [S2])

# 001: the 13th Security Secretaries meeting
yes("Did Trefilov say the Dushanbe summit paid attention to good-neighbourliness?", r"neighbo|добрососед", [S1])
yes("Рассказывал ли Трефилов об итогах октябрьских встреч в Душанбе?", r"Dushanbe|Душанбе", [S1])
nope("Трефилов рассказывал об октябрьском саммите в Минске?", r"Minsk|Минск|Dushanbe|Душанбе", [S1], extra=[r"Dushanbe|Душанбе"])
yes(
    "Is the CIS Plus format meant for cooperation with international organisations?",
    r"organi[sz]ation|организац",
    [S1],
)
yes("Была ли на 13-м заседании секретарей совбезов речь о вовлечении молодёжи в деструктивные движения?", r"youth|молод", [S1])
yes("Does the joint statement on transnational crime commit to countering terrorism and extremism?", r"terror|террор", [S1])
yes(
    "Определяют ли принятые в Душанбе документы деятельность спецслужб на среднесрочную перспективу?",
    r"medium|среднесрочн",
    [S1],
)
yes("Are the Security Secretaries Council meetings held every year?", r"annual|ежегодн", [S1])
nope("Заседание секретарей совбезов было 5 октября 2025?", r"October|октябр|November|ноябр", [S1], extra=[r"November|ноябр|\b5\.11"])
nope("13 zasedanie sovbezov prohodilo v Dushanbe?", r"Dushanbe|Душанбе|Moscow|Москв", [S1], extra=[MOSCOW])

# 003: the Moscow meeting of security and intelligence chiefs
yes("Was the meeting of CIS intelligence chiefs in Moscow reported by TASS?", r"TASS|ТАСС", [S3])
yes("Рассказала ли пресс-служба СВР о повестке встречи глав спецслужб в Москве?", r"Foreign\s+Intelligence|внешней\s+разведки|СВР", [S3])
nope(
    "Пресс-служба ФСБ рассказала о повестке встречи руководителей спецслужб в Москве?",
    r"FSB|ФСБ|Federal\s+Security",
    [S3],
    extra=[r"Foreign\s+Intelligence|внешней\s+разведки|СВР"],
)
yes("Did the heads of special services in Moscow discuss joint operational planning?", r"planning|планирован", [S3])
yes("Обсуждали ли руководители спецслужб в Москве трансграничные преступные сети?", r"criminal|преступн", [S3])
yes("Did coordinated exercises come up at the Moscow security services meeting?", r"exercise|учени", [S3])
yes("Did Putin say the CIS would celebrate the 80th anniversary of Victory together?", r"80|восьмидесят", [S3])

# 004: the XVIII meeting, its participants and sessions
yes("Была ли среди участников XVIII совещания базовая организация по языкам и культуре?", r"language|язык", [S4])
yes("Was there a basic organisation for training border commanders at the June meeting?", r"border|погранич", [S4])
yes("Were the competent authorities of 9 CIS states represented at the XVIII meeting?", NUM[9], [S4])
yes("Did the Coordinating Transport Conference send people to the June 10 meeting in Moscow?", r"Transport|транспорт", [S4])
yes("Обсуждали ли на XVIII совещании прогнозы развития угроз?", r"forecast|прогноз", [S4])
yes("Did the counter-terrorism chiefs in Moscow talk about terrorist propaganda?", r"propaganda|пропаганд", [S4])
yes("Поднимался ли на июньском совещании вопрос возвращения боевиков-террористов?", r"fighter|боевик", [S4])
yes("Was the smuggling of weapons from conflict zones raised at the XVIII meeting?", r"weapon|оруж", [S4])
yes("На XVIII совещании говорили о беспилотниках?", r"unmanned|drone|беспилот|БПЛА", [S4])
yes("Did the XVIII meeting touch on removing extremist content from the internet?", r"Internet|интернет|content|контент", [S4])
yes("Обсуждалось ли на антитеррористическом совещании 10 июня финансирование терроризма?", r"financ|финансир", [S4])
yes("Did the second session of the XVIII meeting cover digital tools against terrorist financing?", r"digital|цифров", [S4])
yes("Was information exchange between international organisations raised at the XVIII meeting?", r"information|информац", [S4])
yes("Obsuzhdali li na XVIII soveshchanii deradikalizaciyu?", r"deradicali|дерадикализ", [S4])
yes("Упоминались ли религиозные организации в связи с дерадикализацией?", r"religious|религиозн", [S4])
yes("Говорили ли на четвёртой сессии об учебно-методической литературе?", r"literature|литератур", [S4])
nope("Was the joint exercise discussed at the third session planned for September 2025?", r"September|сентябр", [S4], extra=[r"October|октябр"])
nope("Учения «Содружество-Антитеррор – 2025» должны были пройти в Казахстане?", r"Kazakh|Казахстан", [S4], extra=[TAJ])
yes("Are the EAG's assessment mechanisms based on FATF standards?", r"FATF|ФАТФ", [S4])
nope("Секретариат ЕАГ докладывал о совместной работе с Интерполом?", r"Interpol|Интерпол", [S4], extra=[ATC])
unsaid("Was a final communiqué adopted at the XVIII meeting?", [S4], "004 describes the sessions only; no document adopted")
unsaid("Принимали ли на XVIII совещании итоговое заявление?", [S4], "004 describes the sessions only; no document adopted")

# 000: the 2025 report
yes("Did the security bodies work in close interaction with the Executive Committee?", EXEC, [S0])
yes("Was the development of mutual legal assistance one of the aims of the bodies in 2025?", r"legal|правов", [S0])
yes("Является ли Межгосударственный экологический совет отраслевым органом в сфере безопасности?", r"Ecolog|экологич|МЭС", [S0])
nope("Межгосударственный авиационный комитет входит в 16 отраслевых органов?", r"Aviation|авиацион", [S0])
yes("Способствуют ли взаимодействию органов межгосударственные целевые программы?", r"programm|програм", [S0])
unsaid("Увеличили ли в 2025 году бюджет Межгосударственного совета по гидрометеорологии?", [S0], "000 says nothing of budgets")
# typing styles
yes(en_layout("Обсуждали ли на XVIII совещании энергетическую инфраструктуру?"), r"energy|энергетич", [S4])
yes("obsuzhdali li na smvd v peterburge bezopasnost dorozhnogo dvizheniya", r"road|дорожн", [S2])
yes("Did Klemez mention narcotics trafficking rouets?", r"narcotic|drug|наркот", [S2])
yes("Обсуждали ли на встрече спецслужб в Москве киберзащиту?", r"cyber|кибер", [S3])

HEADER = """\
# Question bank, fifth tuning set for yes/no questions. Generated by build_tuning5_yesno.py; edit there.
# Written from the five documents in knowledge/seeds/ (`source` names them), sentence by sentence, not from the
# bot's answers; "today" is 2026-11-30. Same fields and judging rules as tuning.yaml (see README.md).
"""


def main() -> int:
    CASES.write(HERE / "tuning5_yesno.yaml", HEADER)
    return 0


if __name__ == "__main__":
    sys.exit(main())
