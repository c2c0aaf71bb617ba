using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Security;

/// <summary>Every endpoint the running app maps, as "VERB /pattern" (route constraints and a group's trailing slash dropped; ANY for all verbs).</summary>
public static partial class MappedEndpoints
{
    public static IReadOnlySet<string> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint =>
            {
                var pattern = Normalise(endpoint.RoutePattern.RawText ?? "");
                var verbs = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                return verbs is { Count: > 0 } ? verbs.Select(verb => $"{verb} {pattern}") : [$"ANY {pattern}"];
            })
            .ToHashSet(StringComparer.Ordinal);

    public static string Normalise(string pattern)
    {
        var plain = Constraint().Replace(pattern, "{$1}");
        plain = "/" + plain.Trim('/');
        return plain;
    }

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();
}
