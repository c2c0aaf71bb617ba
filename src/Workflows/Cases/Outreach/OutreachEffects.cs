using Stateless;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>What the outreach transitions write into the case and its file.</summary>
internal static class OutreachEffects
{
    public static void RecordHandOver(OutreachContext c, HandOverData data)
    {
        c.File.Form = data.Form;
        c.File.HandoverTalkHeldAt = c.Now;
    }

    public static void RecordVisit(OutreachContext c, VisitData data)
    {
        c.File.VisitCount++;
        c.File.LastVisitOn = data.VisitedOn ?? c.Today;
        c.File.LastVisitCompanions = data.Companions;
    }

    public static void RecordExtension(OutreachContext c, ExtensionData data)
    {
        c.File.ExtendedUntil = data.Until;
        c.File.ExtensionJustification = data.Justification;
    }

    public static void RecordSanctionDecision(OutreachContext c, SanctionDecisionData data)
    {
        c.File.SanctionDecisionCount++;
        c.File.LastSanctionDecision = data.Decision;
        c.File.LastSanctionDecisionAt = c.Now;
        c.File.SanctionAgreedWith = c.Case.ReferringCaseworker;
    }

    public static void ReturnToPap(OutreachContext c, StateMachine<OutreachState, string>.Transition transition)
    {
        c.File.ReturnedAt = c.Now;
        c.Case.MainCaseworker = c.Case.ReferringCaseworker;
        c.FollowUps.Add(new FollowUp
        {
            CaseId = c.Case.Id,
            CustomerId = c.Case.CustomerId,
            Assignee = c.Case.ReferringCaseworker,
            DueAt = c.Calendar.AddDays(c.Now, c.Rules.FollowUpDueDays),
            Reason = $"Rückgabe aus der aufsuchenden Beratung U25 ({transition.Trigger}): die Kundin/der Kunde ist wieder in Ihrer Betreuung.",
            CreatedAt = c.Now,
            CreatedBy = c.Actor.UserName,
        });
    }
}
