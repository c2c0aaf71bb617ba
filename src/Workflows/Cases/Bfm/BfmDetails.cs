using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The bFM file of a case: what the lifecycle recorded along the way (FM data, need-to-know).</summary>
public sealed class BfmDetails
{
    public DateTime? ReferredAt { get; internal set; }

    /// <summary>Begründung for an access exception (Zugang ohne Mindestkriterien).</summary>
    public string? ExceptionJustification { get; internal set; }

    /// <summary>When the customer's consent to the FM offer was recorded in the Kooperationsplan.</summary>
    public DateTime? ConsentRecordedAt { get; internal set; }

    /// <summary>Fallzugang: when the FM accepted (start of the 2-year limit).</summary>
    public DateTime? AcceptedAt { get; internal set; }

    public PlanType? PlanType { get; internal set; }

    public DateTime? PlanAgreedAt { get; internal set; }

    public DateOnly? NextReviewDue { get; internal set; }

    /// <summary>Potential analysis of the current plan: strengths (one item each).</summary>
    public IReadOnlyList<string> Strengths { get; internal set; } = [];

    /// <summary>Potential analysis of the current plan: obstacles (Hemmnisse).</summary>
    public IReadOnlyList<string> Obstacles { get; internal set; } = [];

    public IReadOnlyList<string> Goals { get; internal set; } = [];

    /// <summary>Ids of the linked fa:z development goals (active when the plan was agreed).</summary>
    public IReadOnlyList<string> GoalLinks { get; internal set; } = [];

    /// <summary>Agreed steps: what, who, by when (one line each).</summary>
    public IReadOnlyList<string> Steps { get; internal set; } = [];


    public Prognosis? Prognosis { get; internal set; }

    public string? PrognosisReasons { get; internal set; }

    /// <summary>Abschlussplan: the next steps agreed for after the exit.</summary>
    public string? ClosingPlan { get; internal set; }

    public DateTime? LastReviewAt { get; internal set; }

    public int ReviewCount { get; internal set; }

    public string? ExtensionJustification { get; internal set; }

    public ExitReason? ExitReason { get; internal set; }

    public ProfileCode? FinalProfile { get; internal set; }

    public DateTime? ExitedAt { get; internal set; }
}
