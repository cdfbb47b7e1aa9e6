<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>cti::supervisor::AdminForm</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Comma-separated</translation>
    </message>
    <message>
        <source>One or more of: %1</source>
        <translation>One or more of: %1</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AdminLabels</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>Business calendars</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Shift members</source>
        <translation>Shift members</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Number segments</source>
        <translation>Number segments</translation>
    </message>
    <message>
        <source>VIP and blacklist</source>
        <translation>VIP and blacklist</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Data dictionaries</source>
        <translation>Data dictionaries</translation>
    </message>
    <message>
        <source>System parameters</source>
        <translation>System parameters</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue ID</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Ring timeout (s)</source>
        <translation>Ring timeout (s)</translation>
    </message>
    <message>
        <source>Service level (s)</source>
        <translation>Service level (s)</translation>
    </message>
    <message>
        <source>Most callers waiting</source>
        <translation>Most callers waiting</translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation>Longest wait (s)</translation>
    </message>
    <message>
        <source>Overflow queue</source>
        <translation>Overflow queue</translation>
    </message>
    <message>
        <source>Overflow action</source>
        <translation>Overflow action</translation>
    </message>
    <message>
        <source>Announcement interval (s)</source>
        <translation>Announcement interval (s)</translation>
    </message>
    <message>
        <source>Survey flow</source>
        <translation>Survey flow</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Required skills</translation>
    </message>
    <message>
        <source>Relax skills after (s)</source>
        <translation>Relax skills after (s)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>UTC offset</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Time to accept (s)</source>
        <translation>Time to accept (s)</translation>
    </message>
    <message>
        <source>Time to process (s)</source>
        <translation>Time to process (s)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalate to</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Default for</source>
        <translation>Default for</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP level</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <source>Announcement ID</source>
        <translation>Announcement ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chinese label</source>
        <translation>Chinese label</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Length (s)</source>
        <translation>Length (s)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Knowledge maintainer</source>
        <translation>Knowledge maintainer</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>Number routes</source>
        <translation>Number routes</translation>
    </message>
    <message>
        <source>Phone extensions</source>
        <translation>Phone extensions</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Agent settings</translation>
    </message>
    <message>
        <source>Number dialled</source>
        <translation>Number dialled</translation>
    </message>
    <message>
        <source>Trunk ID</source>
        <translation>Trunk ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Accept calls from</source>
        <translation>Accept calls from</translation>
    </message>
    <message>
        <source>Outbound prefix</source>
        <translation>Outbound prefix</translation>
    </message>
    <message>
        <source>Most calls</source>
        <translation>Most calls</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>May dial</source>
        <translation>May dial</translation>
    </message>
    <message>
        <source>Encrypted media (SRTP)</source>
        <translation>Encrypted media (SRTP)</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Auto answer</source>
        <translation>Auto answer</translation>
    </message>
    <message>
        <source>After-call work (s)</source>
        <translation>After-call work (s)</translation>
    </message>
    <message>
        <source>After-call work ended by hand</source>
        <translation>After-call work ended by hand</translation>
    </message>
    <message>
        <source>Unanswered offers before not ready</source>
        <translation>Unanswered offers before not ready</translation>
    </message>
    <message>
        <source>Changes reach the ACD at once; callers already waiting stay in the queue.</source>
        <translation>Changes reach the ACD at once; callers already waiting stay in the queue.</translation>
    </message>
    <message>
        <source>IVR business-hours conditions and work-order deadlines use a saved calendar at once.</source>
        <translation>IVR business-hours conditions and work-order deadlines use a saved calendar at once.</translation>
    </message>
    <message>
        <source>An end earlier than the start ends on the next day (night shift).</source>
        <translation>An end earlier than the start ends on the next day (night shift).</translation>
    </message>
    <message>
        <source>Who works a shift now (the server's local time) and whether they are signed in.</source>
        <translation>Who works a shift now (the server's local time) and whether they are signed in.</translation>
    </message>
    <message>
        <source>Times are business seconds on the calendar; orders created from now on use them.</source>
        <translation>Times are business seconds on the calendar; orders created from now on use them.</translation>
    </message>
    <message>
        <source>A save is a new version (the name comes from the definition); orders keep the version they started with.</source>
        <translation>A save is a new version (the name comes from the definition); orders keep the version they started with.</translation>
    </message>
    <message>
        <source>The longest matching prefix of a caller's number decides.</source>
        <translation>The longest matching prefix of a caller's number decides.</translation>
    </message>
    <message>
        <source>VIP level 1 is the green channel (ahead of everyone in queues); blacklisted callers get the queue's blacklist treatment. The next call uses the change.</source>
        <translation>VIP level 1 is the green channel (ahead of everyone in queues); blacklisted callers get the queue's blacklist treatment. The next call uses the change.</translation>
    </message>
    <message>
        <source>Desktops read the lists when they log in.</source>
        <translation>Desktops read the lists when they log in.</translation>
    </message>
    <message>
        <source>A new announcement reaches every desktop at once; published ones are removed, not edited.</source>
        <translation>A new announcement reaches every desktop at once; published ones are removed, not edited.</translation>
    </message>
    <message>
        <source>A value left empty is the configuration file's. Changes take effect when the server is restarted.</source>
        <translation>A value left empty is the configuration file's. Changes take effect when the server is restarted.</translation>
    </message>
    <message>
        <source>Calls from the allowed addresses are accepted without a password; outbound numbers get the dial prefix. New calls use a change at once.</source>
        <translation>Calls from the allowed addresses are accepted without a password; outbound numbers get the dial prefix. New calls use a change at once.</translation>
    </message>
    <message>
        <source>A number ending in '*' matches every number it begins (the longest wins). New calls use a change at once.</source>
        <translation>A number ending in '*' matches every number it begins (the longest wins). New calls use a change at once.</translation>
    </message>
    <message>
        <source>What each phone may dial out to and whether its media is encrypted; the phone's password is set when the user is created.</source>
        <translation>What each phone may dial out to and whether its media is encrypted; the phone's password is set when the user is created.</translation>
    </message>
    <message>
        <source>Continuous: back to ready after each call; intermittent: not ready after each call. After max_no_answer unanswered offers in a row the agent is set not ready. The ACD takes a change at once.</source>
        <translation>Continuous: back to ready after each call; intermittent: not ready after each call. After max_no_answer unanswered offers in a row the agent is set not ready. The ACD takes a change at once.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Longest idle first</source>
        <translation>Longest idle first</translation>
    </message>
    <message>
        <source>Ring all at once</source>
        <translation>Ring all at once</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Round robin</translation>
    </message>
    <message>
        <source>In fixed order</source>
        <translation>In fixed order</translation>
    </message>
    <message>
        <source>Fewest calls today</source>
        <translation>Fewest calls today</translation>
    </message>
    <message>
        <source>Least talk time today</source>
        <translation>Least talk time today</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>Best skill match</source>
        <translation>Best skill match</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
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
        <translation>Queue</translation>
    </message>
    <message>
        <source>IVR flow</source>
        <translation>IVR flow</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>Phone extension</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>Internal calls only</source>
        <translation>Internal calls only</translation>
    </message>
    <message>
        <source>Local numbers</source>
        <translation>Local numbers</translation>
    </message>
    <message>
        <source>National numbers</source>
        <translation>National numbers</translation>
    </message>
    <message>
        <source>Any number, international too</source>
        <translation>Any number, international too</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>When the phone offers it</source>
        <translation>When the phone offers it</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>Intermittent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Not-ready reasons</source>
        <translation>Not-ready reasons</translation>
    </message>
    <message>
        <source>When the server restarts</source>
        <translation>When the server restarts</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>An unanswered phone stops ringing after this many seconds.</source>
        <translation>An unanswered phone stops ringing after this many seconds.</translation>
    </message>
    <message>
        <source>A call is ended after this many seconds (0: no limit).</source>
        <translation>A call is ended after this many seconds (0: no limit).</translation>
    </message>
    <message>
        <source>Recordings older than this many days are deleted (0: kept forever).</source>
        <translation>Recordings older than this many days are deleted (0: kept forever).</translation>
    </message>
    <message>
        <source>A voicemail message is cut off after this many seconds.</source>
        <translation>A voicemail message is cut off after this many seconds.</translation>
    </message>
    <message>
        <source>Calls to a callback number before the request fails.</source>
        <translation>Calls to a callback number before the request fails.</translation>
    </message>
    <message>
        <source>Seconds between callback attempts after busy or no answer.</source>
        <translation>Seconds between callback attempts after busy or no answer.</translation>
    </message>
    <message>
        <source>An outbound campaign call not answered by then counts as no answer.</source>
        <translation>An outbound campaign call not answered by then counts as no answer.</translation>
    </message>
    <message>
        <source>Trunk channels one campaign may hold at once.</source>
        <translation>Trunk channels one campaign may hold at once.</translation>
    </message>
    <message>
        <source>Times a fax is dialled before it fails.</source>
        <translation>Times a fax is dialled before it fails.</translation>
    </message>
    <message>
        <source>Seconds between fax attempts.</source>
        <translation>Seconds between fax attempts.</translation>
    </message>
    <message>
        <source>Our fax station id (TSI/CSI), by custom the fax number in international form.</source>
        <translation>Our fax station id (TSI/CSI), by custom the fax number in international form.</translation>
    </message>
    <message>
        <source>The line printed above each fax page sent (empty: none).</source>
        <translation>The line printed above each fax page sent (empty: none).</translation>
    </message>
    <message>
        <source>Failed logins within the window before an account is locked.</source>
        <translation>Failed logins within the window before an account is locked.</translation>
    </message>
    <message>
        <source>Seconds an account stays locked after too many failed logins.</source>
        <translation>Seconds an account stays locked after too many failed logins.</translation>
    </message>
    <message>
        <source>Role code</source>
        <translation>Role code</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Role name</translation>
    </message>
    <message>
        <source>Works as</source>
        <translation>Works as</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>Post announcements</source>
        <translation>Post announcements</translation>
    </message>
    <message>
        <source>Change own password</source>
        <translation>Change own password</translation>
    </message>
    <message>
        <source>Handle own calls</source>
        <translation>Handle own calls</translation>
    </message>
    <message>
        <source>Sign in, ready, not ready</source>
        <translation>Sign in, ready, not ready</translation>
    </message>
    <message>
        <source>Force agents' status</source>
        <translation>Force agents' status</translation>
    </message>
    <message>
        <source>Edit IVR flows</source>
        <translation>Edit IVR flows</translation>
    </message>
    <message>
        <source>Monitor, whisper, barge, take over</source>
        <translation>Monitor, whisper, barge, take over</translation>
    </message>
    <message>
        <source>See work orders</source>
        <translation>See work orders</translation>
    </message>
    <message>
        <source>Register work orders</source>
        <translation>Register work orders</translation>
    </message>
    <message>
        <source>Work on assigned orders</source>
        <translation>Work on assigned orders</translation>
    </message>
    <message>
        <source>Dispatch, reply, visit, close orders</source>
        <translation>Dispatch, reply, visit, close orders</translation>
    </message>
    <message>
        <source>Urge and supervise orders</source>
        <translation>Urge and supervise orders</translation>
    </message>
    <message>
        <source>See restricted complainants</source>
        <translation>See restricted complainants</translation>
    </message>
    <message>
        <source>Look up customers</source>
        <translation>Look up customers</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Edit customers</translation>
    </message>
    <message>
        <source>VIP, blacklist, number segments</source>
        <translation>VIP, blacklist, number segments</translation>
    </message>
    <message>
        <source>Read the knowledge base</source>
        <translation>Read the knowledge base</translation>
    </message>
    <message>
        <source>Edit the knowledge base</source>
        <translation>Edit the knowledge base</translation>
    </message>
    <message>
        <source>Send knowledge corrections</source>
        <translation>Send knowledge corrections</translation>
    </message>
    <message>
        <source>Send articles to customers</source>
        <translation>Send articles to customers</translation>
    </message>
    <message>
        <source>Workflows, deadlines, templates</source>
        <translation>Workflows, deadlines, templates</translation>
    </message>
    <message>
        <source>Users, roles, departments, skills</source>
        <translation>Users, roles, departments, skills</translation>
    </message>
    <message>
        <source>Internal messages</source>
        <translation>Internal messages</translation>
    </message>
    <message>
        <source>Work campaign calls</source>
        <translation>Work campaign calls</translation>
    </message>
    <message>
        <source>Manage campaigns</source>
        <translation>Manage campaigns</translation>
    </message>
    <message>
        <source>Send and receive faxes</source>
        <translation>Send and receive faxes</translation>
    </message>
    <message>
        <source>Upload and record prompts</source>
        <translation>Upload and record prompts</translation>
    </message>
    <message>
        <source>Run reports</source>
        <translation>Run reports</translation>
    </message>
    <message>
        <source>Queues, calendars, shifts, dictionaries, parameters</source>
        <translation>Queues, calendars, shifts, dictionaries, parameters</translation>
    </message>
    <message>
        <source>Campaign call results</source>
        <translation>Campaign call results</translation>
    </message>
    <message>
        <source>Work-order types</source>
        <translation>Work-order types</translation>
    </message>
    <message>
        <source>Work-order urgencies</source>
        <translation>Work-order urgencies</translation>
    </message>
    <message>
        <source>Work-order channels</source>
        <translation>Work-order channels</translation>
    </message>
    <message>
        <source>“Works as” decides which desktop window the role's users get; the permissions decide what they may do. A change applies at once, to the desktops already logged in too. Built-in roles stay, a role still given to users is not removed.</source>
        <translation>“Works as” decides which desktop window the role's users get; the permissions decide what they may do. A change applies at once, to the desktops already logged in too. Built-in roles stay, a role still given to users is not removed.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AdminTablePage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>Remove the selected record?</source>
        <translation>Remove the selected record?</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AdminWindow</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentForceModel</name>
    <message>
        <source>Done: %1 is now %2.</source>
        <translation>Done: %1 is now %2.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>not ready</translation>
    </message>
    <message>
        <source>away</source>
        <translation>away</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>Only team leaders and supervisors may change an agent's status.</source>
        <translation>Only team leaders and supervisors may change an agent's status.</translation>
    </message>
    <message>
        <source>Choose an agent on the wall.</source>
        <translation>Choose an agent on the wall.</translation>
    </message>
    <message>
        <source>Change your own status on your agent desktop.</source>
        <translation>Change your own status on your agent desktop.</translation>
    </message>
    <message>
        <source>The agent is signed out: agents sign in themselves.</source>
        <translation>The agent is signed out: agents sign in themselves.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentForcePanel</name>
    <message>
        <source>Set ready</source>
        <translation>Set ready</translation>
    </message>
    <message>
        <source>Set not ready</source>
        <translation>Set not ready</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Agent status</source>
        <translation>Agent status</translation>
    </message>
    <message>
        <source>Queue calls are offered to the agent again.</source>
        <translation>Queue calls are offered to the agent again.</translation>
    </message>
    <message>
        <source>No more queue calls for the agent until they or you set them ready.</source>
        <translation>No more queue calls for the agent until they or you set them ready.</translation>
    </message>
    <message>
        <source>Take the agent out of their queues; a call in progress goes on.</source>
        <translation>Take the agent out of their queues; a call in progress goes on.</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>No agent selected</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentQueuesModel</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>Only team leaders and supervisors may change queue membership.</source>
        <translation>Only team leaders and supervisors may change queue membership.</translation>
    </message>
    <message>
        <source>Choose an agent on the wall.</source>
        <translation>Choose an agent on the wall.</translation>
    </message>
    <message>
        <source>The queue membership is loading…</source>
        <translation>The queue membership is loading…</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>Choose a queue.</translation>
    </message>
    <message>
        <source>The agent is not in %1.</source>
        <translation>The agent is not in %1.</translation>
    </message>
    <message>
        <source>There is no queue named %1.</source>
        <translation>There is no queue named %1.</translation>
    </message>
    <message>
        <source>The agent is already in %1.</source>
        <translation>The agent is already in %1.</translation>
    </message>
    <message>
        <source>A level is %1 (offered first) to %2.</source>
        <translation>A level is %1 (offered first) to %2.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Saved: %1 is in no queue now.</source>
        <translation>Saved: %1 is in no queue now.</translation>
    </message>
    <message>
        <source>Saved: %1 now takes calls from %2.</source>
        <translation>Saved: %1 now takes calls from %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 takes no queue calls: add a queue.</source>
        <translation>%1 takes no queue calls: add a queue.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentQueuesPanel</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>Level </translation>
    </message>
    <message>
        <source>Level 1 is offered calls first; higher levels when level 1 is busy.</source>
        <translation>Level 1 is offered calls first; higher levels when level 1 is busy.</translation>
    </message>
    <message>
        <source>The agent takes calls from this queue from the next offer on.</source>
        <translation>The agent takes calls from this queue from the next offer on.</translation>
    </message>
    <message>
        <source>The agent takes no more calls from the chosen queue; a ringing offer stays.</source>
        <translation>The agent takes no more calls from the chosen queue; a ringing offer stays.</translation>
    </message>
    <message>
        <source>Queues of %1</source>
        <translation>Queues of %1</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AgentTableModel</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Time in state</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::AudioRecorder</name>
    <message>
        <source>No microphone is connected to this computer: connect a headset to record, or upload an audio file.</source>
        <translation>No microphone is connected to this computer: connect a headset to record, or upload an audio file.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::DepartmentModel</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::DepartmentsPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowDocument</name>
    <message>
        <source>The flow is not a JSON object: %1</source>
        <translation>The flow is not a JSON object: %1</translation>
    </message>
    <message>
        <source>The flow has no list of nodes.</source>
        <translation>The flow has no list of nodes.</translation>
    </message>
    <message>
        <source>Every node needs its own id.</source>
        <translation>Every node needs its own id.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowEditor</name>
    <message>
        <source>Add node</source>
        <translation>Add node</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Set as start</source>
        <translation>Set as start</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>IVR flows</source>
        <translation>IVR flows</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Flow:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Select a node to edit its properties.</source>
        <translation>Select a node to edit its properties.</translation>
    </message>
    <message>
        <source>prompt ids, separated by commas</source>
        <translation>prompt ids, separated by commas</translation>
    </message>
    <message>
        <source>Prompts in the library: %1</source>
        <translation>Prompts in the library: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(remove this key)</source>
        <translation>(remove this key)</translation>
    </message>
    <message>
        <source>Key %1 →</source>
        <translation>Key %1 →</translation>
    </message>
    <message>
        <source>(choose a node)</source>
        <translation>(choose a node)</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Add key</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>New key</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowEditorModel</name>
    <message>
        <source>The flow %1 cannot be edited here: %2</source>
        <translation>The flow %1 cannot be edited here: %2</translation>
    </message>
    <message>
        <source>%1 version %2 loaded.</source>
        <translation>%1 version %2 loaded.</translation>
    </message>
    <message>
        <source>Saved: %1 version %2 runs from the next call on.</source>
        <translation>Saved: %1 version %2 runs from the next call on.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::FlowNodes</name>
    <message>
        <source>Play prompt</source>
        <translation>Play prompt</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Collect digits</source>
        <translation>Collect digits</translation>
    </message>
    <message>
        <source>Customer lookup</source>
        <translation>Customer lookup</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Set variable</source>
        <translation>Set variable</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Text to speech</translation>
    </message>
    <message>
        <source>Unknown type %1</source>
        <translation>Unknown type %1</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Keys interrupt</source>
        <translation>Keys interrupt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <source>Invalid input prompts</source>
        <translation>Invalid input prompts</translation>
    </message>
    <message>
        <source>No input prompts</source>
        <translation>No input prompts</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>On failure</translation>
    </message>
    <message>
        <source>Minimum digits</source>
        <translation>Minimum digits</translation>
    </message>
    <message>
        <source>Maximum digits</source>
        <translation>Maximum digits</translation>
    </message>
    <message>
        <source>End key</source>
        <translation>End key</translation>
    </message>
    <message>
        <source>Between digits (s)</source>
        <translation>Between digits (s)</translation>
    </message>
    <message>
        <source>Allow *</source>
        <translation>Allow *</translation>
    </message>
    <message>
        <source>Luhn check</source>
        <translation>Luhn check</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>On invalid input</source>
        <translation>On invalid input</translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation>Look up by</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP level</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Fax document</source>
        <translation>Fax document</translation>
    </message>
    <message>
        <source>Valid keys</source>
        <translation>Valid keys</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Read numbers as</source>
        <translation>Read numbers as</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::HelpPanel</name>
    <message>
        <source>Help requests (%1)</source>
        <translation>Help requests (%1)</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::HelpRequestModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::MediaAudioRecorder</name>
    <message>
        <source>The microphone offers no sample format this program can record.</source>
        <translation>The microphone offers no sample format this program can record.</translation>
    </message>
    <message>
        <source>the device could not be opened</source>
        <translation>the device could not be opened</translation>
    </message>
    <message>
        <source>the device stopped delivering sound</source>
        <translation>the device stopped delivering sound</translation>
    </message>
    <message>
        <source>Recording failed: %1.</source>
        <translation>Recording failed: %1.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::MonitoringWall</name>
    <message>
        <source>CTI Monitoring Wall</source>
        <translation>CTI Monitoring Wall</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Agents: %1    Online: %2</source>
        <translation>Agents: %1    Online: %2</translation>
    </message>
    <message>
        <source>    Callers waiting: %1</source>
        <translation>    Callers waiting: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Wallboard mode</source>
        <translation>&amp;Wallboard mode</translation>
    </message>
    <message>
        <source>Exit wallboard (Esc)</source>
        <translation>Exit wallboard (Esc)</translation>
    </message>
    <message>
        <source>Wallboard mode (F11)</source>
        <translation>Wallboard mode (F11)</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::NoticePanel</name>
    <message>
        <source>Broadcast to the department</source>
        <translation>Broadcast to the department</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>A notice to the selected agent or to a whole department</source>
        <translation>A notice to the selected agent or to a whole department</translation>
    </message>
    <message>
        <source>The notice was sent.</source>
        <translation>The notice was sent.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Send to the selected agent</source>
        <translation>Send to the selected agent</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Send to %1</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::Notices</name>
    <message>
        <source>Write the notice first.</source>
        <translation>Write the notice first.</translation>
    </message>
    <message>
        <source>A notice has at most %1 characters.</source>
        <translation>A notice has at most %1 characters.</translation>
    </message>
    <message>
        <source>Select an agent on the wall.</source>
        <translation>Select an agent on the wall.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Choose a department.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::PromptLibrary</name>
    <message>
        <source>Prompt %1 (%2) removed.</source>
        <translation>Prompt %1 (%2) removed.</translation>
    </message>
    <message>
        <source>Prompt %1 (%2) stored: %3 seconds.</source>
        <translation>Prompt %1 (%2) stored: %3 seconds.</translation>
    </message>
    <message>
        <source>There is no audio to upload: the file or the recording is empty.</source>
        <translation>There is no audio to upload: the file or the recording is empty.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Uploading %1…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB: shorten it or save it as 8 kHz mono WAV.</source>
        <translation>%1 is larger than 10 MB: shorten it or save it as 8 kHz mono WAV.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::PromptsModel</name>
    <message>
        <source>A prompt id is category/name in lower-case letters, digits, _ or - (e.g. ivr/welcome).</source>
        <translation>A prompt id is category/name in lower-case letters, digits, _ or - (e.g. ivr/welcome).</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::PromptsPanel</name>
    <message>
        <source>&amp;Upload file…</source>
        <translation>&amp;Upload file…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>category/name, e.g. ivr/welcome</source>
        <translation>category/name, e.g. ivr/welcome</translation>
    </message>
    <message>
        <source>Store an audio file (WAV, FLAC, OGG…; up to 10 MB) as this prompt</source>
        <translation>Store an audio file (WAV, FLAC, OGG…; up to 10 MB) as this prompt</translation>
    </message>
    <message>
        <source>Record this prompt from the microphone (up to a minute)</source>
        <translation>Record this prompt from the microphone (up to a minute)</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>&amp;Stop recording</translation>
    </message>
    <message>
        <source>Recording… speak now, then click Stop recording.</source>
        <translation>Recording… speak now, then click Stop recording.</translation>
    </message>
    <message>
        <source>Upload a prompt</source>
        <translation>Upload a prompt</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.aiff *.au);;All files (*)</source>
        <translation>Audio files (*.wav *.flac *.ogg *.oga *.aiff *.au);;All files (*)</translation>
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
        <translation>Queue</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::RecordingModel</name>
    <message>
        <source>Search a number by its digits (up to %1).</source>
        <translation>Search a number by its digits (up to %1).</translation>
    </message>
    <message>
        <source>A work order number has up to %1 characters.</source>
        <translation>A work order number has up to %1 characters.</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>The start must be before the end.</translation>
    </message>
    <message>
        <source>The recording ended early: %1</source>
        <translation>The recording ended early: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Callee</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::RecordingView</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Save score</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Digits of the caller or callee</source>
        <translation>Digits of the caller or callee</translation>
    </message>
    <message>
        <source>Work order number</source>
        <translation>Work order number</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Quality score</translation>
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
        <translation>Comment (up to %1 characters)</translation>
    </message>
    <message>
        <source>Playing.</source>
        <translation>Playing.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>Playing %1 / %2</source>
        <translation>Playing %1 / %2</translation>
    </message>
    <message>
        <source>No recording matches.</source>
        <translation>No recording matches.</translation>
    </message>
    <message>
        <source>Recordings found: %1</source>
        <translation>Recordings found: %1</translation>
    </message>
    <message>
        <source>Score saved by %1: %2 points.</source>
        <translation>Score saved by %1: %2 points.</translation>
    </message>
    <message>
        <source>Starting playback…</source>
        <translation>Starting playback…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Choose a recording first.</source>
        <translation>Choose a recording first.</translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation>Fetching the recording…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Saving the score…</source>
        <translation>Saving the score…</translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation>Total: %1 / %2</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ReportExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>the PDF is empty</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ReportModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 report</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Answered in service level</source>
        <translation>Answered in service level</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Short abandons</translation>
    </message>
    <message>
        <source>Overflowed</source>
        <translation>Overflowed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Answer rate</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Average wait before abandoning</source>
        <translation>Average wait before abandoning</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Talk time</translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation>Average talk time</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Ended here</source>
        <translation>Ended here</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>Overdue rate</source>
        <translation>Overdue rate</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>IVR nodes</source>
        <translation>IVR nodes</translation>
    </message>
    <message>
        <source>Order types</source>
        <translation>Order types</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>Overdue orders</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Flow / node</source>
        <translation>Flow / node</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Share ended here</source>
        <translation>Share ended here</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ReportView</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Whole range</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
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
        <translation>Report:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Range:</translation>
    </message>
    <message>
        <source>Chart of:</source>
        <translation>Chart of:</translation>
    </message>
    <message>
        <source>Saved for everyone (administrators only)</source>
        <translation>Saved for everyone (administrators only)</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>Saved reports</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Saved report deleted.</source>
        <translation>Saved report deleted.</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Running the report…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (seconds)</source>
        <translation>%1 (seconds)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Save report as</translation>
    </message>
    <message>
        <source>Name (up to 64 characters):</source>
        <translation>Name (up to 64 characters):</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>The first day of the report</translation>
    </message>
    <message>
        <source>The last day of the report (included)</source>
        <translation>The last day of the report (included)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SavedReportsModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
    <message>
        <source>%1 report, saved by %2 on %3</source>
        <translation>%1 report, saved by %2 on %3</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::ScoreForm</name>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Score at least one item.</source>
        <translation>Score at least one item.</translation>
    </message>
    <message>
        <source>A comment has up to %1 characters.</source>
        <translation>A comment has up to %1 characters.</translation>
    </message>
    <message>
        <source>Unknown score item "%1".</source>
        <translation>Unknown score item "%1".</translation>
    </message>
    <message>
        <source>%1 is scored twice.</source>
        <translation>%1 is scored twice.</translation>
    </message>
    <message>
        <source>%1 takes 0 to %2 points.</source>
        <translation>%1 takes 0 to %2 points.</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SkillLevelsModel</name>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Proficiency (1-10)</source>
        <translation>Proficiency (1-10)</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SupervisionModel</name>
    <message>
        <source>setting up</source>
        <translation>setting up</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>talking</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>consulting</translation>
    </message>
    <message>
        <source>in conference</source>
        <translation>in conference</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>transferring</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>supervised</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>ringing</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>dialling</source>
        <translation>dialling</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <source>whispering</source>
        <translation>whispering</translation>
    </message>
    <message>
        <source>barged in</source>
        <translation>barged in</translation>
    </message>
    <message>
        <source>Not connected to the telephony server.</source>
        <translation>Not connected to the telephony server.</translation>
    </message>
    <message>
        <source>Your role may not supervise calls.</source>
        <translation>Your role may not supervise calls.</translation>
    </message>
    <message>
        <source>Select an agent on the wall.</source>
        <translation>Select an agent on the wall.</translation>
    </message>
    <message>
        <source>The selected agent is not on a call.</source>
        <translation>The selected agent is not on a call.</translation>
    </message>
    <message>
        <source>This is your own call.</source>
        <translation>This is your own call.</translation>
    </message>
    <message>
        <source>Another supervisor is already on this call.</source>
        <translation>Another supervisor is already on this call.</translation>
    </message>
    <message>
        <source>Only a call where two parties talk can be supervised (this one is %1).</source>
        <translation>Only a call where two parties talk can be supervised (this one is %1).</translation>
    </message>
    <message>
        <source>You have no extension: ask an administrator to assign one.</source>
        <translation>You have no extension: ask an administrator to assign one.</translation>
    </message>
    <message>
        <source>Your phone (extension %1) is not registered.</source>
        <translation>Your phone (extension %1) is not registered.</translation>
    </message>
    <message>
        <source>You left the call; the customer and the agent talk on.</source>
        <translation>You left the call; the customer and the agent talk on.</translation>
    </message>
    <message>
        <source>The call was ended.</source>
        <translation>The call was ended.</translation>
    </message>
    <message>
        <source>Monitoring: you hear both; nobody hears you.</source>
        <translation>Monitoring: you hear both; nobody hears you.</translation>
    </message>
    <message>
        <source>Whispering: only the agent hears you.</source>
        <translation>Whispering: only the agent hears you.</translation>
    </message>
    <message>
        <source>Barged in: the customer and the agent both hear you.</source>
        <translation>Barged in: the customer and the agent both hear you.</translation>
    </message>
    <message>
        <source>%1 is not on a call.</source>
        <translation>%1 is not on a call.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source> — you, %1</source>
        <translation> — you, %1</translation>
    </message>
    <message>
        <source> — you</source>
        <translation> — you</translation>
    </message>
    <message>
        <source>Call %1, %2, caller %3</source>
        <translation>Call %1, %2, caller %3</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SupervisionPanel</name>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Whisper</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Barge in</translation>
    </message>
    <message>
        <source>Supervise the call</source>
        <translation>Supervise the call</translation>
    </message>
    <message>
        <source>Hear the customer and the agent; nobody hears you.</source>
        <translation>Hear the customer and the agent; nobody hears you.</translation>
    </message>
    <message>
        <source>Speak to the agent only; the customer does not hear you.</source>
        <translation>Speak to the agent only; the customer does not hear you.</translation>
    </message>
    <message>
        <source>Join the conversation: everyone hears everyone.</source>
        <translation>Join the conversation: everyone hears everyone.</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>No agent selected</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Leave the call</source>
        <translation>Leave the call</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>End the call</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::SupervisorApp</name>
    <message>
        <source>Help requested by %1</source>
        <translation>Help requested by %1</translation>
    </message>
    <message>
        <source>&amp;IVR flows</source>
        <translation>&amp;IVR flows</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Re&amp;cordings</source>
        <translation>Re&amp;cordings</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>cti::supervisor::UsersPage</name>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Add skill</translation>
    </message>
    <message>
        <source>Remove skill</source>
        <translation>Remove skill</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Empty: keep the password</source>
        <translation>Empty: keep the password</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Comma-separated</translation>
    </message>
    <message>
        <source>Digits; agents need one for skills</source>
        <translation>Digits; agents need one for skills</translation>
    </message>
    <message>
        <source>Login *</source>
        <translation>Login *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Role *</source>
        <translation>Role *</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
</TS>