// Voicemail, recording and callback commands: list and mark messages, download a message's or a
// call's audio, list callback requests (protocol 1.3).
#include <fstream>

#include "commands.h"
#include "cti/client/json.h"

namespace cti::cli::commands {

namespace {
using client::ClientError;
using client::ErrorKind;
using client::Result;

// A message's WAV is at most a few MB (voicemail_max_s at 16 KB/s): a bound on what a server
// may make us write.
constexpr std::int64_t kMaxAudioBytes = 256LL * 1024 * 1024;
}  // namespace

Result<void> voicemails(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_list_voicemails();
    m->set_mailbox(a.mailbox);
    m->set_unheard_only(a.unheard);
    m->set_limit(a.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_voicemails_ok, "ListVoicemailsOk");
}

Result<void> voicemail_heard(CommandContext& context) {
    wire::Envelope request;
    request.mutable_mark_voicemail_heard()->set_voicemail_id(context.invocation.args.id);
    return print_reply(context, std::move(request), &wire::Envelope::has_mark_voicemail_heard_ok,
                       "MarkVoicemailHeardOk");
}

namespace {
// FetchAudio chunk by chunk until the file is whole.
Result<void> fetch_audio(CommandContext& context, const std::string& kind, std::string_view id_name) {
    const auto& a = context.invocation.args;
    std::ofstream out(a.out_file, std::ios::binary | std::ios::trunc);
    if (!out) return std::unexpected(ClientError{ErrorKind::closed, wire::ERROR_UNSPECIFIED, "cannot write " + a.out_file});
    std::int64_t offset = 0;
    std::int64_t total = -1;
    while (total < 0 || offset < total) {
        wire::Envelope request;
        auto* f = request.mutable_fetch_audio();
        f->set_kind(kind);
        f->set_id(a.id);
        f->set_offset(offset);
        auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_fetch_audio_ok, "FetchAudioOk");
        if (!reply) return std::unexpected(reply.error());
        const auto& chunk = reply->fetch_audio_ok();
        total = chunk.total_bytes();
        if (total > kMaxAudioBytes || chunk.offset() != offset || (chunk.data().empty() && offset < total))
            return std::unexpected(ClientError{ErrorKind::protocol, wire::ERROR_UNSPECIFIED,
                                               "the server sent an inconsistent audio chunk"});
        out.write(chunk.data().data(), static_cast<std::streamsize>(chunk.data().size()));
        offset += static_cast<std::int64_t>(chunk.data().size());
    }
    out.close();
    if (!out) return std::unexpected(ClientError{ErrorKind::closed, wire::ERROR_UNSPECIFIED, "cannot write " + a.out_file});
    print_line(context, "{\"" + std::string(id_name) + "\":" + std::to_string(a.id) + ",\"bytes\":" +
                            std::to_string(offset) + "}");
    return {};
}
}  // namespace

Result<void> voicemail_fetch(CommandContext& context) { return fetch_audio(context, "voicemail", "voicemail_id"); }
Result<void> recording_fetch(CommandContext& context) { return fetch_audio(context, "recording", "call_id"); }

Result<void> callbacks(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    request.mutable_list_callbacks()->set_state(a.state);
    request.mutable_list_callbacks()->set_limit(a.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_callbacks_ok, "ListCallbacksOk");
}

}  // namespace cti::cli::commands
