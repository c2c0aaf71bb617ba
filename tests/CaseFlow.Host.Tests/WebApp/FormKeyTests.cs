using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseFlow.Host.Tests.Browser;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Tests.WebApp;

/// <summary>
/// Every user task of the shipped workflows has a form in the web app: a task bound to case actions (<c>cf:caseAction</c>)
/// gets its form generated from those actions' served schemas, so each of them must exist in its kind's lifecycle; any
/// other <c>cf:formKey</c> is in the task form registry (src/Designer/src/tasks/formRegistry.ts). A registered form of a
/// bound task holds only extras (variables no action asks for), and the registry holds no form no workflow uses.
/// </summary>
public sealed partial class FormKeyTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Cf = "urn:caseflow:bpmn:1";

    private static readonly Dictionary<string, ICaseLifecycle> Lifecycles = new(StringComparer.Ordinal)
    {
        ["bfm"] = new BfmLifecycle(EffectiveRules<BfmRuleSet>.Single(new BfmRuleSet())),
        ["outreach"] = new OutreachLifecycle(EffectiveRules<OutreachRuleSet>.Single(new OutreachRuleSet())),
        ["referral"] = new ReferralLifecycle(EffectiveRules<ReferralRuleSet>.Single(new ReferralRuleSet())),
    };

    [Fact]
    public void Every_form_key_of_the_shipped_workflows_is_bound_to_actions_with_schemas_or_has_a_registered_form()
    {
        var registry = RegisteredForms();
        var tasks = UserTasks().ToList();
        Assert.NotEmpty(tasks);

        var problems = new List<string>();
        foreach (var task in tasks.Where(t => t.FormKey is not null))
        {
            if (task.Actions.Count == 0 && !registry.ContainsKey(task.FormKey!))
            {
                problems.Add($"{task.File}: {task.Id} has cf:formKey '{task.FormKey}' without a registered form and without cf:caseAction.");
            }
        }

        foreach (var task in tasks.Where(t => t.Actions.Count > 0))
        {
            var lifecycle = Lifecycles.GetValueOrDefault(task.Kind);
            problems.AddRange(task.Actions
                .Where(action => lifecycle is null || !lifecycle.Actions.Contains(action, StringComparer.Ordinal))
                .Select(action => $"{task.File}: {task.Id} is bound to '{action}', which the lifecycle of '{task.Kind}' has no schema for."));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void A_registered_form_of_a_bound_task_holds_only_extras_and_every_registered_form_is_used()
    {
        var registry = RegisteredForms();
        var tasks = UserTasks().Where(t => t.FormKey is not null).ToList();

        var problems = new List<string>();
        foreach (var task in tasks.Where(t => t.Actions.Count > 0 && registry.ContainsKey(t.FormKey!)))
        {
            var actionFields = task.Actions.SelectMany(action => Lifecycles[task.Kind].FormOf(action).Fields).Select(field => field.Name);
            problems.AddRange(registry[task.FormKey!].Intersect(actionFields.Append("caseAction"), StringComparer.Ordinal)
                .Select(name => $"{task.File}: form '{task.FormKey}' repeats '{name}', which the generated form of {string.Join(" / ", task.Actions)} has."));
        }

        problems.AddRange(registry.Keys.Except(tasks.Select(t => t.FormKey!), StringComparer.Ordinal)
            .Select(key => $"formRegistry.ts: '{key}' is the cf:formKey of no user task in workflows/."));
        Assert.Empty(problems);
    }

    [Fact]
    public void The_registry_parser_finds_the_fields_of_a_registered_form()
    {
        var registry = RegisteredForms();

        Assert.Equal(["referNow"], registry["bfm-recheck"]);
        Assert.Equal(["note"], registry["bfm-followup"]);
    }

    private sealed record UserTask(string File, string Id, string Kind, string? FormKey, IReadOnlyList<string> Actions);

    private static IEnumerable<UserTask> UserTasks()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.bpmn"))
        {
            var document = XDocument.Load(path);
            foreach (var process in document.Descendants(Bpmn + "process"))
            {
                var kind = (string?)process.Attribute(Cf + "caseKind") ?? throw new InvalidOperationException($"{path}: no cf:caseKind");
                foreach (var task in process.Descendants(Bpmn + "userTask"))
                {
                    var actions = ((string?)task.Attribute(Cf + "caseAction") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    yield return new UserTask(Path.GetFileName(path), (string)task.Attribute("id")!, kind, (string?)task.Attribute(Cf + "formKey"), actions);
                }
            }
        }
    }

    /// <summary>The forms of formRegistry.ts by key, each with the names of its fields.</summary>
    private static Dictionary<string, HashSet<string>> RegisteredForms()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Designer", "src", "tasks", "formRegistry.ts"));
        var body = source[source.IndexOf("export const forms", StringComparison.Ordinal)..];
        var keys = FormKey().Matches(body).ToList();
        return keys.Select((key, index) =>
        {
            var end = index + 1 < keys.Count ? keys[index + 1].Index : body.Length;
            var block = body[key.Index..end];
            var names = FieldName().Matches(block).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            if (block.Contains("[note]", StringComparison.Ordinal) || block.Contains(" note,", StringComparison.Ordinal))
            {
                names.Add("note");
            }

            return (Key: key.Groups[1].Value, Names: names);
        }).ToDictionary(form => form.Key, form => form.Names, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^  '([a-z0-9-]+)': \{", RegexOptions.Multiline)]
    private static partial Regex FormKey();

    [GeneratedRegex(@"name: '([A-Za-z]+)'")]
    private static partial Regex FieldName();
}
