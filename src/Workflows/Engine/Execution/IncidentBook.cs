using System.Globalization;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// Raises incidents for failing elements and settles the incident a retry is about: when the retried
/// element runs through, the incident is resolved; when it fails again, the same incident counts the attempt.
/// </summary>
internal sealed class IncidentBook(Step step)
{
    private Incident? retrying;

    /// <summary>The incidents raised (or counted again on a retry) in this step.</summary>
    public int Raised { get; private set; }

    /// <summary>Takes the incident's token off its wait and lets it reach the element again.</summary>
    public void Retry(Incident incident, Token token)
    {
        retrying = incident;
        step.RemoveToken(token);
        step.Log("incident.retried", incident.ElementId, $"Erneuter Versuch (retry) Nr. {incident.Attempts + 1}: {incident.Message}");
        step.Enqueue(new Arrival(token.Id, incident.ElementId, token.ArrivedVia));
    }

    /// <summary>Settles the incident without running its element again: the token goes on at the chosen element instead.</summary>
    public void Skip(Incident incident, Token token, FlowNode target, string reason)
    {
        step.RemoveToken(token);
        incident.ResolvedAt = step.Now;
        incident.ResolvedBy = step.ActorName;
        step.Log("incident.skipped", incident.ElementId, $"Übersprungen (skipped), weiter bei (continue at) {target.DisplayName} ({target.Id}).", reason: reason);
        step.Enqueue(new Arrival(token.Id, target.Id, null));
    }

    /// <summary>The element of the arrival ran without failure.</summary>
    public void Succeeded(Arrival arrival)
    {
        if (!IsRetryOf(arrival))
        {
            return;
        }

        retrying!.ResolvedAt = step.Now;
        retrying.ResolvedBy = step.ActorName;
        step.Log("incident.resolved", retrying.ElementId, $"Vorfall behoben (incident resolved); Fehlversuche (failed attempts): {retrying.Attempts.ToString(CultureInfo.InvariantCulture)}.");
        retrying = null;
    }

    /// <summary>The element of the arrival failed: its token waits there with an (open) incident.</summary>
    public void Raise(Arrival arrival, string message)
    {
        Raised++;
        step.Park(arrival, TokenWait.Incident);
        if (IsRetryOf(arrival))
        {
            retrying!.Attempts++;
            retrying.Message = message;
            step.Log("incident.retry-failed", arrival.ElementId, message, reason: $"Versuch (attempt) {retrying.Attempts}");
            retrying = null;
            return;
        }

        step.Instance.Incidents.Add(new Incident
        {
            InstanceId = step.Instance.Id,
            TokenId = arrival.TokenId,
            ElementId = arrival.ElementId,
            Message = message,
            CreatedAt = step.Now,
        });
        step.Log("incident.raised", arrival.ElementId, message);
    }

    /// <summary>A terminate end event ends the instance: incidents whose tokens it removed are settled.</summary>
    public void CloseAll(string reason)
    {
        foreach (var incident in step.Instance.Incidents.Where(incident => incident.IsOpen))
        {
            incident.ResolvedAt = step.Now;
            incident.ResolvedBy = step.ActorName;
            step.Log("incident.resolved", incident.ElementId, reason);
        }
    }

    private bool IsRetryOf(Arrival arrival) =>
        retrying is not null && retrying.TokenId == arrival.TokenId && retrying.ElementId == arrival.ElementId;
}
