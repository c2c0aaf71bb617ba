using System.Linq.Expressions;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>
/// Which rows the retention is due for on a day, as queries (filtered in SQL): a case when it is closed (a final state
/// of its kind), its last change (the exit, return, end, decline or waiver) lies its kind's years back, it is not yet
/// anonymised and its customer has no active legal hold; a customer when every case is anonymised (or due), no hold is
/// active and the last change a person made to the customer lies <see cref="RetentionOptions.DefaultYears"/> back.
/// </summary>
public sealed class RetentionPlanner(CaseFlowDbContext db, RetentionOptions options, JobcenterCalendar calendar)
{
    /// <summary>The journal actor of the scheduled job; its lines and those of the system never make a customer "active".</summary>
    public const string JobActor = "retention";

    public static readonly IReadOnlyDictionary<string, string[]> ClosedStates = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [CaseKinds.Bfm] = [nameof(BfmState.Exited), nameof(BfmState.Returned), nameof(BfmState.Waived)],
        [CaseKinds.Outreach] = [nameof(OutreachState.Returned)],
        [CaseKinds.Referral] = [nameof(ReferralState.Declined), nameof(ReferralState.Ended)],
    };

    private static readonly string[] BfmClosed = ClosedStates[CaseKinds.Bfm];
    private static readonly string[] OutreachClosed = ClosedStates[CaseKinds.Outreach];
    private static readonly string[] ReferralClosed = ClosedStates[CaseKinds.Referral];
    private static readonly string[] SystemActors = ["system", JobActor];

    /// <summary>Lines about the data rather than the customer: they do not keep a customer "active".</summary>
    private static readonly string[] DataProtectionActions =
        [LegalHoldBook.SetAction, LegalHoldBook.LiftAction, CustomerExport.JournalAction, Anonymised.JournalAction];

    /// <summary>Changes before this instant lie <paramref name="years"/> years (counted in whole days) before <paramref name="on"/>.</summary>
    public DateTime Cutoff(DateOnly on, int years) => calendar.StartOf(on.AddYears(-years).AddDays(1));

    public int YearsOf(string kind) => options.YearsFor(kind);

    /// <summary>The first day a case closed at <paramref name="lastChange"/> is due.</summary>
    public DateOnly DueOn(string kind, DateTime lastChange) => calendar.DateOf(lastChange).AddYears(options.YearsFor(kind));

    /// <summary>Closed cases past their period and not anonymised yet, held or not.</summary>
    public IQueryable<Case> PastPeriod(DateOnly on) => db.Cases.AsNoTracking().Where(IsPastPeriod(on)).Where(NotAnonymised);

    /// <summary>What a run on <paramref name="on"/> anonymises: <see cref="PastPeriod"/> without a legal hold.</summary>
    public IQueryable<Case> Due(DateOnly on) => PastPeriod(on).Where(c => !db.LegalHolds.Any(h => h.CustomerId == c.CustomerId && h.LiftedAt == null));

    /// <summary>Past their period but kept for a legal hold.</summary>
    public IQueryable<Case> Held(DateOnly on) => PastPeriod(on).Where(c => db.LegalHolds.Any(h => h.CustomerId == c.CustomerId && h.LiftedAt == null));

    /// <summary>
    /// Customers a run on <paramref name="on"/> anonymises. <paramref name="countDueCases"/>: a case still due counts as
    /// done (the dry run); otherwise every case must carry the mark already (the run, after its cases).
    /// </summary>
    public IQueryable<Customer> CustomersDue(DateOnly on, bool countDueCases)
    {
        var cutoff = Cutoff(on, options.DefaultYears);
        var open = db.Cases.Where(NotAnonymised);
        var remaining = countDueCases ? open.Where(Not(IsPastPeriod(on))) : open;
        return db.Customers.AsNoTracking()
            .Where(c => EF.Property<DateTime?>(c, RetentionMarkConfiguration.AnonymisedAt) == null && c.CreatedAt < cutoff)
            .Where(c => db.Cases.Any(k => k.CustomerId == c.Id) && !remaining.Any(k => k.CustomerId == c.Id))
            .Where(c => !db.LegalHolds.Any(h => h.CustomerId == c.Id && h.LiftedAt == null))
            .Where(c => !db.Journal.Any(j => j.SubjectType == "customer" && j.SubjectId == c.Id && j.At >= cutoff
                && !SystemActors.Contains(j.Actor) && !DataProtectionActions.Contains(j.Action)));
    }

    private static readonly Expression<Func<Case, bool>> NotAnonymised =
        c => EF.Property<DateTime?>(c, RetentionMarkConfiguration.AnonymisedAt) == null;

    private Expression<Func<Case, bool>> IsPastPeriod(DateOnly on)
    {
        var bfm = Cutoff(on, options.YearsFor(CaseKinds.Bfm));
        var outreach = Cutoff(on, options.YearsFor(CaseKinds.Outreach));
        var referral = Cutoff(on, options.YearsFor(CaseKinds.Referral));
        return c => (c.Kind == CaseKinds.Bfm && BfmClosed.Contains(c.State) && c.UpdatedAt < bfm)
            || (c.Kind == CaseKinds.Outreach && OutreachClosed.Contains(c.State) && c.UpdatedAt < outreach)
            || (c.Kind == CaseKinds.Referral && ReferralClosed.Contains(c.State) && c.UpdatedAt < referral);
    }

    private static Expression<Func<Case, bool>> Not(Expression<Func<Case, bool>> predicate) =>
        Expression.Lambda<Func<Case, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
