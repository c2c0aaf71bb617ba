using System.Net.Sockets;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>A database briefly away (PostgreSQL restarting, SQLite busy) is a 503 with Retry-After, not a 500.</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public void Busy_sqlite_and_unreachable_postgresql_count_as_unavailable_other_errors_do_not()
    {
        Assert.True(DatabaseUnavailable.Is(new DbUpdateException("save", new SqliteException("database is locked", 5))));
        Assert.True(DatabaseUnavailable.Is(new SqliteException("database table is locked", 6)));
        Assert.True(DatabaseUnavailable.Is(new InvalidOperationException("read", new NpgsqlException("connect", new SocketException()))));
        Assert.False(DatabaseUnavailable.Is(new DbUpdateException("save", new SqliteException("constraint failed", 19))));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("bug")));
    }

    [Fact]
    public async Task The_handler_answers_503_in_german_with_retry_after_when_the_database_is_away()
    {
        using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new ExceptionProblemHandler(services.GetRequiredService<IProblemDetailsService>());

        var handled = await handler.TryHandleAsync(
            context, new DbUpdateException("save", new NpgsqlException("connect", new SocketException())), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Contains("Vorübergehend nicht verfügbar (service unavailable)", body, StringComparison.Ordinal);
    }
}
