#include "common/Base64.h"
#include "common/Sha256.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("SHA-256 gives the FIPS 180-2 example digests", "[sha256]")
{
    CHECK(cw::Sha256::hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(cw::Sha256::hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(cw::Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(cw::Sha256::hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 pads correctly around the block boundaries", "[sha256]")
{
    const std::pair<std::size_t, const char*> cases[] = {
        {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
        {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
        {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
    };
    for (const auto& [n, digest] : cases) {
        INFO(n << " bytes");
        CHECK(cw::Sha256::hex(std::string(n, 'a')) == digest);
    }
}

TEST_CASE("SHA-256 fed in pieces equals the one-shot digest", "[sha256]")
{
    std::string data;
    for (int i = 0; i < 1000; ++i)
        data += static_cast<char>(i * 7 % 256);
    for (const std::size_t piece : {1u, 3u, 63u, 64u, 65u, 500u}) {
        cw::Sha256 h;
        for (std::size_t at = 0; at < data.size(); at += piece)
            h.update(std::string_view(data).substr(at, piece));
        CHECK(h.hexDigest() == cw::Sha256::hex(data));
    }
}

TEST_CASE("base64 encodes and decodes any bytes", "[base64]")
{
    CHECK(cw::base64Encode("") == "");
    CHECK(cw::base64Encode("f") == "Zg==");
    CHECK(cw::base64Encode("fo") == "Zm8=");
    CHECK(cw::base64Encode("foo") == "Zm9v");
    CHECK(cw::base64Encode("foobar") == "Zm9vYmFy");
    CHECK(cw::base64Encode("事件") == "5LqL5Lu2");
    std::string all;
    for (int i = 0; i < 256; ++i)
        all += static_cast<char>(i);
    const auto encoded = cw::base64Encode(all);
    CHECK(encoded.substr(0, 40) == "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd");
    CHECK(cw::base64Decode(encoded) == all);
    CHECK(cw::base64Decode("Zm8=") == std::optional<std::string>("fo"));
    CHECK(cw::base64Decode("") == std::optional<std::string>(""));
}

TEST_CASE("base64 refuses malformed text", "[base64][failure]")
{
    for (const char* bad : {"Zm8", "Zm9v!", "Zg=a", "Z===", "Zm==", "Zh==", "Zm 9v", "=Zm9"}) {
        INFO(bad);
        CHECK_FALSE(cw::base64Decode(bad).has_value());
    }
}
