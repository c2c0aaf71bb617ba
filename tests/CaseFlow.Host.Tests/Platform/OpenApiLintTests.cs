using CaseFlow.Host.Tests.Infrastructure;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>
/// Both documents pass Redocly's recommended rules with every warning raised to an error (tools/openapi-lint/redocly.yaml).
/// The only exceptions are named there and pinned here.
/// </summary>
public sealed class OpenApiLintTests : AppTest
{
    [Fact]
    public async Task The_provider_document_passes_the_linter_without_a_single_problem()
    {
        var problems = await RedoclyLint.LintAsync(await OpenApiDocuments.TextAsync(app, "provider"), "provider");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_full_document_passes_the_linter_with_only_the_two_anonymous_sign_in_reads_lacking_a_4xx()
    {
        var problems = await RedoclyLint.LintAsync(await OpenApiDocuments.TextAsync(app, "v1"), "v1");

        Assert.True(problems.All(p => p.Severity == "warn"), string.Join("\n", problems));
        Assert.Equal(
            [
                ("operation-4xx-response", "#/paths/~1api~1auth~1config/get/responses"),
                ("operation-4xx-response", "#/paths/~1api~1auth~1dev-users/get/responses"),
            ],
            problems.Select(p => (p.RuleId, p.Pointer)).Order());
    }
}
