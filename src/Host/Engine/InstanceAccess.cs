using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Who may see and act on a workflow instance: for an instance of a case, who reads the case's file (its variables are
/// case data) and who may act on the case (need to know, docs/security.md); for one without a case, the person who started it (and process owners may read it).
/// </summary>
public sealed class InstanceAccess(CaseFlowDbContext db)
{
    /// <summary>Null when allowed, else why not (forbidden).</summary>
    public async Task<Refusal?> CheckAsync(WorkflowInstance instance, Actor actor, bool forAction, CancellationToken cancellationToken)
    {
        if (instance.CaseId is { } caseId)
        {
            var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
            // Reading an instance shows its variables (case data): only for who reads the case's file (need to know).
            var allowed = @case is not null && (forAction ? CaseAccessPolicy.CanSteerWorkflows(@case, actor) : NeedToKnow.Of(@case, actor).ReadsFile);
            return allowed ? null : Refusal.Forbidden(forAction
                ? "Sie dürfen in diesem Fall nicht handeln, also auch nicht in seinem Workflow (forbidden)."
                : "Sie haben keinen Zugriff auf den Fall dieses Workflows (need to know).");
        }

        var own = instance.StartedBy == actor.UserName;
        return own || (!forAction && actor.HasRole(Roles.ProcessOwner))
            ? null
            : Refusal.Forbidden("Diesen Workflow ohne Fall sehen nur, wer ihn gestartet hat, und Prozessverantwortliche (forbidden).");
    }
}
