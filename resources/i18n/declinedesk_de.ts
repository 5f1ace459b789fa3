<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk kann nicht starten</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Einstellungen und Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk funktioniert, speichert aber keine Einstellungen und keinen Verlauf.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Überwachung der Zwischenablage</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Zwischenablage wird überwacht</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>Eine irgendwo kopierte fehlgeschlagene Zahlung wird zum neuen Ticket (Ansicht &gt; Zwischenablage überwachen schaltet das aus).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Neues Ticket aus der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Explain failed Stripe payments and write a customer-safe reply. With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.</source>
        <translation>Erklärt fehlgeschlagene Stripe-Zahlungen und schreibt eine für den Kunden sichere Antwort. Ohne Befehl öffnet sich das Fenster; `declinedesk FILE` öffnet es mit FILE eingefügt.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>Version zeigen und beenden</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>Fenster öffnen, ein mitgeliefertes Beispiel erklären (oder FILE, im Verlauf wie eingefügt gespeichert), einmal zeichnen und mit 0 enden (bei einem Fehler nicht 0, mit einer Zeile)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>die sichere Antwort des aktuellen Tickets in die Zwischenablage legen (vom offenen Fenster; ist keines offen, die Zwischenablage erklären und ihre sichere Antwort dort ablegen); für eine Tastenkombination des Systems</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>wo Einstellungen und Verlauf liegen (Standard: der Benutzerdatenordner des Systems oder DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>Katalogeinträge zu einem oder mehreren Codes ausgeben</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>eingefügte Fehler erklären und die Antwort an den Kunden schreiben</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>zu lesende Dateien; `-` oder keine: Standardeingabe</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>Sprache der Antwort (Standard en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>Kanal der Antwort</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>Katalogeinträge nach Wörtern oder einem Code suchen</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>wie viele Einträge (Standard 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>Version und Anzahlen des Katalogs ausgeben</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>Ausgabeformat (Standard text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Kein Katalogeintrag heißt {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} ist größer als 20 MB: kopieren Sie nur die fehlgeschlagene Zahlung oder den Fehler.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Nichts im Katalog passt zu {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply nimmt weder FILE noch --smoke-test an.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>eine Antwort oder jeden Text eines Makro-Exports von Zendesk, Help Scout, Freshdesk, Intercom oder Gorgias, eines Espanso-Pakets oder einer TextExpander-CSV auf Wörter prüfen, die einen vertraulichen Ablehnungsgrund verraten</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Prüft einen Antworttext mit dem Wächter des Fensters.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>zu prüfende Dateien; `-` oder keine: Standardeingabe</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>die Sprache der Antwort, wie bei `explain --locale` (de, pt-BR, zh-Hans...; auf eine unbekannte folgt die Liste); ohne sie die Regeln aller Sprachen</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>Antwortpakete: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>ein Antwortpaket wie beim Import prüfen und jedes Problem nennen</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Prüft ein Antwortpaket (.toml) wie beim Import und nennt jedes Problem.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} ist größer als 1 MB, also keine Antwort und kein Makro.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} ist UTF-16-Text; speichern Sie ihn als UTF-8 und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} enthält Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} ist kein UTF-8-Text; speichern Sie ihn als UTF-8 und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} ist leer: Es gibt keine Antwort zu prüfen.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: kann gesendet werden.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: abgelehnt, könnte einen vertraulichen Ablehnungsgrund verraten:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>Es gibt keine Datei namens {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: Das Paket würde nicht importiert ({count} Problem):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: Das Paket würde nicht importiert ({count} Probleme):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: „{pack}“ kann importiert werden: {count} Texte, keine Probleme.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {count} Problem in {texts} Texten ({title}):</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {count} Probleme in {texts} Texten ({title}):</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {texts} Texte ({title}), keine Probleme.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Makros von Zendesk, Help Scout, Freshdesk, Intercom und Gorgias (.json), ein Espanso-Paket (.yml) und eine TextExpander-CSV (.csv) werden auch gelesen, jeder Antworttext darin.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>die eingebauten Antworten (oder die eines Team-Pakets) als Helpdesk-Makros oder Textbausteine schreiben</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Schreibt jede Antwortklasse in jeder Sprache und jedem Kanal als FORMAT: zendesk (Zendesk-Makros mit dynamischem Inhalt, eine Variante je Sprache), helpscout (gespeicherte Antworten von Help Scout), freshdesk (vorgefertigte Antworten von Freshdesk), intercom (Intercom-Makros), gorgias (Gorgias-Makros), espanso (ein Espanso-Paket: -o einen Ordner geben), textexpander (eine TextExpander-CSV) oder toml (ein Antwortpaket von Decline Desk). Jedes nutzt die eigenen Platzhalter des Werkzeugs, wo es welche hat.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>eines von %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>ein Antwortpaket des Teams (.toml), dessen Wortlaut den eingebauten ersetzt</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>wohin geschrieben wird (ein Ordner für espanso); Standard: Standardausgabe</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: Das Paket kann nicht exportiert werden, es würde nicht importiert:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Geschrieben: {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{count} Text ({title})</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{count} Texte ({title})</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: kann gesendet werden ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: abgelehnt, könnte einen vertraulichen Ablehnungsgrund verraten ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>{count} Fehlschläge in dieser Einfügung; der wichtigste zuerst.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>VERTRAULICH: Der Text nennt {reasons}. Geht es um die Zahlung eines Kunden, nennen Sie ihm diesen Grund nie: senden Sie nur die allgemeine Ablehnungsantwort.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>Antwort zum Kopieren ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>VERTRAULICH: Der wahre Grund bleibt intern. Die Antwort unten ist die allgemeine Ablehnung.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Kopieren Sie eine fehlgeschlagene Zahlung und drücken Sie hier Strg+V.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Vertrauliches Ticket</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Überwachung der Zwischenablage</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Antwort an den Kunden</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Ganzes Fenster</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Zurück zum ganzen Fenster ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Zwischenablage wird überwacht</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Details stehen in {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: Es wird nichts angezeigt, um keine falsche Antwort zu geben.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Details stehen in {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Etwas ist schiefgelaufen, daher wurde die Antwort auf dem Bildschirm gelöscht. Fügen Sie erneut ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Allgemeine Ablehnung</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Unzureichende Deckung</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Gestohlene Karte</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Sperre durch Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>VERTRAULICH · der Kunde erhält nur die allgemeine Ablehnungsantwort</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>Der Text nennt einen vertraulichen Grund ({reasons}). Geht es um die Zahlung eines Kunden, nennen Sie ihm diesen Grund nie: senden Sie nur die allgemeine Ablehnungsantwort.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>Der wahre Grund bleibt im Team: Die Antwort nennt ihn nie.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>Eine Zahlung im Testmodus: Keine echte Karte wurde belastet, kein Geld bewegt.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Urteil zum erneuten Versuch: ob ein neuer Versuch dieser Zahlung gelingen kann, und wann.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Wer handeln muss: der Kunde, seine Bank oder Ihr Team.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Noch nicht ins Deutsche übersetzt: auf Englisch angezeigt.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Fügen Sie eine fehlgeschlagene Zahlung ein, um zu sehen, was passiert ist.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Kopieren Sie, was die Zahlung des Kunden in Stripe hinterlassen hat: einen API-Fehler, eine Charge oder einen PaymentIntent, ein Webhook-Ereignis, eine Logzeile oder nur einen Code wie do_not_honor. Dann:

Strg+V	irgendwo im Fenster: Die Einfügung wird zum Ticket (eine neue Einfügung ersetzt es)
Strg+Umschalt+C	kopiert die Antwort an den Kunden, geprüft, damit sie nie einen vertraulichen Grund verrät
Strg+N	leert das Fenster für das nächste Ticket

Hilfe &gt; Tastenkürzel listet alle Tasten auf; Hilfe &gt; Beispiele enthält Einfügungen zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Urteil zur Wiederholung</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>TESTMODUS</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>Was Sie nicht sagen dürfen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Automatische Wiederholungen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>In der Einfügung gefundene Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Wert kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>Den ausgewählten Feldwert kopieren</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Stripe-&amp;Doku öffnen</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Den Link zur Stripe-Dokumentation im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Dashboard-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>Die Seite der ausgewählten ID im Stripe-Dashboard öffnen</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Wählen Sie eine ID aus (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>In der Einfügung gefunden</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>In der Einfügung: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>Fehlertyp</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>Ablehnungscode</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>Hinweiscode</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>Netzwerk-Ablehnungscode</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>Netzwerk-Hinweiscode</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>Ergebnistyp</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>Netzwerkstatus</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>Ergebnisgrund</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>Händlernachricht</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>param</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>Doku-Link</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Stripe-Daten (*.json *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} ist zu groß für Stripe-Daten; öffnen Sie nur die fehlgeschlagene Zahlung oder den Fehler.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>{file} kann nicht gelesen werden ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>Wer unterschreibt Ihre Antworten?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Ohne Ihren Namen unterschrieben: Name, Firma und Grußformel unter Datei &gt; Einstellungen (Strg+,) oder auf der ersten Seite eines leeren Fensters eintragen.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Wer Ihre Antworten unterschreibt</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Ihre Antworten enden hiermit. Sie können das jederzeit unter Datei &gt; Einstellungen (Strg+,) ändern.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Grußformel</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>z. B. Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>z. B. Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Warum die Angaben nicht gespeichert werden können</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>&amp;Grußformel ({language}):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>Leer: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Geben Sie Ihren Namen ein: Damit wird die Antwort unterschrieben.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Die Firma</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>Die Grußformel</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Ihr Name ist nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Gründe der letzten 7 Tage</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Nichts erklärt in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Verlauf durchsuchen: ein Code, eine ID, ein Wort</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Verlauf &amp;leeren</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Gesamten Verlauf löschen</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Zeitraum des Diagramms</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Verlauf leeren?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>Alle Verlaufseinträge und die Zählungen im Diagramm dieser Woche löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Antwort kopiert (angefordert von declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>Nicht kopiert (angefordert von declinedesk --copy-reply): siehe unter der Antwort.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>Die Zwischenablage enthält keinen Text: Kopieren Sie die fehlgeschlagene Zahlung (ihr JSON, eine Logzeile oder einen Code) und drücken Sie erneut Strg+V.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Die Einfügung wird gelesen</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>Katalog {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Katalogversion</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>Dieses Ticket ersetzen?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>{code} statt des aktuellen Tickets erklären? Was die Einfügung lieferte (Name des Kunden, Betrag, letzte 4 Ziffern der Karte), wird nicht behalten.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Aus dem Verlauf wieder geöffnet: Nur Codes, IDs und Betrag wurden behalten, nie der eingefügte Text.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Eingefügte Daten öffnen</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Große Einfügung wird gelesen…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>Diese Einfügung konnte nicht erklärt werden</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>In dieser Einfügung ist nichts fehlgeschlagen.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Über Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Katalog {catalogue}, erstellt am {built}.
Erklärt fehlgeschlagene Stripe-Zahlungen und schreibt eine für den Kunden sichere Antwort. Funktioniert offline.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Neues Ticket</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Das Fenster für das nächste Ticket leeren</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>Neues Ticket &amp;einfügen</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>Von überall im Fenster: Eine fehlgeschlagene Zahlung ersetzt das Ticket</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>Antwortpaket &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>Antwortpaket oder Helpdesk-Makros e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>Das Teampaket als TOML oder jede Antwort als Makros für Zendesk, Help Scout, Freshdesk, Intercom oder Gorgias, als Espanso-Paket oder als TextExpander-Snippets</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>Antwort&amp;paket bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>&amp;Antwort kopieren</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>Die Antwort an den Kunden, zuerst vom Schutz geprüft</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Interne &amp;Notiz kopieren</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>Für die private Notiz des Tickets, nie für den Kunden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Katalog: einen Code suchen</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Zeigt oder verbirgt den Katalog; Nachschlagen ändert das Ticket nie</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>&amp;Verlauf und diese Woche</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Zeigt oder verbirgt den Verlauf der erklärten Einfügungen</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>&amp;Letzte Tickets</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>Ko&amp;mpaktmodus</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Ein schmales Fenster im Vordergrund neben dem Helpdesk: Urteil, Antwort und Kopieren</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>Zwischenablage &amp;überwachen</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>Eine irgendwo kopierte fehlgeschlagene Zahlung wird zum neuen Ticket (standardmäßig aus)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>&amp;Über Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Strg+1 … Strg+9	Zu einem Ticket dieser Sitzung wechseln (Ansicht &gt; Letzte Tickets)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Umschalt+Tab	Zwischen Einfügung, Antwort und Kundenantwort wechseln</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Antwortpaket (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Zendesk-Makros mit dynamischem Inhalt (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Help-Scout-Antwortvorlagen (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Freshdesk-Standardantworten (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Intercom-Makros (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Gorgias-Makros (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Espanso-Paket (ein Ordner)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>TextExpander-Snippets (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Antwortpaket importieren</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Antwortpakete (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Antwortpaket nicht importiert</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Antwortpaket {name} importiert ({count} Texte).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Antwortpaket exportieren</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Alle Antworten nach {where} exportiert.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Antwortpaket nicht exportiert</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>{file} kann nicht geschrieben werden ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Team-Antwortpaket nicht verwendet: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Antwortpaket-Editor</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Probleme mit diesem Text</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Vorschau mit Beispieldaten</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>Diesen Text &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Zurück zum mitgelieferten Text</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>Antwort&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Fügen Sie hier eine fehlgeschlagene Zahlung ein (Strg+V): einen API-Fehler, eine Charge, einen PaymentIntent, ein Webhook-Ereignis, eine Logzeile oder einen Code wie do_not_honor.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügung</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>&amp;Einfügung:</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>Über das Einfügefeld</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Warnungen zur Einfügung</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Fehlschläge in dieser Einfügung</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Diese Einfügung umfasst {size}: Das Feld zeigt ihren Anfang mit gekürzten langen Zeilen, gelesen wird die ganze Einfügung. Neues Ticket (Strg+N) leert es.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Vertraulich: Der Kunde erhält die allgemeine Ablehnungsantwort.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} &amp;Fehlschläge:</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>sie enthält den Stripe-Code „{code}“ (und {more} weitere), der für Sie ist, nicht für den Kunden: Sagen Sie es in Worten</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>sie enthält den Stripe-Code „{code}“, der für Sie ist, nicht für den Kunden: Sagen Sie es in Worten</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>sie enthält Stripe-Daten (JSON, eine Logzeile oder einen SDK-Fehler), die aus dem Ticket eingefügt wurden</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>Ein Code, der nicht im Katalog steht</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Echte Zahlung</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Testmodus: keine echte Karte, kein echtes Geld</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>VERTRAULICH · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>Noch kein Ticket in dieser Sitzung</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>„{phrase}“ (und {more} weitere) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>Nicht in die Antwort eingefügt: Ein Stripe-Code ist für Sie, nicht für den Kunden. Um ihn als neues Ticket zu erklären, fügen Sie ihn außerhalb der Antwort ein.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>Nicht in die Antwort eingefügt: Die Zwischenablage enthält Daten (eine Webseite, eine Datei oder JSON), keine Worte für den Kunden.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Antwort an den Kunden</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>aus dem Teampaket</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>Kopfzeile der Antwort</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>INTERNE NOTIZ: nur für die private Notiz des Tickets. Nicht an den Kunden senden.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>VERTRAULICH: allgemeine Ablehnungsantwort. Den wahren Grund nicht hinzufügen.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>Die Zwischenablage wurde geleert, damit nichts von vorher versehentlich eingefügt werden kann.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Sprache der Antwort</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Kanal der Antwort</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Vorname des Kunden</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Optional: für die Anrede</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Vertrauliches Ticket</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Antwort an den Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>Hier erscheint die Antwort an den Kunden.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Die Antwort in die Zwischenablage kopieren ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Interne &amp;Notiz kopieren</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>Für die private Notiz des Tickets, nie für den Kunden ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>Interne Notiz kopieren</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>Den sicheren Antworttext wiederherstellen</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>Dieselbe Antwort in Ihrer Sprache, wird nie gesendet</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>Dieselbe Antwort auf {language} (nie kopiert):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>Nicht kopiert: {reason}. Entfernen Sie es oder stellen Sie den sicheren Text wieder her.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Antwort kopiert.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Interne Notiz kopiert: Fügen Sie sie als private Notiz ein.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Sichere Antwort wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Mitgelieferte Antwort wiederhergestellt: Der Text des Teampakets für diese Antwort wird vom Schutz abgelehnt.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Selbst die mitgelieferte Antwort wird abgelehnt: Sie verwendet {found} aus Ihren Einstellungen (Agentenname, Firma oder Grußformel). Ändern Sie diese in den Einstellungen.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>Wird nicht kopiert: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>Es ist keine Schrift für {script} installiert, daher kann die Antwort auf {script} als leere Kästchen erscheinen: Installieren Sie eine (unter Debian oder Ubuntu: sudo apt-get install fonts-noto-cjk) und starten Sie Decline Desk neu.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier zu lesen; das Ticket bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>VERTRAULICH: Der Kunde erhält die allgemeine Ablehnungsantwort.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Quelle: {source} · Stand {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Code oder Wörter: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter nach Art</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter nach Kategorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filter nach Wiederholung</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Jede Wiederholung</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Vertraulich oder nicht</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Nur vertrauliche</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>Nicht vertrauliche</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Katalogeinträge</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Katalogeintrag</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>Für dieses Ticket &amp;verwenden</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Diesen Eintrag für das Ticket verwenden</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Diesen Code als Ticket erklären (fragt, bevor eines ersetzt wird)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>Das Fenster wechselt in die gewählte Sprache, sobald Sie speichern.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Leer: übliche Grußformel</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>auf {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Sprache dieser Grußformel</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>Die Sprache von Menüs, Schaltflächen und Meldungen</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Verlauf führen (nie den eingefügten Text)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>Der Verlauf behält Codes, IDs, Betrag sowie Kartenmarke und letzte 4 Ziffern jedes erklärten Fehlschlags, sonst nichts.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>Gemeinsamer Ordner mit declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>&amp;Agentenname:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>&amp;Grußformel:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Standard&amp;sprache:</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Standard&amp;kanal:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf &amp;behalten für:</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Ordner des &amp;Teampakets:</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Warum die Einstellungen nicht gespeichert werden können</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Agentenname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Grußformel</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Standardkanal</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Tage, die der Verlauf behalten wird</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Ordner des Team-Antwortpakets</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>Der Agentenname</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Die Firma</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>Die Grußformel</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>Das Fenster ist jetzt auf {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · geprüft am {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Quelle der Schritte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Die Quelle im Browser öffnen</translation>
    </message>
</context>
</TS>
