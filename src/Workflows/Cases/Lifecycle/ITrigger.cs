namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>The untyped view of a lifecycle trigger (action).</summary>
public interface ITrigger
{
    string Name { get; }

    Type PayloadType { get; }
}
