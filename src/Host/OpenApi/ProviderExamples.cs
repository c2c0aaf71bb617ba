using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.OpenApi;

/// <summary>
/// Example bodies of the provider API's request and answer types, matched by type name (HandoverView, DeclineRequest,
/// ReportRequest, ReportReceipt), so Swagger UI shows a provider's developer a filled-in call.
/// </summary>
internal sealed class ProviderExamples : ISchemaFilter
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["HandoverView"] = """
            {
              "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
              "state": "active",
              "referredAt": "2026-11-02T09:00:00Z",
              "confirmedAt": "2026-11-04T14:30:00Z",
              "nextReportDue": "2026-12-04",
              "nextConferenceDue": "2027-02-04",
              "reportIntervalDays": 30,
              "reportCount": 0,
              "sharedFields": ["customerNumber", "targetGroup", "caseManager"],
              "consentRecorded": true,
              "customer": {
                "customerNumber": "123D456789",
                "targetGroup": "Wohnungslose",
                "caseManager": "Andrea Schulz"
              }
            }
            """,
        ["DeclineRequest"] = """
            { "reason": "Keine freien Beratungsplätze vor Februar (no capacity)." }
            """,
        ["ReportRequest"] = """
            {
              "summary": "Erstgespräch geführt, Gläubigerliste erstellt, Haushaltsplan begonnen.",
              "attendance": "regular",
              "nextSteps": "Schuldnerberatung im Zweiwochenrhythmus; Antrag auf P-Konto bis Monatsende."
            }
            """,
        ["ReportReceipt"] = """
            {
              "handoverId": "0f8fad5b-d9cb-469f-a165-70867728950e",
              "receivedAt": "2026-12-01T10:15:00Z",
              "reportCount": 1,
              "nextReportDue": "2026-12-31"
            }
            """,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type.Name, out var example))
        {
            concrete.Examples = [JsonNode.Parse(example)!];
        }
    }
}
