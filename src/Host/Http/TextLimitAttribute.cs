namespace CaseFlow.Host.Http;

/// <summary>
/// The limit of a free-text property of a request body (a value of <see cref="CaseFlow.Workflows.Texts.TextLimits"/>); on a
/// list or dictionary of texts it limits each item. Every text property of a write route's body carries one (a test walks
/// the bodies); <see cref="TextLimitModifier"/> enforces it while the body is read.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextLimitAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;
}
