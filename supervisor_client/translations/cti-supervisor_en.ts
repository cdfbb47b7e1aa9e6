<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
</context>
</TS>