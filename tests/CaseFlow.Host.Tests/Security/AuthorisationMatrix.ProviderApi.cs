namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// The provider API (API key only): sb-nord's hand-overs of customer A's referrals, one to confirm, one to
/// decline, one already confirmed for reports. Only sb-nord's key may act, each at most once per hand-over.
/// </summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] ProviderApi =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Row("GET /api/provider/me", "own provider", _ => "/api/provider/me",
            "401  401  401  401  401  401  401  401  401  401  401  401  401  200  200"),
        Row("GET /api/provider/handovers", "open hand-overs", _ => "/api/provider/handovers",
            "401  401  401  401  401  401  401  401  401  401  401  401  401  200  200"), // need-to-know (issue 16): health-related needs only with their own consent item
        Row("GET /api/provider/handovers/{id}", "referral to sb-nord", w => $"/api/provider/handovers/{w.Referral}",
            "401  401  401  401  401  401  401  401  401  401  401  401  401  200  404"), // need-to-know (issue 16): health-related needs only with their own consent item
        Row("POST /api/provider/handovers/{id}/confirm", "referral to sb-nord", w => $"/api/provider/handovers/{w.Referral}/confirm",
            "401  401  401  401  401  401  401  401  401  401  401  401  401  200  404"),
        Row("POST /api/provider/handovers/{id}/decline", "another referral to sb-nord", w => $"/api/provider/handovers/{w.HandoverToDecline}/decline", _ => new
        {
            reason = "Keine Kapazität",
        },
            "401  401  401  401  401  401  401  401  401  401  401  401  401  200  404"),
        Row("POST /api/provider/handovers/{id}/reports", "confirmed referral", w => $"/api/provider/handovers/{w.ConfirmedHandover}/reports", _ => new
        {
            summary = "Erstgespräch geführt, Haushaltsplan begonnen", attendance = "regular", nextSteps = "Gläubigerliste",
        },
            "401  401  401  401  401  401  401  401  401  401  401  401  401  201  404"),
    ];
}
