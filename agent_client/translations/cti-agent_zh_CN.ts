<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cti::agent::AnnouncementModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>cti::agent::AnnouncementPanel</name>
    <message>
        <source>Select an announcement to read it.</source>
        <translation>选择一条公告以阅读全文。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>cti::agent::MainWindow</name>
    <message>
        <source>CTI Agent Desktop</source>
        <translation>座席工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>软电话</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>电子公告</translation>
    </message>
</context>
<context>
    <name>cti::agent::SoftphoneBar</name>
    <message>
        <source>Sign in</source>
        <translation>签入</translation>
    </message>
    <message>
        <source>Sign in to your queues so that calls are offered to you.</source>
        <translation>签入您的队列，开始分配来电。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签出</translation>
    </message>
    <message>
        <source>Sign out of your queues; no more calls are offered.</source>
        <translation>签出您的队列，不再分配来电。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <source>Become ready to take the next call.</source>
        <translation>准备接听下一个来电。</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <source>Stop taking calls for a while, with a reason.</source>
        <translation>暂停接听来电，并注明原因。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Answer the ringing call.</source>
        <translation>接听正在振铃的来电。</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <source>End the current call.</source>
        <translation>结束当前通话。</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Put the caller on hold; they hear music.</source>
        <translation>将来电方置于保持状态，对方听到等待音乐。</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>接回</translation>
    </message>
    <message>
        <source>Take the held caller back.</source>
        <translation>接回被保持的来电方。</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Call another agent or the team leader while the caller waits.</source>
        <translation>在来电方等待时，呼叫其他座席或班长进行咨询。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Transfer the call, directly or after a consultation.</source>
        <translation>直接转移来电，或在咨询后转移。</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Join the caller, you and the consulted party in one call.</source>
        <translation>将来电方、您和被咨询方接入同一通话（三方通话）。</translation>
    </message>
    <message>
        <source>Dial out</source>
        <translation>外拨</translation>
    </message>
    <message>
        <source>Call an outside number (only while not ready).</source>
        <translation>拨打外部号码（仅在置忙状态下可用）。</translation>
    </message>
    <message>
        <source>Not available yet: call control comes in a later version of the agent desktop.</source>
        <translation>暂不可用：话务控制功能将在座席工作台的后续版本中提供。</translation>
    </message>
    <message>
        <source>Telephony is off for this session: you logged in without connecting to the CTI server. Log in again with it checked to take calls.</source>
        <translation>本次会话未接入话务：您登录时没有勾选“连接CTI服务器”。如需接听电话，请勾选后重新登录。</translation>
    </message>
</context>
</TS>
