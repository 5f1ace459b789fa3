<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk を起動できません</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>設定と履歴を利用できません</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk は動作しますが、設定と履歴は保存されません。</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>クリップボードの監視</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● クリップボードを監視中</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>どこかでコピーした失敗した支払いが新しいチケットになります（表示 &gt; クリップボードを監視 でオフにできます）。</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>クリップボードから新しいチケットを作成しました。</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Explain failed Stripe payments and write a customer-safe reply. With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.</source>
        <translation>失敗した Stripe の支払いを説明し、顧客に安全な返信を作成します。コマンドなしではウィンドウを開きます。`declinedesk FILE` は FILE を貼り付けた状態で開きます。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>ウィンドウを開き、同梱の例 (または履歴に貼り付けとして記録される FILE) を説明し、一度描画して 0 で終了します (問題があれば 1 行の説明と 0 以外)</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>現在のチケットの安全な返信をクリップボードに入れます (開いているウィンドウから。開いていなければクリップボードを説明し、その安全な返信を入れます)。システムのショートカット用</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>設定と履歴の保存先 (既定: システムのユーザーデータフォルダー、または DECLINEDESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>1 つ以上のコードのカタログ項目を表示します</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>貼り付けた失敗を説明し、顧客への返信を作成します</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>読み込むファイル。`-` または指定なし: 標準入力</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>返信の言語 (既定は en)</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>返信のチャネル</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>単語またはコードからカタログ項目を探します</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>表示する項目数 (既定は 10)</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>カタログのバージョンと件数を表示します</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>出力形式 (既定は text)</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>{code} という名前のカタログ項目はありません。</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} は 20 MB を超えています。失敗した支払いかエラーだけをコピーしてください。</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>{words} に一致するカタログ項目はありません。</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply には FILE も --smoke-test も指定できません。</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>返信、または Zendesk・Help Scout・Freshdesk・Intercom・Gorgias のマクロのエクスポート、Espanso パッケージ、TextExpander の CSV の各テキストに、機密の拒否理由を明かす語がないか確認します</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>ウィンドウと同じガードで返信テキストを確認します。</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>確認するファイル。`-` または指定なし: 標準入力</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>返信の言語。`explain --locale` と同じ (de、pt-BR、zh-Hans など。不明な言語には一覧を返します)。指定しなければ全言語の規則</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>返信パック: `pack check FILE`、`pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>インポートと同じように返信パックを確認し、問題をすべて挙げます</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>インポートと同じように返信パック (.toml) を確認し、問題をすべて挙げます。</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} は 1 MB を超えているので、返信やマクロではありません。</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} は UTF-16 のテキストです。UTF-8 で保存してもう一度確認してください。</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} はバイナリデータで、テキストではありません。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} は UTF-8 のテキストではありません。UTF-8 で保存してもう一度確認してください。</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} は空です。確認する返信がありません。</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line} 行 {column} 列</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}: 送信して問題ありません。</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}: 拒否しました。機密の拒否理由を明かすおそれがあります:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>{name} という名前のファイルはありません。</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}: このパックはインポートされません (問題 {count} 件):</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}: このパックはインポートされません (問題 {count} 件):</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}: 「{pack}」はインポートできます: テキスト {count} 件、問題なし。</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}: {title} のテキスト {texts} 件に問題が {count} 件あります:</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}: {title} のテキスト {texts} 件に問題が {count} 件あります:</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}: {title} のテキスト {texts} 件、問題なし。</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>Zendesk・Help Scout・Freshdesk・Intercom・Gorgias のマクロ (.json)、Espanso パッケージ (.yml)、TextExpander の CSV (.csv) も読み、その中の返信テキストをすべて確認します。</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>組み込みの返信 (またはチームのパックの返信) をヘルプデスクのマクロやスニペットとして書き出します</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>すべての返信クラスを、すべての言語とチャネルで FORMAT として書き出します: zendesk (動的コンテンツを使う Zendesk マクロ、言語ごとに 1 つの変種)、helpscout (Help Scout の保存済み返信)、freshdesk (Freshdesk の定型返信)、intercom (Intercom マクロ)、gorgias (Gorgias マクロ)、espanso (Espanso パッケージ。-o にフォルダーを指定)、textexpander (TextExpander の CSV)、toml (Decline Desk の返信パック)。それぞれ、ツールにあればそのプレースホルダーを使います。</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>%(choices)s のどれか</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>組み込みの文面の代わりに使うチームの返信パック (.toml)</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>書き出し先 (espanso はフォルダー)。既定: 標準出力</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}: このパックはインポートされないため、エクスポートできません:</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>{name} に書き込めません ({reason})。</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>書き出しました: {files}。</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{title} のテキスト {count} 件</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{title} のテキスト {count} 件</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}: 送信して問題ありません ({what})。</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}: 拒否しました。機密の拒否理由を明かすおそれがあります ({what}):</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} を読み込めません ({reason})。</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>何が起きたか:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対応:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>この貼り付けには {count} 件の失敗があります。重要なものから表示します。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>社外秘: このテキストは {reasons} に触れています。お客様の決済に関するものなら、その理由は決して伝えず、一般的な拒否の返信だけを送ってください。</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>見つかった項目:</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>コピーする返信（{channel}、{locale}）</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>機密: 本当の理由は社内に留めてください。下の返信は一般的な拒否の返信です。</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>失敗した支払いをコピーし、ここで Ctrl+V を押してください。</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>機密チケット</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>クリップボードの監視</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>顧客への返信</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>返信をコピー</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>フルウィンドウ(&amp;F)</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>フルウィンドウに戻る ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>コピーの状態</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● クリップボードを監視中</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> 詳細は {path} にあります。</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}: 誤った回答を避けるため、何も表示していません。</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>詳細は {path} にあります。</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk で問題が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>問題が発生したため、画面上の回答を消去しました。続けるにはもう一度貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>一般的な拒否</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>残高不足</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>盗難カード</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Radar によるブロック</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>認証が必要</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>無効なリクエスト</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>機密 · 顧客には一般的な拒否の返信だけが送られます</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>このテキストは社外秘の理由（{reasons}）に触れています。お客様の決済に関するものなら、その理由は決して伝えず、一般的な拒否の返信だけを送ってください。</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>本当の理由はチーム内に留めます。返信では決して触れません。</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>テストモードの支払いです。実際のカードには請求されず、お金も動いていません。</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>再試行の判定: この支払いを再試行して成功する可能性があるか、いつ再試行できるか。</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>対応すべき人: 顧客、顧客の銀行、またはあなたのチーム。</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>まだこの言語に翻訳されていません。英語で表示しています。</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>失敗した支払いを貼り付けると、何が起きたかがわかります。</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>顧客の支払いが Stripe に残したものをコピーしてください: API エラー、Charge または PaymentIntent、Webhook イベント、ログの行、または do_not_honor のようなコードだけでも構いません。そのあと:

Ctrl+V	ウィンドウのどこでも: 貼り付けた内容がチケットになります（新しく貼り付けると置き換わります）
Ctrl+Shift+C	顧客への返信をコピーします。機密の理由を明かさないよう確認済みです
Ctrl+N	次のチケットのためにウィンドウを空にします

ヘルプ &gt; キーボードショートカット にすべてのキーがあります。ヘルプ &gt; 例 で試せる内容を用意しています。</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>再試行の判定</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>対応する人</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>言ってはいけないこと</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>自動再試行</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>補足</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対応方法</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>貼り付けた内容から見つかった項目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>選択した項目の値をコピー</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>Stripe ドキュメントを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>Stripe ドキュメントへのリンクをブラウザで開く</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>ダッシュボードのページを開く(&amp;G)</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>選択した ID のページを Stripe ダッシュボードで開く</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>ID を選択してください (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>貼り付けた内容から見つかったもの</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>貼り付けた内容: {value}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>shape</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>エラーの種類</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>拒否コード</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>アドバイスコード</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>ネットワーク拒否コード</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>ネットワークアドバイスコード</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>結果の種類</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>ネットワークの状態</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>結果の理由</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>販売者へのメッセージ</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>param</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>お支払い方法の種類</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>ドキュメントのリンク</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>リクエストログ</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Stripe のデータ (*.json *.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} は Stripe のデータとしては大きすぎます。失敗した支払いまたはエラーだけを開いてください。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>{file} を読み込めません ({why})。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>返信に署名するのはどなたですか？</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>この返信はあなたの名前なしで署名されています: ファイル &gt; 設定 (Ctrl+,) または空のウィンドウの最初のページで、名前、会社名、結びの言葉を追加してください。</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>返信に署名する人</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>返信はこれらで締めくくられます。ファイル &gt; 設定 (Ctrl+,) でいつでも変更できます。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>結びの言葉</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>例: Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>例: Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>情報を保存できない理由</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>あなたの名前(&amp;Y):</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>会社名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>結びの言葉 ({language})(&amp;S):</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>空欄: {closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>名前を入力してください。返信の署名に使われます。</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>結びの言葉</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>名前が設定されていません</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>過去 7 日間の理由</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>過去 7 日間に説明したものはありません。</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>履歴を検索: コード、ID、単語</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>履歴を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>すべての履歴を消去</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>グラフの期間</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>履歴を消去しますか？</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>履歴のすべての項目と今週のグラフの集計を削除しますか？この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>返信をコピーしました (declinedesk --copy-reply による要求)。</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>コピーしませんでした (declinedesk --copy-reply による要求): 返信の下をご覧ください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>クリップボードにテキストがありません: 失敗した支払い (JSON、ログの行、またはコード) をコピーして、もう一度 Ctrl+V を押してください。</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>貼り付けた内容を読み込み中</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>カタログ {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>カタログのバージョン</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>このチケットを置き換えますか？</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>現在のチケットの代わりに {code} を説明しますか？貼り付けた内容から得た情報 (顧客の名前、金額、カードの下 4 桁) は保持されません。</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>履歴から再度開きました: 保存されているのはコード、ID、金額だけで、貼り付けたテキストは保存されていません。</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>貼り付けたデータを開く</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>大きな内容を読み込み中…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>この内容を説明できませんでした</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>この内容には失敗したものがありません。</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>Decline Desk について</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

カタログ {catalogue}、作成日 {built}。
失敗した Stripe の支払いを説明し、顧客に安全な返信を作成します。オフラインで動作します。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>新しいチケット(&amp;N)</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>次のチケットのためにウィンドウを空にする</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>新しいチケットを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>ウィンドウのどこからでも: 失敗した支払いがチケットを置き換えます</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>返信パックをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>返信パックまたはヘルプデスクのマクロをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>チームのパックを TOML で、またはすべての返信を Zendesk、Help Scout、Freshdesk、Intercom、Gorgias のマクロ、Espanso のパッケージ、TextExpander のスニペットとして</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>返信パックを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>返信をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>顧客への返信。先にガードが確認します</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>社内メモをコピー(&amp;N)</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>チケットの非公開メモ用。顧客には送りません</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>カタログ: コードを検索(&amp;C)</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>カタログを表示または非表示にします。検索してもチケットは変わりません</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>履歴と今週(&amp;H)</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>説明した内容の履歴を表示または非表示にします</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>最近のチケット(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>コンパクトモード(&amp;M)</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>ヘルプデスクの横に最前面で表示する細いウィンドウ: 判定、返信、コピー</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>クリップボードを監視(&amp;W)</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>どこかでコピーした失敗した支払いが新しいチケットになります (既定ではオフ)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>Decline Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	このセッションのチケットに切り替える (表示 &gt; 最近のチケット)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Shift+Tab	貼り付けた内容、説明、返信の間を移動する</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>返信パック (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>動的コンテンツ付きの Zendesk マクロ (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Help Scout の保存済み返信 (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Freshdesk の定型返信 (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Intercom のマクロ (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Gorgias のマクロ (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Espanso のパッケージ (フォルダー)</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>TextExpander のスニペット (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>返信パックをインポート</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>返信パック (*.toml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>返信パックをインポートしませんでした</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>返信パック {name} をインポートしました ({count} 件のテキスト)。</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>返信パックをエクスポート</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>すべての返信を {where} にエクスポートしました。</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>返信パックをエクスポートしませんでした</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>{file} に書き込めません ({why})。</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>チームの返信パックは使用されていません: {problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>返信パックエディター</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>返信のテキスト</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>このテキストの問題</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>サンプルデータでのプレビュー</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>このテキストを使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>付属のテキストに戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>返信の種類(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>チャネル(&amp;H):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>問題はありません。</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>失敗した支払いをここに貼り付けてください (Ctrl+V): API エラー、Charge、PaymentIntent、Webhook イベント、ログの行、または do_not_honor のようなコード。</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 文字</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>貼り付け(&amp;P):</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>貼り付け欄について</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>貼り付けた内容に関する警告</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>この内容に含まれる失敗</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>この内容は {size} あります: 欄には先頭だけを長い行を切って表示し、内容全体を読み込みます。新しいチケット (Ctrl+N) で空になります。</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>機密: 顧客には一般的な拒否の返信が送られます。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>失敗 {count} 件(&amp;F):</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>Stripe のコード「{code}」(ほか {more} 件) が含まれています。これはあなた向けで顧客向けではありません: 言葉で伝えてください</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>Stripe のコード「{code}」が含まれています。これはあなた向けで顧客向けではありません: 言葉で伝えてください</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>チケットから貼り付けた Stripe のデータ (JSON、ログの行、SDK のエラー) が含まれています</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>カタログにないコード</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>本番の支払い</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>テストモード: 実際のカードもお金も使われていません</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>機密 · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>このセッションにはまだチケットがありません</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>「{phrase}」(ほか {more} 件) {why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>返信には貼り付けませんでした: Stripe のコードはあなた向けで、顧客向けではありません。新しいチケットとして説明するには、返信の外に貼り付けてください。</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>返信には貼り付けませんでした: クリップボードの内容はデータ (Web ページ、ファイル、JSON) で、顧客に向けた文章ではありません。</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>顧客への返信</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>チームのパックから</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>返信のヘッダー</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>社内メモ: チケットの非公開メモ専用です。顧客には送らないでください。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>機密チケット: これは一般的な拒否の返信です。本当の理由を書き加えないでください。</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>以前の内容を誤って貼り付けないよう、クリップボードを空にしました。</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>返信の言語</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>返信のチャネル</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>チャネル(&amp;H):</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>顧客の名</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>任意: あいさつ用</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>名(&amp;M):</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>機密チケット</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>顧客への返信</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>顧客への返信がここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>返信をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>返信をクリップボードにコピー ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>返信をコピー</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>社内メモをコピー(&amp;N)</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>チケットの非公開メモ用。顧客には送りません ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>社内メモをコピー</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>安全なテキストに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>返信の安全なテキストに戻す</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>あなたの言語での同じ返信 (送信されません)</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>コピーの状態</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>{language}での同じ返信 (あなた用、コピーされません):</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>コピーしませんでした: {reason}。削除するか、安全なテキストに戻してください。</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>返信をコピーしました。</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>社内メモをコピーしました: 非公開メモとして貼り付けてください。</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>安全な返信に戻しました。</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>付属の返信に戻しました: この返信のチームのパックのテキストはガードに拒否されています。</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>付属の返信も拒否されます: 設定の {found} (担当者名、会社名、結びの言葉) が使われています。設定で変更してください。</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>コピーされません: {why}。</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>{script}のフォントがインストールされていないため、{script}の返信が空の四角で表示される可能性があります: フォントをインストールして (Debian または Ubuntu では sudo apt-get install fonts-noto-cjk)、Decline Desk を再起動してください。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>項目を選ぶとここで読めます。チケットはそのままです。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>機密: 顧客には一般的な拒否の返信が送られます。</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>出典: {source} · {date} 時点</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>コードまたは単語: insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>カタログを検索</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>カテゴリで絞り込み</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>再試行で絞り込み</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>すべての再試行</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>機密かどうかを問わない</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>機密のみ</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>機密以外</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>カタログの項目</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>カタログの項目</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>このチケットに使う(&amp;U)</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>この項目をチケットに使う</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>このコードをチケットとして説明する (置き換える前に確認します)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>保存するとすぐに、ウィンドウが選んだ言語に切り替わります。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>空欄: その言語の通常の結び</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>{language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>この結びの言葉の言語</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>メニュー、ボタン、メッセージの言語</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>履歴を残す (貼り付けたテキストは残しません)</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>履歴には、説明した失敗ごとのコード、ID、金額、カードブランド、下 4 桁だけが保存されます。</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日間</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>declinedesk-replies.toml がある共有フォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>担当者名(&amp;A):</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>会社名(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>結びの言葉(&amp;S):</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>既定の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>既定のチャネル(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>画面の言語(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>履歴の保存期間(&amp;K):</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>チームの返信パックのフォルダー(&amp;P):</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>設定を保存できない理由</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>結びの言葉</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>既定の言語</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>既定のチャネル</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>画面の言語</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>履歴を保存する日数</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>チームの返信パックのフォルダー</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>結びの言葉</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>設定を保存しませんでした</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>ウィンドウは{language}になりました。</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · {date} 確認</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>対応方法の出典</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>出典をブラウザで開く</translation>
    </message>
</context>
</TS>
