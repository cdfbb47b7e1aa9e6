#pragma once
// What the user asked for on the command line, parsed without side effects so that tests can
// check every usage error: parse_args reads no files and opens no connections.
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace cti::cli {

inline constexpr std::uint16_t kDefaultPort = 7443;

struct ServerAddress {
    std::string host;
    std::uint16_t port = kDefaultPort;
};

// "host:port", "host", "[v6]:port", "[v6]" or a bare IPv6 address; the port defaults to 7443.
std::expected<ServerAddress, std::string> parse_server_address(std::string_view text);

// Options before the command, shared by every command.
struct GlobalArgs {
    ServerAddress server;
    std::string user;
    std::string password_file;  // "-" is standard input
    std::string ca_file;
    std::string pin;  // canonical "AB:CD:..." once parsed
    bool insecure = false;
    int timeout_ms = 10000;
};

// The arguments of all commands; each command reads only its own. A new command adds its
// fields here and registers them in its entry of the command table.
struct CommandArgs {
    // snapshot
    bool fresh = false;
    // watch
    int count = 0;
    int for_ms = 0;
    // announce
    std::string title;
    std::string body;
    // change-password
    std::string new_password_file;
    // call control (dial, answer, hangup, hold, ... dtmf)
    std::int64_t call_id = 0;
    std::string number;
    std::string digits;
    // agent status (not-ready, away; --agent: another agent's, team leaders)
    std::string reason;
    std::int64_t agent_id = 0;
    // save-flow
    std::string flow_file;
    // work orders (order-create, order, order-show, order-search, workbench)
    std::string order_type;
    std::string urgency;
    std::string channel;
    std::string content;
    std::string caller_number;
    std::string contact_name;
    std::int64_t order_call_id = 0;
    bool restricted = false;
    std::string order;         // id or number (GD...)
    std::string action;
    std::string opinion;
    std::vector<std::string> to_departments;
    std::vector<std::string> to_users;
    std::string satisfaction;
    std::string text;
    std::string state;
    std::string department;
    int limit = 0;
    // customers (customer-save, customer-close, lookup, number-segment)
    std::int64_t customer_id = 0;
    std::string name;
    std::string address;
    std::vector<std::string> phones;
    std::vector<std::string> labels;
    int vip_level = 0;
    bool blacklisted = false;
    std::string prefix;
    std::vector<std::string> accounts;   // NO[:KIND[:ADDRESS]]
    std::vector<std::string> contacts;   // NAME[:PHONE[:RELATION]]
    std::string account_no;
    // office and administration
    std::string file;
    std::vector<std::string> default_for;
    std::int64_t accept_s = 0;
    std::int64_t process_s = 0;
    std::string calendar;
    std::string escalate_role;
    std::string kind;
    std::int64_t id = 0;
    bool shared = false;
    bool remove = false;
    std::string mime_type;
    std::string out_file;
    std::string to_user;
    std::string login;
    std::string role;
    std::string extension;
    bool disabled = false;
    std::vector<std::string> groups;
    std::vector<std::string> skills;     // NAME:LEVEL
    std::string password_file;
    std::int64_t parent_id = 0;
    // knowledge base (kb-*): also title, body, text, channel, order and limit above
    std::int64_t kb_id = 0;        // the category, article or feedback the command is about
    std::int64_t kb_parent = 0;
    std::int64_t kb_category = 0;
    int kb_position = 0;
    int kb_version = 0;
    std::string body_file;         // kb-article-save: the body from a file ("-": standard input)
    std::vector<std::string> keywords;
    std::string to;                // kb-send: number or address
    bool all = false;              // kb-feedback-list: resolved ones too
    // voicemail (voicemails, voicemail-heard, voicemail-fetch) and callbacks: also id, out_file,
    // state and limit above
    std::string mailbox;
    bool unheard = false;
    // campaigns (campaign-*, preview-*, disposition, dnc) and prompt-upload: also id, name,
    // calendar, order_type, file, state, limit, reason above
    std::string mode;
    std::string queue;
    std::string flow;
    std::string caller_id;
    std::string first_day;
    std::string last_day;
    double abandon_cap = 0;
    int lines = 0;
    std::vector<std::string> retry_rules;  // OUTCOME:ATTEMPTS:SECONDS
    std::string encoding;
    std::int64_t after_id = 0;
    std::string disposition;
    std::string note;
    std::int64_t callback_at_ms = 0;
    std::vector<std::string> add_numbers;
    std::vector<std::string> remove_numbers;
    std::string language;
    std::string prompt_id;
    // faxes (fax-send, faxes): also number, file and limit above
    std::string direction;
    // reports (report, report-save, reports): also kind (the subject), name, id, shared, remove
    std::string period;
    std::string range;
    std::int64_t from_ms = 0;
    std::int64_t to_ms = 0;
    int utc_offset_min = 0;
    std::vector<std::string> columns;
    std::vector<std::string> keys;
    // queue-member: also agent_id, queue, remove; recordings, recording-score: also number,
    // agent_id, from_ms, to_ms, order, limit, id, note (the comment)
    int level = 1;
    std::vector<std::string> items;  // ITEM=POINTS
    int version = 0;                 // flow-get
};

struct Invocation {
    GlobalArgs global;
    std::string command;
    CommandArgs args;
};

// Parsing ended without a command to run: help or --version (exit_code 0, text for stdout) or a
// usage error (exit_code 2, text for stderr, starting "cti-cli: ").
struct ParseExit {
    int exit_code = 0;
    std::string text;
};

std::expected<Invocation, ParseExit> parse_args(int argc, const char* const* argv);

}  // namespace cti::cli
