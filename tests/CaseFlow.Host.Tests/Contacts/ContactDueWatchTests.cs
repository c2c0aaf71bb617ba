using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>The daily job raises one follow-up, one ContactDue message and one journal line per customer falling due.</summary>
public sealed class ContactDueWatchTests : AppTest
{
    private Task<int> RunAsync(bool force = false) => app.Services.GetRequiredService<ContactDueWatch>().RunAsync(CancellationToken.None, force);

    [Fact]
    public async Task A_customer_falling_due_gets_one_follow_up_message_and_journal_line_however_often_the_job_runs()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var due = await CreateCustomerAsync(ifk, familyName: "Fällig");
        var later = await CreateCustomerAsync(ifk, familyName: "Später");
        foreach (var id in new[] { due, later })
        {
            var response = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new { profile = "MP", actionNeeds = ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = false });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await RecordOkAsync(ifk, due, app.Clock.GetUtcNow().AddDays(-40));
        await RecordOkAsync(ifk, later, app.Clock.GetUtcNow().AddDays(-2));

        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync(force: true));

        var followUps = await app.InDatabaseAsync(db => db.FollowUps.Where(f => f.ContactDueOn != null).ToListAsync());
        var followUp = Assert.Single(followUps);
        Assert.Equal((due, "ifk.meyer", ContactDueWatch.Reason, new DateOnly(2026, 10, 23)), (followUp.CustomerId, followUp.Assignee, followUp.Reason, followUp.ContactDueOn!.Value));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType == "ContactDue")));
        Assert.Equal(1, (await CustomerJournalAsync(app, due)).Count(a => a == ContactDueWatch.JournalAction));
        Assert.DoesNotContain(ContactDueWatch.JournalAction, await CustomerJournalAsync(app, later));
    }
}
