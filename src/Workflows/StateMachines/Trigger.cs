namespace CaseFlow.Workflows.StateMachines;

/// <summary>A trigger (action) of a state machine, named as the API names it, carrying one typed payload.</summary>
/// <typeparam name="TPayload">The payload the trigger carries; use <see cref="NoPayload"/> for none.</typeparam>
public sealed class Trigger<TPayload> : ITrigger
{
    public Trigger(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public Type PayloadType => typeof(TPayload);

    public override string ToString() => Name;
}

/// <summary>The untyped view of a trigger.</summary>
public interface ITrigger
{
    string Name { get; }

    Type PayloadType { get; }
}

/// <summary>Payload of a trigger that carries none.</summary>
public sealed record NoPayload
{
    public static readonly NoPayload Instance = new();
}
