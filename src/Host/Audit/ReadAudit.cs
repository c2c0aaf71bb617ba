using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;

namespace CaseFlow.Host.Audit;

/// <summary>
/// Records the reads of special-category data in the request that reads them: the rows of one request are saved with
/// one batched insert. Only ids, names of classes and fields, and the route are stored; nothing goes to the logger.
/// </summary>
public sealed class ReadAudit(CaseFlowDbContext db, TimeProvider clock)
{
    /// <summary>A read about one customer (and case), to be saved by <see cref="SaveAsync"/>.</summary>
    public sealed record Read(Guid CustomerId, Guid? CaseId, IReadOnlyList<string> DataClasses, IReadOnlyList<string>? Fields = null);

    /// <summary>Records the read of a loaded case when the reader sees its file (F or O); summary reads are not audited.</summary>
    public Task RecordFileReadAsync(LoadedCase loaded, string route, CancellationToken cancellationToken)
    {
        if (!loaded.Access.ReadsSpecialCategory || loaded.Scene is not { } scene)
        {
            return Task.CompletedTask;
        }

        var classes = loaded.Access.Classes.Where(c => c is CaseDataClass.FmFile or CaseDataClass.OutreachFile);
        var fields = new[] { scene.Case.Kind, "file", route.EndsWith("/history", StringComparison.Ordinal) ? "journal" : "case" };
        return RecordAsync(scene.Actor, route, new Read(scene.Case.CustomerId, scene.Case.Id, NeedToKnow.Names(classes), fields), null, cancellationToken);
    }

    public Task RecordAsync(Actor actor, string route, Read read, string? purpose, CancellationToken cancellationToken) =>
        SaveAsync(actor, route, [read], purpose, cancellationToken);

    public async Task SaveAsync(Actor actor, string route, IReadOnlyCollection<Read> reads, string? purpose, CancellationToken cancellationToken)
    {
        if (reads.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ReadAudit.AddRange(reads.Select(read => new ReadAuditEntry
        {
            At = now,
            Actor = actor.UserName,
            CustomerId = read.CustomerId,
            CaseId = read.CaseId,
            Route = route,
            DataClasses = string.Join(',', read.DataClasses),
            Fields = read.Fields is { Count: > 0 } fields ? string.Join(',', fields) : null,
            Purpose = purpose,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
