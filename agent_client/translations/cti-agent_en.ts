<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
