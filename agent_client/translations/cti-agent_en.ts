<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OrderForm</name>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Keyed in: %1 = %2</source>
        <translation>Keyed in: %1 = %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <source>Call from %1, account %2</source>
        <translation>Call from %1, account %2</translation>
    </message>
</context>
<context>
    <name>cti::agent::AgentApp</name>
    <message>
        <source>My workbench</source>
        <translation>My workbench</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Call history</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>[Help] %1 asks for help.</source>
        <translation>[Help] %1 asks for help.</translation>
    </message>
    <message>
        <source>[Help] %1 asks for help on the call with %2.</source>
        <translation>[Help] %1 asks for help on the call with %2.</translation>
    </message>
    <message>
        <source>Your request for help was sent.</source>
        <translation>Your request for help was sent.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message from %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>New voicemail</source>
        <translation>New voicemail</translation>
    </message>
    <message>
        <source>From %1 in %2</source>
        <translation>From %1 in %2</translation>
    </message>
    <message>
        <source>Voicemail (%1)</source>
        <translation>Voicemail (%1)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Answer calls &amp;automatically</source>
        <translation>Answer calls &amp;automatically</translation>
    </message>
    <message>
        <source>Work &amp;continuously (ready after each call)</source>
        <translation>Work &amp;continuously (ready after each call)</translation>
    </message>
    <message>
        <source>Work &amp;intermittently (not ready after each call)</source>
        <translation>Work &amp;intermittently (not ready after each call)</translation>
    </message>
    <message>
        <source>Outbound campaigns</source>
        <translation>Outbound campaigns</translation>
    </message>
</context>
<context>
    <name>cti::agent::AnnouncementModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cti::agent::AnnouncementPanel</name>
    <message>
        <source>Select an announcement to read it.</source>
        <translation>Select an announcement to read it.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cti::agent::CallHistoryModel</name>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>cti::agent::CallHistoryPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Dial the other party of the chosen call</source>
        <translation>Dial the other party of the chosen call</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>No calls yet.</translation>
    </message>
</context>
<context>
    <name>cti::agent::CampaignModel</name>
    <message>
        <source>%1 records, %2 still to call, %3 calls in progress</source>
        <translation>%1 records, %2 still to call, %3 calls in progress</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>Dialled</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abandon rate</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>Waiting because</translation>
    </message>
</context>
<context>
    <name>cti::agent::CampaignNames</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>Progressive</translation>
    </message>
    <message>
        <source>Predictive</source>
        <translation>Predictive</translation>
    </message>
    <message>
        <source>Automatic (no agent)</source>
        <translation>Automatic (no agent)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Past its last day</source>
        <translation>Past its last day</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>No calling today</source>
        <translation>No calling today</translation>
    </message>
    <message>
        <source>Outside calling hours</source>
        <translation>Outside calling hours</translation>
    </message>
    <message>
        <source>Calling hours end soon</source>
        <translation>Calling hours end soon</translation>
    </message>
    <message>
        <source>No agent signed in</source>
        <translation>No agent signed in</translation>
    </message>
    <message>
        <source>No agent free</source>
        <translation>No agent free</translation>
    </message>
    <message>
        <source>All lines in use</source>
        <translation>All lines in use</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Warming up</translation>
    </message>
    <message>
        <source>Slowed down: abandon rate near the cap</source>
        <translation>Slowed down: abandon rate near the cap</translation>
    </message>
    <message>
        <source>Waiting for an agent to ask for a record</source>
        <translation>Waiting for an agent to ask for a record</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Call back later</translation>
    </message>
    <message>
        <source>Do not call again</source>
        <translation>Do not call again</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>Choose what came of the call.</translation>
    </message>
    <message>
        <source>The disposition is too long.</source>
        <translation>The disposition is too long.</translation>
    </message>
    <message>
        <source>The note is too long: shorten it.</source>
        <translation>The note is too long: shorten it.</translation>
    </message>
    <message>
        <source>A callback needs a time in the future.</source>
        <translation>A callback needs a time in the future.</translation>
    </message>
    <message>
        <source>Starting carefully: too few answers yet to risk an abandon</source>
        <translation>Starting carefully: too few answers yet to risk an abandon</translation>
    </message>
</context>
<context>
    <name>cti::agent::CampaignPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reload the campaigns and their figures.</source>
        <translation>Reload the campaigns and their figures.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Next record</translation>
    </message>
    <message>
        <source>Hold the next record of this campaign for you.</source>
        <translation>Hold the next record of this campaign for you.</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Dial</translation>
    </message>
    <message>
        <source>Your phone rings first, then the number is dialled.</source>
        <translation>Your phone rings first, then the number is dialled.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Give the record back without calling it.</source>
        <translation>Give the record back without calling it.</translation>
    </message>
    <message>
        <source>Asking for the next record…</source>
        <translation>Asking for the next record…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>What the customer said, what was agreed…</source>
        <translation>What the customer said, what was agreed…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Call back at</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dialling %1: your phone rings first…</source>
        <translation>Dialling %1: your phone rings first…</translation>
    </message>
    <message>
        <source>Giving the record back…</source>
        <translation>Giving the record back…</translation>
    </message>
    <message>
        <source>Nothing to call now in this campaign.</source>
        <translation>Nothing to call now in this campaign.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Read the record, then dial or skip it.</source>
        <translation>Read the record, then dial or skip it.</translation>
    </message>
    <message>
        <source>Dialled %1. After the call, record its result.</source>
        <translation>Dialled %1. After the call, record its result.</translation>
    </message>
    <message>
        <source>Skipped. Ask for the next record when you are ready.</source>
        <translation>Skipped. Ask for the next record when you are ready.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>Campaigns: %n</source>
        <translation>
            <numerusform>Campaigns: %n</numerusform>
            <numerusform>Campaigns: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a campaign.</source>
        <translation>Select a campaign.</translation>
    </message>
    <message>
        <source>Ask for a record, read it, then dial or skip it.</source>
        <translation>Ask for a record, read it, then dial or skip it.</translation>
    </message>
    <message>
        <source>This campaign is not running.</source>
        <translation>This campaign is not running.</translation>
    </message>
    <message>
        <source>This campaign dials by itself: its calls come to you like queue calls.</source>
        <translation>This campaign dials by itself: its calls come to you like queue calls.</translation>
    </message>
    <message>
        <source>No campaign call. The result of a campaign call is recorded here.</source>
        <translation>No campaign call. The result of a campaign call is recorded here.</translation>
    </message>
    <message>
        <source>Campaign call with %1 (record %2)</source>
        <translation>Campaign call with %1 (record %2)</translation>
    </message>
    <message>
        <source>%1: call with %2 (record %3)</source>
        <translation>%1: call with %2 (record %3)</translation>
    </message>
</context>
<context>
    <name>cti::agent::KbArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
</context>
<context>
    <name>cti::agent::KnowledgePanel</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Send to customer</source>
        <translation>Send to customer</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>Words to look for</translation>
    </message>
    <message>
        <source>Search, then choose an article to read it.</source>
        <translation>Search, then choose an article to read it.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Number or e-mail address</source>
        <translation>Number or e-mail address</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation>Send by:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>No article matches.</translation>
    </message>
    <message>
        <source>Version %1, by %2, updated %3</source>
        <translation>Version %1, by %2, updated %3</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Keywords: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sent. The order&apos;s history records it.</source>
        <translation>Sent. The order&apos;s history records it.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>cti::agent::MainWindow</name>
    <message>
        <source>CTI Agent Desktop</source>
        <translation>CTI Agent Desktop</translation>
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
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Screen pop</source>
        <translation>Screen pop</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
</context>
<context>
    <name>cti::agent::NotReadyReasons</name>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>After-call work</translation>
    </message>
</context>
<context>
    <name>cti::agent::OrderActions</name>
    <message>
        <source>Choose the department to send the order to.</source>
        <translation>Choose the department to send the order to.</translation>
    </message>
    <message>
        <source>The order goes to exactly one department.</source>
        <translation>The order goes to exactly one department.</translation>
    </message>
    <message>
        <source>At most %1 departments at once.</source>
        <translation>At most %1 departments at once.</translation>
    </message>
    <message>
        <source>Record the caller&apos;s satisfaction.</source>
        <translation>Record the caller&apos;s satisfaction.</translation>
    </message>
    <message>
        <source>Write an opinion: why, or what was done.</source>
        <translation>Write an opinion: why, or what was done.</translation>
    </message>
    <message>
        <source>The opinion is limited to %1 characters (now %2).</source>
        <translation>The opinion is limited to %1 characters (now %2).</translation>
    </message>
</context>
<context>
    <name>cti::agent::OrderDetail</name>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Created by:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Current step:</source>
        <translation>Current step:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Send to several departments at once (parallel or countersign steps).</source>
        <translation>Send to several departments at once (parallel or countersign steps).</translation>
    </message>
    <message>
        <source>(ask the caller)</source>
        <translation>(ask the caller)</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Opinion:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Insert a common phrase...</source>
        <translation>Insert a common phrase...</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>No work order open</source>
        <translation>No work order open</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>accept by %1</source>
        <translation>accept by %1</translation>
    </message>
    <message>
        <source>finish by %1</source>
        <translation>finish by %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>paused, waiting on the caller</source>
        <translation>paused, waiting on the caller</translation>
    </message>
    <message numerus="yes">
        <source> (urged %n time(s))</source>
        <translation>
            <numerusform> (urged %n time)</numerusform>
            <numerusform> (urged %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Where the order goes.</source>
        <translation>Where the order goes.</translation>
    </message>
    <message>
        <source>Where the order goes; leave it empty when the workflow decides.</source>
        <translation>Where the order goes; leave it empty when the workflow decides.</translation>
    </message>
    <message>
        <source>Opinion (optional):</source>
        <translation>Opinion (optional):</translation>
    </message>
    <message>
        <source>%1: sending...</source>
        <translation>%1: sending...</translation>
    </message>
</context>
<context>
    <name>cti::agent::OrderForm</name>
    <message>
        <source>Choose the type of the order.</source>
        <translation>Choose the type of the order.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Enter a title.</translation>
    </message>
    <message>
        <source>The title is limited to %1 characters (now %2).</source>
        <translation>The title is limited to %1 characters (now %2).</translation>
    </message>
    <message>
        <source>Enter the content: what the caller reported or asked.</source>
        <translation>Enter the content: what the caller reported or asked.</translation>
    </message>
    <message>
        <source>The content is limited to %1 characters (now %2).</source>
        <translation>The content is limited to %1 characters (now %2).</translation>
    </message>
    <message>
        <source>The caller number is limited to %1 characters.</source>
        <translation>The caller number is limited to %1 characters.</translation>
    </message>
    <message>
        <source>The contact name is limited to %1 characters.</source>
        <translation>The contact name is limited to %1 characters.</translation>
    </message>
    <message>
        <source>Restricted: hide the caller from those not allowed to see complainants</source>
        <translation>Restricted: hide the caller from those not allowed to see complainants</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>(choose a type)</source>
        <translation>(choose a type)</translation>
    </message>
    <message>
        <source>What the order is about, in a few words</source>
        <translation>What the order is about, in a few words</translation>
    </message>
    <message>
        <source>Fill the content from a template of this order type.</source>
        <translation>Fill the content from a template of this order type.</translation>
    </message>
    <message>
        <source>Insert a common phrase where the cursor is.</source>
        <translation>Insert a common phrase where the cursor is.</translation>
    </message>
    <message>
        <source>What the caller reported or asked</source>
        <translation>What the caller reported or asked</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Helpers:</source>
        <translation>Helpers:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Caller number:</source>
        <translation>Caller number:</translation>
    </message>
    <message>
        <source>Contact name:</source>
        <translation>Contact name:</translation>
    </message>
    <message>
        <source>Insert a common phrase...</source>
        <translation>Insert a common phrase...</translation>
    </message>
    <message>
        <source>Use a template...</source>
        <translation>Use a template...</translation>
    </message>
    <message>
        <source>From call %1</source>
        <translation>From call %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>customer %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Work order %1 saved: %2</source>
        <translation>Work order %1 saved: %2</translation>
    </message>
    <message>
        <source>The order was not saved: %1</source>
        <translation>The order was not saved: %1</translation>
    </message>
</context>
<context>
    <name>cti::agent::OrderNames</name>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation>Reply to caller</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>Urge</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Callback visit</source>
        <translation>Callback visit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Send article</source>
        <translation>Send article</translation>
    </message>
    <message>
        <source>Waiting to be accepted</source>
        <translation>Waiting to be accepted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>not accepted in time</translation>
    </message>
    <message>
        <source>not finished in time</source>
        <translation>not finished in time</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>Work order %1 was sent to you: %2</source>
        <translation>Work order %1 was sent to you: %2</translation>
    </message>
    <message>
        <source>Work order %1 is being supervised: %2</source>
        <translation>Work order %1 is being supervised: %2</translation>
    </message>
    <message>
        <source>Work order %1 was urged: %2</source>
        <translation>Work order %1 was urged: %2</translation>
    </message>
    <message>
        <source>Work order %1 is overdue: %2</source>
        <translation>Work order %1 is overdue: %2</translation>
    </message>
    <message>
        <source>Work order %1 (%2): %3 by %4</source>
        <translation>Work order %1 (%2): %3 by %4</translation>
    </message>
    <message>
        <source>Work order %1 changed: %2</source>
        <translation>Work order %1 changed: %2</translation>
    </message>
</context>
<context>
    <name>cti::agent::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>Confirm new password:</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>The password was not changed.</translation>
    </message>
</context>
<context>
    <name>cti::agent::ScreenPopPanel</name>
    <message>
        <source>Caller:</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Keyed in:</source>
        <translation>Keyed in:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Menu choice</source>
        <translation>Menu choice</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>No call</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Current call</translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation>(direct)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>Create work order</source>
        <translation>Create work order</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Recommended:</source>
        <translation>Recommended:</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 account %2, %3</source>
        <translation>%1 account %2, %3</translation>
    </message>
    <message>
        <source>Not a known customer</source>
        <translation>Not a known customer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Order %1 %2 (%3)</source>
        <translation>Order %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Call %1 %2</source>
        <translation>Call %1 %2</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(no agent)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Call-list record</source>
        <translation>Call-list record</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>cti::agent::SoftphoneBar</name>
    <message>
        <source>Telephony is off for this session: you logged in without connecting to the CTI server. Log in again with it checked to take calls.</source>
        <translation>Telephony is off for this session: you logged in without connecting to the CTI server. Log in again with it checked to take calls.</translation>
    </message>
    <message>
        <source>Number or digits</source>
        <translation>Number or digits</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Other party: %1</source>
        <translation>Other party: %1</translation>
    </message>
    <message>
        <source>Call time: %1</source>
        <translation>Call time: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to your queues so that calls are offered to you.</source>
        <translation>Sign in to your queues so that calls are offered to you.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out of your queues; no more calls are offered.</source>
        <translation>Sign out of your queues; no more calls are offered.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Become ready to take the next call.</source>
        <translation>Become ready to take the next call.</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Stop taking calls for a while, with the reason chosen in the list.</source>
        <translation>Stop taking calls for a while, with the reason chosen in the list.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Leave your desk, with the reason chosen in the list.</source>
        <translation>Leave your desk, with the reason chosen in the list.</translation>
    </message>
    <message>
        <source>End wrap-up</source>
        <translation>End wrap-up</translation>
    </message>
    <message>
        <source>Finish the after-call work and take calls again.</source>
        <translation>Finish the after-call work and take calls again.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answer the ringing call.</source>
        <translation>Answer the ringing call.</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>End the current call.</source>
        <translation>End the current call.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Put the caller on hold; they hear music.</source>
        <translation>Put the caller on hold; they hear music.</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Retrieve</translation>
    </message>
    <message>
        <source>Take the held caller back.</source>
        <translation>Take the held caller back.</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consult</translation>
    </message>
    <message>
        <source>Call the number in the field while the caller waits.</source>
        <translation>Call the number in the field while the caller waits.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer the caller to the number in the field.</source>
        <translation>Transfer the caller to the number in the field.</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Complete transfer</translation>
    </message>
    <message>
        <source>Connect the caller with the consulted party and leave the call.</source>
        <translation>Connect the caller with the consulted party and leave the call.</translation>
    </message>
    <message>
        <source>Cancel consult</source>
        <translation>Cancel consult</translation>
    </message>
    <message>
        <source>End the consultation and go back to the caller.</source>
        <translation>End the consultation and go back to the caller.</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Join the caller, you and the consulted party in one call.</source>
        <translation>Join the caller, you and the consulted party in one call.</translation>
    </message>
    <message>
        <source>Dial out</source>
        <translation>Dial out</translation>
    </message>
    <message>
        <source>Call the number in the field (only while signed in and not ready).</source>
        <translation>Call the number in the field (only while signed in and not ready).</translation>
    </message>
    <message>
        <source>Send keys</source>
        <translation>Send keys</translation>
    </message>
    <message>
        <source>Send the digits in the field to the other party.</source>
        <translation>Send the digits in the field to the other party.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ask your team leader for help; they see it at once, during your call too.</source>
        <translation>Ask your team leader for help; they see it at once, during your call too.</translation>
    </message>
</context>
<context>
    <name>cti::agent::StatusArea</name>
    <message>
        <source>Callers waiting: %1</source>
        <translation>Callers waiting: %1</translation>
    </message>
    <message>
        <source> (longest %1)</source>
        <translation> (longest %1)</translation>
    </message>
    <message>
        <source>On duty %1 · idle %2 · on calls %3 · wrap-up %4 · not ready %5 · away %6</source>
        <translation>On duty %1 · idle %2 · on calls %3 · wrap-up %4 · not ready %5 · away %6</translation>
    </message>
</context>
<context>
    <name>cti::agent::VoicemailModel</name>
    <message>
        <source>The recording ended early: %1</source>
        <translation>The recording ended early: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Not heard</source>
        <translation>Not heard</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cti::agent::VoicemailPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
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
        <source>Fetching the recording…</source>
        <translation>Fetching the recording…</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Playing…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>The voicemail cannot be played: %1</source>
        <translation>The voicemail cannot be played: %1</translation>
    </message>
</context>
<context>
    <name>cti::agent::WorkbenchModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Urgent order: handle it first</source>
        <translation>Urgent order: handle it first</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
</context>
<context>
    <name>cti::agent::WorkbenchPanel</name>
    <message>
        <source>The search text is too long: use a few words.</source>
        <translation>The search text is too long: use a few words.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>My workbench</source>
        <translation>My workbench</translation>
    </message>
    <message>
        <source>Number, title, content, caller...</source>
        <translation>Number, title, content, caller...</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Search all the orders you may see.</source>
        <translation>Search all the orders you may see.</translation>
    </message>
    <message>
        <source>Reload the orders waiting for you or your department.</source>
        <translation>Reload the orders waiting for you or your department.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Searching...</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n order(s) found</source>
        <translation>
            <numerusform>Search: %n order found</numerusform>
            <numerusform>Search: %n orders found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My workbench: %n order(s)</source>
        <translation>
            <numerusform>My workbench: %n order</numerusform>
            <numerusform>My workbench: %n orders</numerusform>
        </translation>
    </message>
</context>
</TS>
