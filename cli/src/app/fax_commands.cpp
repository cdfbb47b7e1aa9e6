// Fax commands (protocol 1.4): fax-send uploads a document (TIFF-F or PDF) to be faxed to a
// number; faxes lists the faxes sent and received, newest first.
#include <filesystem>

#include "commands.h"

namespace cti::cli::commands {

namespace {
using client::Result;
constexpr std::size_t kMaxFaxBytes = 10u << 20;  // the server's limit: 10 MiB
}  // namespace

Result<void> fax_send(CommandContext& context) {
    const auto& a = context.invocation.args;
    auto document = read_file(a.file, kMaxFaxBytes);
    if (!document) return std::unexpected(document.error());
    wire::Envelope request;
    auto* m = request.mutable_send_fax();
    m->set_number(a.number);
    m->set_document(std::move(*document));
    m->set_file_name(std::filesystem::path(a.file).filename().string());
    return print_reply(context, std::move(request), &wire::Envelope::has_send_fax_ok, "SendFaxOk");
}

Result<void> faxes(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    request.mutable_list_faxes()->set_direction(a.direction);
    request.mutable_list_faxes()->set_limit(a.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_faxes_ok, "ListFaxesOk");
}

}  // namespace cti::cli::commands
