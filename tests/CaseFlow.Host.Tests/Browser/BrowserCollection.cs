namespace CaseFlow.Host.Tests.Browser;

/// <summary>Browser test classes run one after another (each starts a Host and a Chromium).</summary>
[CollectionDefinition("Browser", DisableParallelization = true)]
public sealed class BrowserCollection;
