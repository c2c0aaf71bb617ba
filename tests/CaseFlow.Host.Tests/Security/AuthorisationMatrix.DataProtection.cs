using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Security;

/// <summary>Retention, legal holds, the Art. 15 export: the data protection officer's routes, nobody else's.</summary>
public static partial class AuthorisationMatrix
{
    private static readonly MatrixRow[] DataProtection =
    [
        //   anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
        Row("GET /api/customers/{id}/export", "customer A", w => $"/api/customers/{w.Customer}/export",
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Row("GET /api/data-protection/customers", "by number", _ => "/api/data-protection/customers?customerNumber=123D000001",
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Row("GET /api/audit/reads", "customer A's reads", w => $"/api/audit/reads?customerId={w.Customer}",
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Row("GET /api/legal-holds", "all holds", _ => "/api/legal-holds",
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Row("GET /api/customers/{id}/legal-holds", "customer A", w => $"/api/customers/{w.Customer}/legal-holds",
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Fresh("POST /api/customers/{id}/legal-holds", "a new customer", async w => MatrixRequest.With(
                $"/api/customers/{await w.FreshCustomerAsync()}/legal-holds", new { reason = "Klageverfahren anhängig" }),
            "401  403  403  403  403  403  403  403  403  403  403  403  201  401  401"),
        Fresh("POST /api/customers/{id}/legal-holds/{holdId}/lift", "a new customer's hold", async w =>
            {
                var customer = await w.FreshCustomerAsync();
                var set = await w.DataProtection.PostAsJsonAsync($"/api/customers/{customer}/legal-holds", new { reason = "Klageverfahren anhängig" });
                var hold = (await set.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
                return MatrixRequest.With($"/api/customers/{customer}/legal-holds/{hold}/lift", new { reason = "Verfahren beendet" });
            },
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Row("GET /api/retention/report", "today", _ => "/api/retention/report",
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Row("GET /api/retention/runs", "runs", _ => "/api/retention/runs",
            "401  403  403  403  403  403  403  403  403  403  403  403  200  401  401"),
        Row("POST /api/retention/runs", "run now", _ => "/api/retention/runs", _ => new { },
            "401  403  403  403  403  403  403  403  403  403  403  403  201  401  401"),
    ];
}
