using System.Net;
using System.Text.RegularExpressions;
using CaseFlow.Host.Http;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Hardening;

/// <summary>Issue 16: no-store and nosniff on every API answer; a page past the limit is a 400 on every paged list, never page 1.</summary>
public sealed partial class ApiHeadersAndPagingTests : AppTest
{
    private static readonly string[] Users = ["ifk.meyer", "fm.schulz", "fm.lead", "ab.kaya", "owner.process", "dsb.weber"];

    [Fact]
    public async Task Every_kind_of_api_answer_says_no_store_and_nosniff()
    {
        var fm = await app.SignInAsync("fm.schulz");
        var anonymous = app.CreateClient();

        var answers = new[]
        {
            await fm.GetAsync("/api/auth/me"),
            await fm.GetAsync("/api/cases?scope=mine"),
            await fm.GetAsync("/api/cases?pageSize=0"),
            await fm.GetAsync($"/api/cases/{Guid.NewGuid()}"),
            await fm.GetAsync("/api/no-such-route"),
            await anonymous.GetAsync("/api/cases"),
            await WithApiKey(app, "cf_wrong").GetAsync("/api/provider/me"),
            await WithApiKey(app, SbNordKey).GetAsync("/api/provider/me"),
        };

        foreach (var answer in answers)
        {
            var what = $"{answer.RequestMessage!.RequestUri} → {(int)answer.StatusCode}";
            Assert.True(answer.Headers.CacheControl?.NoStore == true, $"no-store missing: {what}");
            Assert.True(answer.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"nosniff missing: {what}");
        }

        Assert.Equal("Nicht gefunden (not found)", (await ReadAsync(answers[4]))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_web_app_pages_keep_their_own_cache_rules()
    {
        var page = await app.CreateClient().GetAsync("/tasks/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.CacheControl?.NoCache);
        Assert.False(page.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(Paging.MaxPage + 1)]
    public async Task A_page_past_the_limit_is_a_400_naming_the_limit_on_every_paged_list(int page)
    {
        var clients = new List<HttpClient>();
        foreach (var user in Users)
        {
            clients.Add(await app.SignInAsync(user));
        }

        clients.Add(WithApiKey(app, SbNordKey));
        var lists = PagedLists();
        Assert.True(lists.Count >= 14, $"only {lists.Count} paged lists found");

        foreach (var list in lists)
        {
            var url = $"/{RouteValue().Replace(list, Guid.NewGuid().ToString())}?page={page}&pageSize=200";
            var refusedWithLimit = false;
            foreach (var client in clients)
            {
                var response = await client.GetAsync(url);
                var status = (int)response.StatusCode;
                Assert.False(status is < 300 or >= 500, $"{url} answered {status} to a page past the limit");
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    var problem = await ReadAsync(response);
                    refusedWithLimit |= problem["field"]!.GetValue<string>() == "page"
                        && problem["detail"]!.GetValue<string>().Contains($"{Paging.MaxPage}", StringComparison.Ordinal);
                }
            }

            Assert.True(refusedWithLimit, $"{url}: nobody got the 400 naming the page limit");
        }
    }

    [Fact]
    public async Task The_last_allowed_page_is_an_empty_page_not_page_one()
    {
        var owner = await app.SignInAsync("owner.process");

        var last = await owner.GetAsync($"/api/providers?page={Paging.MaxPage}&pageSize=200");

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Empty(await ReadArrayAsync(last));
        Assert.Equal("2", last.Headers.GetValues(Paging.TotalCountHeader).Single());
    }

    /// <summary>Every GET route of the app with a <c>page</c> query parameter (route templates without the leading slash).</summary>
    private List<string> PagedLists() =>
        app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Where(description => description.HttpMethod == "GET" && description.ParameterDescriptions.Any(p => p.Name == "page"))
            .Select(description => description.RelativePath!)
            .Distinct()
            .ToList();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
