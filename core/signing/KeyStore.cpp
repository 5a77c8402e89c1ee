#include "signing/KeyStore.h"

#include "common/Error.h"
#include "common/Sha256.h"

#include <sodium.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cw::signing {

namespace fs = std::filesystem;

namespace {

constexpr const char* kKeyFileTag = "cwb-ed25519-key-v1";
constexpr std::uintmax_t kMaxKeyFileSize = 1024;

void initSodium()
{
    if (sodium_init() < 0)
        throw Error(ErrorCode::Internal, "the signing library (libsodium) cannot be initialised");
}

std::string toHex(const std::uint8_t* bytes, std::size_t n)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        out += kDigits[bytes[i] >> 4];
        out += kDigits[bytes[i] & 0x0f];
    }
    return out;
}

/// Lowercase or uppercase hex of exactly out.size() bytes; false for anything else.
template <std::size_t N> bool fromHex(std::string_view hex, std::array<std::uint8_t, N>& out)
{
    if (hex.size() != N * 2)
        return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < N; ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return true;
}

[[noreturn]] void badKeyFile(const fs::path& file, const std::string& reason)
{
    throw Error(ErrorCode::CannotOpen, file.string() + ": the signing key " + reason +
                                           "; it was not replaced (move it away to have a new key made)");
}

std::string readKeyFile(const fs::path& file, const fs::file_status& status)
{
    if (!fs::is_regular_file(status))
        badKeyFile(file, "is not a regular file");
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec || size > kMaxKeyFileSize)
        badKeyFile(file, ec ? "cannot be read (" + ec.message() + ")" : "file is too large to be a key");
#ifndef _WIN32
    if ((status.permissions() & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none)
        badKeyFile(file, "is open to other users (restrict it with: chmod 600 " + file.string() + ")");
#endif
    std::ifstream in(file, std::ios::binary);
    if (!in)
        badKeyFile(file, "cannot be read (permission denied?)");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        badKeyFile(file, "cannot be read (input/output error)");
    return text.str();
}

SigningKey parseKeyFile(const fs::path& file, const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    const std::string seedPrefix = "seed ";
    const std::string publicPrefix = "public ";
    if (lines.size() != 3 || lines[0] != kKeyFileTag || lines[1].rfind(seedPrefix, 0) != 0 ||
        lines[2].rfind(publicPrefix, 0) != 0)
        badKeyFile(file, std::string("is damaged (it is not a \"") + kKeyFileTag + "\" key file)");
    std::array<std::uint8_t, 32> seed{};
    std::array<std::uint8_t, 32> pub{};
    const bool parsed = fromHex(std::string_view(lines[1]).substr(seedPrefix.size()), seed) &&
                        fromHex(std::string_view(lines[2]).substr(publicPrefix.size()), pub);
    if (!parsed) {
        sodium_memzero(seed.data(), seed.size());
        badKeyFile(file, "is damaged (the seed or the public key is not 64 hexadecimal digits)");
    }
    SigningKey key = SigningKey::fromSeed(seed);
    sodium_memzero(seed.data(), seed.size());
    if (key.publicKeyHex() != toHex(pub.data(), pub.size()))
        badKeyFile(file, "is damaged (its public key does not belong to its seed)");
    return key;
}

/// Writes `text` to a new file only the owner may read; false when the file cannot be made.
bool writePrivateFile(const fs::path& file, const std::string& text)
{
#ifndef _WIN32
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
#else
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    return static_cast<bool>(out);
#endif
}

} // namespace

SigningKey SigningKey::generate()
{
    initSodium();
    SigningKey key;
    crypto_sign_keypair(key.m_public.data(), key.m_secret.data());
    return key;
}

SigningKey SigningKey::fromSeed(const std::array<std::uint8_t, 32>& seed)
{
    initSodium();
    SigningKey key;
    crypto_sign_seed_keypair(key.m_public.data(), key.m_secret.data(), seed.data());
    return key;
}

SigningKey::SigningKey(const SigningKey& other) = default;
SigningKey& SigningKey::operator=(const SigningKey& other) = default;

SigningKey::~SigningKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

std::string SigningKey::publicKeyHex() const
{
    return toHex(m_public.data(), m_public.size());
}

std::string SigningKey::fingerprint() const
{
    return fingerprintOf(publicKeyHex());
}

std::string SigningKey::seedHex() const
{
    return toHex(m_secret.data(), crypto_sign_SEEDBYTES);
}

std::string SigningKey::sign(std::string_view message) const
{
    std::array<std::uint8_t, crypto_sign_BYTES> sig{};
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), m_secret.data());
    return toHex(sig.data(), sig.size());
}

bool verifySignature(std::string_view publicKeyHex, std::string_view message, std::string_view signatureHex)
{
    initSodium();
    std::array<std::uint8_t, crypto_sign_PUBLICKEYBYTES> pub{};
    std::array<std::uint8_t, crypto_sign_BYTES> sig{};
    if (!fromHex(publicKeyHex, pub) || !fromHex(signatureHex, sig))
        return false;
    return crypto_sign_verify_detached(sig.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), pub.data()) == 0;
}

std::string fingerprintOf(std::string_view publicKeyHex)
{
    std::array<std::uint8_t, 32> pub{};
    if (!fromHex(publicKeyHex, pub))
        return "ed25519:?";
    const std::string raw(reinterpret_cast<const char*>(pub.data()), pub.size());
    return "ed25519:" + Sha256::hex(raw).substr(0, 16);
}

fs::path configDir()
{
    auto env = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v ? std::string(v) : std::string();
    };
    if (const auto dir = env("CW_CONFIG_DIR"); !dir.empty())
        return fs::path(dir);
    fs::path base;
#ifdef _WIN32
    base = env("APPDATA");
#else
    if (const auto xdg = env("XDG_CONFIG_HOME"); !xdg.empty() && fs::path(xdg).is_absolute())
        base = xdg;
    else if (const auto home = env("HOME"); !home.empty())
        base = fs::path(home) / ".config";
#endif
    if (base.empty())
        throw Error(ErrorCode::CannotOpen,
                    "no configuration folder is known for the signing key (set CW_CONFIG_DIR or HOME)");
    return base / "conformance-workbench";
}

fs::path userKeyFile()
{
    return configDir() / "keys" / "ed25519.key";
}

SigningKey loadOrCreateKey(const fs::path& file)
{
    std::error_code ec;
    const auto status = fs::symlink_status(file, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        badKeyFile(file, "cannot be read (" + ec.message() + ")");
    if (fs::exists(status))
        return parseKeyFile(file, readKeyFile(file, fs::status(file, ec)));

    const fs::path dir = file.parent_path();
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(ErrorCode::CannotOpen, dir.string() +
                                               ": the folder for the signing key cannot be created (" +
                                               ec.message() + ")");
#ifndef _WIN32
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
#endif
    const SigningKey key = SigningKey::generate();
    const std::string text =
        std::string(kKeyFileTag) + "\nseed " + key.seedHex() + "\npublic " + key.publicKeyHex() + "\n";
    std::array<std::uint8_t, 8> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    const fs::path temp = dir / ("." + file.filename().string() + "." + toHex(nonce.data(), nonce.size()));
    if (!writePrivateFile(temp, text)) {
        fs::remove(temp, ec);
        throw Error(ErrorCode::CannotOpen, file.string() + ": the signing key cannot be written");
    }
    // A hard link never replaces a file: when another process made a key meanwhile, it is the key.
    fs::create_hard_link(temp, file, ec);
    const bool placed = !ec;
    fs::remove(temp, ec);
    if (placed)
        return key;
    if (fs::exists(fs::symlink_status(file, ec)))
        return parseKeyFile(file, readKeyFile(file, fs::status(file, ec)));
    throw Error(ErrorCode::CannotOpen, file.string() + ": the signing key cannot be put in place");
}

SigningKey loadOrCreateUserKey()
{
    return loadOrCreateKey(userKeyFile());
}

} // namespace cw::signing
