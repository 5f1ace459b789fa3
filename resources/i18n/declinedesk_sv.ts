<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk kan inte starta</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Inställningar och historik är inte tillgängliga</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk fungerar, men sparar varken inställningar eller historik.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Bevakning av urklipp</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Bevakar urklipp</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>En misslyckad betalning som kopieras var som helst blir det nya ärendet (Visa &gt; Bevaka urklipp stänger av det).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Nytt ärende från urklipp.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Explain failed Stripe payments and write a customer-safe reply. With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.</source>
        <translation>Förklarar misslyckade Stripe-betalningar och skriver ett svar som är säkert för kunden. Utan kommando öppnas fönstret; `declinedesk FILE` öppnar det med FILE inklistrad.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>öppna fönstret, förklara ett medföljande exempel (eller FILE, sparad i historiken som en inklistring), rita en gång och avsluta med 0 (annat än 0 och en rad vid fel)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>lägg det aktuella ärendets säkra svar i urklipp (från det öppna fönstret; finns inget, förklara urklippet och lägg dess säkra svar där); för ett kortkommando i systemet</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>var inställningar och historik finns (standard: systemets mapp för användardata, eller DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>skriver ut katalogposter för en eller flera koder</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>förklarar inklistrade fel och skriver svaret till kunden</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>filer att läsa; `-` eller ingen: standard in</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>svarets språk (standard en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>svarets kanal</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>söker katalogposter utifrån ord eller en kod</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>hur många poster (standard 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>skriver ut katalogens version och antal</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>utdataformat (standard text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Ingen katalogpost heter {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} är större än 20 MB: kopiera bara den misslyckade betalningen eller felet.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Inget i katalogen matchar {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply tar varken FILE eller --smoke-test.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>kontrollera ett svar, eller varje text i en makroexport från Zendesk, Help Scout, Freshdesk, Intercom eller Gorgias, ett Espanso-paket eller en TextExpander-CSV, efter ord som avslöjar ett konfidentiellt avvisningsskäl</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Kontrollerar en svarstext med fönstrets skydd.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>filer att kontrollera; `-` eller ingen: standard in</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>svarets språk, som för `explain --locale` (de, pt-BR, zh-Hans...; ett okänt besvaras med listan); utan det, reglerna för alla språk</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>svarspaket: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>kontrollera ett svarspaket som en import skulle göra, med varje problem</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Kontrollerar ett svarspaket (.toml) som en import skulle göra och listar varje problem.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} är större än 1 MB, så det är inget svar eller makro.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} är UTF-16-text; spara den som UTF-8 och kontrollera igen.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} är binärdata, inte text.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} är inte UTF-8-text; spara den som UTF-8 och kontrollera igen.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} är tom: det finns inget svar att kontrollera.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: säkert att skicka.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: avvisat, det kan avslöja ett konfidentiellt avvisningsskäl:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>Det finns ingen fil som heter {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: paketet skulle inte importeras ({count} problem):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: paketet skulle inte importeras ({count} problem):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: ”{pack}” kan importeras: {count} texter, inga problem.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {count} problem i {texts} texter i {title}:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {count} problem i {texts} texter i {title}:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {texts} texter i {title}, inga problem.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Makron från Zendesk, Help Scout, Freshdesk, Intercom och Gorgias (.json), ett Espanso-paket (.yml) och en TextExpander-CSV (.csv) läses också, varje svarstext i dem.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>skriv de inbyggda svaren (eller ett teampakets) som helpdesk-makron eller textsnuttar</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Skriver varje svarsklass på varje språk och i varje kanal som FORMAT: zendesk (Zendesk-makron med dynamiskt innehåll, en variant per språk), helpscout (sparade svar i Help Scout), freshdesk (färdiga svar i Freshdesk), intercom (Intercom-makron), gorgias (Gorgias-makron), espanso (ett Espanso-paket: ge -o en mapp), textexpander (en TextExpander-CSV) eller toml (ett svarspaket för Decline Desk). Vart och ett använder verktygets egna platshållare där det har sådana.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>ett av %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>ett svarspaket för teamet (.toml) vars text ersätter den inbyggda</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>vart det skrivs (en mapp för espanso); standard: standard ut</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: paketet kan inte exporteras, det skulle inte importeras:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name} kan inte skrivas ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Skrev {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{count} text i {title}</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{count} texter i {title}</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: säkert att skicka ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: avvisat, det kan avslöja ett konfidentiellt avvisningsskäl ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Bedömning:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Vad som hände:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Vad du gör:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Obs:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>{count} misslyckanden i det inklistrade; det viktigaste först.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>KONFIDENTIELLT: texten nämner {reasons}. Gäller det en kunds betalning, säg aldrig det skälet till kunden: skicka bara det allmänna avböjandesvaret.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Hittat:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>svar att kopiera ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>KONFIDENTIELLT: det verkliga skälet stannar här. Svaret nedan är det allmänna avslaget.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Kopiera en misslyckad betalning och tryck Ctrl+V här.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Konfidentiellt ärende</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Bevakning av urklipp</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Svar till kunden</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Kopiera svar</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Helt fönster</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Tillbaka till hela fönstret ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopieringsstatus</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Bevakar urklipp</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Detaljerna finns i {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: inget visas, för att undvika ett felaktigt svar.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Detaljerna finns i {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk stötte på ett problem</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Något gick fel, så svaret på skärmen har rensats. Klistra in igen för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Allmänt avvisande</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Otillräckligt saldo</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Stulet kort</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Spärr av Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Autentisering krävs</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ogiltig begäran</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>KONFIDENTIELLT · kunden får bara det allmänna avslagssvaret</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>Texten nämner ett konfidentiellt skäl ({reasons}). Gäller det en kunds betalning, säg aldrig det skälet till kunden: skicka bara det allmänna avböjandesvaret.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>Den verkliga orsaken stannar i teamet: svaret nämner den aldrig.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>En betalning i testläge: inget riktigt kort debiterades och inga pengar flyttades.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Bedömning av nytt försök: om ett nytt försök med betalningen kan lyckas, och när.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Vem som måste agera: kunden, kundens bank eller ert team.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Ännu inte översatt till det här språket: visas på engelska.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Klistra in en misslyckad betalning för att se vad som hände.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Kopiera det som kundens betalning lämnade i Stripe: ett API-fel, en Charge eller PaymentIntent, en webhook-händelse, en loggrad eller bara en kod som do_not_honor. Sedan:

Ctrl+V	var som helst i fönstret: det inklistrade blir ärendet (en ny inklistring ersätter det)
Ctrl+Skift+C	kopierar svaret till kunden, kontrollerat så att det aldrig avslöjar ett konfidentiellt skäl
Ctrl+N	tömmer fönstret inför nästa ärende

Hjälp &gt; Kortkommandon listar alla tangenter; Hjälp &gt; Exempel har innehåll att prova.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Bedömning av nytt försök</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Vem som måste agera</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Konfidentiellt</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testläge</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>TESTLÄGE</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>Vad du inte ska säga</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Automatiska nya försök</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad du ska göra</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>Fält som hittades i det inklistrade</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Kopiera &amp;värde</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>Kopiera värdet i det markerade fältet</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Öppna Stripes &amp;dokumentation</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Öppna länken till Stripes dokumentation i webbläsaren</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Öppna &amp;sidan i Dashboard</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>Öppna sidan för det markerade id:t i Stripe Dashboard</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Markera ett id (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>Hittat i det inklistrade</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>I det inklistrade: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>form</translation>
    </message>
    <message>
        <source>event</source>
        <translation>händelse</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>feltyp</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>avvisningskod</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>rådkod</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>nätverkets avvisningskod</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>nätverkets rådkod</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>utfallstyp</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>nätverksstatus</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>utfallsorsak</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>risknivå</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>meddelande till säljaren</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>param</source>
        <translation>parameter</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>belopp</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>plånbok</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>typ av betalsätt</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>läge</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>dokumentationslänk</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>förfrågningslogg</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Stripe-data (*.json *.txt *.log);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} är för stor för att vara Stripe-data; öppna bara den misslyckade betalningen eller felet.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>{file} kan inte läsas ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>Vem undertecknar dina svar?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Det här svaret undertecknas utan ditt namn: lägg till namn, företag och avslutning under Arkiv &gt; Inställningar (Ctrl+,) eller på första sidan i ett tomt fönster.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Vem som undertecknar dina svar</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Dina svar slutar med detta. Ändra det när som helst under Arkiv &gt; Inställningar (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>t.ex. Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>t.ex. Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Varför uppgifterna inte kan sparas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt namn:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>&amp;Avslutning ({language}):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>Tom: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Skriv ditt namn: det är det svaret undertecknas med.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Företaget</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>Avslutningen</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Ditt namn är inte angivet</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Skäl de senaste 7 dagarna</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>KONFIDENTIELLT</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Inget förklarat de senaste 7 dagarna.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Sök i historiken: en kod, ett id, ett ord</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Sök i historiken</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>&amp;Rensa historiken</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Rensa hela historiken</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Diagrammets period</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Rensa historiken?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>Ta bort alla poster i historiken och räkningarna i veckans diagram? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Svaret kopierades (begärt av declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>Inte kopierat (begärt av declinedesk --copy-reply): se under svaret.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>Urklipp innehåller ingen text: kopiera den misslyckade betalningen (dess JSON, en loggrad eller en kod) och tryck Ctrl+V igen.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Läser det inklistrade</translation>
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
        <translation>Ersätta det här ärendet?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>Förklara {code} i stället för det aktuella ärendet? Det som det inklistrade gav (kundens namn, beloppet, kortets sista 4 siffror) sparas inte.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Öppnat igen från historiken: bara koder, id:n och belopp sparades, aldrig den inklistrade texten.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Öppna inklistrade data</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Läser ett stort innehåll…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>Det här innehållet kunde inte förklaras</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>Inget misslyckades i det här innehållet.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Om Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Katalog {catalogue}, byggd {built}.
Förklarar misslyckade Stripe-betalningar och skriver ett svar som är säkert för kunden. Fungerar offline.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nytt ärende</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Töm fönstret inför nästa ärende</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>&amp;Klistra in ett nytt ärende</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>Var som helst i fönstret: en misslyckad betalning ersätter ärendet</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>I&amp;mportera svarspaket…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>E&amp;xportera svarspaket eller makron…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>Teamets paket som TOML, eller varje svar som makron för Zendesk, Help Scout, Freshdesk, Intercom eller Gorgias, ett Espanso-paket eller TextExpander-snuttar</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>Redigera svars&amp;paket…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Kopiera &amp;svar</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>Svaret till kunden, först kontrollerat av skyddet</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Kopiera intern &amp;anteckning</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>För ärendets privata anteckning, aldrig för kunden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Katalog: hitta en kod</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Visar eller döljer katalogen; att slå upp ändrar aldrig ärendet</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>&amp;Historik och den här veckan</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Visar eller döljer historiken över förklarade inklistringar</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>&amp;Senaste ärenden</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>Ko&amp;mpakt läge</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Ett smalt fönster överst, bredvid helpdesken: bedömning, svar och Kopiera</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>&amp;Bevaka urklipp</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>En misslyckad betalning som kopieras var som helst blir det nya ärendet (av som standard)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exempel</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>&amp;Om Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	Byt till ett ärende från den här sessionen (Visa &gt; Senaste ärenden)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tabb, Skift+Tabb	Flytta mellan det inklistrade, förklaringen och svaret</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Svarspaket (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Zendesk-makron med dynamiskt innehåll (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Sparade svar i Help Scout (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Färdiga svar i Freshdesk (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Intercom-makron (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Gorgias-makron (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Espanso-paket (en mapp)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>TextExpander-snuttar (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Importera ett svarspaket</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Svarspaket (*.toml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Svarspaketet importerades inte</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Svarspaketet {name} importerades ({count} texter).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Exportera svarspaketet</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Alla svar exporterades till {where}.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Svarspaketet exporterades inte</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>{file} kan inte skrivas ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Teamets svarspaket används inte: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Redigerare för svarspaket</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Svarstext</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Problem med den här texten</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Förhandsvisning med exempeldata</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Använd den här texten</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Tillbaka till den medföljande texten</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>Svars&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Förhandsvisning:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Inga problem.</translation>
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
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Klistra in en misslyckad betalning här (Ctrl+V): ett API-fel, en Charge, en PaymentIntent, en webhook-händelse, en loggrad eller en kod som do_not_honor.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} tecken</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>&amp;Klistra in:</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>Om inklistringsrutan</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Varningar om det inklistrade</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Misslyckanden i det här innehållet</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Det här innehållet är {size}: rutan visar början, med långa rader avkortade, och hela innehållet läses. Nytt ärende (Ctrl+N) tömmer den.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Konfidentiellt: kunden får det allmänna avslagssvaret.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>KONFIDENTIELLT</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} &amp;misslyckade:</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>det innehåller Stripe-koden ”{code}” (och {more} till), som är för dig, inte för kunden: säg det med ord</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>det innehåller Stripe-koden ”{code}”, som är för dig, inte för kunden: säg det med ord</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>det innehåller Stripe-data (JSON, en loggrad eller ett SDK-fel) som klistrats in från ärendet</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>En kod som inte finns i katalogen</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Riktig betalning</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Testläge: inget riktigt kort, inga riktiga pengar</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>KONFIDENTIELLT · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>Inget ärende ännu i den här sessionen</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>”{phrase}” (och {more} till) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>Inte inklistrat i svaret: en Stripe-kod är för dig, inte för kunden. Klistra in den utanför svaret för att förklara den som ett nytt ärende.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>Inte inklistrat i svaret: urklipp innehåller data (en webbsida, en fil eller JSON), inte ord till kunden.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Svar till kunden</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>från teamets paket</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>Svarets rubrik</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>INTERN ANTECKNING: endast för ärendets privata anteckning. Skicka den inte till kunden.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>KONFIDENTIELLT ärende: det här är det allmänna avslagssvaret. Lägg inte till det verkliga skälet.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>Urklipp har tömts, så att inget tidigare kan klistras in av misstag.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Svarets språk</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Svarets kanal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Kundens förnamn</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Valfritt: för hälsningen</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>För&amp;namn:</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Konfidentiellt ärende</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Svar till kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>Svaret till kunden visas här.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Kopiera svar</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Kopiera svaret till urklipp ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Kopiera svar</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Kopiera intern &amp;anteckning</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>För ärendets privata anteckning, aldrig för kunden ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>Kopiera intern anteckning</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>&amp;Återställ säker text</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>Återställ den säkra svarstexten</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>Samma svar på ditt språk, skickas aldrig</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopieringsstatus</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>Samma svar på {language}, för dig (kopieras aldrig):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>Inte kopierat: {reason}. Ta bort det eller återställ den säkra texten.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Svaret kopierades.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Den interna anteckningen kopierades: klistra in den som privat anteckning.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Det säkra svaret återställdes.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Det medföljande svaret återställdes: skyddet avvisar teamets paket för det här svaret.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Till och med det medföljande svaret avvisas: det använder {found} från dina inställningar (handläggarens namn, företag eller avslutning). Ändra dem under Inställningar.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>Kopieras inte: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>japanska</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>koreanska</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>kinesiska</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>Inget typsnitt för {script} är installerat, så svaret på {script} kan visas som tomma rutor: installera ett (i Debian eller Ubuntu: sudo apt-get install fonts-noto-cjk) och starta om Decline Desk.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <translation>Välj en post för att läsa den här; ärendet förblir som det är.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>KONFIDENTIELLT: kunden får det allmänna avslagssvaret.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Källa: {source} · per {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Kod eller ord: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Sök i katalogen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter för typ</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter för kategori</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filter för nytt försök</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Alla bedömningar av nytt försök</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Konfidentiellt</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Konfidentiellt eller inte</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Endast konfidentiella</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>Inte konfidentiella</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Katalogposter</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Katalogpost</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Använd för det här ärendet</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Använd den här posten för ärendet</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Förklara den här koden som ärendet (frågar innan ett ersätts)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>Fönstret byter till det valda språket så snart du sparar.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Tom: språkets vanliga avslutning</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>på {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Språk för den här avslutningen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>Språket i menyer, knappar och meddelanden</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Spara en historik (aldrig den inklistrade texten)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>Historiken sparar koder, id:n, belopp samt kortmärke och sista 4 siffror för varje förklarat misslyckande, inget annat.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>En delad mapp med declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>&amp;Handläggarens namn:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>&amp;Avslutning:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Standard&amp;språk:</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Standard&amp;kanal:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Spara historiken &amp;i:</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Mapp för &amp;teamets paket:</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Varför inställningarna inte kan sparas</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Standardkanal</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Dagar att spara historiken</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Mapp för teamets svarspaket</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Företaget</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>Avslutningen</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>Fönstret är nu på {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · kontrollerad {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Källa för stegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Öppna källan i webbläsaren</translation>
    </message>
</context>
</TS>
