using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Providers;

/// <summary>The development seed providers of docs/api.md with their well-known API keys (<c>Auth:Mode=Development</c> only).</summary>
public static class DevelopmentProviders
{
    /// <summary>The actor named on seeded agreements and keys.</summary>
    public const string Actor = "caseflow.seed";

    public const string KeyLabel = "Entwicklung";

    public static readonly IReadOnlyList<Seed> All =
    [
        new(
            "sb-nord",
            "Schuldnerberatung Nord",
            ProviderKinds.DebtCounselling,
            [],
            [SharedFields.CustomerNumber, SharedFields.TargetGroup, SharedFields.ActionNeeds, SharedFields.CaseManager],
            "dev-sb-nord-key"),
        new(
            "sucht-mitte",
            "Suchtberatung Mitte",
            ProviderKinds.AddictionCounselling,
            ["Suchtkranke", "Suchtkranke Migrantinnen und Migranten"],
            [SharedFields.CustomerNumber, SharedFields.Age, SharedFields.TargetGroup, SharedFields.CaseManager],
            "dev-sucht-mitte-key"),
    ];

    public sealed record Seed(string Key, string Name, string Kind, string[] TargetGroups, string[] SharedFields, string ApiKey)
    {
        public Provider ToProvider(DateTime now) => new()
        {
            Key = Key,
            Name = Name,
            Kind = Kind,
            TargetGroups = TargetGroups.ToList(),
            CreatedAt = now,
            UpdatedAt = now,
            Agreement = new CooperationAgreement { SharedFields = SharedFields.ToList(), UpdatedAt = now, UpdatedBy = Actor },
        };

        public ProviderApiKey ToApiKey(Guid providerId, DateTime now) => new()
        {
            ProviderId = providerId,
            Label = KeyLabel,
            Prefix = ApiKeySecret.PrefixOf(ApiKey),
            Hash = ApiKeySecret.Hash(ApiKey),
            CreatedAt = now,
            CreatedBy = Actor,
        };
    }
}
