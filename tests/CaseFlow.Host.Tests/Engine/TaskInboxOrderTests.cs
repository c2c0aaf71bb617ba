using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

public sealed class TaskInboxOrderTests : AppTest
{
    [Fact]
    public async Task Held_and_role_tasks_merge_into_one_due_date_order_and_each_page_holds_the_next_ones()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
            await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
            cases.Add(caseId);
            app.Clock.Advance(TimeSpan.FromHours(1));
        }

        var schulz = await app.SignInAsync("fm.schulz");
        var held = await TaskAtAsync(schulz, cases[1], "Task_Intake");
        Assert.Equal(HttpStatusCode.OK, (await schulz.PostAsync($"/api/tasks/{held}/claim", null)).StatusCode);

        var pages = new List<Guid?>();
        for (var page = 1; page <= 3; page++)
        {
            var response = await schulz.GetAsync($"/api/tasks?scope=all&page={page}&pageSize=1");
            Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
            Assert.False(response.Headers.Contains("X-Total-Count-Limited"));
            pages.Add((await ReadArrayAsync(response)).Single()!["caseId"]!.GetValue<Guid>());
        }

        Assert.Equal(cases.Cast<Guid?>(), pages);
        var dueDates = (await TasksAsync(schulz, "all")).Select(t => t!["dueAt"]?.GetValue<DateTime>()).ToList();
        Assert.Equal(dueDates.OrderBy(d => d is null).ThenBy(d => d), dueDates);
        Assert.Equal(cases.Except([cases[1]]), (await TasksAsync(await app.SignInAsync("fm.wagner"), "all")).Select(t => t!["caseId"]!.GetValue<Guid>()));
    }
}
