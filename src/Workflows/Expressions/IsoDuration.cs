using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Expressions;

/// <summary>
/// An ISO 8601 duration such as <c>P6M</c>, <c>P2Y</c>, <c>P14D</c> or <c>PT12H</c>. Years and months stay
/// calendar units (six months after 31 August is 28/29 February), unlike <see cref="TimeSpan"/>.
/// </summary>
public readonly partial record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public static readonly IsoDuration Zero = new(0, 0, 0, TimeSpan.Zero);

    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    /// <summary>The longest duration a timer, a cycle or a due date (<c>cf:dueIn</c>) may name: 10 years (docs/hardening.md).</summary>
    public const int MaxYears = 10;

    /// <summary>
    /// True when the duration is at most <see cref="MaxYears"/> years long, counting a year as 366 days and a month as 31,
    /// so no date CaseFlow computes from it overflows the calendar.
    /// </summary>
    public bool IsWithinMaximum =>
        (Years * 366L) + (Months * 31L) + Days + (long)Math.Ceiling(Math.Abs(Time.TotalDays)) <= MaxYears * 366L
        && Years >= 0 && Months >= 0 && Days >= 0;

    /// <summary>The German refusal of a duration longer than <see cref="MaxYears"/> years, naming where it stands.</summary>
    public static string TooLong(string text, string where) =>
        $"Die Dauer '{text}' {where} ist zu lang (duration too long): höchstens {MaxYears} Jahre (P{MaxYears}Y).";

    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' ist keine ISO-8601-Dauer (z. B. P6M, P14D, PT2H).");

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Groups.Cast<Group>().Skip(1).All(g => !g.Success) || text.Trim().EndsWith('T'))
        {
            return false;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var weeks = Part("w");
        var seconds = match.Groups["s"].Success ? decimal.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0m;
        try
        {
            var time = TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("min")) + TimeSpan.FromSeconds((double)seconds);
            duration = new IsoDuration(Part("y"), Part("m"), checked(Part("d") + (weeks * 7)), time);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// Adds the duration to a clock reading as it stands (its offset kept): calendar units first, then days, then the
    /// time part. CaseFlow's instants go through <see cref="Calendars.JobcenterCalendar.Add(DateTimeOffset, IsoDuration)"/>,
    /// which counts days and months in the Jobcenter's time zone.
    /// </summary>
    public DateTimeOffset AddTo(DateTimeOffset instant) =>
        instant.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    /// <inheritdoc cref="AddTo(DateTimeOffset)"/>
    public DateTime AddTo(DateTime instant) =>
        instant.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    public DateOnly AddTo(DateOnly day) => day.AddYears(Years).AddMonths(Months).AddDays(Days + (int)Time.TotalDays);

    public IsoDuration Negate() => new(-Years, -Months, -Days, -Time);

    public static IsoDuration operator +(IsoDuration a, IsoDuration b) =>
        new(a.Years + b.Years, a.Months + b.Months, a.Days + b.Days, a.Time + b.Time);

    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new StringBuilder(Years < 0 || Months < 0 || Days < 0 || Time < TimeSpan.Zero ? "-P" : "P");
        Append(text, Math.Abs(Years), 'Y');
        Append(text, Math.Abs(Months), 'M');
        Append(text, Math.Abs(Days), 'D');
        var time = Time.Duration();
        if (time > TimeSpan.Zero)
        {
            text.Append('T');
            Append(text, (int)time.TotalHours, 'H');
            Append(text, time.Minutes, 'M');
            if (time.Seconds != 0 || time.Milliseconds != 0)
            {
                text.Append((time.Seconds + (time.Milliseconds / 1000m)).ToString(CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    [GeneratedRegex(@"^P(?:(?<y>\d{1,4})Y)?(?:(?<m>\d{1,5})M)?(?:(?<w>\d{1,5})W)?(?:(?<d>\d{1,6})D)?(?:T(?:(?<h>\d{1,6})H)?(?:(?<min>\d{1,7})M)?(?:(?<s>\d{1,9}(?:\.\d{1,3})?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
