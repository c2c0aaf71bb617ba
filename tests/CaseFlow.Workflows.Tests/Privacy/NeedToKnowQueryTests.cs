using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Tests.Cases;

namespace CaseFlow.Workflows.Tests.Privacy;

public sealed class NeedToKnowQueryTests
{
    private static readonly Actor SupervisingFm =
        new("fm.lead2", new HashSet<string> { Roles.Fm, Roles.FmSupervisor }, new HashSet<string>());

    [Fact]
    public void The_list_predicate_lets_through_exactly_the_cases_need_to_know_lets_read()
    {
        Case[] cases =
        [
            new BfmScenario().Case,
            new BfmScenario().Referred().Case,
            new BfmScenario().Accepted().Case,
            new BfmScenario().Accepted(ifkStaysSecondary: true).Case,
            new OutreachScenario().Case,
            new OutreachScenario().Queued().Case,
            new OutreachScenario().InActivation().Case,
            new OutreachScenario().SingleTask().Case,
        ];
        Actor[] actors =
        [
            BfmScenario.Ifk, BfmScenario.OtherIfk, BfmScenario.Fm, BfmScenario.Deputy, BfmScenario.OtherFm, BfmScenario.Supervisor,
            SupervisingFm, OutreachScenario.Pap, OutreachScenario.Adviser, OutreachScenario.OtherAdviser,
        ];

        foreach (var actor in actors)
        {
            var predicate = CaseAccessQuery.Readable(actor).Compile();
            foreach (var @case in cases)
            {
                Assert.True(
                    predicate(@case) == NeedToKnow.Of(@case, actor).MayRead,
                    $"{actor.UserName} on a {@case.Kind} case in {@case.State}: list {predicate(@case)}, need to know {NeedToKnow.Of(@case, actor).MayRead}");
            }
        }
    }
}
