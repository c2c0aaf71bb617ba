namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>What an in-memory exporter exported: exporters add from their own threads while a test reads a snapshot.</summary>
public sealed class ExportedItems<T> : ICollection<T>
{
    private readonly List<T> items = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public void Add(T item)
    {
        lock (gate)
        {
            items.Add(item);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            items.Clear();
        }
    }

    public bool Contains(T item) => Snapshot().Contains(item);

    public void CopyTo(T[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

    public bool Remove(T item)
    {
        lock (gate)
        {
            return items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
