using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Retention;

/// <summary>The Art. 15 GDPR export of a customer (data protection officer only), as a JSON file download.</summary>
public static class CustomerExportApi
{
    public static IEndpointRouteBuilder MapCustomerExportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/customers/{id:guid}/export", Export).WithTags(DataProtectionApi.Tag).RequireAuthorization().WithName("ExportCustomer")
            .WithSummary("Art. 15 GDPR: everything CaseFlow holds about the customer as one JSON document (attachment, no-store). Journaled as a read.");
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        Guid id, HttpContext http, ActorResolver actors, CustomerExport export, CancellationToken cancellationToken)
    {
        var (actor, problem) = await DataProtectionApi.OfficerAsync(http, actors, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var document = await export.ExportAsync(id, actor, cancellationToken);
        if (document is null)
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(CustomerExport.ToBytes(document), "application/json", $"caseflow-art15-{id:N}.json");
    }
}
