namespace CaseFlow.Host.Refusals;

/// <summary>
/// Why a service did not find or do what it was asked, in words for the person asking (German, English term in brackets).
/// Services return it; the endpoints turn it into ProblemDetails (<c>Http.Problems.For</c>), so no folder outside the
/// HTTP layer needs ASP.NET's result types.
/// </summary>
/// <param name="Kind">What kind of refusal: decides the HTTP status.</param>
/// <param name="Detail">The explanation.</param>
/// <param name="Field">The input field at fault, for <see cref="RefusalKind.Invalid"/>.</param>
public sealed record Refusal(RefusalKind Kind, string Detail, string? Field = null)
{
    public static Refusal NotFound(string detail) => new(RefusalKind.NotFound, detail);

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, detail);

    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, detail);

    public static Refusal Invalid(string field, string detail) => new(RefusalKind.Invalid, detail, field);

    public static Refusal UnsupportedMediaType(string detail) => new(RefusalKind.UnsupportedMediaType, detail);

    public static Refusal FileTooLarge(string detail) => new(RefusalKind.FileTooLarge, detail);
}
