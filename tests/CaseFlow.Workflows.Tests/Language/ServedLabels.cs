using System.Reflection;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Goals;
using CaseFlow.Workflows.Language;
using CaseFlow.Workflows.Rules.ContactDensity;
using CaseFlow.Workflows.Tests.Calendars;
using CaseFlow.Workflows.Tests.Cases;
using CaseFlow.Workflows.Tests.Cases.Forms;

namespace CaseFlow.Workflows.Tests.Language;

/// <summary>Every German label the server can serve, walked from the C# definitions, and case files with every fact set.</summary>
internal static class ServedLabels
{
    /// <summary>The text filled into every free-text fact of a file: typed text, never translated.</summary>
    public const string TypedText = "Freitext";

    public static IReadOnlyList<string> German() =>
    [
        .. Roles.All.Append(Roles.Provider).Select(Roles.GermanName),
        .. SchemaSamples.Lifecycles.SelectMany(OfLifecycle),
        .. typeof(Labels).Assembly.GetTypes().Where(type => type.IsEnum && HasLabels(type)).SelectMany(type => Labels.Options(type)).Select(o => o.Label),
        .. new[] { CaseDues.Review, CaseDues.Report, CaseDues.Conference, CaseDues.ActivationEnd }.Select(CaseDues.GermanLabel),
        .. SharedFields.Options.Select(option => option.Label),
        .. ProviderKinds.All.Select(ProviderKinds.GermanName),
        .. ProfileCatalogue.Texts,
        .. ResourceAreaCatalogue.Defaults.Select(area => area.Name),
        UnemployedStatus.Unemployed,
        UnemployedStatus.NotUnemployed,
        "ja",
        "nein",
    ];

    /// <summary>The file of a fresh case of each kind with every fact set (dates, counts, choices, typed text).</summary>
    public static IEnumerable<(ICaseLifecycle Lifecycle, CaseScene Scene)> FilledFiles()
    {
        var customer = new Customer { CustomerNumber = "123K456789", BirthDate = new DateOnly(2005, 6, 1), ResponsibleCaseworker = BfmScenario.Ifk.UserName };
        foreach (var lifecycle in SchemaSamples.Lifecycles)
        {
            var @case = lifecycle.Open(customer, BfmScenario.Ifk, BfmScenario.Start, Berlin.Calendar);
            foreach (var file in new object?[] { @case.Bfm, @case.Outreach, @case.Referral }.OfType<object>())
            {
                Fill(file);
            }

            yield return (lifecycle, new CaseScene(@case, customer, BfmScenario.Ifk, BfmScenario.Start.AddMonths(30), Berlin.Calendar));
        }
    }

    /// <summary>Runs <paramref name="read"/> with the label language <paramref name="language"/> (as the Host sets it per request).</summary>
    public static T In<T>(string language, Func<T> read)
    {
        var before = Terms.Language;
        Terms.Language = language;
        try
        {
            return read();
        }
        finally
        {
            Terms.Language = before;
        }
    }

    private static IEnumerable<string> OfLifecycle(ICaseLifecycle lifecycle)
    {
        yield return CaseKinds.Label(lifecycle.Kind);
        yield return CaseStateLabels.Kind(lifecycle.Kind);
        foreach (var state in lifecycle.States)
        {
            yield return lifecycle.StateLabel(state);
            yield return CaseStateLabels.State(lifecycle.Kind, state);
        }

        foreach (var action in lifecycle.Actions)
        {
            var form = lifecycle.FormOf(action);
            yield return form.Label;
            foreach (var field in form.Fields)
            {
                yield return field.Label;
                if (field.Hint is { } hint)
                {
                    yield return hint;
                }

                foreach (var option in field.Options)
                {
                    yield return option.Label;
                }
            }

            foreach (var role in lifecycle.RolesOf(action))
            {
                yield return Roles.GermanName(role);
            }
        }
    }

    private static bool HasLabels(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Any(field => field.GetCustomAttribute<LabelAttribute>() is not null);

    private static void Fill(object file)
    {
        foreach (var property in file.GetType().GetProperties().Where(p => p.SetMethod is not null))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? value = type switch
            {
                _ when type == typeof(string) => TypedText,
                _ when type == typeof(DateTime) => BfmScenario.Start,
                _ when type == typeof(DateOnly) => Berlin.Calendar.DateOf(BfmScenario.Start).AddMonths(3),
                _ when type == typeof(int) => 3,
                _ when type == typeof(bool) => true,
                _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
                _ when type == typeof(IReadOnlyList<string>) => property.Name == nameof(ReferralDetails.ConsentedFields) ? SharedFields.All : (IReadOnlyList<string>)["anna.kaya"],
                _ => throw new InvalidOperationException($"No sample for {file.GetType().Name}.{property.Name} ({type.Name})."),
            };
            property.SetValue(file, value);
        }
    }
}
