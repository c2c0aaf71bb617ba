using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.ContactDensity;
using CaseFlow.Host.Messaging;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Persistence;

/// <summary>
/// Applies migrations at start, in development mode seeds the development users and providers (with their API keys),
/// publishes the shipped workflows and makes them the defaults of their case kinds while a kind has none, adds the default
/// contact-density rule set while there is no version, and gives
/// outreach cases from before the kept due date theirs (<see cref="OutreachDueBackfill"/>).
/// </summary>
public sealed class DatabaseInitializer(
    CaseFlowDbContext db,
    IConfiguration configuration,
    MessagingOptions messaging,
    ShippedWorkflowPublisher shippedWorkflows,
    DefaultWorkflows defaultWorkflows,
    OutreachDueBackfill outreachDues,
    ContactDensityRules contactDensity,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    private const int Attempts = 3;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            if (messaging.Transport != MessagingTransport.InMemory)
            {
                logger.LogWarning(
                    "SQLite trägt nur einen Host (single host only): mit Messaging:Transport={Transport} darf nur dieser eine Host die Datei nutzen. Für mehrere Hosts Database:Provider=PostgreSql verwenden.",
                    messaging.Transport);
            }
        }

        // Hosts that start together (scale-out) seed the same rows; the loser of a race sees the winner's rows on the next attempt.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SeedAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                logger.LogInformation("Another host initialised the database at the same time; attempt {Attempt} of {Attempts}", attempt + 1, Attempts);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (AuthSetup.ModeOf(configuration) == AuthMode.Development)
        {
            await SeedDevelopmentUsersAsync(cancellationToken);
            await SeedDevelopmentProvidersAsync(cancellationToken);
        }

        await shippedWorkflows.PublishAsync(cancellationToken);
        await defaultWorkflows.SeedShippedAsync(ShippedWorkflowPublisher.Actor, cancellationToken);
        await contactDensity.SeedDefaultAsync(cancellationToken);
        if (await outreachDues.RunAsync(cancellationToken) is > 0 and var backfilled)
        {
            logger.LogInformation("Outreach cases given their end of activation as next due: {Count}", backfilled);
        }
    }

    private async Task SeedDevelopmentUsersAsync(CancellationToken cancellationToken)
    {
        var existing = await db.StaffUsers.ToDictionaryAsync(u => u.UserName, cancellationToken);
        foreach (var seed in DevelopmentUsers.All)
        {
            if (existing.TryGetValue(seed.UserName, out var user))
            {
                user.DisplayName = seed.DisplayName;
                user.Roles = seed.Roles.ToList();
                user.Team = seed.Team;
                user.DeputyFor = seed.DeputyFor.ToList();
            }
            else
            {
                db.StaffUsers.Add(seed.ToStaffUser());
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Development users seeded: {Count}", DevelopmentUsers.All.Count);
    }

    /// <summary>
    /// Adds the development providers and keys that are missing, nothing else: a provider the process owner changed stays
    /// changed, and a revoked development key stays revoked (keys are matched by hash).
    /// </summary>
    private async Task SeedDevelopmentProvidersAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var providers = await db.Providers.ToDictionaryAsync(p => p.Key, cancellationToken);
        var hashes = DevelopmentProviders.All.Select(seed => ApiKeySecret.Hash(seed.ApiKey)).ToList();
        var existingKeys = (await db.ProviderApiKeys.Where(k => hashes.Contains(k.Hash)).Select(k => k.Hash).ToListAsync(cancellationToken)).ToHashSet();
        var added = 0;
        foreach (var seed in DevelopmentProviders.All)
        {
            if (!providers.TryGetValue(seed.Key, out var provider))
            {
                provider = seed.ToProvider(now);
                db.Providers.Add(provider);
                added++;
            }

            if (!existingKeys.Contains(ApiKeySecret.Hash(seed.ApiKey)))
            {
                db.ProviderApiKeys.Add(seed.ToApiKey(provider.Id, now));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Development providers seeded: {Count} rows added", added);
    }
}
