namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>The German labels of the unemployed status a contact-density cell is for (Status arbeitslos, seed 004).</summary>
public static class UnemployedStatus
{
    public const string Unemployed = "arbeitslos";

    public const string NotUnemployed = "nicht arbeitslos";

    public static string Label(bool unemployed) => unemployed ? Unemployed : NotUnemployed;
}
