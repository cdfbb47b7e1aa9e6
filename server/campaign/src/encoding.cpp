// UTF-8 validation and GBK decoding (glibc iconv, no extra library).
#include "cti/campaign/encoding.h"

#include <iconv.h>

#include <cerrno>

namespace cti::campaign {

bool is_valid_utf8(std::string_view bytes) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (RFC 3629 table)
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;  // overlong
            if (c == 0xED) hi = 0x9F;  // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;  // overlong
            if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
        } else {
            return false;
        }
        if (end - p < len) return false;
        if (p[1] < lo || p[1] > hi) return false;
        for (int i = 2; i < len; ++i)
            if (p[i] < 0x80 || p[i] > 0xBF) return false;
        p += len;
    }
    return true;
}

bool starts_with_utf8_bom(std::string_view bytes) noexcept {
    return bytes.starts_with("\xEF\xBB\xBF");
}

bool starts_with_utf16_bom(std::string_view bytes) noexcept {
    return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
}

TextEncoding detect_encoding(std::string_view bytes) noexcept {
    if (starts_with_utf8_bom(bytes) || is_valid_utf8(bytes)) return TextEncoding::utf8;
    return TextEncoding::gbk;
}

// Owns the iconv descriptor; never copied (a copy's destructor would close it).
struct GbkDecoder::Handle {
    explicit Handle(iconv_t c) : cd(c) {}
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { iconv_close(cd); }
    iconv_t cd;
};

Result<GbkDecoder> GbkDecoder::open() {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return fail(Errc::unavailable,
                    "this system cannot convert GBK text (no GB18030 converter in the C library); "
                    "save the file as CSV UTF-8 and import it again");
    }
    GbkDecoder d;
    d.handle_ = std::make_unique<Handle>(cd);
    return d;
}

GbkDecoder::~GbkDecoder() = default;
GbkDecoder::GbkDecoder(GbkDecoder&&) noexcept = default;
GbkDecoder& GbkDecoder::operator=(GbkDecoder&&) noexcept = default;

std::optional<std::string> GbkDecoder::decode(std::string_view gbk) {
    iconv_t cd = handle_->cd;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial state
    // A GBK character (1, 2 or 4 bytes) never takes more than twice its size in UTF-8.
    std::string out(gbk.size() * 2 + 4, '\0');
    char* in = const_cast<char*>(gbk.data());  // iconv's signature; the input is not written
    std::size_t in_left = gbk.size();
    char* dst = out.data();
    std::size_t out_left = out.size();
    while (in_left > 0) {
        if (iconv(cd, &in, &in_left, &dst, &out_left) == static_cast<std::size_t>(-1)) {
            if (errno == E2BIG) {  // cannot happen with the size above; grow anyway
                const std::size_t used = out.size() - out_left;
                out.resize(out.size() * 2);
                dst = out.data() + used;
                out_left = out.size() - used;
                continue;
            }
            return std::nullopt;  // EILSEQ: not GBK; EINVAL: cut in the middle of a character
        }
    }
    out.resize(out.size() - out_left);
    return out;
}

}  // namespace cti::campaign
