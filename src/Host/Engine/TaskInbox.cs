using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// The inbox query (<c>GET /api/tasks</c>) in the database: access, order and paging in SQL. The tasks the actor holds
/// and each role or queue they work are separate streams, each read in the order of an index (status, holder or role,
/// due date with nulls last, creation) and cut at the page's end; the streams are merged here. A task's case is
/// checked with <see cref="CaseAccessQuery"/> per row (no list of case ids). The total is counted up to
/// <see cref="CountAhead"/> rows past the requested page, so it stays cheap however long the queue grows.
/// </summary>
public sealed class TaskInbox(CaseFlowDbContext db, TaskCandidates candidates)
{
    /// <summary>How many rows past the requested page the total counts, at most.</summary>
    public const int CountAhead = 200;

    public sealed record Page(IReadOnlyList<HumanTask> Tasks, int Total, bool TotalLimited);

    public async Task<Page> ListAsync(
        Actor actor, string scope, HumanTaskStatus status, Guid? caseId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var end = page * pageSize;
        var limit = end + CountAhead;
        var rows = new List<HumanTask>();
        var total = 0;
        foreach (var stream in Streams(actor, scope, status, caseId))
        {
            var ordered = stream.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt);
            rows.AddRange(await ordered.Take(end).ToListAsync(cancellationToken));
            total += await ordered.Select(t => t.CaseId).Take(limit + 1).CountAsync(cancellationToken);
        }

        var tasks = rows
            .OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt)
            .Skip(end - pageSize).Take(pageSize)
            .ToList();
        return new Page(tasks, Math.Min(total, limit), total > limit);
    }

    /// <summary>Disjoint queries whose union is the scope: held by the actor (mine), unheld per role or queue (group).</summary>
    private List<IQueryable<HumanTask>> Streams(Actor actor, string scope, HumanTaskStatus status, Guid? caseId)
    {
        var readableCases = db.Cases.Where(CaseAccessQuery.Readable(actor));
        var visible = db.HumanTasks.AsNoTracking()
            .Where(t => t.Status == status)
            .Where(t => t.CaseId == null || readableCases.Any(c => c.Id == t.CaseId));
        if (caseId is { } onlyCase)
        {
            visible = visible.Where(t => t.CaseId == onlyCase);
        }

        var streams = new List<IQueryable<HumanTask>>();
        var user = actor.UserName;
        if (scope is "mine" or "all")
        {
            streams.Add(visible.Where(t => t.Assignee == user));
        }

        if (scope is "group" or "all")
        {
            streams.AddRange(candidates.MembershipsOf(actor).Distinct(StringComparer.Ordinal)
                .Select(role => visible.Where(t => t.Assignee == null && t.CandidateRole == role)));
        }

        return streams;
    }
}
