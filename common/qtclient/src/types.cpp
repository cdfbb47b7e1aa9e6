#include "cti/qtclient/types.h"

namespace cti::qt {

std::string_view to_string(ConnectionState state) noexcept {
    switch (state) {
        case ConnectionState::Disconnected: return "disconnected";
        case ConnectionState::Connecting: return "connecting";
        case ConnectionState::Handshaking: return "handshaking";
        case ConnectionState::LoggedIn: return "logged_in";
        case ConnectionState::Reconnecting: return "reconnecting";
    }
    return "unknown";
}

std::string_view to_string(Role role) noexcept {
    switch (role) {
        case Role::Unspecified: return "unspecified";
        case Role::Agent: return "agent";
        case Role::TeamLeader: return "team_leader";
        case Role::Supervisor: return "supervisor";
        case Role::Administrator: return "administrator";
        case Role::Maintainer: return "maintainer";
    }
    return "unknown";
}

std::string_view to_string(ErrorCode code) noexcept {
    switch (code) {
        case ErrorCode::Unspecified: return "unspecified";
        case ErrorCode::BadFrame: return "bad_frame";
        case ErrorCode::FrameTooLarge: return "frame_too_large";
        case ErrorCode::UnknownMessage: return "unknown_message";
        case ErrorCode::VersionMismatch: return "version_mismatch";
        case ErrorCode::AuthFailed: return "auth_failed";
        case ErrorCode::RateLimited: return "rate_limited";
        case ErrorCode::NotLoggedIn: return "not_logged_in";
        case ErrorCode::PermissionDenied: return "permission_denied";
        case ErrorCode::InvalidArgument: return "invalid_argument";
        case ErrorCode::NotFound: return "not_found";
        case ErrorCode::ProtocolOrder: return "protocol_order";
        case ErrorCode::TlsRequired: return "tls_required";
        case ErrorCode::Unavailable: return "unavailable";
        case ErrorCode::Internal: return "internal";
        case ErrorCode::Timeout: return "timeout";
        case ErrorCode::ConnectFailed: return "connect_failed";
        case ErrorCode::CertificateMismatch: return "certificate_mismatch";
        case ErrorCode::CertificateRejected: return "certificate_rejected";
        case ErrorCode::ConnectionLost: return "connection_lost";
        case ErrorCode::NotConnected: return "not_connected";
    }
    return "unknown";
}

const CallLeg* Call::legOfUser(qint64 userId) const {
    for (const CallLeg& leg : legs)
        if (userId != 0 && leg.userId == userId) return &leg;
    return nullptr;
}

const CallLeg* Call::legOfParty(const QString& party) const {
    for (const CallLeg& leg : legs)
        if (leg.party == party) return &leg;
    return nullptr;
}

std::string_view to_string(CallAction action) noexcept {
    switch (action) {
        case CallAction::Dial: return "dial";
        case CallAction::Answer: return "answer";
        case CallAction::HangUp: return "hangup";
        case CallAction::Hold: return "hold";
        case CallAction::Retrieve: return "retrieve";
        case CallAction::Transfer: return "transfer";
        case CallAction::Consult: return "consult";
        case CallAction::CompleteTransfer: return "complete_transfer";
        case CallAction::CancelConsult: return "cancel_consult";
        case CallAction::Conference: return "conference";
        case CallAction::Pickup: return "pickup";
        case CallAction::SendDtmf: return "send_dtmf";
        case CallAction::Monitor: return "monitor";
        case CallAction::Whisper: return "whisper";
        case CallAction::Barge: return "barge";
    }
    return "unknown";
}

std::string_view to_string(AgentAction action) noexcept {
    switch (action) {
        case AgentAction::SignIn: return "sign_in";
        case AgentAction::SignOut: return "sign_out";
        case AgentAction::Ready: return "ready";
        case AgentAction::NotReady: return "not_ready";
        case AgentAction::Away: return "away";
        case AgentAction::EndWrapUp: return "end_wrap_up";
    }
    return "unknown";
}

}  // namespace cti::qt
