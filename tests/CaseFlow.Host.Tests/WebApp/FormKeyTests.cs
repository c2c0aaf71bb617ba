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
/// Every user task of the shipped workflows has a form in the web app: its <c>cf:formKey</c> is in the task form registry
/// (src/Designer/src/tasks/formRegistry.ts), and a registered form of a task bound to case actions asks for every field
/// those actions require (their served schema); a task bound to actions without a registered form gets the generated one.
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
    public void Every_form_key_of_the_shipped_workflows_has_a_form_that_asks_for_what_its_bound_actions_require()
    {
        var registry = RegisteredForms();
        var tasks = UserTasks().ToList();
        Assert.NotEmpty(tasks);

        var problems = new List<string>();
        foreach (var task in tasks)
        {
            if (!registry.TryGetValue(task.FormKey, out var fields))
            {
                if (task.Actions.Count == 0)
                {
                    problems.Add($"{task.File}: {task.Id} has cf:formKey '{task.FormKey}' without a form and without cf:caseAction.");
                }

                continue;
            }

            foreach (var action in task.Actions)
            {
                var form = Lifecycles[task.Kind].FormOf(action);
                problems.AddRange(form.Fields
                    .Where(field => field.Required && !fields.Contains(field.Name))
                    .Select(field => $"{task.File}: form '{task.FormKey}' lacks '{field.Name}', which action '{action}' requires."));
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_registry_parser_finds_the_fields_of_a_known_form()
    {
        var registry = RegisteredForms();

        Assert.Equal(["nextReviewDue", "planType"], registry["bfm-plan"].Order(StringComparer.Ordinal));
    }

    private sealed record UserTask(string File, string Id, string Kind, string FormKey, IReadOnlyList<string> Actions);

    private static IEnumerable<UserTask> UserTasks()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.bpmn"))
        {
            var document = XDocument.Load(path);
            foreach (var process in document.Descendants(Bpmn + "process"))
            {
                var kind = (string?)process.Attribute(Cf + "caseKind") ?? throw new InvalidOperationException($"{path}: no cf:caseKind");
                foreach (var task in process.Descendants(Bpmn + "userTask").Where(t => t.Attribute(Cf + "formKey") is not null))
                {
                    var actions = ((string?)task.Attribute(Cf + "caseAction") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    yield return new UserTask(Path.GetFileName(path), (string)task.Attribute("id")!, kind, (string)task.Attribute(Cf + "formKey")!, actions);
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
