<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk non riesce ad avviarsi</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Impostazioni e cronologia non disponibili</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk funziona, ma non conserva impostazioni né cronologia.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Controllo degli appunti</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Appunti sotto controllo</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>Un pagamento non riuscito copiato ovunque diventa il nuovo ticket (Visualizza &gt; Controlla gli appunti lo disattiva).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Nuovo ticket dagli appunti.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
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
        <translation>Spiega i pagamenti Stripe non riusciti e scrive una risposta sicura per il cliente. Senza comando apre la finestra; `declinedesk FILE` la apre con FILE incollato.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostra la versione ed esci</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>apri la finestra, spiega un esempio incluso (o FILE, salvato nella cronologia come un incolla), disegna una volta ed esci con 0 (diverso da 0 con una riga se qualcosa non va)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>mette negli appunti la risposta sicura del ticket attuale (chiesta alla finestra aperta; senza finestra, spiega gli appunti e vi mette la loro risposta sicura); per una scorciatoia di sistema</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>dove stanno impostazioni e cronologia (predefinito: la cartella dei dati utente del sistema, o DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>stampa le voci del catalogo di uno o più codici</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>spiega gli errori incollati e scrive la risposta al cliente</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>file da leggere; `-` o nessuno: input standard</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>lingua della risposta (predefinita en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>canale della risposta</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>cerca voci del catalogo da parole o da un codice</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>quante voci (predefinito 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>stampa la versione e i conteggi del catalogo</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>formato di output (predefinito text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Nessuna voce del catalogo si chiama {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} supera i 20 MB: copia solo il pagamento non riuscito o l’errore.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Nulla nel catalogo corrisponde a {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply non accetta né FILE né --smoke-test.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>controlla una risposta, o ogni testo di un’esportazione di macro di Zendesk, Help Scout, Freshdesk, Intercom o Gorgias, di un pacchetto Espanso o di un CSV di TextExpander, cercando parole che rivelino un motivo di rifiuto riservato</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Controlla il testo di una risposta con la protezione della finestra.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>file da controllare; `-` o nessuno: input standard</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>la lingua della risposta, come per `explain --locale` (de, pt-BR, zh-Hans...; a una sconosciuta si risponde con l’elenco); senza, le regole di tutte le lingue</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>pacchetti di risposte: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>controlla un pacchetto di risposte come un’importazione, elencando ogni problema</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Controlla un pacchetto di risposte (.toml) come un’importazione ed elenca ogni problema.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} supera 1 MB, quindi non è una risposta né una macro.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} è testo UTF-16; salvalo come UTF-8 e controllalo di nuovo.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} contiene dati binari, non testo.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} non è testo UTF-8; salvalo come UTF-8 e controllalo di nuovo.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} è vuoto: non c’è nessuna risposta da controllare.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>riga {line}, colonna {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: si può inviare.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: rifiutato, potrebbe rivelare un motivo di rifiuto riservato:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>Non c’è nessun file chiamato {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: il pacchetto non verrebbe importato ({count} problema):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: il pacchetto non verrebbe importato ({count} problemi):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: «{pack}» si può importare: {count} testi, nessun problema.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {count} problema in {texts} testi di {title}:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {count} problemi in {texts} testi di {title}:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {texts} testi di {title}, nessun problema.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Si leggono anche le macro di Zendesk, Help Scout, Freshdesk, Intercom e Gorgias (.json), un pacchetto Espanso (.yml) e un CSV di TextExpander (.csv), ogni testo di risposta che contengono.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>scrive le risposte incluse (o quelle di un pacchetto del team) come macro o snippet di helpdesk</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Scrive ogni classe di risposta in ogni lingua e canale come FORMAT: zendesk (macro Zendesk con contenuto dinamico, una variante per lingua), helpscout (risposte salvate di Help Scout), freshdesk (risposte predefinite di Freshdesk), intercom (macro Intercom), gorgias (macro Gorgias), espanso (un pacchetto Espanso: dare una cartella a -o), textexpander (un CSV di TextExpander) o toml (un pacchetto di risposte di Decline Desk). Ognuno usa i segnaposto propri dello strumento dove ne ha.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>uno tra %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>un pacchetto di risposte del team (.toml) il cui testo sostituisce quello incluso</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>dove scrivere (una cartella per espanso); predefinito: output standard</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: il pacchetto non si può esportare, non verrebbe importato:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>Impossibile scrivere {name} ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Scritto: {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{count} testo di {title}</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{count} testi di {title}</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: si può inviare ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: rifiutato, potrebbe rivelare un motivo di rifiuto riservato ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Impossibile leggere {name} ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdetto:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Cosa è successo:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>{count} errori in questo testo incollato; il più rilevante per primo.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>RISERVATO: il testo nomina {reasons}. Se riguarda il pagamento di un cliente, non dirgli mai questo motivo: invia solo la risposta generica di rifiuto.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trovato:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>risposta da copiare ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>RISERVATO: il vero motivo resta interno. La risposta qui sotto è il rifiuto generico.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Copia un pagamento non riuscito e premi qui Ctrl+V.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket riservato</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Controllo degli appunti</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Risposta al cliente</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copia risposta</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Finestra intera</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Torna alla finestra intera ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Stato della copia</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Appunti sotto controllo</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> I dettagli sono in {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: non viene mostrato nulla, per evitare una risposta sbagliata.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>I dettagli sono in {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk ha riscontrato un problema</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Qualcosa è andato storto, quindi la risposta sullo schermo è stata cancellata. Incolla di nuovo per continuare.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Rifiuto generico</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Fondi insufficienti</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Carta rubata</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Blocco di Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Autenticazione richiesta</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Richiesta non valida</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>RISERVATO · il cliente riceve solo la risposta di rifiuto generica</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>Il testo nomina un motivo riservato ({reasons}). Se riguarda il pagamento di un cliente, non dirgli mai questo motivo: invia solo la risposta generica di rifiuto.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>Il motivo reale resta nel team: la risposta non lo nomina mai.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>Un pagamento in modalità test: nessuna carta reale è stata addebitata e nessun denaro si è mosso.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Verdetto sul nuovo tentativo: se riprovare questo pagamento può funzionare, e quando.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Chi deve agire: il cliente, la sua banca o il vostro team.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Non ancora tradotto in questa lingua: mostrato in inglese.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Incolla un pagamento non riuscito per vedere cosa è successo.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Copia ciò che il pagamento del cliente ha lasciato in Stripe: un errore API, una Charge o un PaymentIntent, un evento webhook, una riga di log o solo un codice come do_not_honor. Poi:

Ctrl+V	in qualsiasi punto della finestra: il contenuto incollato diventa il ticket (un nuovo incolla lo sostituisce)
Ctrl+Maiusc+C	copia la risposta al cliente, controllata perché non riveli mai un motivo riservato
Ctrl+N	svuota la finestra per il ticket successivo

Aiuto &gt; Scorciatoie da tastiera elenca tutti i tasti; Aiuto &gt; Esempi contiene contenuti da provare.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Verdetto sul nuovo tentativo</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Chi deve agire</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modalità di test</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>MODALITÀ DI TEST</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>Cosa non dire</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Tentativi automatici</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>Campi trovati nel contenuto incollato</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copia &amp;valore</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>Copia il valore del campo selezionato</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Apri &amp;documentazione Stripe</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Apri nel browser il link alla documentazione Stripe</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Apri la pa&amp;gina della Dashboard</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>Apri nella Dashboard di Stripe la pagina dell&apos;id selezionato</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Seleziona un id (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>Trovato nel contenuto incollato</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>Nel contenuto incollato: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>forma</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>tipo di errore</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>codice di rifiuto</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>codice di avviso</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>codice di rifiuto di rete</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>codice di avviso di rete</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>tipo di esito</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>stato di rete</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>motivo dell&apos;esito</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>livello di rischio</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>messaggio per il venditore</translation>
    </message>
    <message>
        <source>message</source>
        <translation>messaggio</translation>
    </message>
    <message>
        <source>param</source>
        <translation>parametro</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importo</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>wallet</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>tipo di metodo di pagamento</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modalità</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>link alla documentazione</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>log della richiesta</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Dati Stripe (*.json *.txt *.log);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} è troppo grande per essere dati Stripe; apri solo il pagamento non riuscito o l&apos;errore.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>Impossibile leggere {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>Chi firma le tue risposte?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Questa risposta è firmata senza il tuo nome: aggiungi nome, azienda e formula di chiusura in File &gt; Impostazioni (Ctrl+,) o nella prima pagina di una finestra vuota.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Chi firma le tue risposte</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Le tue risposte terminano così. Puoi cambiarle quando vuoi in File &gt; Impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Formula di chiusura</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>ad es. Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>ad es. Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Perché i dati non possono essere salvati</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Azienda:</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>&amp;Chiusura ({language}):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>Vuoto: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Scrivi il tuo nome: è la firma della risposta.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L&apos;azienda</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>La formula di chiusura</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Il tuo nome non è impostato</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Motivi visti negli ultimi 7 giorni</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>RISERVATO</translation>
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
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Nulla spiegato negli ultimi 7 giorni.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Cerca nella cronologia: un codice, un id, una parola</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Cerca nella cronologia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Cance&amp;lla cronologia</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Cancella tutta la cronologia</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Periodo del grafico</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Cancellare la cronologia?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>Eliminare tutte le voci della cronologia e i conteggi del grafico di questa settimana? Non si può annullare.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Risposta copiata (richiesta da declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>Non copiata (richiesta da declinedesk --copy-reply): vedi sotto la risposta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>Gli appunti non contengono testo: copia il pagamento non riuscito (il suo JSON, una riga di log o un codice) e premi di nuovo Ctrl+V.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Lettura del contenuto incollato</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>Catalogo {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Versione del catalogo</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>Sostituire questo ticket?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>Spiegare {code} al posto del ticket attuale? Ciò che dava il contenuto incollato (nome del cliente, importo, ultime 4 cifre della carta) non viene conservato.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Riaperto dalla cronologia: sono stati conservati solo codici, id e importo, mai il testo incollato.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Apri dati incollati</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Lettura di un contenuto grande…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>Impossibile spiegare questo contenuto</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>Nulla è fallito in questo contenuto.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Informazioni su Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Catalogo {catalogue}, creato il {built}.
Spiega i pagamenti Stripe non riusciti e scrive una risposta sicura per il cliente. Funziona offline.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nuovo ticket</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Svuota la finestra per il ticket successivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>&amp;Incolla un nuovo ticket</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>Da qualsiasi punto della finestra: un pagamento non riuscito sostituisce il ticket</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>I&amp;mporta pacchetto di risposte…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>Espor&amp;ta pacchetto di risposte o macro…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>Il pacchetto del team in TOML, oppure ogni risposta come macro di Zendesk, Help Scout, Freshdesk, Intercom o Gorgias, un pacchetto Espanso o snippet di TextExpander</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>Modifica &amp;pacchetto di risposte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Copia &amp;risposta</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>La risposta al cliente, controllata prima dalla protezione</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copia &amp;nota interna</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>Per la nota privata del ticket, mai per il cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Catalogo: trova un codice</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Mostra o nasconde il catalogo; la consultazione non cambia mai il ticket</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>Cronologia e questa &amp;settimana</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Mostra o nasconde la cronologia dei contenuti spiegati</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>Ticket &amp;recenti</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>Modalità co&amp;mpatta</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Una finestra stretta in primo piano accanto all&apos;helpdesk: verdetto, risposta e Copia</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>C&amp;ontrolla gli appunti</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>Un pagamento non riuscito copiato ovunque diventa il nuovo ticket (disattivato per impostazione predefinita)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Esempi</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>&amp;Informazioni su Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	Passa a un ticket di questa sessione (Visualizza &gt; Ticket recenti)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Maiusc+Tab	Sposta tra contenuto incollato, spiegazione e risposta</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Pacchetto di risposte (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Macro di Zendesk con contenuto dinamico (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Risposte salvate di Help Scout (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Risposte predefinite di Freshdesk (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Macro di Intercom (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Macro di Gorgias (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Pacchetto Espanso (una cartella)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>Snippet di TextExpander (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Importa un pacchetto di risposte</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Pacchetti di risposte (*.toml);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Pacchetto di risposte non importato</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Pacchetto di risposte {name} importato ({count} testi).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Esporta il pacchetto di risposte</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Tutte le risposte esportate in {where}.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Pacchetto di risposte non esportato</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>Impossibile scrivere {file} ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Pacchetto di risposte del team non usato: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Editor del pacchetto di risposte</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Problemi di questo testo</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Anteprima con dati di esempio</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Usa questo testo</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Torna al testo fornito</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>Tipo di &amp;risposta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nale:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Anteprima:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Nessun problema.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Incolla qui un pagamento non riuscito (Ctrl+V): un errore API, una Charge, un PaymentIntent, un evento webhook, una riga di log o un codice come do_not_honor.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caratteri</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>&amp;Incolla:</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>Informazioni sulla casella di incolla</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Avvisi sul contenuto incollato</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Errori in questo contenuto</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Questo contenuto è di {size}: la casella ne mostra l&apos;inizio, con le righe lunghe tagliate, e viene letto per intero. Nuovo ticket (Ctrl+N) la svuota.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Riservato: il cliente riceve la risposta di rifiuto generica.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>RISERVATO</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} pagamenti &amp;falliti:</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>contiene il codice Stripe «{code}» (e altri {more}), che è per te, non per il cliente: dillo a parole</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>contiene il codice Stripe «{code}», che è per te, non per il cliente: dillo a parole</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>contiene dati Stripe (JSON, una riga di log o un errore SDK) incollati dal ticket</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>Un codice non presente nel catalogo</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Pagamento reale</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Modalità di test: nessuna carta reale, nessun denaro reale</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>RISERVATO · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>Ancora nessun ticket in questa sessione</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>«{phrase}» (e altri {more}) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>Non incollato nella risposta: un codice Stripe è per te, non per il cliente. Per spiegarlo come nuovo ticket, incollalo fuori dalla risposta.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>Non incollato nella risposta: gli appunti contengono dati (una pagina web, un file o JSON), non parole per il cliente.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Risposta al cliente</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>dal pacchetto del team</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>Intestazione della risposta</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>NOTA INTERNA: solo per la nota privata del ticket. Non inviarla al cliente.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>Ticket RISERVATO: questa è la risposta di rifiuto generica. Non aggiungere il vero motivo.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>Gli appunti sono stati svuotati, così nulla di precedente può essere incollato per errore.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Lingua della risposta</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Canale della risposta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nale:</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Facoltativo: per il saluto</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket riservato</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Risposta al cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>Qui compare la risposta al cliente.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Copia risposta</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Copia la risposta negli appunti ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copia risposta</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copia &amp;nota interna</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>Per la nota privata del ticket, mai per il cliente ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>Copia nota interna</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>&amp;Ripristina testo sicuro</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>Ripristina il testo sicuro della risposta</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>La stessa risposta nella tua lingua, mai inviata</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Stato della copia</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>La stessa risposta in {language}, per te (mai copiata):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>Non copiata: {reason}. Rimuovilo o ripristina il testo sicuro.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Risposta copiata.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Nota interna copiata: incollala come nota privata.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Risposta sicura ripristinata.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Risposta fornita ripristinata: la protezione rifiuta il testo del pacchetto del team per questa risposta.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Anche la risposta fornita viene rifiutata: usa {found} dalle tue impostazioni (nome dell&apos;agente, azienda o formula di chiusura). Modificali nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>Non verrà copiata: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>giapponese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>cinese</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>Non è installato alcun font per {script}, quindi la risposta in {script} potrebbe apparire come riquadri vuoti: installane uno (su Debian o Ubuntu: sudo apt-get install fonts-noto-cjk) e riavvia Decline Desk.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>Scegli una voce per leggerla qui; il ticket resta com&apos;è.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>RISERVATO: il cliente riceve la risposta di rifiuto generica.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Fonte: {source} · aggiornato al {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Codice o parole: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Trova:</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro per tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro per categoria</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Qualsiasi categoria</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filtro per nuovo tentativo</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Qualsiasi nuovo tentativo</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Riservato o no</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Solo riservati</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>Non riservati</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Voci del catalogo</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Voce del catalogo</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Usa per questo ticket</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Usa questa voce per il ticket</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Spiega questo codice come ticket (chiede prima di sostituirne uno)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>La finestra passa alla lingua scelta appena salvi.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Vuoto: chiusura abituale</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>in {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Lingua di questa chiusura</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>La lingua di menu, pulsanti e messaggi</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Conserva una cronologia (mai il testo incollato)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>La cronologia conserva codici, id, importo, circuito e ultime 4 cifre della carta di ogni errore spiegato, nient&apos;altro.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>Cartella condivisa con declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>Nome dell&apos;&amp;agente:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>A&amp;zienda:</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>&amp;Chiusura:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Lingua predefinita:</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Ca&amp;nale predefinito:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Lingua dell&apos;&amp;interfaccia:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>C&amp;onserva la cronologia per:</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Cartella del &amp;pacchetto del team:</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Perché le impostazioni non possono essere salvate</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nome dell&apos;agente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Formula di chiusura</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canale predefinito</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Giorni di conservazione della cronologia</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Cartella del pacchetto di risposte del team</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>Il nome dell&apos;agente</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L&apos;azienda</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>La formula di chiusura</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>La finestra ora è in {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · verificato il {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Fonte dei passaggi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Apri la fonte nel browser</translation>
    </message>
</context>
</TS>
