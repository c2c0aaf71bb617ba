using System.Net;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Hardening;

/// <summary>Issue 16: dev-login takes at most 4 KB and never echoes the user name it was sent.</summary>
public sealed class DevLoginLimitTests : AppTest
{
    [Theory]
    [InlineData(5 * 1024)]
    [InlineData(10 * 1024 * 1024)]
    public async Task A_body_above_4_KB_gets_413_problem_details(int nameLength)
    {
        var body = new StringContent($"{{\"userName\":\"{new string('x', nameLength)}\"}}", Encoding.UTF8, "application/json");

        var response = await app.CreateClient().PostAsync("/api/auth/dev-login", body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(4096, (await ReadAsync(response))["maxBodyBytes"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_unknown_user_name_is_not_echoed_back()
    {
        const string name = "<script>mallory-was-here</script>";

        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/dev-login", new { userName = name });

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("mallory", raw);
        Assert.Contains("unknown user", raw);
    }
}
