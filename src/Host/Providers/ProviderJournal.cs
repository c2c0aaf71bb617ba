using System.Text.Json;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Providers;

/// <summary>Journal lines of the registry: subject <c>provider</c>, the provider's id, the staff member as actor.</summary>
internal static class ProviderJournal
{
    public const string SubjectType = "provider";

    public static JournalEntry Entry(Provider provider, string actor, DateTime now, string action, object data) => new()
    {
        At = now,
        Actor = actor,
        SubjectType = SubjectType,
        SubjectId = provider.Id,
        Action = action,
        Data = JsonSerializer.Serialize(data, JsonSerializerOptions.Web),
    };

    public static object KeyData(ProviderApiKey key) => new { id = key.Id, label = key.Label, prefix = key.Prefix };

    public static object DetailsData(Provider provider) =>
        new { key = provider.Key, name = provider.Name, kind = provider.Kind, targetGroups = provider.TargetGroups, active = provider.Active };

    public static object AgreementData(CooperationAgreement agreement) => new
    {
        sharedFields = agreement.SharedFields,
        reportIntervalDays = agreement.ReportIntervalDays,
        conferenceIntervalMonths = agreement.ConferenceIntervalMonths,
        reference = agreement.Reference,
    };
}
