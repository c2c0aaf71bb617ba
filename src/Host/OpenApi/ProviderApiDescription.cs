namespace CaseFlow.Host.OpenApi;

/// <summary>The introduction of the provider document: what a provider's developer needs before the first call.</summary>
internal static class ProviderApiDescription
{
    public const string Text = """
        Die Schnittstelle für Träger (provider API): eigene offene Fallübergaben lesen, bestätigen, ablehnen, Berichte senden.
        Counselling providers and other third parties list their open hand-overs, confirm or decline them and post progress reports.

        **Schlüssel (API key):** the Jobcenter's process owner (Prozessverantwortung) creates a key for your organisation and
        hands it over once; it is shown only at creation. Send it in the header `X-Api-Key` on every call. A revoked key is
        refused at once (401). Ask the process owner for a new key when one may have leaked.

        **Rate limit:** a fixed number of calls per key and minute (default 120 per 60 s, per server). Above it: 429 with
        `Retry-After` (seconds); wait that long before the next call.

        **Isolation:** you only ever see your own organisation's hand-overs. Another provider's hand-over and an unknown id
        answer the same 404 (not 403), so not even their existence leaks.

        **Shared fields:** a hand-over shows only the customer fields your cooperation agreement (Kooperationsvereinbarung)
        names, and only when the customer's consent to sharing is recorded (`consentRecorded`); `sharedFields` lists them.
        Health-related needs for action are shared only with their own consent item each: `addictionNeeds` (Sucht),
        `psychologicalNeeds` (psychische Gesundheit) and `healthNeeds` (Gesundheit); consent to `actionNeeds` shares only the
        other needs. Every read of needs for action is recorded in the Jobcenter's read audit (who, when, which fields).

        **Errors** are RFC 7807 ProblemDetails with a German title (English term in brackets) and a `detail`. Request bodies
        are JSON, at most 16 KB by default (413 above). Nothing is changed when a call is refused.

        **Generated clients:** every operation has a stable `operationId` (`ListProviderHandovers`, `ConfirmHandover`, ...),
        the method name in a client generated from this document (e.g. NSwag, openapi-typescript). The server below is
        relative (`/`): give the client the base URL the Jobcenter tells you. Refusals are typed as `ProblemDetails`.

        The integration guide with the full flow in curl is `docs/provider-integration.md` in the CaseFlow repository.
        """;
}
