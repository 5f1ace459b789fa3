<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Réglages et historique indisponibles</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk fonctionne, mais ne conserve ni réglages ni historique.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Surveillance du presse-papiers</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Presse-papiers surveillé</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>Un paiement échoué copié n&apos;importe où devient le nouveau ticket (Affichage &gt; Surveiller le presse-papiers la désactive).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Nouveau ticket depuis le presse-papiers.</translation>
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
        <translation>Explique les paiements Stripe échoués et rédige une réponse sûre pour le client. Sans commande, ouvre la fenêtre ; `declinedesk FILE` l’ouvre avec FILE collé.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>ouvrir la fenêtre, expliquer un exemple fourni (ou FILE, gardé dans l’historique comme un collage), dessiner une fois et quitter avec 0 (autre chose et une ligne en cas de panne)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>mettre dans le presse-papiers la réponse sûre du ticket en cours (demandée à la fenêtre ouverte ; sans fenêtre, expliquer le presse-papiers et y mettre sa réponse sûre) ; pour un raccourci du système</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>où sont les réglages et l’historique (par défaut : le dossier des données utilisateur du système, ou DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>affiche les entrées du catalogue d’un ou plusieurs codes</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>explique les échecs collés et rédige la réponse au client</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>fichiers à lire ; `-` ou aucun : entrée standard</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>langue de la réponse (par défaut en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>canal de la réponse</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>cherche des entrées du catalogue par mots ou par code</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>combien d’entrées (par défaut 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>affiche la version et les effectifs du catalogue</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>format de sortie (par défaut text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Aucune entrée du catalogue ne s’appelle {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} dépasse 20 Mo : copiez seulement le paiement échoué ou l’erreur.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Rien dans le catalogue ne correspond à {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply n’accepte ni FILE ni --smoke-test.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>vérifier une réponse, ou chaque texte d’un export de macros Zendesk, Help Scout, Freshdesk, Intercom ou Gorgias, d’un paquet Espanso ou d’un CSV TextExpander, à la recherche de mots qui révèlent un motif de refus confidentiel</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Vérifie un texte de réponse avec le garde-fou de la fenêtre.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>fichiers à vérifier ; `-` ou aucun : entrée standard</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>la langue de la réponse, comme pour `explain --locale` (de, pt-BR, zh-Hans... ; une langue inconnue reçoit la liste) ; sans elle, les règles de toutes les langues</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>paquets de réponses : `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>vérifier un paquet de réponses comme une importation, en listant chaque problème</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Vérifie un paquet de réponses (.toml) comme une importation, en listant chaque problème.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} dépasse 1 Mo : ce n’est donc ni une réponse ni une macro.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} est un texte UTF-16 ; enregistrez-le en UTF-8 et vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} contient des données binaires, pas du texte.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} n’est pas un texte UTF-8 ; enregistrez-le en UTF-8 et vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} est vide : il n’y a aucune réponse à vérifier.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name} : peut être envoyé.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name} : refusé, il pourrait révéler un motif de refus confidentiel :</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>Aucun fichier ne s’appelle {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name} : le paquet ne serait pas importé ({count} problème) :</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name} : le paquet ne serait pas importé ({count} problèmes) :</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name} : « {pack} » peut être importé : {count} textes, aucun problème.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name} : {count} problème dans {texts} textes de {title} :</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name} : {count} problèmes dans {texts} textes de {title} :</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name} : {texts} textes de {title}, aucun problème.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Les macros Zendesk, Help Scout, Freshdesk, Intercom et Gorgias (.json), un paquet Espanso (.yml) et un CSV TextExpander (.csv) sont lus aussi, chaque texte de réponse qu’ils contiennent.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>écrire les réponses intégrées (ou celles d’un paquet d’équipe) comme macros ou extraits de helpdesk</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Écrit chaque classe de réponse dans chaque langue et chaque canal au format FORMAT : zendesk (macros Zendesk à contenu dynamique, une variante par langue), helpscout (réponses enregistrées de Help Scout), freshdesk (réponses prédéfinies de Freshdesk), intercom (macros Intercom), gorgias (macros Gorgias), espanso (un paquet Espanso : donner un dossier à -o), textexpander (un CSV TextExpander) ou toml (un paquet de réponses Decline Desk). Chacun utilise les champs propres à l’outil quand il en a.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>l’un de %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>un paquet de réponses d’équipe (.toml) dont le texte remplace celui intégré</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>où écrire (un dossier pour espanso) ; par défaut : sortie standard</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name} : le paquet ne peut pas être exporté, il ne serait pas importé :</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>Impossible d’écrire {name} ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Écrit : {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{count} texte de {title}</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{count} textes de {title}</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name} : peut être envoyé ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name} : refusé, il pourrait révéler un motif de refus confidentiel ({what}) :</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>{count} échecs dans ce collage ; le plus pertinent d&apos;abord.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>CONFIDENTIEL : le texte nomme {reasons}. S&apos;il s&apos;agit du paiement d&apos;un client, ne lui donnez jamais ce motif : envoyez seulement la réponse générique de refus.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trouvé :</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>réponse à copier ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>CONFIDENTIEL : la vraie raison reste interne. La réponse ci-dessous est le refus générique.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Copiez un paiement échoué et appuyez ici sur Ctrl+V.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket confidentiel</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Surveillance du presse-papiers</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Fenêtre complète</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Retour à la fenêtre complète ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Presse-papiers surveillé</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what} : rien n&apos;est affiché, pour éviter une mauvaise réponse.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Un problème est survenu, la réponse à l&apos;écran a donc été effacée. Collez à nouveau pour continuer.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Refus générique</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Provision insuffisante</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Carte volée</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Blocage par Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Requête non valide</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>CONFIDENTIEL · le client ne reçoit que la réponse de refus générique</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>Le texte nomme un motif confidentiel ({reasons}). S&apos;il s&apos;agit du paiement d&apos;un client, ne lui donnez jamais ce motif : envoyez seulement la réponse générique de refus.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>La vraie raison reste dans l’équipe : la réponse ne la cite jamais.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>Un paiement en mode test : aucune vraie carte n’a été débitée et aucun argent n’a bougé.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Verdict de nouvelle tentative : si réessayer ce paiement peut marcher, et quand.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Qui doit agir : le client, sa banque ou votre équipe.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Pas encore traduit dans cette langue : affiché en anglais.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Collez un paiement échoué pour voir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Copiez ce que le paiement du client a laissé dans Stripe : une erreur d&apos;API, une Charge ou un PaymentIntent, un événement webhook, une ligne de journal, ou simplement un code comme do_not_honor. Ensuite :

Ctrl+V	n&apos;importe où dans la fenêtre : le collage devient le ticket (un nouveau collage le remplace)
Ctrl+Maj+C	copie la réponse au client, vérifiée pour ne jamais révéler une raison confidentielle
Ctrl+N	vide la fenêtre pour le ticket suivant

Aide &gt; Raccourcis clavier liste toutes les touches ; Aide &gt; Exemples propose des collages à essayer.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Verdict de nouvelle tentative</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>MODE TEST</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>Ce qu&apos;il ne faut pas dire</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Nouvelles tentatives automatiques</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>Champs trouvés dans le collage</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>Copier la valeur du champ sélectionné</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Ouvrir la &amp;doc Stripe</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Ouvrir le lien de la documentation Stripe dans le navigateur</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Ouvrir la pa&amp;ge du Dashboard</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>Ouvrir la page de l&apos;identifiant sélectionné dans le Dashboard Stripe</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Sélectionnez un identifiant (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>Trouvé dans le collage</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>Dans le collage : {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>type d&apos;erreur</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code d&apos;erreur</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>code de refus</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>code de conseil</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>code de refus réseau</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>code de conseil réseau</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>type de résultat</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>statut réseau</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>motif du résultat</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>niveau de risque</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>message au vendeur</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message d&apos;erreur</translation>
    </message>
    <message>
        <source>param</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>type de moyen de paiement</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>lien vers la doc</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>journal de la requête</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Données Stripe (*.json *.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} est trop volumineux pour être des données Stripe ; ouvrez seulement le paiement échoué ou l&apos;erreur.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>{file} ne peut pas être lu ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>Qui signe vos réponses ?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Cette réponse est signée sans votre nom : ajoutez votre nom, votre entreprise et votre formule de fin dans Fichier &gt; Réglages (Ctrl+,), ou sur la première page d&apos;une fenêtre vide.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Qui signe vos réponses</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Vos réponses se terminent ainsi. Modifiez-les à tout moment dans Fichier &gt; Réglages (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Formule de fin</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>p. ex. Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>p. ex. Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Pourquoi les informations ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>&amp;Formule de fin ({language}) :</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>Vide : {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Saisissez votre nom : c&apos;est lui qui signe la réponse.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L&apos;entreprise</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>La formule de fin</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Votre nom n&apos;est pas renseigné</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Raisons vues ces 7 derniers jours</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
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
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Rien d&apos;expliqué ces 7 derniers jours.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Rechercher dans l&apos;historique : un code, un identifiant, un mot</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Effacer l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Effacer tout l&apos;historique</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Période du graphique</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Effacer l&apos;historique ?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>Supprimer toutes les entrées de l&apos;historique et les décomptes du graphique de la semaine ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Réponse copiée (demandée par declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>Non copiée (demandée par declinedesk --copy-reply) : voir sous la réponse.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>Le presse-papiers ne contient pas de texte : copiez le paiement échoué (son JSON, une ligne de journal ou un code) et appuyez de nouveau sur Ctrl+V.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Lecture du collage</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>Catalogue {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Version du catalogue</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>Remplacer ce ticket ?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>Expliquer {code} à la place du ticket actuel ? Ce que donnait le collage (le nom du client, le montant, les 4 derniers chiffres de la carte) n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Rouvert depuis l&apos;historique : seuls ses codes, identifiants et montant ont été conservés, jamais le texte collé.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Ouvrir des données collées</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Lecture d&apos;un long collage…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>Ce collage n&apos;a pas pu être expliqué</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>Rien n&apos;a échoué dans ce collage.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>À propos de Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Catalogue {catalogue}, créé le {built}.
Explique les paiements Stripe échoués et rédige une réponse sûre pour le client. Fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nouveau ticket</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Vider la fenêtre pour le ticket suivant</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>&amp;Coller un nouveau ticket</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>De n&apos;importe où dans la fenêtre : un paiement échoué remplace le ticket</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>&amp;Importer un pack de réponses…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>E&amp;xporter le pack de réponses ou des macros…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>Le pack de l&apos;équipe en TOML, ou chaque réponse en macros Zendesk, Help Scout, Freshdesk, Intercom ou Gorgias, en paquet Espanso ou en extraits TextExpander</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>Modifier le &amp;pack de réponses…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Copier la &amp;réponse</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>La réponse au client, vérifiée d&apos;abord par la protection</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copier la &amp;note interne</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>Pour la note privée du ticket, jamais pour le client</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Catalogue : trouver un code</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Affiche ou masque le catalogue ; une recherche ne modifie jamais le ticket</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>&amp;Historique et cette semaine</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Affiche ou masque l&apos;historique des collages expliqués</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>Tickets &amp;récents</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>Mode co&amp;mpact</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Une fenêtre étroite au premier plan, à côté de l&apos;outil de support : verdict, réponse et Copier</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>&amp;Surveiller le presse-papiers</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>Un paiement échoué copié n&apos;importe où devient le nouveau ticket (désactivé par défaut)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exemples</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>À &amp;propos de Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	Passer à un ticket de cette session (Affichage &gt; Tickets récents)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Maj+Tab	Passer du collage à l&apos;explication et à la réponse</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Pack de réponses (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Macros Zendesk à contenu dynamique (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Réponses enregistrées Help Scout (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Réponses prédéfinies Freshdesk (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Macros Intercom (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Macros Gorgias (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Paquet Espanso (un dossier)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>Extraits TextExpander (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Importer un pack de réponses</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Packs de réponses (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Pack de réponses non importé</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Pack de réponses {name} importé ({count} textes).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Exporter le pack de réponses</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Toutes les réponses exportées vers {where}.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Pack de réponses non exporté</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>{file} ne peut pas être écrit ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Pack de réponses de l&apos;équipe non utilisé : {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Éditeur de pack de réponses</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Problèmes de ce texte</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Aperçu avec des données d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Utiliser ce texte</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Revenir au texte fourni</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>&amp;Type de réponse :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Collez ici un paiement échoué (Ctrl+V) : une erreur d&apos;API, une Charge, un PaymentIntent, un événement webhook, une ligne de journal ou un code comme do_not_honor.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caractères</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Collage</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>C&amp;ollage :</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>À propos de la zone de collage</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Avertissements sur le collage</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Échecs dans ce collage</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Ce collage fait {size} : la zone en montre le début, avec les lignes longues coupées, et tout le collage est lu. Nouveau ticket (Ctrl+N) la vide.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Confidentiel : le client reçoit la réponse de refus générique.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} é&amp;checs :</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>elle contient le code Stripe « {code} » (et {more} autres), qui est pour vous, pas pour le client : dites-le avec des mots</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>elle contient le code Stripe « {code} », qui est pour vous, pas pour le client : dites-le avec des mots</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>elle contient des données Stripe (JSON, une ligne de journal ou une erreur de SDK) collées depuis le ticket</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>Un code absent du catalogue</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Paiement réel</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Mode test : aucune vraie carte, aucun vrai argent</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>CONFIDENTIEL · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>Aucun ticket dans cette session</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>« {phrase} » (et {more} autres) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>Non collé dans la réponse : un code Stripe est pour vous, pas pour le client. Pour l&apos;expliquer comme nouveau ticket, collez-le hors de la réponse.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>Non collé dans la réponse : le presse-papiers contient des données (une page web, un fichier ou du JSON), pas des mots pour le client.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>du pack de l&apos;équipe</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>En-tête de la réponse</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>NOTE INTERNE : uniquement pour la note privée du ticket. Ne l&apos;envoyez pas au client.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>Ticket CONFIDENTIEL : voici la réponse de refus générique. N&apos;ajoutez pas la vraie raison.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>Le presse-papiers a été vidé, pour que rien d&apos;antérieur ne puisse être collé par erreur.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Langue de la réponse</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Canal de la réponse</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Prénom du client</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Facultatif : pour la salutation</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>Pré&amp;nom :</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket confidentiel</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>La réponse au client apparaît ici.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Copier la réponse</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Copier la réponse dans le presse-papiers ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copier la &amp;note interne</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>Pour la note privée du ticket, jamais pour le client ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>Copier la note interne</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>&amp;Rétablir le texte sûr</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>Rétablir le texte sûr de la réponse</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>La même réponse dans votre langue, jamais envoyée</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>La même réponse en {language}, pour vous (jamais copiée) :</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>Non copiée : {reason}. Retirez-le, ou rétablissez le texte sûr.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Réponse copiée.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Note interne copiée : collez-la comme note privée.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Réponse sûre rétablie.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Réponse fournie rétablie : le texte du pack de l&apos;équipe pour cette réponse est refusé par la protection.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Même la réponse fournie est refusée : elle utilise {found} de vos réglages (nom de l&apos;agent, entreprise ou formule de fin). Modifiez-les dans Réglages.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>Ne sera pas copiée : {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>Aucune police {script} n&apos;est installée, la réponse en {script} peut donc s&apos;afficher en carrés vides : installez-en une (sous Debian ou Ubuntu : sudo apt-get install fonts-noto-cjk) et redémarrez Decline Desk.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>Choisissez une entrée pour la lire ici ; le ticket reste tel quel.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>CONFIDENTIEL : le client reçoit la réponse de refus générique.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Source : {source} · à jour au {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Code ou mots : insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filtre par nouvelle tentative</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Toute nouvelle tentative</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Sensible ou non</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Sensibles seulement</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>Non sensibles</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entrées du catalogue</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrée du catalogue</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Utiliser pour ce ticket</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Utiliser cette entrée pour le ticket</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Expliquer ce code comme ticket (demande avant d&apos;en remplacer un)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>La fenêtre passe dans la langue choisie dès que vous enregistrez.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Vide : formule habituelle</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>en {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Langue de cette formule de fin</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>La langue des menus, boutons et messages</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Conserver un historique (jamais le texte collé)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>L&apos;historique conserve les codes, identifiants, montant, marque et 4 derniers chiffres de la carte de chaque échec expliqué, rien d&apos;autre.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>Dossier partagé avec declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>Nom de l&apos;&amp;agent :</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>&amp;Formule de fin :</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Langue par défaut :</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Ca&amp;nal par défaut :</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Langue de l&apos;&amp;interface :</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conserver l&apos;historique :</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Dossier du pack de l&apos;é&amp;quipe :</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Pourquoi les réglages ne peuvent pas être enregistrés</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nom de l&apos;agent</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Formule de fin</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canal par défaut</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Jours de conservation de l&apos;historique</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Dossier du pack de réponses de l&apos;équipe</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>Le nom de l&apos;agent</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L&apos;entreprise</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>La formule de fin</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>La fenêtre est maintenant en {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · vérifié le {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Source des étapes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Ouvrir la source dans le navigateur</translation>
    </message>
</context>
</TS>
