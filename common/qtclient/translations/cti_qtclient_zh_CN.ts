<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>cti::qt::AlarmBanner</name>
    <message>
        <source>Server storage</source>
        <translation>服务器存储</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <source>Alarm — %1: %2</source>
        <translation>告警 — %1：%2</translation>
    </message>
</context>
<context>
    <name>cti::qt::AudioPlayer</name>
    <message>
        <source>This computer lacks the components to play audio (GStreamer or FFmpeg plugins).</source>
        <translation>本机缺少音频播放组件（GStreamer 或 FFmpeg 插件）。</translation>
    </message>
    <message>
        <source>No loudspeaker or headset is connected to this computer.</source>
        <translation>本机未连接扬声器或耳机。</translation>
    </message>
</context>
<context>
    <name>cti::qt::Connection</name>
    <message>
        <source>The server did not confirm the logout.</source>
        <translation>服务器未确认注销。</translation>
    </message>
    <message>
        <source>The server did not complete the connection within %1 seconds.</source>
        <translation>服务器未能在 %1 秒内完成连接。</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 seconds.</source>
        <translation>服务器已有 %1 秒没有任何数据。</translation>
    </message>
    <message>
        <source>Not connected: the certificate of %1 was not trusted.</source>
        <translation>未连接：您没有信任 %1 的证书。</translation>
    </message>
    <message>
        <source>Not connected to the CTI server, so the request was not sent. Wait until the connection is back and try again.</source>
        <translation>未连接到 CTI 服务器，请求没有发出。请等待连接恢复后重试。</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts (%1 bytes). Shorten the text or attachment and try again.</source>
        <translation>请求超出服务器允许的大小（%1 字节）。请缩短文字或附件后重试。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>Refusing to connect: %1 presented a certificate with fingerprint %2, but this desktop trusts %3. Someone may be intercepting the connection. Ask your administrator whether the server's certificate was replaced; only then remove the old trust and connect again.</source>
        <translation>拒绝连接：%1 出示的证书指纹为 %2，而本机信任的是 %3。连接可能被他人截获。请先向管理员确认服务器证书是否已更换；确认后才可删除旧的信任记录并重新连接。</translation>
    </message>
    <message>
        <source>The server sent data this desktop cannot read (%1).</source>
        <translation>服务器发送了本客户端无法识别的数据（%1）。</translation>
    </message>
    <message>
        <source>The server answered Hello with an unexpected %1 message.</source>
        <translation>服务器对 Hello 的应答是意外的 %1 消息。</translation>
    </message>
    <message>
        <source>The server answered Login with an unexpected %1 message.</source>
        <translation>服务器对登录请求的应答是意外的 %1 消息。</translation>
    </message>
    <message>
        <source>Could not connect to the CTI server at %1: %2 Check the server address and that the server is running, then log in again.</source>
        <translation>无法连接到 CTI 服务器 %1：%2 请检查服务器地址并确认服务器正在运行，然后重新登录。</translation>
    </message>
    <message>
        <source>Connection to the CTI server lost (%1). Reconnecting; your session is kept.</source>
        <translation>与 CTI 服务器的连接已断开（%1）。正在重新连接，您的会话仍保留。</translation>
    </message>
    <message>
        <source>The connection dropped before the server answered. The request may or may not have been carried out: check, then try again if needed.</source>
        <translation>服务器应答之前连接已断开。该请求可能已执行，也可能未执行：请先核实，必要时再重试。</translation>
    </message>
</context>
<context>
    <name>cti::qt::ConnectionStatusWidget</name>
    <message>
        <source>Telephony off</source>
        <translation>话务未连接</translation>
    </message>
    <message>
        <source>You logged in without connecting to the CTI server: tickets and the knowledge base work, calls do not reach this desktop.</source>
        <translation>您登录时未连接 CTI 服务器：可以处理工单和查询知识库，但本机不会接到来电。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Knowledge maintainer</source>
        <translation>知识库维护员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ext. %1</source>
        <translation>分机 %1</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>cti::qt::LoginDialog</name>
    <message>
        <source>Connect to CTI server</source>
        <translation>连接CTI服务器</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>host:port, e.g. cti.example.com:7443</source>
        <translation>主机:端口，例如 cti.example.com:7443</translation>
    </message>
    <message>
        <source>Checked: this desktop signs in to telephony and can take calls.
Unchecked: work on tickets and the knowledge base only; no calls reach you.</source>
        <translation>勾选：本机接入话务，可以接听电话。
不勾选：只处理工单和知识库，不会接到来电。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>cti::qt::LoginFlow</name>
    <message>
        <source>Trust this server?</source>
        <translation>信任此服务器？</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Its certificate fingerprint (SHA-256) is:</source>
        <translation>这是第一次连接 %1。其证书指纹（SHA-256）为：</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you (cti-server prints it when it starts). Trust it only if they are the same: this desktop will then refuse any other certificate from this server.</source>
        <translation>请与管理员提供的指纹核对（cti-server 启动时会打印该指纹）。只有两者一致时才选择信任：此后本机将拒绝该服务器出示的任何其他证书。</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>不连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>cti::qt::LoginForm</name>
    <message>
        <source>Enter the address of the CTI server, for example cti.example.com:7443.</source>
        <translation>请输入 CTI 服务器地址，例如 cti.example.com:7443。</translation>
    </message>
    <message>
        <source>The server address is not valid. Write it as host or host:port, for example cti.example.com:7443.</source>
        <translation>服务器地址无效。请写成“主机”或“主机:端口”，例如 cti.example.com:7443。</translation>
    </message>
    <message>
        <source>Enter your login name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>cti::qt::MediaAudioPlayer</name>
    <message>
        <source>The audio cannot be played.</source>
        <translation>无法播放该音频。</translation>
    </message>
</context>
<context>
    <name>cti::qt::Office</name>
    <message>
        <source>The server answered with an unexpected %1 message.</source>
        <translation>服务器返回了意外的 %1 消息。</translation>
    </message>
    <message>
        <source>The recording is %1 bytes, more than this desktop plays (%2).</source>
        <translation>录音有 %1 字节，超过本工作台可播放的上限（%2）。</translation>
    </message>
    <message>
        <source>The recording changed while it was being fetched; try again.</source>
        <translation>录音在下载过程中发生了变化，请重试。</translation>
    </message>
</context>
<context>
    <name>cti::qt::Telephony</name>
    <message>
        <source>The server answered with an unexpected %1 message.</source>
        <translation>服务器返回了意外的 %1 消息。</translation>
    </message>
</context>
</TS>