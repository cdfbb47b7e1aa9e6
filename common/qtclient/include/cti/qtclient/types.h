#pragma once
// Plain data the desktops work with. The Connection turns protocol messages (cti::wire, protobuf)
// into these so that models and widgets never see protobuf types. Values only: cheap to copy
// across the thread boundary in queued signals.
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <string_view>
#include <variant>

#include "cti/qtclient/alarm.h"
#include "cti/qtclient/office_types.h"

namespace cti::qt {

// Where the connection is, as the status bar shows it. Reconnecting covers the whole recovery
// after a lost link (backoff wait and the attempts); Connecting/Handshaking are the first login.
enum class ConnectionState { Disconnected, Connecting, Handshaking, LoggedIn, Reconnecting };
std::string_view to_string(ConnectionState state) noexcept;

// Mirrors cti.wire.Role.
enum class Role { Unspecified, Agent, TeamLeader, Supervisor, Administrator, Maintainer };
std::string_view to_string(Role role) noexcept;

// Values 1..15 are the server's cti.wire.ErrorCode (convert.cpp checks they stay equal); the
// values from 1000 are found by the client itself and never travel on the wire.
enum class ErrorCode {
    Unspecified = 0,
    BadFrame = 1,
    FrameTooLarge = 2,
    UnknownMessage = 3,
    VersionMismatch = 4,
    AuthFailed = 5,
    RateLimited = 6,
    NotLoggedIn = 7,
    PermissionDenied = 8,
    InvalidArgument = 9,
    NotFound = 10,
    ProtocolOrder = 11,
    TlsRequired = 12,
    Unavailable = 13,
    Internal = 14,
    Timeout = 15,
    ConnectFailed = 1000,        // TCP or TLS could not be set up
    CertificateMismatch = 1001,  // the server's certificate is not the pinned one
    CertificateRejected = 1002,  // the user did not trust a first-seen certificate
    ConnectionLost = 1003,       // the link dropped or went silent; reconnecting
    NotConnected = 1004,         // a request made while no session is up
};
std::string_view to_string(ErrorCode code) noexcept;

struct UserInfo {
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Unspecified;
    QString department;
    QString extension;
    QStringList permissions;

    bool hasPermission(const QString& permission) const { return permissions.contains(permission); }
};

struct AgentInfo {
    qint64 userId = 0;
    QString login;
    QString displayName;
    QString extension;
    QString department;
    bool online = false;
    bool phoneRegistered = false;  // the agent's SIP phone is registered (protocol 1.1)
};

struct QueueInfo {
    qint64 queueId = 0;
    QString name;
    QString strategy;
};

struct Announcement {
    qint64 announcementId = 0;
    QString title;
    QString body;
    QString author;
    qint64 createdMs = 0;  // Unix time, milliseconds
};

// ---- calls (protocol 1.1) ----

// One live leg of a call. party: customer, agent, consult; state: offered, dialling, ringing,
// up, held (the server's words, kept as strings: a newer server may add some).
struct CallLeg {
    quint64 legId = 0;
    QString party;
    QString state;
    QString number;     // extension or outside number of the far end
    qint64 userId = 0;  // the user behind the extension, 0 if none
};

// A call as the server sees it. state: setup, talking, held, consulting, conference,
// transferring, ended; direction: inbound, outbound, internal.
struct Call {
    qint64 callId = 0;
    QString state;
    QString direction;
    QString caller;
    QString callee;
    qint64 startedMs = 0;
    qint64 answeredMs = 0;  // 0 until answered
    QList<CallLeg> legs;
    QString reason;
    QString queue;
    QMap<QString, QString> data;  // what the caller keyed in the IVR (e.g. account)

    bool ended() const { return state == QLatin1String("ended"); }
    // The first leg of `userId`, or of `party` ("agent", "consult"...), if any.
    const CallLeg* legOfUser(qint64 userId) const;
    const CallLeg* legOfParty(const QString& party) const;
};

struct CallDtmf {
    qint64 callId = 0;
    QString digit;
    QString source;  // rfc4733, sip_info, inband
};

struct PhoneRegistration {
    QString extension;
    bool registered = false;
    QString contact;
};

// An agent's ACD status (what the agent chose: logged_out, available, not_ready, away) and
// state (what the system does: idle, reserved, in_call, wrap_up).
struct AgentStatusInfo {
    qint64 userId = 0;
    QString status;
    QString state;
    QString reason;    // reason code of not_ready / away
    qint64 callId = 0; // offered or current call
    qint64 sinceMs = 0;  // Unix ms of the last change, 0 if unknown

    bool signedIn() const { return !status.isEmpty() && status != QLatin1String("logged_out"); }
};

// A queue's real-time figures.
struct QueueStatus {
    qint64 queueId = 0;
    QString name;
    int waiting = 0;
    int longestWaitS = 0;
    int entered = 0;
    int answered = 0;
    int abandoned = 0;
    double serviceLevelPercent = 0;
    int averageSpeedOfAnswerS = 0;
    int agentsAvailable = 0;
    int agentsIdle = 0;
    int agentsInCall = 0;
    int agentsWrapUp = 0;
    int agentsNotReady = 0;
    int agentsAway = 0;
};

// Mirrors cti.wire.CallAction / AgentAction (same numbers; convert.cpp checks).
enum class CallAction {
    Dial = 1, Answer, HangUp, Hold, Retrieve, Transfer, Consult, CompleteTransfer, CancelConsult,
    Conference, Pickup, SendDtmf,
    Monitor, Whisper, Barge  // supervision (call.supervise): 13, 14, 15
};
std::string_view to_string(CallAction action) noexcept;
enum class AgentAction { SignIn = 1, SignOut, Ready, NotReady, Away, EndWrapUp };
std::string_view to_string(AgentAction action) noexcept;

// Everything the session's role may see as of eventSeq; events with a larger seq follow.
struct Snapshot {
    UserInfo me;
    qint64 serverTimeMs = 0;
    quint64 eventSeq = 0;
    QList<AgentInfo> agents;
    QList<QueueInfo> queues;
    QList<Announcement> announcements;
    QList<Call> calls;                   // calls in progress the session may see
    QList<AgentStatusInfo> agentStates;  // every agent's ACD status and state
    QList<QueueStatus> queueStates;      // every queue's real-time figures
    QList<ServerAlarm> alarms;           // the server's active alarms (protocol 1.5)
};

struct PresenceChange {
    qint64 userId = 0;
    QString login;
    bool online = false;
};

// A server-pushed event. monostate stands for a kind this client does not know yet (a newer
// server); it still carries seq so the ordering check works.
struct ServerEvent {
    quint64 seq = 0;
    qint64 timeMs = 0;
    std::variant<std::monostate, PresenceChange, Announcement, Call, CallDtmf, PhoneRegistration,
                 AgentStatusInfo, QueueStatus, OrderNotice, InternalMessage, Voicemail, CampaignInfo,
                 ServerAlarm>
        kind;
};

struct LoginResult {
    UserInfo user;
    QString sessionId;
    bool resumed = false;  // true when the server kept the session across a dropped link
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::ConnectionState)
Q_DECLARE_METATYPE(cti::qt::ErrorCode)
Q_DECLARE_METATYPE(cti::qt::LoginResult)
Q_DECLARE_METATYPE(cti::qt::Snapshot)
Q_DECLARE_METATYPE(cti::qt::ServerEvent)
Q_DECLARE_METATYPE(cti::qt::Call)
Q_DECLARE_METATYPE(cti::qt::CallDtmf)
Q_DECLARE_METATYPE(cti::qt::PhoneRegistration)
Q_DECLARE_METATYPE(cti::qt::AgentStatusInfo)
Q_DECLARE_METATYPE(cti::qt::QueueStatus)
Q_DECLARE_METATYPE(cti::qt::CallAction)
Q_DECLARE_METATYPE(cti::qt::AgentAction)
