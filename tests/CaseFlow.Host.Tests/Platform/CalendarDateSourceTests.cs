using System.Text.RegularExpressions;
using CaseFlow.Host.Tests.Browser;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>
/// Calendar dates come from one place, the Jobcenter's calendar (<c>src/Workflows/Calendars/JobcenterCalendar.cs</c>):
/// no other source file turns an instant into a date itself (that would be the UTC date, a day early after 23:00 or
/// 22:00 UTC), reads the machine's local clock, or puts a date's start at 00:00 UTC.
/// </summary>
public sealed partial class CalendarDateSourceTests
{
    private static readonly string CalendarFile = Path.Combine("src", "Workflows", "Calendars", "JobcenterCalendar.cs");

    [Fact]
    public void No_source_file_but_the_calendar_computes_a_date_from_an_instant()
    {
        var files = SourceFiles().ToList();

        var offences = files
            .Where(file => !file.EndsWith(CalendarFile, StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(hit => Offence(hit.line) is not null)
            .Select(hit => $"{Path.GetRelativePath(RepositoryPaths.Root, hit.file)}:{hit.number}: {Offence(hit.line)}")
            .ToList();

        Assert.True(files.Count > 300, $"Only {files.Count} source files were looked at.");
        Assert.Contains(files, file => file.EndsWith(CalendarFile, StringComparison.Ordinal));
        Assert.True(offences.Count == 0, "Use JobcenterCalendar (DateOf, Today, StartOf, Add) instead:\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("var today = DateOnly.FromDateTime(now);", "DateOnly.FromDateTime")]
    [InlineData("var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);", "DateOnly.FromDateTime")]
    [InlineData("if (DateTime.Today > x)", "DateTime.Today")]
    [InlineData("var at = DateTime.Now;", "DateTime.Now")]
    [InlineData("var at = DateTimeOffset.Now;", "DateTimeOffset.Now")]
    [InlineData("day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)", "midnight UTC")]
    public void The_check_recognises_each_forbidden_form(string line, string offence) =>
        Assert.StartsWith(offence, Offence(line));

    [Theory]
    [InlineData("var now = clock.GetUtcNow().UtcDateTime;")]
    [InlineData("var today = calendar.DateOf(now);")]
    [InlineData("var token = issuer.Issue(user, DateTime.UtcNow);")]
    public void Instants_in_utc_and_the_calendar_s_dates_pass(string line) => Assert.Null(Offence(line));

    private static string? Offence(string line) =>
        line.Contains("DateOnly.FromDateTime(", StringComparison.Ordinal) ? "DateOnly.FromDateTime: the UTC date of an instant"
        : line.Contains("DateTime.Today", StringComparison.Ordinal) ? "DateTime.Today: the machine's date"
        : LocalNow().IsMatch(line) ? $"{LocalNow().Match(line).Value}: the machine's local time"
        : line.Contains("DateTimeKind.Utc)", StringComparison.Ordinal) && line.Contains("ToDateTime(TimeOnly.MinValue", StringComparison.Ordinal)
            ? "midnight UTC: a day starts at 00:00 in the Jobcenter's time zone (StartOf)"
        : null;

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\bDateTime(Offset)?\.Now\b")]
    private static partial Regex LocalNow();
}
