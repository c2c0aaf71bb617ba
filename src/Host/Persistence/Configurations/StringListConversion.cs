using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseFlow.Host.Persistence.Configurations;

/// <summary>Stores a short list of names (roles, user names) as one comma-separated column on every provider.</summary>
internal static class StringListConversion
{
    public static readonly ValueConverter<List<string>, string> Converter = new(
        list => string.Join(',', list),
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());

    public static readonly ValueComparer<List<string>> Comparer = new(
        (left, right) => left!.SequenceEqual(right!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
        list => list.ToList());

    /// <summary>The same for read-only lists, as the case files expose them.</summary>
    public static readonly ValueConverter<IReadOnlyList<string>, string> ReadOnlyConverter = new(
        list => string.Join(',', list),
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());

    public static readonly ValueComparer<IReadOnlyList<string>> ReadOnlyComparer = new(
        (left, right) => left!.SequenceEqual(right!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
        list => list.ToList());
}
