namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>Takes waits away: a token's timers and subscriptions, its open task, or everything (terminate, cancel).</summary>
internal static class Cancellation
{
    /// <summary>Deletes the timers and message subscriptions of a token.</summary>
    public static void ClearWaits(Step step, Guid tokenId)
    {
        step.Instance.Timers.RemoveAll(timer => timer.TokenId == tokenId);
        step.Instance.Subscriptions.RemoveAll(subscription => subscription.TokenId == tokenId);
    }

    public static void CancelTasks(Step step, Guid tokenId, string why) =>
        Cancel(step, step.Instance.Tasks.Where(task => task.TokenId == tokenId), why);

    /// <summary>A terminate end event: every token goes, open tasks are cancelled, timers and subscriptions deleted.</summary>
    public static void Terminate(Step step, string elementId)
    {
        step.StopMoving();
        const string Why = "Instanz beendet durch Terminierungs-Endereignis (terminate end event).";
        Cancel(step, step.Instance.Tasks, Why);
        step.Instance.Tokens.Clear();
        step.Instance.Timers.Clear();
        step.Instance.Subscriptions.Clear();
        step.Incidents.CloseAll(Why);
        step.Log("instance.terminated", elementId, Why);
    }

    /// <summary>A person ends the instance: like a terminate end event, but the instance counts as cancelled, with the reason journaled.</summary>
    public static void CancelInstance(Step step, string reason)
    {
        if (step.Instance.Status != InstanceStatus.Running)
        {
            throw new EngineConflictException(step.Instance.Status == InstanceStatus.Completed
                ? "Die Instanz ist bereits abgeschlossen (already completed)."
                : "Die Instanz ist bereits abgebrochen (already cancelled).");
        }

        const string Why = "Instanz abgebrochen (instance cancelled).";
        Cancel(step, step.Instance.Tasks, Why);
        step.Instance.Tokens.Clear();
        step.Instance.Timers.Clear();
        step.Instance.Subscriptions.Clear();
        step.Incidents.CloseAll(Why);
        step.Instance.Status = InstanceStatus.Cancelled;
        step.Instance.EndedAt = step.Now;
        step.Log("instance.cancelled", null, Why, reason: reason);
    }

    private static void Cancel(Step step, IEnumerable<HumanTask> tasks, string why)
    {
        foreach (var task in tasks.Where(task => task.Status == HumanTaskStatus.Open))
        {
            task.Status = HumanTaskStatus.Cancelled;
            step.Log("task.cancelled", task.ElementId, $"{task.Name}: {why}");
        }
    }
}
