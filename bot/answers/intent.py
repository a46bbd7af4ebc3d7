"""What kind of answer a question asks for, read from its wording in English or Russian.

Detection runs on prepared text (lower case, ё folded, numbers as ``#N``); the commonest
Russian question words are also recognised typed in Latin letters ("kogda", "gde"). The words that
only say *what is asked* ("when", "who attended", "сколько") are removed from the text
that goes to the search, so that they neither match names nor count as unexplained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answers import unmarked
from bot.answers.cues import cued, literal_cue
from bot.answers.next_typos import NEXT_TYPOS

# Order matters: the first question type found wins ("when did they approve" is "when").
_QUESTION_TYPE_TEXTS: list[tuple[str, str]] = [
    # "на скольких заседаниях", "в скольких городах": the oblique forms count too.
    # "входит в число отраслевых органов" is "is among them", not a number asked ("в число 16 …"
    # stays a count: the figure the question gives is checked against the list)
    ("count", r"\bhow many\b|\bhow (?:big|large)\b|\bnumber of\b|\bсколько\b|\bскольк(?:их|им|ими)\b|\bколичеств\w*|(?<!\bв )\bчисло\b|\bв число(?=\s+#?\d)|\bskol'?ko\b|\bskol'?ki(?:kh|h|m)\b"),
    (
        "head",
        r"\bwho (?:heads|leads|chairs|presides|runs|directs|manages|oversees|is in charge of|is the (?:head|director|chair\w*|leader|boss))\b"
        # "кто тогда председательствовал …": who held the post at the time in context, still who
        r"|\bкто (?:(?:тогда|в то время|там|же|вообще|сейчас|у них|у вас) )*(?:был[аи]? |является )?(?:возглавля\w+|руковод\w+|стоит во главе|стоял во главе|глав\w*|директор\w*|председател\w*|заведу\w+|управля\w+)"
        r"|\bkto (?:togda )?(?:vozglavlyaet|vozglavlyal|rukovodit|rukovodil|predsedatelstvoval|upravlyaet|glavnyi|glavnyj|glavny)\b",
    ),
    # Anchored alternatives apart: one "^" in an alternation keeps re from skipping ahead by the
    # first letters of the others (a tenth of the detection time for "when" alone).
    (
        "head",
        r"^(?:the )?(?:head|director|chair\w*|leader) of\b|^(?:руководитель|глава|директор|председатель) (?!государств)",
    ),
    (
        "head",
        # a terse fragment that ends with the post asked for: "ATC head?", "АТЦ руководитель?"
        # ("Is Klemez a director?" asks about a post held, not for the holder)
        r"\b(?:head|chief|director|leader|руководитель|глава|директор|начальник|rukovoditel)(?<!\ba head)"
        r"(?<!\ba chief)(?<!\ba director)(?<!\ba leader)(?<!\ban head)(?<!\ban chief)(?<!\ban director)(?<!\ban leader)\W*$",
    ),
    (
        "role",
        # The frame only, never the name in it: "what does Klemez do" is stripped to "Klemez".
        r"\b(?:post|position|role|job|what does(?=(?:\s+[\w.'-]+){1,3}\s+do\b))\b|\bдолжност\w*|\bкем (?:работает|является|был\w*)"
        r"|\bdolzhnost\w*"
        # what a body is for: "what is the purpose of the ATC?", "какова цель СМВД?", "зачем нужен АТЦ?"
        # (a meeting's purpose is its agenda, not a post: "what was the purpose of the XVIII meeting?")
        r"|(?!.*(?:meeting|summit|session|gathering|заседани|совещани|встреч|саммит))"
        r"(?:\bwhat(?:'s| is| was) the (?:purpose|mission|function|point) of\b|\b(?:какова|каковы|в ч[её]м) (?:цель|цели|задача|задачи|роль|функция|функции)\b"
        r"|\b(?:зачем|для чего) (?:нуж(?:ен|на|но|ны)|существует)\b|\b(?:zachem|dlya chego) nuzh(?:en|na|no|ny)\b)"
        # where a person works is the post and its organisation, not a place ("где работает Клемез?")
        # (the frame only: the name between its words stays in the text)
        r"|\bwhere (?:does|did|do|is)\b(?=(?:\s+[\w.'-]+){1,3}\s+(?:work(?:s|ing)?|employed)\b)"
        r"|\b(?:who|(?:which|what) (?:organi[sz]ation|body|agency|department|ministry|service)) (?:does|did)\b(?=(?:\s+[\w.'-]+){1,3}\s+work\b)"
        # "what agency is Trefilov from", "which organisation is Klemez with": whom a person serves
        r"|\b(?:which|what) (?:organi[sz]ation|body|agency|department|ministry|service) (?:is|was)\b(?=(?:\s+[\w.'-]+){1,3}\s+(?:from|with)\W*$)"
        r"|\b(?:в каком|v kakom) (?:ведомстве|органе|министерстве|учреждении|vedomstve|organe|ministerstve) (?:сейчас |seychas )?(?:работает|работал|служит|rabotaet|rabotal|sluzhit)\b"
        r"|(?<=\w )(?:work(?:s|ing)?(?: for)?|employed)(?=\W*$)"
        r"|\b(?:где|в какой организации|на кого|gde|v kakoy organizacii|na kogo) (?:сейчас |seychas )?(?:работает|работал|служит|rabotaet|rabotal|sluzhit)\b",
    ),
    (
        "period",
        # "what years does it cover?" asks a period; "does it cover associations of states?" does not
        r"\bperiod\b|\bcovers?\b(?=\s*(?:[?.!,]|$|(?:the\s+)?(?:years?|period|\d)))|\brun (?:until|till|to)\b|\buntil when\b|\bhow long\b|\bvalid until\b|\bсрок\w*"
        r"|\bна какой период\b|\bна какие годы\b|\bдо какого года\b|\bпериод\w*|\bsrok\w*"
        # "for what years?", "until what year?", "till when?", "на сколько лет?", "na kakie gody?"
        r"|\bfor (?:what|which) years\b|^(?:what|which) years\b|\b(?:until|till|up to|through) (?:what|which) year\b"
        r"|\btill when\b|\bfor how many years\b|\bна сколько лет\b|\bдо каких пор\b|\bna kakie gody\b"
        r"|\bdo kakogo goda\b|\bna kakoy period\b|\bna skolko let\b"
        # "when does the counter-terrorism programme start / end?": the ends of its period
        # (only "when" is the asking word: the rest names the document)
        r"|\bwhen\b(?= (?:does|did|will) (?:the )?[\w\s-]{0,40}?\b(?:programmes?|programs?|concept)\s+(?:start|begin|end|expire|run out)\b)"
        r"|(?:(?<=programme )|(?<=program )|(?<=concept ))(?:start|begin|end|expire|run out)\b"
        r"|\bс какого года\b|\bкогда (?:начинается|начнётся|начнется|заканчивается|закончится|истекает|истечёт|истечет)\b",
    ),
    (
        "holder",
        # which body held a meeting: "which body held it?", "whose meeting was it?", "чьё это было
        # заседание?", "какой орган провёл саммит?" ("which body held meetings in 2025" is a list)
        r"\bwhich (?:body|council|organ|organi[sz]ation) (?:held|organi[sz]ed|convened|ran)\b(?!.*\bmeetings\b)"
        r"|\bwho (?:held|organi[sz]ed|convened) (?:it|that|this)\b|\bwhose (?:meeting|session|summit|gathering)\b"
        # "who organised the XVIII meeting?", "кто организовал встречу спецслужб?", "организатор учений"
        # (the organisers as a subject, "what did the organisers discuss?", ask something else)
        r"|\bwho (?:organi[sz]ed|convened)\b|\b(?:who|which)\b[^?.]{0,25}\borgani[sz]ers?\b"
        r"|^and (?:the )?(?:organizers|organisers|organizer|organiser)\b|^(?:organizers|organisers|organizer|organiser)\b"
        r"|^the (?:organizers|organisers|organizer|organiser)\b(?![^?]*\b(?:discuss|say|said|decide|adopt))"
        r"|\bкто (?:\w+ )?(?:организовал|организовывал|организует|организуют|созвал)\w*|\bwho (?:\w+ )?(?:organi[sz]es|is organi[sz]ing)\b|\b(?:кто|какой)\b[^?.]{0,25}\bорганизатор\w*|^организатор\w*|^а организатор\w*"
        r"|\bkto (?:organizoval|sozval)\b|\bkto\b[^?.]{0,25}\borganizator\w*|^organizator\w*|^a organizator\w*"
        r"|\bheld by (?:which|what|whom)\b"
        r"|\bчь(?:ё|е|я|и|й|его|ей)\b(?=(?:\s+\w+){0,2}\s+(?:заседани|совещани|встреч|саммит))"
        r"|\bчь(?:ё|е|я|и|й|его|ей)\b(?=(?:\s+(?:это|было|был|была|были|оно|она|он|они))*\W*$)"
        r"|\bкакой (?:орган|совет) (?:провод|провел|провёл|организ|созва)\w*"
        r"|\bkakoy (?:organ|sovet) (?:provel|provodil|organizoval)\w*",
    ),
    (
        "when",
        r"\bwhen\b|\bwen\b|\bwehn\b|\bwhn\b|\bwhat date\b|\bwhich date\b|\bon what day\b|\bdate of\b|\bthe date\b|\bdates?\b"
        r"|\bwhat year\b|\bwhich year\b|\bкогда\b|\bдат[аеуы]\b|\bкак(?:ого|ое) числа?\b|\bкоторого числа\b|\bв каком году\b"
        r"|\bkogda\b|\bkagda\b|\bkada\b|\bкагда\b|\bv kakom godu\b|\b(?:kakogo|kotorogo) chisla\b|\bwhat day of the month\b"
        # the month asked is the date's: "in what month were the meetings in Dushanbe"
        r"|\b(?:what|which) month\b|\bв как(?:ом|ой) месяц\w*|\bкакого месяца\b|\bv kakom mes\w*|\bkakogo mes\w*"
        # a terse fragment that starts or ends with it: "month of the XVIII meeting", "XVIII совещание — месяц?"
        # (set off by a dash or comma: "what was decided this month?" asks no month)
        r"|^(?:the\s+)?month\s+of\b|[—–,-]\s*(?:month|месяц|mesyac)\W*$",
    ),
    (
        "where",
        r"\bwhere\b|\bwehre\b|\bwher\b|\bwhere's\b|\bwhich city\b|\bwhat city\b|\bin which country\b|\bvenue\b|\blocation\b"
        r"|\bwhat country\b|\bhost(?:ing)?\s+(?:city|town|country)\b|\bhost(?:ed|s)?\b|\bкакой город\b|\bкакая страна\b|\bкакую страну\b"
        r"|\bkakoy gorod\b|\bkakaya strana\b"
        r"|\bгде\b|\bв каком городе\b|\bв какой стране\b|\bместо проведения\b"
        r"|\bgde\b|\bv kakom gorode\b|\bv kakoy strane\b"
        # the host: "кто принимал саммит" (not "принимал участие": taking part), "хозяин встречи"
        r"|\b(?:кто|kto)\s+(?:\w+\s+)?(?:принимал\w*|принимает|prinimal\w*|prinimaet)\b(?=\s+(?:[#\w-]+\s+)?"
        r"(?:саммит|заседани|совещани|встреч|учени|sammit|zasedani|soveshch?ani|vstrech|ucheni))"
        r"|\b(?:кто|какая страна)\s+(?:\w+\s+)?(?:хозя\w+\s+(?:встреч|заседан|совещан|саммит)|принимающ\w+\s+(?:сторон|стран))"
        # the occasion of a speech is the meeting it was made at: "по какому поводу выступал Клемез"
        r"|\b(?:по какому поводу|po kakomu povodu)\b(?=.*\b(?:выступ\w*|vystup\w*))"
        r"|\bon what occasion\b(?=.*\b(?:speak|spoke|talk\w*))",
    ),
    # Anchored alternatives apart (see "head" below): a terse fragment that starts or ends with the
    # place asked for: "учения 2025 место", "место учений", "XVIII совещание — город?".
    (
        "where",
        r"^(?:место|mesto)\b|\b(?:место|mesto|venue|location|город|gorod)\W*$"
        # "city of the XVIII CT meeting", "venue of ...": a fragment that starts with the place asked.
        r"|^(?:the\s+)?(?:city|town|venue|location|host\s+city)\s+(?:of|for)\b"
        r"|\bplace(?<!take place)(?<!took place)(?<!takes place)(?<!taken place)\W*$",
    ),
    (
        "speakers",
        r"\bwho (?:spoke|speaks|talked|addressed|delivered|gave|made|opened|welcomed|said|greeted)\b"
        # "who sent a message", "кто написал / направил послание участникам": an address sent is a
        # speech heard (delegations sent are who took part)
        r"|\b(?:who|кто|kto)\s+(?:\w+\s+){0,2}?(?:sent|wrote\s+to|написал\w*\s+(?:участник|uchastnik)|направил|прислал|napisal\w*\s+uchastnik|napravil|prislal)\w*\b"
        r"(?!\s+(?:\w+\s+)?(?:delegat|делегац|delegac|representativ|представител|predstavitel))"
        r"|\bspeakers?\b|\bspeech\w*\b|\bwelcoming\b|\bgreetings?\b|\bcongratulatory\b|\baddress(?:ed)?\b"
        # "кто от исполкома там был?", "who from the Executive Committee was there?": the people of an
        # organisation at a meeting, named as its speakers are (or the sources name none)
        # (not "кто из стран / государств / участников был": the participants of a kind)
        r"|\bкто (?:от|из) (?!стран|государ|орган|организац|участник|делегац|них\b|этих\b|тех\b)\w+(?: \w+)? (?:там |тогда )?(?:был|были|присутствовал\w*)\b"
        r"|\bkto (?:ot|iz) (?!stran|gosudar|organ|uchastnik|nih\b|nikh\b)\w+(?: \w+)? (?:tam )?(?:byl|byli)\b"
        r"|\bwho from (?:the )?[\w -]{2,40}? (?:was|were) (?:there|present|at)\b"
        # "who is quoted there?", "кого там цитируют?": a report quotes who spoke
        r"|\b(?:who|whom)\s+(?:\w+\s+){0,2}?quot(?:e|es|ed|ing)\b|\b(?:кого|kogo)\s+(?:\w+\s+){0,2}?(?:цитиру|процитир|citiru|procitir)\w*"
        # "who from the Executive Committee spoke"
        r"|\bwho (?:from|of)\b(?=[^?]{1,60}?\b(?:spoke|speak|spoken)\b)"
        # ("о чём шла речь", "речь шла о …": what was talked about, an agenda, not a speech)
        r"|\bкто выступ\w*|\bвыступ\w*|\bприветств\w*|\bобращени\w*|(?<!шла )(?<!идет )(?<!идёт )\bречь\w*(?! (?:о ч[её]м )?(?:шла|идет|идёт)\b)|\bс речью\b"
        # "кто обратился к участникам": an address, not who took part ("в каком качестве обратился":
        # the capacity, a role)
        r"|(?<!качестве )\bобрати\w* к\b|(?<!качестве )\bобращал\w* к\b|(?<!kachestve )\bobrati\w* k\b"
        # Latin-typed like the Cyrillic above: "kto tam vystupal?" is who spoke there
        r"|\bkto\s+(?:tam\s+)?vystup\w*|\bvystup\w*"
        # "кто открывал заседание": who opened it spoke first ("who opened" above)
        r"|\b(?:кто|kto)\s+(?:\w+\s+){0,3}?(?:открыл|открывал|otkryl|otkryval)\w*"
        # "а от исполкома кто там говорил?": who spoke, said plainly
        r"|\b(?:кто|kto)\s+(?:там\s+|tam\s+)?(?:говорил|govoril)\w*\b(?!\s+(?:о|об|про|pro|ob|что|chto)\b)"
        # "кто от исполкома говорил?", "kto ot ispolkoma tam govoril": who spoke for a body, the body between
        r"|\b(?:кто|kto)\s+(?:от|ot|из|iz)\s+(?:\w+\s+){1,5}?(?:говорил|govoril)\w*\b(?!\s+(?:о|об|про|pro|ob|что|chto)\b)"
        # "кто из исполкома о нём рассказал?", "who from the executive committee told about it?": one of that
        # body who told of the meeting (not the publisher of its news)
        r"|\b(?:кто|kto)\s+(?:от|ot|из|iz)\s+(?:\w+\s+){1,5}?(?:рассказ|сообщ|rasskaz|soobshch|soobsh)\w*"
        r"|\bwho (?:from|of)\b(?=[^?]{1,60}?\b(?:told|talked|briefed)\b)"
        # "как зовут замгенсека, который открывал заседание": the relative clause asks the same
        r"|\b(?:котор(?:ый|ая)|kotor(?:yj|yy|yi|aya))\s+(?:\w+\s+){0,2}?(?:открыл|открывал|otkryl|otkryval)\w*"
        # who spoke to the press about it: "кто комментировал СМИ заседание", "who briefed the media"
        # ("who reported it" asks the source, not this)
        r"|\b(?:кто|kto)\s+(?:\w+\s+){0,2}?(?:про)?(?:комментир|kommentir)\w*"
        r"|\bwho\s+(?:commented|briefed|talked\s+to|spoke\s+to)\b"
        r"|\b(?:told|briefed)\s+(?:the\s+)?(?:media|press|journalists|reporters)\b"
        r"|\b(?:рассказ|сообщ|заяви|говори|rasskaz|soobsh)\w*\s+(?:сми|журналист\w*|прессе|smi|zhurnalist\w*)(?!\w)"
        # "кто общался с прессой", "who spoke with the press"
        r"|\b(?:общал\w*|беседовал\w*|встречал\w*|obshchal\w*)\s+с\s+(?:прессой|журналист\w*|сми|представител\w+ сми)(?!\w)"
        r"|\b(?:spoke|talked)\s+with\s+(?:the\s+)?(?:media|press|journalists|reporters)\b"
        # who congratulated or greeted the participants: they are the audience, the speaker is asked
        r"|\bпоздрав\w*|\bcongratulat\w*|\bpozdrav\w*|\bprivetstv\w*",
    ),
    (
        "participants",
        r"\bwho (?:attended|participated|took part|was present|were present|came|was there)\b"
        r"|\battend\w*\b|\bparticipa\w*\b|\btook part\b|\btake part\b|\bdelegations?\b|\bwho was at\b"
        # other ways to say it: "had people at", "sent delegates to", "was represented", "turned up"
        r"|\b(?:had|sent|send|sending)\s+(?:\w+\s+)?(?:people|representatives|delegates|officials|anyone|someone)\b"
        # "which CIS bodies sent their working structures": the source counts bodies by their units sent
        r"|\b(?:sent|send|sending)\s+(?:their\s+|its\s+)?(?:working\s+)?(?:structures|units)\b"
        r"|\b(?:прислал|направил)\w*\s+(?:свои\w*\s+)?(?:рабочи\w+\s+)?(?:структур|подразделени)\w*"
        r"|\b(?:prislal|napravil)\w*\s+(?:svoi\w*\s+)?(?:rabochi\w+\s+)?(?:struktur|podrazdeleni)\w*"
        r"|\b(?:was|were|be|been|is|are)\s+represented\b|\b(?:turned|showed)\s+up\b"
        # "orgs present at the meeting": who was there, said without a verb
        r"|\bpresent\s+at\b"
        # "the interior ministers meeting — which states were there?": a kind of participant, then "there"
        r"|\b(?:which|what)\s+(?:states|countries|bodies|organi[sz]ations|people|delegations)\s+(?:were|was)\s+(?:there|present)\b"
        # "which organisations represented the SCO, the CSTO and the EAG": who was there for them
        # "who represented the Executive Committee there?", "кто представлял исполком": who was there for it
        r"|\b(?:who|кто|kto)\s+(?:\w+\s+)?(?:represented|представлял\w*|predstavlyal\w*)|\b(?:which|what) \w+ represented\b|\bкак\w+ \w+ представлял\w*|\bkak\w+ \w+ predstavlyal\w*"
        r"|\bпринима\w* участи\w*|\bprinima\w* uchasti\w*"
        r"|\bучаств\w*|\bучастник\w*|\bприсутствова\w*|\bделегаци\w*|\bкто (?:\w+ )?был\w*"
        r"|\bпредставлен\w*|\bприслал\w*\s+(?:\w+\s+)?(?:представител|делегат|людей)\w*|\bприехал\w*|\bприезжал\w*"
        r"|\buchastv\w*|\buchastnik\w*|\bkto (?:\w+ )?byl\w*|\bpredstavlen\w*|\bpriehal\w*"
        # "how many organisations came", "skolko prishlo": who came is who took part
        r"|\bcame\b(?! into)|\bприш(?:ли|ло|ел|ла)\b|\bприбыл\w*|\bprish(?:li|lo|el|la)\b|\bpribyl\w*",
    ),
    (
        "outcomes",
        r"\b(?:approv|adopt|decid|decision|signed|agreed|grant|outcome|result)\w*"
        r"|\bприн(?:ял|яли|ята|ят|яты)\b|\bутвер[дж]\w*|\bрешени\w*|\bрешил\w*|\bподпис\w*|\bитог\w*|\bодобр\w*"
        # the same typed in Latin letters: "chto tam prinyali?" read as who took part ("приняли участие")
        r"|\bprin(?:yal|yali|yala|yata|yat|yaty)\b(?!\s+uchasti)|\butverdil\w*|\butverzhden\w*|\breshil\w*|\breshen\w*|\bitog\w*|\bodobril\w*"
        # "what did the council agree on", "какие договорённости достигнуты", "о чём договорились"
        r"|\bagree(?:s|ing)?\s+(?:on|upon|to)\b|\breach\w*\s+(?:an?\s+|any\s+)?agreements?\b|\bwhat\s+agreements?\b"
        r"|\bдоговорил\w*|\bдоговор[её]нност\w*|\bdogovoril\w*|\bdogovorennost\w*"
        # "what did the SCO get at the summit", "что получила ШОС": what was decided for it
        r"|\bwhat did\b[^?]{1,60}?\b(?:get|gain|receive|obtain)\b|\bчто (?:\w+ )?получил\w*|\bchto (?:\w+ )?poluchil\w*",
    ),
    (
        "agenda",
        r"\bagenda\b|\bdiscuss\w*|\btopics?\b|\bconsider\w*|\bwhat was on\b"
        r"|\bповестк\w*|\bобсужд\w*|\bобсуди\w*|\bрассматрива\w*|\bрассмотр\w*"
        r"|\bpovestk\w*|\bobsuzhd\w*|\bobsudi\w*|\brassmatriva\w*|\brassmotr\w*"
        # "какие направления разбирали делегаты", "what did they examine": the topics taken up
        r"|\bразбира\w*|\bразобра\w*|\brazbira\w*|\brazobra\w*|\bexamin(?:e|ed|ing)\b"
        # "what was the St Petersburg meeting about", "о чём было совещание": its topics
        # (a group of participants is what they are: "what are the 4 basic organisations at X about")
        r"|\bwhat (?:was|were|is|are)\b(?!\s+(?:the\s+)?(?:#?\d+\s+)?(?:basic\s+|international\s+)?(?:organi[sz]ations|bodies|states)\b)"
        r"(?=[^?]{3,120}?\babout\W*$)|\bо чем (?:был|была|было|были|шла речь)\b"
        r"|\bo ch?em (?:byl|byla|bylo|byli|shla rech)\b|\bречь о ч[её]м (?:шла|идет|идёт)\b|\brech o ch?em shla\b"
        # "список тем на смвд", "темы заседания", "о чём говорили на смвд": its topics
        r"|\bтем(?:а|ы|у|ах|ами)\b|\bсписок тем\b|\btem(?:a|y|u)\b|\bspisok tem\b"
        r"|\bо ч[её]м (?:говорили|беседовали)\b|\bo ch?em (?:govorili|besedovali)\b"
        # "which meeting talked about drones?", "на каком совещании говорили про беспилотники?": the
        # meeting whose agenda holds the topic (was declined: "talked" is no word of the records)
        r"|\b(?:which|what) (?:meeting|session|summit|event)s?\b[^?]{0,20}?\b(?:talk|spoke|speak|mention)\w*"
        r"|\bна как\w+ (?:совещани|заседани|встреч|саммит|сесси)\w*\b[^?]{0,30}?\b(?:говорил\w*|упомина\w*|речь шла)"
        r"|\bna kak\w+ (?:soveshchani|zasedani|vstrech|sammit|sessi)\w*\b[^?]{0,30}?\b(?:govoril\w*|upomina\w*|rech shla)"
        # "а про беспилотники где говорили?": where a topic was talked of is the meeting that took it up
        r"|\b(?:где|gde) (?:\w+ )?(?:говорили|govorili)\b"
        # "what did the spy chiefs focus on in Moscow", "чему была посвящена встреча", "на чём
        # сосредоточились": the topics of a meeting (not a body's lasting work: "does the ATC focus on")
        # ("what did the press office say it focused on" asks what was said: a quote)
        r"|\b(?:did|were|was)\b(?![^?]*\b(?:say|said|tell|told|report|reported|according)\b)[^?]{0,60}?\bfocus(?:ed|ing)?\s+on\b"
        r"|\bwhat was the focus\b"
        r"|\bсосредоточил(?:ись|ся|ась)\b|\bпосвящ[её]н[аоы]?\b|\bsosredotochil(?:is|sya|as)\b|\bposvyashch[eyo]n[aoy]?\b",
    ),
]
# "участники совещания предлагали привлекать ...", "what did the participants propose": the
# participants are who said it; what they said is asked.
_PARTICIPANTS_SAID = cued(re.compile(
    r"\b(?:участник\w*|participants|uchastnik\w*)\b[^?]{0,80}?\b(?:предлага\w*|предложи\w*|отмети\w*|отмеча\w*"
    r"|подчеркну\w*|подчерки\w*|призва\w*|призыва\w*|заяви\w*|рекомендова\w*|proposed|propose|suggested|suggest"
    r"|noted|note|emphasi[sz]ed|emphasi[sz]e|stressed|stress|called for|call for|recommended|recommend)"
    # the verb first: "что предложили участники …?", "what did the participants propose?" is above
    r"|\b(?:предлага\w*|предложи\w*|отмети\w*|подчеркну\w*|призва\w*|рекомендова\w*|predlozhi\w*|predlaga\w*)"
    r"\s+(?:\w+\s+)?(?:участник\w*|uchastnik\w*)\b"
))


# "Где обсуждали развитие гуманитарного сотрудничества", "where was road safety discussed": the
# meeting that took the topic up is asked (its agenda answers), unless a place of holding is asked
# too ("where was the meeting that discussed it held").
_WHERE_DISCUSSED = re.compile(
    r"^(?=.*\b(?:discuss\w*|обсужд\w*|обсуди\w*|рассматрива\w*|рассмотр\w*|разбира\w*|obsuzhd\w*|obsudi\w*"
    # "а про беспилотники где говорили?", "where did they talk about drones?"
    r"|rassmatriva\w*|говорили (?:про|о|об)|govorili (?:pro|o|ob)|talked about|talk about|spoke about"
    r"|(?:про|pro) \w+.*\b(?:говорили|govorili)))(?!.*\b(?:held|hold|took place|take place|hosted|проход\w*|прош(?:ло|ла|ли|[её]л)\b|состоял\w*"
    r"|провод\w*|провел\w*|proh?od\w*|sostoyal\w*))(?=.*\b(?:where|где|gde)\b)"
)


# "When the secretaries met in November, what was on their agenda?", "what did they assess when
# the chiefs met in Moscow?", "когда в июне собирались …, сколько было сессий?": "when" opens a clause
# that says which meeting; the question is the other question word's (the last one asked).
_WHEN_CLAUSE = re.compile(
    r"(?:^|[:;,.!?—–-]\s*)(?:when|когда|kogda)\s[^?,]{3,80},\s*(?:and\s+)?"
    r"(?:what|which|who|how|where|что|чем|какие|какое|какой|какая|каких|кто|сколько|где|chto|kakie|kakoe|kto|skolko|gde)\b"
    r"|^\W*(?:what|which|who|how many|что|чем|какие|какое|какой|какая|кто|сколько|chto|kakie|kto|skolko)\s[^?]{3,100}?"
    r"\s(?:when|когда|kogda)\s(?:the\s+|they\s+|it\s+|в\s+\w+\s+|v\s+\w+\s+)?\w+(?:\s+\w+){0,4}?\s"
    r"(?:met|meet|gathered|convened|собирал\w*|собрал\w*|встречал\w*|встретил\w*|sobiral\w*|vstrechal\w*)\b"
)
_WHEN_WORD = literal_cue([re.compile(r"\bwhen\b|\bкогда\b|\bkogda\b")])


_PARTICIPANT_WORD = re.compile(r"\b(?:participants|участник\w*|uchastnik\w*)\b")


def participants_said(text: str) -> bool:
    """Whether a question asks what a meeting's participants proposed or noted, not who they were."""
    return bool(_PARTICIPANTS_SAID.search(text.lower()))


# The particle "ли" typed in Latin letters after the first word or two ("obsuzhdali li …",
# "byl li …"): it only asks for yes or no ("li" alone is left to names elsewhere).
_LATIN_LI = re.compile(r"^(\W*(?:[a-z]+\s+){1,2})li\b")
# Words removed from the search text once their question type is known. Outcome words stay:
# they are part of names ("Decision to grant ...").
_BY_WHOM_ADOPTED = re.compile(
    r"\b(?:кем|kem)\b(?=\s+(?:был[аои]?\s+|byl[aoi]?\s+)?(?:принят|утвержд|одобрен|подписан|prinyat|utverzhd|odobren|podpisan))"
)
_TAKE_PLACE = re.compile(r"\b(tak(?:e|es|en|ing)|took)\s+place\b")

_STRIP_TYPES = {"count", "head", "when", "where", "speakers", "participants", "agenda", "role", "period", "holder"}

# "How many states are named / listed by name": words that say which count is asked (the names
# the source gives, not its own figure), not what it is of.
BY_NAME = re.compile(
    r"\bby name\b|\bnamed\b|\blisted\b|\bpoimenno\b|\bпоименно\b|\bназван\w*|\bnazvan\w*|\bупомянут\w*|\bmentioned\b"
)
# "which month", "what year": a question word asking for one value, not for a list.
_VALUE_ASKED = re.compile(r"\b(?:which|what) (?:month|year|date|day|city|town|country)\b")
# A fragment this short opening with a plural kind word is a list asked ("meetings in Moscow",
# "заседания СМВД?"); a longer one names something ("программы по борьбе с терроризмом": the
# programme, as the words of a question read again without its words of time).
_TERSE_LIST_WORDS = 3
_TERSE_DATED_WORDS = 6  # "meetings in autumn 2025 outside Russia"
_AMONG = re.compile(r"\bamong\b|\bсреди\b|\bsredi\b")
_LIST_CUE = cued(re.compile(
    r"\blist\b|\bwhich\b|\bwhat\b|\ball\b|\bshow\b|\benumerate\b|\bname the\b|\bhow many\b"
    r"|\bкакие\b|\bкаких\b|\bперечисл\w*|\bсписок\b|\bвсе\b|\bназови\w*|\bсколько\b|\bпокажи\w*"
    r"|\bkakie\b|\bkakikh\b|\bkakih\b|\bperechisl\w*|\bspisok\b|\bskol'?ko\b"
))

_LIST_KIND_TEXTS: list[tuple[str, str]] = [
    (
        "meeting",
        r"\b(?:meetings|sessions|summits|events|exercises|заседания|заседаний|встречи|встреч|совещания"
        r"|совещаний|саммиты|саммитов|мероприятия|мероприятий|учения"
        r"|заседаниях|встречах|совещаниях|саммитах|мероприятиях|meropriyatiyakh|meropriyatiya|meropriyatiy"
        r"|zasedaniya|zasedaniy|vstrechi|vstrech|soveshchaniya|soveshchaniy|sammity"
        r"|zasedaniyakh|zasedaniyah|vstrechakh|vstrechah|soveshchaniyakh|soveshchaniyah|meropriyatiyah"
        # "-ий" typed as "ij", or as "ii" right after "сколько" ("skolko bylo zasedanii organov"), where
        # the genitive plural is meant, not the singular "о заседании".
        r"|zasedanij|soveshchanij|meropriyatij"
        r"|(?:(?<=skolko )|(?<=skol'ko )|(?<=skolko bylo )|(?<=skol'ko bylo )|(?<=skolko proshlo ))"
        r"(?:zasedanii|soveshchanii|meropriyatii)"
        # the same in Cyrillic, typed so or read so from Latin letters ("сколко было заседании")
        r"|(?:(?<=сколько )|(?<=сколко )|(?<=сколько было )|(?<=сколко было )|(?<=сколько прошло )|(?<=сколко прошло ))"
        r"(?:заседании|совещании|мероприятии)"
        # "что проходило в Москве", "what was held in Moscow": what took place is the meetings.
        # ("what happened at the Dushanbe summit in October?" asks about that meeting, not the month's list)
        r"|что (?:проходило|прошло|проводилось|состоялось|было проведено)|what (?:was held|took place|happened)(?! (?:at|during)\b)"
        # "what did Tajikistan host?": what a state hosted is the meetings held there
        r"|what (?:did|has|have) (?:\w+ ){1,3}host(?:ed)?"
        r"|chto (?:prohodilo|proshlo|provodilos))\b",
    ),
    (
        "body",
        r"\b(?:bodies|councils|committees|органы|органов|советы|советов|комитеты|structures|структуры|структур|organov"
        r"|organy|sovety|komitety|organi|soveti|komiteti|органи|совети|комитети|советами|комитетами|sovetami|komitetami|sovetov|komitetov|комитетов)\b",
    ),
    (
        "document",
        r"\b(?:programmes|programs|documents|concepts|treaties|statements|agreements|программы|программ"
        r"|документы|документов|концепции|договоры|соглашения"
        # Latin-typed plurals in -i as often as in -y ("dokumenti", "programmi", "dogovori"), and
        # their Cyrillic reading letter by letter ("документи")
        r"|programmy|programm|dokumenty|dokumentov|kontseptsii|dogovory|soglasheniya|dokumenti|programmi|dogovori|koncepcii"
        r"|документи|программи|договори)\b",
    ),
    # "государств" alone is mostly a name's ("Совет глав государств"); after "сколько" it is counted.
    ("state", r"\b(?:states|countries|nations|государства|страны|стран|gosudarstva|strany|stran)\b"
     r"|(?<=сколько )государств\b|(?<=skolko )gosudarstv\b"),
    (
        "organisation",
        r"\b(?:organisations|organizations|организации|организаций|organizatsii|organizatsiy|organizacii|organizaciy"
        r"|organizacij)\b",
    ),
    # "young people" / "молодых людей" is the youth, a topic, not people at a meeting
    ("person", r"(?<!young )(?<!молодые )(?<!молодых )(?<!molodye )(?<!molodyh )"
     r"\b(?:people|persons|officials|speakers|лица|люди|людей|человек|персоны|chelovek|lyudey|lyudei|ljudej|должностные лица|должностных лиц)\b"),
]
_CATEGORY_TEXTS: list[tuple[str, str]] = [
    ("sectoral", r"\bsectoral\b|\bsector\b|\bотраслев\w*|\botraslev\w*"),
    # ("the specialised sessions" of a meeting are its sessions, no category of bodies)
    (
        "specialised",
        r"(?:\bspeciali[sz]ed\b|\bspecia?l?i?[sz]ed\b|\bspeciali?[sz]e?d\b|\bспец[иы]?[аи]?л[иеы]?[зс]ирова?нн?\w*"
        r"|\bspe(?:ts|c)iali[sz]irovann\w*)\b(?!\s+(?:sessions?|сесси\w*|sessi\w*|sesi\w*))",
    ),
    ("international", r"\binternational\b|\bмеждународн\w*|\bmezhdunarodn\w*"),
    # "basic" names the category next to a word for an organisation ("a basic organisation", "basic
    # ones"); "sorry for the basic question" asks nothing of it.
    (
        "basic_organisation",
        r"\bbasic\s+(?:\w+\s+)?(?:organi[sz]ations?|institutions?|ones?|orgs?|bod(?:y|ies)|centres?|centers?|universit\w*)\b"
        r"|\bбазов\w*(?!\s+(?:вопрос\w*|вещ\w*|знани\w*))|\bbazov\w*(?!\s+vopros\w*)",
    ),
]
# Compiled once: looking each pattern up in re's cache per question cost a tenth of an answer.
_QUESTION_TYPES = [(name, re.compile(pattern)) for name, pattern in _QUESTION_TYPE_TEXTS]
_LIST_KINDS = [(kind, re.compile(pattern)) for kind, pattern in _LIST_KIND_TEXTS]
_CATEGORIES = [(name, re.compile(pattern)) for name, pattern in _CATEGORY_TEXTS]
# Most questions match none of a list's patterns: a look-up of the literal words the patterns
# begin with says so (bot.answers.cues), one for the list and, for the question types, one per
# pattern (one search of the question types joined cost 30-50 µs: no literal starts them all).
_ANY_QUESTION_TYPE = literal_cue(pattern for _, pattern in _QUESTION_TYPES)
_QUESTION_TYPE_CUES = [literal_cue([pattern]) for _, pattern in _QUESTION_TYPES]
_ANY_LIST_KIND = literal_cue(pattern for _, pattern in _LIST_KINDS)
_ANY_CATEGORY = literal_cue(pattern for _, pattern in _CATEGORIES)
_UNTIL = re.compile(r"\b(?:until|till|to|through|up to|by|до|по|do)\s+#(\d{4})\b")
_UPCOMING = cued(re.compile(
    r"\bupcoming\b|\bnext\b|\bfuture\b|\bplanned\b|\bforthcoming\b|\bscheduled\b|\bwill\b"
    r"|\bпредстоящ\w*|\bследующ\w*|\bближайш\w*|\bпланируем\w*|\bпланирова\w*|\bбудущ\w*|\bplanirova\w*"
    r"|\bsleduyushch\w*|\bsleduiushch\w*|\bblizhaysh\w*|\bblizhajsh\w*|\bpredstoyashch\w*|" + NEXT_TYPOS +
    # "which documents did he say would be signed", "какие договоры собирались подписать"
    r"|\b(?:would|were to|are to|was to|is to) be (?:signed|adopted|approved|concluded)\b|\bсобира\w+ (?:подписать|принять)"
    r"|\bбуд(?:ет|ут) (?:подписан|принят|утвержд)\w*|\bsobira\w+ (?:podpisat|prinyat)"
))
# Signing still ahead, asked with no document word ("что собираются подписать", "what will be signed").
_SIGNING_AHEAD = re.compile(
    r"\b(?:going to (?:be )?sign\w*|will (?:\w+ )?(?:be )?sign\w*|to be signed|plan\w* to (?:be )?sign\w*"
    r"|собира\w+ подпис\w*|планиру\w+ подпис\w*|буд(?:ет|ут) подпис\w*|предстоит подпис\w*"
    r"|sobira\w+ podpis\w*|planiru\w+ podpis\w*|budu?t podpis\w*|predstoit podpis\w*)"
)
_WHAT_FIRST = re.compile(r"^\W*(?:(?:а|и|and|so|ну|a|i|ну а)\s+)?(?:what|что|chto)\b")
HELD_OR_PLANNED = re.compile(
    r"\b(?:held|took place|happened|проходил\w*|прошл\w*|состоял\w*|были|prohodil\w*|proshl\w*|sostoyal\w*)\b"
    r"[^?.!]{0,60}\b(?:or|или|ili)\b(?: \w+)? (?:planned|scheduled|планировал\w*|запланирован\w*|planirova\w*|zaplanirova\w*)"
)
# "what did he say about the future of the CIS", "о будущем Содружества": the future as a
# topic of a remark, not a filter for upcoming meetings (which "future meetings", "в будущем
# году", "в будущем" keep).
_FUTURE_TOPIC = re.compile(
    r"\b(?:the|about|of|for|our|its)\s+future\b(?!\s+(?:meeting|summit|session|event|exercise|year|month)s?\b)"
    r"|\b(?:о|об|на|про|за)\s+будущ(?:ем|ее|его)\b(?!\s+(?:год|месяц|заседан|встреч|совещан|саммит|учени))"
    r"|\b(?:o|ob|na|pro|za)\s+budush?ch(?:em|ee|ego)\b"
)
_LIST_VERBS = re.compile(
    r"\b(?:approved|adopted|signed|agreed|held|run|runs|running|valid|lasts|discussed)\b|\bрассчитан\w*|\brasschitan\w*"
    r"|\bприн(?:ял|яли|ята|ят|яты)\b|\bутвер[дж]\w*|\bподписан\w*|\bодобрен\w*|\bдейству\w*|\bпрош\w*|\bпроходи\w*"
    r"|\bprinyat\w*|\butverzhd\w*|\butverdi\w*|\bpodpisa\w*|\bodobri\w*|\bdeystvu\w*|\bproshl\w*|\bprokhodi\w*"
)
# "how many bodies work / operate / exist in the sphere": in a count they are there, no name's word
# (elsewhere "work with one another" is what is asked).
_COUNTED_ARE_THERE = re.compile(
    r"\b(?:work|works|operate|operates|operating|function|functions|exist|exists|existing)\b"
    r"|\bработа(?:ет|ют|ющих)\b|\bфункционир\w*|\bсуществу(?:ет|ют|ющих)\b|\brabota(?:et|yut|iut)\b"
)
_MEMBER_STATES_ASKED = re.compile(
    r"\b(?:how many|which|list(?: the| all)?|сколько|какие|каких|skolko|kakie)\s+(?:the\s+)?(?:cis\s+|снг\s+)?"
    r"(?:member[ -]states|государств\w* ?[–-]? ?участник\w*|стран\w* ?[–-]? ?участниц\w*)"
)
_MEMBER_STATES = re.compile(r"\bmember[ -]states\b|\bгосударств\w* ?[–-]? ?участник\w*|\bстран\w* ?[–-]? ?участниц\w*")
_DOCUMENT_OF_MEMBER_STATES = re.compile(
    r"\b(?:концепци|программ|соглашени|договор|заявлени|протокол|kontseptsi|programm|soglasheni|dogovor|zayavleni|protokol)\w*"
    r"\s+(?:[\w-]+\s+){0,4}?(?:государств|gosudarstv)\w*\s*[–-]?\s*(?:участник|uchastnik)\w*",
    re.I,
)
# Question types asked of one thing: with "will" alone, what is to become of it.
_OF_ONE = frozenset({"where", "why", "how", "who"})


def _only_will(text: str) -> bool:
    """Whether "will" is the only word of time ahead ("where will it be circulated")."""
    return all(found.group(0) == "will" for found in _UPCOMING.finditer(text))


# With "next" or "upcoming", a single meeting word asks for a list too ("when is the next summit").
# "which programme", "какая концепция": one document asked by its kind, with a question word.
_WHICH_DOCUMENT = re.compile(
    r"\b(?:which|what|какая|какой|какое|kakaya|kakoy|kakoe)\s+(?P<word>programme|program|concept|document|agreement"
    r"|программа|концепция|документ|соглашение|programma|kontseptsiya|dokument)\b"
)
_SINGLE_MEETING = re.compile(
    r"\b(?:meeting|summit|session|event|заседание|саммит|встреча|совещание|zasedanie|sammit|vstrecha|soveshchanie)\b"
)
_YEAR = re.compile(r"#((?:19|20|21)\d\d)\b")
_NUMBERED = re.compile(r"(?:#(?!(?:19|20|21)\d\d\b)\d+(?:-?\w{1,3})?|\b[ivxlc]{2,7})\s*$")


@dataclass
class Intent:
    question: str = "card"  # card, count, head, role, period, when, where, speakers, participants, outcomes, agenda
    list_kind: str | None = None
    list_cue: bool = False
    subject_kinds: list[str] = field(default_factory=list)  # kinds named in the question, in order
    categories: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    until: int | None = None
    upcoming: bool = False
    search_text: str = ""  # the question without the words that only say what is asked
    kind_words: list[str] = field(default_factory=list)


def replace_categories(question: str, categories: list[str]) -> str | None:
    """``question`` with the words of its body or organisation categories ("sectoral") replaced by
    those of ``categories``, or None when it names none ("and the specialised ones?" after "how
    many sectoral bodies")."""
    lowered = question.lower().replace("ё", "е")
    spans = [match.span() for _, pattern in _CATEGORIES if (match := pattern.search(lowered))]
    if not spans:
        return None
    start, end = min(spans)
    words = " ".join(categories)
    return question[:start] + words + question[end:]


def detect(prepared: str) -> Intent:
    """Classify a prepared question (see :func:`bot.search.text.prepare`)."""
    intent = Intent()
    search = prepared
    when_clause = _WHEN_WORD(prepared) and _WHEN_CLAUSE.search(prepared) is not None
    for (name, pattern), possible in zip(_QUESTION_TYPES, _QUESTION_TYPE_CUES, strict=True) if _ANY_QUESTION_TYPE(prepared) else ():
        if name == "when" and when_clause:
            search = pattern.sub(" ", search)
            continue
        if name == "participants" and _PARTICIPANTS_SAID.search(prepared):
            continue  # what the participants proposed or noted is asked, not who they were
        if name == "where" and _WHERE_DISCUSSED.search(prepared):
            # "где обсуждали <topic>": the meeting whose agenda holds it is asked, not a city; it
            # is searched as "at which meeting was <topic> discussed" would be.
            search = pattern.sub(" meeting ", search)
            continue
        probe = prepared
        if name == "participants" and _DOCUMENT_OF_MEMBER_STATES.search(prepared):
            # "Концепция военного сотрудничества государств – участников СНГ … приняли в Москве?": the
            # member states of a document's name are no participants asked about (grid21)
            probe = _DOCUMENT_OF_MEMBER_STATES.sub(" ", prepared)
        if name == "participants" and _PARTICIPANTS_SAID.search(probe):
            # "what did the participants note / propose?": what they said, not who they were; the
            # word for them finds only the records counting them
            search = _PARTICIPANT_WORD.sub(" ", search)
            continue
        if possible(probe) and pattern.search(probe):
            if intent.question == "card":
                intent.question = name
            if name in _STRIP_TYPES:
                search = pattern.sub(" ", search)
    cue = _LIST_CUE.search(prepared)
    if cue is not None and cue.group(0) in ("which", "what"):
        # "which month were the exercises held": the word asks for a value of the one named, no list.
        cue = _LIST_CUE.search(_VALUE_ASKED.sub(" ", prepared))
    intent.list_cue = cue is not None
    # "member states" and "государств – участников" name the CIS, not a list of states.
    # Asked for themselves ("how many member states", "какие государства-участники"), they are the list.
    kinds_text = prepared if _MEMBER_STATES_ASKED.search(prepared) else _MEMBER_STATES.sub(" ", prepared)
    found: list[tuple[int, str, str]] = []
    for kind, pattern in _LIST_KINDS if _ANY_LIST_KIND(kinds_text) else ():
        # "the XVIII meeting's participants" ("участники XVIII совещания"): a numbered meeting is one
        # meeting, not a list, though its genitive reads like a plural.
        found += [
            (m.start(), kind, m.group(0))
            for m in pattern.finditer(kinds_text)
            if not _NUMBERED.search(kinds_text, 0, m.start())
        ]
    # "held or planned there", "проходили или планировались": past and planned alike, not what is ahead
    intent.upcoming = bool(_UPCOMING.search(prepared)) and not HELD_OR_PLANNED.search(prepared)
    future_topic = (
        intent.upcoming
        and ("futur" in prepared or "будущ" in prepared or "budu" in prepared)
        and _FUTURE_TOPIC.search(prepared) is not None
    )
    if future_topic:
        intent.upcoming = bool(_UPCOMING.search(_FUTURE_TOPIC.sub(" ", prepared)))
    if (
        intent.upcoming
        and intent.question in _OF_ONE
        and _only_will(prepared)
        and all(kind == "document" for _, kind, _ in found)
        and not _SINGLE_MEETING.search(kinds_text)
    ):
        # "where will the joint statement on transnational crime be circulated?": what is to become
        # of the one document named, not a list of documents still ahead.
        intent.upcoming = False
    if intent.upcoming:
        found += [(m.start(), "meeting", m.group(0)) for m in _SINGLE_MEETING.finditer(kinds_text)]
    for _, kind, word in sorted(found):
        if kind not in intent.subject_kinds:
            intent.subject_kinds.append(kind)
        intent.kind_words.append(word)
    if intent.subject_kinds:
        intent.list_kind = intent.subject_kinds[0]
    if (
        not intent.list_cue
        and intent.question == "card"
        and found
        and min(found)[0] == 0
        and (
            len(prepared.split()) <= _TERSE_LIST_WORDS
            or (len(prepared.split()) <= _TERSE_DATED_WORDS and (_UNTIL.search(prepared) or _YEAR.search(prepared)))
        )
        and unmarked.claim_verb(prepared) is None
        and unmarked.PAST_VERB.search(prepared) is None
    ):
        # "programmes until 2030", "заседания СМВД?", "meetings in Moscow": a fragment opening with a
        # plural kind word asks for those entries (it had found the one entry whose name holds the word);
        # with a verb it claims something of them ("учения проходили под Москвой?")
        intent.list_cue = True
    # "the future" asked about stays a word of the topic; elsewhere the words of time ahead only filter
    search = _LIST_CUE.sub(" ", search if future_topic and not intent.upcoming else _UPCOMING.sub(" ", search))
    if intent.question == "count":
        # "how many are named among ...": which count is asked, and of which group; no name's words
        search = _AMONG.sub(" ", BY_NAME.sub(" ", search))
    intent.categories = [c for c, p in _CATEGORIES if p.search(prepared)] if _ANY_CATEGORY(prepared) else []
    until = _UNTIL.search(prepared)
    if until:
        intent.until = int(until.group(1))
    intent.years = [int(y) for y in _YEAR.findall(prepared) if intent.until != int(y)]
    one_document = _WHICH_DOCUMENT.search(prepared) if intent.until and not intent.list_kind else None
    if one_document is not None:
        # "Which programme runs until 2028?", "какая программа рассчитана до 2028 года": the one or
        # few documents of that period, asked as a list of documents.
        intent.list_kind, intent.list_cue = "document", True
        intent.subject_kinds.insert(0, "document")
        intent.kind_words.append(one_document.group("word"))
    if not intent.list_kind and ("sign" in prepared or "подпис" in prepared or "podpis" in prepared):
        signing = _SIGNING_AHEAD.search(prepared)
        if signing is not None and _WHAT_FIRST.match(prepared):
            # "а что собираются подписать?", "what is going to be signed": the documents planned, as
            # "which documents are to be signed" asks
            intent.list_kind, intent.list_cue, intent.upcoming = "document", True, True
            intent.subject_kinds.insert(0, "document")
            intent.kind_words.append(signing.group(0))
            search = search.replace(signing.group(0), " ")
    if intent.list_kind:
        # "documents approved in Dushanbe": in a list question the verb only says which list;
        # and "until 2030" a filter, whose year is read above.
        search = _UNTIL.sub(" ", _LIST_VERBS.sub(" ", search))
        if intent.question == "count":
            search = _COUNTED_ARE_THERE.sub(" ", search)
    if _LATIN_LI.match(prepared):
        # "pravda li, chto …", "verno li …" ask as "правда ли" does: neither word is searched.
        search = re.sub(r"^\W*(?:pravda|verno|razve)\b|\bli\b", " ", search, count=2)
    if ("кем" in search or "kem" in search) and _BY_WHOM_ADOPTED.search(search):
        # "кем принята программа …": by whom is asked, no word to look for (it found the fact
        # listing the summit's documents beside the programme, and the bot asked back)
        search = _BY_WHOM_ADOPTED.sub(" ", search)
    if "place" in search:
        # "has the counter-terrorism heads' meeting taken place": the verb says it occurred; its
        # "place" is no word to look for (it found "without naming the place" of another meeting).
        search = _TAKE_PLACE.sub(r"\1", search)
    intent.search_text = " ".join(search.split())
    return intent
