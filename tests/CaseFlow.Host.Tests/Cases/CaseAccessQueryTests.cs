using CaseFlow.Host.Auth;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Access;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

public sealed class CaseAccessQueryTests : AppTest
{
    [Fact]
    public async Task The_sql_access_filter_finds_exactly_the_cases_the_policy_lets_each_user_read()
    {
        await CaseInSteeringAsync(app);
        var ifk = await app.SignInAsync("ifk.meyer");
        var referred = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, referred, "refer", new { data = new { consent = true } });
        await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ReferralCaseAsync(app);
        var (taken, _) = await QueuedOutreachCaseAsync(app);
        await ActOkAsync(await app.SignInAsync("ab.roth"), taken, "take-over");
        await QueuedOutreachCaseAsync(app);

        foreach (var user in DevelopmentUsers.All)
        {
            var actor = new Actor(user.UserName, user.Roles.ToHashSet(), user.DeputyFor.ToHashSet());
            var (bySql, byPolicy) = await app.InDatabaseAsync(async db => (
                (await db.Cases.Where(CaseAccessQuery.Readable(actor)).Select(c => c.Id).ToListAsync()).Order().ToList(),
                (await db.Cases.AsNoTracking().ToListAsync()).Where(c => CaseAccessPolicy.CanRead(c, actor)).Select(c => c.Id).Order().ToList()));

            Assert.Equal(byPolicy, bySql);
        }
    }
}
