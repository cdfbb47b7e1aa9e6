<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OrderForm</name>
    <message>
        <source>Account: %1</source>
        <translation>户号：%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Keyed in: %1 = %2</source>
        <translation>按键输入：%1 = %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>%1 来电</translation>
    </message>
    <message>
        <source>Call from %1, account %2</source>
        <translation>%1 来电，户号 %2</translation>
    </message>
</context>
<context>
    <name>cti::agent::AgentApp</name>
    <message>
        <source>My workbench</source>
        <translation>我的工作台</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单详情</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <source>[Help] %1 asks for help.</source>
        <translation>【求助】%1 请求协助。</translation>
    </message>
    <message>
        <source>[Help] %1 asks for help on the call with %2.</source>
        <translation>【求助】%1 在与 %2 的通话中请求协助。</translation>
    </message>
    <message>
        <source>Your request for help was sent.</source>
        <translation>求助已发送。</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>New voicemail</source>
        <translation>新语音留言</translation>
    </message>
    <message>
        <source>From %1 in %2</source>
        <translation>%1 的留言，信箱 %2</translation>
    </message>
    <message>
        <source>Voicemail (%1)</source>
        <translation>语音留言（%1）</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Answer calls &amp;automatically</source>
        <translation>自动应答(&amp;A)</translation>
    </message>
    <message>
        <source>Work &amp;continuously (ready after each call)</source>
        <translation>连续工作(&amp;C)（话后自动置闲）</translation>
    </message>
    <message>
        <source>Work &amp;intermittently (not ready after each call)</source>
        <translation>间歇工作(&amp;I)（每通话后置忙）</translation>
    </message>
    <message>
        <source>Outbound campaigns</source>
        <translation>外呼任务</translation>
    </message>
</context>
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
    <name>cti::agent::CallHistoryModel</name>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>呼叫方向</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>cti::agent::CallHistoryPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>Dial the other party of the chosen call</source>
        <translation>回拨所选通话的对方号码</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>暂无通话记录。</translation>
    </message>
</context>
<context>
    <name>cti::agent::CampaignModel</name>
    <message>
        <source>%1 records, %2 still to call, %3 calls in progress</source>
        <translation>共 %1 条名单记录，待拨 %2 条，通话中 %3 个</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>外呼任务</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>已拨</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>等待原因</translation>
    </message>
</context>
<context>
    <name>cti::agent::CampaignNames</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>渐进式</translation>
    </message>
    <message>
        <source>Predictive</source>
        <translation>预测式</translation>
    </message>
    <message>
        <source>Automatic (no agent)</source>
        <translation>自动外呼（无座席）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Past its last day</source>
        <translation>已过截止日期</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>No calling today</source>
        <translation>今日不外呼</translation>
    </message>
    <message>
        <source>Outside calling hours</source>
        <translation>不在外呼时段</translation>
    </message>
    <message>
        <source>Calling hours end soon</source>
        <translation>外呼时段即将结束</translation>
    </message>
    <message>
        <source>No agent signed in</source>
        <translation>无座席签入</translation>
    </message>
    <message>
        <source>No agent free</source>
        <translation>无空闲座席</translation>
    </message>
    <message>
        <source>All lines in use</source>
        <translation>线路已满</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>预热中</translation>
    </message>
    <message>
        <source>Slowed down: abandon rate near the cap</source>
        <translation>放弃率接近上限，已放慢拨号</translation>
    </message>
    <message>
        <source>Waiting for an agent to ask for a record</source>
        <translation>等待座席取下一条</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>预约回访</translation>
    </message>
    <message>
        <source>Do not call again</source>
        <translation>勿扰/不再拨打</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <source>The disposition is too long.</source>
        <translation>处理结果过长。</translation>
    </message>
    <message>
        <source>The note is too long: shorten it.</source>
        <translation>备注过长，请精简。</translation>
    </message>
    <message>
        <source>A callback needs a time in the future.</source>
        <translation>预约回访需要一个将来的时间。</translation>
    </message>
    <message>
        <source>Starting carefully: too few answers yet to risk an abandon</source>
        <translation>谨慎起步：接通数尚少，暂不提前拨号</translation>
    </message>
</context>
<context>
    <name>cti::agent::CampaignPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the campaigns and their figures.</source>
        <translation>重新载入外呼任务及其数据。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Hold the next record of this campaign for you.</source>
        <translation>为您保留本任务的下一条名单记录。</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Your phone rings first, then the number is dialled.</source>
        <translation>您的话机先振铃，接起后再拨打该号码。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Give the record back without calling it.</source>
        <translation>不拨打，退回这条记录。</translation>
    </message>
    <message>
        <source>Asking for the next record…</source>
        <translation>正在获取下一条…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>What the customer said, what was agreed…</source>
        <translation>客户的答复、约定的事项…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Dialling %1: your phone rings first…</source>
        <translation>正在拨打 %1：您的话机先振铃…</translation>
    </message>
    <message>
        <source>Giving the record back…</source>
        <translation>正在退回记录…</translation>
    </message>
    <message>
        <source>Nothing to call now in this campaign.</source>
        <translation>本任务当前没有可拨打的记录。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Read the record, then dial or skip it.</source>
        <translation>请阅读记录，然后拨打或跳过。</translation>
    </message>
    <message>
        <source>Dialled %1. After the call, record its result.</source>
        <translation>已拨打 %1。通话结束后请记录处理结果。</translation>
    </message>
    <message>
        <source>Skipped. Ask for the next record when you are ready.</source>
        <translation>已跳过。准备好后再取下一条。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>号码：%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message numerus="yes">
        <source>Campaigns: %n</source>
        <translation>
            <numerusform>外呼任务：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a campaign.</source>
        <translation>请选择一个外呼任务。</translation>
    </message>
    <message>
        <source>Ask for a record, read it, then dial or skip it.</source>
        <translation>取一条记录，阅读后拨打或跳过。</translation>
    </message>
    <message>
        <source>This campaign is not running.</source>
        <translation>本任务未在进行中。</translation>
    </message>
    <message>
        <source>This campaign dials by itself: its calls come to you like queue calls.</source>
        <translation>本任务自动拨号：接通的电话像队列来电一样分配给您。</translation>
    </message>
    <message>
        <source>No campaign call. The result of a campaign call is recorded here.</source>
        <translation>当前没有外呼任务的通话。外呼通话的处理结果在此记录。</translation>
    </message>
    <message>
        <source>Campaign call with %1 (record %2)</source>
        <translation>与 %1 的外呼通话（名单记录 %2）</translation>
    </message>
    <message>
        <source>%1: call with %2 (record %3)</source>
        <translation>%1：与 %2 的通话（名单记录 %3）</translation>
    </message>
</context>
<context>
    <name>cti::agent::KbArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
</context>
<context>
    <name>cti::agent::KnowledgePanel</name>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Send to customer</source>
        <translation>发送给客户</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>输入要搜索的关键词</translation>
    </message>
    <message>
        <source>Search, then choose an article to read it.</source>
        <translation>请先搜索，再选择一篇文章阅读。</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Number or e-mail address</source>
        <translation>号码或邮件地址</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>发送到：</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>没有匹配的文章。</translation>
    </message>
    <message>
        <source>Version %1, by %2, updated %3</source>
        <translation>第 %1 版，作者：%2，更新于 %3</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Sent. The order&apos;s history records it.</source>
        <translation>已发送，工单记录中已留存。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>cti::agent::NotReadyReasons</name>
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
<context>
    <name>cti::agent::OrderActions</name>
    <message>
        <source>Choose the department to send the order to.</source>
        <translation>请选择工单派往的部门。</translation>
    </message>
    <message>
        <source>The order goes to exactly one department.</source>
        <translation>工单只能转派给一个部门。</translation>
    </message>
    <message>
        <source>At most %1 departments at once.</source>
        <translation>一次最多派往 %1 个部门。</translation>
    </message>
    <message>
        <source>Record the caller&apos;s satisfaction.</source>
        <translation>请记录来电人的满意度。</translation>
    </message>
    <message>
        <source>Write an opinion: why, or what was done.</source>
        <translation>请填写意见：原因或处理情况。</translation>
    </message>
    <message>
        <source>The opinion is limited to %1 characters (now %2).</source>
        <translation>意见最多 %1 个字（现为 %2 个）。</translation>
    </message>
</context>
<context>
    <name>cti::agent::OrderDetail</name>
    <message>
        <source>Number:</source>
        <translation>工单编号：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>受理渠道：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>来电号码：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>登记时间：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Current step:</source>
        <translation>当前环节：</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>处理记录：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Send to several departments at once (parallel or countersign steps).</source>
        <translation>同时派往多个部门（并行或会签环节）。</translation>
    </message>
    <message>
        <source>(ask the caller)</source>
        <translation>（请询问来电人）</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Insert a common phrase...</source>
        <translation>插入常用语……</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>No work order open</source>
        <translation>未打开工单</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>accept by %1</source>
        <translation>%1 前受理</translation>
    </message>
    <message>
        <source>finish by %1</source>
        <translation>%1 前办结</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>paused, waiting on the caller</source>
        <translation>已挂起，等待来电人</translation>
    </message>
    <message numerus="yes">
        <source> (urged %n time(s))</source>
        <translation>
            <numerusform>（已催办 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Where the order goes.</source>
        <translation>工单派往的部门。</translation>
    </message>
    <message>
        <source>Where the order goes; leave it empty when the workflow decides.</source>
        <translation>工单派往的部门；由流程决定时可不填。</translation>
    </message>
    <message>
        <source>Opinion (optional):</source>
        <translation>意见（可不填）：</translation>
    </message>
    <message>
        <source>%1: sending...</source>
        <translation>%1：正在提交……</translation>
    </message>
</context>
<context>
    <name>cti::agent::OrderForm</name>
    <message>
        <source>Choose the type of the order.</source>
        <translation>请选择工单类型。</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>The title is limited to %1 characters (now %2).</source>
        <translation>标题最多 %1 个字（现为 %2 个）。</translation>
    </message>
    <message>
        <source>Enter the content: what the caller reported or asked.</source>
        <translation>请填写内容：来电人反映或咨询的问题。</translation>
    </message>
    <message>
        <source>The content is limited to %1 characters (now %2).</source>
        <translation>内容最多 %1 个字（现为 %2 个）。</translation>
    </message>
    <message>
        <source>The caller number is limited to %1 characters.</source>
        <translation>来电号码最多 %1 位。</translation>
    </message>
    <message>
        <source>The contact name is limited to %1 characters.</source>
        <translation>联系人姓名最多 %1 个字。</translation>
    </message>
    <message>
        <source>Restricted: hide the caller from those not allowed to see complainants</source>
        <translation>保密：对无权查看投诉人的人员隐藏来电人信息</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>(choose a type)</source>
        <translation>（请选择类型）</translation>
    </message>
    <message>
        <source>What the order is about, in a few words</source>
        <translation>用几个字概括工单事由</translation>
    </message>
    <message>
        <source>Fill the content from a template of this order type.</source>
        <translation>用本类型的工单模板填写内容。</translation>
    </message>
    <message>
        <source>Insert a common phrase where the cursor is.</source>
        <translation>在光标处插入常用语。</translation>
    </message>
    <message>
        <source>What the caller reported or asked</source>
        <translation>来电人反映或咨询的问题</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>受理渠道：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Helpers:</source>
        <translation>辅助填写：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Caller number:</source>
        <translation>来电号码：</translation>
    </message>
    <message>
        <source>Contact name:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Insert a common phrase...</source>
        <translation>插入常用语……</translation>
    </message>
    <message>
        <source>Use a template...</source>
        <translation>使用模板……</translation>
    </message>
    <message>
        <source>From call %1</source>
        <translation>来自通话 %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Work order %1 saved: %2</source>
        <translation>工单 %1 已保存：%2</translation>
    </message>
    <message>
        <source>The order was not saved: %1</source>
        <translation>工单未保存：%1</translation>
    </message>
</context>
<context>
    <name>cti::agent::OrderNames</name>
    <message>
        <source>Business</source>
        <translation>业务办理</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转派</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation>答复来电人</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Callback visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Send article</source>
        <translation>发送知识</translation>
    </message>
    <message>
        <source>Waiting to be accepted</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>受理超期</translation>
    </message>
    <message>
        <source>not finished in time</source>
        <translation>办理超期</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>派往 %1</translation>
    </message>
    <message>
        <source>Work order %1 was sent to you: %2</source>
        <translation>工单 %1 已派给您：%2</translation>
    </message>
    <message>
        <source>Work order %1 is being supervised: %2</source>
        <translation>工单 %1 被督办：%2</translation>
    </message>
    <message>
        <source>Work order %1 was urged: %2</source>
        <translation>工单 %1 被催办：%2</translation>
    </message>
    <message>
        <source>Work order %1 is overdue: %2</source>
        <translation>工单 %1 已超期：%2</translation>
    </message>
    <message>
        <source>Work order %1 (%2): %3 by %4</source>
        <translation>工单 %1（%2）：%4 %3</translation>
    </message>
    <message>
        <source>Work order %1 changed: %2</source>
        <translation>工单 %1 有更新：%2</translation>
    </message>
</context>
<context>
    <name>cti::agent::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>原密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>密码未修改。</translation>
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
    <message>
        <source>Create work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任部门：</translation>
    </message>
    <message>
        <source>Recommended:</source>
        <translation>推荐产品：</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>近期记录：</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 account %2, %3</source>
        <translation>%1户号 %2，%3</translation>
    </message>
    <message>
        <source>Not a known customer</source>
        <translation>非登记客户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Order %1 %2 (%3)</source>
        <translation>工单 %1 %2（%3）</translation>
    </message>
    <message>
        <source>Call %1 %2</source>
        <translation>来电 %1 %2</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>（未接通座席）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>外呼任务</translation>
    </message>
    <message>
        <source>Call-list record</source>
        <translation>名单记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
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
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ask your team leader for help; they see it at once, during your call too.</source>
        <translation>向班长求助；通话中也会立即送达。</translation>
    </message>
</context>
<context>
    <name>cti::agent::StatusArea</name>
    <message>
        <source>Callers waiting: %1</source>
        <translation>排队等待：%1</translation>
    </message>
    <message>
        <source> (longest %1)</source>
        <translation>（最长 %1）</translation>
    </message>
    <message>
        <source>On duty %1 · idle %2 · on calls %3 · wrap-up %4 · not ready %5 · away %6</source>
        <translation>在岗 %1 · 空闲 %2 · 通话 %3 · 话后 %4 · 置忙 %5 · 离开 %6</translation>
    </message>
</context>
<context>
    <name>cti::agent::VoicemailModel</name>
    <message>
        <source>The recording ended early: %1</source>
        <translation>录音提前结束：%1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>已听</translation>
    </message>
    <message>
        <source>Not heard</source>
        <translation>未听</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>信箱</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cti::agent::VoicemailPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation>正在获取录音…</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>正在播放…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>播放完毕。</translation>
    </message>
    <message>
        <source>The voicemail cannot be played: %1</source>
        <translation>无法播放该语音留言：%1</translation>
    </message>
</context>
<context>
    <name>cti::agent::WorkbenchModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（挂起）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Urgent order: handle it first</source>
        <translation>紧急工单：请优先处理</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>cti::agent::WorkbenchPanel</name>
    <message>
        <source>The search text is too long: use a few words.</source>
        <translation>查询内容太长，请输入几个关键词。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>My workbench</source>
        <translation>我的工作台</translation>
    </message>
    <message>
        <source>Number, title, content, caller...</source>
        <translation>工单编号、标题、内容、来电号码……</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search all the orders you may see.</source>
        <translation>在您有权查看的全部工单中查询。</translation>
    </message>
    <message>
        <source>Reload the orders waiting for you or your department.</source>
        <translation>重新载入待您或您部门处理的工单。</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>正在查询……</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n order(s) found</source>
        <translation>
            <numerusform>查询结果：共 %n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My workbench: %n order(s)</source>
        <translation>
            <numerusform>我的工作台：共 %n 张工单</numerusform>
        </translation>
    </message>
</context>
</TS>
