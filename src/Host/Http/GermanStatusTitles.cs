namespace CaseFlow.Host.Http;

/// <summary>
/// The framework's own ProblemDetails (status code pages, authentication defaults) in German with the English term beside it:
/// only a title the framework filled in ("Unauthorized", "Forbidden", …) is replaced, never one CaseFlow set.
/// </summary>
public static class GermanStatusTitles
{
    private static readonly Dictionary<int, (string English, string Title, string Detail)> Titles = new()
    {
        [StatusCodes.Status401Unauthorized] = ("Unauthorized", "Nicht angemeldet (unauthorized)", "Diese Anfrage braucht eine gültige Anmeldung (authentication required)."),
        [StatusCodes.Status403Forbidden] = ("Forbidden", "Keine Berechtigung (forbidden)", "Ihre Rolle erlaubt diese Anfrage nicht (forbidden)."),
        [StatusCodes.Status404NotFound] = ("Not Found", "Nicht gefunden (not found)", "Diese Adresse gibt es nicht (not found)."),
        [StatusCodes.Status405MethodNotAllowed] = ("Method Not Allowed", "Methode nicht erlaubt (method not allowed)", "Diese Adresse erlaubt die Methode nicht (method not allowed)."),
    };

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is { } status && Titles.TryGetValue(status, out var german) && problem.Title == german.English)
        {
            problem.Title = german.Title;
            problem.Detail ??= german.Detail;
        }
    }
}
