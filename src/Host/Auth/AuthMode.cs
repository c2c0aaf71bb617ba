namespace CaseFlow.Host.Auth;

/// <summary><c>Auth:Mode</c>: development logins with locally signed tokens, or an OpenID Connect authority.</summary>
public enum AuthMode
{
    Development,
    Oidc,
}
