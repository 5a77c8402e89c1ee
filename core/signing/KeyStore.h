#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace cw::signing {

/// A user's Ed25519 key pair (libsodium). The secret part never leaves this object except into the
/// key file; it is wiped when the object goes.
class SigningKey {
public:
    /// A new random key pair.
    [[nodiscard]] static SigningKey generate();
    /// The key pair of a 32-byte seed (the key file stores the seed).
    [[nodiscard]] static SigningKey fromSeed(const std::array<std::uint8_t, 32>& seed);

    SigningKey(const SigningKey& other);
    SigningKey& operator=(const SigningKey& other);
    ~SigningKey();

    /// The public key as 64 lowercase hexadecimal digits.
    [[nodiscard]] std::string publicKeyHex() const;
    /// A short name of the public key, "ed25519:" and the first 16 hex digits of its SHA-256.
    [[nodiscard]] std::string fingerprint() const;
    /// The detached signature of `message` as 128 lowercase hexadecimal digits.
    [[nodiscard]] std::string sign(std::string_view message) const;
    /// The seed as 64 hexadecimal digits (what the key file holds).
    [[nodiscard]] std::string seedHex() const;

private:
    SigningKey() = default;
    std::array<std::uint8_t, 64> m_secret{}; ///< libsodium's secret key: seed, then public key
    std::array<std::uint8_t, 32> m_public{};
};

/// Whether `signatureHex` is a valid Ed25519 signature of `message` by `publicKeyHex`. Malformed
/// hex (wrong length, other characters) is simply not valid.
[[nodiscard]] bool verifySignature(std::string_view publicKeyHex, std::string_view message,
                                   std::string_view signatureHex);

/// The fingerprint of a public key given in hex (as SigningKey::fingerprint()); "ed25519:?" when the
/// text is not a public key.
[[nodiscard]] std::string fingerprintOf(std::string_view publicKeyHex);

/// The user's configuration folder: $CW_CONFIG_DIR when set, else $XDG_CONFIG_HOME (or ~/.config;
/// %APPDATA% on Windows) followed by "conformance-workbench". Error(CannotOpen) when none is known.
[[nodiscard]] std::filesystem::path configDir();

/// Where the user's key lives: configDir()/keys/ed25519.key.
[[nodiscard]] std::filesystem::path userKeyFile();

/// Reads the key in `file`, or creates it when there is no file: a new key pair written to a
/// temporary file with mode 0600 and linked into place, so a key another process created meanwhile
/// is kept and read instead. A file that cannot be read, is not a regular file, or does not hold a
/// valid key is Error(CannotOpen) naming it; it is never replaced.
[[nodiscard]] SigningKey loadOrCreateKey(const std::filesystem::path& file);

/// loadOrCreateKey(userKeyFile()).
[[nodiscard]] SigningKey loadOrCreateUserKey();

} // namespace cw::signing
