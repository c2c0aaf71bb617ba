namespace CaseFlow.Host.Tests.Security;

/// <summary>Sign-in, health, vocabularies, notices, follow-ups, contact rules: routes without a case in their path.</summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] Platform =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Row("GET /", "redirect to the task list", _ => "/",
            "302  302  302  302  302  302  302  302  302  302  302  302  302  302  302"),
        Row("ANY /health/live", "liveness", _ => "/health/live",
            "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
        Row("ANY /health/ready", "readiness", _ => "/health/ready",
            "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
        Row("GET /api/auth/config", "sign-in mode", _ => "/api/auth/config",
            "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
        Row("POST /api/auth/dev-login", "ifk.meyer", _ => "/api/auth/dev-login", _ => new { userName = "ifk.meyer" },
            "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
        Row("GET /api/auth/dev-users", "user list", _ => "/api/auth/dev-users",
            "200  200  200  200  200  200  200  200  200  200  200  200  200  200  200"),
        Row("GET /api/auth/me", "own user", _ => "/api/auth/me",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/lifecycles", "all kinds", _ => "/api/lifecycles",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/lifecycles/{kind}", "bfm", _ => "/api/lifecycles/bfm",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/vocabulary", "labels", _ => "/api/vocabulary",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/goals/resource-areas", "catalogue", _ => "/api/goals/resource-areas",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/goals/terms", "catalogue", _ => "/api/goals/terms",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/notifications", "own notices", _ => "/api/notifications",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Fresh("POST /api/notifications/{id}/read", "fm.schulz's notice", async w => MatrixRequest.To($"/api/notifications/{await w.FreshNotificationAsync()}/read"),
            "401  404  404  404  204  404  404  404  404  404  404  404  404  401  401"),
        Row("GET /api/follow-ups", "own follow-ups", _ => "/api/follow-ups",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Fresh("POST /api/follow-ups/{id}/done", "fm.schulz's follow-up", async w => MatrixRequest.With($"/api/follow-ups/{await w.FreshFollowUpAsync()}/done", new { note = "Erledigt" }),
            "401  403  403  403  200  200  403  403  403  403  403  403  403  401  401"),
        Row("GET /api/contacts/due", "own due list", _ => "/api/contacts/due",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/rules/contact-density", "table in force", _ => "/api/rules/contact-density",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Fresh("PUT /api/rules/contact-density", "new version", async w => MatrixRequest.With("/api/rules/contact-density", new
        {
            cells = await w.DensityCellsAsync(), effectiveFrom = w.Today().AddDays(w.Next()).ToString("yyyy-MM-dd"), reason = "Jahresanpassung",
        }),
            "401  403  403  403  403  403  403  403  403  403  403  201  403  401  401"),
    ];
}
