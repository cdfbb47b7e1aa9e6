<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>cti::supervisor::AgentForceModel</name>
    <message>
        <source>Done: %1 is now %2.</source>
        <translation>已完成：%1 现为%2。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <source>away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>未连接服务器。</translation>
    </message>
    <message>
        <source>Only team leaders and supervisors may change an agent's status.</source>
        <translation>只有班长和值班长可以更改坐席状态。</translation>
    </message>
    <message>
        <source>Choose an agent on the wall.</source>
        <translation>请在监控墙上选择一名坐席。</translation>
    </message>
    <message>
        <source>Change your own status on your agent desktop.</source>
        <translation>请在坐席桌面上更改您自己的状态。</translation>
    </message>
    <message>
        <source>The agent is signed out: agents sign in themselves.</source>
        <translation>该坐席已签出：坐席需自行签入。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentForcePanel</name>
    <message>
        <source>Set ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <source>Set not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>强制签出</translation>
    </message>
    <message>
        <source>Agent status</source>
        <translation>坐席状态</translation>
    </message>
    <message>
        <source>Queue calls are offered to the agent again.</source>
        <translation>重新向该坐席分配队列来电。</translation>
    </message>
    <message>
        <source>No more queue calls for the agent until they or you set them ready.</source>
        <translation>暂停向该坐席分配队列来电，直到坐席本人或您将其置闲。</translation>
    </message>
    <message>
        <source>Take the agent out of their queues; a call in progress goes on.</source>
        <translation>将坐席签出其所有队列；进行中的通话不受影响。</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>未选择坐席</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentTableModel</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>振铃</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>工作状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>持续时间</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::HelpPanel</name>
    <message>
        <source>Help requests (%1)</source>
        <translation>求助（%1）</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>求助</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::HelpRequestModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>求助内容</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::MonitoringWall</name>
    <message>
        <source>CTI Monitoring Wall</source>
        <translation>监控墙</translation>
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
        <source>Agents: %1    Online: %2</source>
        <translation>座席：%1    在线：%2</translation>
    </message>
    <message>
        <source>    Callers waiting: %1</source>
        <translation>    排队：%1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Wallboard mode</source>
        <translation>大屏模式(&amp;W)</translation>
    </message>
    <message>
        <source>Exit wallboard (Esc)</source>
        <translation>退出大屏 (Esc)</translation>
    </message>
    <message>
        <source>Wallboard mode (F11)</source>
        <translation>大屏模式 (F11)</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::NoticePanel</name>
    <message>
        <source>Broadcast to the department</source>
        <translation>全体广播</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>A notice to the selected agent or to a whole department</source>
        <translation>发给所选座席或整个部门的通知</translation>
    </message>
    <message>
        <source>The notice was sent.</source>
        <translation>通知已发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Send to the selected agent</source>
        <translation>发送通知给所选座席</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>发送通知给 %1</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::Notices</name>
    <message>
        <source>Write the notice first.</source>
        <translation>请先填写通知内容。</translation>
    </message>
    <message>
        <source>A notice has at most %1 characters.</source>
        <translation>通知最多 %1 个字。</translation>
    </message>
    <message>
        <source>Select an agent on the wall.</source>
        <translation>请在监控墙上选择一个座席。</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>请选择部门。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::QueueTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队数</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SupervisionModel</name>
    <message>
        <source>setting up</source>
        <translation>建立中</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>咨询中</translation>
    </message>
    <message>
        <source>in conference</source>
        <translation>会议中</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>转接中</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>班长介入中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>被咨询方</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>分配中</translation>
    </message>
    <message>
        <source>dialling</source>
        <translation>拨号中</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>whispering</source>
        <translation>耳语</translation>
    </message>
    <message>
        <source>barged in</source>
        <translation>强插</translation>
    </message>
    <message>
        <source>Not connected to the telephony server.</source>
        <translation>未连接话务服务器。</translation>
    </message>
    <message>
        <source>Your role may not supervise calls.</source>
        <translation>您的角色无权监控通话。</translation>
    </message>
    <message>
        <source>Select an agent on the wall.</source>
        <translation>请在监控墙上选择一个座席。</translation>
    </message>
    <message>
        <source>The selected agent is not on a call.</source>
        <translation>所选座席当前不在通话中。</translation>
    </message>
    <message>
        <source>This is your own call.</source>
        <translation>这是您自己的通话。</translation>
    </message>
    <message>
        <source>Another supervisor is already on this call.</source>
        <translation>已有其他班长介入此通话。</translation>
    </message>
    <message>
        <source>Only a call where two parties talk can be supervised (this one is %1).</source>
        <translation>只有双方正在通话的呼叫才能监听、耳语或强插（当前：%1）。</translation>
    </message>
    <message>
        <source>You have no extension: ask an administrator to assign one.</source>
        <translation>您没有分机：请联系管理员分配。</translation>
    </message>
    <message>
        <source>Your phone (extension %1) is not registered.</source>
        <translation>您的话机（分机 %1）未注册。</translation>
    </message>
    <message>
        <source>You left the call; the customer and the agent talk on.</source>
        <translation>您已退出通话，客户与座席继续通话。</translation>
    </message>
    <message>
        <source>The call was ended.</source>
        <translation>通话已挂断。</translation>
    </message>
    <message>
        <source>Monitoring: you hear both; nobody hears you.</source>
        <translation>监听中：您能听到双方，双方听不到您。</translation>
    </message>
    <message>
        <source>Whispering: only the agent hears you.</source>
        <translation>耳语中：只有座席能听到您。</translation>
    </message>
    <message>
        <source>Barged in: the customer and the agent both hear you.</source>
        <translation>已强插：客户和座席都能听到您。</translation>
    </message>
    <message>
        <source>%1 is not on a call.</source>
        <translation>%1 当前不在通话中。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source> — you, %1</source>
        <translation> — 您，%1</translation>
    </message>
    <message>
        <source> — you</source>
        <translation> — 您</translation>
    </message>
    <message>
        <source>Call %1, %2, caller %3</source>
        <translation>通话 %1，%2，主叫 %3</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SupervisionPanel</name>
    <message>
        <source>Monitor</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>耳语</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>强插</translation>
    </message>
    <message>
        <source>Supervise the call</source>
        <translation>通话监控</translation>
    </message>
    <message>
        <source>Hear the customer and the agent; nobody hears you.</source>
        <translation>监听客户与座席的通话，双方都听不到您。</translation>
    </message>
    <message>
        <source>Speak to the agent only; the customer does not hear you.</source>
        <translation>只对座席说话（耳语），客户听不到您。</translation>
    </message>
    <message>
        <source>Join the conversation: everyone hears everyone.</source>
        <translation>加入通话（强插）：三方互相都能听到。</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>未选择座席</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>座席：%1</translation>
    </message>
    <message>
        <source>Leave the call</source>
        <translation>退出通话</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>挂断通话</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SupervisorApp</name>
    <message>
        <source>Help requested by %1</source>
        <translation>%1 请求协助</translation>
    </message>
</context>
</TS>