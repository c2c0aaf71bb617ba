using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Providers;

/// <summary>The body of a decline: why the provider cannot take the customer (required).</summary>
public sealed record DeclineRequest([TextLimit(TextLimits.Reason)] string? Reason);
