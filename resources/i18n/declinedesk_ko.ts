<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>설정과 기록을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk는 작동하지만 설정과 기록을 저장하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>클립보드 감시</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● 클립보드 감시 중</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>어디서든 복사한 실패한 결제가 새 티켓이 됩니다(보기 &gt; 클립보드 감시에서 끌 수 있습니다).</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>클립보드에서 새 티켓을 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Explain failed Stripe payments and write a customer-safe reply. With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.</source>
        <translation>실패한 Stripe 결제를 설명하고 고객에게 안전한 답장을 작성합니다. 명령 없이 실행하면 창을 엽니다. `declinedesk FILE`은 FILE을 붙여 넣은 상태로 창을 엽니다.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>창을 열고 함께 제공된 예 (또는 기록에 붙여넣기로 남는 FILE)를 설명하고 한 번 그린 뒤 0으로 끝냅니다 (문제가 있으면 한 줄 설명과 0이 아닌 값)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>현재 티켓의 안전한 답장을 클립보드에 넣습니다 (열린 창에서 가져옴. 열린 창이 없으면 클립보드를 설명하고 그 안전한 답장을 넣음). 시스템 단축키용</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>설정과 기록을 두는 곳 (기본값: 시스템의 사용자 데이터 폴더 또는 DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>하나 이상의 코드에 대한 카탈로그 항목을 출력합니다</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>붙여 넣은 실패를 설명하고 고객 답장을 작성합니다</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>읽을 파일. `-` 또는 없음: 표준 입력</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>답장 언어 (기본값 en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>답장 채널</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>단어나 코드로 카탈로그 항목을 찾습니다</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>항목 수 (기본값 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>카탈로그 버전과 개수를 출력합니다</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>출력 형식 (기본값 text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>{code}(이)라는 카탈로그 항목이 없습니다.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name}은(는) 20MB보다 큽니다. 실패한 결제나 오류만 복사하십시오.</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>{words}와(과) 일치하는 카탈로그 항목이 없습니다.</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply에는 FILE과 --smoke-test를 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>답장, 또는 Zendesk·Help Scout·Freshdesk·Intercom·Gorgias 매크로 내보내기, Espanso 패키지, TextExpander CSV의 모든 텍스트에서 기밀 거절 사유를 드러내는 말을 검사합니다</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>창과 같은 보호 검사로 답장 텍스트를 검사합니다.</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>검사할 파일. `-` 또는 지정 없음: 표준 입력</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>답장의 언어. `explain --locale`과 같음 (de, pt-BR, zh-Hans 등. 모르는 언어에는 목록으로 답함). 지정하지 않으면 모든 언어의 규칙</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>답장 팩: `pack check FILE`, `pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>가져오기와 똑같이 답장 팩을 검사하고 모든 문제를 나열합니다</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>가져오기와 똑같이 답장 팩(.toml)을 검사하고 모든 문제를 나열합니다.</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name}은(는) 1MB보다 커서 답장이나 매크로가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name}은(는) UTF-16 텍스트입니다. UTF-8로 저장한 뒤 다시 검사하십시오.</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name}은(는) 텍스트가 아니라 바이너리 데이터입니다.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name}은(는) UTF-8 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 검사하십시오.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name}이(가) 비어 있습니다. 검사할 답장이 없습니다.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line}행 {column}열</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: 보내도 안전합니다.</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: 거부했습니다. 기밀 거절 사유를 드러낼 수 있습니다:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name}은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>{name}(이)라는 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: 이 팩은 가져오지 못합니다 (문제 {count}개):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: 이 팩은 가져오지 못합니다 (문제 {count}개):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: &apos;{pack}&apos;을(를) 가져올 수 있습니다: 텍스트 {count}개, 문제 없음.</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {title}의 텍스트 {texts}개에 문제가 {count}개 있습니다:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {title}의 텍스트 {texts}개에 문제가 {count}개 있습니다:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {title}의 텍스트 {texts}개, 문제 없음.</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Zendesk·Help Scout·Freshdesk·Intercom·Gorgias 매크로(.json), Espanso 패키지(.yml), TextExpander CSV(.csv)도 읽고 그 안의 모든 답장 텍스트를 검사합니다.</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>기본 답장(또는 팀 팩의 답장)을 헬프데스크 매크로나 스니펫으로 씁니다</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>모든 답장 클래스를 모든 언어와 채널로 FORMAT 형식으로 씁니다: zendesk (동적 콘텐츠를 쓰는 Zendesk 매크로, 언어마다 변형 하나), helpscout (Help Scout 저장된 답장), freshdesk (Freshdesk 미리 준비된 답변), intercom (Intercom 매크로), gorgias (Gorgias 매크로), espanso (Espanso 패키지. -o에 폴더를 지정), textexpander (TextExpander CSV), toml (Decline Desk 답장 팩). 각 형식은 도구에 자체 자리표시자가 있으면 그것을 씁니다.</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>%(choices)s 중 하나</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>기본 문구 대신 쓸 팀 답장 팩(.toml)</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>쓸 위치 (espanso는 폴더). 기본값: 표준 출력</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: 이 팩은 가져오지 못하므로 내보낼 수 없습니다:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name}에 쓸 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>썼습니다: {files}.</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{title}의 텍스트 {count}개</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{title}의 텍스트 {count}개</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: 보내도 안전합니다 ({what}).</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: 거부했습니다. 기밀 거절 사유를 드러낼 수 있습니다 ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name}을(를) 읽을 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>판정:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>무슨 일이 있었나:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>할 일:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>이 붙여 넣기에 실패가 {count}건 있습니다. 가장 중요한 것부터 보여 줍니다.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>기밀: 이 텍스트는 {reasons}을(를) 언급합니다. 고객의 결제에 관한 것이라면 그 사유를 절대 알리지 말고 일반 거절 답장만 보내세요.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>찾은 항목:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>복사할 답변({channel}, {locale})</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>기밀: 실제 사유는 내부에만 둡니다. 아래 답장은 일반 거절 답장입니다.</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>실패한 결제를 복사한 뒤 여기에서 Ctrl+V를 누르십시오.</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>기밀 티켓</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>클립보드 감시</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>고객 답장</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>답장 복사</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>전체 창(&amp;F)</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>전체 창으로 돌아가기 ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>복사 상태</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● 클립보드 감시 중</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> 자세한 내용은 {path}에 있습니다.</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: 잘못된 답을 피하기 위해 아무것도 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>자세한 내용은 {path}에 있습니다.</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk에 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>문제가 발생하여 화면의 답을 지웠습니다. 계속하려면 다시 붙여 넣으십시오.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>일반 거절</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>잔액 부족</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>도난 카드</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Radar 차단</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>인증 필요</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>잘못된 요청</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>기밀 · 고객은 일반 거절 답장만 받습니다</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>이 텍스트는 기밀 사유({reasons})를 언급합니다. 고객의 결제에 관한 것이라면 그 사유를 절대 알리지 말고 일반 거절 답장만 보내세요.</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>실제 사유는 팀 안에서만 공유하며 답장에는 절대 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>테스트 모드 결제입니다. 실제 카드에 청구되지 않았고 돈도 이동하지 않았습니다.</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>재시도 판정: 이 결제를 다시 시도해 성공할 수 있는지, 언제 가능한지.</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>조치할 주체: 고객, 고객의 은행 또는 귀하의 팀.</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>아직 이 언어로 번역되지 않아 영어로 표시합니다.</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>실패한 결제를 붙여 넣으면 무슨 일이 있었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>고객의 결제가 Stripe에 남긴 내용을 복사하십시오: API 오류, Charge 또는 PaymentIntent, 웹훅 이벤트, 로그 줄, 또는 do_not_honor 같은 코드만이라도 됩니다. 그다음:

Ctrl+V	창의 어디에서나: 붙여 넣은 내용이 티켓이 됩니다(새로 붙여 넣으면 바뀝니다)
Ctrl+Shift+C	고객 답장을 복사합니다. 기밀 사유를 드러내지 않도록 확인된 답장입니다
Ctrl+N	다음 티켓을 위해 창을 비웁니다

도움말 &gt; 바로 가기 키에 모든 키가 있고, 도움말 &gt; 예제에 시험해 볼 내용이 있습니다.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>재시도 판정</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>조치할 사람</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>기밀</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>테스트 모드</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>테스트 모드</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>말하면 안 되는 것</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>자동 재시도</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>무슨 일이 있었나</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>붙여 넣은 내용에서 찾은 필드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>값 복사(&amp;V)</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>선택한 필드 값 복사</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Stripe 문서 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Stripe 문서 링크를 브라우저에서 열기</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>대시보드 페이지 열기(&amp;G)</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>선택한 ID의 페이지를 Stripe 대시보드에서 열기</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>ID를 선택하십시오 (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>붙여 넣은 내용에서 찾은 것</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>붙여 넣은 내용: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>형태</translation>
    </message>
    <message>
        <source>event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>오류 유형</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>거절 코드</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>권고 코드</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>네트워크 거절 코드</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>네트워크 권고 코드</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>결과 유형</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>네트워크 상태</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>결과 사유</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>위험 수준</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>판매자 메시지</translation>
    </message>
    <message>
        <source>message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>param</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>지갑</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>결제 수단 유형</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>문서 링크</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>요청 로그</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Stripe 데이터 (*.json *.txt *.log);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file}은(는) Stripe 데이터라기에는 너무 큽니다. 실패한 결제나 오류만 여십시오.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>{file}을(를) 읽을 수 없습니다 ({why}).</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>답장에 누가 서명합니까?</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>이 답장은 이름 없이 서명되었습니다: 파일 &gt; 설정(Ctrl+,) 또는 빈 창의 첫 페이지에서 이름, 회사, 맺음말을 추가하십시오.</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>답장에 서명하는 사람</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>답장은 이 내용으로 끝납니다. 파일 &gt; 설정(Ctrl+,)에서 언제든지 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>맺음말</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>예: Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>예: Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>정보를 저장할 수 없는 이유</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>이름(&amp;Y):</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>회사(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>맺음말 ({language})(&amp;S):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>비어 있음: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>이름을 입력하십시오. 답장의 서명에 쓰입니다.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>맺음말</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>이름이 설정되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>최근 7일간의 사유</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>기밀</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}~{end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>최근 7일간 설명한 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>기록 검색: 코드, ID, 단어</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>기록 검색</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>기록 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>모든 기록 지우기</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>차트 기간</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>기록을 지우시겠습니까?</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>모든 기록 항목과 이번 주 차트의 집계를 삭제하시겠습니까? 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>답장을 복사했습니다 (declinedesk --copy-reply 요청).</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>복사하지 않았습니다 (declinedesk --copy-reply 요청): 답장 아래를 보십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>클립보드에 텍스트가 없습니다: 실패한 결제(JSON, 로그 줄 또는 코드)를 복사한 뒤 Ctrl+V를 다시 누르십시오.</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>붙여 넣은 내용을 읽는 중</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>카탈로그 {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>카탈로그 버전</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>이 티켓을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>현재 티켓 대신 {code}을(를) 설명하시겠습니까? 붙여 넣은 내용에서 얻은 정보(고객 이름, 금액, 카드 끝 4자리)는 유지되지 않습니다.</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>기록에서 다시 열었습니다: 코드, ID, 금액만 저장되었고 붙여 넣은 텍스트는 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>붙여 넣은 데이터 열기</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>큰 내용을 읽는 중…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>이 내용을 설명할 수 없습니다</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>이 내용에는 실패한 것이 없습니다.</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Decline Desk 정보</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

카탈로그 {catalogue}, {built}에 빌드됨.
실패한 Stripe 결제를 설명하고 고객에게 안전한 답장을 작성합니다. 오프라인으로 작동합니다.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>새 티켓(&amp;N)</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>다음 티켓을 위해 창 비우기</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>새 티켓 붙여 넣기(&amp;P)</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>창의 어디에서나: 실패한 결제가 티켓을 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>답장 팩 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>답장 팩 또는 헬프데스크 매크로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>팀 팩을 TOML로, 또는 모든 답장을 Zendesk, Help Scout, Freshdesk, Intercom, Gorgias 매크로, Espanso 패키지, TextExpander 스니펫으로</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>답장 팩 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>답장 복사(&amp;R)</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>고객 답장. 먼저 보호 기능이 확인합니다</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>내부 메모 복사(&amp;N)</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>티켓의 비공개 메모용이며 고객용이 아닙니다</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>카탈로그: 코드 찾기(&amp;C)</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>카탈로그를 보이거나 숨깁니다. 찾아보기는 티켓을 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>기록과 이번 주(&amp;H)</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>설명한 내용의 기록을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>최근 티켓(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>간단히 보기(&amp;M)</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>헬프데스크 옆에 항상 위에 표시되는 좁은 창: 판정, 답장, 복사</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>클립보드 감시(&amp;W)</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>어디서든 복사한 실패한 결제가 새 티켓이 됩니다(기본값은 꺼짐)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>예제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>Decline Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	이번 세션의 티켓으로 전환 (보기 &gt; 최근 티켓)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Shift+Tab	붙여 넣은 내용, 설명, 답장 사이를 이동</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>답장 팩 (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>동적 콘텐츠가 있는 Zendesk 매크로 (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Help Scout 저장된 답장 (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Freshdesk 미리 준비된 답변 (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Intercom 매크로 (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Gorgias 매크로 (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Espanso 패키지 (폴더)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>TextExpander 스니펫 (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>답장 팩 가져오기</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>답장 팩 (*.toml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>답장 팩을 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>답장 팩 {name}을(를) 가져왔습니다 (텍스트 {count}개).</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>답장 팩 내보내기</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>모든 답장을 {where}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>답장 팩을 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>{file}에 쓸 수 없습니다 ({why}).</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>팀 답장 팩을 사용하지 않음: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>답장 팩 편집기</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>답장 텍스트</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>이 텍스트의 문제</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>예제 데이터로 미리 보기</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>이 텍스트 사용(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>기본 제공 텍스트로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>답장 종류(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>채널(&amp;H):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>문제가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>실패한 결제를 여기에 붙여 넣으십시오 (Ctrl+V): API 오류, Charge, PaymentIntent, 웹훅 이벤트, 로그 줄, 또는 do_not_honor 같은 코드.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count}자</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여 넣기</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>붙여 넣기(&amp;P):</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>붙여 넣기 상자 정보</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>붙여 넣은 내용에 대한 경고</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>이 내용의 실패</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>이 내용은 {size}입니다: 상자에는 앞부분만 긴 줄을 잘라 표시하고, 내용 전체를 읽습니다. 새 티켓(Ctrl+N)으로 비웁니다.</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>기밀: 고객은 일반 거절 답장을 받습니다.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>기밀</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>실패 {count}건(&amp;F):</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>Stripe 코드 “{code}”(외 {more}개)가 들어 있습니다. 이 코드는 고객이 아니라 상담원을 위한 것입니다: 말로 풀어 쓰십시오</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>Stripe 코드 “{code}”가 들어 있습니다. 이 코드는 고객이 아니라 상담원을 위한 것입니다: 말로 풀어 쓰십시오</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>티켓에서 붙여 넣은 Stripe 데이터(JSON, 로그 줄 또는 SDK 오류)가 들어 있습니다</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>카탈로그에 없는 코드</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>실제 결제</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>테스트 모드: 실제 카드도, 실제 돈도 아닙니다</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>기밀 · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>이번 세션에 아직 티켓이 없습니다</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>“{phrase}”(외 {more}개) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>답장에 붙여 넣지 않았습니다: Stripe 코드는 고객이 아니라 상담원을 위한 것입니다. 새 티켓으로 설명하려면 답장 밖에 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>답장에 붙여 넣지 않았습니다: 클립보드에 고객을 위한 글이 아니라 데이터(웹 페이지, 파일 또는 JSON)가 있습니다.</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>고객 답장</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>팀 팩에서</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>답장 머리글</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>내부 메모: 티켓의 비공개 메모 전용입니다. 고객에게 보내지 마십시오.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>기밀 티켓: 일반 거절 답장입니다. 실제 사유를 덧붙이지 마십시오.</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>이전 내용이 실수로 붙여 넣어지지 않도록 클립보드를 비웠습니다.</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>답장 언어</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>답장 채널</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>채널(&amp;H):</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>선택 사항: 인사말용</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>기밀 티켓</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>고객 답장</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>고객 답장이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>답장 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>답장을 클립보드에 복사 ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>답장 복사</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>내부 메모 복사(&amp;N)</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>티켓의 비공개 메모용이며 고객용이 아닙니다 ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>내부 메모 복사</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>안전한 텍스트 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>안전한 답장 텍스트 복원</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>사용자 언어로 된 같은 답장, 보내지 않음</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>복사 상태</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>{language}로 된 같은 답장, 상담원용 (복사되지 않음):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>복사하지 않았습니다: {reason}. 삭제하거나 안전한 텍스트를 복원하십시오.</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>답장을 복사했습니다.</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>내부 메모를 복사했습니다: 비공개 메모로 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>안전한 답장을 복원했습니다.</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>기본 제공 답장을 복원했습니다: 이 답장에 대한 팀 팩의 텍스트는 보호 기능이 거부합니다.</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>기본 제공 답장도 거부됩니다: 설정의 {found}(상담원 이름, 회사 또는 맺음말)을(를) 사용합니다. 설정에서 바꾸십시오.</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>복사되지 않습니다: {why}.</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>{script} 글꼴이 설치되어 있지 않아 {script} 답장이 빈 네모로 보일 수 있습니다: 글꼴을 설치한 뒤(Debian 또는 Ubuntu: sudo apt-get install fonts-noto-cjk) Decline Desk를 다시 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>항목을 선택하면 여기에서 읽을 수 있습니다. 티켓은 그대로입니다.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>기밀: 고객은 일반 거절 답장을 받습니다.</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>출처: {source} · {date} 기준</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>코드 또는 단어: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>카탈로그 검색</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>찾기(&amp;F):</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>종류 필터</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>범주 필터</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 범주</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>재시도 필터</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>모든 재시도</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>기밀</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>기밀 여부 무관</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>기밀만</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>기밀 아님</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>카탈로그 항목</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>카탈로그 항목</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>이 티켓에 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>이 항목을 티켓에 사용</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>이 코드를 티켓으로 설명 (바꾸기 전에 묻습니다)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>저장하면 바로 창이 선택한 언어로 바뀝니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>비어 있음: 해당 언어의 일반적인 맺음말</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>{language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>이 맺음말의 언어</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템과 같게</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>메뉴, 버튼, 메시지의 언어</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>기록 보관 (붙여 넣은 텍스트는 보관하지 않음)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>기록에는 설명한 실패마다 코드, ID, 금액, 카드 브랜드와 끝 4자리만 보관합니다.</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>declinedesk-replies.toml이 있는 공유 폴더</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>상담원 이름(&amp;A):</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>회사(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>맺음말(&amp;S):</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>기본 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>기본 채널(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>화면 언어(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>기록 보관 기간(&amp;K):</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>팀 답장 팩 폴더(&amp;P):</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>설정을 저장할 수 없는 이유</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>상담원 이름</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>맺음말</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>기본 언어</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>기본 채널</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>기록 보관 일수</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>팀 답장 팩 폴더</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>상담원 이름</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>맺음말</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>설정을 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>이제 창이 {language}(으)로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · {date} 확인</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>할 일의 출처</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>출처를 브라우저에서 열기</translation>
    </message>
</context>
</TS>
