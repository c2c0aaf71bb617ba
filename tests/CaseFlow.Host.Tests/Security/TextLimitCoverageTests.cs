using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Http;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Texts;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// No free text without a limit: every text of every write route's JSON body carries a <see cref="TextLimitAttribute"/>
/// from the documented table, and every text field of every action schema has a maxLength within it. A new unlimited text
/// field fails here.
/// </summary>
public sealed class TextLimitCoverageTests : AppTest
{
    private static readonly int[] Documented = [TextLimits.Reason, TextLimits.Note, TextLimits.Name, TextLimits.Code];

    [Fact]
    public void Every_text_of_every_write_routes_body_has_a_documented_limit()
    {
        var bodies = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PUT" or "PATCH") == true)
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Select(a => (Route: e.RoutePattern.RawText, a.RequestType)))
            .Where(b => b.RequestType is not null)
            .ToList();

        var unlimited = bodies.SelectMany(b => Unlimited(b.RequestType!, $"{b.Route} {b.RequestType!.Name}", [])).Distinct().ToList();

        Assert.True(bodies.Count >= 20, $"only {bodies.Count} JSON bodies found");
        Assert.True(unlimited.Count == 0, "Texts without [TextLimit]: " + string.Join("; ", unlimited));
    }

    [Fact]
    public async Task Every_text_field_of_every_action_schema_has_a_max_length_within_the_table()
    {
        var fm = await app.SignInAsync("fm.schulz");
        var fields = new List<JsonObject>();
        foreach (var kind in new[] { "bfm", "outreach", "referral" })
        {
            var lifecycle = await ReadAsync(await fm.GetAsync($"/api/lifecycles/{kind}"));
            fields.AddRange(lifecycle["actions"]!.AsArray().SelectMany(a => a!["fields"]!.AsArray()).Select(f => f!.AsObject()));
        }

        var texts = fields.Where(f => f["type"]!.GetValue<string>() is "Text" or "TextList").ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, f => Assert.InRange(f["maxLength"]?.GetValue<int>() ?? int.MaxValue, 1, TextLimits.Note));
    }

    private static IEnumerable<string> Unlimited(Type type, string where, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Namespace?.StartsWith("CaseFlow", StringComparison.Ordinal) != true || type.IsEnum)
        {
            yield break;
        }

        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters()).ToList();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.Name != "EqualityContract"))
        {
            var limit = property.GetCustomAttribute<TextLimitAttribute>()
                ?? parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase))?.GetCustomAttribute<TextLimitAttribute>();
            var kind = property.PropertyType;
            var element = kind.IsGenericType ? kind.GetGenericArguments().Last() : null;
            if (kind == typeof(string) || element == typeof(string))
            {
                if (limit is null || !Documented.Contains(limit.MaxLength))
                {
                    yield return $"{where}.{property.Name}";
                }
            }
            else if (kind == typeof(JsonElement) || kind == typeof(JsonElement?) || kind == typeof(JsonObject))
            {
                // Action data is read through the action's form (maxLength per field, tested above); variables have their byte limit.
                continue;
            }
            else
            {
                foreach (var nested in Unlimited(element ?? kind, $"{where}.{property.Name}", seen))
                {
                    yield return nested;
                }
            }
        }
    }
}
