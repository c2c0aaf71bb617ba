using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.OpenApi;

/// <summary>
/// Refusals an endpoint declares with <c>ProducesProblem</c> get the title CaseFlow answers them with (German, the English
/// term in brackets) instead of the bare reason phrase ("Bad Request").
/// </summary>
internal sealed class ProblemDescriptions : IOperationFilter
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["400"] = "Ungültige Eingabe (bad request): ein Feld fehlt oder ist ungültig, `field` nennt es; oder kein gültiges JSON.",
        ["401"] = "Anmeldung fehlgeschlagen (unauthorized).",
        ["403"] = "Keine Berechtigung (forbidden).",
        ["404"] = "Nicht gefunden (not found).",
        ["409"] = "Konflikt (conflict): der Zustand lässt es nicht zu; `detail` sagt warum.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse concrete
                && Titles.TryGetValue(status, out var title)
                && int.TryParse(status, out var code)
                && concrete.Description == ReasonPhrases.GetReasonPhrase(code))
            {
                concrete.Description = title;
            }
        }
    }
}
