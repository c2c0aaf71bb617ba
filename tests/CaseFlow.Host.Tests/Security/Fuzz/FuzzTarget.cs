using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Security.Fuzz;

/// <summary>One write route the fuzz test attacks: who sends, the verb and path, and a valid body to start from (JSON or BPMN).</summary>
public sealed record FuzzTarget(string UserName, HttpMethod Method, string Path, JsonObject? Json)
{
    public bool IsBpmn => Json is null;

    /// <summary>The write routes with a valid body each, sent by a principal who may write there.</summary>
    public static IReadOnlyList<FuzzTarget> All(Guid customerId, Guid caseId, Guid otherCaseId)
    {
        var customer = $"/api/customers/{customerId}";
        var unknown = Guid.NewGuid();
        JsonObject Body(string json) => JsonNode.Parse(json)!.AsObject();
        return
        [
            new("ifk.meyer", HttpMethod.Post, "/api/customers", Body("""{"customerNumber":"123K456789","givenName":"Erika","familyName":"Muster","birthDate":"1990-04-12","unemployed":true}""")),
            new("ifk.meyer", HttpMethod.Put, $"{customer}/profile", Body("""{"profile":"EP","actionNeeds":[{"keyGroup":"health","need":"addiction","influenceable":true}],"integrationWithoutFmUnlikely":true,"version":1}""")),
            new("ifk.meyer", HttpMethod.Post, "/api/cases", Body($$"""{"customerId":"{{customerId}}","kind":"outreach"}""")),
            new("ifk.meyer", HttpMethod.Post, $"/api/cases/{caseId}/actions/refer", Body("""{"data":{"consent":true,"exceptionJustification":"Drohende Wohnungslosigkeit"}}""")),
            new("ifk.meyer", HttpMethod.Post, $"/api/cases/{otherCaseId}/actions/waive", Body("""{"reason":"Umzug","note":"Notiz","version":1}""")),
            new("fm.schulz", HttpMethod.Post, $"/api/cases/{caseId}/actions/accept", Body("""{"data":{"workingAlliance":true,"ifkStaysSecondary":false}}""")),
            new("fm.schulz", HttpMethod.Post, $"/api/cases/{caseId}/actions/agree-plan", Body("""{"data":{"planType":"Kooperationsplan","goals":["Arbeit"],"nextReviewDue":"2027-01-15","agreedWithCustomer":true}}""")),
            new("ifk.meyer", HttpMethod.Post, $"{customer}/contacts", Body("""{"noteType":"Beratungsvermerk","channel":"Persoenlich","occurredAt":"2026-11-01T09:00:00Z","note":"Gespräch"}""")),
            new("ifk.meyer", HttpMethod.Post, $"{customer}/missed-appointments", Body("""{"scheduledFor":"2026-11-01T09:00:00Z","note":"Nicht erschienen"}""")),
            new("ifk.meyer", HttpMethod.Post, $"{customer}/contact-suspensions", Body("""{"kind":"Illness","from":"2026-11-03","to":"2026-11-20","reason":"AU"}""")),
            new("fm.schulz", HttpMethod.Post, $"{customer}/goals", Body("""{"resourceArea":"work","description":"Bewerbungen","agreedWithCustomer":true,"agreedOn":"2026-11-02"}""")),
            new("fm.schulz", HttpMethod.Post, $"{customer}/goals/{unknown}/review", Body("""{"outcome":"strengthened","note":"gut"}""")),
            new("owner.process", HttpMethod.Put, "/api/rules/contact-density", Body("""{"cells":[{"ageGroup":"U25","unemployed":true,"profile":"EP","rhythm":"monthly"}],"effectiveFrom":"2026-12-01","reason":"Neu"}""")),
            new("owner.process", HttpMethod.Post, "/api/providers", Body("""{"key":"fuzz-traeger","name":"Träger","kind":"debtCounselling","targetGroups":["U25"],"agreement":{"sharedFields":["name"],"reportIntervalDays":30,"conferenceIntervalMonths":3,"reference":"V-1"}}""")),
            new("owner.process", HttpMethod.Put, "/api/case-kinds/bfm/default-workflow", Body("""{"key":"bfm-standard"}""")),
            new("owner.process", HttpMethod.Post, "/api/workflows/bfm-standard/instances", Body($$$"""{"caseId":"{{{caseId}}}","variables":{"a":1}}""")),
            new("owner.process", HttpMethod.Post, "/api/workflows/bfm-standard/migrations", Body("""{"fromVersion":1,"toVersion":2,"mapping":{"a":"b"},"dryRun":true}""")),
            new("owner.process", HttpMethod.Post, $"/api/instances/{unknown}/cancel", Body("""{"reason":"Fehler"}""")),
            new("fm.schulz", HttpMethod.Post, $"/api/tasks/{unknown}/complete", Body("""{"variables":{"ok":true}}""")),
            new("fm.schulz", HttpMethod.Post, $"/api/follow-ups/{unknown}/done", Body("""{"note":"erledigt"}""")),
            new("owner.process", HttpMethod.Post, "/api/workflows", null),
            new("owner.process", HttpMethod.Post, "/api/workflows/validate", null),
        ];
    }
}
