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
    <message>
        <source>Screen pop</source>
        <translation>弹屏</translation>
    </message>
</context>
<context>
    <name>cti::agent::ScreenPopPanel</name>
    <message>
        <source>Caller:</source>
        <translation>来电号码：</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Keyed in:</source>
        <translation>客户按键输入：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Menu choice</source>
        <translation>菜单选择</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>上一通话</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>当前通话</translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation>（直接呼入）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>cti::agent::SoftphoneBar</name>
    <message>
        <source>Telephony is off for this session: you logged in without connecting to the CTI server. Log in again with it checked to take calls.</source>
        <translation>本次会话未接入话务：您登录时没有勾选“连接CTI服务器”。如需接听电话，请勾选后重新登录。</translation>
    </message>
    <message>
        <source>Number or digits</source>
        <translation>号码或按键</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Other party: %1</source>
        <translation>对方号码：%1</translation>
    </message>
    <message>
        <source>Call time: %1</source>
        <translation>通话时长：%1</translation>
    </message>
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
        <source>Stop taking calls for a while, with the reason chosen in the list.</source>
        <translation>暂停接听来电，原因从列表中选择。</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Leave your desk, with the reason chosen in the list.</source>
        <translation>离开座席，原因从列表中选择。</translation>
    </message>
    <message>
        <source>End wrap-up</source>
        <translation>结束话后</translation>
    </message>
    <message>
        <source>Finish the after-call work and take calls again.</source>
        <translation>结束话后处理，重新接听来电。</translation>
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
        <source>Call the number in the field while the caller waits.</source>
        <translation>呼叫输入框中的号码，来电方等待。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Transfer the caller to the number in the field.</source>
        <translation>把来电转移到输入框中的号码。</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>完成转移</translation>
    </message>
    <message>
        <source>Connect the caller with the consulted party and leave the call.</source>
        <translation>接通来电方与咨询方，自己退出通话。</translation>
    </message>
    <message>
        <source>Cancel consult</source>
        <translation>取消咨询</translation>
    </message>
    <message>
        <source>End the consultation and go back to the caller.</source>
        <translation>结束咨询，回到来电方。</translation>
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
        <source>Call the number in the field (only while signed in and not ready).</source>
        <translation>呼叫输入框中的号码（仅在签入且置忙时）。</translation>
    </message>
    <message>
        <source>Send keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Send the digits in the field to the other party.</source>
        <translation>把输入框中的按键发送给对方。</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>话后整理</translation>
    </message>
</context>
</TS>
