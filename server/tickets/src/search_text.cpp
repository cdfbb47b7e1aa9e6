#include "cti/tickets/search_text.h"

#include <vector>

namespace cti::tickets {

namespace {

constexpr std::size_t kMaxTerms = 16;

enum class Kind { separator, han, word };

struct Piece {
    Kind kind;
    std::string text;  // one code point, UTF-8
};

bool is_han(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

// U+E000, a private-use character: FTS5's unicode61 keeps it in a token, and is_separator()
// makes it a separator in everything indexed or searched, so only facet_token() writes it.
constexpr const char* kFacetMark = "\xEE\x80\x80";

bool is_private_use(char32_t c) { return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000; }

bool is_separator(char32_t c) {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    if (is_private_use(c)) return true;
    return (c >= 0x2000 && c <= 0x206F) ||  // general punctuation
           (c >= 0x3000 && c <= 0x303F) ||  // CJK symbols and punctuation (，。、「」)
           (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
           (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF;
}

// Splits UTF-8 into classified code points; an invalid byte is a separator.
std::vector<Piece> pieces(std::string_view s) {
    std::vector<Piece> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) {
            out.push_back({Kind::separator, {}});
            ++i;
            continue;
        }
        char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
        bool ok = true;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cb = static_cast<unsigned char>(s[i + k]);
            if ((cb & 0xC0) != 0x80) ok = false;
            c = (c << 6) | (cb & 0x3F);
        }
        if (!ok) {
            out.push_back({Kind::separator, {}});
            ++i;
            continue;
        }
        std::string text(s.substr(i, len));
        if (len == 1 && c >= 'A' && c <= 'Z') text[0] = static_cast<char>(c - 'A' + 'a');
        out.push_back({is_han(c) ? Kind::han : is_separator(c) ? Kind::separator : Kind::word, std::move(text)});
        i += len;
    }
    return out;
}

struct Run {
    Kind kind;
    std::vector<std::string> chars;
};

std::vector<Run> runs(std::string_view s) {
    std::vector<Run> out;
    for (auto& p : pieces(s)) {
        if (p.kind == Kind::separator) {
            if (!out.empty() && !out.back().chars.empty()) out.push_back({Kind::separator, {}});
            continue;
        }
        if (out.empty() || out.back().kind != p.kind || out.back().chars.empty()) {
            if (!out.empty() && out.back().chars.empty()) out.pop_back();
            out.push_back({p.kind, {}});
        }
        out.back().chars.push_back(std::move(p.text));
    }
    if (!out.empty() && out.back().chars.empty()) out.pop_back();
    return out;
}

std::string join(const std::vector<std::string>& chars) {
    std::string s;
    for (const auto& c : chars) s += c;
    return s;
}

std::vector<std::string> bigrams(const std::vector<std::string>& chars) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i + 1 < chars.size(); ++i) out.push_back(chars[i] + chars[i + 1]);
    return out;
}

}  // namespace

std::string index_text(std::string_view text) {
    std::string out;
    auto add = [&](const std::string& token) {
        if (!out.empty()) out += ' ';
        out += token;
    };
    for (const auto& run : runs(text)) {
        if (run.kind == Kind::word) {
            add(join(run.chars));
            continue;
        }
        for (const auto& b : bigrams(run.chars)) add(b);
        add(run.chars.back());
    }
    return out;
}

std::optional<std::string> match_expression(std::string_view query) {
    std::string out;
    std::size_t terms = 0;
    for (const auto& run : runs(query)) {
        if (run.chars.empty() || terms == kMaxTerms) continue;
        if (!out.empty()) out += ' ';
        ++terms;
        if (run.kind == Kind::han && run.chars.size() >= 2) {
            std::string phrase;
            for (const auto& b : bigrams(run.chars)) phrase += (phrase.empty() ? "" : " ") + b;
            out += '"' + phrase + '"';
        } else {
            out += '"' + join(run.chars) + "\"*";
        }
    }
    if (out.empty()) return std::nullopt;
    return out;
}

std::vector<std::string> query_terms(std::string_view query) {
    std::vector<std::string> out;
    for (const auto& run : runs(query))
        if (!run.chars.empty() && out.size() < kMaxTerms) out.push_back(join(run.chars));
    return out;
}

std::string facet_token(std::string_view name, std::string_view value) {
    std::string out = kFacetMark;
    auto keep = [&](std::string_view s) {
        for (char c : s)
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out += c;
    };
    keep(name);
    keep(value);
    return out;
}

}  // namespace cti::tickets
