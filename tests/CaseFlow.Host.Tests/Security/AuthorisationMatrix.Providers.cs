namespace CaseFlow.Host.Tests.Security;

/// <summary>The provider registry (wh-sued, created by the process owner) and the referral overview.</summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] Providers =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Row("GET /api/providers", "registry", _ => "/api/providers",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/providers/{key}", "wh-sued", _ => "/api/providers/wh-sued",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("POST /api/providers", "new provider", _ => "/api/providers", w => Tests.Providers.ProviderSteps.NewProvider($"authz-{w.Next()}"),
            "401  403  403  403  403  403  403  403  403  403  403  201  403  401  401"),
        Row("PUT /api/providers/{key}", "wh-sued", _ => "/api/providers/wh-sued", _ => new
        {
            name = "Wohnungslosenhilfe Süd", kind = "homeless-assistance", targetGroups = new[] { "Wohnungslose" }, active = true,
        },
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
        Row("PUT /api/providers/{key}/agreement", "wh-sued", _ => "/api/providers/wh-sued/agreement", _ => new
        {
            sharedFields = new[] { "customerNumber", "caseManager" }, reportIntervalDays = 14, conferenceIntervalMonths = 2, reference = "AZ 50-12/2026",
        },
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
        Row("GET /api/providers/{key}/api-keys", "wh-sued", _ => "/api/providers/wh-sued/api-keys",
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
        Row("POST /api/providers/{key}/api-keys", "wh-sued", _ => "/api/providers/wh-sued/api-keys", _ => new { label = "Fachverfahren" },
            "401  403  403  403  403  403  403  403  403  403  403  201  403  401  401"),
        Fresh("POST /api/providers/{key}/api-keys/{id}/revoke", "fresh key of wh-sued", async w => MatrixRequest.To($"/api/providers/wh-sued/api-keys/{await w.FreshApiKeyAsync()}/revoke"),
            "401  403  403  403  403  403  403  403  403  403  403  200  403  401  401"),
        Row("GET /api/referrals", "hand-over overview", _ => "/api/referrals",
            "401  403  403  403  200  200  200  200  200  403  403  403  403  401  401"),
    ];
}
