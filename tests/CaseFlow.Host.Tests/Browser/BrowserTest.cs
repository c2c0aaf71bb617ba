using System.Text.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// A browser test: its own CaseFlow on Kestrel at 127.0.0.1 (a real port, fresh SQLite file) and a headless Chromium
/// page. Browser tests run one class at a time (collection <c>Browser</c>) to keep the 2-core CI machine calm.
/// </summary>
[Collection("Browser")]
[Trait("Category", "Browser")]
public abstract class BrowserTest : IAsyncLifetime
{
    protected readonly CaseFlowApp app = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    protected IPage Page { get; private set; } = null!;

    /// <summary>The app's base address, e.g. http://127.0.0.1:41234.</summary>
    protected Uri BaseAddress { get; private set; } = null!;

    /// <summary>Runs before the app starts, e.g. to add <c>app.Settings</c> or start a fake identity provider.</summary>
    protected virtual Task BeforeAppStartsAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await BeforeAppStartsAsync();
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        BaseAddress = app.ClientOptions.BaseAddress;
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        Page = await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        app.Dispose();
    }

    /// <summary>Signs in through the development sign-in page of <paramref name="path"/> (/tasks/ or /designer/).</summary>
    protected async Task SignInAsync(string userName, string path = "/tasks/")
    {
        await Page.GotoAsync(path);
        await Page.GetByRole(AriaRole.Radio, new() { Name = $"({userName})", Exact = false }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden (sign in)" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).WaitForAsync();
    }

    /// <summary>Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and fails with every violation found.</summary>
    protected async Task AssertNoAccessibilityViolationsAsync(string what)
    {
        if (!File.Exists(RepositoryPaths.AxeScript))
        {
            throw new InvalidOperationException($"axe-core is missing ({RepositoryPaths.AxeScript}); the Host's build installs it with npm ci in src/Designer.");
        }

        // Evaluated through the DevTools protocol, not as a <script> tag: the pages' Content-Security-Policy allows no inline script.
        await Page.EvaluateAsync($"{await File.ReadAllTextAsync(RepositoryPaths.AxeScript)}\n;0");
        var violations = await Page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))
            """);
        Assert.True(violations.GetArrayLength() == 0, $"axe found WCAG A/AA violations on {what}:\n{violations}");
    }

    /// <summary>
    /// Saves a screenshot: into <c>CASEFLOW_SCREENSHOT_DIR</c> when set (e.g. docs/screenshots, to refresh the README's
    /// pictures), else into the test output folder.
    /// </summary>
    protected async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("CASEFLOW_SCREENSHOT_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = false });
    }

    /// <summary>
    /// Keyboard only: presses <paramref name="key"/> (Tab, or Shift+Tab backwards) until the focused element's aria-label,
    /// label or text is <paramref name="name"/> (or starts with it), at most 80 times.
    /// </summary>
    protected async Task TabToAsync(string name, bool prefix = false, string key = "Tab")
    {
        for (var i = 0; i < 80; i++)
        {
            await Page.Keyboard.PressAsync(key);
            var focused = await Page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return (e.getAttribute('aria-label') || (e.labels && e.labels[0] ? e.labels[0].textContent : e.textContent) || '').trim(); }");
            if (prefix ? focused.StartsWith(name, StringComparison.Ordinal) : focused == name)
            {
                return;
            }
        }

        Assert.Fail($"{key} never reached '{name}'.");
    }

    /// <summary>Keyboard only: tabs to the field labelled <paramref name="label"/> and types <paramref name="text"/>.</summary>
    protected async Task TypeIntoAsync(string label, string text)
    {
        await TabToAsync(label);
        await Page.Keyboard.TypeAsync(text);
    }

    /// <summary>
    /// Keyboard only, on a customer page: profile "Entwicklungsprofil" (typed), the given action needs ticked, the IFK's
    /// assessment that integration without case management is unlikely, saved and confirmed.
    /// </summary>
    protected async Task RecordEligibleProfileByKeyboardAsync(params string[] needs)
    {
        await TabToAsync("Profillage");
        await Page.Keyboard.TypeAsync("Entw");
        foreach (var need in needs)
        {
            await TabToAsync(need);
            await Page.Keyboard.PressAsync("Space");
        }

        await TabToAsync("Eine Integration ohne Fallmanagement ist nicht oder nur erheblich verzögert erreichbar (Einschätzung der IFK)");
        await Page.Keyboard.PressAsync("Space");
        await TabToAsync("Profil speichern");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Profil gespeichert");
    }
}
