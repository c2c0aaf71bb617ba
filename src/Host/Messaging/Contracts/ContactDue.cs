namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>A customer's next contact by the contact-density rule has fallen due (daily job, docs/contacts.md).</summary>
/// <param name="CustomerId">The customer (no name on the bus).</param>
/// <param name="Assignee">User name of the responsible caseworker, who gets the follow-up.</param>
/// <param name="DueOn">The due date (Jobcenter calendar day).</param>
/// <param name="FollowUpId">The follow-up (inbox task) raised with it.</param>
public sealed record ContactDue(Guid CustomerId, string Assignee, DateOnly DueOn, Guid FollowUpId);
