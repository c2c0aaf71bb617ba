namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// One line of the authorisation matrix: an endpoint as the app maps it ("VERB /pattern", constraints dropped),
/// the object its route values point at, the expected status for each principal in <see cref="Principals.All"/>
/// order (a space-separated string, aligned under <see cref="Principals.Header"/>), and how to build the request.
/// A row that is <paramref name="Fresh"/> builds its request (and the objects it changes) anew for every principal,
/// so a write that succeeds for one principal does not decide the answer for the next.
/// </summary>
public sealed record MatrixRow(string Endpoint, string Target, string Statuses, Func<MatrixWorld, Task<MatrixRequest>> Prepare, bool Fresh = false)
{
    public string Verb => Endpoint[..Endpoint.IndexOf(' ', StringComparison.Ordinal)];

    public IReadOnlyList<int> Expected { get; } =
        Statuses.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public override string ToString() => $"{Endpoint} [{Target}]";
}
