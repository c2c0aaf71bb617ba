using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// The objects the matrix's route values point at, seeded once per app: customer A with a bFM case in Steering
/// (fm.schulz, ifk.meyer referring and secondary), three referrals of A handed over to sb-nord (one to confirm,
/// one to decline, one confirmed), a U25 customer with an outreach case ab.kaya took over, a goal, a workflow
/// instance with its FM task, and the provider wh-sued.
/// </summary>
public sealed class MatrixWorld(CaseFlowApp app, IReadOnlyDictionary<string, HttpClient> clients)
{
    private int counter;

    public CaseFlowApp App => app;

    public HttpClient ClientOf(Principal principal) => clients[principal.Column];

    public HttpClient Ifk => clients["ifk"];

    public HttpClient Fm => clients["fm"];

    public HttpClient Owner => clients["own"];

    public HttpClient Provider => clients["prov"];

    public HttpClient DataProtection => clients["dsb"];

    public Guid Customer { get; private set; }

    public Guid BfmCase { get; private set; }

    public Guid Referral { get; private set; }

    public Guid HandoverToDecline { get; private set; }

    public Guid ConfirmedHandover { get; private set; }

    public Guid OutreachCustomer { get; private set; }

    public Guid OutreachCase { get; private set; }

    public Guid Goal { get; private set; }

    public Guid Instance { get; private set; }

    public Guid Task { get; private set; }

    public string BfmDefaultWorkflow { get; private set; } = "";

    /// <summary>A number no earlier call returned, for unique keys, names and dates.</summary>
    public int Next() => Interlocked.Increment(ref counter);

    public static async Task<MatrixWorld> CreateAsync(CaseFlowApp app)
    {
        await app.InDatabaseAsync(async db =>
        {
            db.StaffUsers.AddRange(Principals.ExtraStaff.Select(seed => seed.ToStaffUser()));
            return await db.SaveChangesAsync();
        });
        var clients = new Dictionary<string, HttpClient>();
        foreach (var principal in Principals.All)
        {
            clients[principal.Column] = principal switch
            {
                { UserName: { } user } => WithToken(app, await app.SignInAsync(user)),
                { ApiKey: { } key } => WithApiKey(app, key),
                _ => app.CreateClient(new() { AllowAutoRedirect = false }),
            };
        }

        var world = new MatrixWorld(app, clients);
        await world.SeedAsync();
        return world;
    }

    /// <summary>Every matrix client answers redirects itself, so <c>GET /</c> shows its 302 and not the page behind it.</summary>
    private static HttpClient WithToken(CaseFlowApp app, HttpClient signedIn)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static HttpClient WithApiKey(CaseFlowApp app, string key)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task SeedAsync()
    {
        foreach (var provider in new[] { clients["prov"], clients["provX"] })
        {
            // The first use of a key records its last-use time; done here so no matrix request does it.
            Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync("/api/provider/me")).StatusCode);
        }

        await PublishAsync(MatrixWorkflows.TaskKey, "Unterlagen prüfen");
        await PublishAsync(MatrixWorkflows.TaskKey, "Unterlagen sichten");
        await UploadAsync(MatrixWorkflows.DraftKey, "Entwurf");
        await FaultWorkflow.PublishAsync(app);
        await Providers.ProviderSteps.CreateProviderAsync(Owner);
        BfmDefaultWorkflow = (await ReadAsync(await Owner.GetAsync("/api/case-kinds/bfm/default-workflow")))["key"]!.GetValue<string>();

        Customer = await CreateEligibleCustomerAsync(Ifk);
        BfmCase = await CreateBfmCaseAsync(Ifk, Customer);
        await ActOkAsync(Ifk, BfmCase, "refer", new { data = new { consent = true } });
        await ActOkAsync(Fm, BfmCase, "accept", new { data = new { workingAlliance = true, ifkStaysSecondary = true } });
        await ActOkAsync(Fm, BfmCase, "complete-assessment");
        await ActOkAsync(Fm, BfmCase, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = Flow.InMonths(app, 3) } });

        // One running hand-over per provider and customer: the other two belong to further customers of fm.schulz.
        Referral = await HandedOverToSbNordAsync(Customer);
        HandoverToDecline = await HandedOverToSbNordAsync(await AcceptedBfmCustomerAsync());
        ConfirmedHandover = await HandedOverToSbNordAsync(await AcceptedBfmCustomerAsync());
        Assert.Equal(HttpStatusCode.OK, (await Provider.PostAsync($"/api/provider/handovers/{ConfirmedHandover}/confirm", null)).StatusCode);

        (OutreachCase, var pap) = await QueuedOutreachCaseAsync(app);
        OutreachCustomer = (await GetCaseAsync(pap, OutreachCase))["customerId"]!.GetValue<Guid>();
        await ActOkAsync(clients["ab"], OutreachCase, "take-over");

        Goal = Goals.GoalSteps.IdOf(await Goals.GoalSteps.AgreeOkAsync(Fm, Customer));
        (Instance, Task) = await FreshTaskAsync();
    }

    /// <summary>A customer of ifk.meyer whose bFM case fm.schulz accepted.</summary>
    public async Task<Guid> AcceptedBfmCustomerAsync()
    {
        var customer = await CreateEligibleCustomerAsync(Ifk);
        var bfm = await CreateBfmCaseAsync(Ifk, customer);
        await ActOkAsync(Ifk, bfm, "refer", new { data = new { consent = true } });
        await ActOkAsync(Fm, bfm, "accept", new { data = new { workingAlliance = true, ifkStaysSecondary = true } });
        return customer;
    }

    private async Task<Guid> HandedOverToSbNordAsync(Guid customer)
    {
        var referral = await CreateCaseAsync(Fm, customer, "referral");
        await ActOkAsync(Fm, referral, "refer", new
        {
            data = new { provider = "sb-nord", targetGroup = "Wohnungslose", voluntary = true, consentedFields = ConsentedFields },
        });
        return referral;
    }

    public static readonly string[] ConsentedFields = ["customerNumber", "targetGroup", "actionNeeds", "caseManager"];

    /// <summary>A new instance of the matrix workflow on the bFM case, started by its FM, and the FM task it waits at.</summary>
    public async Task<(Guid Instance, Guid Task)> FreshTaskAsync()
    {
        var instance = await Flow.StartAsync(Fm, MatrixWorkflows.TaskKey, BfmCase);
        var task = await app.InDatabaseAsync(db => System.Threading.Tasks.Task.FromResult(db.HumanTasks.Single(t => t.InstanceId == instance).Id));
        return (instance, task);
    }

    public async Task PublishAsync(string key, string taskName)
    {
        await UploadAsync(key, taskName);
        var published = await Owner.PostAsync($"/api/workflows/{key}/publish", null);
        Assert.True(published.StatusCode == HttpStatusCode.OK, $"publish {key}: {(int)published.StatusCode} {await published.Content.ReadAsStringAsync()}");
    }

    public async Task UploadAsync(string key, string taskName)
    {
        var upload = await Owner.PostAsync("/api/workflows", Xml(MatrixWorkflows.Xml(key, taskName)));
        Assert.True(upload.IsSuccessStatusCode, $"upload {key}: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
    }

    public static StringContent Xml(string xml) => new(xml, Encoding.UTF8, new MediaTypeHeaderValue("application/xml"));
}
