using CaseFlow.Host.Api;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>
/// Only the HTTP layer speaks HTTP results: the Api and Http folders and the endpoint-mapping classes (<c>*Api</c>) in
/// the other folders. Services return domain results (e.g. <c>Refusal</c>, <c>CaseActionResult</c>) that the endpoints
/// turn into ProblemDetails, so no folder depends on the Api folder for its answers.
/// </summary>
public sealed class HttpBoundaryTests
{
    [Fact]
    public void No_type_outside_the_http_layer_returns_holds_or_makes_an_http_result()
    {
        var outside = typeof(Program).Assembly.GetTypes()
            .Where(t => t.DeclaringType is null && t.Namespace?.StartsWith("CaseFlow.Host", StringComparison.Ordinal) == true)
            .Where(t => !IsHttpLayer(t))
            .ToList();

        var uses = outside
            .SelectMany(t => WithNested(t).SelectMany(HttpResultUses.Of).Select(use => $"{t.FullName}: {use}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(outside.Count > 100, $"Only {outside.Count} types outside the HTTP layer were looked at.");
        Assert.True(uses.Count == 0, "HTTP results outside the HTTP layer (return a domain result, map it at the endpoint):\n" + string.Join("\n", uses));
    }

    [Fact]
    public void The_http_layer_is_where_the_answers_are_made()
    {
        var inside = typeof(Program).Assembly.GetTypes()
            .Where(t => t.DeclaringType is null && t.Namespace?.StartsWith("CaseFlow.Host", StringComparison.Ordinal) == true)
            .Where(IsHttpLayer)
            .ToList();

        Assert.Contains(typeof(Problems), inside);
        Assert.Contains(typeof(CasesApi), inside);
        Assert.Contains(inside, t => t.Name == "ProviderHandoversApi");
        Assert.NotEmpty(WithNested(typeof(CasesApi)).SelectMany(HttpResultUses.Of));
    }

    [Fact]
    public void The_check_sees_http_results_in_fields_signatures_locals_calls_and_async_bodies()
    {
        var uses = WithNested(typeof(Offender)).SelectMany(HttpResultUses.Of).ToList();

        Assert.Contains("Offender.held: holds ProblemHttpResult", uses);
        Assert.Contains("Offender.Check: returns ProblemHttpResult", uses);
        Assert.Contains("Offender.Last: keeps IResult in a local", uses);
        Assert.Contains(uses, u => u.StartsWith("Offender.Last: uses TypedResults.Ok", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("<LoadAsync>", StringComparison.Ordinal) && u.Contains("uses TypedResults.Problem", StringComparison.Ordinal));
        Assert.Empty(WithNested(typeof(Clean)).SelectMany(HttpResultUses.Of));
    }

    /// <summary>The HTTP layer: the Api and Http folders, and the endpoint-mapping classes (<c>*Api</c>) of the other folders.</summary>
    private static bool IsHttpLayer(Type type) =>
        type.Namespace is "CaseFlow.Host.Api" or "CaseFlow.Host.Http"
        || type.Name.EndsWith("Api", StringComparison.Ordinal)
        // The web app's mapping: "/" redirects to the task inbox.
        || type.FullName == "CaseFlow.Host.Setup.WebAppSetup";

    private static IEnumerable<Type> WithNested(Type type) =>
        [type, .. type.GetNestedTypes(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic).SelectMany(WithNested)];

    private sealed class Offender
    {
#pragma warning disable CS0649, CS0169 // only its type matters
        private ProblemHttpResult? held;
#pragma warning restore CS0649, CS0169

        public static (int Id, ProblemHttpResult? Problem) Check() => (1, null);

        public static int Last(int count)
        {
            IResult? last = null;
            for (var i = 0; i < count; i++)
            {
                last = TypedResults.Ok();
            }

            return last?.GetHashCode() ?? 0;
        }

        public static async Task<int> LoadAsync()
        {
            await Task.Yield();
            var problem = TypedResults.Problem("detail");
            return problem.StatusCode;
        }

        public override string ToString() => held?.ToString() ?? "";
    }

    private sealed class Clean
    {
        public static async Task<string?> LoadAsync(HttpContext http)
        {
            await Task.Yield();
            return http.Request.Path.Value;
        }
    }
}
