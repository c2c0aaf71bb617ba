using System.Security.Claims;
using System.Text.Encodings.Web;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Providers;

/// <summary>
/// Authenticates providers by the <c>X-Api-Key</c> header: the key's SHA-256 is looked up on every request (no cache,
/// so a revoked key or a deactivated provider is refused at once). A missing header is no result (the route's policy
/// then challenges); an unknown or revoked key or an inactive provider fails and counts against the client address
/// (<see cref="ApiKeyFailureLimiter"/>): past its limit every key from that address gets 429 until the window ends. The last
/// use is recorded at most once a minute.
/// </summary>
public sealed class ProviderApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CaseFlowDbContext db,
    TimeProvider clock,
    ApiKeyFailureLimiter failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>How often the last use of a key is written at most.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private static readonly object BlockedItem = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[ProviderApiKeyDefaults.Header].ToString();
        if (string.IsNullOrEmpty(presented))
        {
            return AuthenticateResult.NoResult();
        }

        var address = Context.Connection.RemoteIpAddress;
        if (failures.Blocked(address) is { } wait)
        {
            Context.Items[BlockedItem] = wait;
            return AuthenticateResult.Fail("Too many failed API key attempts from this address.");
        }

        var hash = ApiKeySecret.Hash(presented.Trim());
        var found = await db.ProviderApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash)
            .Join(db.Providers, k => k.ProviderId, p => p.Id, (k, p) => new { Key = k, Provider = p.Key, p.Name, p.Active })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null)
        {
            return Failed(address, "Unbekannter API-Schlüssel (unknown API key).");
        }

        if (found.Key.IsRevoked)
        {
            return Failed(address, $"Der API-Schlüssel {found.Key.Prefix}… ist widerrufen (revoked).");
        }

        if (!found.Active)
        {
            return Failed(address, $"Der Träger '{found.Provider}' ist deaktiviert (inactive).");
        }

        await RecordUseAsync(found.Key);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, ProviderApiKeyDefaults.ActorName(found.Provider)),
                new Claim(ClaimTypes.Role, Roles.Provider),
                new Claim(ProviderApiKeyDefaults.ProviderClaim, found.Provider),
                new Claim(ProviderApiKeyDefaults.ProviderNameClaim, found.Name),
                new Claim(ProviderApiKeyDefaults.ApiKeyIdClaim, found.Key.Id.ToString()),
            ],
            Scheme.Name,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    private AuthenticateResult Failed(System.Net.IPAddress? address, string reason)
    {
        failures.RecordFailure(address);
        return AuthenticateResult.Fail(reason);
    }

    /// <summary>One conditional UPDATE when the recorded use is missing or older than a minute; concurrent requests write it once.</summary>
    private async Task RecordUseAsync(ProviderApiKey key)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - LastUsedResolution;
        if (key.LastUsedAt is { } last && last > stale)
        {
            return;
        }

        await db.ProviderApiKeys
            .Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt <= stale))
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (Context.Items[BlockedItem] is TimeSpan wait)
        {
            await ApiKeyFailureAnswer.WriteAsync(Context, failures.Options, wait);
            return;
        }

        Response.Headers.WWWAuthenticate = $"{ProviderApiKeyDefaults.Scheme} header=\"{ProviderApiKeyDefaults.Header}\"";
        await Problems.WriteAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            "Nicht angemeldet (unauthorized)",
            result.Failure?.Message
                ?? $"Der Träger-Zugang braucht einen API-Schlüssel im Header {ProviderApiKeyDefaults.Header}; Bearer-Token gelten hier nicht.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Keine Berechtigung (forbidden)", "Dieser API-Schlüssel erlaubt die Anfrage nicht (forbidden).");
}
