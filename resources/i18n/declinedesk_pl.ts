<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Nie można uruchomić Decline Desk</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Ustawienia i historia są niedostępne</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk działa, ale nie zapisuje ustawień ani historii.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Obserwowanie schowka</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Obserwowanie schowka</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>Nieudana płatność skopiowana w dowolnym miejscu staje się nowym zgłoszeniem (Widok &gt; Obserwuj schowek wyłącza tę funkcję).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Nowe zgłoszenie ze schowka.</translation>
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
        <translation>Czat</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Explain failed Stripe payments and write a customer-safe reply. With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.</source>
        <translation>Wyjaśnia nieudane płatności Stripe i pisze bezpieczną odpowiedź dla klienta. Bez polecenia otwiera okno; `declinedesk FILE` otwiera je z wklejonym FILE.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>pokazuje wersję i kończy</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>otwiera okno, wyjaśnia dołączony przykład (lub FILE, zapisany w historii jak wklejenie), rysuje raz i kończy z 0 (przy błędzie inny kod i jedna linia)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>umieszcza bezpieczną odpowiedź bieżącego zgłoszenia w schowku (pobraną z otwartego okna; gdy żadne nie jest otwarte, wyjaśnia schowek i umieszcza w nim jego bezpieczną odpowiedź); do skrótu systemowego</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>gdzie są ustawienia i historia (domyślnie: folder danych użytkownika systemu lub DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>wypisuje wpisy katalogu dla jednego lub kilku kodów</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>wyjaśnia wklejone błędy i pisze odpowiedź dla klienta</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>pliki do odczytu; `-` lub brak: standardowe wejście</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>język odpowiedzi (domyślnie en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>kanał odpowiedzi</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>szuka wpisów katalogu po słowach lub kodzie</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>ile wpisów (domyślnie 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>wypisuje wersję i liczebności katalogu</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>format wyjścia (domyślnie text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Żaden wpis katalogu nie nazywa się {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} ma ponad 20 MB: skopiuj tylko nieudaną płatność lub błąd.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Nic w katalogu nie pasuje do {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply nie przyjmuje FILE ani --smoke-test.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>sprawdza odpowiedź albo każdy tekst eksportu makr Zendesk, Help Scout, Freshdesk, Intercom lub Gorgias, pakietu Espanso lub pliku CSV TextExpander pod kątem słów zdradzających poufny powód odmowy</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Sprawdza tekst odpowiedzi tą samą ochroną co okno.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>pliki do sprawdzenia; `-` lub brak: standardowe wejście</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>język odpowiedzi, jak w `explain --locale` (de, pt-BR, zh-Hans...; na nieznany odpowiada lista); bez niego: reguły wszystkich języków</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>pakiety odpowiedzi: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>sprawdza pakiet odpowiedzi tak jak import, wymieniając każdy problem</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Sprawdza pakiet odpowiedzi (.toml) tak jak import i wymienia każdy problem.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} ma ponad 1 MB, więc nie jest odpowiedzią ani makrem.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} to tekst UTF-16; zapisz go jako UTF-8 i sprawdź ponownie.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} to dane binarne, nie tekst.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} nie jest tekstem UTF-8; zapisz go jako UTF-8 i sprawdź ponownie.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} jest pusty: nie ma odpowiedzi do sprawdzenia.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>wiersz {line}, kolumna {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: można bezpiecznie wysłać.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: odrzucono, może zdradzić poufny powód odmowy:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} to folder, nie plik.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>Nie ma pliku o nazwie {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: pakiet nie zostałby zaimportowany (problemy: {count}):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: pakiet nie zostałby zaimportowany (problemy: {count}):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: „{pack}” można zaimportować: teksty: {count}, bez problemów.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: problemy: {count} w tekstach ({texts}) z {title}:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: problemy: {count} w tekstach ({texts}) z {title}:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: teksty ({texts}) z {title}, bez problemów.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Czytane są też makra Zendesk, Help Scout, Freshdesk, Intercom i Gorgias (.json), pakiet Espanso (.yml) i plik CSV TextExpander (.csv), każdy zawarty w nich tekst odpowiedzi.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>zapisuje wbudowane odpowiedzi (lub z pakietu zespołu) jako makra lub fragmenty helpdesku</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Zapisuje każdą klasę odpowiedzi w każdym języku i kanale jako FORMAT: zendesk (makra Zendesk z treścią dynamiczną, jeden wariant na język), helpscout (zapisane odpowiedzi Help Scout), freshdesk (gotowe odpowiedzi Freshdesk), intercom (makra Intercom), gorgias (makra Gorgias), espanso (pakiet Espanso: podaj folder w -o), textexpander (plik CSV TextExpander) lub toml (pakiet odpowiedzi Decline Desk). Każdy używa własnych symboli zastępczych narzędzia, jeśli je ma.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>jeden z %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>pakiet odpowiedzi zespołu (.toml), którego treść zastępuje wbudowaną</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>gdzie zapisać (folder dla espanso); domyślnie: standardowe wyjście</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: nie można wyeksportować pakietu, nie zostałby zaimportowany:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>Nie można zapisać {name} ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Zapisano: {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>teksty: {count} z {title}</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>teksty: {count} z {title}</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: można bezpiecznie wysłać ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: odrzucono, może zdradzić poufny powód odmowy ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Nie można odczytać {name} ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Werdykt:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Co się stało:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Co zrobić:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwaga:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>Nieudane płatności w tym wklejonym tekście: {count}; najważniejsza pierwsza.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>POUFNE: tekst wymienia {reasons}. Jeśli dotyczy płatności klienta, nigdy nie podawaj mu tego powodu: wyślij tylko ogólną odpowiedź o odrzuceniu.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Znaleziono:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>odpowiedź do skopiowania ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>POUFNE: prawdziwy powód pozostaje wewnątrz. Odpowiedź poniżej to ogólna odmowa.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Skopiuj nieudaną płatność i naciśnij tutaj Ctrl+V.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Poufne zgłoszenie</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Obserwowanie schowka</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Odpowiedź dla klienta</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Kopiuj odpowiedź</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Pełne okno</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Powrót do pełnego okna ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Stan kopiowania</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Obserwowanie schowka</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Szczegóły są w {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: nic nie jest wyświetlane, aby uniknąć błędnej odpowiedzi.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Szczegóły są w {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk napotkał problem</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Coś poszło nie tak, więc odpowiedź na ekranie została wyczyszczona. Wklej ponownie, aby kontynuować.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Ogólna odmowa</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Niewystarczające środki</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Skradziona karta</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Blokada Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Wymagane uwierzytelnienie</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Nieprawidłowe żądanie</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>POUFNE · klient dostaje tylko ogólną odpowiedź o odmowie</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>Tekst wymienia poufny powód ({reasons}). Jeśli dotyczy płatności klienta, nigdy nie podawaj mu tego powodu: wyślij tylko ogólną odpowiedź o odrzuceniu.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>Prawdziwy powód zostaje w zespole: odpowiedź nigdy go nie podaje.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>Płatność w trybie testowym: żadna prawdziwa karta nie została obciążona i żadne pieniądze nie zostały przesłane.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Ocena ponowienia: czy ponowienie tej płatności może się udać i kiedy.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Kto musi działać: klient, jego bank lub Twój zespół.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Jeszcze nieprzetłumaczone na ten język: pokazano po angielsku.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Wklej nieudaną płatność, aby zobaczyć, co się stało.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Skopiuj to, co płatność klienta zostawiła w Stripe: błąd API, Charge lub PaymentIntent, zdarzenie webhooka, wiersz logu albo sam kod, np. do_not_honor. Następnie:

Ctrl+V	w dowolnym miejscu okna: wklejona treść staje się zgłoszeniem (nowe wklejenie ją zastępuje)
Ctrl+Shift+C	kopiuje odpowiedź dla klienta, sprawdzoną, by nigdy nie zdradziła poufnego powodu
Ctrl+N	opróżnia okno przed następnym zgłoszeniem

Pomoc &gt; Skróty klawiszowe wymienia wszystkie klawisze; Pomoc &gt; Przykłady zawiera treści do wypróbowania.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Werdykt dotyczący ponowienia</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Kto musi działać</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Tryb testowy</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>TRYB TESTOWY</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>Czego nie mówić</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Automatyczne ponowienia</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>Pola znalezione we wklejonej treści</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Kopiuj &amp;wartość</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>Kopiuj wartość zaznaczonego pola</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Otwórz &amp;dokumentację Stripe</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Otwórz link do dokumentacji Stripe w przeglądarce</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Otwórz &amp;stronę w Dashboardzie</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>Otwórz stronę zaznaczonego identyfikatora w Dashboardzie Stripe</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Zaznacz identyfikator (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>Znalezione we wklejonej treści</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>We wklejonej treści: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>postać</translation>
    </message>
    <message>
        <source>event</source>
        <translation>zdarzenie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>typ błędu</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>kod odmowy</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>kod porady</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>kod odmowy sieci</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>kod porady sieci</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>typ wyniku</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>status sieci</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>powód wyniku</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>poziom ryzyka</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>wiadomość dla sprzedawcy</translation>
    </message>
    <message>
        <source>message</source>
        <translation>wiadomość</translation>
    </message>
    <message>
        <source>param</source>
        <translation>parametr</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>card</source>
        <translation>karta</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>portfel</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>typ metody płatności</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>tryb</translation>
    </message>
    <message>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>link do dokumentacji</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>dziennik żądania</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Dane Stripe (*.json *.txt *.log);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>Plik {file} jest zbyt duży, by zawierać dane Stripe; otwórz tylko nieudaną płatność lub błąd.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>Nie można odczytać pliku {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>Kto podpisuje odpowiedzi?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Ta odpowiedź jest podpisana bez imienia i nazwiska: dodaj je, nazwę firmy i formułę pożegnalną w Plik &gt; Ustawienia (Ctrl+,) lub na pierwszej stronie pustego okna.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Kto podpisuje odpowiedzi</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Odpowiedzi kończą się tymi danymi. Można je zmienić w dowolnej chwili w Plik &gt; Ustawienia (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Formuła pożegnalna</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>np. Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>np. Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Dlaczego nie można zapisać danych</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>Formuła &amp;pożegnalna ({language}):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>Puste: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Wpisz imię i nazwisko: tym podpisana jest odpowiedź.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>Formuła pożegnalna</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Imię i nazwisko nie są ustawione</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Powody z ostatnich 7 dni</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>POUFNE</translation>
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
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Nic nie wyjaśniono w ciągu ostatnich 7 dni.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Szukaj w historii: kod, identyfikator, słowo</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Szukaj w historii</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Wy&amp;czyść historię</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Wyczyść całą historię</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Okres wykresu</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Wyczyścić historię?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>Usunąć wszystkie wpisy historii i liczniki wykresu z tego tygodnia? Tej operacji nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Skopiowano odpowiedź (na żądanie declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>Nie skopiowano (na żądanie declinedesk --copy-reply): zobacz pod odpowiedzią.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>Schowek nie zawiera tekstu: skopiuj nieudaną płatność (jej JSON, wiersz logu lub kod) i ponownie naciśnij Ctrl+V.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Odczytywanie wklejonej treści</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>Katalog {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Wersja katalogu</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>Zastąpić to zgłoszenie?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>Wyjaśnić {code} zamiast bieżącego zgłoszenia? To, co podała wklejona treść (imię klienta, kwota, ostatnie 4 cyfry karty), nie zostanie zachowane.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Otwarto ponownie z historii: zachowano tylko kody, identyfikatory i kwotę, nigdy wklejony tekst.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Otwórz wklejone dane</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Odczytywanie dużej treści…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>Nie udało się wyjaśnić tej treści</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>W tej treści nie ma nieudanych płatności.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>O programie Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Katalog {catalogue}, zbudowany {built}.
Wyjaśnia nieudane płatności Stripe i pisze bezpieczną odpowiedź dla klienta. Działa offline.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nowe zgłoszenie</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Opróżnij okno przed następnym zgłoszeniem</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>&amp;Wklej nowe zgłoszenie</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>Z dowolnego miejsca okna: nieudana płatność zastępuje zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>&amp;Importuj pakiet odpowiedzi…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>&amp;Eksportuj pakiet odpowiedzi lub makra…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>Pakiet zespołu jako TOML albo każda odpowiedź jako makra Zendesk, Help Scout, Freshdesk, Intercom lub Gorgias, pakiet Espanso lub fragmenty TextExpander</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>Edytuj &amp;pakiet odpowiedzi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Kopiuj &amp;odpowiedź</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>Odpowiedź dla klienta, najpierw sprawdzona przez ochronę</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Kopiuj &amp;notatkę wewnętrzną</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>Do prywatnej notatki zgłoszenia, nigdy dla klienta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Katalog: znajdź kod</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Pokazuje lub ukrywa katalog; wyszukiwanie nigdy nie zmienia zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>&amp;Historia i ten tydzień</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Pokazuje lub ukrywa historię wyjaśnionych treści</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>&amp;Ostatnie zgłoszenia</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>Tryb ko&amp;mpaktowy</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Wąskie okno na wierzchu, obok helpdesku: werdykt, odpowiedź i Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>Obser&amp;wuj schowek</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>Nieudana płatność skopiowana w dowolnym miejscu staje się nowym zgłoszeniem (domyślnie wyłączone)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Przykłady</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>&amp;O programie Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	Przejdź do zgłoszenia z tej sesji (Widok &gt; Ostatnie zgłoszenia)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Shift+Tab	Przechodź między wklejoną treścią, wyjaśnieniem i odpowiedzią</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Pakiet odpowiedzi (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Makra Zendesk z treścią dynamiczną (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Zapisane odpowiedzi Help Scout (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Gotowe odpowiedzi Freshdesk (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Makra Intercom (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Makra Gorgias (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Pakiet Espanso (folder)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>Fragmenty TextExpander (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Importuj pakiet odpowiedzi</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Pakiety odpowiedzi (*.toml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Nie zaimportowano pakietu odpowiedzi</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Zaimportowano pakiet odpowiedzi {name} (tekstów: {count}).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Eksportuj pakiet odpowiedzi</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Wyeksportowano wszystkie odpowiedzi do {where}.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Nie wyeksportowano pakietu odpowiedzi</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>Nie można zapisać pliku {file} ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Nie użyto pakietu odpowiedzi zespołu: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Edytor pakietu odpowiedzi</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Tekst odpowiedzi</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Problemy z tym tekstem</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Podgląd z przykładowymi danymi</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Użyj tego tekstu</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Wróć do dostarczonego tekstu</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>&amp;Rodzaj odpowiedzi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Podgląd:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Brak problemów.</translation>
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
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Wklej tutaj nieudaną płatność (Ctrl+V): błąd API, Charge, PaymentIntent, zdarzenie webhooka, wiersz logu lub kod, np. do_not_honor.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>Znaki: {count}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>&amp;Wklej:</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>O polu wklejania</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Ostrzeżenia dotyczące wklejonej treści</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Niepowodzenia w tej treści</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Ta treść ma rozmiar {size}: pole pokazuje jej początek z obciętymi długimi wierszami, a odczytywana jest cała. Nowe zgłoszenie (Ctrl+N) je opróżnia.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Poufne: klient dostaje ogólną odpowiedź o odmowie.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>POUFNE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>&amp;Nieudane płatności: {count}</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>zawiera kod Stripe „{code}” (i jeszcze {more}), który jest dla Ciebie, nie dla klienta: opisz to słowami</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>zawiera kod Stripe „{code}”, który jest dla Ciebie, nie dla klienta: opisz to słowami</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>zawiera dane Stripe (JSON, wiersz logu lub błąd SDK) wklejone ze zgłoszenia</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>Kod spoza katalogu</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Prawdziwa płatność</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Tryb testowy: bez prawdziwej karty i prawdziwych pieniędzy</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>POUFNE · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>Brak zgłoszeń w tej sesji</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>„{phrase}” (i jeszcze {more}) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>Nie wklejono do odpowiedzi: kod Stripe jest dla Ciebie, nie dla klienta. Aby wyjaśnić go jako nowe zgłoszenie, wklej go poza odpowiedzią.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>Nie wklejono do odpowiedzi: schowek zawiera dane (stronę internetową, plik lub JSON), a nie słowa dla klienta.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Odpowiedź dla klienta</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>z pakietu zespołu</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>Nagłówek odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>NOTATKA WEWNĘTRZNA: tylko do prywatnej notatki zgłoszenia. Nie wysyłaj jej klientowi.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>POUFNE zgłoszenie: to jest ogólna odpowiedź o odmowie. Nie dodawaj prawdziwego powodu.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>Schowek został opróżniony, aby nic wcześniejszego nie zostało wklejone przez pomyłkę.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Język odpowiedzi</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Kanał odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Imię klienta</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Opcjonalne: do powitania</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>I&amp;mię:</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Poufne zgłoszenie</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Odpowiedź dla klienta</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>Tutaj pojawi się odpowiedź dla klienta.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Kopiuj odpowiedź</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Kopiuj odpowiedź do schowka ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Kopiuj odpowiedź</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Kopiuj &amp;notatkę wewnętrzną</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>Do prywatnej notatki zgłoszenia, nigdy dla klienta ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>Kopiuj notatkę wewnętrzną</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>P&amp;rzywróć bezpieczny tekst</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>Przywróć bezpieczny tekst odpowiedzi</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>Ta sama odpowiedź w Twoim języku, nigdy niewysyłana</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Stan kopiowania</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>Ta sama odpowiedź – {language}, dla Ciebie (nigdy niekopiowana):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>Nie skopiowano: {reason}. Usuń to lub przywróć bezpieczny tekst.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Skopiowano odpowiedź.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Skopiowano notatkę wewnętrzną: wklej ją jako notatkę prywatną.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Przywrócono bezpieczną odpowiedź.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Przywrócono dostarczoną odpowiedź: ochrona odrzuca tekst pakietu zespołu dla tej odpowiedzi.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Nawet dostarczona odpowiedź jest odrzucana: używa {found} z ustawień (imię i nazwisko agenta, firma lub formuła pożegnalna). Zmień je w Ustawieniach.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>Nie zostanie skopiowana: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>japoński</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>koreański</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chiński</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>Brak czcionki dla języka: {script}. Odpowiedź ({script}) może wyświetlać się jako puste kwadraty: zainstaluj czcionkę (w Debianie lub Ubuntu: sudo apt-get install fonts-noto-cjk) i uruchom ponownie Decline Desk.</translation>
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
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>Wybierz wpis, aby przeczytać go tutaj; zgłoszenie pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>POUFNE: klient dostaje ogólną odpowiedź o odmowie.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Źródło: {source} · stan na {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Kod lub słowa: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Szukaj w katalogu</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtr rodzaju</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Dowolny rodzaj</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtr kategorii</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Dowolna kategoria</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filtr ponowienia</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Dowolne ponowienie</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Poufne lub nie</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Tylko poufne</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>Niepoufne</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Wpisy katalogu</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Wpis katalogu</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Użyj dla tego zgłoszenia</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Użyj tego wpisu dla zgłoszenia</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Wyjaśnij ten kod jako zgłoszenie (pyta przed zastąpieniem)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>Okno zmieni język na wybrany zaraz po zapisaniu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Puste: zwykła formuła</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>język: {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Język tej formuły pożegnalnej</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>Język menu, przycisków i komunikatów</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Prowadź historię (nigdy wklejonego tekstu)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>Historia zachowuje kody, identyfikatory, kwotę, markę i ostatnie 4 cyfry karty każdego wyjaśnionego niepowodzenia, nic więcej.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>Wspólny folder z declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>Imię i nazwisko &amp;agenta:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>Formuła &amp;pożegnalna:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Domyślny &amp;język:</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Domyślny &amp;kanał:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Język &amp;interfejsu:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Przechowuj historię przez:</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Folder pakietu &amp;zespołu:</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Dlaczego nie można zapisać ustawień</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Imię i nazwisko agenta</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Formuła pożegnalna</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Domyślny język</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Domyślny kanał</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Liczba dni przechowywania historii</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Folder pakietu odpowiedzi zespołu</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>Imię i nazwisko agenta</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>Formuła pożegnalna</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Nie zapisano ustawień</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>Okno jest teraz w języku: {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · sprawdzono {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Źródło kroków</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Otwórz źródło w przeglądarce</translation>
    </message>
</context>
</TS>
