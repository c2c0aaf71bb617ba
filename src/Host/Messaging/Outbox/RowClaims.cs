using CaseFlow.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseFlow.Host.Messaging.Outbox;

/// <summary>
/// Claims rows for one host: on PostgreSQL in a transaction with <c>FOR UPDATE SKIP LOCKED</c>, so another host's
/// poller skips what this one holds until it commits; on SQLite (one host only) by a plain query.
/// </summary>
public static class RowClaims
{
    /// <summary>The claim's transaction on PostgreSQL; null on SQLite, where the caller's SaveChanges is the transaction.</summary>
    public static async Task<IDbContextTransaction?> BeginAsync(CaseFlowDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

    /// <summary>Saves the claimed rows' changes and, on PostgreSQL, commits the claim (which releases the locks).</summary>
    public static async Task SaveAsync(CaseFlowDbContext db, IDbContextTransaction? claim, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (claim is not null)
        {
            await claim.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The rows, tracked. <paramref name="lockingSql"/> is the PostgreSQL query ending in <c>FOR UPDATE SKIP LOCKED</c>
    /// with <c>{0}</c>-style parameters; <paramref name="portable"/> the same query in LINQ for SQLite.
    /// </summary>
    public static Task<List<T>> ClaimAsync<T>(
        CaseFlowDbContext db, string lockingSql, object[] parameters, Func<IQueryable<T>, IQueryable<T>> portable, CancellationToken cancellationToken)
        where T : class =>
        db.Database.IsNpgsql()
            ? db.Set<T>().FromSqlRaw(lockingSql, parameters).ToListAsync(cancellationToken)
            : portable(db.Set<T>()).ToListAsync(cancellationToken);
}
