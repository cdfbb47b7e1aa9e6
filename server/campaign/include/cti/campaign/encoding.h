#pragma once
// Text encodings of imported files. Call lists come from Excel: "CSV UTF-8" (with a byte order
// mark) or plain "CSV", which a Chinese Windows writes in GBK (code page 936). Both are turned
// into UTF-8, the only encoding used inside the server.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cti/core/error.h"

namespace cti::campaign {

// `automatic`: valid UTF-8 (or a UTF-8 byte order mark) means UTF-8, anything else is read as
// GBK. A GBK file of Chinese text is almost never valid UTF-8 by chance, but a short one can be:
// the importing user may then name the encoding.
enum class TextEncoding { automatic, utf8, gbk };

std::string_view to_string(TextEncoding v) noexcept;
// Accepts the names above and the usual aliases ("utf-8", "gb2312", "gb18030", "cp936").
std::optional<TextEncoding> text_encoding_from_string(std::string_view s) noexcept;

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view bytes) noexcept;
bool starts_with_utf8_bom(std::string_view bytes) noexcept;
// UTF-16 files (Excel's "Unicode text") start with FF FE or FE FF; they are refused with advice.
bool starts_with_utf16_bom(std::string_view bytes) noexcept;
// utf8 or gbk, never automatic: see TextEncoding.
TextEncoding detect_encoding(std::string_view bytes) noexcept;

// GBK to UTF-8 through glibc's iconv. GBK is decoded as GB18030, its superset, so files from
// systems that write GB18030 (rare characters in names) convert too. One decoder converts many
// fields; it is not thread-safe (one per import).
class GbkDecoder {
public:
    // Fails only when the C library has no GB18030 converter (glibc always has it).
    static Result<GbkDecoder> open();
    ~GbkDecoder();
    GbkDecoder(GbkDecoder&&) noexcept;
    GbkDecoder& operator=(GbkDecoder&&) noexcept;

    // Empty when `gbk` holds a byte sequence that is not GBK.
    std::optional<std::string> decode(std::string_view gbk);

private:
    GbkDecoder() = default;
    struct Handle;
    std::unique_ptr<Handle> handle_;
};

}  // namespace cti::campaign
