using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Security.Fuzz;

/// <summary>Turns a valid JSON body into a hostile one: a field replaced, dropped or added, or the whole body broken.</summary>
public static class HostileBodies
{
    private static readonly string[] Broken =
    [
        "", " ", "{", "}", "[", "{\"a\":}", "{\"a\" 1}", "nul", "\"text\"", "42", "[1,2,3]", "{\"a\":1,}", "{'a':1}", "\u0000",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}", "\uFEFF{}", "<xml/>", "{\"a\":1}{\"b\":2}",
    ];

    public static string Next(Random random, JsonObject template)
    {
        var body = template.DeepClone().AsObject();
        switch (random.Next(10))
        {
            case 0:
                return Broken[random.Next(Broken.Length)];
            case 1:
                return HostileValues.Deep(random.Next(60, 20_000), random.Next(2) == 0);
            case 2:
                return HostileValues.Next(random);
            case 3 when body.Count > 0:
                body.Remove(PathOf(random, body));
                return body.ToJsonString();
            case 4:
                return Replace(body.ToJsonString(), $"\"{Unknown(random)}\":\"@@RAW@@\",", HostileValues.Next(random), first: true);
            default:
                return body.Count == 0 ? Replace(body.ToJsonString(), "\"x\":\"@@RAW@@\"", HostileValues.Next(random), first: true) : Mutate(random, body);
        }
    }

    private static string Mutate(Random random, JsonObject body)
    {
        var (owner, name) = Leaf(random, body);
        owner[name] = "@@RAW@@";
        return body.ToJsonString().Replace("\"@@RAW@@\"", HostileValues.Next(random), StringComparison.Ordinal);
    }

    /// <summary>A random property of the object or of an object nested in it (lists included).</summary>
    private static (JsonObject Owner, string Name) Leaf(Random random, JsonObject body)
    {
        var name = PathOf(random, body);
        var nested = body[name] switch
        {
            JsonObject child when child.Count > 0 => child,
            JsonArray { Count: > 0 } list when list[random.Next(list.Count)] is JsonObject { Count: > 0 } item => item,
            _ => null,
        };
        return nested is not null && random.Next(2) == 0 ? Leaf(random, nested) : (body, name);
    }

    private static string PathOf(Random random, JsonObject body) => body.Select(p => p.Key).ElementAt(random.Next(body.Count));

    private static string Unknown(Random random) => random.Next(3) switch
    {
        0 => "__proto__",
        1 => "$type",
        _ => "unknownField",
    };

    private static string Replace(string json, string insert, string raw, bool first)
    {
        var inner = insert.Replace("@@RAW@@", "@@X@@", StringComparison.Ordinal).Replace("\"@@X@@\"", raw, StringComparison.Ordinal);
        return first && json.StartsWith('{') ? (json.Length == 2 ? "{" + inner.TrimEnd(',') + "}" : "{" + inner + json[1..]) : json;
    }
}
