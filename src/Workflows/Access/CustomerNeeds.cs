using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// Who reads a customer's needs for action (Handlungsbedarfe, part of the FM file, health-related ones special category):
/// the responsible caseworker who profiles the customer, and who reads the FM or outreach file of one of the customer's
/// cases (<see cref="NeedToKnow"/>). A secondary or former caseworker, who reads only a case summary, does not.
/// </summary>
public static class CustomerNeeds
{
    public static bool Readable(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor) =>
        !actor.HasRole(Roles.Provider)
        && (customer.ResponsibleCaseworker == actor.UserName || casesOfCustomer.Any(c => NeedToKnow.Of(c, actor).ReadsFile));
}
