namespace CaseFlow.Host.Providers;

/// <summary>A need for action (Handlungsbedarf) as a provider sees it: key group and need, nothing else.</summary>
public sealed record SharedActionNeed(string KeyGroup, string Need);
