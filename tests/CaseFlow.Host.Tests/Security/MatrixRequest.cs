namespace CaseFlow.Host.Tests.Security;

/// <summary>What one matrix cell sends: the path with its route values filled in, and a body built anew for each send.</summary>
public sealed record MatrixRequest(string Path, Func<HttpContent?> Body)
{
    public static MatrixRequest To(string path) => new(path, () => null);

    public static MatrixRequest With(string path, object body) => new(path, () => System.Net.Http.Json.JsonContent.Create(body));

    public static MatrixRequest WithXml(string path, string xml) => new(path, () => MatrixWorld.Xml(xml));
}
