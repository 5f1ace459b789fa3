<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk kan niet starten</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Instellingen en geschiedenis niet beschikbaar</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk werkt, maar bewaart geen instellingen of geschiedenis.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Klembord bewaken</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Klembord wordt bewaakt</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>Een mislukte betaling die u ergens kopieert, wordt het nieuwe ticket (Beeld &gt; Klembord bewaken zet dit uit).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Nieuw ticket van het klembord.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Legt mislukte Stripe-betalingen uit en schrijft een veilig antwoord voor de klant. Zonder opdracht opent het venster; `declinedesk FILE` opent het met FILE geplakt.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>versie tonen en stoppen</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>het venster openen, een meegeleverd voorbeeld uitleggen (of FILE, in de geschiedenis bewaard als plakking), één keer tekenen en stoppen met 0 (anders dan 0 met één regel bij een fout)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>het veilige antwoord van het huidige ticket op het klembord zetten (gevraagd aan het open venster; is er geen, dan het klembord uitleggen en het veilige antwoord daarop zetten); voor een sneltoets van het systeem</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>waar instellingen en geschiedenis staan (standaard: de map voor gebruikersgegevens van het systeem, of DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>toont catalogusitems voor een of meer codes</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>legt geplakte mislukkingen uit en schrijft het antwoord aan de klant</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>te lezen bestanden; `-` of geen: standaardinvoer</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>taal van het antwoord (standaard en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>kanaal van het antwoord</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>zoekt catalogusitems op woorden of een code</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>hoeveel items (standaard 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>toont de versie en aantallen van de catalogus</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>uitvoerformaat (standaard text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Geen catalogusitem heet {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} is groter dan 20 MB: kopieer alleen de mislukte betaling of de fout.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Niets in de catalogus komt overeen met {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply accepteert geen FILE en geen --smoke-test.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>een antwoord, of elke tekst van een macro-export van Zendesk, Help Scout, Freshdesk, Intercom of Gorgias, een Espanso-pakket of een TextExpander-CSV, controleren op woorden die een vertrouwelijke weigeringsreden verraden</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Controleert een antwoordtekst met de bewaking van het venster.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>te controleren bestanden; `-` of geen: standaardinvoer</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>de taal van het antwoord, zoals bij `explain --locale` (de, pt-BR, zh-Hans...; op een onbekende volgt de lijst); zonder: de regels van alle talen</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>antwoordpakketten: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>een antwoordpakket controleren zoals een import dat doet, met elk probleem</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Controleert een antwoordpakket (.toml) zoals een import dat doet en noemt elk probleem.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} is groter dan 1 MB, dus geen antwoord of macro.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} is UTF-16-tekst; sla het op als UTF-8 en controleer het opnieuw.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} bevat binaire gegevens, geen tekst.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} is geen UTF-8-tekst; sla het op als UTF-8 en controleer het opnieuw.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} is leeg: er is geen antwoord om te controleren.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>regel {line}, kolom {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: veilig om te versturen.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: geweigerd, het kan een vertrouwelijke weigeringsreden verraden:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} is een map, geen bestand.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>Er is geen bestand met de naam {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: het pakket zou niet worden geïmporteerd ({count} probleem):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: het pakket zou niet worden geïmporteerd ({count} problemen):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: ‘{pack}’ kan worden geïmporteerd: {count} teksten, geen problemen.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {count} probleem in {texts} teksten van {title}:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {count} problemen in {texts} teksten van {title}:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {texts} teksten van {title}, geen problemen.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Macro’s van Zendesk, Help Scout, Freshdesk, Intercom en Gorgias (.json), een Espanso-pakket (.yml) en een TextExpander-CSV (.csv) worden ook gelezen, elke antwoordtekst erin.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>de ingebouwde antwoorden (of die van een teampakket) schrijven als helpdeskmacro’s of tekstfragmenten</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Schrijft elke antwoordklasse in elke taal en elk kanaal als FORMAT: zendesk (Zendesk-macro’s met dynamische inhoud, één variant per taal), helpscout (opgeslagen antwoorden van Help Scout), freshdesk (standaardantwoorden van Freshdesk), intercom (Intercom-macro’s), gorgias (Gorgias-macro’s), espanso (een Espanso-pakket: geef -o een map), textexpander (een TextExpander-CSV) of toml (een antwoordpakket van Decline Desk). Elk gebruikt de eigen plaatshouders van het programma waar het die heeft.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>een van %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>een antwoordpakket van het team (.toml) waarvan de tekst de ingebouwde vervangt</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>waarheen schrijven (een map voor espanso); standaard: standaarduitvoer</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: het pakket kan niet worden geëxporteerd, het zou niet worden geïmporteerd:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Geschreven: {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{count} tekst van {title}</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{count} teksten van {title}</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: veilig om te versturen ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: geweigerd, het kan een vertrouwelijke weigeringsreden verraden ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Wat er gebeurde:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>{count} mislukkingen in deze geplakte tekst; de belangrijkste eerst.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>VERTROUWELIJK: de tekst noemt {reasons}. Gaat het om de betaling van een klant, noem die reden dan nooit: stuur alleen het algemene weigeringsantwoord.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gevonden:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>antwoord om te kopiëren ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>VERTROUWELIJK: de echte reden blijft binnen. Het antwoord hieronder is de algemene weigering.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Kopieer een mislukte betaling en druk hier op Ctrl+V.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Vertrouwelijk ticket</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Klembord bewaken</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Antwoord aan de klant</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Antwoord kopiëren</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Volledig venster</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Terug naar het volledige venster ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopieerstatus</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Klembord wordt bewaakt</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> De details staan in {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: er wordt niets getoond, om een verkeerd antwoord te voorkomen.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>De details staan in {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk liep tegen een probleem aan</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Er ging iets mis, dus het antwoord op het scherm is gewist. Plak opnieuw om verder te gaan.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Algemene weigering</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Onvoldoende saldo</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Gestolen kaart</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Blokkering door Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Verificatie vereist</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ongeldig verzoek</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>VERTROUWELIJK · de klant krijgt alleen het algemene weigeringsantwoord</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>De tekst noemt een vertrouwelijke reden ({reasons}). Gaat het om de betaling van een klant, noem die reden dan nooit: stuur alleen het algemene weigeringsantwoord.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>De echte reden blijft binnen het team: het antwoord noemt hem nooit.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>Een betaling in testmodus: er is geen echte kaart belast en er is geen geld verplaatst.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Oordeel over opnieuw proberen: of deze betaling opnieuw proberen kan werken, en wanneer.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Wie moet handelen: de klant, de bank van de klant of uw team.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Nog niet in deze taal vertaald: in het Engels getoond.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Plak een mislukte betaling om te zien wat er gebeurde.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Kopieer wat de betaling van de klant in Stripe heeft achtergelaten: een API-fout, een Charge of PaymentIntent, een webhookgebeurtenis, een logregel of alleen een code zoals do_not_honor. Daarna:

Ctrl+V	overal in het venster: het geplakte wordt het ticket (nieuw plakken vervangt het)
Ctrl+Shift+C	kopieert het antwoord aan de klant, gecontroleerd zodat het nooit een vertrouwelijke reden verraadt
Ctrl+N	maakt het venster leeg voor het volgende ticket

Help &gt; Sneltoetsen toont alle toetsen; Help &gt; Voorbeelden bevat inhoud om te proberen.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Oordeel over opnieuw proberen</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Wie moet handelen</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
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
        <translation>Wat u niet mag zeggen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Automatische nieuwe pogingen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>Velden gevonden in het geplakte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Waarde kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>De waarde van het geselecteerde veld kopiëren</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Stripe-&amp;docs openen</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>De link naar de Stripe-documentatie in de browser openen</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Dashboard-pa&amp;gina openen</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>De pagina van het geselecteerde id in het Stripe-dashboard openen</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Selecteer een id (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>Gevonden in het geplakte</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>In het geplakte: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>vorm</translation>
    </message>
    <message>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>fouttype</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>weigeringscode</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>adviescode</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>netwerkweigeringscode</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>netwerkadviescode</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>uitkomsttype</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>netwerkstatus</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>reden van uitkomst</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>risiconiveau</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>bericht voor de verkoper</translation>
    </message>
    <message>
        <source>message</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>param</source>
        <translation>parameter</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaart</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>wallet</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>type betaalmethode</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>documentatielink</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>verzoeklog</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Stripe-gegevens (*.json *.txt *.log);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} is te groot voor Stripe-gegevens; open alleen de mislukte betaling of de fout.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>{file} kan niet worden gelezen ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>Wie ondertekent uw antwoorden?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Zonder uw naam ondertekend: vul naam, bedrijf en afsluiting in via Bestand &gt; Instellingen (Ctrl+,) of op de eerste pagina van een leeg venster.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Wie uw antwoorden ondertekent</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Uw antwoorden eindigen hiermee. Wijzig dit altijd via Bestand &gt; Instellingen (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>bijv. Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>bijv. Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Waarom de gegevens niet kunnen worden opgeslagen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Uw naam:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>&amp;Afsluiting ({language}):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>Leeg: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Typ uw naam: daarmee wordt het antwoord ondertekend.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Het bedrijf</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>De afsluiting</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Uw naam is niet ingesteld</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Redenen van de afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
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
        <translation>{start} t/m {end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Niets uitgelegd in de afgelopen 7 dagen.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Geschiedenis doorzoeken: een code, een id, een woord</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Geschiedenis doorzoeken</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Geschiedenis &amp;wissen</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Alle geschiedenis wissen</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Periode van de grafiek</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Geschiedenis wissen?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>Alle items in de geschiedenis en de tellingen van de grafiek van deze week verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Antwoord gekopieerd (gevraagd door declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>Niet gekopieerd (gevraagd door declinedesk --copy-reply): zie onder het antwoord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>Het klembord bevat geen tekst: kopieer de mislukte betaling (de JSON, een logregel of een code) en druk opnieuw op Ctrl+V.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Het geplakte wordt gelezen</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>Catalogus {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Catalogusversie</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>Dit ticket vervangen?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>{code} uitleggen in plaats van het huidige ticket? Wat het geplakte gaf (de naam van de klant, het bedrag, de laatste 4 cijfers van de kaart) wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Heropend uit de geschiedenis: alleen de codes, id&apos;s en het bedrag zijn bewaard, nooit de geplakte tekst.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Geplakte gegevens openen</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Grote inhoud wordt gelezen…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>Deze inhoud kon niet worden uitgelegd</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>Niets is mislukt in deze inhoud.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Over Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Catalogus {catalogue}, gemaakt op {built}.
Legt mislukte Stripe-betalingen uit en schrijft een veilig antwoord voor de klant. Werkt offline.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nieuw ticket</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Het venster leegmaken voor het volgende ticket</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>Nieuw ticket &amp;plakken</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>Overal in het venster: een mislukte betaling vervangt het ticket</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>Antwoordpakket &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>Antwoordpakket of helpdeskmacro&apos;s e&amp;xporteren…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>Het teampakket als TOML, of elk antwoord als macro&apos;s voor Zendesk, Help Scout, Freshdesk, Intercom of Gorgias, een Espanso-pakket of TextExpander-fragmenten</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>Antwoordpakket &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>&amp;Antwoord kopiëren</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>Het antwoord aan de klant, eerst gecontroleerd door de beveiliging</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Interne &amp;notitie kopiëren</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>Voor de privénotitie van het ticket, nooit voor de klant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Catalogus: een code zoeken</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Toont of verbergt de catalogus; opzoeken verandert het ticket nooit</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>&amp;Geschiedenis en deze week</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Toont of verbergt de geschiedenis van uitgelegde inhoud</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>&amp;Recente tickets</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>Co&amp;mpacte modus</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Een smal venster bovenop, naast de helpdesk: oordeel, antwoord en Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>Klembord &amp;bewaken</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>Een mislukte betaling die u ergens kopieert, wordt het nieuwe ticket (standaard uit)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Voorbeelden</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>&amp;Over Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	Naar een ticket van deze sessie gaan (Beeld &gt; Recente tickets)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Shift+Tab	Tussen het geplakte, de uitleg en het antwoord wisselen</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Antwoordpakket (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Zendesk-macro&apos;s met dynamische inhoud (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Opgeslagen antwoorden van Help Scout (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Standaardantwoorden van Freshdesk (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Intercom-macro&apos;s (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Gorgias-macro&apos;s (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Espanso-pakket (een map)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>TextExpander-fragmenten (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Een antwoordpakket importeren</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Antwoordpakketten (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Antwoordpakket niet geïmporteerd</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Antwoordpakket {name} geïmporteerd ({count} teksten).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Het antwoordpakket exporteren</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Alle antwoorden geëxporteerd naar {where}.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Antwoordpakket niet geëxporteerd</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>{file} kan niet worden geschreven ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Antwoordpakket van het team niet gebruikt: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Editor voor antwoordpakketten</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antwoordtekst</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Problemen met deze tekst</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Voorbeeld met voorbeeldgegevens</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>Deze tekst &amp;gebruiken</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Terug naar de meegeleverde tekst</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>Soort &amp;antwoord:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Geen problemen.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Plak hier een mislukte betaling (Ctrl+V): een API-fout, een Charge, een PaymentIntent, een webhookgebeurtenis, een logregel of een code zoals do_not_honor.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} tekens</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>&amp;Plakken:</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>Over het plakvak</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Waarschuwingen over het geplakte</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Mislukkingen in deze inhoud</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Deze inhoud is {size}: het vak toont het begin, met lange regels ingekort, en alles wordt gelezen. Nieuw ticket (Ctrl+N) maakt het leeg.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Vertrouwelijk: de klant krijgt het algemene weigeringsantwoord.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} &amp;mislukte betalingen:</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>het bevat de Stripe-code ‘{code}’ (en nog {more}), die voor u is, niet voor de klant: zeg het in woorden</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>het bevat de Stripe-code ‘{code}’, die voor u is, niet voor de klant: zeg het in woorden</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>het bevat Stripe-gegevens (JSON, een logregel of een SDK-fout) die uit het ticket zijn geplakt</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>Een code die niet in de catalogus staat</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Echte betaling</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Testmodus: geen echte kaart, geen echt geld</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>VERTROUWELIJK · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>Nog geen ticket in deze sessie</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>‘{phrase}’ (en nog {more}) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>Niet in het antwoord geplakt: een Stripe-code is voor u, niet voor de klant. Plak hem buiten het antwoord om hem als nieuw ticket uit te leggen.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>Niet in het antwoord geplakt: het klembord bevat gegevens (een webpagina, een bestand of JSON), geen woorden voor de klant.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Antwoord aan de klant</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>uit het teampakket</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>Kop van het antwoord</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>INTERNE NOTITIE: alleen voor de privénotitie van het ticket. Niet naar de klant sturen.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>VERTROUWELIJK: dit is het algemene weigeringsantwoord. Noem de echte reden niet.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>Het klembord is geleegd, zodat niets van eerder per ongeluk kan worden geplakt.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Taal van het antwoord</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Kanaal van het antwoord</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Voornaam van de klant</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Optioneel: voor de aanhef</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Vertrouwelijk ticket</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Antwoord aan de klant</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>Het antwoord aan de klant verschijnt hier.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>Antwoord &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Het antwoord naar het klembord kopiëren ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Antwoord kopiëren</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Interne &amp;notitie kopiëren</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>Voor de privénotitie van het ticket, nooit voor de klant ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>Interne notitie kopiëren</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>Veilige tekst &amp;herstellen</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>De veilige antwoordtekst herstellen</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>Hetzelfde antwoord in uw taal, nooit verzonden</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopieerstatus</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>Hetzelfde antwoord in het {language} (nooit gekopieerd):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>Niet gekopieerd: {reason}. Verwijder het of herstel de veilige tekst.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Antwoord gekopieerd.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Interne notitie gekopieerd: plak deze als privénotitie.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Veilig antwoord hersteld.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Meegeleverd antwoord hersteld: de beveiliging weigert de tekst van het teampakket voor dit antwoord.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Zelfs het meegeleverde antwoord wordt geweigerd: het gebruikt {found} uit uw instellingen (naam van de medewerker, bedrijf of afsluiting). Wijzig ze in Instellingen.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>Wordt niet gekopieerd: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>Japans</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreaans</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>Er is geen lettertype voor {script} geïnstalleerd, dus het antwoord in het {script} kan als lege vakjes verschijnen: installeer er een (op Debian of Ubuntu: sudo apt-get install fonts-noto-cjk) en start Decline Desk opnieuw.</translation>
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
        <translation>Soort</translation>
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
        <translation>Kies een item om het hier te lezen; het ticket blijft zoals het is.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>VERTROUWELIJK: de klant krijgt het algemene weigeringsantwoord.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Bron: {source} · stand van {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Code of woorden: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>De catalogus doorzoeken</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter op soort</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter op categorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Elke categorie</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filter op opnieuw proberen</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Elk oordeel over opnieuw proberen</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Vertrouwelijk of niet</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Alleen vertrouwelijk</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>Niet vertrouwelijk</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Catalogusitems</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Catalogusitem</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Gebruiken voor dit ticket</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Dit item gebruiken voor het ticket</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Deze code uitleggen als het ticket (vraagt eerst voordat er een wordt vervangen)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>Het venster schakelt over naar de gekozen taal zodra u opslaat.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Leeg: gebruikelijke afsluiting</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>in het {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Taal van deze afsluiting</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>De taal van menu&apos;s, knoppen en meldingen</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Een geschiedenis bijhouden (nooit de geplakte tekst)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>De geschiedenis bewaart de codes, id&apos;s, het bedrag en het kaartmerk en de laatste 4 cijfers van elke uitgelegde mislukking, verder niets.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>Een gedeelde map met declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>Naam van de &amp;medewerker:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>&amp;Afsluiting:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Standaard&amp;taal:</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Standaard&amp;kanaal:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Taal van de &amp;interface:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Geschiedenis &amp;bewaren voor:</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Map van het &amp;teampakket:</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Waarom de instellingen niet kunnen worden opgeslagen</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Naam van de medewerker</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Standaardkanaal</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Dagen dat de geschiedenis wordt bewaard</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Map van het antwoordpakket van het team</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>De naam van de medewerker</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Het bedrijf</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>De afsluiting</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>Het venster is nu in het {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · gecheckt {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Bron van de stappen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>De bron in de browser openen</translation>
    </message>
</context>
</TS>
