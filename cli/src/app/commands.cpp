#include "commands.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <iterator>
#include <cmath>
#include <random>

#include "cti/client/json.h"

namespace cti::cli::commands {

namespace {

using client::ClientError;
using client::ErrorKind;
using client::Result;
using Clock = std::chrono::steady_clock;

// The slice watch waits for an event before it looks at the interrupt flag again: short enough
// that Ctrl-C feels immediate, long enough to cost nothing.
constexpr std::chrono::milliseconds kInterruptPoll{200};

}  // namespace

Result<wire::Envelope> expect(Result<wire::Envelope> reply, bool (wire::Envelope::*has)() const,
                              std::string_view expected) {
    if (!reply) return reply;
    if (!((*reply).*has)())
        return std::unexpected(ClientError{ErrorKind::protocol, wire::ERROR_UNSPECIFIED,
                                           "the server answered with " + std::string(wire::body_name(*reply)) +
                                               " where " + std::string(expected) + " was expected"});
    return reply;
}

void print_line(CommandContext& context, const std::string& line) { context.out << line << '\n' << std::flush; }

std::string envelope_line(const wire::Envelope& envelope) {
    const auto* field = wire::Envelope::descriptor()->FindFieldByNumber(envelope.body_case());
    if (!field) return R"({"unknown":{}})";
    const auto& body = envelope.GetReflection()->GetMessage(envelope, field);
    return "{\"" + field->name() + "\":" + client::to_json(body) + "}";
}

Result<void> print_reply(CommandContext& context, wire::Envelope request, bool (wire::Envelope::*has)() const,
                         std::string_view expected) {
    auto reply = expect(context.client.request(std::move(request)), has, expected);
    if (!reply) return std::unexpected(reply.error());
    print_line(context, envelope_line(*reply));
    return {};
}

Result<void> snapshot(CommandContext& context) {
    if (context.invocation.args.fresh) {
        wire::Envelope request;
        request.mutable_snapshot_request();
        auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_snapshot, "Snapshot");
        if (!reply) return std::unexpected(reply.error());
        print_line(context, client::to_json(reply->snapshot()));
        return {};
    }
    // The server sends the snapshot right after LoginOk, before any event.
    const auto timeout = std::chrono::milliseconds(context.invocation.global.timeout_ms);
    const auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
        auto next = context.client.next_event(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()));
        if (!next) return std::unexpected(next.error());
        if (!*next) break;
        if ((*next)->has_error()) return std::unexpected(client::server_error((*next)->error()));
        if ((*next)->has_snapshot()) {
            print_line(context, client::to_json((*next)->snapshot()));
            return {};
        }
    }
    return std::unexpected(ClientError{ErrorKind::timeout, wire::ERROR_UNSPECIFIED,
                                       "the server sent no snapshot within " + std::to_string(timeout.count()) +
                                           " ms after login; try 'snapshot --fresh'"});
}

Result<void> watch(CommandContext& context) {
    const auto& args = context.invocation.args;
    const auto end = args.for_ms > 0 ? Clock::now() + std::chrono::milliseconds(args.for_ms) : Clock::time_point::max();
    int events = 0;
    while (!context.interrupted() && (args.count == 0 || events < args.count)) {
        const auto now = Clock::now();
        if (now >= end) break;
        const auto slice = std::min<Clock::duration>(kInterruptPoll, end - now);
        auto next = context.client.next_event(std::chrono::duration_cast<std::chrono::milliseconds>(slice));
        if (!next) return std::unexpected(next.error());
        if (!*next) continue;
        // An Error outside any request announces that the server is closing the connection.
        if ((*next)->has_error()) return std::unexpected(client::server_error((*next)->error()));
        print_line(context, envelope_line(**next));
        if ((*next)->has_event()) ++events;
    }
    return {};
}

Result<void> whoami(CommandContext& context) {
    print_line(context, client::to_json(context.login.user()));
    return {};
}

Result<void> ping(CommandContext& context) {
    std::random_device random;
    const std::uint64_t nonce = (std::uint64_t{random()} << 32) | random();
    wire::Envelope request;
    request.mutable_ping()->set_nonce(nonce);
    const auto sent = Clock::now();
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_pong, "Pong");
    const auto received = Clock::now();
    if (!reply) return std::unexpected(reply.error());
    if (reply->pong().nonce() != nonce)
        return std::unexpected(ClientError{ErrorKind::protocol, wire::ERROR_UNSPECIFIED,
                                           "the server's Pong carries a different nonce than the Ping"});
    const double ms = std::chrono::duration<double, std::milli>(received - sent).count();
    const nlohmann::json line{{"round_trip_ms", std::round(ms * 1000.0) / 1000.0},
                              {"server_time_ms", reply->pong().server_time_ms()}};
    print_line(context, line.dump());
    return {};
}

Result<void> announce(CommandContext& context) {
    wire::Envelope request;
    auto* post = request.mutable_post_announcement();
    post->set_title(context.invocation.args.title);
    post->set_body(context.invocation.args.body);
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_post_announcement_ok,
                        "PostAnnouncementOk");
    if (!reply) return std::unexpected(reply.error());
    print_line(context, client::to_json(reply->post_announcement_ok()));
    return {};
}

Result<void> change_password(CommandContext& context) {
    wire::Envelope request;
    auto* change = request.mutable_change_password();
    change->set_old_password(context.secrets.password);
    change->set_new_password(context.secrets.new_password);
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_change_password_ok,
                        "ChangePasswordOk");
    if (!reply) return std::unexpected(reply.error());
    return {};
}

Result<void> logout(CommandContext& context) {
    wire::Envelope request;
    request.mutable_logout();
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_logout_ok, "LogoutOk");
    if (!reply) return std::unexpected(reply.error());
    return {};
}

Result<void> call_control(CommandContext& context) {
    static constexpr std::pair<std::string_view, wire::CallAction> kActions[] = {
        {"dial", wire::DIAL},
        {"answer", wire::ANSWER},
        {"hangup", wire::HANGUP},
        {"hold", wire::HOLD},
        {"retrieve", wire::RETRIEVE},
        {"transfer", wire::TRANSFER},
        {"consult", wire::CONSULT},
        {"complete-transfer", wire::COMPLETE_TRANSFER},
        {"cancel-consult", wire::CANCEL_CONSULT},
        {"conference", wire::CONFERENCE},
        {"pickup", wire::PICKUP},
        {"dtmf", wire::SEND_DTMF},
        {"monitor", wire::MONITOR},
        {"whisper", wire::WHISPER},
        {"barge", wire::BARGE},
    };
    const auto& inv = context.invocation;
    wire::Envelope request;
    auto* cc = request.mutable_call_control();
    for (const auto& [name, action] : kActions)
        if (name == inv.command) cc->set_action(action);
    cc->set_call_id(inv.args.call_id);
    cc->set_number(inv.args.number);
    cc->set_digits(inv.args.digits);
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_call_control_ok,
                        "CallControlOk");
    if (!reply) return std::unexpected(reply.error());
    print_line(context, client::to_json(reply->call_control_ok()));
    return {};
}

Result<void> agent_control(CommandContext& context) {
    static constexpr std::pair<std::string_view, wire::AgentAction> kActions[] = {
        {"sign-in", wire::SIGN_IN}, {"sign-out", wire::SIGN_OUT}, {"ready", wire::READY},
        {"not-ready", wire::NOT_READY}, {"away", wire::AWAY}, {"end-wrap-up", wire::END_WRAP_UP},
    };
    wire::Envelope request;
    auto* ac = request.mutable_agent_control();
    for (const auto& [name, action] : kActions)
        if (name == context.invocation.command) ac->set_action(action);
    ac->set_reason(context.invocation.args.reason);
    ac->set_agent_id(context.invocation.args.agent_id);
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_agent_control_ok,
                        "AgentControlOk");
    if (!reply) return std::unexpected(reply.error());
    print_line(context, client::to_json(reply->agent_control_ok().agent()));
    return {};
}

Result<void> save_flow(CommandContext& context) {
    constexpr std::size_t kMaxBytes = 256 * 1024;
    std::ifstream in(context.invocation.args.flow_file, std::ios::binary);
    if (!in)
        return std::unexpected(ClientError{ErrorKind::closed, wire::ERROR_UNSPECIFIED,
                                           "cannot read " + context.invocation.args.flow_file});
    std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (json.size() > kMaxBytes)
        return std::unexpected(ClientError{ErrorKind::closed, wire::ERROR_UNSPECIFIED,
                                           "the flow file is larger than 256 KiB"});
    wire::Envelope request;
    request.mutable_save_ivr_flow()->set_definition(std::move(json));
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_save_ivr_flow_ok,
                        "SaveIvrFlowOk");
    if (!reply) return std::unexpected(reply.error());
    print_line(context, client::to_json(reply->save_ivr_flow_ok()));
    return {};
}

client::ClientError usage_error(std::string message) {
    return client::ClientError{client::ErrorKind::closed, wire::ERROR_UNSPECIFIED, std::move(message)};
}

}  // namespace cti::cli::commands
