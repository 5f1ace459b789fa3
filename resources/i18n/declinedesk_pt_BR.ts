<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>O Decline Desk não consegue iniciar</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>Configurações e histórico indisponíveis</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>O Decline Desk funciona, mas não guarda configurações nem histórico.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>Monitoramento da área de transferência</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Monitorando a área de transferência</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>Um pagamento com falha copiado em qualquer lugar vira o novo ticket (Exibir &gt; Monitorar a área de transferência desativa isso).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>Novo ticket da área de transferência.</translation>
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
        <translation>Explica pagamentos do Stripe que falharam e escreve uma resposta segura para o cliente. Sem comando, abre a janela; `declinedesk FILE` a abre com FILE colado.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar a versão e sair</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>abrir a janela, explicar um exemplo incluído (ou FILE, salvo no histórico como uma colagem), desenhar uma vez e sair com 0 (diferente de 0 e uma linha se algo falhar)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>colocar na área de transferência a resposta segura do ticket atual (pedida à janela aberta; sem janela, explica a área de transferência e coloca lá a resposta segura); para um atalho do sistema</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>onde ficam as configurações e o histórico (padrão: a pasta de dados do usuário do sistema, ou DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>mostra as entradas do catálogo de um ou mais códigos</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>explica as falhas coladas e escreve a resposta ao cliente</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>arquivos a ler; `-` ou nenhum: entrada padrão</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>idioma da resposta (padrão en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>canal da resposta</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>procura entradas do catálogo por palavras ou um código</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>quantas entradas (padrão 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>mostra a versão e as contagens do catálogo</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>formato de saída (padrão text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>Nenhuma entrada do catálogo se chama {code}.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} tem mais de 20 MB: copie só o pagamento que falhou ou o erro.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>Nada no catálogo corresponde a {words}.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply não aceita FILE nem --smoke-test.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>verificar uma resposta, ou cada texto de uma exportação de macros do Zendesk, Help Scout, Freshdesk, Intercom ou Gorgias, de um pacote do Espanso ou de um CSV do TextExpander, procurando palavras que revelem um motivo de recusa confidencial</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>Verifica o texto de uma resposta com a proteção da janela.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>arquivos a verificar; `-` ou nenhum: entrada padrão</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>o idioma da resposta, como em `explain --locale` (de, pt-BR, zh-Hans...; um desconhecido recebe a lista); sem ele, as regras de todos os idiomas</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>pacotes de respostas: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>verificar um pacote de respostas como uma importação, listando cada problema</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>Verifica um pacote de respostas (.toml) como uma importação e lista cada problema.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} tem mais de 1 MB, então não é uma resposta nem uma macro.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} é texto UTF-16; salve-o como UTF-8 e verifique de novo.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} são dados binários, não texto.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} não é texto UTF-8; salve-o como UTF-8 e verifique de novo.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} está vazio: não há resposta para verificar.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: pode ser enviado.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: recusado, pode revelar um motivo de recusa confidencial:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>Não há nenhum arquivo chamado {name}.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: o pacote não seria importado ({count} problema):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: o pacote não seria importado ({count} problemas):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: “{pack}” pode ser importado: {count} textos, nenhum problema.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {count} problema em {texts} textos de {title}:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {count} problemas em {texts} textos de {title}:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {texts} textos de {title}, nenhum problema.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Também são lidas macros do Zendesk, Help Scout, Freshdesk, Intercom e Gorgias (.json), um pacote do Espanso (.yml) e um CSV do TextExpander (.csv), cada texto de resposta neles.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>gravar as respostas embutidas (ou as de um pacote da equipe) como macros ou trechos de helpdesk</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>Grava cada classe de resposta em cada idioma e canal como FORMAT: zendesk (macros do Zendesk com conteúdo dinâmico, uma variante por idioma), helpscout (respostas salvas do Help Scout), freshdesk (respostas prontas do Freshdesk), intercom (macros do Intercom), gorgias (macros do Gorgias), espanso (um pacote do Espanso: dê uma pasta a -o), textexpander (um CSV do TextExpander) ou toml (um pacote de respostas do Decline Desk). Cada um usa os marcadores próprios da ferramenta quando ela os tem.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>um de %(choices)s</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>um pacote de respostas da equipe (.toml) cujo texto substitui o embutido</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>onde gravar (uma pasta para espanso); padrão: saída padrão</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: o pacote não pode ser exportado, ele não seria importado:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>Não é possível gravar {name} ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Gravado: {files}.</translation>
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
        <translation>{name}: pode ser enviado ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: recusado, pode revelar um motivo de recusa confidencial ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Não é possível ler {name} ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredito:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>O que aconteceu:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>O que fazer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>{count} falhas neste texto colado; a mais relevante primeiro.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>CONFIDENCIAL: o texto cita {reasons}. Se for sobre o pagamento de um cliente, nunca diga esse motivo a ele: envie só a resposta genérica de recusa.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Encontrado:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>resposta para copiar ({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>CONFIDENCIAL: o motivo real fica aqui dentro. A resposta abaixo é a recusa genérica.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>Copie um pagamento com falha e pressione Ctrl+V aqui.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket confidencial</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>Monitoramento da área de transferência</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Resposta ao cliente</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copiar resposta</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Janela inteira</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>Voltar para a janela inteira ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Status da cópia</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● Monitorando a área de transferência</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Os detalhes estão em {path}.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: nada é exibido, para evitar uma resposta errada.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Os detalhes estão em {path}.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>O Decline Desk encontrou um problema</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>Algo deu errado, então a resposta na tela foi apagada. Cole de novo para continuar.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>Recusa genérica</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Saldo insuficiente</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>Cartão roubado</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Bloqueio do Radar</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Autenticação necessária</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Solicitação inválida</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>CONFIDENCIAL · o cliente recebe apenas a resposta de recusa genérica</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>O texto cita um motivo confidencial ({reasons}). Se for sobre o pagamento de um cliente, nunca diga esse motivo a ele: envie só a resposta genérica de recusa.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>O motivo real fica dentro da equipe: a resposta nunca o menciona.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>Um pagamento em modo de teste: nenhum cartão real foi cobrado e nenhum dinheiro foi movimentado.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>Veredito de nova tentativa: se tentar este pagamento de novo pode dar certo, e quando.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>Quem deve agir: o cliente, o banco dele ou sua equipe.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>Ainda não traduzido para este idioma: mostrado em inglês.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>Cole um pagamento com falha para ver o que aconteceu.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>Copie o que o pagamento do cliente deixou no Stripe: um erro de API, uma Charge ou um PaymentIntent, um evento de webhook, uma linha de log ou só um código como do_not_honor. Depois:

Ctrl+V	em qualquer lugar da janela: o conteúdo colado vira o ticket (uma nova colagem o substitui)
Ctrl+Shift+C	copia a resposta ao cliente, verificada para nunca revelar um motivo confidencial
Ctrl+N	esvazia a janela para o próximo ticket

Ajuda &gt; Atalhos de teclado lista todas as teclas; Ajuda &gt; Exemplos traz conteúdos para testar.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>Veredito sobre nova tentativa</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Quem deve agir</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo de teste</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>MODO DE TESTE</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>O que não dizer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>Novas tentativas automáticas</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>Campos encontrados no conteúdo colado</translation>
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
        <translation>Copiar o valor do campo selecionado</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Abrir &amp;documentação do Stripe</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Abrir o link da documentação do Stripe no navegador</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>Abrir a pá&amp;gina do Dashboard</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>Abrir a página do id selecionado no Dashboard do Stripe</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>Selecione um id (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>Encontrado no conteúdo colado</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>No conteúdo colado: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>tipo de erro</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>código de recusa</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>código de orientação</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>código de recusa da rede</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>código de orientação da rede</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>tipo de resultado</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>status da rede</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>motivo do resultado</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>nível de risco</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>mensagem ao vendedor</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensagem</translation>
    </message>
    <message>
        <source>param</source>
        <translation>parâmetro</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>card</source>
        <translation>cartão</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>carteira digital</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>tipo de forma de pagamento</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>link da documentação</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>registro da solicitação</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Dados do Stripe (*.json *.txt *.log);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} é grande demais para ser dados do Stripe; abra só o pagamento com falha ou o erro.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>Não é possível ler {file} ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>Quem assina suas respostas?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>Esta resposta está assinada sem o seu nome: adicione seu nome, empresa e despedida em Arquivo &gt; Configurações (Ctrl+,) ou na primeira página de uma janela vazia.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>Quem assina suas respostas</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>Suas respostas terminam com isto. Altere quando quiser em Arquivo &gt; Configurações (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
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
        <translation>ex.: Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>ex.: Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>Por que os dados não podem ser salvos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Seu nome:</translation>
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
        <translation>Vazio: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>Digite seu nome: é com ele que a resposta é assinada.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>A empresa</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>A despedida</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Seu nome não está definido</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>Motivos vistos nos últimos 7 dias</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TESTE</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>Nada explicado nos últimos 7 dias.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>Pesquisar no histórico: um código, um id, uma palavra</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>&amp;Limpar histórico</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>Limpar todo o histórico</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>Período do gráfico</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Limpar o histórico?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>Excluir todas as entradas do histórico e as contagens do gráfico desta semana? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>Resposta copiada (pedida por declinedesk --copy-reply).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>Não copiada (pedida por declinedesk --copy-reply): veja abaixo da resposta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>A área de transferência não tem texto: copie o pagamento com falha (o JSON, uma linha de log ou um código) e pressione Ctrl+V de novo.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>Lendo o conteúdo colado</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>Catálogo {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Versão do catálogo</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>Substituir este ticket?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>Explicar {code} em vez do ticket atual? O que o conteúdo colado trazia (o nome do cliente, o valor, os 4 últimos dígitos do cartão) não é mantido.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>Reaberto do histórico: só os códigos, ids e valor foram guardados, nunca o texto colado.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>Abrir dados colados</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>Lendo um conteúdo grande…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>Não foi possível explicar este conteúdo</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>Nada falhou neste conteúdo.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Sobre o Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

Catálogo {catalogue}, gerado em {built}.
Explica pagamentos com falha no Stripe e escreve uma resposta segura para o cliente. Funciona offline.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Novo ticket</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>Esvaziar a janela para o próximo ticket</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>&amp;Colar um novo ticket</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>De qualquer lugar da janela: um pagamento com falha substitui o ticket</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>&amp;Importar pacote de respostas…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>E&amp;xportar pacote de respostas ou macros…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>O pacote da equipe em TOML, ou cada resposta como macros do Zendesk, Help Scout, Freshdesk, Intercom ou Gorgias, um pacote do Espanso ou snippets do TextExpander</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>Editar &amp;pacote de respostas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Copiar &amp;resposta</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>A resposta ao cliente, verificada antes pela proteção</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copiar &amp;nota interna</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>Para a nota privada do ticket, nunca para o cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>&amp;Catálogo: encontrar um código</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>Mostra ou oculta o catálogo; consultar nunca altera o ticket</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>&amp;Histórico e esta semana</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>Mostra ou oculta o histórico de conteúdos explicados</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>Tickets &amp;recentes</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>Modo co&amp;mpacto</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>Uma janela estreita sempre no topo, ao lado do helpdesk: veredito, resposta e Copiar</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>Moni&amp;torar a área de transferência</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>Um pagamento com falha copiado em qualquer lugar vira o novo ticket (desativado por padrão)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exemplos</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>&amp;Sobre o Decline Desk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	Ir para um ticket desta sessão (Exibir &gt; Tickets recentes)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Shift+Tab	Alternar entre o conteúdo colado, a explicação e a resposta</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>Pacote de respostas (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>Macros do Zendesk com conteúdo dinâmico (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Respostas salvas do Help Scout (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Respostas prontas do Freshdesk (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Macros do Intercom (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Macros do Gorgias (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Pacote do Espanso (uma pasta)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>Snippets do TextExpander (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>Importar um pacote de respostas</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>Pacotes de respostas (*.toml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>Pacote de respostas não importado</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>Pacote de respostas {name} importado ({count} textos).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>Exportar o pacote de respostas</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>Todas as respostas exportadas para {where}.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>Pacote de respostas não exportado</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>Não é possível gravar {file} ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>Pacote de respostas da equipe não usado: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>Editor de pacote de respostas</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto da resposta</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>Problemas neste texto</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>Prévia com dados de exemplo</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Usar este texto</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>&amp;Voltar ao texto original</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>&amp;Tipo de resposta:</translation>
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
        <translation>Prévia:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Nenhum problema.</translation>
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
        <translation>Histórico</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>Cole aqui um pagamento com falha (Ctrl+V): um erro de API, uma Charge, um PaymentIntent, um evento de webhook, uma linha de log ou um código como do_not_honor.</translation>
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
        <translation>Colar</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>&amp;Colar:</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>Sobre a caixa de colagem</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>Avisos sobre o conteúdo colado</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>Falhas neste conteúdo</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>Este conteúdo tem {size}: a caixa mostra o início, com as linhas longas cortadas, e tudo é lido. Novo ticket (Ctrl+N) a esvazia.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>Confidencial: o cliente recebe a resposta de recusa genérica.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TESTE</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} &amp;falhas:</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>contém o código do Stripe “{code}” (e mais {more}), que é para você, não para o cliente: diga isso com palavras</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>contém o código do Stripe “{code}”, que é para você, não para o cliente: diga isso com palavras</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>contém dados do Stripe (JSON, uma linha de log ou um erro de SDK) colados do ticket</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>Um código que não está no catálogo</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>Pagamento real</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>Modo de teste: nenhum cartão real, nenhum dinheiro real</translation>
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
        <translation>Ainda não há tickets nesta sessão</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>“{phrase}” (e mais {more}) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>Não colado na resposta: um código do Stripe é para você, não para o cliente. Para explicá-lo como novo ticket, cole-o fora da resposta.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>Não colado na resposta: a área de transferência contém dados (uma página web, um arquivo ou JSON), não palavras para o cliente.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>Resposta ao cliente</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>do pacote da equipe</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>Cabeçalho da resposta</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>NOTA INTERNA: apenas para a nota privada do ticket. Não envie ao cliente.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>Ticket CONFIDENCIAL: esta é a resposta de recusa genérica. Não acrescente o motivo real.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>A área de transferência foi esvaziada, para que nada de antes seja colado por engano.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Idioma da resposta</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Canal da resposta</translation>
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
        <translation>Primeiro nome do cliente</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>Opcional: para a saudação</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>Ticket confidencial</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Resposta ao cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>A resposta ao cliente aparece aqui.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Copiar resposta</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>Copiar a resposta para a área de transferência ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copiar resposta</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>Copiar &amp;nota interna</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>Para a nota privada do ticket, nunca para o cliente ({keys})</translation>
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
        <translation>Restaurar o texto seguro da resposta</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>A mesma resposta no seu idioma, nunca enviada</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Status da cópia</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>A mesma resposta em {language}, para você (nunca copiada):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>Não copiada: {reason}. Remova isso ou restaure o texto seguro.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>Resposta copiada.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>Nota interna copiada: cole-a como nota privada.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>Resposta segura restaurada.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>Resposta original restaurada: a proteção recusa o texto do pacote da equipe para esta resposta.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>Até a resposta original é recusada: ela usa {found} das suas configurações (nome do agente, empresa ou despedida). Altere-os em Configurações.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>Não será copiada: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>japonês</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinês</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>Nenhuma fonte de {script} está instalada, então a resposta em {script} pode aparecer como quadrados vazios: instale uma (no Debian ou Ubuntu: sudo apt-get install fonts-noto-cjk) e abra o Decline Desk de novo.</translation>
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
        <translation>Escolha uma entrada para lê-la aqui; o ticket continua como está.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>CONFIDENCIAL: o cliente recebe a resposta de recusa genérica.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>Fonte: {source} · atualizado em {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>Código ou palavras: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Pesquisar no catálogo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro por categoria</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Qualquer categoria</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>Filtro por nova tentativa</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>Qualquer nova tentativa</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>Confidencial ou não</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>Só confidenciais</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>Não confidenciais</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entradas do catálogo</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrada do catálogo</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Usar neste ticket</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>Usar esta entrada no ticket</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>Explicar este código como o ticket (pergunta antes de substituir um)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>A janela muda para o idioma escolhido assim que você salvar.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>Vazio: despedida habitual</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>em {language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>Idioma desta despedida</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>O idioma dos menus, botões e mensagens</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>Manter um histórico (nunca o texto colado)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>O histórico guarda os códigos, ids, valor, bandeira e 4 últimos dígitos do cartão de cada falha explicada, e nada mais.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>Pasta compartilhada com declinedesk-replies.toml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>Nome do &amp;agente:</translation>
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
        <translation>&amp;Idioma padrão:</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>Ca&amp;nal padrão:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Idioma da &amp;interface:</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Manter histórico por:</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>Pasta do &amp;pacote da equipe:</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Por que as configurações não podem ser salvas</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nome do agente</translation>
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
        <translation>Idioma padrão</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canal padrão</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>Dias para manter o histórico</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>Pasta do pacote de respostas da equipe</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>O nome do agente</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>A empresa</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>A despedida</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>A janela agora está em {language}.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · verificado em {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>Fonte dos passos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Abrir a fonte no navegador</translation>
    </message>
</context>
</TS>
