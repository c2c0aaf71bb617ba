using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>One cell of the contact-density table: for this age group, unemployed status and profile, this rhythm.</summary>
public sealed record ContactDensityCell(AgeGroup AgeGroup, bool Unemployed, ProfileCode Profile, ContactRhythm Rhythm);
