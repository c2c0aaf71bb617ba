using System.Net;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>The end of every workflow walk: no instance waits for a case action that can no longer happen, and no incident is open.</summary>
public static class Consistency
{
    public static async Task AssertConsistentAsync(CaseFlowApp app)
    {
        var owner = await app.SignInAsync("owner.process");
        var stale = await owner.GetAsync("/api/instances/stale?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var found = await ReadArrayAsync(stale);
        Assert.True(found.Count == 0, $"stale instances: {found.ToJsonString()}");
        var incidents = await ReadArrayAsync(await owner.GetAsync("/api/incidents?pageSize=200"));
        Assert.True(incidents.Count == 0, $"open incidents: {incidents.ToJsonString()}");
    }
}
