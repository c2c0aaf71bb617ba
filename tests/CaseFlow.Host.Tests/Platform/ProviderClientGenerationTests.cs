using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Providers.HandoverSteps;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>A provider integrates from the provider document alone: a client generated with NSwag runs the whole flow.</summary>
public sealed class ProviderClientGenerationTests : AppTest
{
    [Fact]
    public async Task A_client_generated_from_the_provider_document_lists_reads_confirms_reports_and_declines()
    {
        var (confirmed, fm) = await ReferredToSbNordAsync(app, ["customerNumber", "caseManager"]);
        var (declined, _) = await ReferredToSbNordAsync(app, ["customerNumber"]);
        var generated = await GeneratedProviderClient.GenerateAsync(await app.CreateClient().GetStringAsync("/swagger/provider/swagger.json"));
        var client = generated.Client(WithApiKey(app, SbNordKey));

        var me = await client.GetProviderSelfAsync();
        var open = ((IEnumerable<dynamic>)await client.ListProviderHandoversAsync(1, 50)).ToList();
        var read = await client.GetProviderHandoverAsync(confirmed);
        var afterConfirm = await client.ConfirmHandoverAsync(confirmed);
        var report = generated.New("ReportRequest");
        report.Summary = "Erstgespräch geführt, Gläubigerliste erstellt.";
        report.Attendance = "regular";
        report.NextSteps = "Beratung alle zwei Wochen.";
        var receipt = await client.ReportOnHandoverAsync(confirmed, report);
        var decline = generated.New("DeclineRequest");
        decline.Reason = "Keine freien Beratungsplätze vor Februar.";
        var afterDecline = await client.DeclineHandoverAsync(declined, decline);

        Assert.Equal(("sb-nord", "Schuldnerberatung Nord"), ((string)me.ProviderKey, (string)me.ProviderName));
        Assert.Equal(new[] { confirmed, declined }.Order(), open.Select(h => (Guid)h.Id).Order());
        Assert.All(open, h => Assert.Equal("awaitingConfirmation", (string)h.State));
        Assert.Equal(("Andrea Schulz", 30), ((string)read.Customer.CaseManager, (int)read.ReportIntervalDays));
        Assert.Equal("active", (string)afterConfirm.State);
        Assert.Equal((confirmed, 1), ((Guid)receipt.HandoverId, (int)receipt.ReportCount));
        Assert.Equal("declined", (string)afterDecline.State);
        Assert.Equal("Active", await CaseStateAsync(fm, confirmed));
        Assert.Equal("Declined", await CaseStateAsync(fm, declined));
    }

    [Fact]
    public async Task Refusals_reach_the_generated_client_as_typed_problem_details()
    {
        var (caseId, _) = await ReferredToSbNordAsync(app, ["customerNumber"]);
        var generated = await GeneratedProviderClient.GenerateAsync(await app.CreateClient().GetStringAsync("/swagger/provider/swagger.json"));
        var client = generated.Client(WithApiKey(app, SbNordKey));
        await ConfirmAsync(WithApiKey(app, SbNordKey), caseId);

        Exception again = await Assert.ThrowsAnyAsync<Exception>(async () => await client.ConfirmHandoverAsync(caseId));
        Exception unknown = await Assert.ThrowsAnyAsync<Exception>(async () => await client.GetProviderHandoverAsync(Guid.NewGuid()));
        Exception noKey = await Assert.ThrowsAnyAsync<Exception>(async () => await generated.Client(app.CreateClient()).GetProviderSelfAsync());

        Assert.All(new[] { again, unknown, noKey }, e => Assert.True(generated.IsProblem(e), $"{e.GetType()}: {e.Message}"));
        dynamic conflict = again, notFound = unknown, unauthorized = noKey;
        Assert.Equal((409, "Konflikt (conflict)"), ((int)conflict.StatusCode, (string)conflict.Result.Title));
        Assert.Equal(404, (int)notFound.StatusCode);
        Assert.Equal(401, (int)unauthorized.StatusCode);
        Assert.Contains("(", (string)unauthorized.Result.Title);
    }
}
