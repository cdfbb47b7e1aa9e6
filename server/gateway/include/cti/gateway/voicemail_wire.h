#pragma once
// Voicemail, callback requests and audio files on the wire (protocol 1.3). Who hears a mailbox:
// a queue's mailbox its members, an extension's mailbox the user behind it, and team leaders and
// up every mailbox.
#include <memory>

#include "cti.pb.h"
#include "cti/storage/voicemail.h"

namespace cti::gateway {

class Connection;
class Hub;

wire::VoicemailInfo to_wire(const storage::VoicemailRecord& v);
wire::CallbackInfo to_wire(const storage::CallbackRecord& r);

// Pushes a new message to the users who may hear its mailbox.
void publish_voicemail(Hub& hub, const storage::VoicemailRecord& v);
// Pushes a callback request's change to the users with call control.
void publish_callback(Hub& hub, const storage::CallbackRecord& r);

void on_list_voicemails(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_mark_voicemail_heard(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_fetch_audio(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_callbacks(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

}  // namespace cti::gateway
