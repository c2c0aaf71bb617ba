using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>Preparations the task and case page tests share: a bFM case of ifk.meyer with a running bfm-referral.</summary>
internal static class TaskSteps
{
    public const string CheckAccess = "Zugang prüfen und bFM vorschlagen";
    public const string Intake = "Fallzugang: Erstgespräch (intake)";

    /// <summary>An eligible customer's bFM case with bfm-referral waiting at the IFK's Task_CheckAccess.</summary>
    public static async Task<(Guid CaseId, Guid InstanceId, HttpClient Ifk)> WaitingForIfkAsync(CaseFlowApp app)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var instanceId = await InstanceOfAsync(ifk, caseId, "bfm-referral");
        return (caseId, instanceId, ifk);
    }
}
