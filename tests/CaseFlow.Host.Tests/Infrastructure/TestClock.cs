namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>A clock the tests move by hand, so "two years later" takes no time.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now = now.Add(by);
}
