namespace CaseFlow.Host.Auth;

/// <summary>
/// Safe by default: development sign-in (<c>Auth:Mode=Development</c>, also when <c>Auth:Mode</c> is not set) runs only in
/// the environments <see cref="AllowedEnvironments"/>. In any other environment (Production, Staging, any other name) the
/// Host refuses to start with a message naming the setting, so dev-login, the development users and the development
/// provider keys never exist there.
/// </summary>
public static class DevelopmentModeGuard
{
    /// <summary>Development (<c>dotnet run</c> via launchSettings.json) and Testing (the test suite).</summary>
    public static readonly IReadOnlyList<string> AllowedEnvironments = ["Development", "Testing"];

    public static bool AllowsDevelopmentMode(IHostEnvironment environment) =>
        AllowedEnvironments.Any(environment.IsEnvironment);

    /// <summary>Logs the refusal as critical and throws it (the unhandled exception also goes to stderr); before anything is seeded.</summary>
    public static WebApplication RefuseDevelopmentModeOutsideDevelopment(this WebApplication app)
    {
        if (AuthSetup.ModeOf(app.Configuration) != AuthMode.Development || AllowsDevelopmentMode(app.Environment))
        {
            return app;
        }

        var message = MessageFor(app.Environment.EnvironmentName, string.IsNullOrEmpty(app.Configuration["Auth:Mode"]));
        app.Logger.LogCritical("{Refusal}", message);
        throw new InvalidOperationException(message);
    }

    public static string MessageFor(string environment, bool modeUnset)
    {
        var setting = modeUnset ? "Auth:Mode ist nicht gesetzt und gilt als Development" : "Auth:Mode=Development ist gesetzt";
        var settingEn = modeUnset ? "Auth:Mode is not set and defaults to Development" : "Auth:Mode=Development is configured";
        return $"CaseFlow startet nicht: {setting}, aber die Umgebung ist '{environment}'. Entwicklungsanmeldung (dev-login, "
            + "Entwicklungsbenutzer und -API-Schlüssel) gibt es nur in Development. Setzen Sie Auth:Mode=Oidc und "
            + "Auth:Oidc:Authority (Umgebungsvariablen Auth__Mode=Oidc, Auth__Oidc__Authority=https://…), siehe docs/authentication.md. "
            + $"| CaseFlow refuses to start: {settingEn}, but the environment is '{environment}'. Development sign-in exists only in "
            + "Development. Set Auth:Mode=Oidc and Auth:Oidc:Authority (see docs/authentication.md).";
    }
}
