using CaseFlow.Workflows.Calendars;

namespace CaseFlow.Host.Cases;

/// <summary>
/// Registers the Jobcenter's calendar (<see cref="JobcenterCalendar"/>): the time zone from <c>Calendar:TimeZone</c>
/// (default <c>Europe/Berlin</c>), checked at start, and "now" from the registered <see cref="TimeProvider"/>.
/// </summary>
public static class CalendarSetup
{
    public const string TimeZoneKey = "Calendar:TimeZone";

    public static IServiceCollection AddCaseFlowCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        var zone = TimeZoneOf(configuration[TimeZoneKey]);
        services.AddSingleton(provider => new JobcenterCalendar(zone, provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>The configured time zone; a name this machine does not know stops the start with a clear message.</summary>
    public static TimeZoneInfo TimeZoneOf(string? configured)
    {
        var id = string.IsNullOrWhiteSpace(configured) ? JobcenterCalendar.DefaultTimeZone : configured.Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new InvalidOperationException(
                $"{TimeZoneKey} '{id}' is not a time zone this machine knows. Use an IANA time zone id such as "
                + $"'{JobcenterCalendar.DefaultTimeZone}' (the default); on Linux the time zone data must be installed (tzdata).");
    }
}
