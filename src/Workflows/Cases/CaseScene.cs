using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases;

/// <summary>Everything a lifecycle looks at to decide on an action: the case, its customer, who acts, and when.</summary>
public sealed record CaseScene(Case Case, Customer Customer, Actor Actor, DateTime Now);
