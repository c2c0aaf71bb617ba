using CaseFlow.Workflows.Cases;

namespace CaseFlow.Workflows.Goals;

/// <summary>
/// The fa:z goal cycle as if-then logic (seed 000): agree a goal for one resource area, link an intervention, review it.
/// Strengthened: the goal is achieved and a new goal can be agreed. Not strengthened: keep goal and intervention, adjust
/// the intervention (the current ones end and a new one must be linked before the next review), or end the goal. Pure:
/// the caller checks "one active goal per customer" against the database.
/// </summary>
public static class GoalCycle
{
    /// <summary>A new active goal from the draft, or the problem with it.</summary>
    public static GoalProblem? Agree(GoalDraft draft, ResourceAreaCatalogue areas, DateOnly today, out DevelopmentGoal? goal)
    {
        goal = null;
        if (areas.Find(draft.ResourceArea?.Trim()) is not { } area)
        {
            return new GoalProblem("resourceArea", $"Unbekannter Ressourcenbereich (resourceArea). Erlaubt: {string.Join(", ", areas.Ids)}.");
        }

        if (FreeText.Check(draft.Description, "description", "Die Zielbeschreibung", GoalLimits.Description, required: true) is { } text)
        {
            return text;
        }

        if (draft.AgreedWithCustomer != true)
        {
            return new GoalProblem("agreedWithCustomer", "Ein Ziel wird gemeinsam mit der Kundin/dem Kunden vereinbart (agreedWithCustomer muss true sein).");
        }

        var agreedOn = draft.AgreedOn ?? today;
        if (agreedOn > today)
        {
            return new GoalProblem("agreedOn", "Das Vereinbarungsdatum (agreedOn) darf nicht in der Zukunft liegen.");
        }

        goal = new DevelopmentGoal
        {
            CustomerId = draft.CustomerId,
            ResourceArea = area.Id,
            Description = draft.Description!.Trim(),
            AgreedOn = agreedOn,
            AgreedWithCustomer = true,
            Coach = draft.Coach,
            CreatedAt = draft.Now,
        };
        return null;
    }

    /// <summary>Links an intervention to the active goal; a linked case must be a referral case of the goal's customer.</summary>
    public static GoalProblem? LinkIntervention(DevelopmentGoal goal, InterventionDraft draft, out GoalIntervention? intervention)
    {
        intervention = null;
        if (!goal.IsActive)
        {
            return NotActive(goal);
        }

        if (!WireNames.TryParse<InterventionKind>(draft.Kind, out var kind))
        {
            return new GoalProblem("kind", $"Unbekannte Art der Intervention (kind). Erlaubt: {string.Join(", ", WireNames.All<InterventionKind>())}.");
        }

        if (FreeText.Check(draft.Description, "description", "Die Beschreibung der Intervention", GoalLimits.InterventionDescription, required: true) is { } text)
        {
            return text;
        }

        if (draft.CaseId is not null && draft.LinkedCaseKind != CaseKinds.Referral)
        {
            return new GoalProblem("caseId", "Verknüpft werden kann nur eine Übergabe an einen Träger (Fallart referral) dieser Kundin/dieses Kunden.");
        }

        if (draft.CaseId is not null && kind != InterventionKind.Referral)
        {
            return new GoalProblem("caseId", "Ein Übergabefall (caseId) passt nur zur Art referral.");
        }

        intervention = new GoalIntervention
        {
            GoalId = goal.Id,
            Kind = kind,
            Description = draft.Description!.Trim(),
            CaseId = draft.CaseId,
            CreatedAt = draft.Now,
            CreatedBy = draft.By,
        };
        goal.Interventions.Add(intervention);
        return null;
    }

    /// <summary>Reviews the active goal and applies the if-then step; the review is added to the goal.</summary>
    public static GoalProblem? Review(DevelopmentGoal goal, ReviewDraft draft, out GoalReview? review)
    {
        review = null;
        if (!goal.IsActive)
        {
            return NotActive(goal);
        }

        if (!WireNames.TryParse<ReviewOutcome>(draft.Outcome, out var outcome))
        {
            return new GoalProblem("outcome", $"Unbekanntes Ergebnis (outcome). Erlaubt: {string.Join(", ", WireNames.All<ReviewOutcome>())}.");
        }

        var strengthened = outcome == ReviewOutcome.Strengthened;
        if (ReviewSteps.DecisionProblem(draft.Decision, strengthened, out var decision) is { } wrongDecision)
        {
            return wrongDecision;
        }

        if (FreeText.Check(draft.Note, "note", "Die Begründung", GoalLimits.ReviewNote, required: !strengthened) is { } text)
        {
            return text;
        }

        if (!goal.CurrentInterventions.Any())
        {
            return new GoalProblem("status", "Überprüft wird eine Intervention: bitte zuerst eine Intervention mit dem Ziel verknüpfen.", IsConflict: true);
        }

        review = new GoalReview
        {
            GoalId = goal.Id, Outcome = outcome, Decision = decision, Note = FreeText.Clean(draft.Note), ReviewedAt = draft.Now, ReviewedBy = draft.By,
        };
        goal.Reviews.Add(review);
        ReviewSteps.Apply(goal, strengthened ? null : decision, draft.Now);
        return null;
    }

    /// <summary>What the cycle asks for next: link an intervention, review, or agree a new goal.</summary>
    public static GoalStep NextStep(DevelopmentGoal goal) =>
        !goal.IsActive ? GoalStep.AgreeNewGoal
        : goal.CurrentInterventions.Any() ? GoalStep.Review
        : GoalStep.LinkIntervention;

    private static GoalProblem NotActive(DevelopmentGoal goal) =>
        new("status", $"Das Ziel {goal.Id} ist nicht mehr aktiv ({goal.Status}); bitte ein neues Ziel vereinbaren.", IsConflict: true);
}
