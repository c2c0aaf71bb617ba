namespace CaseFlow.Host.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

internal static class DatabaseProviders
{
    public static DatabaseProvider Parse(string? value) => value switch
    {
        null or "" => DatabaseProvider.Sqlite,
        _ when Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) => provider,
        _ => throw new InvalidOperationException($"Database:Provider '{value}' is unknown; use Sqlite or PostgreSql."),
    };
}
