using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.ContactDensity;

/// <summary>
/// The stored versions of the contact-density rule set: which table is in force on a day, and adding a version
/// (process owners; journaled in the same transaction).
/// </summary>
public sealed class ContactDensityRules(CaseFlowDbContext db, TimeProvider clock, JobcenterCalendar calendar)
{
    /// <summary>Today's date in the Jobcenter's time zone, the day "in force today" and "not in the past" refer to.</summary>
    public DateOnly Today => calendar.Today;

    /// <summary>The day the seeded default version takes effect (before any data CaseFlow holds).</summary>
    public static readonly DateOnly DefaultEffectiveFrom = new(2000, 1, 1);

    /// <summary>The user name the seeded default version is created by.</summary>
    public const string SeedActor = "system";

    /// <summary>Adds the default table (<see cref="ContactDensityTable.Default"/>) as version 1 while there is no version (at start).</summary>
    public async Task SeedDefaultAsync(CancellationToken cancellationToken)
    {
        if (await db.ContactDensityVersions.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ContactDensityVersions.Add(new ContactDensityVersion
        {
            Number = 1,
            EffectiveFrom = DefaultEffectiveFrom,
            Cells = ContactDensityCells.Write(ContactDensityTable.Default),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = SeedActor,
            Reason = "Standard nach Konzept Kontaktdichte (seed 004, docs/contact-density.md)",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every version, oldest first.</summary>
    public Task<List<ContactDensityVersion>> VersionsAsync(CancellationToken cancellationToken) =>
        db.ContactDensityVersions.AsNoTracking().OrderBy(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>
    /// The version in force on <paramref name="day"/>: the latest effective date on or before it, and of versions with the same
    /// date the one created last; before every version, the earliest one.
    /// </summary>
    public static ContactDensityVersion InForce(IReadOnlyList<ContactDensityVersion> versions, DateOnly day) =>
        new EffectiveRules<ContactDensityVersion>(versions.OrderBy(v => v.Number).Select(v => (v.EffectiveFrom, v))).At(day);

    /// <summary>The table in force on <paramref name="day"/>.</summary>
    public async Task<ContactDensityTable> AtAsync(DateOnly day, CancellationToken cancellationToken) =>
        ContactDensityCells.Read(InForce(await VersionsAsync(cancellationToken), day).Cells);

    /// <summary>Adds a version from <paramref name="change"/>, or says why not (nothing is saved then).</summary>
    public async Task<(ContactDensityVersion? Created, Refusal? Refusal)> AddAsync(ContactDensityChange change, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.HasRole(Roles.ProcessOwner))
        {
            return (null, Refusal.Forbidden("Die Kontaktdichte-Regeln ändern nur Prozessverantwortliche (process owners)."));
        }

        if (change.EffectiveFrom is not { } effectiveFrom)
        {
            return (null, Refusal.Invalid("effectiveFrom", "Das Datum, ab dem die Version gilt (effectiveFrom, JJJJ-MM-TT), fehlt."));
        }

        if (effectiveFrom < Today)
        {
            return (null, Refusal.Invalid("effectiveFrom", $"Eine neue Version kann nicht rückwirkend gelten (effectiveFrom in the past): frühestens ab heute, {Today:yyyy-MM-dd}."));
        }

        var reason = change.Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0 || reason.Length > ContactDensityChangeCheck.ReasonMaxLength || RefusedCharacters.FindIn(reason) is not null)
        {
            return (null, Refusal.Invalid("reason", $"Die Begründung (reason) ist nötig: 1 bis {ContactDensityChangeCheck.ReasonMaxLength} Zeichen, ohne Steuerzeichen."));
        }

        var (table, refusal) = ContactDensityChangeCheck.Table(change.Cells);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var versions = await VersionsAsync(cancellationToken);
        var before = ContactDensityCells.Read(InForce(versions, effectiveFrom).Cells);
        var now = clock.GetUtcNow().UtcDateTime;
        var version = new ContactDensityVersion
        {
            Number = versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1,
            EffectiveFrom = effectiveFrom,
            Cells = ContactDensityCells.Write(table!),
            CreatedAt = now,
            CreatedBy = actor.UserName,
            Reason = reason,
        };
        db.ContactDensityVersions.Add(version);
        db.Journal.Add(ContactDensityJournal.VersionAdded(version, actor, before.ChangedIn(table!)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two versions at the same moment: the unique number lets one win, the other gets a 409.
            if (await NumberTakenAsync(version.Number, cancellationToken))
            {
                return (null, Refusal.Conflict("Gleichzeitig wurde eine andere Version angelegt (conflict). Bitte neu laden und erneut speichern."));
            }

            throw;
        }

        return (version, null);
    }

    private async Task<bool> NumberTakenAsync(int number, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.ContactDensityVersions.AnyAsync(v => v.Number == number, cancellationToken);
    }
}
