using CaseFlow.Host.Audit;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.ContactDensity;
using CaseFlow.Host.Messaging.Consumers;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Goals;
using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Host.Retention;

/// <summary>
/// Where the Art. 15 export (<see cref="CustomerExport"/>) covers each table of the database: the section holding its
/// rows about the customer, or why the table holds no data about a customer. A test walks the EF model: a new table
/// (e.g. a read audit) without an entry here fails it, so its rows cannot be forgotten in the export (and the retention).
/// </summary>
public static class ExportCoverage
{
    public const string Customer = "customer";
    public const string Cases = "cases";
    public const string Journal = "journal";
    public const string WorkflowInstances = "workflowInstances";
    public const string Tasks = "tasks";
    public const string Notifications = "notifications";
    public const string FollowUps = "followUps";
    public const string Contacts = "contacts";
    public const string ContactSuspensions = "contactSuspensions";
    public const string Goals = "goals";
    public const string LegalHolds = "legalHolds";
    public const string OutreachSummaries = "outreachSummaries";
    public const string ReadAudit = "readAudit";

    /// <summary>The export section of each table holding data about a customer (owned parts with their owner).</summary>
    public static readonly IReadOnlyDictionary<Type, string> Sections = new Dictionary<Type, string>
    {
        [typeof(CaseFlow.Workflows.Customers.Customer)] = Customer,
        [typeof(ActionNeed)] = Customer,
        [typeof(Case)] = Cases,
        [typeof(BfmDetails)] = Cases,
        [typeof(OutreachDetails)] = Cases,
        [typeof(ReferralDetails)] = Cases,
        [typeof(JournalEntry)] = Journal,
        [typeof(WorkflowInstance)] = WorkflowInstances,
        [typeof(Token)] = WorkflowInstances,
        [typeof(WorkflowTimer)] = WorkflowInstances,
        [typeof(MessageSubscription)] = WorkflowInstances,
        [typeof(Incident)] = WorkflowInstances,
        [typeof(HumanTask)] = Tasks,
        [typeof(Notification)] = Notifications,
        [typeof(FollowUp)] = FollowUps,
        [typeof(Contact)] = Contacts,
        [typeof(ContactSuspension)] = ContactSuspensions,
        [typeof(DevelopmentGoal)] = Goals,
        [typeof(GoalIntervention)] = Goals,
        [typeof(GoalReview)] = Goals,
        [typeof(LegalHold)] = LegalHolds,
        [typeof(OutreachSummary)] = OutreachSummaries,
        [typeof(ReadAuditEntry)] = ReadAudit,
    };

    /// <summary>Tables without data about a customer, and why.</summary>
    public static readonly IReadOnlyDictionary<Type, string> NoCustomerData = new Dictionary<Type, string>
    {
        [typeof(StaffUser)] = "staff accounts",
        [typeof(Provider)] = "provider registry",
        [typeof(CooperationAgreement)] = "provider registry",
        [typeof(ProviderApiKey)] = "provider API keys (hashes)",
        [typeof(WorkflowDefinition)] = "BPMN definitions",
        [typeof(CaseKindDefault)] = "default workflow per case kind",
        [typeof(ContactDensityVersion)] = "contact-density rule versions",
        [typeof(RetentionRun)] = "runs of the retention job: counts and ids, no personal data",
        [typeof(OutboxMessage)] = "transport: messages not yet relayed, deleted by the housekeeping once processed",
        [typeof(InboxMessage)] = "transport: ids of consumed messages, deleted by the housekeeping",
        [typeof(WorkflowMessageRecord)] = "transport: correlated messages, kept until processed or expired (Engine:MessageTimeToLive), then deleted",
    };
}
