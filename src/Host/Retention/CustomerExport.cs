using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>
/// The Art. 15 GDPR export of one customer: one JSON document with every row CaseFlow holds about the customer, one
/// section per <see cref="ExportCoverage"/> entry. Making it is journaled on the customer (a read by the data protection
/// officer) in the same transaction.
/// </summary>
public sealed class CustomerExport(CaseFlowDbContext db, JobcenterCalendar calendar)
{
    public const string Format = "caseflow.art15.v1";

    public const string JournalAction = "export.art15";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The document, or null for an unknown customer.</summary>
    public async Task<JsonObject?> ExportAsync(Guid customerId, Actor actor, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == customerId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => i.CaseId != null && caseIds.Contains(i.CaseId.Value))
            .Include(i => i.Tokens).Include(i => i.Timers).Include(i => i.Subscriptions).Include(i => i.Incidents)
            .OrderBy(i => i.StartedAt).ToListAsync(cancellationToken);
        var instanceIds = instances.Select(i => i.Id).ToList();
        var now = calendar.Now;
        var document = new JsonObject
        {
            ["format"] = Format,
            ["exportedAt"] = now,
            ["exportedBy"] = actor.UserName,
            ["customerId"] = customerId,
            ["retention"] = await RetentionMarksAsync(customerId, caseIds, cancellationToken),
            [ExportCoverage.Customer] = Node(customer),
            [ExportCoverage.Cases] = Node(cases),
            [ExportCoverage.Journal] = Node(await db.Journal.AsNoTracking()
                .Where(j => (j.SubjectType == "customer" && j.SubjectId == customerId) || (j.SubjectType == "case" && caseIds.Contains(j.SubjectId))
                    || (j.SubjectType == "instance" && instanceIds.Contains(j.SubjectId)))
                .OrderBy(j => j.At).ThenBy(j => j.Sequence).ToListAsync(cancellationToken)),
            [ExportCoverage.WorkflowInstances] = Node(instances.Select(i => new
            {
                i.Id, i.DefinitionKey, i.DefinitionVersion, i.CaseId, i.Status, Variables = JsonNode.Parse(i.Variables), i.StartedAt, i.StartedBy,
                i.UpdatedAt, i.EndedAt, i.Tokens, i.Timers, i.Subscriptions, i.Incidents,
            })),
            [ExportCoverage.Tasks] = Node(await db.HumanTasks.AsNoTracking().Where(t => t.CaseId != null && caseIds.Contains(t.CaseId.Value))
                .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken)),
            [ExportCoverage.Notifications] = Node(await db.Notifications.AsNoTracking().Where(n => n.CaseId != null && caseIds.Contains(n.CaseId.Value))
                .OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken)),
            [ExportCoverage.FollowUps] = Node(await db.FollowUps.AsNoTracking().Where(f => f.CustomerId == customerId).OrderBy(f => f.CreatedAt).ToListAsync(cancellationToken)),
            [ExportCoverage.Contacts] = Node(await db.Contacts.AsNoTracking().Where(c => c.CustomerId == customerId).OrderBy(c => c.OccurredAt).ToListAsync(cancellationToken)),
            [ExportCoverage.ContactSuspensions] = Node(await db.ContactSuspensions.AsNoTracking().Where(s => s.CustomerId == customerId)
                .OrderBy(s => s.From).ToListAsync(cancellationToken)),
            [ExportCoverage.Goals] = Node(await db.DevelopmentGoals.AsNoTracking().Where(g => g.CustomerId == customerId)
                .Include(g => g.Interventions).Include(g => g.Reviews).OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken)),
            [ExportCoverage.LegalHolds] = Node(await db.LegalHolds.AsNoTracking().Where(h => h.CustomerId == customerId).OrderBy(h => h.SetAt).ToListAsync(cancellationToken)),
            [ExportCoverage.OutreachSummaries] = Node(await db.OutreachSummaries.AsNoTracking().Where(o => caseIds.Contains(o.CaseId))
                .OrderBy(o => o.ReleasedAt).ToListAsync(cancellationToken)),
            // Who read the customer's special-category data (Art. 15 (1) c: the recipients).
            [ExportCoverage.ReadAudit] = Node(await db.ReadAudit.AsNoTracking().Where(r => r.CustomerId == customerId).OrderBy(r => r.At).ToListAsync(cancellationToken)),
        };

        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor.UserName,
            SubjectType = "customer",
            SubjectId = customerId,
            Action = JournalAction,
            Data = JsonSerializer.Serialize(new { format = Format, cases = caseIds.Count }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    public static byte[] ToBytes(JsonObject document) => JsonSerializer.SerializeToUtf8Bytes(document, Json);

    private async Task<JsonObject> RetentionMarksAsync(Guid customerId, List<Guid> caseIds, CancellationToken cancellationToken)
    {
        var customerMark = await db.Customers.Where(c => c.Id == customerId)
            .Select(c => EF.Property<DateTime?>(c, RetentionMarkConfiguration.AnonymisedAt)).FirstAsync(cancellationToken);
        var caseMarks = await db.Cases.Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, AnonymisedAt = EF.Property<DateTime?>(c, RetentionMarkConfiguration.AnonymisedAt) }).ToListAsync(cancellationToken);
        return new JsonObject { ["customerAnonymisedAt"] = customerMark, ["cases"] = Node(caseMarks) };
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Json);
}
