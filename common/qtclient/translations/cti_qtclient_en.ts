<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>cti::qt::AlarmBanner</name>
    <message>
        <source>Server storage</source>
        <translation>Server storage</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Call recording</translation>
    </message>
    <message>
        <source>Alarm — %1: %2</source>
        <translation>Alarm — %1: %2</translation>
    </message>
</context>
<context>
    <name>cti::qt::AudioPlayer</name>
    <message>
        <source>This computer lacks the components to play audio (GStreamer or FFmpeg plugins).</source>
        <translation>This computer lacks the components to play audio (GStreamer or FFmpeg plugins).</translation>
    </message>
    <message>
        <source>No loudspeaker or headset is connected to this computer.</source>
        <translation>No loudspeaker or headset is connected to this computer.</translation>
    </message>
</context>
<context>
    <name>cti::qt::Connection</name>
    <message>
        <source>The server did not confirm the logout.</source>
        <translation>The server did not confirm the logout.</translation>
    </message>
    <message>
        <source>The server did not complete the connection within %1 seconds.</source>
        <translation>The server did not complete the connection within %1 seconds.</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 seconds.</source>
        <translation>The server sent nothing for %1 seconds.</translation>
    </message>
    <message>
        <source>Not connected: the certificate of %1 was not trusted.</source>
        <translation>Not connected: the certificate of %1 was not trusted.</translation>
    </message>
    <message>
        <source>Not connected to the CTI server, so the request was not sent. Wait until the connection is back and try again.</source>
        <translation>Not connected to the CTI server, so the request was not sent. Wait until the connection is back and try again.</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts (%1 bytes). Shorten the text or attachment and try again.</source>
        <translation>The request is larger than the server accepts (%1 bytes). Shorten the text or attachment and try again.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>The server closed the connection.</translation>
    </message>
    <message>
        <source>Refusing to connect: %1 presented a certificate with fingerprint %2, but this desktop trusts %3. Someone may be intercepting the connection. Ask your administrator whether the server's certificate was replaced; only then remove the old trust and connect again.</source>
        <translation>Refusing to connect: %1 presented a certificate with fingerprint %2, but this desktop trusts %3. Someone may be intercepting the connection. Ask your administrator whether the server's certificate was replaced; only then remove the old trust and connect again.</translation>
    </message>
    <message>
        <source>The server sent data this desktop cannot read (%1).</source>
        <translation>The server sent data this desktop cannot read (%1).</translation>
    </message>
    <message>
        <source>The server answered Hello with an unexpected %1 message.</source>
        <translation>The server answered Hello with an unexpected %1 message.</translation>
    </message>
    <message>
        <source>The server answered Login with an unexpected %1 message.</source>
        <translation>The server answered Login with an unexpected %1 message.</translation>
    </message>
    <message>
        <source>Could not connect to the CTI server at %1: %2 Check the server address and that the server is running, then log in again.</source>
        <translation>Could not connect to the CTI server at %1: %2 Check the server address and that the server is running, then log in again.</translation>
    </message>
    <message>
        <source>Connection to the CTI server lost (%1). Reconnecting; your session is kept.</source>
        <translation>Connection to the CTI server lost (%1). Reconnecting; your session is kept.</translation>
    </message>
    <message>
        <source>The connection dropped before the server answered. The request may or may not have been carried out: check, then try again if needed.</source>
        <translation>The connection dropped before the server answered. The request may or may not have been carried out: check, then try again if needed.</translation>
    </message>
</context>
<context>
    <name>cti::qt::ConnectionStatusWidget</name>
    <message>
        <source>Telephony off</source>
        <translation>Telephony off</translation>
    </message>
    <message>
        <source>You logged in without connecting to the CTI server: tickets and the knowledge base work, calls do not reach this desktop.</source>
        <translation>You logged in without connecting to the CTI server: tickets and the knowledge base work, calls do not reach this desktop.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Logging in</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnecting</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ext. %1</source>
        <translation>Ext. %1</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
</context>
<context>
    <name>cti::qt::LoginDialog</name>
    <message>
        <source>Connect to CTI server</source>
        <translation>Connect to CTI server</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>host:port, e.g. cti.example.com:7443</source>
        <translation>host:port, e.g. cti.example.com:7443</translation>
    </message>
    <message>
        <source>Checked: this desktop signs in to telephony and can take calls.
Unchecked: work on tickets and the knowledge base only; no calls reach you.</source>
        <translation>Checked: this desktop signs in to telephony and can take calls.
Unchecked: work on tickets and the knowledge base only; no calls reach you.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>cti::qt::LoginFlow</name>
    <message>
        <source>Trust this server?</source>
        <translation>Trust this server?</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Its certificate fingerprint (SHA-256) is:</source>
        <translation>This is the first connection to %1. Its certificate fingerprint (SHA-256) is:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you (cti-server prints it when it starts). Trust it only if they are the same: this desktop will then refuse any other certificate from this server.</source>
        <translation>Compare it with the fingerprint your administrator gave you (cti-server prints it when it starts). Trust it only if they are the same: this desktop will then refuse any other certificate from this server.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Do not connect</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>cti::qt::LoginForm</name>
    <message>
        <source>Enter the address of the CTI server, for example cti.example.com:7443.</source>
        <translation>Enter the address of the CTI server, for example cti.example.com:7443.</translation>
    </message>
    <message>
        <source>The server address is not valid. Write it as host or host:port, for example cti.example.com:7443.</source>
        <translation>The server address is not valid. Write it as host or host:port, for example cti.example.com:7443.</translation>
    </message>
    <message>
        <source>Enter your login name.</source>
        <translation>Enter your login name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>cti::qt::MediaAudioPlayer</name>
    <message>
        <source>The audio cannot be played.</source>
        <translation>The audio cannot be played.</translation>
    </message>
</context>
<context>
    <name>cti::qt::Office</name>
    <message>
        <source>The server answered with an unexpected %1 message.</source>
        <translation>The server answered with an unexpected %1 message.</translation>
    </message>
    <message>
        <source>The recording is %1 bytes, more than this desktop plays (%2).</source>
        <translation>The recording is %1 bytes, more than this desktop plays (%2).</translation>
    </message>
    <message>
        <source>The recording changed while it was being fetched; try again.</source>
        <translation>The recording changed while it was being fetched; try again.</translation>
    </message>
</context>
<context>
    <name>cti::qt::Telephony</name>
    <message>
        <source>The server answered with an unexpected %1 message.</source>
        <translation>The server answered with an unexpected %1 message.</translation>
    </message>
</context>
</TS>