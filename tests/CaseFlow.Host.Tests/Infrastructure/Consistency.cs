using System.Net;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// The end of every workflow walk and fault test: no task without its instance, no instance waiting on nothing
/// (<see cref="ConsistencyQueries"/>), no instance waiting for a case action its lifecycle can no longer take (the stale
/// list), and no open incident.
/// </summary>
public static class Consistency
{
    public static async Task AssertConsistentAsync(CaseFlowApp app)
    {
        var broken = await ConsistencyQueries.BrokenAsync(sql => app.InDatabaseAsync(db => db.Database.SqlQueryRaw<string>(sql).ToListAsync()));
        Assert.True(broken.Count == 0, $"inconsistent: {string.Join("; ", broken)}");
        await AssertNoStaleInstanceNorIncidentAsync(await app.SignInAsync("owner.process"));
    }

    /// <summary>The lifecycle side, asked through the API of any host: no stale instance, no open incident.</summary>
    public static async Task AssertNoStaleInstanceNorIncidentAsync(HttpClient owner)
    {
        var stale = await owner.GetAsync("/api/instances/stale?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var found = await ReadArrayAsync(stale);
        Assert.True(found.Count == 0, $"stale instances: {found.ToJsonString()}");
        var incidents = await ReadArrayAsync(await owner.GetAsync("/api/incidents?pageSize=200"));
        Assert.True(incidents.Count == 0, $"open incidents: {incidents.ToJsonString()}");
    }
}
