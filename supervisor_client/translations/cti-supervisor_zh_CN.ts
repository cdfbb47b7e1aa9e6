<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>cti::supervisor::AdminForm</name>
    <message>
        <source>HH:MM</source>
        <translation>时:分（HH:MM）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>One or more of: %1</source>
        <translation>可选：%1</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AdminLabels</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift members</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>工单时限</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Number segments</source>
        <translation>号段</translation>
    </message>
    <message>
        <source>VIP and blacklist</source>
        <translation>VIP/黑名单</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Data dictionaries</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <source>System parameters</source>
        <translation>系统参数</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>队列编号</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>分配策略</translation>
    </message>
    <message>
        <source>Ring timeout (s)</source>
        <translation>振铃超时（秒）</translation>
    </message>
    <message>
        <source>Service level (s)</source>
        <translation>服务水平（秒）</translation>
    </message>
    <message>
        <source>Most callers waiting</source>
        <translation>最多排队人数</translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation>最长等待（秒）</translation>
    </message>
    <message>
        <source>Overflow queue</source>
        <translation>溢出队列</translation>
    </message>
    <message>
        <source>Overflow action</source>
        <translation>溢出动作</translation>
    </message>
    <message>
        <source>Announcement interval (s)</source>
        <translation>播报间隔（秒）</translation>
    </message>
    <message>
        <source>Survey flow</source>
        <translation>满意度调查流程</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <source>Relax skills after (s)</source>
        <translation>放宽技能要求（秒后）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>时区偏移</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>每周工作时间</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已签入</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Time to accept (s)</source>
        <translation>受理时限（秒）</translation>
    </message>
    <message>
        <source>Time to process (s)</source>
        <translation>处理时限（秒）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Default for</source>
        <translation>默认用于</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>号码前缀</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Announcement ID</source>
        <translation>公告编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>字典</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效方式</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Length (s)</source>
        <translation>时长（秒）</translation>
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
        <translation>质检主管</translation>
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
        <source>Account number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>中继线路</translation>
    </message>
    <message>
        <source>Number routes</source>
        <translation>号码路由</translation>
    </message>
    <message>
        <source>Phone extensions</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>座席设置</translation>
    </message>
    <message>
        <source>Number dialled</source>
        <translation>被叫号码</translation>
    </message>
    <message>
        <source>Trunk ID</source>
        <translation>中继编号</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输协议</translation>
    </message>
    <message>
        <source>Accept calls from</source>
        <translation>允许来话地址</translation>
    </message>
    <message>
        <source>Outbound prefix</source>
        <translation>外呼前缀</translation>
    </message>
    <message>
        <source>Most calls</source>
        <translation>最大并发</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>去向类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机号</translation>
    </message>
    <message>
        <source>May dial</source>
        <translation>外呼权限</translation>
    </message>
    <message>
        <source>Encrypted media (SRTP)</source>
        <translation>媒体加密（SRTP）</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>工作模式</translation>
    </message>
    <message>
        <source>Auto answer</source>
        <translation>自动应答</translation>
    </message>
    <message>
        <source>After-call work (s)</source>
        <translation>话后处理（秒）</translation>
    </message>
    <message>
        <source>After-call work ended by hand</source>
        <translation>手动结束话后处理</translation>
    </message>
    <message>
        <source>Unanswered offers before not ready</source>
        <translation>未接几次后置忙</translation>
    </message>
    <message>
        <source>Changes reach the ACD at once; callers already waiting stay in the queue.</source>
        <translation>改动立即应用到 ACD；已在排队的来电仍留在队列中。</translation>
    </message>
    <message>
        <source>IVR business-hours conditions and work-order deadlines use a saved calendar at once.</source>
        <translation>日历保存后，IVR 的工作时间条件和工单时限立即按新日历计算。</translation>
    </message>
    <message>
        <source>An end earlier than the start ends on the next day (night shift).</source>
        <translation>结束时间早于开始时间表示到次日结束（夜班）。</translation>
    </message>
    <message>
        <source>Who works a shift now (the server's local time) and whether they are signed in.</source>
        <translation>此刻（按服务器当地时间）在班的人员，以及他们是否已登录。</translation>
    </message>
    <message>
        <source>Times are business seconds on the calendar; orders created from now on use them.</source>
        <translation>时限按日历的工作时间以秒计；此后新建的工单使用新时限。</translation>
    </message>
    <message>
        <source>A save is a new version (the name comes from the definition); orders keep the version they started with.</source>
        <translation>每次保存生成一个新版本（名称取自定义）；工单沿用其开始时的版本。</translation>
    </message>
    <message>
        <source>The longest matching prefix of a caller's number decides.</source>
        <translation>以与来电号码匹配的最长号段为准。</translation>
    </message>
    <message>
        <source>VIP level 1 is the green channel (ahead of everyone in queues); blacklisted callers get the queue's blacklist treatment. The next call uses the change.</source>
        <translation>VIP 等级 1 为绿色通道（在队列中排在所有人之前）；黑名单来电按队列的黑名单方式处理。改动从下一通来电起生效。</translation>
    </message>
    <message>
        <source>Desktops read the lists when they log in.</source>
        <translation>各客户端在登录时读取这些列表。</translation>
    </message>
    <message>
        <source>A new announcement reaches every desktop at once; published ones are removed, not edited.</source>
        <translation>新公告立即送达所有客户端；已发布的公告只能删除，不能修改。</translation>
    </message>
    <message>
        <source>A value left empty is the configuration file's. Changes take effect when the server is restarted.</source>
        <translation>值留空即采用配置文件中的设置。改动在服务器重启后生效。</translation>
    </message>
    <message>
        <source>Calls from the allowed addresses are accepted without a password; outbound numbers get the dial prefix. New calls use a change at once.</source>
        <translation>来自允许地址的呼叫无需密码即可接入；外呼号码前加外呼前缀。改动立即对新呼叫生效。</translation>
    </message>
    <message>
        <source>A number ending in '*' matches every number it begins (the longest wins). New calls use a change at once.</source>
        <translation>以“*”结尾的号码匹配以其开头的所有号码（最长者优先）。改动立即对新呼叫生效。</translation>
    </message>
    <message>
        <source>What each phone may dial out to and whether its media is encrypted; the phone's password is set when the user is created.</source>
        <translation>设置每部话机可拨打的范围及其媒体是否加密；话机密码在创建用户时设置。</translation>
    </message>
    <message>
        <source>Continuous: back to ready after each call; intermittent: not ready after each call. After max_no_answer unanswered offers in a row the agent is set not ready. The ACD takes a change at once.</source>
        <translation>连续工作：每通电话后自动置闲；间歇工作：每通电话后置忙。连续未接达到“未接几次后置忙”所设次数，座席即被置忙。改动立即应用到 ACD。</translation>
    </message>
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
        <source>Longest idle first</source>
        <translation>空闲最久优先</translation>
    </message>
    <message>
        <source>Ring all at once</source>
        <translation>同时振铃</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>In fixed order</source>
        <translation>按固定顺序</translation>
    </message>
    <message>
        <source>Fewest calls today</source>
        <translation>今日接听最少优先</translation>
    </message>
    <message>
        <source>Least talk time today</source>
        <translation>今日通话最短优先</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Best skill match</source>
        <translation>技能最匹配优先</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>预约回呼</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>IVR flow</source>
        <translation>IVR 流程</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Internal calls only</source>
        <translation>仅限内部呼叫</translation>
    </message>
    <message>
        <source>Local numbers</source>
        <translation>本地号码</translation>
    </message>
    <message>
        <source>National numbers</source>
        <translation>国内号码</translation>
    </message>
    <message>
        <source>Any number, international too</source>
        <translation>不限（含国际）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>When the phone offers it</source>
        <translation>话机支持时加密</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续工作</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>间歇工作</translation>
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
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Not-ready reasons</source>
        <translation>置忙原因</translation>
    </message>
    <message>
        <source>When the server restarts</source>
        <translation>服务器重启后生效</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>An unanswered phone stops ringing after this many seconds.</source>
        <translation>话机振铃超过该秒数仍无人接听即停止振铃。</translation>
    </message>
    <message>
        <source>A call is ended after this many seconds (0: no limit).</source>
        <translation>通话超过该秒数即被挂断（0：不限）。</translation>
    </message>
    <message>
        <source>Recordings older than this many days are deleted (0: kept forever).</source>
        <translation>超过该天数的录音将被删除（0：永久保存）。</translation>
    </message>
    <message>
        <source>A voicemail message is cut off after this many seconds.</source>
        <translation>语音留言超过该秒数即被截断。</translation>
    </message>
    <message>
        <source>Calls to a callback number before the request fails.</source>
        <translation>回呼号码的最多呼叫次数，用尽后回呼请求即失败。</translation>
    </message>
    <message>
        <source>Seconds between callback attempts after busy or no answer.</source>
        <translation>遇忙或无人接听后，两次回呼之间间隔的秒数。</translation>
    </message>
    <message>
        <source>An outbound campaign call not answered by then counts as no answer.</source>
        <translation>外呼活动的呼叫超过该秒数未接通即记为无人接听。</translation>
    </message>
    <message>
        <source>Trunk channels one campaign may hold at once.</source>
        <translation>一个外呼活动可同时占用的中继通道数。</translation>
    </message>
    <message>
        <source>Times a fax is dialled before it fails.</source>
        <translation>传真发送失败前最多拨号的次数。</translation>
    </message>
    <message>
        <source>Seconds between fax attempts.</source>
        <translation>两次发送传真之间间隔的秒数。</translation>
    </message>
    <message>
        <source>Our fax station id (TSI/CSI), by custom the fax number in international form.</source>
        <translation>本方传真标识（TSI/CSI），通常为国际格式的传真号码。</translation>
    </message>
    <message>
        <source>The line printed above each fax page sent (empty: none).</source>
        <translation>发出的每页传真顶部打印的一行文字（空：不打印）。</translation>
    </message>
    <message>
        <source>Failed logins within the window before an account is locked.</source>
        <translation>统计时段内登录失败达到该次数即锁定账号。</translation>
    </message>
    <message>
        <source>Seconds an account stays locked after too many failed logins.</source>
        <translation>登录失败次数过多后账号保持锁定的秒数。</translation>
    </message>
    <message>
        <source>Role code</source>
        <translation>角色代码</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <source>Works as</source>
        <translation>工作身份</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Post announcements</source>
        <translation>发布公告</translation>
    </message>
    <message>
        <source>Change own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Handle own calls</source>
        <translation>处理本人通话</translation>
    </message>
    <message>
        <source>Sign in, ready, not ready</source>
        <translation>签入、就绪、未就绪</translation>
    </message>
    <message>
        <source>Force agents' status</source>
        <translation>强制坐席状态</translation>
    </message>
    <message>
        <source>Edit IVR flows</source>
        <translation>编辑 IVR 流程</translation>
    </message>
    <message>
        <source>Monitor, whisper, barge, take over</source>
        <translation>监听、密语、强插、强拆接管</translation>
    </message>
    <message>
        <source>See work orders</source>
        <translation>查看工单</translation>
    </message>
    <message>
        <source>Register work orders</source>
        <translation>登记工单</translation>
    </message>
    <message>
        <source>Work on assigned orders</source>
        <translation>处理派给自己的工单</translation>
    </message>
    <message>
        <source>Dispatch, reply, visit, close orders</source>
        <translation>派单、回复、回访、结案</translation>
    </message>
    <message>
        <source>Urge and supervise orders</source>
        <translation>催办与督办</translation>
    </message>
    <message>
        <source>See restricted complainants</source>
        <translation>查看保密投诉人</translation>
    </message>
    <message>
        <source>Look up customers</source>
        <translation>查询客户</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>编辑客户资料</translation>
    </message>
    <message>
        <source>VIP, blacklist, number segments</source>
        <translation>VIP、黑名单、号段</translation>
    </message>
    <message>
        <source>Read the knowledge base</source>
        <translation>查阅知识库</translation>
    </message>
    <message>
        <source>Edit the knowledge base</source>
        <translation>编辑知识库</translation>
    </message>
    <message>
        <source>Send knowledge corrections</source>
        <translation>提交知识纠错</translation>
    </message>
    <message>
        <source>Send articles to customers</source>
        <translation>向客户发送知识</translation>
    </message>
    <message>
        <source>Workflows, deadlines, templates</source>
        <translation>流程、时限、模板</translation>
    </message>
    <message>
        <source>Users, roles, departments, skills</source>
        <translation>用户、角色、部门、技能</translation>
    </message>
    <message>
        <source>Internal messages</source>
        <translation>内部消息</translation>
    </message>
    <message>
        <source>Work campaign calls</source>
        <translation>外呼任务作业</translation>
    </message>
    <message>
        <source>Manage campaigns</source>
        <translation>管理外呼任务</translation>
    </message>
    <message>
        <source>Send and receive faxes</source>
        <translation>收发传真</translation>
    </message>
    <message>
        <source>Upload and record prompts</source>
        <translation>上传和录制语音提示</translation>
    </message>
    <message>
        <source>Run reports</source>
        <translation>运行报表</translation>
    </message>
    <message>
        <source>Queues, calendars, shifts, dictionaries, parameters</source>
        <translation>队列、日历、班次、字典、系统参数</translation>
    </message>
    <message>
        <source>Campaign call results</source>
        <translation>外呼结果</translation>
    </message>
    <message>
        <source>Work-order types</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Work-order urgencies</source>
        <translation>工单紧急程度</translation>
    </message>
    <message>
        <source>Work-order channels</source>
        <translation>工单受理渠道</translation>
    </message>
    <message>
        <source>“Works as” decides which desktop window the role's users get; the permissions decide what they may do. A change applies at once, to the desktops already logged in too. Built-in roles stay, a role still given to users is not removed.</source>
        <translation>“工作身份”决定该角色的用户使用哪个桌面窗口；权限决定他们能做什么。修改立即生效，已登录的桌面也随之更新。内置角色不可删除，仍有用户使用的角色也不能删除。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AdminTablePage</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Remove the selected record?</source>
        <translation>删除选中的记录？</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AdminWindow</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
</context>
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
    <name>cti::supervisor::AgentQueuesModel</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>未连接服务器。</translation>
    </message>
    <message>
        <source>Only team leaders and supervisors may change queue membership.</source>
        <translation>只有班长和主管可以调整座席所属队列。</translation>
    </message>
    <message>
        <source>Choose an agent on the wall.</source>
        <translation>请在监控墙上选择一名座席。</translation>
    </message>
    <message>
        <source>The queue membership is loading…</source>
        <translation>正在读取所属队列…</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>请选择队列。</translation>
    </message>
    <message>
        <source>The agent is not in %1.</source>
        <translation>该座席不在%1中。</translation>
    </message>
    <message>
        <source>There is no queue named %1.</source>
        <translation>没有名为%1的队列。</translation>
    </message>
    <message>
        <source>The agent is already in %1.</source>
        <translation>该座席已在%1中。</translation>
    </message>
    <message>
        <source>A level is %1 (offered first) to %2.</source>
        <translation>级别为 %1（最先分配）到 %2。</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Saved: %1 is in no queue now.</source>
        <translation>已保存：%1现在不属于任何队列。</translation>
    </message>
    <message>
        <source>Saved: %1 now takes calls from %2.</source>
        <translation>已保存：%1现在接听以下队列的来电：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 takes no queue calls: add a queue.</source>
        <translation>%1不接听任何队列的来电：请添加队列。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentQueuesPanel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>所属队列</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>级别 </translation>
    </message>
    <message>
        <source>Level 1 is offered calls first; higher levels when level 1 is busy.</source>
        <translation>级别 1 最先分配来电；级别 1 都忙时再分配给更高级别。</translation>
    </message>
    <message>
        <source>The agent takes calls from this queue from the next offer on.</source>
        <translation>从下一通来电起，该座席接听此队列的来电。</translation>
    </message>
    <message>
        <source>The agent takes no more calls from the chosen queue; a ringing offer stays.</source>
        <translation>该座席不再接听所选队列的来电；正在振铃的来电不受影响。</translation>
    </message>
    <message>
        <source>Queues of %1</source>
        <translation>%1的所属队列</translation>
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
    <name>cti::supervisor::AudioRecorder</name>
    <message>
        <source>No microphone is connected to this computer: connect a headset to record, or upload an audio file.</source>
        <translation>这台电脑没有连接麦克风：请连接耳麦后录音，或上传音频文件。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::DepartmentModel</name>
    <message>
        <source>Department</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::DepartmentsPage</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowDocument</name>
    <message>
        <source>The flow is not a JSON object: %1</source>
        <translation>流程不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The flow has no list of nodes.</source>
        <translation>流程中没有节点列表。</translation>
    </message>
    <message>
        <source>Every node needs its own id.</source>
        <translation>每个节点都需要唯一的编号。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowEditor</name>
    <message>
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Set as start</source>
        <translation>设为起始节点</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>IVR flows</source>
        <translation>IVR流程</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>流程：</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Select a node to edit its properties.</source>
        <translation>选择一个节点以编辑其属性。</translation>
    </message>
    <message>
        <source>prompt ids, separated by commas</source>
        <translation>提示音编号，以逗号分隔</translation>
    </message>
    <message>
        <source>Prompts in the library: %1</source>
        <translation>提示音库中的提示音：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(remove this key)</source>
        <translation>（删除此按键）</translation>
    </message>
    <message>
        <source>Key %1 →</source>
        <translation>按键 %1 →</translation>
    </message>
    <message>
        <source>(choose a node)</source>
        <translation>（选择节点）</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>添加按键</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新按键</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowEditorModel</name>
    <message>
        <source>The flow %1 cannot be edited here: %2</source>
        <translation>流程 %1 无法在此编辑：%2</translation>
    </message>
    <message>
        <source>%1 version %2 loaded.</source>
        <translation>已加载 %1 第 %2 版。</translation>
    </message>
    <message>
        <source>Saved: %1 version %2 runs from the next call on.</source>
        <translation>已保存：%1 第 %2 版从下一个来电起生效。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowNodes</name>
    <message>
        <source>Play prompt</source>
        <translation>放音</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Collect digits</source>
        <translation>收号</translation>
    </message>
    <message>
        <source>Customer lookup</source>
        <translation>客户查询</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件判断</translation>
    </message>
    <message>
        <source>Set variable</source>
        <translation>设置变量</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>预约回呼</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>文本转语音</translation>
    </message>
    <message>
        <source>Unknown type %1</source>
        <translation>未知类型 %1</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Keys interrupt</source>
        <translation>按键打断</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>按键选项</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Invalid input prompts</source>
        <translation>输入错误提示音</translation>
    </message>
    <message>
        <source>No input prompts</source>
        <translation>无输入提示音</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>失败时</translation>
    </message>
    <message>
        <source>Minimum digits</source>
        <translation>最少位数</translation>
    </message>
    <message>
        <source>Maximum digits</source>
        <translation>最多位数</translation>
    </message>
    <message>
        <source>End key</source>
        <translation>结束键</translation>
    </message>
    <message>
        <source>Between digits (s)</source>
        <translation>按键间隔（秒）</translation>
    </message>
    <message>
        <source>Allow *</source>
        <translation>允许 *</translation>
    </message>
    <message>
        <source>Luhn check</source>
        <translation>Luhn 校验</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>On invalid input</source>
        <translation>输入无效时</translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation>查询依据</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>判断条件</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>信箱</translation>
    </message>
    <message>
        <source>Fax document</source>
        <translation>传真文档</translation>
    </message>
    <message>
        <source>Valid keys</source>
        <translation>有效按键</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Read numbers as</source>
        <translation>数字读法</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
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
    <name>cti::supervisor::MediaAudioRecorder</name>
    <message>
        <source>The microphone offers no sample format this program can record.</source>
        <translation>麦克风提供的采样格式本程序无法录制。</translation>
    </message>
    <message>
        <source>the device could not be opened</source>
        <translation>无法打开设备</translation>
    </message>
    <message>
        <source>the device stopped delivering sound</source>
        <translation>设备不再输入声音</translation>
    </message>
    <message>
        <source>Recording failed: %1.</source>
        <translation>录音失败：%1。</translation>
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
    <name>cti::supervisor::PromptLibrary</name>
    <message>
        <source>Prompt %1 (%2) removed.</source>
        <translation>提示音 %1（%2）已删除。</translation>
    </message>
    <message>
        <source>Prompt %1 (%2) stored: %3 seconds.</source>
        <translation>提示音 %1（%2）已保存：%3 秒。</translation>
    </message>
    <message>
        <source>There is no audio to upload: the file or the recording is empty.</source>
        <translation>没有可上传的音频：文件或录音为空。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB: shorten it or save it as 8 kHz mono WAV.</source>
        <translation>%1 超过 10 MB：请剪短，或另存为 8 kHz 单声道 WAV。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::PromptsModel</name>
    <message>
        <source>A prompt id is category/name in lower-case letters, digits, _ or - (e.g. ivr/welcome).</source>
        <translation>提示音编号的格式为“类别/名称”，只能用小写字母、数字、_ 或 -（例如 ivr/welcome）。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::PromptsPanel</name>
    <message>
        <source>&amp;Upload file…</source>
        <translation>上传文件(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>录音(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>category/name, e.g. ivr/welcome</source>
        <translation>类别/名称，例如 ivr/welcome</translation>
    </message>
    <message>
        <source>Store an audio file (WAV, FLAC, OGG…; up to 10 MB) as this prompt</source>
        <translation>把音频文件（WAV、FLAC、OGG…；最大 10 MB）保存为此提示音</translation>
    </message>
    <message>
        <source>Record this prompt from the microphone (up to a minute)</source>
        <translation>用麦克风录制此提示音（最长约一分钟）</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示音：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>停止录音(&amp;S)</translation>
    </message>
    <message>
        <source>Recording… speak now, then click Stop recording.</source>
        <translation>正在录音…请讲话，讲完后点击“停止录音”。</translation>
    </message>
    <message>
        <source>Upload a prompt</source>
        <translation>上传提示音</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.aiff *.au);;All files (*)</source>
        <translation>音频文件 (*.wav *.flac *.ogg *.oga *.aiff *.au);;所有文件 (*)</translation>
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
    <name>cti::supervisor::RecordingModel</name>
    <message>
        <source>Search a number by its digits (up to %1).</source>
        <translation>号码请只输入数字（最多 %1 位）。</translation>
    </message>
    <message>
        <source>A work order number has up to %1 characters.</source>
        <translation>工单号最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>The recording ended early: %1</source>
        <translation>录音提前结束：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>主叫</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>被叫</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>质检得分</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::RecordingView</name>
    <message>
        <source>Search</source>
        <translation>查询</translation>
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
        <source>Save score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录音质检</translation>
    </message>
    <message>
        <source>Digits of the caller or callee</source>
        <translation>主叫或被叫号码中的数字</translation>
    </message>
    <message>
        <source>Work order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部座席</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Comment (up to %1 characters)</source>
        <translation>评语（最多 %1 个字）</translation>
    </message>
    <message>
        <source>Playing.</source>
        <translation>正在播放。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>播放完毕。</translation>
    </message>
    <message>
        <source>Playing %1 / %2</source>
        <translation>正在播放 %1 / %2</translation>
    </message>
    <message>
        <source>No recording matches.</source>
        <translation>没有符合条件的录音。</translation>
    </message>
    <message>
        <source>Recordings found: %1</source>
        <translation>找到录音：%1 条</translation>
    </message>
    <message>
        <source>Score saved by %1: %2 points.</source>
        <translation>%1已保存评分：%2 分。</translation>
    </message>
    <message>
        <source>Starting playback…</source>
        <translation>开始播放…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Choose a recording first.</source>
        <translation>请先选择一条录音。</translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation>正在下载录音…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Saving the score…</source>
        <translation>正在保存评分…</translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation>总分：%1 / %2</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ReportExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>PDF 文件为空</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ReportModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1报表</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>呼入量</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通量</translation>
    </message>
    <message>
        <source>Answered in service level</source>
        <translation>服务水平内接通</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃量</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>短时放弃</translation>
    </message>
    <message>
        <source>Overflowed</source>
        <translation>溢出量</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝量</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等待时长</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等待时长</translation>
    </message>
    <message>
        <source>Average wait before abandoning</source>
        <translation>放弃前平均等待</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation>平均通话时长</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>分配次数</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未接次数</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签入时长</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>空闲时长</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>示忙时长</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开时长</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后处理时长</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>经过次数</translation>
    </message>
    <message>
        <source>Ended here</source>
        <translation>在此结束</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Overdue rate</source>
        <translation>超期率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>IVR nodes</source>
        <translation>语音导航节点</translation>
    </message>
    <message>
        <source>Order types</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>工单超期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Flow / node</source>
        <translation>流程/节点</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>项目</translation>
    </message>
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
        <source>In time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未回访</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫数</translation>
    </message>
    <message>
        <source>Share ended here</source>
        <translation>在此结束占比</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ReportView</name>
    <message>
        <source>&amp;Run</source>
        <translation>查询(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>整个时间段</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>统计粒度：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Chart of:</source>
        <translation>图表指标：</translation>
    </message>
    <message>
        <source>Saved for everyone (administrators only)</source>
        <translation>所有人可用（仅限管理员）</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>已保存的报表</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Saved report deleted.</source>
        <translation>已删除保存的报表。</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>正在查询报表…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (seconds)</source>
        <translation>%1（秒）</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <source>Name (up to 64 characters):</source>
        <translation>名称（最多 64 个字符）：</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>报表的第一天</translation>
    </message>
    <message>
        <source>The last day of the report (included)</source>
        <translation>报表的最后一天（含当天）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SavedReportsModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（共享）</translation>
    </message>
    <message>
        <source>%1 report, saved by %2 on %3</source>
        <translation>%1报表，%2 保存于 %3</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ScoreForm</name>
    <message>
        <source>Greeting</source>
        <translation>开场问候</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>业务准确</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>规范合规</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>问题解决</translation>
    </message>
    <message>
        <source>Score at least one item.</source>
        <translation>请至少为一项评分。</translation>
    </message>
    <message>
        <source>A comment has up to %1 characters.</source>
        <translation>评语最多 %1 个字。</translation>
    </message>
    <message>
        <source>Unknown score item "%1".</source>
        <translation>未知的评分项“%1”。</translation>
    </message>
    <message>
        <source>%1 is scored twice.</source>
        <translation>%1被评了两次。</translation>
    </message>
    <message>
        <source>%1 takes 0 to %2 points.</source>
        <translation>%1的分值为 0 到 %2 分。</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SkillLevelsModel</name>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Proficiency (1-10)</source>
        <translation>熟练度（1-10）</translation>
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
    <message>
        <source>&amp;IVR flows</source>
        <translation>IVR流程(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;cordings</source>
        <translation>录音质检(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;M)</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::UsersPage</name>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>添加技能</translation>
    </message>
    <message>
        <source>Remove skill</source>
        <translation>移除技能</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Empty: keep the password</source>
        <translation>留空则不修改密码</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Digits; agents need one for skills</source>
        <translation>数字；座席须有分机才能设置技能</translation>
    </message>
    <message>
        <source>Login *</source>
        <translation>登录名 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Role *</source>
        <translation>角色 *</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
</TS>