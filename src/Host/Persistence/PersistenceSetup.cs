using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Persistence;

/// <summary>Chooses the database provider from configuration: SQLite (default) or PostgreSQL.</summary>
public static class PersistenceSetup
{
    public const string ConnectionName = "CaseFlow";

    public static IServiceCollection AddCaseFlowPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviders.Parse(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString(ConnectionName);
        services.AddDbContext<CaseFlowDbContext>(options =>
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider=PostgreSql needs ConnectionStrings:CaseFlow (e.g. Host=127.0.0.1;Database=caseflow;Username=caseflow;Password=...).");
                }

                options.UseNpgsql(connectionString);
            }
            else
            {
                options.UseSqlite(connectionString ?? DefaultSqliteConnection(environment));
            }
        });
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    private static string DefaultSqliteConnection(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "caseflow.db")}";
    }
}
