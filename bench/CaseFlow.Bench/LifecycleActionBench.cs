using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Bench;

/// <summary>
/// One case lifecycle action through <see cref="ICaseLifecycle.Perform"/>, as the case API calls it: bind the input,
/// check role and guards, build the machine and fire (bFM <c>review</c> in Steering, <c>accept</c> in Referred), and the
/// listing of allowed actions the case view shows. Run: <c>dotnet run -c Release --project bench/CaseFlow.Bench -p:SkipWebAppBuild=true -- --filter '*Lifecycle*'</c>.
/// </summary>
[MemoryDiagnoser]
[InProcess]
public class LifecycleActionBench
{
    private const int AcceptsPerIteration = 4096;
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly JobcenterCalendar Calendar = JobcenterCalendar.For(JobcenterCalendar.DefaultTimeZone, TimeProvider.System);
    private static readonly Actor Ifk = new("ifk.meyer", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
    private static readonly Actor Fm = new("fm.schulz", new HashSet<string> { Roles.Fm }, new HashSet<string>());

    private readonly BfmLifecycle lifecycle = new(EffectiveRules<BfmRuleSet>.Single(new BfmRuleSet()));
    private readonly Customer customer = EligibleCustomer();
    private readonly Queue<Case> referred = new();
    private ActionInput review = null!;
    private ActionInput accept = null!;
    private CaseScene steering = null!;

    [GlobalSetup]
    public void Setup()
    {
        review = Input($$"""{"nextReviewDue":"{{Calendar.DateOf(Now).AddMonths(2):yyyy-MM-dd}}"}""");
        accept = Input("""{"workingAlliance":true}""");
        var @case = Referred();
        Act(@case, Fm, "accept", accept);
        Act(@case, Fm, "complete-assessment", Input(null));
        Act(@case, Fm, "agree-plan", Input($$"""{"planType":"Kooperationsplan","nextReviewDue":"{{Calendar.DateOf(Now).AddMonths(3):yyyy-MM-dd}}"}"""));
        steering = new CaseScene(@case, customer, Fm, Now, Calendar);
    }

    [IterationSetup(Target = nameof(Accept))]
    public void ReferCases()
    {
        referred.Clear();
        for (var i = 0; i < AcceptsPerIteration; i++)
        {
            referred.Enqueue(Referred());
        }
    }

    /// <summary>An internal transition in a substate: two payload guards, the review recorded in the file.</summary>
    [Benchmark]
    public ActionOutcome Review() => lifecycle.Perform(steering, "review", review);

    /// <summary>A transition into a substate: the working-alliance guard, the superstate's entry action, the new state.</summary>
    [Benchmark]
    [InvocationCount(AcceptsPerIteration, 1)]
    public ActionOutcome Accept() => Act(referred.Dequeue(), Fm, "accept", accept);

    /// <summary>Every action with whether the FM may take it now and why not (the case view and the 409).</summary>
    [Benchmark]
    public IReadOnlyList<ActionAvailability> AllowedActions() => lifecycle.AllowedActions(steering);

    private Case Referred()
    {
        var @case = lifecycle.Open(customer, Ifk, Now, Calendar);
        Act(@case, Ifk, "refer", Input("""{"consent":true}"""));
        return @case;
    }

    private ActionOutcome Act(Case @case, Actor actor, string action, ActionInput input) =>
        lifecycle.Perform(new CaseScene(@case, customer, actor, Now, Calendar), action, input);

    private static ActionInput Input(string? data) =>
        new(null, null, data is null ? null : JsonDocument.Parse(data).RootElement);

    private static Customer EligibleCustomer()
    {
        var customer = new Customer { CustomerNumber = "K1", BirthDate = new DateOnly(1990, 4, 12), ResponsibleCaseworker = Ifk.UserName };
        var needs = Enumerable.Range(0, 3)
            .Select(i => new ActionNeed { KeyGroup = i % 2 == 0 ? "Rahmenbedingungen" : "Leistungsfähigkeit", Need = $"Bedarf {i}", Influenceable = true });
        customer.RecordProfile(ProfileCode.EP, needs, true, Ifk.UserName, Now);
        return customer;
    }
}
