using System.Globalization;
using CaseFlow.Workflows.Language;
using Microsoft.AspNetCore.Localization;

namespace CaseFlow.Host.Setup;

/// <summary>
/// The language of the labels the server serves, from the request's <c>Accept-Language</c> (ASP.NET Core request
/// localisation): <c>de</c> (the default; also <c>de-DE</c>, and anything not supported) or <c>en</c> (also <c>en-GB</c>,
/// <c>en-US</c>). It sets <see cref="CultureInfo.CurrentUICulture"/> and hands its language to
/// <see cref="Terms.Language"/> for the rest of the request;
/// <see cref="CultureInfo.CurrentCulture"/> stays invariant, so parsing and formatting outside the labels do not change.
/// Answers carry the chosen language in <c>Content-Language</c>.
/// </summary>
public static class LabelLanguageSetup
{
    /// <summary>The languages labels are served in; the first is the default.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en"];

    public static IApplicationBuilder UseCaseFlowLabelLanguage(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo(Languages[0])),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = [.. Languages.Select(CultureInfo.GetCultureInfo)],
            FallBackToParentUICultures = true,
            ApplyCurrentCultureToResponseHeaders = true,
            RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
        };
        app.UseRequestLocalization(options);
        return app.Use(async (context, next) =>
        {
            // Set inside this async delegate, the language flows to everything the request awaits and ends with it.
            Terms.Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            await next(context);
        });
    }
}
