// The knowledge base's pure part: limits, the tree's rules, destinations, and snippets.
#include "cti/tickets/knowledge.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cti/tickets/search_text.h"
#include "cti/tickets/store.h"

namespace cti::tickets {

std::string_view to_string(KbChannel c) noexcept {
    switch (c) {
        case KbChannel::sms: return "sms";
        case KbChannel::fax: return "fax";
        case KbChannel::email: return "email";
    }
    return "unknown";
}

std::optional<KbChannel> kb_channel_from_string(std::string_view s) noexcept {
    for (auto c : {KbChannel::sms, KbChannel::fax, KbChannel::email})
        if (to_string(c) == s) return c;
    return std::nullopt;
}

namespace {

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

Result<void> check_category_name(std::string_view name) {
    const auto n = utf8_length(name);
    if (n == 0 || n > kMaxKbNameChars || blank(name))
        return fail(Errc::invalid_argument,
                    fmt::format("a category needs a name of 1 to {} characters", kMaxKbNameChars));
    return {};
}

Result<void> check_article(const KbArticleFields& f) {
    std::string problems;
    auto add = [&](std::string p) { problems += (problems.empty() ? "" : "; ") + std::move(p); };
    if (f.category <= 0) add("name the category the article belongs to");
    const auto title = utf8_length(f.title);
    if (title == 0 || title > kMaxKbTitleChars || blank(f.title))
        add(fmt::format("the title needs 1 to {} characters", kMaxKbTitleChars));
    if (const auto body = utf8_length(f.body); body > kMaxKbBodyChars)
        add(fmt::format("the body has {} characters; an article holds at most {}: split it into several", body,
                        kMaxKbBodyChars));
    if (f.keywords.size() > kMaxKbKeywords)
        add(fmt::format("{} keywords; an article has at most {}", f.keywords.size(), kMaxKbKeywords));
    for (const auto& k : f.keywords) {
        const auto n = utf8_length(k);
        if (n == 0 || n > kMaxKbKeywordChars || blank(k)) {
            add(fmt::format("each keyword needs 1 to {} characters", kMaxKbKeywordChars));
            break;
        }
    }
    if (!problems.empty()) return fail(Errc::invalid_argument, problems);
    return {};
}

Result<void> check_feedback_text(std::string_view text) {
    const auto n = utf8_length(text);
    if (n == 0 || n > kMaxKbFeedbackChars || blank(text))
        return fail(Errc::invalid_argument,
                    fmt::format("say what is wrong in the article, in 1 to {} characters", kMaxKbFeedbackChars));
    return {};
}

Result<void> check_category_place(const std::vector<KbCategory>& all, std::int64_t id,
                                  std::optional<std::int64_t> parent) {
    std::map<std::int64_t, std::optional<std::int64_t>> parent_of;
    for (const auto& c : all) parent_of[c.id] = c.parent;
    // Depth of a category (a top-level one is 1); a chain that does not end at the top (a cycle
    // stored by hand) counts as too deep.
    auto depth = [&](std::int64_t c) {
        int d = 1;
        for (auto at = parent_of.find(c); at != parent_of.end() && at->second; ++d) {
            if (d > kMaxKbDepth) return kMaxKbDepth + 1;
            at = parent_of.find(*at->second);
            if (at == parent_of.end()) return kMaxKbDepth + 1;
        }
        return d;
    };
    int parent_depth = 0;
    if (parent) {
        if (!parent_of.contains(*parent))
            return fail(Errc::invalid_argument, fmt::format("there is no category {} to put it under", *parent));
        if (id != 0) {
            std::size_t steps = 0;  // bounded: a cycle already stored must not hang the walk
            for (std::optional<std::int64_t> at = parent; at && steps <= all.size(); at = parent_of[*at], ++steps)
                if (*at == id)
                    return fail(Errc::invalid_argument,
                                "a category cannot be moved under itself or under one of its own subcategories");
        }
        parent_depth = depth(*parent);
    }
    // How many levels the category brings with it: 1, plus its deepest subcategory's.
    int height = 1;
    if (id != 0) {
        for (const auto& c : all) {
            int levels = 1;
            for (std::optional<std::int64_t> at = c.parent; at && levels <= kMaxKbDepth + 1; at = parent_of[*at]) {
                ++levels;
                if (*at == id) {
                    height = std::max(height, levels);
                    break;
                }
            }
        }
    }
    if (parent_depth + height > kMaxKbDepth)
        return fail(Errc::invalid_argument,
                    fmt::format("the category tree is at most {} levels deep; this would make it {}", kMaxKbDepth,
                                parent_depth + height));
    return {};
}

Result<void> check_destination(KbChannel channel, std::string_view to) {
    if (channel == KbChannel::email) {
        const auto at = to.find('@');
        const bool ok = to.size() >= 3 && to.size() <= 254 && at != std::string_view::npos && at > 0 &&
                        at + 1 < to.size() && to.find('@', at + 1) == std::string_view::npos &&
                        std::none_of(to.begin(), to.end(), [](char c) {
                            return static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == ',';
                        });
        if (!ok)
            return fail(Errc::invalid_argument,
                        fmt::format("'{}' is not an e-mail address: give one like name@example.com", to));
        return {};
    }
    const auto digits = to.substr(!to.empty() && to[0] == '+' ? 1 : 0);
    if (digits.size() < 3 || digits.size() > 20 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return fail(Errc::invalid_argument, fmt::format("'{}' is not a {} number: give 3 to 20 digits", to,
                                                        to_string(channel)));
    return {};
}

// ---- snippets ----

namespace {

bool starts_with_at(std::string_view s, std::size_t i, std::string_view what) {
    return s.substr(i, what.size()) == what;
}

// Byte ranges of the body's sentences: a sentence ends after 。！？!? or a line break, or after
// a '.' followed by white space (not in 3.5 or e.g.x).
std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view s) {
    static constexpr std::string_view kEnds[] = {"。", "！", "？", "!", "?", "\n"};
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t end = 0;
        for (auto e : kEnds)
            if (starts_with_at(s, i, e)) end = i + e.size();
        if (!end && s[i] == '.' && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\r'))
            end = i + 1;
        if (end) {
            out.emplace_back(start, end);
            start = i = end;
        } else {
            ++i;
        }
    }
    if (start < s.size()) out.emplace_back(start, s.size());
    return out;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trimmed(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// At most max_chars code points of s starting about a third of the way before byte `at`, with
// … where something was cut.
std::string window(std::string_view s, std::size_t at, std::size_t max_chars) {
    std::vector<std::size_t> starts;  // byte offset of each code point
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
    if (starts.size() <= max_chars) return std::string(s);
    const auto at_char = static_cast<std::size_t>(std::lower_bound(starts.begin(), starts.end(), at) - starts.begin());
    std::size_t first = at_char > max_chars / 3 ? at_char - max_chars / 3 : 0;
    first = std::min(first, starts.size() - max_chars);
    const std::size_t last = first + max_chars;  // exclusive, in code points
    const auto from = starts[first];
    const auto to = last < starts.size() ? starts[last] : s.size();
    return std::string(first > 0 ? "…" : "") + std::string(trimmed(s.substr(from, to - from))) +
           (last < starts.size() ? "…" : "");
}

}  // namespace

std::string kb_snippet(std::string_view body, std::string_view query, std::size_t max_chars) {
    const auto terms = query_terms(query);
    const auto lower = ascii_lower(body);
    std::optional<std::string> first;
    for (const auto& [b, e] : sentences(body)) {
        const auto sentence = trimmed(body.substr(b, e - b));
        if (sentence.empty()) continue;
        const auto offset = static_cast<std::size_t>(sentence.data() - body.data());
        const std::string_view lowered = std::string_view(lower).substr(offset, sentence.size());
        for (const auto& t : terms)
            if (auto at = lowered.find(t); at != std::string_view::npos) return window(sentence, at, max_chars);
        if (!first) first = window(sentence, 0, max_chars);
    }
    return first.value_or("");
}

}  // namespace cti::tickets
