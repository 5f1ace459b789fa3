"""The words that tell a confidential reason in a sentence of any shipped language: a card
reported, blocked or registered as lost or stolen, fraud suspected or given as the reason. The
patterns stay strings; reading.told_reasons compiles and applies them (negations, denials)."""

from __future__ import annotations

# A card reported stolen or lost, told in a sentence of any shipped language ("her bank told
# her the card was reported stolen", "Karte als gestohlen gemeldet", "カードは盗難届"): the
# same confidential reason as the code. A card "stolen" in a customer's story ("my old card
# was stolen in the summer") is not the decline's reason: it counts as reported, flagged or
# listed, or as "lost or stolen".
_CARD_WORD = r"(?:card|karte|carte|tarjeta|cart[aã]o|carta|kaart|kort|karta|カード|卡|카드)"
# An action taken on a card (blocked, registered, cancelled, reported), in each language.
_ACTED = (
    r"(?:block\w*|regist\w*|cancel+\w*|report\w*|flag+\w*|mark\w*|list\w*|declar\w*|suspend\w*"
    r"|frozen|deactivat\w*|record\w*|gesperrt|sperr\w*|gemeldet|registriert|markiert|gekennzeichnet"
    r"|storniert|blockiert|deaktiviert|eingetragen|bloqu\w*|oppos\w*|d[ée]clar\w*|signal\w*"
    r"|enregistr\w*|annul\w*|d[ée]sactiv\w*|suspendu\w*|marqu\w*|anulad\w*|registrad\w*"
    r"|reportad\w*|denunciad\w*|marcad\w*|cancelad\w*|suspendid\w*|declarad\w*|comunicad\w*"
    r"|suspens\w*|blocc\w*|segnalat\w*|registrat\w*|annullat\w*|disattivat\w*|sospes\w*"
    r"|contrassegnat\w*|dichiarat\w*|geblokkeerd|geblokt|gemeld\w*|geregistreerd|gemarkeerd"
    r"|opgegeven|gedeactiveerd|opgeschort|sp[äa]rr\w*|anm[äa]l\w*|registrer\w*|markera\w*"
    r"|rapporter\w*|blockerad\w*|zastrze[żz]on\w*|zablokowan\w*|zg[łl]oszon\w*|oznaczon\w*"
    r"|zarejestrowan\w*|anulowan\w*)"
)
_AS = r"(?:as|als|comme|como|come|som|jako)"
_GONE = (
    r"(?:lost|stolen|stole|missing|perd[ií]|perdi[óo]|perdeu|verloren|gestohlen\w*|abhanden"
    r"|perdu\w*|vol[ée]\w*|[ée]gar[ée]\w*|robaron|rob[óo]|roubaram|roubou|rubarono|rub[òo]"
    r"|perdid[oa]s?|robad[oa]s?|extraviad[oa]s?|hurtad[oa]s?|roubad[oa]s?|furtad[oa]s?"
    r"|smarrit[oa]|rubat[oa]|pers[oa]|gestolen|vermist|f[öo]rlora[dt]|stul(?:et|en)|borttappa[dt]"
    r"|utracon\w*|skradzion\w*|ukradzion\w*|ukrad\w*|zgubi\w*|zagubion\w*)"
)
# Up to three words between the action and "as" ("zastrzeżona w zeszłym miesiącu jako
# zgubiona", "blocked last month as lost").
_AS_LOSS = rf"{_ACTED}\s+(?:\w+\s+){{0,3}}{_AS}\s+{_GONE}"
_LOSS_AS = rf"{_AS}\s+{_GONE}\s+(?:\w+\s+)?{_ACTED}"  # German and Dutch: "als verloren gesperrt"
# "紛失として停止", "盗難として登録", "분실로 정지", "도난으로 등록", "作为挂失冻结", "因被盗停用".
_AS_LOSS_CJK = (
    r"(?:紛失|盗難)(?:カード)?として|(?:분실|도난)(?:\s*카드)?(?:으로|로)\s*(?:정지|등록|신고|차단)"
    r"|作为(?:挂失|被盗|丢失)|(?:因|由于)(?:挂失|被盗|丢失)|(?:挂失|被盗|丢失)而?(?:冻结|停用|锁定)"
)
_REPORTED = (
    r"(?:(?:reported|flagged|marked|listed|declared|registered)\s+(?:as\s+)?"
    r"(?:stolen|lost)|lost\s+or\s+(?:stolen)"
    r"|als\s+(?:gestohlen|verloren)\s+(?:gemeldet|markiert|gekennzeichnet)"
    r"|(?:d[ée]clar|signal)[ée]e?s?\s+(?:comme\s+)?(?:vol[ée]e?|perdue?)"
    r"|(?:reportad|denunciad|marcad)[oa]\s+como\s+(?:robad[oa]|roubad[oa]|perdid[oa])"
    r"|(?:segnalat|contrassegnat|denunciat|dichiarat|registrat)[oa]\s+come\s+(?:rubat[oa]|smarrit[oa]|pers[oa])"
    r"|als\s+(?:gestolen|verloren)\s+(?:opgegeven|gemeld|gemarkeerd)"
    r"|gemarkeerd\s+als\s+(?:gestolen|verloren)"
    r"|(?:anm[äa]l|markera)\w*\s+(?:som\s+)?(?:stul\w*|f[öo]rlorat)"
    r"|(?:zg[łl]oszon|zastrze[żz]on|oznaczon)\w*\s+jako\s+(?:skradzion\w*|zgubion\w*)"
    r"|(?:盗難届|被盗挂失|도난\s*신고)|紛失届|挂失|분실\s*신고"
    # blocked, cancelled or reported because of a theft or a loss ("denunciada por robo",
    # "bloccata per smarrimento", "wegen Diebstahls gesperrt", "opposition pour vol")
    r"|(?:blocked|cancel+ed|frozen|deactivated|reported)\s+(?:due\s+to|because\s+of|for|after)"
    r"\s+(?:a\s+|its\s+|the\s+)?(?:theft|loss)"
    r"|(?:denunciad|bloquead|cancelad|anulad|dad[oa]\s+de\s+baja|comunicad)[oa]?\s+por\s+"
    r"(?:robo|hurto|p[ée]rdida|extrav[ií]o|roubo|furto|perda)"
    r"|(?:bloccat|annullat|segnalat|disattivat)[oa]\s+per\s+(?:furto|smarrimento)"
    r"|(?:bloqu|annul|d[ée]sactiv)[ée]e?s?\s+(?:pour|suite\s+[àa]\s+une?)\s+(?:vol|perte)"
    r"|opposition\s+(?:pour|suite\s+[àa]\s+une?)\s+(?:vol|perte)"
    r"|wegen\s+(?:diebstahls?|verlusts?)\s+(?:gesperrt|gemeldet|blockiert)"
    r"|(?:gesperrt|blockiert)\s+wegen\s+(?:diebstahls?|verlusts?)"
    r"|(?:geblokkeerd|geblokt)\s+(?:wegens|vanwege|door|na)\s+(?:diefstal|verlies)"
    r"|sp[äa]rr\w*\s+(?:p[åa]\s+grund\s+av|pga\.?|efter)\s+(?:st[öo]ld|f[öo]rlust)"
    r"|zastrze[żz]on\w*\s+(?:z\s+powodu|po)\s+(?:kradzie[żz]y|zgubieniu|utracie)"
    # blocked, registered, cancelled or reported AS lost or stolen, in each language ("blocked
    # as lost", "als verloren gesperrt", "opposée comme volée", "anulada como perdida",
    # "bloccata come smarrita", "spärrat som stulet", "zastrzeżona jako utracona")
    rf"|{_AS_LOSS}|{_LOSS_AS}|{_AS_LOSS_CJK})"
)
_REASON_LABEL = (
    r"(?:reason|motif|raison|grund|motivo|reden|orsak|pow[óo]d|przyczyna|理由|原因|사유)"
)
_LOSS = (
    r"(?:stolen|gestohlen\w*|vol[ée]\w*|robad\w*|roubad\w*|rubat\w*|gestolen|stul\w*"
    r"|skradz\w*|lost|perdu\w*|verlor\w*|perdid\w*|smarrit\w*|zgubion\w*|f[öo]rlorat)"
)
# Japanese, Chinese and Korean put the loss before the card, often with no space ("盗難カード",
# "被盗卡", "丢失的卡", "도난 카드", "분실된 카드").
_LOSS_CJK = r"(?:盗難|紛失|被盗|盗窃|失窃|丢失的?|遗失的?|挂失的?|도난(?:된|당한)?|분실(?:된|한)?)"
# Between the card and its report: a sentence's words, across a line a copy wrapped (not a
# paragraph's end).
_GAP = r"(?:[^.!?\n]|\n(?![ \t]*\n))"
# What stands for the card in a report: a compound of it (Kreditkarte, bankkort, creditcard),
# its brand, or the wallet or bag it was in. A card told stolen or lost without a report ("my
# old card was stolen in the summer") is a customer's story and stays no reason here.
_CARRIER = (
    rf"(?:[^\W\d_]*{_CARD_WORD}|visa(?!\s+(?:application|appointment|interview|office))"
    r"|mastercard|amex|american\s+express|maestro|discover|jcb"
    r"|unionpay|wallet|purse|handbag|geldb[öo]rse|portemonnaie|handtasche|brieftasche"
    r"|portefeuille|sac\s+[àa]\s+main|cartera|billetera|bolso|carteira|bolsa|portafoglio|borsa"
    r"|portemonnee|handtas|pl[åa]nbok|handv[äa]ska|portfel\w*|torebk\w*|財布|钱包|지갑)"
)
# A card's state as a bank's app, a Dashboard or an issuer's screen shows it, in each language:
# a status label ("Card status: stolen", "Stato carta: rubata", "카드 상태: 도난"), the card shown
# or listed as lost or stolen ("in the bank app the card shows as stolen", "la carta risulta
# rubata", "die Karte steht als gestohlen", "la carte apparaît comme volée"), or a report of the
# theft or loss named as a thing ("denuncia di furto", "Diebstahlmeldung", "stöldanmälan"). A
# state, not a customer's story ("my card was stolen last summer" stays no reason).
_STATUS = (
    r"(?:card\s+status|status\s+of\s+the\s+card|karten\s*status|status\s+der\s+karte"
    r"|statut\s+de\s+la\s+carte|[ée]tat\s+de\s+la\s+carte|estado\s+de\s+la\s+tarjeta"
    r"|status\s+do\s+cart[ãa]o|estado\s+do\s+cart[ãa]o|stato\s+(?:della\s+)?carta|kaart\s*status"
    r"|status\s+van\s+de\s+kaart|kort\s*status|status\s+karty|stan\s+karty|カードの?(?:状態|ステータス)"
    r"|卡(?:片)?状态|카드\s*상태)"
)
_SHOWN = (
    r"(?:shows?\s+(?:up\s+)?as|showing\s+as|appears?\s+as|is\s+listed\s+as|is\s+marked\s+as"
    r"|steht\s+(?:dort\s+|hier\s+)?als|erscheint\s+als|ist\s+als|apparaît\s+comme|appara[iî]t\s+comme"
    r"|figure\s+comme|est\s+indiqu[ée]e\s+comme|aparece\s+como|figura\s+como|consta\s+como"
    r"|risulta(?:\s+come)?|appare\s+come|figura\s+come|staat\s+(?:er\s+)?als|staat\s+geregistreerd\s+als"
    r"|visas\s+som|står\s+som|syns\s+som|widnieje\s+jako|figuruje\s+jako|jest\s+oznaczona\s+jako)"
)
_THEFT_REPORT = (
    r"(?:theft\s+report|loss\s+report|diebstahl(?:s)?(?:meldung|anzeige)|verlustmeldung"
    r"|d[ée]claration\s+de\s+(?:vol|perte)|denuncia\s+(?:de|por|di)\s+(?:robo|hurto|furto|smarrimento)"
    r"|aviso\s+de\s+(?:robo|roubo|perda)|comunica[çc][ãa]o\s+de\s+(?:roubo|perda)"
    r"|segnalazione\s+di\s+(?:furto|smarrimento)|diefstalmelding|verliesmelding|melding\s+van\s+diefstal"
    r"|st[öo]ldanm[äa]lan|f[öo]rlustanm[äa]lan|zg[łl]oszeni\w*\s+(?:kradzie[żz]y|zgubienia|utraty)"
    r"|盗難扱い|紛失扱い|盗難状態|紛失状態|显示(?:为)?(?:已)?(?:被盗|丢失|挂失)|도난\s*상태|분실\s*상태)"
)
_STATE = (
    rf"{_STATUS}\s*[:\uff1a]\s*(?:\w+\s+)?(?:{_GONE}|{_LOSS_CJK})"
    rf"|{_CARD_WORD}{_GAP}{{0,40}}?{_SHOWN}\s+(?:\w+\s+)?{_GONE}"
    rf"|{_CARD_WORD}{_GAP}{{0,40}}?{_THEFT_REPORT}|{_THEFT_REPORT}{_GAP}{{0,40}}?{_CARD_WORD}"
    # the verb first, as German, Dutch and Swedish put it ("steht die Karte als gestohlen")
    rf"|\b(?:steht|erscheint|ist|staat|visas|st[åa]r|syns)\s+(?:\w+\s+){{0,2}}?{_CARD_WORD}\w*"
    rf"\s+(?:als|som)\s+{_GONE}"
    # stolen or lost, and so blocked or reported ("la carta è stata rubata ed è bloccata")
    rf"|{_CARD_WORD}{_GAP}{{0,30}}?{_GONE}\s+(?:and|und|et|y|e|ed|en|och|i)\s+(?:\w+\s+){{0,2}}?"
    rf"{_ACTED}"
    r"|卡(?:片)?已(?:被盗|挂失|丢失|遗失)"
    # a cell or a line that is only "stolen card" (a sheet's reason column, a status line)
    rf"|(?m:(?:^|\t)[ \t]*(?:{_CARD_WORD}\w*\s+{_LOSS}|{_LOSS}\w*\s+{_CARD_WORD}"
    rf"|{_LOSS_CJK}\s*{_CARD_WORD})[ \t.]*(?:\t|$))"
)
TOLD = (
    rf"{_STATE}|"
    rf"{_CARD_WORD}{_GAP}{{0,80}}?{_REPORTED}|{_REPORTED}{_GAP}{{0,20}}?{_CARD_WORD}"
    # the card by a compound, its brand or what carried it ("the company Visa ending 4471 was
    # reported stolen", "Kreditkarte als gestohlen gemeldet", "wallet reported stolen")
    rf"|(?<!\w){_CARRIER}{_GAP}{{0,40}}?{_REPORTED}"
    # "the bank reported the card stolen", "she reported her card as lost"
    rf"|(?:reported|flagged|declared|marked|listed)\s+(?:the|her|his|their|this|that|my|your|a)\s+"
    rf"(?:\w+\s+)?{_CARD_WORD}\s+(?:as\s+)?(?:stolen|lost)"
    # a reason's label, then a stolen or lost card ("Motif du refus : carte volée",
    # "Ablehnungsgrund: Gestohlene Karte", "Motivo: tarjeta robada")
    rf"|{_REASON_LABEL}[^:\n\uff1a\t]{{0,25}}(?:[:\uff1a]|\t)\s*"
    rf"(?:{_CARD_WORD}\w*\s+{_LOSS}|{_LOSS}\w*\s+{_CARD_WORD}|{_LOSS_CJK}\s*{_CARD_WORD})"
)
STOLEN = (
    r"stole|gestohlen|vol[ée]|robad|roubad|rubat|gestolen|stul|skradz|ukrad|robaron|rob[óo]\b"
    r"|roubaram|roubou|rubarono|rub[òo]|盗|偷|도난|theft|\brob[oa]\b"
    r"|hurto|roubo|furto|diebstahl|diefstal|st[öo]ld|kradzie|\bvol\b"
)
# Every phrase of TOLD has one of these (a word of loss or theft, or a report of one).
MAY_TELL = (
    r"stol|lost|gestoh|gestol|verlor|vol[ée]|perd|robad|roubad|rubat|smarr|stul|f[öo]rlor"
    r"|skradz|ukrad|zgubi|zagubi|utrac|abhanden|vermist|borttapp|hurtad|furtad|missing|[ée]gar|pers[oa]"
    r"|盗|紛失|挂失|丢失|遗失|失窃|도난|분실|theft|loss|robo|hurto|extrav|roubo|furto|vol\b|perte"
    r"|diebstahl|verlust|diefstal|verlies|st[öo]ld|f[öo]rlust|kradzie|utrat"
    r"|なくし|無くし|被偷|丢了|잃어버|robaron|rob[óo]|roubaram|roubou|rubarono|rub[òo]"
)
# The same as plain words: a text without any of them is not read by the patterns at all, which
# are then not even compiled (about 2 ms of a JSON paste's `explain`).
MAY_TELL_WORDS = (
    "stol", "lost", "gestoh", "gestol", "verlor", "vol", "perd", "robad", "roubad", "rubat",
    "smarr", "stul", "förlor", "forlor", "skradz", "ukrad", "zgubi", "zagubi", "utrac",
    "abhanden", "vermist", "borttapp", "hurtad", "furtad", "missing", "égar", "egar", "persa",
    "perso", "盗", "紛失", "挂失", "丢失", "遗失", "失窃", "도난", "분실",
    "theft", "loss", "robo", "hurto", "extrav", "roubo", "furto", "perte", "diebstahl", "verlust",
    "diefstal", "verlies", "stöld", "stold", "förlust", "forlust", "kradzie", "utrat",
    "なくし", "無くし", "被偷", "丢了", "잃어버", "robaron", "robó", "robo", "roubaram", "roubou",
    "rubarono", "rubò",
)  # fmt: skip
# Fraud suspected, told in words ("blocked on suspicion of fraud", "suspeita de fraude",
# "不正利用の疑い"): the same confidential reason as `fraudulent`.
SUSPECTED_FRAUD = (
    r"suspected\s+fraud|suspicion\s+of\s+fraud|fraud\s+suspected|flagged\s+(?:as|for)\s+fraud"
    r"|betrugsverdacht|verdacht\s+auf\s+betrug|(?:soup[çc]on|suspicion)\s+de\s+fraude"
    r"|fraude\s+suspect|sospecha\s+de\s+fraude|suspeita\s+de\s+fraude|sospett[ao]\s+(?:di\s+)?frode"
    r"|(?:vermoeden|verdenking)\s+van\s+fraude|fraudevermoeden|misst[äa]n\w*\s+bedr[äa]geri"
    r"|podejrzeni\w*\s+(?:oszustwa|fraudu)|不正利用の疑い|不正の疑い|涉嫌欺诈|疑似欺诈|怀疑欺诈"
    r"|사기\s*의심|부정\s*사용\s*의심"
)
# Fraud suspected in other words: a word of suspicion and a word of fraud in one clause
# ("they suspected it was fraud", "l'hanno bloccato perché sospettavano una frode"), or a bank's
# action taken for fraud ("declined as fraud", "wegen Betrug gesperrt").
_SUSPECT = (
    r"(?:suspect\w*|suspicio\w*|verdacht\w*|vermut\w*|verd[äa]cht\w*|soup[çc]on\w*|sospech\w*|sospett\w*"
    r"|suspeit\w*|vermoed\w*|verdenk\w*|misst[äa]n\w*|podejrz\w*|疑|의심)"
)
_FRAUD = (
    r"(?:fraud\w*|betrug\w*|betr[üu]g\w*|bedrog\w*|bedr[äa]g\w*|frode|frodi|fraud[ea]\w*"
    r"|oszust\w*|不正|詐欺|欺诈|诈骗|欺詐|사기|부정\s*사용)"
)
_ACTION = (
    r"(?:flag\w*|mark\w*|block\w*|declin\w*|stopp\w*|refus\w*|reject\w*|sperr\w*|gesperrt"
    r"|abgelehnt|bloqu\w*|blocc\w*|rechaz\w*|recus\w*|rifiut\w*|geweigerd|weiger\w*"
    r"|odrzuc\w*|zablok\w*|avvis\w*|sp[äa]rr\w*|拒否|拒绝|拒絕|止め|停止|冻结|차단|거절)"
)
_FRAUD_LABEL = (
    r"(?:(?<![a-z_])(?:(?:decline|rejection)\s+)?reason|(?<![a-z_])(?:ablehnungs)?grund"
    r"|(?<![a-z_])motif|(?<![a-z_])motivo|(?<![a-z_])(?:weigerings)?reden|(?<![a-z_])(?:avvisnings)?orsak"
    r"|(?<![a-z_])pow[óo]d|(?<![a-z_])przyczyna|理由|原因|사유)"
)
FRAUD_TOLD = (
    rf"{_SUSPECT}[^.!?\n]{{0,40}}?{_FRAUD}|{_FRAUD}[^.!?\n]{{0,30}}?{_SUSPECT}"
    rf"|{_ACTION}[^.!?\n]{{0,40}}?\b(?:as|for|because\s+of|due\s+to|wegen|als|pour|comme|por"
    rf"|como|per|wegens|som|jako|z\s+powodu)\s+(?:\w+\s+){{0,2}}?{_FRAUD}"
    rf"|\b(?:because\s+of|due\s+to|wegen|pour|por|per|wegens|f[öo]r|z\s+powodu)\s+(?:\w+\s+){{0,2}}?"
    rf"{_FRAUD}[^.!?\n]{{0,30}}?{_ACTION}"
    # a decline's reason labelled in words, then fraud ("Ablehnungsgrund: Betrug", "拒否理由:
    # 不正利用"); not another processor's field (Adyen's `refusalReason: FRAUD`)
    rf"|{_FRAUD_LABEL}[^:\n\uff1a\t]{{0,25}}(?:[:\uff1a]|\t)\s*(?:\w+\s+)?{_FRAUD}"
)
# Every phrase of SUSPECTED_FRAUD and FRAUD_TOLD has one of these.
MAY_BE_FRAUD = r"fraud|betr|bedr|frod|oszust|不正|詐欺|欺诈|诈骗|欺詐|사기|부정"
MAY_BE_FRAUD_WORDS = tuple(MAY_BE_FRAUD.split("|"))
# A card the issuer restricted, told in words ("the card is restricted", "Karte ist
# eingeschränkt", "la tarjeta está restringida", "카드가 제한되었습니다"): `restricted_card`.
_RESTRICTED = (
    r"(?:restricted|eingeschr[äa]nkt|restreinte?|restringid[oa]|restrit[oa]|ristrett[oa]"
    r"|begr[äa]nsa[dt]|ograniczon[aey]|受限)"
)
RESTRICTED_TOLD = (
    rf"{_CARD_WORD}\w*\s+(?:\w+\s+){{0,2}}?{_RESTRICTED}\b|{_RESTRICTED}\s+{_CARD_WORD}"
)
MAY_RESTRICT_WORDS = (
    "restrict", "eingeschr", "beschr", "restrei", "restring", "restricc", "restrit", "restriç",
    "restriç", "ristrett", "restrizion", "beperk", "begräns", "begrans", "ogranicz",
    "制限", "受限", "제한",
)  # fmt: skip
