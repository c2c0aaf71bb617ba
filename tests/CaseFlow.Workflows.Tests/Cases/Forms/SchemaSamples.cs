using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Tests.Cases.Forms;

/// <summary>Every action of every lifecycle, and inputs built from its served schema alone.</summary>
internal static class SchemaSamples
{
    public static readonly IReadOnlyList<ICaseLifecycle> Lifecycles =
    [
        new BfmLifecycle(EffectiveRules<BfmRuleSet>.Single(new BfmRuleSet())),
        new OutreachLifecycle(EffectiveRules<OutreachRuleSet>.Single(new OutreachRuleSet())),
        new ReferralLifecycle(EffectiveRules<ReferralRuleSet>.Single(new ReferralRuleSet())),
    ];

    public static TheoryData<string, string> Actions()
    {
        var data = new TheoryData<string, string>();
        foreach (var lifecycle in Lifecycles)
        {
            foreach (var action in lifecycle.Actions)
            {
                data.Add(lifecycle.Kind, action);
            }
        }

        return data;
    }

    public static ICaseLifecycle Lifecycle(string kind) => Lifecycles.Single(l => l.Kind == kind);

    /// <summary>A value for every field, as a form would send it (choices: the first option; the hand-over's adviser only for a single task).</summary>
    public static Dictionary<InputField, JsonNode?> Filled(ActionForm form)
    {
        var values = form.Fields.ToDictionary(field => field, Sample);
        if (form.Fields.Any(f => f.Name == "form") && form.Fields.FirstOrDefault(f => f.Name == "adviser") is { } adviser)
        {
            values[form.Fields.Single(f => f.Name == "form")] = OutreachForms.SingleTask;
            values[adviser] = "abpap.yilmaz";
        }

        return values;
    }

    public static ActionInput Input(IReadOnlyDictionary<InputField, JsonNode?> values)
    {
        var data = new JsonObject();
        string? reason = null;
        foreach (var (field, value) in values)
        {
            if (field.Location == InputLocation.Reason)
            {
                reason = value?.GetValue<string>();
            }
            else
            {
                data[field.Name] = value?.DeepClone();
            }
        }

        return new ActionInput(reason, "Notiz", JsonSerializer.SerializeToElement(data));
    }

    private static JsonNode? Sample(InputField field) => field.Type switch
    {
        InputFieldType.Boolean => true,
        InputFieldType.Text => field.Lookup == "providers" ? "caritas" : "Text",
        InputFieldType.Date => "2027-01-15",
        InputFieldType.Choice => field.Options[0].Value,
        InputFieldType.Choices => new JsonArray(field.Options[0].Value),
        InputFieldType.TextList => new JsonArray(field.Options.Count > 0 ? field.Options[0].Value : "kollegin"),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
