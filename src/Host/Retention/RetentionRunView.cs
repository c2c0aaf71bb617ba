using System.Text.Json;

namespace CaseFlow.Host.Retention;

/// <summary>A run of the retention job as the API shows it; <paramref name="Summary"/> holds counts per kind and ids.</summary>
public sealed record RetentionRunView(
    Guid Id, DateOnly RunOn, string Trigger, string Actor, DateTime StartedAt, DateTime? FinishedAt, int CasesAnonymised, int CustomersAnonymised,
    JsonElement? Summary)
{
    public static RetentionRunView Of(RetentionRun run) => new(
        run.Id, run.RunOn, run.Trigger, run.Actor, run.StartedAt, run.FinishedAt, run.CasesAnonymised, run.CustomersAnonymised,
        run.Summary is null ? null : JsonDocument.Parse(run.Summary).RootElement.Clone());
}
