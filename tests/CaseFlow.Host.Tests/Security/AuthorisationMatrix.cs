namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// The authorisation matrix: one <see cref="MatrixRow"/> per endpoint and target, in the order the test sends
/// them, the rows split by area over the AuthorisationMatrix.*.cs files. Columns (see <see cref="Principals"/>):
/// <code>
/// anon ifk  pap  ifkX fm   dep  fmX  sup  dual ab   abX  own  dsb  prov provX
/// </code>
/// Lines marked <c>// need-to-know (issue 16)</c> are where the need-to-know matrix (docs/security.md) narrowed access:
/// the secondary IFK and the former pAp read summaries only, supervision (also with the FM role) reads only.
/// </summary>
public static partial class AuthorisationMatrix
{
    public static IReadOnlyList<MatrixRow> All =>
        [.. Platform, .. Customers, .. Cases, .. Workflows, .. Instances, .. Providers, .. ProviderApi, .. DataProtection];

    private static MatrixRow Row(string endpoint, string target, Func<MatrixWorld, string> path, string statuses) =>
        new(endpoint, target, statuses, world => Task.FromResult(MatrixRequest.To(path(world))));

    private static MatrixRow Row(string endpoint, string target, Func<MatrixWorld, string> path, Func<MatrixWorld, object> body, string statuses) =>
        new(endpoint, target, statuses, world => Task.FromResult(MatrixRequest.With(path(world), body(world))));

    /// <summary>A row whose request needs objects made for it, anew for every principal.</summary>
    private static MatrixRow Fresh(string endpoint, string target, Func<MatrixWorld, Task<MatrixRequest>> prepare, string statuses) =>
        new(endpoint, target, statuses, prepare, Fresh: true);
}
