using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Cases;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Rules.ContactDensity;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// Objects a mutating matrix row creates anew for each principal (by the user who would create them in real
/// life), so that one principal's successful write leaves the next principal the same situation.
/// </summary>
public static class FreshObjects
{
    public static DateTime Now(this MatrixWorld world) => world.App.Clock.GetUtcNow().UtcDateTime;

    public static DateOnly Today(this MatrixWorld world) => DateOnly.FromDateTime(world.Now());

    /// <summary>A customer of ifk.meyer who meets the bFM criteria and has no case yet.</summary>
    public static Task<Guid> FreshCustomerAsync(this MatrixWorld world) => CreateEligibleCustomerAsync(world.Ifk);

    /// <summary>A follow-up of fm.schulz on the bFM case, due in a week.</summary>
    public static Task<Guid> FreshFollowUpAsync(this MatrixWorld world) => world.App.InDatabaseAsync(async db =>
    {
        var followUp = new FollowUp
        {
            CaseId = world.BfmCase, CustomerId = world.Customer, Assignee = "fm.schulz", DueAt = world.Now().AddDays(7),
            Reason = "Wiedervorlage Kooperationsplan", CreatedAt = world.Now(), CreatedBy = "matrix",
        };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp.Id;
    });

    /// <summary>An unread notice for fm.schulz about the bFM case.</summary>
    public static Task<Guid> FreshNotificationAsync(this MatrixWorld world) => world.App.InDatabaseAsync(async db =>
    {
        var notification = new Notification { Recipient = "fm.schulz", Text = "Angaben geprüft", CaseId = world.BfmCase, CreatedAt = world.Now() };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });

    /// <summary>An open suspension of customer A's contact rhythm, starting a day no other one starts.</summary>
    public static Task<(Guid Id, DateOnly From)> FreshSuspensionAsync(this MatrixWorld world) => world.App.InDatabaseAsync(async db =>
    {
        var suspension = new ContactSuspension
        {
            CustomerId = world.Customer, Kind = SuspensionKind.FullTimeMeasure, From = world.Today().AddDays(world.Next()),
            Reason = "Vollzeit-Umschulung", RecordedAt = world.Now(), RecordedBy = "ifk.meyer",
        };
        db.ContactSuspensions.Add(suspension);
        await db.SaveChangesAsync();
        return (suspension.Id, suspension.From);
    });

    /// <summary>A bFM case of ifk.meyer (still his, in Draft) whose fault-check instance stopped in an incident.</summary>
    public static async Task<(Guid Instance, Guid Incident)> FreshIncidentAsync(this MatrixWorld world)
    {
        var caseId = await CreateBfmCaseAsync(world.Ifk, await world.FreshCustomerAsync());
        var instance = await FaultWorkflow.InIncidentAsync(world.App, world.Ifk, caseId);
        var incident = (await Flow.InstanceAsync(world.Ifk, instance))["incidents"]!.AsArray().Single()!["id"]!.GetValue<Guid>();
        return (instance, incident);
    }

    /// <summary>A task of a new matrix instance, claimed by fm.schulz.</summary>
    public static async Task<Guid> FreshClaimedTaskAsync(this MatrixWorld world)
    {
        var (_, task) = await world.FreshTaskAsync();
        Assert.Equal(HttpStatusCode.OK, (await world.Fm.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        return task;
    }

    /// <summary>A new draft of <see cref="MatrixWorkflows.PublishKey"/> for the publish route.</summary>
    public static Task FreshDraftAsync(this MatrixWorld world) =>
        world.UploadAsync(MatrixWorkflows.PublishKey, $"Schritt {world.Next()}");

    /// <summary>A new API key of wh-sued for the revoke route.</summary>
    public static async Task<Guid> FreshApiKeyAsync(this MatrixWorld world) =>
        (await Providers.ProviderSteps.CreateKeyAsync(world.Owner, "wh-sued"))["id"]!.GetValue<Guid>();

    /// <summary>The contact-density table in force, as the PUT body wants its cells.</summary>
    public static async Task<List<object>> DensityCellsAsync(this MatrixWorld world)
    {
        var rules = await ReadAsync(await world.Owner.GetAsync("/api/rules/contact-density"));
        return rules["inForce"]!["cells"]!.AsArray().Select(cell => (object)new
        {
            ageGroup = cell!["ageGroup"]!.GetValue<string>(),
            unemployed = cell["unemployed"]!.GetValue<bool>(),
            profile = cell["profile"]!.GetValue<string>(),
            rhythm = cell["rhythm"]!.GetValue<string>(),
        }).ToList();
    }

    public static JsonObject EmptyVariables => [];
}
