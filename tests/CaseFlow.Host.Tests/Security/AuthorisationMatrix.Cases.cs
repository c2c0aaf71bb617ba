namespace CaseFlow.Host.Tests.Security;

/// <summary>Case routes on the bFM case in Steering, its referral (handed over to sb-nord) and the outreach case ab.kaya took over.</summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] Cases =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Fresh("POST /api/cases", "bFM case for a new customer of ifk.meyer", async w => MatrixRequest.With("/api/cases", new
        {
            customerId = await w.FreshCustomerAsync(), kind = "bfm",
        }),
            "401  201  403  403  403  403  403  403  403  403  403  403  403  401  401"),
        Row("GET /api/cases", "my cases", _ => "/api/cases",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/cases/{id}", "bFM case", w => $"/api/cases/{w.BfmCase}",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"), // need-to-know (issue 16): ifk gets the summary (S) without the FM file
        Row("GET /api/cases/{id}", "referral", w => $"/api/cases/{w.Referral}",
            "401  403  403  403  200  200  403  200  200  403  403  403  403  401  401"),
        Row("GET /api/cases/{id}", "outreach case", w => $"/api/cases/{w.OutreachCase}",
            "401  403  200  403  403  403  403  403  403  200  403  403  403  401  401"), // need-to-know (issue 16): pap gets the summary (S, OS) without the outreach file
        Row("GET /api/cases/{id}/history", "bFM case", w => $"/api/cases/{w.BfmCase}/history",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"), // need-to-know (issue 16): the summary reader sees states and who, no reasons or inputs
        Row("GET /api/cases/{id}/history", "outreach case", w => $"/api/cases/{w.OutreachCase}/history",
            "401  403  200  403  403  403  403  403  403  200  403  403  403  401  401"), // need-to-know (issue 16): the summary reader sees states and who, no reasons or inputs
        Row("GET /api/cases/{id}/diagram", "bFM case", w => $"/api/cases/{w.BfmCase}/diagram",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"),
        Row("GET /api/cases/{id}/diagram", "outreach case", w => $"/api/cases/{w.OutreachCase}/diagram",
            "401  403  200  403  403  403  403  403  403  200  403  403  403  401  401"),
        Row("GET /api/cases/{id}/instances", "bFM case", w => $"/api/cases/{w.BfmCase}/instances",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"), // need-to-know (issue 16): which workflow waits where, no variables
        Row("GET /api/cases/{id}/instances", "outreach case", w => $"/api/cases/{w.OutreachCase}/instances",
            "401  403  200  403  403  403  403  403  403  200  403  403  403  401  401"), // need-to-know (issue 16): which workflow waits where, no variables
        Row("POST /api/cases/{id}/actions/{action}", "bFM case: review", w => $"/api/cases/{w.BfmCase}/actions/review", w => new
        {
            data = new { prognosis = "Positive", prognosisReasons = "Tagesstruktur stabil", nextReviewDue = Infrastructure.Flow.InMonths(w.App, 3) },
        },
            "401  403  403  403  200  200  403  403  403  403  403  403  403  401  401"), // need-to-know (issue 16)
        Row("POST /api/cases/{id}/actions/{action}", "referral: record-consent", w => $"/api/cases/{w.Referral}/actions/record-consent", _ => new
        {
            reason = "Einwilligung erneuert", data = new { consentedFields = MatrixWorld.ConsentedFields },
        },
            "401  403  403  403  200  200  403  403  403  403  403  403  403  401  401"), // need-to-know (issue 16)
        Row("POST /api/cases/{id}/outreach-summary", "outreach case", w => $"/api/cases/{w.OutreachCase}/outreach-summary",
            _ => new { text = "Kontakt stabil, Termin beim Jobcenter vereinbart." },
            "401  403  403  403  403  403  403  403  403  201  403  403  403  401  401"),
        Row("POST /api/cases/{id}/actions/{action}", "outreach: record-sanction-decision", w => $"/api/cases/{w.OutreachCase}/actions/record-sanction-decision", _ => new
        {
            data = new { decision = "Keine Sanktion", agreedWithPap = true },
        },
            "401  403  403  403  403  403  403  403  403  200  403  403  403  401  401"),
    ];
}
