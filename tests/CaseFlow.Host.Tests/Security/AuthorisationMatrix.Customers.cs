namespace CaseFlow.Host.Tests.Security;

/// <summary>Customer routes: A (the bFM customer of ifk.meyer) and the outreach customer of pap.hoff.</summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] Customers =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Row("POST /api/customers", "new customer", _ => "/api/customers", _ => new
        {
            customerNumber = Infrastructure.Api.NewCustomerNumber(), givenName = "Max", familyName = "Muster", birthDate = "1988-02-03", severelyDisabled = false,
        },
            "401  201  201  201  403  403  403  403  403  403  403  403  403  401  401"),
        Row("GET /api/customers", "search Mustermann", _ => "/api/customers?q=Mustermann",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/customers/profile-catalogue", "catalogue", _ => "/api/customers/profile-catalogue",
            "401  200  200  200  200  200  200  200  200  200  200  200  200  401  401"),
        Row("GET /api/customers/{id}", "customer A", w => $"/api/customers/{w.Customer}",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"),
        Row("GET /api/customers/{id}", "outreach customer", w => $"/api/customers/{w.OutreachCustomer}",
            "401  403  200  403  403  403  403  403  403  200  403  403  403  401  401"),
        Row("GET /api/customers/{id}/cases", "customer A", w => $"/api/customers/{w.Customer}/cases",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"),
        Row("GET /api/customers/{id}/cases", "outreach customer", w => $"/api/customers/{w.OutreachCustomer}/cases",
            "401  403  200  403  403  403  403  403  403  200  403  403  403  401  401"),
        Row("PUT /api/customers/{id}/profile", "customer A", w => $"/api/customers/{w.Customer}/profile", _ => new
        {
            profile = "EP", actionNeeds = Infrastructure.Api.ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = true,
        },
            "401  200  403  403  200  403  403  403  403  403  403  403  403  401  401"),
        Row("GET /api/customers/{id}/contacts", "customer A", w => $"/api/customers/{w.Customer}/contacts",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"),
        Row("GET /api/customers/{id}/contacts", "outreach customer", w => $"/api/customers/{w.OutreachCustomer}/contacts",
            "401  403  200  403  403  403  403  403  403  200  403  403  403  401  401"),
        Row("POST /api/customers/{id}/contacts", "customer A", w => $"/api/customers/{w.Customer}/contacts", w => new
        {
            noteType = "beratungsvermerk", channel = "personal", occurredAt = w.Now().AddHours(-1), note = "Gespräch geführt.",
        },
            "401  201  403  403  201  201  403  403  403  403  403  403  403  401  401"),
        Row("POST /api/customers/{id}/missed-appointments", "customer A", w => $"/api/customers/{w.Customer}/missed-appointments", w => new
        {
            scheduledFor = w.Now().AddDays(-1), note = "Nicht erschienen",
        },
            "401  201  403  403  201  201  403  403  403  403  403  403  403  401  401"),
        Row("GET /api/customers/{id}/goals", "customer A", w => $"/api/customers/{w.Customer}/goals",
            "401  403  403  403  200  200  403  200  200  403  403  403  403  401  401"),
        Row("GET /api/customers/{id}/goals", "outreach customer", w => $"/api/customers/{w.OutreachCustomer}/goals",
            "401  403  200  403  403  403  403  403  403  403  403  403  403  401  401"),
        // One active goal per customer: each principal gets a customer like A (bFM case accepted by fm.schulz, ifk.meyer secondary) without one.
        Fresh("POST /api/customers/{id}/goals", "a customer like A, no goal yet", async w =>
            MatrixRequest.With($"/api/customers/{await w.AcceptedBfmCustomerAsync()}/goals", Goals.GoalSteps.Goal()),
            "401  403  403  403  201  201  403  403  403  403  403  403  403  401  401"),
        Row("POST /api/customers/{id}/goals/{goalId}/interventions", "A's goal", w => $"/api/customers/{w.Customer}/goals/{w.Goal}/interventions", _ => new
        {
            kind = "counselling", description = "Termine bei der Wohnungsnotfallhilfe",
        },
            "401  403  403  403  201  201  403  403  403  403  403  403  403  401  401"),
        Row("POST /api/customers/{id}/goals/{goalId}/review", "A's goal", w => $"/api/customers/{w.Customer}/goals/{w.Goal}/review", _ => new
        {
            outcome = "notStrengthened", decision = "keep", note = "Braucht mehr Zeit",
        },
            "401  403  403  403  200  200  403  403  403  403  403  403  403  401  401"),
        Row("GET /api/customers/{id}/contact-suspensions", "customer A", w => $"/api/customers/{w.Customer}/contact-suspensions",
            "401  200  403  403  200  200  403  200  200  403  403  403  403  401  401"),
        Row("POST /api/customers/{id}/contact-suspensions", "customer A", w => $"/api/customers/{w.Customer}/contact-suspensions", w => new
        {
            kind = "FullTimeMeasure", from = w.Today().AddDays(-200 - w.Next()).ToString("yyyy-MM-dd"), to = w.Today().AddDays(-100).ToString("yyyy-MM-dd"), reason = "Vollzeit-Umschulung",
        },
            "401  201  403  403  201  201  403  403  403  403  403  403  403  401  401"),
        Fresh("POST /api/customers/{id}/contact-suspensions/{sid}/end", "A's open suspension", async w =>
        {
            var (id, from) = await w.FreshSuspensionAsync();
            return MatrixRequest.With($"/api/customers/{w.Customer}/contact-suspensions/{id}/end", new { to = from.AddDays(10).ToString("yyyy-MM-dd"), reason = "Maßnahme endet" });
        },
            "401  200  403  403  200  200  403  403  403  403  403  403  403  401  401"),
    ];
}
