using System.Reflection;

namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>German labels of enum values, from their <see cref="LabelAttribute"/> (the value's name when it has none).</summary>
public static class Labels
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Of(typeof(TEnum), value.ToString());

    /// <summary>The label of the enum value named <paramref name="name"/>; an unknown name is returned as it is.</summary>
    public static string Of(Type enumType, string name) =>
        enumType.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<LabelAttribute>()?.Text ?? name;

    /// <summary>Every value of the enum with its label, in declaration order.</summary>
    public static IReadOnlyList<FieldOption> Options<TEnum>()
        where TEnum : struct, Enum =>
        Options(typeof(TEnum));

    public static IReadOnlyList<FieldOption> Options(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(name => new FieldOption(name, Of(enumType, name)))];
}
