<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Decline Desk cannot start</source>
        <translation>Decline Desk 无法启动</translation>
    </message>
    <message>
        <source>Settings and history unavailable</source>
        <translation>设置和历史记录不可用</translation>
    </message>
    <message>
        <source>Decline Desk works, but keeps no settings or history.</source>
        <translation>Decline Desk 可以使用，但不会保存设置和历史记录。</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Clipboard watch</source>
        <translation>监视剪贴板</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● 正在监视剪贴板</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (View &gt; Watch the clipboard turns it off).</source>
        <translation>在任何地方复制的失败付款都会成为新工单（视图 &gt; 监视剪贴板 可将其关闭）。</translation>
    </message>
    <message>
        <source>New ticket from the clipboard.</source>
        <translation>已从剪贴板创建新工单。</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Explain failed Stripe payments and write a customer-safe reply. With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.</source>
        <translation>解释失败的 Stripe 付款，并撰写对客户安全的回复。不带命令时打开窗口；`declinedesk FILE` 打开窗口并粘贴 FILE。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <source>open the window, explain a bundled example (or FILE, recorded in history as a paste), paint once and exit 0 (non-zero with one line if broken)</source>
        <translation>打开窗口，说明一个内置示例（或 FILE，作为一次粘贴记入历史），绘制一次后以 0 退出（出错时以非 0 退出并给出一行说明）</translation>
    </message>
    <message>
        <source>put the current ticket&apos;s safe reply on the clipboard (asked of the open window; with none open, explain the clipboard and put its safe reply there); for a system shortcut</source>
        <translation>把当前工单的安全回复放到剪贴板（从已打开的窗口取得；没有窗口时，说明剪贴板内容并把它的安全回复放进去）；供系统快捷键使用</translation>
    </message>
    <message>
        <source>where settings and history live (default: the platform&apos;s user data folder, or DECLINEDESK_DATA_DIR)</source>
        <translation>设置和历史的存放位置（默认：系统的用户数据文件夹，或 DECLINEDESK_DATA_DIR）</translation>
    </message>
    <message>
        <source>print catalogue entries for one or more codes</source>
        <translation>打印一个或多个代码的目录条目</translation>
    </message>
    <message>
        <source>explain pasted failures and write the customer&apos;s reply</source>
        <translation>解释粘贴的失败并撰写给客户的回复</translation>
    </message>
    <message>
        <source>files to read; `-` or none: standard input</source>
        <translation>要读取的文件；`-` 或不指定：标准输入</translation>
    </message>
    <message>
        <source>reply language (default en)</source>
        <translation>回复语言（默认 en）</translation>
    </message>
    <message>
        <source>reply channel</source>
        <translation>回复渠道</translation>
    </message>
    <message>
        <source>find catalogue entries from words or a code</source>
        <translation>按字词或代码查找目录条目</translation>
    </message>
    <message>
        <source>how many entries (default 10)</source>
        <translation>条目数量（默认 10）</translation>
    </message>
    <message>
        <source>print the catalogue&apos;s version and counts</source>
        <translation>打印目录的版本和数量</translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation>输出格式（默认 text）</translation>
    </message>
    <message>
        <source>No catalogue entry is named {code}.</source>
        <translation>目录中没有名为 {code} 的条目。</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: copy just the failed payment or error.</source>
        <translation>{name} 大于 20 MB：请只复制失败的付款或错误。</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches {words}.</source>
        <translation>目录中没有与 {words} 匹配的内容。</translation>
    </message>
    <message>
        <source>--copy-reply takes no FILE and no --smoke-test.</source>
        <translation>--copy-reply 不接受 FILE，也不接受 --smoke-test。</translation>
    </message>
    <message>
        <source>check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macro export, an Espanso package or a TextExpander CSV, for words that reveal a confidential decline reason</source>
        <translation>检查一条回复，或 Zendesk、Help Scout、Freshdesk、Intercom、Gorgias 宏导出、Espanso 包或 TextExpander CSV 中的每段文字，看是否有透露机密拒付原因的词语</translation>
    </message>
    <message>
        <source>Checks a reply text with the window&apos;s guard.</source>
        <translation>用与窗口相同的防护检查回复文字。</translation>
    </message>
    <message>
        <source>files to check; `-` or none: standard input</source>
        <translation>要检查的文件；`-` 或不指定：标准输入</translation>
    </message>
    <message>
        <source>the reply&apos;s language, as for `explain --locale` (de, pt-BR, zh-Hans...; an unknown one is answered with the list); without it, the rules of every language</source>
        <translation>回复的语言，同 `explain --locale`（de、pt-BR、zh-Hans……；未知的语言会得到列表）；不指定时，按所有语言的规则</translation>
    </message>
    <message>
        <source>reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`</source>
        <translation>回复包：`pack check FILE`、`pack export FORMAT [-o FILE]`</translation>
    </message>
    <message>
        <source>check a reply pack as an import would, listing every problem</source>
        <translation>像导入时一样检查回复包，列出每个问题</translation>
    </message>
    <message>
        <source>Checks a reply pack (.toml) as an import would, listing every problem.</source>
        <translation>像导入时一样检查回复包（.toml），并列出每个问题。</translation>
    </message>
    <message>
        <source>{name} is larger than 1 MB, so it is not a reply or a macro.</source>
        <translation>{name} 大于 1 MB，所以不是回复或宏。</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; save it as UTF-8 and check it again.</source>
        <translation>{name} 是 UTF-16 文本；请另存为 UTF-8 后再检查。</translation>
    </message>
    <message>
        <source>{name} is binary data, not text.</source>
        <translation>{name} 是二进制数据，不是文本。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and check it again.</source>
        <translation>{name} 不是 UTF-8 文本；请另存为 UTF-8 后再检查。</translation>
    </message>
    <message>
        <source>{name} is empty: there is no reply to check.</source>
        <translation>{name} 是空的：没有要检查的回复。</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <source>{name}: safe to send.</source>
        <translation>{name}：可以安全发送。</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason:</source>
        <translation>{name}：已拒绝，可能透露机密的拒付原因：</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>There is no file named {name}.</source>
        <translation>没有名为 {name} 的文件。</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problem):</source>
        <translation>{name}：此包无法导入（{count} 个问题）：</translation>
    </message>
    <message>
        <source>{name}: the pack would not be imported ({count} problems):</source>
        <translation>{name}：此包无法导入（{count} 个问题）：</translation>
    </message>
    <message>
        <source>{name}: “{pack}” can be imported: {count} texts, no problems.</source>
        <translation>{name}：“{pack}”可以导入：{count} 段文字，没有问题。</translation>
    </message>
    <message>
        <source>{name}: {count} problem in {texts} texts of {title}:</source>
        <translation>{name}：{title} 的 {texts} 段文字中有 {count} 个问题：</translation>
    </message>
    <message>
        <source>{name}: {count} problems in {texts} texts of {title}:</source>
        <translation>{name}：{title} 的 {texts} 段文字中有 {count} 个问题：</translation>
    </message>
    <message>
        <source>{name}: {texts} texts of {title}, no problems.</source>
        <translation>{name}：{title} 的 {texts} 段文字，没有问题。</translation>
    </message>
    <message>
        <source>Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package (.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.</source>
        <translation>也会读取 Zendesk、Help Scout、Freshdesk、Intercom 和 Gorgias 的宏（.json）、Espanso 包（.yml）和 TextExpander CSV（.csv）中的每段回复文字。</translation>
    </message>
    <message>
        <source>write the built-in replies (or a team pack&apos;s) as helpdesk macros or snippets</source>
        <translation>把内置回复（或团队包的回复）写成客服系统的宏或片段</translation>
    </message>
    <message>
        <source>Writes every reply class in every language and channel as FORMAT: zendesk (Zendesk macros with dynamic content, one variant per language), helpscout (Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom (Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each uses the tool&apos;s own placeholders where it has them.</source>
        <translation>把每种回复类别按每种语言和渠道写成 FORMAT：zendesk（带动态内容的 Zendesk 宏，每种语言一个变体）、helpscout（Help Scout 已保存回复）、freshdesk（Freshdesk 预设回复）、intercom（Intercom 宏）、gorgias（Gorgias 宏）、espanso（Espanso 包：给 -o 一个文件夹）、textexpander（TextExpander CSV）或 toml（Decline Desk 回复包）。工具有自己的占位符时就用它的占位符。</translation>
    </message>
    <message>
        <source>one of %(choices)s</source>
        <translation>%(choices)s 之一</translation>
    </message>
    <message>
        <source>a team reply pack (.toml) whose wording replaces the built-in one</source>
        <translation>团队回复包（.toml），其措辞替换内置措辞</translation>
    </message>
    <message>
        <source>where to write (a folder for espanso); default: standard output</source>
        <translation>写入位置（espanso 为文件夹）；默认：标准输出</translation>
    </message>
    <message>
        <source>{name}: the pack cannot be exported, it would not be imported:</source>
        <translation>{name}：此包无法导出，因为它无法导入：</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}).</source>
        <translation>无法写入 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>已写入：{files}。</translation>
    </message>
    <message>
        <source>{count} text of {title}</source>
        <translation>{title} 的 {count} 段文字</translation>
    </message>
    <message>
        <source>{count} texts of {title}</source>
        <translation>{title} 的 {count} 段文字</translation>
    </message>
    <message>
        <source>{name}: safe to send ({what}).</source>
        <translation>{name}：可以安全发送（{what}）。</translation>
    </message>
    <message>
        <source>{name}: refused, it could reveal a confidential decline reason ({what}):</source>
        <translation>{name}：已拒绝，可能透露机密的拒付原因（{what}）：</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>发生了什么：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>怎么办：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>{count} failures in this paste; the most relevant first.</source>
        <translation>这次粘贴中有 {count} 个失败；最相关的排在最前。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: it names {reasons}. If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>机密：此文本提到 {reasons}。如果涉及客户的付款，切勿告诉客户该原因：只发送通用的拒绝回复。</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>找到的字段：</translation>
    </message>
    <message>
        <source>reply to copy ({channel}, {locale})</source>
        <translation>要复制的回复（{channel}，{locale}）</translation>
    </message>
</context>
<context>
    <name>Compact</name>
    <message>
        <source>CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline.</source>
        <translation>机密：真实原因仅限内部。下方的回复是通用拒绝回复。</translation>
    </message>
    <message>
        <source>Copy a failed payment and press Ctrl+V here.</source>
        <translation>请复制一笔失败的付款，然后在此按 Ctrl+V。</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>机密工单</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Clipboard watch</source>
        <translation>监视剪贴板</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>给客户的回复</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>完整窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Back to the full window ({keys})</source>
        <translation>返回完整窗口 ({keys})</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>复制状态</translation>
    </message>
    <message>
        <source>● Watching the clipboard</source>
        <translation>● 正在监视剪贴板</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> 详细信息在 {path} 中。</translation>
    </message>
    <message>
        <source>{what}: nothing is shown, to avoid a wrong answer.</source>
        <translation>{what}：为避免给出错误答案，不显示任何内容。</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>详细信息在 {path} 中。</translation>
    </message>
    <message>
        <source>Decline Desk hit a problem</source>
        <translation>Decline Desk 遇到问题</translation>
    </message>
    <message>
        <source>Something went wrong, so the answer on screen was cleared. Paste again to continue.</source>
        <translation>出现了问题，因此已清除屏幕上的答案。请重新粘贴以继续。</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Generic decline</source>
        <translation>一般拒付</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>Stolen card</source>
        <translation>被盗卡</translation>
    </message>
    <message>
        <source>Radar block</source>
        <translation>Radar 拦截</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>需要验证</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>无效请求</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>CONFIDENTIAL · the customer gets only the generic decline reply</source>
        <translation>机密 · 客户只会收到通用拒绝回复</translation>
    </message>
    <message>
        <source>It names a confidential reason ({reasons}). If it is about a customer&apos;s payment, never tell them that reason: send only the generic decline reply.</source>
        <translation>此文本提到机密原因（{reasons}）。如果涉及客户的付款，切勿告诉客户该原因：只发送通用的拒绝回复。</translation>
    </message>
    <message>
        <source>The real reason stays inside the team: the reply never names it.</source>
        <translation>真实原因只留在团队内部：回复中绝不提及。</translation>
    </message>
    <message>
        <source>A test-mode payment: no real card was charged and no money moved.</source>
        <translation>测试模式付款：没有扣款任何真实卡片，也没有资金流动。</translation>
    </message>
    <message>
        <source>Retry verdict: whether trying this payment again can work, and when.</source>
        <translation>重试判定：再次尝试此付款能否成功，以及何时可以。</translation>
    </message>
    <message>
        <source>Who must act: the customer, their bank, or your team.</source>
        <translation>需要处理的一方：客户、客户的银行或您的团队。</translation>
    </message>
    <message>
        <source>Not translated into this language yet: shown in English.</source>
        <translation>尚未翻译成此语言：以英文显示。</translation>
    </message>
    <message>
        <source>Paste a failed payment to see what happened.</source>
        <translation>粘贴一笔失败的付款，即可查看发生了什么。</translation>
    </message>
    <message>
        <source>Copy what the customer&apos;s payment left in Stripe: an API error, a Charge or PaymentIntent, a webhook event, a log line, or just a code such as do_not_honor. Then:

Ctrl+V	anywhere in the window: the paste becomes the ticket (a new paste replaces it)
Ctrl+Shift+C	copies the customer&apos;s reply, checked so it never reveals a confidential reason
Ctrl+N	empties the window for the next ticket

Help &gt; Keyboard shortcuts lists every key; Help &gt; Examples has pastes to try.</source>
        <translation>请复制客户的付款在 Stripe 中留下的内容：API 错误、Charge 或 PaymentIntent、Webhook 事件、日志行，或者仅仅是 do_not_honor 这样的代码。然后：

Ctrl+V	在窗口任意位置：粘贴的内容成为工单（新的粘贴会替换它）
Ctrl+Shift+C	复制给客户的回复，已检查确保不会泄露机密原因
Ctrl+N	清空窗口，处理下一个工单

帮助 &gt; 键盘快捷键 列出所有按键；帮助 &gt; 示例 提供可以试用的内容。</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Retry verdict</source>
        <translation>重试判定</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>需要谁处理</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>What not to say</source>
        <translation>不能说的内容</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>自动重试</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>应该怎么做</translation>
    </message>
    <message>
        <source>Fields found in the paste</source>
        <translation>在粘贴内容中找到的字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>复制值(&amp;V)</translation>
    </message>
    <message>
        <source>Copy the selected field value</source>
        <translation>复制所选字段的值</translation>
    </message>
    <message>
        <source>Open Stripe &amp;docs</source>
        <translation>打开 Stripe 文档(&amp;D)</translation>
    </message>
    <message>
        <source>Open the Stripe documentation link in the browser</source>
        <translation>在浏览器中打开 Stripe 文档链接</translation>
    </message>
    <message>
        <source>Open the Dashboard pa&amp;ge</source>
        <translation>打开控制台页面(&amp;G)</translation>
    </message>
    <message>
        <source>Open the selected id&apos;s page in the Stripe Dashboard</source>
        <translation>在 Stripe 控制台中打开所选 ID 的页面</translation>
    </message>
    <message>
        <source>Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)</source>
        <translation>请选择一个 ID (ch_, pi_, in_, cus_, evt_, seti_, req_)</translation>
    </message>
    <message>
        <source>Found in the paste</source>
        <translation>在粘贴内容中找到</translation>
    </message>
    <message>
        <source>In the paste: {value}</source>
        <translation>粘贴内容中为：{value}</translation>
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
        <translation>事件</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>error type</source>
        <translation>错误类型</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>decline code</source>
        <translation>拒绝代码</translation>
    </message>
    <message>
        <source>advice code</source>
        <translation>建议代码</translation>
    </message>
    <message>
        <source>network decline code</source>
        <translation>网络拒绝代码</translation>
    </message>
    <message>
        <source>network advice code</source>
        <translation>网络建议代码</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>结果类型</translation>
    </message>
    <message>
        <source>network status</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>outcome reason</source>
        <translation>结果原因</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>seller message</source>
        <translation>给商家的消息</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>param</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>支付方式类型</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>doc url</source>
        <translation>文档链接</translation>
    </message>
    <message>
        <source>request log</source>
        <translation>请求日志</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Stripe payloads (*.json *.txt *.log);;All files (*)</source>
        <translation>Stripe 数据 (*.json *.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} is too large to be a Stripe payload; open just the failed payment or error.</source>
        <translation>{file} 太大，不像是 Stripe 数据；请只打开失败的付款或错误。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why}).</source>
        <translation>无法读取 {file} ({why})。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who signs your replies?</source>
        <translation>由谁在回复中署名？</translation>
    </message>
    <message>
        <source>This reply is signed without your name: add your name, company and sign-off in File &gt; Settings (Ctrl+,), or on the first page of an empty window.</source>
        <translation>此回复的署名中没有您的姓名：请在 文件 &gt; 设置 (Ctrl+,) 或空白窗口的第一页中添加您的姓名、公司和结束语。</translation>
    </message>
    <message>
        <source>Who signs your replies</source>
        <translation>由谁在回复中署名</translation>
    </message>
    <message>
        <source>Your replies end with these. Change them any time in File &gt; Settings (Ctrl+,).</source>
        <translation>您的回复将以这些内容结尾。可随时在 文件 &gt; 设置 (Ctrl+,) 中更改。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>例如 Sam Lee</translation>
    </message>
    <message>
        <source>e.g. Acme Shop</source>
        <translation>例如 Acme Shop</translation>
    </message>
    <message>
        <source>Why the details cannot be saved</source>
        <translation>无法保存信息的原因</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Sign-off ({language}):</source>
        <translation>结束语 ({language})(&amp;S)：</translation>
    </message>
    <message>
        <source>Empty: {closing}</source>
        <translation>留空：{closing}</translation>
    </message>
    <message>
        <source>Type your name: it is what the reply is signed with.</source>
        <translation>请输入您的姓名：回复将以此署名。</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>尚未设置您的姓名</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reasons seen in the last 7 days</source>
        <translation>最近 7 天出现的原因</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>测试</translation>
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
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>Nothing explained in the last 7 days.</source>
        <translation>最近 7 天没有解释过任何内容。</translation>
    </message>
    <message>
        <source>Search history: a code, an id, a word</source>
        <translation>搜索历史记录：代码、ID 或词语</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>清除历史记录(&amp;L)</translation>
    </message>
    <message>
        <source>Clear all history</source>
        <translation>清除全部历史记录</translation>
    </message>
    <message>
        <source>Period of the chart</source>
        <translation>图表的时间段</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>清除历史记录？</translation>
    </message>
    <message>
        <source>Delete every history entry, and the counts of this week&apos;s chart? This cannot be undone.</source>
        <translation>要删除所有历史记录条目以及本周图表的计数吗？此操作无法撤消。</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Copied the reply (asked by declinedesk --copy-reply).</source>
        <translation>已复制回复（由 declinedesk --copy-reply 请求）。</translation>
    </message>
    <message>
        <source>Not copied (asked by declinedesk --copy-reply): see under the reply.</source>
        <translation>未复制（由 declinedesk --copy-reply 请求）：请查看回复下方。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and press Ctrl+V again.</source>
        <translation>剪贴板中没有文本：请复制失败的付款（其 JSON、日志行或代码），然后再次按 Ctrl+V。</translation>
    </message>
    <message>
        <source>Reading the paste</source>
        <translation>正在读取粘贴内容</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>目录 {version}</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>目录版本</translation>
    </message>
    <message>
        <source>Replace this ticket?</source>
        <translation>替换此工单？</translation>
    </message>
    <message>
        <source>Explain {code} instead of the current ticket? What the paste gave (the customer&apos;s name, the amount, the card&apos;s last 4) is not kept.</source>
        <translation>要解释 {code} 来代替当前工单吗？粘贴内容提供的信息（客户姓名、金额、卡号后 4 位）不会保留。</translation>
    </message>
    <message>
        <source>Reopened from history: only its codes, ids and amount were kept, never the pasted text.</source>
        <translation>已从历史记录重新打开：只保存了其代码、ID 和金额，从不保存粘贴的文本。</translation>
    </message>
    <message>
        <source>Open a pasted payload</source>
        <translation>打开粘贴的数据</translation>
    </message>
    <message>
        <source>Reading a large paste…</source>
        <translation>正在读取大量内容…</translation>
    </message>
    <message>
        <source>This paste could not be explained</source>
        <translation>无法解释此内容</translation>
    </message>
    <message>
        <source>Nothing failed in this paste.</source>
        <translation>此内容中没有失败的付款。</translation>
    </message>
    <message>
        <source>About Decline Desk</source>
        <translation>关于 Decline Desk</translation>
    </message>
    <message>
        <source>Decline Desk {version}

Catalogue {catalogue}, built {built}.
Explains failed Stripe payments and writes a customer-safe reply. Works offline.</source>
        <translation>Decline Desk {version}

目录 {catalogue}，构建于 {built}。
解释失败的 Stripe 付款，并撰写对客户安全的回复。可离线使用。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>新建工单(&amp;N)</translation>
    </message>
    <message>
        <source>Empty the window for the next ticket</source>
        <translation>清空窗口，处理下一个工单</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste a new ticket</source>
        <translation>粘贴新工单(&amp;P)</translation>
    </message>
    <message>
        <source>From anywhere in the window: a failed payment replaces the ticket</source>
        <translation>在窗口任意位置：失败的付款会替换当前工单</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import reply pack…</source>
        <translation>导入回复包(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport reply pack or helpdesk macros…</source>
        <translation>导出回复包或客服系统宏(&amp;X)…</translation>
    </message>
    <message>
        <source>The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, an Espanso package or TextExpander snippets</source>
        <translation>将团队回复包导出为 TOML，或将每条回复导出为 Zendesk、Help Scout、Freshdesk、Intercom 或 Gorgias 宏、Espanso 包或 TextExpander 片段</translation>
    </message>
    <message>
        <source>&amp;Edit reply pack…</source>
        <translation>编辑回复包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>复制回复(&amp;R)</translation>
    </message>
    <message>
        <source>The customer&apos;s reply, checked by the guard first</source>
        <translation>给客户的回复，先经过防护检查</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>复制内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer</source>
        <translation>用于工单的私密备注，绝不发给客户</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Catalogue: find a code</source>
        <translation>目录：查找代码(&amp;C)</translation>
    </message>
    <message>
        <source>Shows or hides the catalogue; looking up never changes the ticket</source>
        <translation>显示或隐藏目录；查询不会改变工单</translation>
    </message>
    <message>
        <source>&amp;History and this week</source>
        <translation>历史记录和本周(&amp;H)</translation>
    </message>
    <message>
        <source>Shows or hides the history of explained pastes</source>
        <translation>显示或隐藏已解释内容的历史记录</translation>
    </message>
    <message>
        <source>&amp;Recent tickets</source>
        <translation>最近的工单(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mpact mode</source>
        <translation>紧凑模式(&amp;M)</translation>
    </message>
    <message>
        <source>A narrow window on top, beside the helpdesk: verdict, reply and Copy</source>
        <translation>在客服系统旁置顶显示的窄窗口：判定、回复和复制</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard</source>
        <translation>监视剪贴板(&amp;W)</translation>
    </message>
    <message>
        <source>A failed payment copied anywhere becomes the new ticket (off by default)</source>
        <translation>在任何地方复制的失败付款都会成为新工单（默认关闭）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About Decline Desk</source>
        <translation>关于 Decline Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9	Switch to a ticket of this run (View &gt; Recent tickets)</source>
        <translation>Ctrl+1 … Ctrl+9	切换到本次运行中的工单（视图 &gt; 最近的工单）</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab	Move between the paste, the answer and the reply</source>
        <translation>Tab, Shift+Tab	在粘贴内容、解释和回复之间移动</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Reply pack (*.toml)</source>
        <translation>回复包 (*.toml)</translation>
    </message>
    <message>
        <source>Zendesk macros with dynamic content (*.json)</source>
        <translation>带动态内容的 Zendesk 宏 (*.json)</translation>
    </message>
    <message>
        <source>Help Scout saved replies (*.json)</source>
        <translation>Help Scout 已保存回复 (*.json)</translation>
    </message>
    <message>
        <source>Freshdesk canned responses (*.json)</source>
        <translation>Freshdesk 预设回复 (*.json)</translation>
    </message>
    <message>
        <source>Intercom macros (*.json)</source>
        <translation>Intercom 宏 (*.json)</translation>
    </message>
    <message>
        <source>Gorgias macros (*.json)</source>
        <translation>Gorgias 宏 (*.json)</translation>
    </message>
    <message>
        <source>Espanso package (a folder)</source>
        <translation>Espanso 包（一个文件夹）</translation>
    </message>
    <message>
        <source>TextExpander snippets (*.csv)</source>
        <translation>TextExpander 片段 (*.csv)</translation>
    </message>
    <message>
        <source>Import a reply pack</source>
        <translation>导入回复包</translation>
    </message>
    <message>
        <source>Reply packs (*.toml);;All files (*)</source>
        <translation>回复包 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reply pack not imported</source>
        <translation>未导入回复包</translation>
    </message>
    <message>
        <source>Imported the reply pack {name} ({count} texts).</source>
        <translation>已导入回复包 {name}（{count} 条文本）。</translation>
    </message>
    <message>
        <source>Export the reply pack</source>
        <translation>导出回复包</translation>
    </message>
    <message>
        <source>Exported every reply to {where}.</source>
        <translation>已将所有回复导出到 {where}。</translation>
    </message>
    <message>
        <source>Reply pack not exported</source>
        <translation>未导出回复包</translation>
    </message>
    <message>
        <source>{file} cannot be written ({why}).</source>
        <translation>无法写入 {file} ({why})。</translation>
    </message>
    <message>
        <source>Team reply pack not used: {problem}</source>
        <translation>未使用团队回复包：{problem}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>Reply pack editor</source>
        <translation>回复包编辑器</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回复文本</translation>
    </message>
    <message>
        <source>Problems with this text</source>
        <translation>此文本的问题</translation>
    </message>
    <message>
        <source>Preview with example data</source>
        <translation>使用示例数据预览</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>使用此文本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Back to the shipped text</source>
        <translation>恢复为自带文本(&amp;B)</translation>
    </message>
    <message>
        <source>Reply &amp;class:</source>
        <translation>回复类型(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>PasteArea</name>
    <message>
        <source>Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a webhook event, a log line, or a code such as do_not_honor.</source>
        <translation>请在此粘贴失败的付款 (Ctrl+V)：API 错误、Charge、PaymentIntent、Webhook 事件、日志行，或 do_not_honor 这样的代码。</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>&amp;Paste:</source>
        <translation>粘贴(&amp;P)：</translation>
    </message>
    <message>
        <source>About the paste box</source>
        <translation>关于粘贴框</translation>
    </message>
    <message>
        <source>Warnings about the paste</source>
        <translation>关于粘贴内容的警告</translation>
    </message>
    <message>
        <source>Failures in this paste</source>
        <translation>此内容中的失败</translation>
    </message>
    <message>
        <source>This paste is {size}: the box shows its start, with long lines cut, and the whole paste is read. New ticket (Ctrl+N) empties it.</source>
        <translation>此内容大小为 {size}：框中只显示开头部分，长行已截断，但会读取全部内容。新建工单 (Ctrl+N) 会清空它。</translation>
    </message>
    <message>
        <source>Confidential: the customer gets the generic decline reply.</source>
        <translation>机密：客户会收到通用拒绝回复。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>{count} &amp;failures:</source>
        <translation>{count} 个失败(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>PasteKind</name>
    <message>
        <source>it contains the Stripe code “{code}” (and {more} more), which is for you, not the customer: say it in words</source>
        <translation>其中包含 Stripe 代码“{code}”（另有 {more} 个），这是给您看的，不是给客户的：请用文字表达</translation>
    </message>
    <message>
        <source>it contains the Stripe code “{code}”, which is for you, not the customer: say it in words</source>
        <translation>其中包含 Stripe 代码“{code}”，这是给您看的，不是给客户的：请用文字表达</translation>
    </message>
    <message>
        <source>it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket</source>
        <translation>其中包含从工单粘贴的 Stripe 数据（JSON、日志行或 SDK 错误）</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>A code not in the catalogue</source>
        <translation>目录中没有的代码</translation>
    </message>
    <message>
        <source>Live payment</source>
        <translation>真实付款</translation>
    </message>
    <message>
        <source>Test mode: no real card, no real money</source>
        <translation>测试模式：没有真实的卡，也没有真实的资金</translation>
    </message>
</context>
<context>
    <name>RecentTickets</name>
    <message>
        <source>CONFIDENTIAL · </source>
        <translation>机密 · </translation>
    </message>
    <message>
        <source>No ticket yet in this run</source>
        <translation>本次运行中还没有工单</translation>
    </message>
</context>
<context>
    <name>ReplyClipboard</name>
    <message>
        <source>“{phrase}” (and {more} more) {why}</source>
        <translation>“{phrase}”（另有 {more} 处）{why}</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a new ticket, paste it outside the reply.</source>
        <translation>未粘贴到回复中：Stripe 代码是给您看的，不是给客户的。要将其作为新工单解释，请粘贴到回复之外。</translation>
    </message>
    <message>
        <source>Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not words for the customer.</source>
        <translation>未粘贴到回复中：剪贴板中是数据（网页、文件或 JSON），不是写给客户的文字。</translation>
    </message>
</context>
<context>
    <name>ReplyHeader</name>
    <message>
        <source>Reply to the customer</source>
        <translation>给客户的回复</translation>
    </message>
    <message>
        <source>from the team pack</source>
        <translation>来自团队回复包</translation>
    </message>
    <message>
        <source>Reply header</source>
        <translation>回复标题</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>INTERNAL NOTE: for the ticket&apos;s private note only. Do not send it to the customer.</source>
        <translation>内部备注：仅用于工单的私密备注。请勿发送给客户。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.</source>
        <translation>机密工单：这是通用拒绝回复。请勿添加真实原因。</translation>
    </message>
    <message>
        <source>The clipboard was emptied, so nothing from before can be pasted by mistake.</source>
        <translation>已清空剪贴板，以免误粘贴之前的内容。</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>回复语言</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>回复渠道</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>客户的名字</translation>
    </message>
    <message>
        <source>Optional: for the greeting</source>
        <translation>可选：用于问候语</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>名字(&amp;M)：</translation>
    </message>
    <message>
        <source>Confidential ticket</source>
        <translation>机密工单</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>给客户的回复</translation>
    </message>
    <message>
        <source>The customer&apos;s reply appears here.</source>
        <translation>给客户的回复将显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>复制回复(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard ({keys})</source>
        <translation>将回复复制到剪贴板 ({keys})</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <source>Copy internal &amp;note</source>
        <translation>复制内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>For the ticket&apos;s private note, never for the customer ({keys})</source>
        <translation>用于工单的私密备注，绝不发给客户 ({keys})</translation>
    </message>
    <message>
        <source>Copy internal note</source>
        <translation>复制内部备注</translation>
    </message>
    <message>
        <source>&amp;Restore safe text</source>
        <translation>恢复安全文本(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the safe reply text</source>
        <translation>恢复安全的回复文本</translation>
    </message>
    <message>
        <source>The same reply in your language, never sent</source>
        <translation>用您的语言显示的同一回复，不会发送</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>复制状态</translation>
    </message>
    <message>
        <source>The same reply in {language}, for you (never copied):</source>
        <translation>{language}版的同一回复，仅供您查看（不会复制）：</translation>
    </message>
    <message>
        <source>Not copied: {reason}. Remove it, or restore the safe text.</source>
        <translation>未复制：{reason}。请删除它，或恢复安全文本。</translation>
    </message>
    <message>
        <source>Copied the reply.</source>
        <translation>已复制回复。</translation>
    </message>
    <message>
        <source>Internal note copied: paste it as a private note.</source>
        <translation>已复制内部备注：请将其粘贴为私密备注。</translation>
    </message>
    <message>
        <source>Restored the safe reply.</source>
        <translation>已恢复安全回复。</translation>
    </message>
    <message>
        <source>Restored the built-in reply: the team pack&apos;s text for this reply is refused by the guard.</source>
        <translation>已恢复自带回复：防护拒绝了团队回复包中此回复的文本。</translation>
    </message>
    <message>
        <source>Even the built-in reply is refused: it uses {found} from your settings (agent name, company or sign-off). Change them in Settings.</source>
        <translation>连自带回复也被拒绝：它使用了您设置中的 {found}（客服姓名、公司或结束语）。请在设置中修改。</translation>
    </message>
    <message>
        <source>Will not be copied: {why}.</source>
        <translation>不会复制：{why}。</translation>
    </message>
</context>
<context>
    <name>ScriptFonts</name>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>No {script} font is installed, so the {script} reply may show as empty boxes: install one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again.</source>
        <translation>未安装{script}字体，因此{script}回复可能显示为空白方框：请安装字体（Debian 或 Ubuntu：sudo apt-get install fonts-noto-cjk），然后重新启动 Decline Desk。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Choose an entry to read it here; the ticket stays as it is.</source>
        <translation>选择一个条目即可在此阅读；工单保持不变。</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: the customer gets the generic decline reply.</source>
        <translation>机密：客户会收到通用拒绝回复。</translation>
    </message>
    <message>
        <source>Source: {source} · as of {date}</source>
        <translation>来源：{source} · 截至 {date}</translation>
    </message>
    <message>
        <source>Code or words: insuficient, cvv wrong, card reported stolen</source>
        <translation>代码或词语：insuficient, cvv wrong, card reported stolen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>Retry filter</source>
        <translation>按重试筛选</translation>
    </message>
    <message>
        <source>Any retry</source>
        <translation>任意重试</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Sensitive or not</source>
        <translation>是否机密均可</translation>
    </message>
    <message>
        <source>Sensitive only</source>
        <translation>仅机密</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>非机密</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>&amp;Use for this ticket</source>
        <translation>用于此工单(&amp;U)</translation>
    </message>
    <message>
        <source>Use this entry for the ticket</source>
        <translation>将此条目用于工单</translation>
    </message>
    <message>
        <source>Explain this code as the ticket (asks before replacing one)</source>
        <translation>将此代码作为工单解释（替换前会先询问）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The window changes to the chosen language as soon as you save.</source>
        <translation>保存后，窗口会立即切换为所选语言。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s usual closing</source>
        <translation>留空：该语言通常的结束语</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>{language}</translation>
    </message>
    <message>
        <source>Language of this sign-off</source>
        <translation>此结束语的语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>菜单、按钮和消息的语言</translation>
    </message>
    <message>
        <source>Keep a history (never the pasted text)</source>
        <translation>保留历史记录（从不保留粘贴的文本）</translation>
    </message>
    <message>
        <source>History keeps the codes, ids, amount and card brand and last 4 of each explained failure, nothing else.</source>
        <translation>历史记录只保留每次解释的失败的代码、ID、金额、卡组织和卡号后 4 位。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A shared folder holding declinedesk-replies.toml</source>
        <translation>包含 declinedesk-replies.toml 的共享文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>客服姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>公司(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Sign-off:</source>
        <translation>结束语(&amp;S)：</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>默认语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Default c&amp;hannel:</source>
        <translation>默认渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>界面语言(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>历史记录保留(&amp;K)：</translation>
    </message>
    <message>
        <source>Team reply &amp;pack folder:</source>
        <translation>团队回复包文件夹(&amp;P)：</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>无法保存设置的原因</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>默认渠道</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Days to keep history</source>
        <translation>历史记录保留天数</translation>
    </message>
    <message>
        <source>Team reply pack folder</source>
        <translation>团队回复包文件夹</translation>
    </message>
    <message>
        <source>The agent name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>The sign-off</source>
        <translation>结束语</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>未保存设置</translation>
    </message>
    <message>
        <source>The window is now in {language}.</source>
        <translation>窗口现在使用{language}。</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>{source} · checked {date}</source>
        <translation>{source} · 核对于 {date}</translation>
    </message>
    <message>
        <source>Source of what to do</source>
        <translation>操作步骤的来源</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>在浏览器中打开来源</translation>
    </message>
</context>
</TS>
