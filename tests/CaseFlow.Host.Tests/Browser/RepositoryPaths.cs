namespace CaseFlow.Host.Tests.Browser;

/// <summary>Files of the repository the browser tests use (axe-core from the web app's node_modules, the screenshot folder).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>axe-core's browser bundle, installed by the web app's build (npm ci in src/Designer).</summary>
    public static string AxeScript { get; } = Path.Combine(Root, "src", "Designer", "node_modules", "axe-core", "axe.min.js");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CaseFlow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CaseFlow.sln not found above the test binaries.");
    }
}
