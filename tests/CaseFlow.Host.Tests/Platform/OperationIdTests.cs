using System.Text.RegularExpressions;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Platform.OpenApiDocuments;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>
/// operationIds are the method names of every generated client: each operation has one, readable and unique, and the
/// provider document's are pinned, since renaming one breaks the providers' integrations.
/// </summary>
public sealed partial class OperationIdTests : AppTest
{
    private static readonly Dictionary<string, string> ProviderOperationIds = new()
    {
        ["get /api/provider/me"] = "GetProviderSelf",
        ["get /api/provider/handovers"] = "ListProviderHandovers",
        ["get /api/provider/handovers/{id}"] = "GetProviderHandover",
        ["post /api/provider/handovers/{id}/confirm"] = "ConfirmHandover",
        ["post /api/provider/handovers/{id}/decline"] = "DeclineHandover",
        ["post /api/provider/handovers/{id}/reports"] = "ReportOnHandover",
    };

    [Theory]
    [InlineData("v1")]
    [InlineData("provider")]
    public async Task Every_operation_has_a_unique_readable_operation_id(string name)
    {
        var operations = OperationsOf(await DocumentAsync(app, name)).ToList();

        var ids = operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.All(operations.Zip(ids), pair =>
            Assert.True(pair.Second is { } id && PascalCase().IsMatch(id), $"{pair.First.Method} {pair.First.Path}: operationId '{pair.Second}'"));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task The_provider_document_keeps_its_operation_ids_and_the_full_document_uses_the_same()
    {
        var provider = OperationsOf(await DocumentAsync(app, "provider")).ToList();
        var staff = OperationsOf(await DocumentAsync(app, "v1")).ToDictionary(o => $"{o.Method} {o.Path}", o => o.Operation);

        Assert.Equal(
            ProviderOperationIds.OrderBy(p => p.Key, StringComparer.Ordinal),
            provider.ToDictionary(o => $"{o.Method} {o.Path}", o => o.Operation["operationId"]!.GetValue<string>()).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(ProviderOperationIds, pair => Assert.Equal(pair.Value, staff[pair.Key]["operationId"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("provider")]
    public async Task Each_document_names_the_server_it_was_served_from_relatively(string name)
    {
        var document = await DocumentAsync(app, name);

        var server = Assert.Single(document["servers"]!.AsArray())!;
        Assert.Equal("/", server["url"]!.GetValue<string>());
    }

    [GeneratedRegex("^[A-Z][A-Za-z]+$")]
    private static partial Regex PascalCase();
}
