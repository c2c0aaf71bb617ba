using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (no browser download): <c>CASEFLOW_TEST_CHROMIUM</c>, else
/// <c>/usr/bin/chromium</c>. Missing, the browser tests fail with a message pointing to <c>./test.sh</c>; they never skip.
/// </summary>
internal static class Chromium
{
    public static string ExecutablePath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CASEFLOW_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"Chromium for the browser tests is missing ({path}). Run ./test.sh, which installs Debian's chromium, "
                    + "or install it (sudo apt-get install chromium) and set CASEFLOW_TEST_CHROMIUM.");
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
}
