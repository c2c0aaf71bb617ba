using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Host.Providers;

/// <summary>
/// Generates provider API keys (<c>cf_</c> + 40 base64url characters = 240 random bits) and hashes them for storage
/// and lookup. The key itself is never stored or logged.
/// </summary>
public static class ApiKeySecret
{
    public const string KeyPrefix = "cf_";
    public const int PrefixLength = 8;

    /// <summary>30 random bytes are exactly 40 base64url characters (no padding).</summary>
    private const int RandomBytes = 30;

    public static string Generate() => KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>SHA-256 of the key, lower-case hex (64 characters).</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string PrefixOf(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];
}
