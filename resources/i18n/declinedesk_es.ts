<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk no puede iniciarse</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Ajustes e historial no disponibles</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk funciona, pero no guarda ajustes ni historial.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Vigilancia del portapapeles</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Vigilando el portapapeles</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>Un pago fallido copiado en cualquier sitio se convierte en el nuevo ticket (Ver &gt; Vigilar el portapapeles lo desactiva).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Nuevo ticket desde el portapapeles.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
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
        <translation>Explica los pagos de Stripe fallidos y redacta una respuesta segura para el cliente. Sin comando, abre la ventana; `declinedesk FILE` la abre con FILE pegado.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>abrir la ventana, explicar un ejemplo incluido (o FILE, guardado en el historial como un pegado), dibujar una vez y salir con 0 (distinto de 0 y una línea si algo falla)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>poner en el portapapeles la respuesta segura del ticket actual (la da la ventana abierta; si no hay ninguna, explica el portapapeles y deja allí su respuesta segura); para un atajo del sistema</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>dónde se guardan los ajustes y el historial (por defecto: la carpeta de datos de usuario del sistema, o DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>muestra las entradas del catálogo de uno o varios códigos</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>explica los fallos pegados y redacta la respuesta al cliente</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>archivos que leer; `-` o ninguno: entrada estándar</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>idioma de la respuesta (por defecto en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>canal de la respuesta</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>busca entradas del catálogo por palabras o un código</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>cuántas entradas (por defecto 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>muestra la versión y los recuentos del catálogo</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>formato de salida (por defecto text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Ninguna entrada del catálogo se llama {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} ocupa más de 20 MB: copie solo el pago fallido o el error.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Nada en el catálogo coincide con {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply no admite FILE ni --smoke-test.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>revisar una respuesta, o cada texto de una exportación de macros de Zendesk, Help Scout, Freshdesk, Intercom o Gorgias, de un paquete de Espanso o de un CSV de TextExpander, en busca de palabras que revelen un motivo de rechazo confidencial</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Revisa el texto de una respuesta con la protección de la ventana.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>archivos que revisar; `-` o ninguno: entrada estándar</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>el idioma de la respuesta, como en `explain --locale` (de, pt-BR, zh-Hans...; si no se conoce, se muestra la lista); sin él, las reglas de todos los idiomas</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>paquetes de respuestas: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>revisar un paquete de respuestas como lo haría una importación, con cada problema</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Revisa un paquete de respuestas (.toml) como lo haría una importación y enumera cada problema.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} ocupa más de 1 MB, así que no es una respuesta ni una macro.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} es texto UTF-16; guárdelo como UTF-8 y vuelva a revisarlo.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} son datos binarios, no texto.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} no es texto UTF-8; guárdelo como UTF-8 y vuelva a revisarlo.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} está vacío: no hay ninguna respuesta que revisar.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: se puede enviar.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: rechazado, podría revelar un motivo de rechazo confidencial:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>No hay ningún archivo llamado {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: el paquete no se importaría ({count} problema):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: el paquete no se importaría ({count} problemas):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: «{pack}» se puede importar: {count} textos, sin problemas.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {count} problema en {texts} textos de {title}:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {count} problemas en {texts} textos de {title}:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {texts} textos de {title}, sin problemas.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>También se leen macros de Zendesk, Help Scout, Freshdesk, Intercom y Gorgias (.json), un paquete de Espanso (.yml) y un CSV de TextExpander (.csv), con cada texto de respuesta que contengan.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>escribir las respuestas incluidas (o las de un paquete del equipo) como macros o fragmentos de helpdesk</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Escribe cada clase de respuesta en cada idioma y canal como FORMAT: zendesk (macros de Zendesk con contenido dinámico, una variante por idioma), helpscout (respuestas guardadas de Help Scout), freshdesk (respuestas predefinidas de Freshdesk), intercom (macros de Intercom), gorgias (macros de Gorgias), espanso (un paquete de Espanso: dé una carpeta a -o), textexpander (un CSV de TextExpander) o toml (un paquete de respuestas de Decline Desk). Cada uno usa los marcadores propios de la herramienta donde los tiene.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>uno de %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>un paquete de respuestas del equipo (.toml) cuyo texto sustituye al incluido</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>dónde escribir (una carpeta para espanso); por defecto: salida estándar</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: el paquete no se puede exportar, no se importaría:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>No se puede escribir {name} ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Escrito: {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{count} texto de {title}</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{count} textos de {title}</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: se puede enviar ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: rechazado, podría revelar un motivo de rechazo confidencial ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>No se puede leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Qué ha pasado:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>{count} fallos en este texto pegado; el más relevante primero.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>CONFIDENCIAL: el texto nombra {reasons}. Si se trata del pago de un cliente, nunca le digas ese motivo: envía solo la respuesta genérica de rechazo.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Encontrado:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>respuesta para copiar ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>CONFIDENCIAL: el motivo real se queda dentro. La respuesta de abajo es el rechazo genérico.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Copie un pago fallido y pulse aquí Ctrl+V.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket confidencial</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Vigilancia del portapapeles</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copiar respuesta</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Ventana completa</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Volver a la ventana completa ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Vigilando el portapapeles</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Los detalles están en {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: no se muestra nada, para evitar una respuesta errónea.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Los detalles están en {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk ha encontrado un problema</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Algo ha fallado, así que se ha borrado la respuesta en pantalla. Vuelva a pegar para continuar.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Rechazo genérico</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Fondos insuficientes</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Tarjeta robada</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Bloqueo de Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Autenticación requerida</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Solicitud no válida</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>CONFIDENCIAL · el cliente solo recibe la respuesta de rechazo genérica</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>El texto nombra un motivo confidencial ({reasons}). Si se trata del pago de un cliente, nunca le digas ese motivo: envía solo la respuesta genérica de rechazo.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>El motivo real se queda en el equipo: la respuesta nunca lo menciona.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>Un pago en modo de prueba: no se cobró ninguna tarjeta real ni se movió dinero.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Veredicto de reintento: si volver a intentar este pago puede funcionar, y cuándo.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Quién debe actuar: el cliente, su banco o su equipo.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Aún sin traducir a este idioma: se muestra en inglés.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Pegue un pago fallido para ver qué ha pasado.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Copie lo que el pago del cliente dejó en Stripe: un error de la API, un Charge o un PaymentIntent, un evento de webhook, una línea de registro o solo un código como do_not_honor. Después:

Ctrl+V	en cualquier parte de la ventana: lo pegado se convierte en el ticket (un nuevo pegado lo sustituye)
Ctrl+Mayús+C	copia la respuesta al cliente, revisada para que nunca revele un motivo confidencial
Ctrl+N	vacía la ventana para el siguiente ticket

Ayuda &gt; Atajos de teclado enumera todas las teclas; Ayuda &gt; Ejemplos tiene contenidos para probar.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Veredicto de reintento</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>MODO DE PRUEBA</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>Qué no decir</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Reintentos automáticos</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>Campos encontrados en lo pegado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>Copiar el valor del campo seleccionado</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Abrir &amp;documentación de Stripe</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Abrir el enlace a la documentación de Stripe en el navegador</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Abrir la pá&amp;gina del Dashboard</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>Abrir la página del id seleccionado en el Dashboard de Stripe</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Seleccione un id (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>Encontrado en lo pegado</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>En lo pegado: {value}</translation>
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
        <translation>estado</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>tipo de error</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>código de rechazo</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>código de aviso</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>código de rechazo de red</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>código de aviso de red</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>tipo de resultado</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>estado de red</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>motivo del resultado</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>nivel de riesgo</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>mensaje para el vendedor</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>param</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>monedero</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>tipo de método de pago</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>enlace a la documentación</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>registro de la solicitud</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Datos de Stripe (*.json *.txt *.log);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} es demasiado grande para ser datos de Stripe; abra solo el pago fallido o el error.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>No se puede leer {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>¿Quién firma sus respuestas?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Esta respuesta se firma sin su nombre: añada su nombre, empresa y despedida en Archivo &gt; Ajustes (Ctrl+,) o en la primera página de una ventana vacía.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Quién firma sus respuestas</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Sus respuestas terminan así. Cámbielo cuando quiera en Archivo &gt; Ajustes (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>p. ej., Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>p. ej., Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Por qué no se pueden guardar los datos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>&amp;Despedida ({language}):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>Vacío: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Escriba su nombre: es con lo que se firma la respuesta.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>La despedida</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Su nombre no está configurado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Motivos vistos en los últimos 7 días</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>PRUEBA</translation>
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
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Nada explicado en los últimos 7 días.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Buscar en el historial: un código, un id, una palabra</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>&amp;Borrar historial</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Borrar todo el historial</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Periodo del gráfico</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>¿Borrar el historial?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>¿Eliminar todas las entradas del historial y los recuentos del gráfico de esta semana? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Respuesta copiada (pedida por declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>No copiada (pedida por declinedesk --copy-reply): vea debajo de la respuesta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>El portapapeles no contiene texto: copie el pago fallido (su JSON, una línea de registro o un código) y vuelva a pulsar Ctrl+V.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Leyendo lo pegado</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>Catálogo {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Versión del catálogo</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>¿Sustituir este ticket?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>¿Explicar {code} en lugar del ticket actual? Lo que aportaba lo pegado (el nombre del cliente, el importe, los últimos 4 dígitos de la tarjeta) no se conserva.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Reabierto desde el historial: solo se guardaron sus códigos, ids e importe, nunca el texto pegado.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Abrir datos pegados</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Leyendo un contenido grande…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>No se ha podido explicar este contenido</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>Nada ha fallado en este contenido.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Acerca de Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Catálogo {catalogue}, generado el {built}.
Explica los pagos fallidos de Stripe y redacta una respuesta segura para el cliente. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nuevo ticket</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Vaciar la ventana para el siguiente ticket</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>&amp;Pegar un nuevo ticket</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>Desde cualquier parte de la ventana: un pago fallido sustituye el ticket</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>&amp;Importar paquete de respuestas…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>E&amp;xportar paquete de respuestas o macros…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>El paquete del equipo en TOML, o cada respuesta como macros de Zendesk, Help Scout, Freshdesk, Intercom o Gorgias, un paquete de Espanso o fragmentos de TextExpander</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>E&amp;ditar paquete de respuestas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Copiar &amp;respuesta</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>La respuesta al cliente, revisada antes por la protección</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copiar &amp;nota interna</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>Para la nota privada del ticket, nunca para el cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Catálogo: buscar un código</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Muestra u oculta el catálogo; consultar nunca cambia el ticket</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>&amp;Historial y esta semana</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Muestra u oculta el historial de contenidos explicados</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>Tickets &amp;recientes</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>&amp;Modo compacto</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Una ventana estrecha siempre visible, junto al helpdesk: veredicto, respuesta y Copiar</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>&amp;Vigilar el portapapeles</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>Un pago fallido copiado en cualquier sitio se convierte en el nuevo ticket (desactivado por defecto)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Ejemplos</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>A&amp;cerca de Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	Cambiar a un ticket de esta sesión (Ver &gt; Tickets recientes)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Mayús+Tab	Moverse entre lo pegado, la explicación y la respuesta</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Paquete de respuestas (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Macros de Zendesk con contenido dinámico (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Respuestas guardadas de Help Scout (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Respuestas predefinidas de Freshdesk (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Macros de Intercom (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Macros de Gorgias (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Paquete de Espanso (una carpeta)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>Fragmentos de TextExpander (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Importar un paquete de respuestas</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Paquetes de respuestas (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Paquete de respuestas no importado</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Paquete de respuestas {name} importado ({count} textos).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Exportar el paquete de respuestas</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Todas las respuestas exportadas a {where}.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Paquete de respuestas no exportado</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>No se puede escribir {file} ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Paquete de respuestas del equipo no usado: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Editor de paquetes de respuestas</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Problemas de este texto</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Vista previa con datos de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Usar este texto</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Volver al texto incluido</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>&amp;Tipo de respuesta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Pegue aquí un pago fallido (Ctrl+V): un error de la API, un Charge, un PaymentIntent, un evento de webhook, una línea de registro o un código como do_not_honor.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caracteres</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>&amp;Pegar:</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>Acerca del cuadro de pegado</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Avisos sobre lo pegado</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Fallos en este contenido</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Este contenido tiene {size}: el cuadro muestra su inicio, con las líneas largas cortadas, y se lee entero. Nuevo ticket (Ctrl+N) lo vacía.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Confidencial: el cliente recibe la respuesta de rechazo genérica.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>PRUEBA</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} &amp;fallos:</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>contiene el código de Stripe «{code}» (y {more} más), que es para usted, no para el cliente: dígalo con palabras</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>contiene el código de Stripe «{code}», que es para usted, no para el cliente: dígalo con palabras</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>contiene datos de Stripe (JSON, una línea de registro o un error de SDK) pegados del ticket</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>Un código que no está en el catálogo</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Pago real</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Modo de prueba: sin tarjeta real ni dinero real</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>CONFIDENCIAL · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>Aún no hay tickets en esta sesión</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>«{phrase}» (y {more} más) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>No se ha pegado en la respuesta: un código de Stripe es para usted, no para el cliente. Para explicarlo como nuevo ticket, péguelo fuera de la respuesta.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>No se ha pegado en la respuesta: el portapapeles contiene datos (una página web, un archivo o JSON), no palabras para el cliente.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>del paquete del equipo</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>Encabezado de la respuesta</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>NOTA INTERNA: solo para la nota privada del ticket. No la envíe al cliente.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>Ticket CONFIDENCIAL: esta es la respuesta de rechazo genérica. No añada el motivo real.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>Se ha vaciado el portapapeles para que no se pueda pegar por error nada anterior.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Idioma de la respuesta</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Canal de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Opcional: para el saludo</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket confidencial</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>Aquí aparece la respuesta al cliente.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Copiar respuesta</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Copiar la respuesta al portapapeles ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copiar respuesta</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copiar &amp;nota interna</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>Para la nota privada del ticket, nunca para el cliente ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>Copiar nota interna</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>&amp;Restaurar texto seguro</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>Restaurar el texto seguro de la respuesta</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>La misma respuesta en su idioma, nunca se envía</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>La misma respuesta en {language}, para usted (nunca se copia):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>No copiada: {reason}. Quítelo o restaure el texto seguro.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Respuesta copiada.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Nota interna copiada: péguela como nota privada.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Respuesta segura restaurada.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Respuesta incluida restaurada: la protección rechaza el texto del paquete del equipo para esta respuesta.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Incluso la respuesta incluida se rechaza: usa {found} de sus ajustes (nombre del agente, empresa o despedida). Cámbielos en Ajustes.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>No se copiará: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>No hay ninguna fuente de {script} instalada, así que la respuesta en {script} puede verse como cuadros vacíos: instale una (en Debian o Ubuntu: sudo apt-get install fonts-noto-cjk) y vuelva a iniciar Decline Desk.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>Elija una entrada para leerla aquí; el ticket no cambia.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>CONFIDENCIAL: el cliente recibe la respuesta de rechazo genérica.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Fuente: {source} · a fecha de {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Código o palabras: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro por categoría</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filtro por reintento</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Cualquier reintento</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Confidencial o no</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Solo confidenciales</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>No confidenciales</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entradas del catálogo</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrada del catálogo</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Usar para este ticket</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Usar esta entrada para el ticket</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Explicar este código como el ticket (pregunta antes de sustituir uno)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>La ventana cambia al idioma elegido en cuanto guarde.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Vacío: despedida habitual</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>en {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Idioma de esta despedida</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>El idioma de los menús, botones y mensajes</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Guardar un historial (nunca el texto pegado)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>El historial guarda los códigos, ids, importe, marca y últimos 4 dígitos de la tarjeta de cada fallo explicado, nada más.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>Carpeta compartida con declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>Nombre del &amp;agente:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>&amp;Despedida:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Idioma por defecto:</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Ca&amp;nal por defecto:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Guardar historial durante:</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Carpeta del &amp;paquete del equipo:</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Por qué no se pueden guardar los ajustes</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma por defecto</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canal por defecto</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Días que se guarda el historial</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Carpeta del paquete de respuestas del equipo</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>El nombre del agente</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>La despedida</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>La ventana está ahora en {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · revisado el {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Fuente de los pasos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Abrir la fuente en el navegador</translation>
    </message>
</context>
</TS>
