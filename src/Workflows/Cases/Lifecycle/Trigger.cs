namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>
/// A lifecycle trigger (action), named as the API names it, carrying one typed payload. Stateless sees it as the
/// trigger <see cref="Name"/> with one parameter of type <typeparamref name="TPayload"/>.
/// </summary>
/// <typeparam name="TPayload">The payload the trigger carries; <see cref="NoPayload"/> for none.</typeparam>
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
