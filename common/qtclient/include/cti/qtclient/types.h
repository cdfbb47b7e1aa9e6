#pragma once
// Plain data the desktops work with. The Connection turns protocol messages (cti::wire, protobuf)
// into these so that models and widgets never see protobuf types. Values only: cheap to copy
// across the thread boundary in queued signals.
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <string_view>
#include <variant>

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

// Everything the session's role may see as of eventSeq; events with a larger seq follow.
struct Snapshot {
    UserInfo me;
    qint64 serverTimeMs = 0;
    quint64 eventSeq = 0;
    QList<AgentInfo> agents;
    QList<QueueInfo> queues;
    QList<Announcement> announcements;
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
    std::variant<std::monostate, PresenceChange, Announcement> kind;
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
