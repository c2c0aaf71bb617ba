using CaseFlow.Workflows.Customers;

namespace CaseFlow.Host.Api;

/// <summary>Who a case or task is about, as lists and the case page show a person: name, Kundennummer and birth date.</summary>
public sealed record CustomerRef(Guid Id, string CustomerNumber, string GivenName, string FamilyName, DateOnly BirthDate)
{
    public static CustomerRef Of(Customer customer) =>
        new(customer.Id, customer.CustomerNumber, customer.GivenName, customer.FamilyName, customer.BirthDate);
}
