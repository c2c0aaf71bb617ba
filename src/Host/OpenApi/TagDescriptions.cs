using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.OpenApi;

/// <summary>
/// A description for each tag (the <c>WithTags</c> names of the endpoint groups), so both documents explain their
/// sections. A tag missing here fails the OpenAPI lint test (rule tag-description).
/// </summary>
internal sealed class TagDescriptions : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Audit (Datenschutz)"] = "The read audit: who read special-category data (FM file, outreach file, health-related needs) of which customer, when and why; for the data protection officer.",
        ["Authentication"] = "Sign-in: how the web app signs in (development or OIDC), the development seed users, the signed-in user.",
        ["Cases (Fälle)"] = "Cases and their lifecycles (bFM, outreach U25, referral): open, read, take actions, journal, diagram.",
        ["Contacts (Kundenkontakte)"] = "A customer's contacts (note type, channel, date, note; counts by the counting rule) and missed appointments (three in a row: not reachable).",
        ["Customers (Kundinnen und Kunden)"] = "Customers, their profile (Profillage, Handlungsbedarfe), their cases and their suspensions of the contact-density rule.",
        ["Data protection (Datenschutz)"] =
            "For the data protection officer: the retention's dry-run report and runs, legal holds on customers, the Art. 15 export of a customer.",
        ["Follow-ups (Wiedervorlagen)"] = "Follow-ups (Wiedervorlagen) of the signed-in caseworker or of the FMs they stand in for: list, mark done.",
        ["Goals (Förder- und Entwicklungsziele)"] =
            "fa:z development goals: the resource area catalogue, a customer's goals (one active at a time), interventions, reviews.",
        ["Incidents (Störungen)"] = "Open incidents of the workflow instances (failed steps): process owners see all, caseworkers those of their cases.",
        ["Lifecycles (Fallarten)"] = "The case kinds with their actions, the roles that take them and the lifecycle diagrams.",
        ["Notifications (Hinweise)"] = "The signed-in user's notices.",
        ["Provider API (Träger)"] =
            "For providers with an API key (X-Api-Key): the calling provider, its hand-overs, confirm, decline, progress reports.",
        ["Providers (Träger)"] = "The provider registry: cooperation agreements and the providers' API keys (process owner).",
        ["Referrals (Übergaben an Träger)"] = "Referrals to providers with their reports and case conferences due, for case managers.",
        ["Rules (Regelwerke)"] = "Date-effective rule sets process owners maintain: the contact-density table (Kontaktdichte) with its versions.",
        ["Tasks (Aufgaben)"] = "User tasks of the workflows: list, claim, give back, complete with the form's variables.",
        ["Workflow instances (Abläufe)"] = "Running workflows: start one for a case, inspect it, retry a failed step, cancel it; the consistency check (stale instances).",
        ["Workflows (BPMN)"] = "BPMN workflow definitions: upload drafts, validate, publish versions, read the XML, choose the default workflow of a case kind.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var tag in swaggerDoc.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && Descriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
    }
}
