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
</context>
<context>
    <name>cti::agent::SoftphoneBar</name>
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
        <source>Stop taking calls for a while, with a reason.</source>
        <translation>Stop taking calls for a while, with a reason.</translation>
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
        <source>Call another agent or the team leader while the caller waits.</source>
        <translation>Call another agent or the team leader while the caller waits.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer the call, directly or after a consultation.</source>
        <translation>Transfer the call, directly or after a consultation.</translation>
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
        <source>Call an outside number (only while not ready).</source>
        <translation>Call an outside number (only while not ready).</translation>
    </message>
    <message>
        <source>Not available yet: call control comes in a later version of the agent desktop.</source>
        <translation>Not available yet: call control comes in a later version of the agent desktop.</translation>
    </message>
    <message>
        <source>Telephony is off for this session: you logged in without connecting to the CTI server. Log in again with it checked to take calls.</source>
        <translation>Telephony is off for this session: you logged in without connecting to the CTI server. Log in again with it checked to take calls.</translation>
    </message>
</context>
</TS>
