using System.Text.Json.Nodes;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Workflows.Engine;

/// <summary>The world one engine step sees; the Host implements it over the loaded case.</summary>
public interface IEngineContext
{
    DateTime Now { get; }

    /// <summary>The caps of one step (element executions, new tokens, incidents); <see cref="StepLimits.Default"/> unless the Host configures them.</summary>
    StepLimits Limits => StepLimits.Default;

    /// <summary>The Jobcenter's calendar: <c>today()</c>, date-based timers (00:00 local), due dates of tasks and follow-ups.</summary>
    JobcenterCalendar Calendar { get; }

    /// <summary>Who caused the step: the person completing a task or retrying, or <see cref="EngineActors.System"/> for timers and messages.</summary>
    Actor Actor { get; }

    /// <summary>The instance's case as expressions see it (<c>case.id</c>, <c>case.state</c>, <c>case.mainCaseworker</c>, ...); null without a case. Read again after every <c>case.fire</c>.</summary>
    JsonObject? CaseData(Guid caseId);

    /// <summary>The rule values in force at <see cref="Now"/> as expressions see them (<c>rules.bfm.maxDuration</c>, ...; see <see cref="Rules.RuleValues"/>).</summary>
    JsonObject RuleData();

    /// <summary>Takes a lifecycle action on the case; a refusal comes back as <see cref="CaseFireResult.Refused"/>, never as an exception.</summary>
    CaseFireResult FireCaseTrigger(Guid caseId, string trigger, ActionInput input, Actor actor);
}
