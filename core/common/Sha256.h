#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace cw {

/// SHA-256 (FIPS 180-4), incremental: feed bytes with update(), then take the digest once.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    /// The 32-byte digest; the object must not be updated afterwards.
    [[nodiscard]] std::array<std::uint8_t, 32> digest();
    /// The digest as 64 lowercase hexadecimal digits.
    [[nodiscard]] std::string hexDigest();

    /// One-shot: the lowercase hexadecimal SHA-256 of `bytes`.
    [[nodiscard]] static std::string hex(std::string_view bytes);

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state{};
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; ///< bytes hashed so far
};

} // namespace cw
