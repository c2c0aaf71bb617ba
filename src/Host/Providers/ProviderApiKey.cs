namespace CaseFlow.Host.Providers;

/// <summary>
/// An API key of a provider. Only the SHA-256 hash of the key is stored (the key is shown once, at creation);
/// the prefix lets people recognise a key in lists. A revoked key is refused at once.
/// </summary>
public sealed class ProviderApiKey
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required Guid ProviderId { get; init; }

    public required string Label { get; init; }

    /// <summary>The first <see cref="ApiKeySecret.PrefixLength"/> characters of the key.</summary>
    public required string Prefix { get; init; }

    /// <summary>SHA-256 of the full key, lower-case hex (<see cref="ApiKeySecret.Hash"/>).</summary>
    public required string Hash { get; init; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>Last successful authentication, recorded at most once a minute.</summary>
    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(string actor, DateTime now)
    {
        if (IsRevoked)
        {
            throw new InvalidOperationException($"API key {Id} is already revoked.");
        }

        RevokedAt = now;
        RevokedBy = actor;
    }
}
