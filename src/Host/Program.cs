using CaseFlow.Host.Audit;
using CaseFlow.Host.Api;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.ContactDensity;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Customers;
using CaseFlow.Host.Engine;
using CaseFlow.Host.FollowUps;
using CaseFlow.Host.Goals;
using CaseFlow.Host.Http;
using CaseFlow.Host.Messaging;
using CaseFlow.Host.OpenApi;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Polling;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Referrals;
using CaseFlow.Host.Retention;
using CaseFlow.Host.Setup;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Workflows;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddCaseFlowPersistence(builder.Configuration, builder.Environment)
    .AddCaseFlowAuth(builder.Configuration)
    .AddCaseFlowProviders(builder.Configuration)
    .AddCaseFlowLifecycles(builder.Configuration)
    .AddCaseFlowApi()
    .AddCaseFlowOpenApi()
    .AddCaseFlowHealth()
    .AddCaseFlowWorkflowDefinitions()
    .AddCaseFlowEngine(builder.Configuration)
    .AddCaseFlowPolling(builder.Configuration)
    .AddCaseFlowMessaging(builder.Configuration)
    .AddCaseFlowTelemetry(builder.Configuration)
    .AddCaseFlowGoals(builder.Configuration)
    .AddCaseFlowRetention(builder.Configuration)
    .AddScoped<CaseLoader>()
    .AddScoped<ReadAudit>()
    .AddScoped<OutreachSummaryRelease>()
    .AddScoped<ContactBook>()
    .AddScoped<ReachabilityUpdate>()
    .AddScoped<ContactDueUpdate>()
    .AddScoped<ProfileDueFollower>()
    .AddScoped<ProviderHandovers>()
    .AddScoped<CustomerSearch>()
    .AddScoped<ContactDueList>()
    .AddScoped<ContactDensityRules>()
    .AddScoped<ContactSuspensionRecorder>();

var app = builder.Build();
app.RefuseDevelopmentModeOutsideDevelopment();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}

app.UseApiResponseHeaders();
app.UseExceptionHandler();
app.UseCaseFlowLabelLanguage();
app.UseStatusCodePages();
app.UseCaseFlowSwagger();
app.UseCaseFlowWebApp();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseRequestBodyLimits();
app.UseSupportedCharsets();

app.MapCaseFlowWebApp();
app.MapCaseFlowHealth();
app.MapCaseFlowTelemetry();
app.MapAuthApi(AuthSetup.ModeOf(app.Configuration));
app.MapCustomersApi();
app.MapCustomerCasesApi();
app.MapCustomerSearchApi();
app.MapCustomerProfileApi();
app.MapGoalsApi();
app.MapCustomerGoalsApi();
app.MapContactsApi();
app.MapContactDueApi();
app.MapContactSuspensionsApi();
app.MapContactDensityApi();
app.MapCasesApi();
app.MapReadAuditApi();
app.MapLifecyclesApi();
app.MapVocabularyApi();
app.MapWorkflowsApi();
app.MapWorkflowMigrationApi();
app.MapDefaultWorkflowsApi();
app.MapInstancesApi();
app.MapInstanceRepairApi();
app.MapIncidentsApi();
app.MapStaleInstancesApi();
app.MapTasksApi();
app.MapNotificationsApi();
app.MapFollowUpsApi();
app.MapProvidersApi();
app.MapReferralsApi();
app.MapProviderSelfApi();
app.MapProviderHandoversApi(app.Configuration);
app.MapRetentionApi();
app.MapLegalHoldsApi();
app.MapDataProtectionApi();
app.MapCustomerExportApi();

app.Run();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
